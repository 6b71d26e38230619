#include "readout/store/article_record.hpp"

#include <algorithm>
#include <charconv>
#include <set>
#include <stdexcept>
#include <unordered_map>

#include "literals.hpp"
#include "readout/rdf/vocabulary.hpp"

namespace readout::store {
namespace {

using resolve::Index;
using resolve::kNone;
using resolve::PlaceKind;
namespace ro = rdf::ro;

// Path segments of the article-local IRIs, one per kind of entity.
constexpr const char* kPerson = "person";
constexpr const char* kPlace = "place";
constexpr const char* kOrganization = "organization";
constexpr const char* kEvent = "event";
constexpr const char* kIssue = "issue";
constexpr const char* kPosition = "position";
constexpr const char* kMeeting = "meeting";

rdf::Literal count_literal(std::size_t n) { return rdf::Literal(std::to_string(n), rdf::xsd::non_negative_integer()); }

rdf::Literal double_literal(double v) {
    char buf[32];
    auto res = std::to_chars(buf, buf + sizeof buf, v);  // shortest form that reads back exactly
    return rdf::Literal(std::string(buf, res.ptr), rdf::xsd::double_());
}

const rdf::Iri& place_class(PlaceKind kind) {
    switch (kind) {
        case PlaceKind::Country: return ro::Country();
        case PlaceKind::City: return ro::City();
        case PlaceKind::Region: return ro::Place();
        case PlaceKind::Venue: return ro::Venue();
    }
    return ro::Place();
}

class RecordWriter {
public:
    RecordWriter(const resolve::ResolvedArticle& ra, const QuadSink& sink, const MintOptions& options)
        : ra_(ra), kb_(ra.kb), sink_(sink), graph_(article_iri(ra.kb.articles.at(0).id, options)) {}

    void run() {
        describe_article();
        for (Index i = 0; i < kb_.persons.size(); ++i) describe_person(i);
        for (Index i = 0; i < kb_.places.size(); ++i) describe_place(i);
        for (Index i = 0; i < kb_.organizations.size(); ++i) {
            const auto& o = kb_.organizations[i];
            auto iri = entity(kOrganization, i, ro::Organization(), o.name, o.aliases);
            if (!o.country.empty()) add(iri, ro::countryCode(), rdf::Literal(o.country));
        }
        for (Index i = 0; i < kb_.events.size(); ++i)
            entity(kEvent, i, ro::Event(), kb_.events[i].name, kb_.events[i].aliases);
        for (Index i = 0; i < kb_.issues.size(); ++i)
            entity(kIssue, i, ro::Issue(), kb_.issues[i].label, kb_.issues[i].aliases);
        for (Index i = 0; i < kb_.positions.size(); ++i) describe_position(i);
        for (Index i = 0; i < kb_.meetings.size(); ++i) describe_meeting(i);
    }

private:
    rdf::Iri node(const char* kind, Index i) const { return rdf::Iri(graph_.str() + "/" + kind + "/" + std::to_string(i)); }

    void add(const rdf::Iri& s, const rdf::Iri& p, rdf::Term o) { sink_(rdf::Quad{rdf::Triple{s, p, std::move(o)}, graph_}); }

    rdf::Iri entity(const char* kind, Index i, const rdf::Iri& cls, const std::string& label,
                    const std::set<std::string>& aliases) {
        rdf::Iri iri = node(kind, i);
        add(iri, rdf::rdf_ns::type(), cls);
        add(iri, ro::index(), count_literal(i));
        add(iri, rdf::rdfs::label(), rdf::Literal(label));
        for (const auto& a : aliases) add(iri, ro::alias(), rdf::Literal(a));
        return iri;
    }

    void date(const rdf::Iri& s, const rdf::Iri& p, const extract::DateValue& d) {
        if (d.known()) add(s, p, detail::date_literal(d));
        if (d.weekday >= 0) add(s, ro::weekday(), rdf::Literal(detail::weekday_name(d.weekday)));
    }

    void describe_article() {
        const auto& art = kb_.articles.at(0);
        add(graph_, rdf::rdf_ns::type(), ro::Article());
        add(graph_, rdf::rdfs::label(), rdf::Literal(art.title.empty() ? art.id : art.title));
        add(graph_, ro::identifier(), rdf::Literal(art.id));
        if (!art.title.empty()) add(graph_, ro::title(), rdf::Literal(art.title));
        if (!art.url.empty()) {
            rdf::Iri url(art.url);
            if (url.is_valid()) add(graph_, ro::url(), url);
            else add(graph_, ro::url(), rdf::Literal(art.url));  // kept as written, so nothing is lost
        }
        date(graph_, ro::published(), art.published);
    }

