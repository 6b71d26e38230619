#include "readout/store/graph_builder.hpp"

#include <cstdio>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "literals.hpp"
#include "readout/rdf/escape.hpp"

namespace readout::store {
namespace {

using resolve::Index;
using resolve::kNone;
using resolve::PlaceKind;
using detail::date_literal;
using detail::weekday_name;
namespace ro = rdf::ro;

std::string decimal(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4f", v);
    return buf;
}

class Builder {
public:
    /// With `consume` (the same knowledge base as `kb`), the evidence of each position and
    /// meeting is released as soon as it is in the store.
    Builder(const resolve::KnowledgeBase& kb, Store& store, const MintOptions& o, resolve::KnowledgeBase* consume = nullptr)
        : kb_(kb), store_(store), o_(o), consume_(consume) {}

    void run() {
        for (Index a = 0; a < kb_.articles.size(); ++a) articles_.push_back(article_iri(kb_.articles[a].id, o_));
        for (Index a = 0; a < kb_.articles.size(); ++a) describe_article(a);
        for (Index p = 0; p < kb_.persons.size(); ++p) {
            persons_.push_back(mint("person/" + rdf::slug(kb_.persons[p].name)));
            entity(person(p), ro::Person(), kb_.persons[p].name, kb_.persons[p].aliases);
        }
        for (Index i = 0; i < kb_.places.size(); ++i) places_.push_back(place_iri(i));
        for (Index i = 0; i < kb_.places.size(); ++i) describe_place(i);
        for (Index i = 0; i < kb_.organizations.size(); ++i) {
            const auto& o = kb_.organizations[i];
            orgs_.push_back(mint("organization/" + rdf::slug(o.name)));
            const TermId org = r(orgs_, org_ids_, i);
            entity(org, ro::Organization(), o.name, o.aliases);
            if (auto c = country_by_code(o.country)) {
                const TermId country_p = v(ro::country());
                add(org, country_p, place(*c));
            }
        }
        for (Index i = 0; i < kb_.events.size(); ++i) {
            events_.push_back(mint("event/" + rdf::slug(kb_.events[i].name)));
            entity(r(events_, event_ids_, i), ro::Event(), kb_.events[i].name, kb_.events[i].aliases);
        }
        for (Index i = 0; i < kb_.issues.size(); ++i) {
            issues_.push_back(mint("issue/" + rdf::slug(kb_.issues[i].label)));
            entity(r(issues_, issue_ids_, i), ro::Issue(), kb_.issues[i].label, kb_.issues[i].aliases);
        }
        for (std::size_t i = 0; i < kb_.positions.size(); ++i) {
            describe_position(kb_.positions[i]);
            if (consume_) release(consume_->positions[i].evidence);
        }
        std::unordered_set<std::string> used;  // only asked whether a path is taken: no order needed
        for (std::size_t i = 0; i < kb_.meetings.size(); ++i) {
            describe_meeting(kb_.meetings[i], used);
            if (consume_) release(consume_->meetings[i].evidence);
        }
    }

private:
    static void release(std::vector<resolve::Evidence>& evidence) { std::vector<resolve::Evidence>().swap(evidence); }

    rdf::Iri mint(const std::string& path) const { return rdf::Iri(o_.base + path); }

    // Terms are interned in the order Store::add(Triple) interned them (subject, predicate,
    // object, graph), so that term ids come out as they always did; ids of terms used over and
    // over (the vocabulary, minted resources) are kept instead of interned again at every use.

    /// The id of a vocabulary term (a static rdf:/ro: IRI), interned on first use.
    TermId v(const rdf::Iri& iri) {
        auto [it, fresh] = vocab_.try_emplace(&iri, kNoTerm);
        if (fresh) it->second = store_.intern(iri);
        return it->second;
    }
    /// The id of the i-th resource of a list of minted IRIs, interned on first use.
    TermId r(const std::vector<rdf::Iri>& iris, std::vector<TermId>& ids, std::size_t i) {
        if (ids.size() < iris.size()) ids.resize(iris.size(), kNoTerm);
        if (ids[i] == kNoTerm) ids[i] = store_.intern(iris[i]);
        return ids[i];
    }
    TermId article(Index a) { return r(articles_, article_ids_, a); }
    TermId person(Index p) { return r(persons_, person_ids_, p); }
    TermId place(Index p) { return r(places_, place_ids_, p); }
    TermId plain(std::string_view lexical) { return store_.intern_literal(lexical, {}, {}); }

