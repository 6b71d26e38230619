#include "readout/store/store.hpp"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <unordered_map>
#include <unordered_set>

#include "readout/rdf/vocabulary.hpp"
#include "readout/text/unicode.hpp"

namespace readout::store {
namespace {

struct EdgeProps {
    TermId predicate = kNoTerm;
    TermId graph = kNoTerm;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property, EdgeProps>;

struct TripleKey {
    TermId s, p, o;
    bool operator==(const TripleKey&) const = default;
};
struct TripleKeyHash {
    std::size_t operator()(const TripleKey& k) const noexcept {
        std::uint64_t h = (static_cast<std::uint64_t>(k.s) * 0x9E3779B97F4A7C15ull) ^
                          (static_cast<std::uint64_t>(k.p) * 0xC2B2AE3D27D4EB4Full) ^
                          (static_cast<std::uint64_t>(k.o) * 0x165667B19E3779F9ull);
        return static_cast<std::size_t>(h ^ (h >> 29));
    }
};
struct QuadHash {
    std::size_t operator()(const QuadIds& q) const noexcept {
        return TripleKeyHash{}(TripleKey{q.subject, q.predicate, q.object}) ^
               (static_cast<std::size_t>(q.graph) * 0x2545F4914F6CDD1Dull);
    }
};

void split_words(std::string_view key, const std::function<void(std::string_view)>& fn) {
    std::size_t i = 0;
    while (i < key.size()) {
        while (i < key.size() && (key[i] == ' ' || key[i] == '-')) ++i;
        std::size_t j = i;
        while (j < key.size() && key[j] != ' ' && key[j] != '-') ++j;
        if (j > i) fn(key.substr(i, j - i));
        i = j;
    }
}

}  // namespace

struct Store::Impl {
    std::vector<rdf::Term> terms;
    std::unordered_map<rdf::Term, TermId, rdf::TermHash> ids;
    Graph graph;
    std::vector<QuadIds> quads;
    std::unordered_set<QuadIds, QuadHash> quad_set;
    std::unordered_map<TripleKey, std::uint32_t, TripleKeyHash> triple_first;  // -> index into quads
    std::vector<TermId> graph_ids;
    std::unordered_set<TermId> graph_set;
    std::unordered_map<std::string, std::vector<TermId>> names;
    std::unordered_map<std::string, std::vector<TermId>> name_words;
    TermId label_id = kNoTerm;
    TermId alias_id = kNoTerm;