    void describe_person(Index i) {
        const auto& p = kb_.persons[i];
        auto iri = entity(kPerson, i, ro::Person(), p.name, p.aliases);
        if (ra_.person_partial.at(i)) add(iri, ro::partialName(), rdf::Literal("true", rdf::xsd::boolean()));
        std::size_t k = 0;
        for (const auto& [form, n] : ra_.person_forms.at(i)) {
            rdf::Iri f(iri.str() + "/form/" + std::to_string(k++));
            add(iri, ro::form(), f);
            add(f, rdf::rdfs::label(), rdf::Literal(form));
            add(f, ro::count(), count_literal(static_cast<std::size_t>(n)));
        }
    }

    void describe_place(Index i) {
        const auto& p = kb_.places[i];
        auto iri = entity(kPlace, i, place_class(p.kind), p.name, p.aliases);
        if (!p.country.empty()) add(iri, ro::countryCode(), rdf::Literal(p.country));
        if (p.city != kNone) add(iri, ro::location(), node(kPlace, p.city));
        if (p.lat) add(iri, ro::latitude(), double_literal(*p.lat));
        if (p.lon) add(iri, ro::longitude(), double_literal(*p.lon));
    }

    void evidence(const rdf::Iri& s, const std::vector<resolve::Evidence>& evs) {
        for (const auto& e : evs) {
            rdf::Iri iri(graph_.str() + "/evidence/" + std::to_string(e.sentence.begin) + "-" +
                         std::to_string(e.sentence.end));
            add(s, ro::evidence(), iri);
            if (!evidence_done_.insert(iri.str()).second) continue;
            add(iri, rdf::rdf_ns::type(), ro::Evidence());
            add(iri, ro::source(), graph_);
            add(iri, ro::sentence(), rdf::Literal(e.text));
            add(iri, ro::start(), rdf::Literal(std::to_string(e.sentence.begin), rdf::xsd::integer()));
            add(iri, ro::end(), rdf::Literal(std::to_string(e.sentence.end), rdf::xsd::integer()));
        }
    }

    rdf::Iri org_node(const resolve::OrgRef& r) const {
        return r.is_country ? node(kPlace, r.index) : node(kOrganization, r.index);
    }

    void describe_position(Index i) {
        const auto& pos = kb_.positions[i];
        rdf::Iri iri = node(kPosition, i);
        add(iri, rdf::rdf_ns::type(), ro::Position());
        add(iri, ro::index(), count_literal(i));
        add(iri, rdf::rdfs::label(), rdf::Literal(pos.role));
        add(node(kPerson, pos.person), ro::holds(), iri);
        if (!pos.organization.empty()) add(iri, ro::organization(), org_node(pos.organization));
        if (pos.former) add(iri, ro::former(), rdf::Literal("true", rdf::xsd::boolean()));
        add(iri, ro::source(), graph_);
        evidence(iri, pos.evidence);
    }

    void describe_meeting(Index i) {
        const auto& m = kb_.meetings[i];
        rdf::Iri iri = node(kMeeting, i);
        add(iri, rdf::rdf_ns::type(), m.kind == extract::EncounterKind::Call ? ro::Call() : ro::Meeting());
        add(iri, ro::index(), count_literal(i));
        for (auto p : m.participants) add(iri, ro::participant(), node(kPerson, p));
        for (auto p : m.principals) add(iri, ro::principal(), node(kPerson, p));
        if (m.location != kNone) add(iri, ro::location(), node(kPlace, m.location));
        if (m.venue != kNone) add(iri, ro::venue(), node(kPlace, m.venue));
        if (m.event != kNone) add(iri, ro::partOf(), node(kEvent, m.event));
        date(iri, ro::date(), m.date);
        for (auto is : m.issues) add(node(kIssue, is), ro::discussedAt(), iri);
        add(iri, ro::source(), graph_);
        evidence(iri, m.evidence);
    }

    const resolve::ResolvedArticle& ra_;
    const resolve::KnowledgeBase& kb_;
    const QuadSink& sink_;
    rdf::Iri graph_;
    std::set<std::string> evidence_done_;
};

// ---- reading

/// A record that cannot be rebuilt; the message says why.
struct RecordError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// The quads of one named graph, indexed by subject.
class GraphView {
public:
    GraphView(const Store& store, const std::vector<QuadIds>& quads) : store_(store) {
        for (const auto& q : quads) by_subject_[q.subject].push_back(q);
    }