    void add(TermId s, TermId p, TermId o, TermId g = kNoTerm) { store_.add(QuadIds{s, p, o, g}); }
    void add(TermId s, const rdf::Iri& p, TermId o, TermId g = kNoTerm) {
        const TermId pid = v(p);
        add(s, pid, o, g);
    }
    void add(TermId s, const rdf::Iri& p, const rdf::Term& o, TermId g = kNoTerm) {
        const TermId pid = v(p);
        const TermId oid = store_.intern(o);
        add(s, pid, oid, g);
    }
    void type(TermId s, const rdf::Iri& cls) {
        const TermId p = v(rdf::rdf_ns::type());
        add(s, p, v(cls));
    }
    void entity(TermId s, const rdf::Iri& cls, const std::string& label, const std::set<std::string>& aliases) {
        type(s, cls);
        const TermId label_p = v(rdf::rdfs::label());
        add(s, label_p, plain(label));
        for (const auto& a : aliases)
            if (a != label) {
                const TermId alias_p = v(ro::alias());
                add(s, alias_p, plain(a));
            }
    }

    rdf::Iri place_iri(Index i) const {
        const auto& p = kb_.places[i];
        switch (p.kind) {
            case PlaceKind::Country: return mint("country/" + rdf::slug(p.name));
            case PlaceKind::City: return mint("city/" + rdf::slug(p.name) + (p.country.empty() ? "" : "-" + rdf::slug(p.country)));
            case PlaceKind::Region: return mint("place/" + rdf::slug(p.name));
            case PlaceKind::Venue: return mint("venue/" + rdf::slug(p.name));
        }
        return mint("place/" + rdf::slug(p.name));
    }

    /// The first country place with this ISO code (an index built once: a scan of every place
    /// for every place and organization made the build quadratic).
    std::optional<Index> country_by_code(const std::string& code) {
        if (code.empty()) return std::nullopt;
        if (!country_index_built_) {
            country_index_built_ = true;
            for (Index i = 0; i < kb_.places.size(); ++i)
                if (kb_.places[i].kind == PlaceKind::Country) country_index_.emplace(kb_.places[i].country, i);
        }
        auto it = country_index_.find(code);
        if (it == country_index_.end()) return std::nullopt;
        return it->second;
    }

    void describe_article(Index a) {
        const auto& art = kb_.articles[a];
        const TermId iri = article(a);
        type(iri, ro::Article());
        const TermId label_p = v(rdf::rdfs::label());
        add(iri, label_p, plain(!art.title.empty() ? art.title : art.id));
        if (!art.url.empty()) {
            rdf::Iri url(art.url);
            if (url.is_valid()) {
                const TermId url_p = v(ro::url());
                add(iri, url_p, store_.intern(url));
            }
        }
        if (art.published.known()) add(iri, ro::published(), date_literal(art.published));
    }

    void describe_place(Index i) {
        const auto& p = kb_.places[i];
        const TermId iri = place(i);
        const rdf::Iri* cls = &ro::Place();
        switch (p.kind) {
            case PlaceKind::Country: cls = &ro::Country(); break;
            case PlaceKind::City: cls = &ro::City(); break;
            case PlaceKind::Region: cls = &ro::Place(); break;
            case PlaceKind::Venue: cls = &ro::Venue(); break;
        }
        entity(iri, *cls, p.name, p.aliases);
        if (p.kind != PlaceKind::Country)
            if (auto c = country_by_code(p.country)) {
                const TermId country_p = v(ro::country());
                add(iri, country_p, place(*c));
            }
        if (p.kind == PlaceKind::Venue && p.city != kNone) {
            const TermId location_p = v(ro::location());
            add(iri, location_p, place(p.city));
        }
        if (p.lat && p.lon) {
            add(iri, ro::latitude(), rdf::Literal(decimal(*p.lat), rdf::xsd::decimal()));
            add(iri, ro::longitude(), rdf::Literal(decimal(*p.lon), rdf::xsd::decimal()));
        }
    }

    /// An integer literal.
    TermId integer(std::size_t n) { return store_.intern_literal(std::to_string(n), rdf::xsd::integer().str(), {}); }

