#include "readout/store/graph_builder.hpp"

#include <cstdio>
#include <set>
#include <unordered_map>

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
            entity(persons_.back(), ro::Person(), kb_.persons[p].name, kb_.persons[p].aliases);
        }
        for (Index i = 0; i < kb_.places.size(); ++i) places_.push_back(place_iri(i));
        for (Index i = 0; i < kb_.places.size(); ++i) describe_place(i);
        for (Index i = 0; i < kb_.organizations.size(); ++i) {
            const auto& o = kb_.organizations[i];
            orgs_.push_back(mint("organization/" + rdf::slug(o.name)));
            entity(orgs_.back(), ro::Organization(), o.name, o.aliases);
            if (auto c = country_by_code(o.country)) add(orgs_.back(), ro::country(), *c);
        }
        for (Index i = 0; i < kb_.events.size(); ++i) {
            events_.push_back(mint("event/" + rdf::slug(kb_.events[i].name)));
            entity(events_.back(), ro::Event(), kb_.events[i].name, kb_.events[i].aliases);
        }
        for (Index i = 0; i < kb_.issues.size(); ++i) {
            issues_.push_back(mint("issue/" + rdf::slug(kb_.issues[i].label)));
            entity(issues_.back(), ro::Issue(), kb_.issues[i].label, kb_.issues[i].aliases);
        }
        for (std::size_t i = 0; i < kb_.positions.size(); ++i) {
            describe_position(kb_.positions[i]);
            if (consume_) release(consume_->positions[i].evidence);
        }
        std::set<std::string> used;
        for (std::size_t i = 0; i < kb_.meetings.size(); ++i) {
            describe_meeting(kb_.meetings[i], used);
            if (consume_) release(consume_->meetings[i].evidence);
        }
    }