    [[nodiscard]] std::vector<TermId> objects(TermId s, const rdf::Iri& p) const {
        std::vector<TermId> out;
        auto pid = store_.find(rdf::Term{p});
        auto it = by_subject_.find(s);
        if (!pid || it == by_subject_.end()) return out;
        for (const auto& q : it->second)
            if (q.predicate == *pid) out.push_back(q.object);
        return out;
    }
    [[nodiscard]] std::optional<TermId> object(TermId s, const rdf::Iri& p) const {
        auto all = objects(s, p);
        if (all.size() > 1) throw RecordError(describe(s) + " has several " + p.str());
        if (all.empty()) return std::nullopt;
        return all.front();
    }
    /// Subjects of (?, rdf:type, cls) in this graph, in order of their ro:index, which must run 0..n-1.
    [[nodiscard]] std::vector<TermId> typed(const std::vector<const rdf::Iri*>& classes) const {
        std::vector<std::pair<std::size_t, TermId>> found;
        for (const auto& [s, quads] : by_subject_)
            for (TermId t : objects(s, rdf::rdf_ns::type()))
                if (std::any_of(classes.begin(), classes.end(), [&](const rdf::Iri* c) { return term_is(t, *c); })) {
                    auto i = object(s, ro::index());
                    if (!i) throw RecordError(describe(s) + " has no ro:index");
                    found.emplace_back(number(*i), s);
                }
        std::sort(found.begin(), found.end());
        std::vector<TermId> out;
        for (const auto& [i, s] : found) {
            if (i != out.size()) throw RecordError("ro:index " + std::to_string(i) + " of " + describe(s) + " is out of sequence");
            out.push_back(s);
        }
        return out;
    }
    [[nodiscard]] bool term_is(TermId t, const rdf::Iri& iri) const {
        const rdf::Term term = store_.term(t);
        const auto* x = std::get_if<rdf::Iri>(&term);
        return x && *x == iri;
    }
    [[nodiscard]] bool has_type(TermId s, const rdf::Iri& cls) const {
        auto types = objects(s, rdf::rdf_ns::type());
        return std::any_of(types.begin(), types.end(), [&](TermId t) { return term_is(t, cls); });
    }
    [[nodiscard]] rdf::Literal literal(TermId t) const {
        rdf::Term term = store_.term(t);
        auto* l = std::get_if<rdf::Literal>(&term);
        if (!l) throw RecordError(describe(t) + " is not a literal");
        return std::move(*l);
    }
    [[nodiscard]] std::string text(TermId s, const rdf::Iri& p) const {
        auto o = object(s, p);
        return o ? literal(*o).lexical() : std::string{};
    }
    [[nodiscard]] std::string required_text(TermId s, const rdf::Iri& p) const {
        auto o = object(s, p);
        if (!o) throw RecordError(describe(s) + " has no " + p.str());
        return literal(*o).lexical();
    }
    [[nodiscard]] bool flag(TermId s, const rdf::Iri& p) const {
        auto o = object(s, p);
        return o && literal(*o).lexical() == "true";
    }
    [[nodiscard]] std::set<std::string> texts(TermId s, const rdf::Iri& p) const {
        std::set<std::string> out;
        for (TermId o : objects(s, p)) out.insert(literal(o).lexical());
        return out;
    }
    [[nodiscard]] std::size_t number(TermId t) const {
        const std::string lex = literal(t).lexical();
        std::size_t v = 0;
        auto res = std::from_chars(lex.data(), lex.data() + lex.size(), v);
        if (res.ec != std::errc() || res.ptr != lex.data() + lex.size()) throw RecordError("\"" + lex + "\" is not a count");
        return v;
    }
    [[nodiscard]] std::optional<double> decimal(TermId s, const rdf::Iri& p) const {
        auto o = object(s, p);
        if (!o) return std::nullopt;
        const std::string lex = literal(*o).lexical();
        double v = 0;
        auto res = std::from_chars(lex.data(), lex.data() + lex.size(), v);
        if (res.ec != std::errc() || res.ptr != lex.data() + lex.size()) throw RecordError("\"" + lex + "\" is not a number");
        return v;
    }
    [[nodiscard]] extract::DateValue date(TermId s, const rdf::Iri& p) const {
        extract::DateValue d;
        if (auto o = object(s, p)) {
            auto parsed = detail::date_from_literal(literal(*o));
            if (!parsed) throw RecordError("\"" + literal(*o).lexical() + "\" is not a date");
            d = *parsed;
        }
        if (auto w = object(s, ro::weekday())) {
            d.weekday = detail::weekday_from_name(literal(*w).lexical());
            if (d.weekday < 0) throw RecordError("\"" + literal(*w).lexical() + "\" is not a weekday");
        }
        return d;
    }
    [[nodiscard]] std::string describe(TermId t) const { return lexical_of(store_, t); }