    /// The evidence node of a sentence, its five triples added the first time it is cited (a
    /// sentence is cited by about 2.4 facts; the triples of a second citation are all there).
    TermId evidence(const resolve::Evidence& e) {
        const std::uint64_t key = static_cast<std::uint64_t>(e.sentence.begin) << 32 ^ e.sentence.end;
        auto& cited = evidence_done_[std::pair{e.article, key}];
        // the same sentence span of an article is the same text: checked, so as never to drop a triple
        if (cited.node != kNoTerm && store_.term_view(cited.sentence).text == e.text) return cited.node;
        const auto& art = kb_.articles[e.article];
        const TermId iri = store_.intern_iri(o_.base + "evidence/" + rdf::slug(art.id) + "/" +
                                             std::to_string(e.sentence.begin) + "-" + std::to_string(e.sentence.end));
        const TermId g = article(e.article);
        const TermId type_p = v(rdf::rdf_ns::type());
        add(iri, type_p, v(ro::Evidence()), g);
        const TermId source_p = v(ro::source());
        add(iri, source_p, g, g);
        const TermId sentence_p = v(ro::sentence());
        const TermId sentence = plain(e.text);
        add(iri, sentence_p, sentence, g);
        const TermId start_p = v(ro::start());
        add(iri, start_p, integer(e.sentence.begin), g);
        const TermId end_p = v(ro::end());
        add(iri, end_p, integer(e.sentence.end), g);
        if (cited.node == kNoTerm) cited = Cited{iri, sentence};
        return iri;
    }

    void describe_position(const resolve::PositionEntity& pos) {
        const TermId holder = person(pos.person);
        std::string org_slug = "none";
        TermId org = kNoTerm;
        if (!pos.organization.empty()) {
            org = pos.organization.is_country ? place(pos.organization.index) : r(orgs_, org_ids_, pos.organization.index);
            org_slug = rdf::slug(pos.organization.is_country ? kb_.places[pos.organization.index].name
                                                             : kb_.organizations[pos.organization.index].name);
        }
        const std::string role_slug = rdf::slug(pos.role);
        const TermId role = store_.intern_iri(o_.base + "role/" + role_slug);
        // one label per role: the first spelling seen ("Foreign Minister" and "foreign minister" share an IRI)
        if (roles_done_.insert(role).second) entity(role, ro::Role(), pos.role, {});
        const TermId iri = store_.intern_iri(o_.base + "position/" + rdf::slug(kb_.persons[pos.person].name) + "/" +
                                             role_slug + "/" + org_slug);
        for (Index a : pos.articles) {
            const TermId g = article(a);
            const TermId type_p = v(rdf::rdf_ns::type());
            add(iri, type_p, v(ro::Position()), g);
            add(holder, ro::holds(), iri, g);
            add(iri, ro::role(), role, g);
            if (org != kNoTerm) {
                add(iri, ro::organization(), org, g);
                if (!pos.former) add(holder, ro::memberOf(), org, g);
            }
            if (pos.former) {
                const TermId former_p = v(ro::former());
                add(iri, former_p, store_.intern_literal("true", rdf::xsd::boolean().str(), {}), g);
            }
            add(iri, ro::source(), g, g);
        }
        for (const auto& e : pos.evidence) {
            const TermId node = evidence(e);  // first: its terms come before ro:evidence's
            const TermId evidence_p = v(ro::evidence());
            add(iri, evidence_p, node, article(e.article));
        }
    }