private:
    static void release(std::vector<resolve::Evidence>& evidence) { std::vector<resolve::Evidence>().swap(evidence); }

    rdf::Iri mint(const std::string& path) const { return rdf::Iri(o_.base + path); }

    // Store::add(Triple) without copying the terms into a Triple first (ids interned in the same order)
    void add(const rdf::Iri& s, const rdf::Iri& p, const rdf::Term& o, const std::optional<rdf::Iri>& g = std::nullopt) {
        QuadIds q;
        q.subject = store_.intern(s);
        q.predicate = store_.intern(p);
        q.object = store_.intern(o);
        q.graph = g ? store_.intern(*g) : kNoTerm;
        store_.add(q);
    }
    void type(const rdf::Iri& s, const rdf::Iri& cls) { add(s, rdf::rdf_ns::type(), cls); }
    void entity(const rdf::Iri& s, const rdf::Iri& cls, const std::string& label, const std::set<std::string>& aliases) {
        type(s, cls);
        add(s, rdf::rdfs::label(), rdf::Literal(label));
        for (const auto& a : aliases)
            if (a != label) add(s, ro::alias(), rdf::Literal(a));
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
    std::optional<rdf::Iri> country_by_code(const std::string& code) {
        if (code.empty()) return std::nullopt;
        if (!country_index_built_) {
            country_index_built_ = true;
            for (Index i = 0; i < kb_.places.size(); ++i)
                if (kb_.places[i].kind == PlaceKind::Country) country_index_.emplace(kb_.places[i].country, i);
        }
        auto it = country_index_.find(code);
        if (it == country_index_.end()) return std::nullopt;
        return places_[it->second];
    }

    void describe_article(Index a) {
        const auto& art = kb_.articles[a];
        const auto& iri = articles_[a];
        type(iri, ro::Article());
        if (!art.title.empty()) add(iri, rdf::rdfs::label(), rdf::Literal(art.title));
        else add(iri, rdf::rdfs::label(), rdf::Literal(art.id));
        if (!art.url.empty()) {
            rdf::Iri url(art.url);
            if (url.is_valid()) add(iri, ro::url(), url);
        }
        if (art.published.known()) add(iri, ro::published(), date_literal(art.published));
    }

    void describe_place(Index i) {
        const auto& p = kb_.places[i];
        const auto& iri = places_[i];
        const rdf::Iri* cls = &ro::Place();
        switch (p.kind) {
            case PlaceKind::Country: cls = &ro::Country(); break;
            case PlaceKind::City: cls = &ro::City(); break;
            case PlaceKind::Region: cls = &ro::Place(); break;
            case PlaceKind::Venue: cls = &ro::Venue(); break;
        }
        entity(iri, *cls, p.name, p.aliases);
        if (p.kind != PlaceKind::Country)
            if (auto c = country_by_code(p.country)) add(iri, ro::country(), *c);
        if (p.kind == PlaceKind::Venue && p.city != kNone) add(iri, ro::location(), places_[p.city]);
        if (p.lat && p.lon) {
            add(iri, ro::latitude(), rdf::Literal(decimal(*p.lat), rdf::xsd::decimal()));
            add(iri, ro::longitude(), rdf::Literal(decimal(*p.lon), rdf::xsd::decimal()));
        }
    }

    rdf::Iri evidence(const resolve::Evidence& e) {
        const auto& art = kb_.articles[e.article];
        rdf::Iri iri = mint("evidence/" + rdf::slug(art.id) + "/" + std::to_string(e.sentence.begin) + "-" +
                            std::to_string(e.sentence.end));
        const auto& g = articles_[e.article];
        add(iri, rdf::rdf_ns::type(), ro::Evidence(), g);
        add(iri, ro::source(), g, g);
        add(iri, ro::sentence(), rdf::Literal(e.text), g);
        add(iri, ro::start(), rdf::Literal(std::to_string(e.sentence.begin), rdf::xsd::integer()), g);
        add(iri, ro::end(), rdf::Literal(std::to_string(e.sentence.end), rdf::xsd::integer()), g);
        return iri;
    }

    void describe_position(const resolve::PositionEntity& pos) {
        const auto& person = persons_[pos.person];
        std::string org_slug = "none";
        std::optional<rdf::Iri> org;
        if (!pos.organization.empty()) {
            org = pos.organization.is_country ? places_[pos.organization.index] : orgs_[pos.organization.index];
            org_slug = rdf::slug(pos.organization.is_country ? kb_.places[pos.organization.index].name
                                                             : kb_.organizations[pos.organization.index].name);
        }
        rdf::Iri role = mint("role/" + rdf::slug(pos.role));
        // one label per role: the first spelling seen ("Foreign Minister" and "foreign minister" share an IRI)
        if (roles_done_.insert(role.str()).second) entity(role, ro::Role(), pos.role, {});
        rdf::Iri iri = mint("position/" + rdf::slug(kb_.persons[pos.person].name) + "/" + rdf::slug(pos.role) + "/" + org_slug);
        for (Index a : pos.articles) {
            const auto& g = articles_[a];
            add(iri, rdf::rdf_ns::type(), ro::Position(), g);
            add(person, ro::holds(), iri, g);
            add(iri, ro::role(), role, g);
            if (org) {
                add(iri, ro::organization(), *org, g);
                if (!pos.former) add(person, ro::memberOf(), *org, g);
            }
            if (pos.former) add(iri, ro::former(), rdf::Literal("true", rdf::xsd::boolean()), g);
            add(iri, ro::source(), g, g);
        }
        for (const auto& e : pos.evidence) add(iri, ro::evidence(), evidence(e), articles_[e.article]);
    }

    void describe_meeting(const resolve::MeetingEntity& m, std::set<std::string>& used) {
        bool call = m.kind == extract::EncounterKind::Call;
        std::string date = m.date.known() ? m.date.iso()
                                          : (m.date.weekday >= 0 ? std::string("undated-") + rdf::slug(weekday_name(m.date.weekday))
                                                                 : std::string("undated"));
        std::string place = m.location != kNone ? rdf::slug(kb_.places[m.location].name) : std::string("unplaced");
        std::string people;
        std::vector<std::string> names;
        for (auto p : m.principals) names.push_back(rdf::slug(kb_.persons[p].name));
        std::sort(names.begin(), names.end());
        for (const auto& n : names) people += (people.empty() ? "" : "--") + n;
        std::string path = std::string(call ? "call/" : "meeting/") + date + "/" + place + "/" + people;
        // Two meetings kept apart (no date evidence to merge them) get their first article's id.
        if (!used.insert(path).second) {
            path += "/" + rdf::slug(kb_.articles[*m.articles.begin()].id);
            for (int k = 2; !used.insert(path).second; ++k) path += "-" + std::to_string(k);
        }
        rdf::Iri iri = mint(path);
        // a readable label: "Meeting of A and B, Place, 2023-07-13"
        std::string label = call ? "Call between " : "Meeting of ";
        for (std::size_t i = 0; i < m.principals.size(); ++i) {
            if (i) label += i + 1 == m.principals.size() ? " and " : ", ";
            label += kb_.persons[m.principals[i]].name;
        }
        if (m.location != kNone) label += ", " + kb_.places[m.location].name;
        if (m.date.known()) label += ", " + m.date.iso();
        else if (m.date.weekday >= 0) label += std::string(", ") + weekday_name(m.date.weekday);
        add(iri, rdf::rdfs::label(), rdf::Literal(label));
        for (Index a : m.articles) {
            const auto& g = articles_[a];
            add(iri, rdf::rdf_ns::type(), call ? ro::Call() : ro::Meeting(), g);
            for (auto p : m.participants) add(iri, ro::participant(), persons_[p], g);
            if (m.location != kNone) add(iri, ro::location(), places_[m.location], g);
            if (m.venue != kNone) add(iri, ro::venue(), places_[m.venue], g);
            if (m.event != kNone) add(iri, ro::partOf(), events_[m.event], g);
            if (m.date.known()) add(iri, ro::date(), date_literal(m.date), g);
            if (m.date.weekday >= 0 && m.date.precision != extract::DatePrecision::Day)
                add(iri, ro::weekday(), rdf::Literal(weekday_name(m.date.weekday)), g);
            add(iri, ro::source(), g, g);
        }
        // an issue is attributed to the articles of the meeting
        for (auto i : m.issues)
            for (Index a : m.articles) add(issues_[i], ro::discussedAt(), iri, articles_[a]);
        for (const auto& e : m.evidence) add(iri, ro::evidence(), evidence(e), articles_[e.article]);
    }

    const resolve::KnowledgeBase& kb_;
    Store& store_;
    const MintOptions& o_;
    resolve::KnowledgeBase* consume_;
    std::vector<rdf::Iri> articles_, persons_, places_, orgs_, events_, issues_;
    std::set<std::string> roles_done_;
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