    /// Subjects s of (s, p, o) in this graph.
    [[nodiscard]] std::vector<TermId> subjects(const rdf::Iri& p, TermId o) const {
        std::vector<TermId> out;
        auto pid = store_.find(rdf::Term{p});
        if (!pid) return out;
        for (const auto& [s, quads] : by_subject_)
            for (const auto& q : quads)
                if (q.predicate == *pid && q.object == o) out.push_back(s);
        return out;
    }

private:
    const Store& store_;
    std::unordered_map<TermId, std::vector<QuadIds>> by_subject_;
};

class RecordReader {
public:
    RecordReader(const GraphView& g, TermId graph) : g_(g), graph_(graph) {}

    resolve::ResolvedArticle run() {
        resolve::ArticleEntity art;
        art.id = g_.required_text(graph_, ro::identifier());
        art.title = g_.text(graph_, ro::title());
        if (auto u = g_.object(graph_, ro::url())) art.url = g_.describe(*u);
        art.published = g_.date(graph_, ro::published());
        ra_.kb.articles.push_back(std::move(art));

        persons_ = g_.typed({&ro::Person()});
        places_ = g_.typed({&ro::Country(), &ro::City(), &ro::Place(), &ro::Venue()});
        orgs_ = g_.typed({&ro::Organization()});
        events_ = g_.typed({&ro::Event()});
        issues_ = g_.typed({&ro::Issue()});
        for (TermId p : persons_) read_person(p);
        for (TermId p : places_) read_place(p);
        for (TermId o : orgs_) {
            resolve::OrganizationEntity e;
            e.name = g_.required_text(o, rdf::rdfs::label());
            e.aliases = g_.texts(o, ro::alias());
            e.country = g_.text(o, ro::countryCode());
            ra_.kb.organizations.push_back(std::move(e));
        }
        for (TermId e : events_)
            ra_.kb.events.push_back(resolve::EventEntity{g_.required_text(e, rdf::rdfs::label()), g_.texts(e, ro::alias())});
        for (TermId i : issues_)
            ra_.kb.issues.push_back(resolve::IssueEntity{g_.required_text(i, rdf::rdfs::label()), g_.texts(i, ro::alias())});
        for (TermId p : g_.typed({&ro::Position()})) read_position(p);
        for (TermId m : g_.typed({&ro::Meeting(), &ro::Call()})) read_meeting(m);
        return std::move(ra_);
    }

private:
    static Index index_in(const std::vector<TermId>& nodes, TermId t) {
        auto it = std::find(nodes.begin(), nodes.end(), t);
        return it == nodes.end() ? kNone : static_cast<Index>(it - nodes.begin());
    }
    Index required(const std::vector<TermId>& nodes, TermId t, const char* what) const {
        Index i = index_in(nodes, t);
        if (i == kNone) throw RecordError(g_.describe(t) + " is not a " + what + " of the record");
        return i;
    }
    Index optional_ref(const std::vector<TermId>& nodes, TermId s, const rdf::Iri& p, const char* what) const {
        auto o = g_.object(s, p);
        return o ? required(nodes, *o, what) : kNone;
    }

    void read_person(TermId p) {
        ra_.kb.persons.push_back(resolve::PersonEntity{g_.required_text(p, rdf::rdfs::label()), g_.texts(p, ro::alias())});
        ra_.person_partial.push_back(g_.flag(p, ro::partialName()));
        auto& forms = ra_.person_forms.emplace_back();
        for (TermId f : g_.objects(p, ro::form())) {
            auto n = g_.object(f, ro::count());
            if (!n) throw RecordError(g_.describe(f) + " has no ro:count");
            forms[g_.required_text(f, rdf::rdfs::label())] += static_cast<int>(g_.number(*n));
        }
    }