    void describe_meeting(const resolve::MeetingEntity& m, std::unordered_set<std::string>& used) {
        bool call = m.kind == extract::EncounterKind::Call;
        std::string date_part = m.date.known() ? m.date.iso()
                                          : (m.date.weekday >= 0 ? std::string("undated-") + rdf::slug(weekday_name(m.date.weekday))
                                                                 : std::string("undated"));
        std::string place_part = m.location != kNone ? rdf::slug(kb_.places[m.location].name) : std::string("unplaced");
        std::string people;
        std::vector<std::string> names;
        for (auto p : m.principals) names.push_back(rdf::slug(kb_.persons[p].name));
        std::sort(names.begin(), names.end());
        for (const auto& n : names) people += (people.empty() ? "" : "--") + n;
        std::string path = std::string(call ? "call/" : "meeting/") + date_part + "/" + place_part + "/" + people;
        // Two meetings kept apart (no date evidence to merge them) get their first article's id.
        if (!used.insert(path).second) {
            path += "/" + rdf::slug(kb_.articles[*m.articles.begin()].id);
            for (int k = 2; !used.insert(path).second; ++k) path += "-" + std::to_string(k);
        }
        const TermId iri = store_.intern_iri(o_.base + path);
        // a readable label: "Meeting of A and B, Place, 2023-07-13"
        std::string label = call ? "Call between " : "Meeting of ";
        for (std::size_t i = 0; i < m.principals.size(); ++i) {
            if (i) label += i + 1 == m.principals.size() ? " and " : ", ";
            label += kb_.persons[m.principals[i]].name;
        }
        if (m.location != kNone) label += ", " + kb_.places[m.location].name;
        if (m.date.known()) label += ", " + m.date.iso();
        else if (m.date.weekday >= 0) label += std::string(", ") + weekday_name(m.date.weekday);
        const TermId label_p = v(rdf::rdfs::label());
        add(iri, label_p, plain(label));
        std::optional<rdf::Literal> date;  // built once for all the meeting's articles
        if (m.date.known()) date = date_literal(m.date);
        for (Index a : m.articles) {
            const TermId g = article(a);
            const TermId type_p = v(rdf::rdf_ns::type());
            add(iri, type_p, v(call ? ro::Call() : ro::Meeting()), g);
            for (auto p : m.participants) {
                const TermId participant_p = v(ro::participant());
                add(iri, participant_p, person(p), g);
            }
            if (m.location != kNone) {
                const TermId location_p = v(ro::location());
                add(iri, location_p, place(m.location), g);
            }
            if (m.venue != kNone) {
                const TermId venue_p = v(ro::venue());
                add(iri, venue_p, place(m.venue), g);
            }
            if (m.event != kNone) {
                const TermId part_of_p = v(ro::partOf());
                add(iri, part_of_p, r(events_, event_ids_, m.event), g);
            }
            if (date) add(iri, ro::date(), *date, g);
            if (m.date.weekday >= 0 && m.date.precision != extract::DatePrecision::Day) {
                const TermId weekday_p = v(ro::weekday());
                add(iri, weekday_p, plain(weekday_name(m.date.weekday)), g);
            }
            add(iri, ro::source(), g, g);
        }
        // an issue is attributed to the articles of the meeting
        for (auto i : m.issues) {
            const TermId issue = r(issues_, issue_ids_, i);
            for (Index a : m.articles) add(issue, ro::discussedAt(), iri, article(a));
        }
        for (const auto& e : m.evidence) {
            const TermId node = evidence(e);  // first: its terms come before ro:evidence's
            const TermId evidence_p = v(ro::evidence());
            add(iri, evidence_p, node, article(e.article));
        }
    }

    /// A sentence cited as evidence: its node and its ro:sentence literal.
    struct Cited {
        TermId node = kNoTerm;
        TermId sentence = kNoTerm;
    };
    struct CitedHash {
        std::size_t operator()(const std::pair<Index, std::uint64_t>& k) const noexcept {
            return std::hash<std::uint64_t>{}(k.second * 0x9E3779B97F4A7C15ull ^ k.first);
        }
    };

    const resolve::KnowledgeBase& kb_;
    Store& store_;
    const MintOptions& o_;
    resolve::KnowledgeBase* consume_;
    std::vector<rdf::Iri> articles_, persons_, places_, orgs_, events_, issues_;
    std::vector<TermId> article_ids_, person_ids_, place_ids_, org_ids_, event_ids_, issue_ids_;
    std::unordered_map<const rdf::Iri*, TermId> vocab_;  // vocabulary IRI (static) -> id
    std::unordered_map<std::pair<Index, std::uint64_t>, Cited, CitedHash> evidence_done_;  // (article, span)
    std::unordered_set<TermId> roles_done_;
    std::unordered_map<std::string, Index> country_index_;  // ISO code -> first country place
    bool country_index_built_ = false;
};
}  // namespace

rdf::Iri article_iri(std::string_view article_id, const MintOptions& options) {
    return rdf::Iri(options.base + "article/" + rdf::slug(article_id));
}

void add_knowledge(const resolve::KnowledgeBase& kb, Store& store, const MintOptions& options) {
    Builder(kb, store, options).run();
}

void add_knowledge(resolve::KnowledgeBase&& kb, Store& store, const MintOptions& options) {
    Builder(kb, store, options, &kb).run();
    kb = resolve::KnowledgeBase{};
}

}  // namespace readout::store