    void index_name(TermId subject, TermId object) {
        const auto* lit = std::get_if<rdf::Literal>(&terms[object]);
        if (!lit) return;
        std::string key = text::normalize_key(lit->lexical());
        auto add_unique = [subject](std::vector<TermId>& v) {
            if (std::find(v.begin(), v.end(), subject) == v.end()) v.push_back(subject);
        };
        add_unique(names[key]);
        split_words(key, [&](std::string_view w) { add_unique(name_words[std::string(w)]); });
    }
};

Store::Store() : impl_(std::make_unique<Impl>()) {
    impl_->label_id = intern(rdf::rdfs::label());
    impl_->alias_id = intern(rdf::ro::alias());
}
Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

TermId Store::intern(const rdf::Term& term) {
    auto it = impl_->ids.find(term);
    if (it != impl_->ids.end()) return it->second;
    auto id = static_cast<TermId>(impl_->terms.size());
    impl_->terms.push_back(term);
    impl_->ids.emplace(term, id);
    boost::add_vertex(impl_->graph);
    return id;
}

std::optional<TermId> Store::find(const rdf::Term& term) const {
    auto it = impl_->ids.find(term);
    if (it == impl_->ids.end()) return std::nullopt;
    return it->second;
}

const rdf::Term& Store::term(TermId id) const { return impl_->terms.at(id); }
std::size_t Store::term_count() const noexcept { return impl_->terms.size(); }

bool Store::add(const rdf::Triple& triple, const std::optional<rdf::Iri>& graph) {
    QuadIds q;
    q.subject = intern(triple.subject);
    q.predicate = intern(rdf::Term{triple.predicate});
    q.object = intern(triple.object);
    q.graph = graph ? intern(rdf::Term{*graph}) : kNoTerm;
    return add(q);
}

bool Store::add(QuadIds q) {
    auto& d = *impl_;
    if (!d.quad_set.insert(q).second) return false;
    boost::add_edge(q.subject, q.object, EdgeProps{q.predicate, q.graph}, d.graph);
    TripleKey key{q.subject, q.predicate, q.object};
    bool new_triple = d.triple_first.emplace(key, static_cast<std::uint32_t>(d.quads.size())).second;
    d.quads.push_back(q);
    if (q.graph != kNoTerm && d.graph_set.insert(q.graph).second) d.graph_ids.push_back(q.graph);
    if (new_triple && (q.predicate == d.label_id || q.predicate == d.alias_id)) d.index_name(q.subject, q.object);
    return true;
}

std::size_t Store::quad_count() const noexcept { return impl_->quads.size(); }
std::size_t Store::triple_count() const { return impl_->triple_first.size(); }

void Store::for_each_quad(const std::function<void(const QuadIds&)>& fn) const {
    for (const auto& q : impl_->quads) fn(q);
}

std::vector<QuadIds> Store::triples() const {
    std::vector<QuadIds> out;
    out.reserve(impl_->triple_first.size());
    for (std::size_t i = 0; i < impl_->quads.size(); ++i) {
        const auto& q = impl_->quads[i];
        auto it = impl_->triple_first.find(TripleKey{q.subject, q.predicate, q.object});
        if (it->second == i) out.push_back(QuadIds{q.subject, q.predicate, q.object, kNoTerm});
    }
    return out;
}

std::vector<TermId> Store::graphs() const { return impl_->graph_ids; }

std::vector<QuadIds> Store::match(const Pattern& p) const {
    const auto& d = *impl_;
    std::vector<QuadIds> out;
    std::unordered_set<TripleKey, TripleKeyHash> seen;
    auto consider = [&](TermId s, TermId pr, TermId o) {
        if (p.subject != kNoTerm && s != p.subject) return;
        if (p.predicate != kNoTerm && pr != p.predicate) return;
        if (p.object != kNoTerm && o != p.object) return;
        if (seen.insert(TripleKey{s, pr, o}).second) out.push_back(QuadIds{s, pr, o, kNoTerm});
    };
    if (p.subject != kNoTerm) {
        if (p.subject >= d.terms.size()) return out;
        for (auto [it, end] = boost::out_edges(p.subject, d.graph); it != end; ++it)
            consider(p.subject, d.graph[*it].predicate, static_cast<TermId>(boost::target(*it, d.graph)));
    } else if (p.object != kNoTerm) {
        if (p.object >= d.terms.size()) return out;
        for (auto [it, end] = boost::in_edges(p.object, d.graph); it != end; ++it)
            consider(static_cast<TermId>(boost::source(*it, d.graph)), d.graph[*it].predicate, p.object);
    } else {
        for (const auto& q : d.quads) consider(q.subject, q.predicate, q.object);
    }
    return out;
}

std::vector<TermId> Store::objects(TermId subject, TermId predicate) const {
    std::vector<TermId> out;
    for (const auto& q : match(Pattern{subject, predicate, kNoTerm})) out.push_back(q.object);
    return out;
}

std::vector<TermId> Store::subjects(TermId predicate, TermId object) const {
    std::vector<TermId> out;
    for (const auto& q : match(Pattern{kNoTerm, predicate, object})) out.push_back(q.subject);
    return out;
}

std::optional<TermId> Store::object(TermId subject, TermId predicate) const {
    const auto& d = *impl_;
    if (subject >= d.terms.size()) return std::nullopt;
    for (auto [it, end] = boost::out_edges(subject, d.graph); it != end; ++it)
        if (d.graph[*it].predicate == predicate) return static_cast<TermId>(boost::target(*it, d.graph));
    return std::nullopt;
}

bool Store::contains(TermId s, TermId p, TermId o) const {
    return impl_->triple_first.count(TripleKey{s, p, o}) != 0;
}

std::vector<TermId> Store::graphs_of(TermId s, TermId p, TermId o) const {
    const auto& d = *impl_;
    std::vector<TermId> out;
    if (s >= d.terms.size()) return out;
    for (auto [it, end] = boost::out_edges(s, d.graph); it != end; ++it)
        if (d.graph[*it].predicate == p && boost::target(*it, d.graph) == o) out.push_back(d.graph[*it].graph);
    return out;
}

std::vector<TermId> Store::find_by_name(std::string_view name) const {
    auto it = impl_->names.find(text::normalize_key(name));
    return it == impl_->names.end() ? std::vector<TermId>{} : it->second;
}

std::vector<TermId> Store::find_by_name_word(std::string_view word) const {
    auto it = impl_->name_words.find(text::normalize_key(word));
    return it == impl_->name_words.end() ? std::vector<TermId>{} : it->second;
}

void Store::for_each_name(const std::function<void(std::string_view, TermId)>& fn) const {
    for (const auto& [name, ids] : impl_->names)
        for (TermId id : ids) fn(name, id);
}

std::vector<TermId> Store::shortest_path(TermId from, TermId to, const std::vector<TermId>& predicates) const {
    const auto& d = *impl_;
    if (from >= d.terms.size() || to >= d.terms.size()) return {};
    if (from == to) return {from};
    // Breadth-first over the multigraph itself, following the wanted edges in both directions
    // (out-edges, then in-edges, each in insertion order). The predecessor map holds only the
    // vertices reached, so a search touches the neighbourhood it explores, never the whole graph.
    auto wanted = [&](TermId predicate) {
        return std::find(predicates.begin(), predicates.end(), predicate) != predicates.end();
    };
    std::unordered_map<TermId, TermId> pred{{from, from}};
    std::vector<TermId> frontier{from};
    for (std::size_t head = 0; head < frontier.size() && !pred.count(to); ++head) {
        const TermId v = frontier[head];
        auto reach = [&](std::size_t w) {
            if (pred.emplace(static_cast<TermId>(w), v).second) frontier.push_back(static_cast<TermId>(w));
        };
        for (auto [it, end] = boost::out_edges(v, d.graph); it != end; ++it)
            if (wanted(d.graph[*it].predicate)) reach(boost::target(*it, d.graph));
        for (auto [it, end] = boost::in_edges(v, d.graph); it != end; ++it)
            if (wanted(d.graph[*it].predicate)) reach(boost::source(*it, d.graph));
    }
    if (!pred.count(to)) return {};
    std::vector<TermId> path;
    for (TermId v = to; v != from; v = pred.at(v)) path.push_back(v);
    path.push_back(from);
    std::reverse(path.begin(), path.end());
    return path;
}

std::size_t Store::memory_bytes() const {
    const auto& d = *impl_;
    std::size_t bytes = sizeof(Impl);
    for (const auto& t : d.terms) {
        bytes += sizeof(rdf::Term);
        std::visit(
            [&](const auto& v) {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, rdf::Iri>) bytes += v.str().capacity();
                else if constexpr (std::is_same_v<T, rdf::BlankNode>) bytes += v.label().capacity();
                else bytes += v.lexical().capacity() + v.language().capacity() + v.datatype().str().capacity();
            },
            t);
    }
    bytes += d.ids.size() * (sizeof(rdf::Term) + sizeof(TermId) + 2 * sizeof(void*));
    bytes += boost::num_edges(d.graph) * (2 * (sizeof(EdgeProps) + 2 * sizeof(void*)) + 3 * sizeof(void*));
    bytes += boost::num_vertices(d.graph) * 6 * sizeof(void*);
    bytes += d.quads.capacity() * sizeof(QuadIds);
    bytes += d.quad_set.size() * (sizeof(QuadIds) + 2 * sizeof(void*));
    bytes += d.triple_first.size() * (sizeof(TripleKey) + 4 + 2 * sizeof(void*));
    return bytes;
}

std::string label_of(const Store& store, TermId resource) {
    auto label = store.find(rdf::Term{rdf::rdfs::label()});
    if (!label) return {};
    auto o = store.object(resource, *label);
    return o ? lexical_of(store, *o) : std::string{};
}

std::string lexical_of(const Store& store, TermId term) {
    return std::visit(
        [](const auto& v) -> std::string {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, rdf::Iri>) return v.str();
            else if constexpr (std::is_same_v<T, rdf::BlankNode>) return "_:" + v.label();
            else return v.lexical();
        },
        store.term(term));
}

}  // namespace readout::store