    void read_place(TermId p) {
        resolve::PlaceEntity e;
        e.kind = g_.has_type(p, ro::Country()) ? PlaceKind::Country
                 : g_.has_type(p, ro::City())  ? PlaceKind::City
                 : g_.has_type(p, ro::Venue()) ? PlaceKind::Venue
                                               : PlaceKind::Region;
        e.name = g_.required_text(p, rdf::rdfs::label());
        e.aliases = g_.texts(p, ro::alias());
        e.country = g_.text(p, ro::countryCode());
        e.city = optional_ref(places_, p, ro::location(), "place");
        e.lat = g_.decimal(p, ro::latitude());
        e.lon = g_.decimal(p, ro::longitude());
        ra_.kb.places.push_back(std::move(e));
    }

    std::vector<resolve::Evidence> evidence(TermId s) const {
        std::vector<resolve::Evidence> out;
        for (TermId e : g_.objects(s, ro::evidence())) {
            resolve::Evidence ev;
            ev.article = 0;
            auto start = g_.object(e, ro::start()), end = g_.object(e, ro::end());
            if (!start || !end) throw RecordError(g_.describe(e) + " has no ro:start or ro:end");
            ev.sentence.begin = static_cast<std::uint32_t>(g_.number(*start));
            ev.sentence.end = static_cast<std::uint32_t>(g_.number(*end));
            ev.text = g_.required_text(e, ro::sentence());
            out.push_back(std::move(ev));
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    void read_position(TermId p) {
        resolve::PositionEntity e;
        auto holders = g_.subjects(ro::holds(), p);
        if (holders.size() != 1) throw RecordError(g_.describe(p) + " is not held by exactly one person");
        e.person = required(persons_, holders.front(), "person");
        e.role = g_.required_text(p, rdf::rdfs::label());
        if (auto o = g_.object(p, ro::organization())) {
            Index place = index_in(places_, *o);
            e.organization = place != kNone ? resolve::OrgRef{true, place}
                                            : resolve::OrgRef{false, required(orgs_, *o, "organization")};
        }
        e.former = g_.flag(p, ro::former());
        e.articles = {0};
        e.evidence = evidence(p);
        ra_.kb.positions.push_back(std::move(e));
    }

    void read_meeting(TermId m) {
        resolve::MeetingEntity e;
        e.kind = g_.has_type(m, ro::Call()) ? extract::EncounterKind::Call : extract::EncounterKind::Meeting;
        for (TermId p : g_.objects(m, ro::participant())) e.participants.push_back(required(persons_, p, "person"));
        for (TermId p : g_.objects(m, ro::principal())) e.principals.push_back(required(persons_, p, "person"));
        std::sort(e.participants.begin(), e.participants.end());
        std::sort(e.principals.begin(), e.principals.end());
        e.location = optional_ref(places_, m, ro::location(), "place");
        e.venue = optional_ref(places_, m, ro::venue(), "place");
        e.event = optional_ref(events_, m, ro::partOf(), "event");
        e.date = g_.date(m, ro::date());
        for (TermId i : g_.subjects(ro::discussedAt(), m)) e.issues.insert(required(issues_, i, "issue"));
        e.articles = {0};
        e.evidence = evidence(m);
        ra_.kb.meetings.push_back(std::move(e));
    }

    const GraphView& g_;
    TermId graph_;
    resolve::ResolvedArticle ra_;
    std::vector<TermId> persons_, places_, orgs_, events_, issues_;
};

}  // namespace

void write_article_record(const resolve::ResolvedArticle& article, const QuadSink& sink, const MintOptions& options) {
    RecordWriter(article, sink, options).run();
}

void add_article_record(const resolve::ResolvedArticle& article, Store& store, const MintOptions& options) {
    write_article_record(article, [&](const rdf::Quad& q) { store.add(q.triple, q.graph); }, options);
}

RecordReadResult read_article_records(const Store& store, const std::string& origin) {
    RecordReadResult out;
    std::unordered_map<TermId, std::vector<QuadIds>> by_graph;
    store.for_each_quad([&](const QuadIds& q) {
        if (q.graph != kNoTerm) by_graph[q.graph].push_back(q);
    });
    for (TermId graph : store.graphs()) {
        if (graph == kNoTerm) continue;
        auto it = by_graph.find(graph);
        if (it == by_graph.end()) continue;
        try {
            GraphView view(store, it->second);
            out.articles.push_back(RecordReader(view, graph).run());
        } catch (const RecordError& e) {
            out.diagnostics.push_back(Diagnostic{Severity::Error, origin, 0, 0,
                                                 "graph <" + lexical_of(store, graph) +
                                                     "> is not a readout article record: " + e.what() + "; skipped"});
        }
        by_graph.erase(it);  // memory back as soon as a graph is read
    }
    return out;
}

}  // namespace readout::store
