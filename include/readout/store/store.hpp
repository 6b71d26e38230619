#pragma once
/// \file
/// The graph store: a compact term dictionary (each term encoded once in one arena, IRIs
/// prefix-compressed), the quads as id quadruples, open-addressing hash sets of ids for
/// de-duplication, and indexes by subject, by object and by label or alias (each brought up to
/// date on first use after a change). Boost types stay inside the implementation.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "readout/rdf/term.hpp"

namespace readout::store {

/// Dense identifier of a term in the store's dictionary.
using TermId = std::uint32_t;
/// The id used for "no term" (for instance the default graph).
inline constexpr TermId kNoTerm = 0xFFFFFFFFu;

/// A quad as term ids; `graph` is kNoTerm for the default graph.
struct QuadIds {
    TermId subject = kNoTerm;  ///< subject id
    TermId predicate = kNoTerm;  ///< predicate id
    TermId object = kNoTerm;  ///< object id
    TermId graph = kNoTerm;  ///< named graph id, kNoTerm for the default graph
    auto operator<=>(const QuadIds&) const = default;
};

/// A triple pattern: kNoTerm in a position matches anything.
struct Pattern {
    TermId subject = kNoTerm;  ///< subject to match, or kNoTerm
    TermId predicate = kNoTerm;  ///< predicate to match, or kNoTerm
    TermId object = kNoTerm;  ///< object to match, or kNoTerm
};

/// An RDF dataset held in memory. Adding the same quad twice keeps one copy.
/// A triple may occur in several named graphs (one per article that asserted it).
class Store {
public:
    Store();
    ~Store();
    Store(Store&&) noexcept;  ///< moves the whole store
    Store& operator=(Store&&) noexcept;  ///< moves the whole store
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    /// Returns the id of `term`, adding it to the dictionary if needed.
    TermId intern(const rdf::Term& term);
    /// intern() for an IRI, without making an rdf::Term of it (no copy of the IRI).
    TermId intern(const rdf::Iri& iri);
    /// The id of `term`, if the dictionary holds it.
    [[nodiscard]] std::optional<TermId> find(const rdf::Term& term) const;
    /// The term of an id, decoded from the dictionary (throws std::out_of_range for an unknown id).
    [[nodiscard]] rdf::Term term(TermId id) const;
    /// The text of a term straight from the dictionary, without building an rdf::Term: the
    /// lexical form of a literal, the IRI of an IRI, `_:label` for a blank node (throws
    /// std::out_of_range for an unknown id).
    [[nodiscard]] std::string lexical(TermId id) const;
    /// True when the term is a literal (throws std::out_of_range for an unknown id).
    [[nodiscard]] bool is_literal(TermId id) const;
    /// Number of terms in the dictionary.
    [[nodiscard]] std::size_t term_count() const noexcept;

    /// Bulk loading: the same as intern(rdf::Iri(iri)) without building an rdf::Term.
    TermId intern_iri(std::string_view iri);
    /// Bulk loading: the same as intern(rdf::BlankNode(label)).
    TermId intern_blank(std::string_view label);
    /// Bulk loading: a literal with `lexical`; a non-empty `language` makes it a language-tagged
    /// string, otherwise `datatype` is its datatype IRI (empty means xsd:string).
    TermId intern_literal(std::string_view lexical, std::string_view datatype, std::string_view language);

    /// A term without copying: views into the dictionary, valid until the store next changes.
    struct TermView {
        /// What the term is.
        enum class Kind : std::uint8_t {
            Iri,  ///< an IRI
            Blank,  ///< a blank node
            Literal,  ///< a literal
        };
        Kind kind = Kind::Iri;  ///< IRI, blank node or literal
        std::string_view iri_head;  ///< IRI: its first part (the IRI is iri_head + text)
        std::string_view text;  ///< IRI: the rest of it; blank node: the label; literal: the lexical form
        std::string_view datatype;  ///< literal: the datatype IRI, empty for xsd:string and language-tagged strings
        std::string_view language;  ///< literal: the language tag, or empty
    };
    /// The term of an id as views into the store (throws std::out_of_range for an unknown id).
    [[nodiscard]] TermView term_view(TermId id) const;

    /// Adds a quad; returns false if it was already present.
    bool add(const rdf::Triple& triple, const std::optional<rdf::Iri>& graph = std::nullopt);
    /// Adds a quad by ids; returns false if it was already present.
    bool add(QuadIds quad);

    /// Number of distinct quads.
    [[nodiscard]] std::size_t quad_count() const noexcept;
    /// Number of distinct triples (quads with the graph ignored).
    [[nodiscard]] std::size_t triple_count() const;

    /// Calls `fn` for every quad, in insertion order.
    void for_each_quad(const std::function<void(const QuadIds&)>& fn) const;
    /// Calls `fn` for every distinct triple (graph ignored, kNoTerm) in insertion order of its
    /// first quad, as triples() lists them but without building the list.
    void for_each_triple(const std::function<void(const QuadIds&)>& fn) const;
    /// Every distinct triple (graph ignored) in insertion order of its first quad.
    [[nodiscard]] std::vector<QuadIds> triples() const;
    /// Every distinct named graph id, in order of first use.
    [[nodiscard]] std::vector<TermId> graphs() const;

    /// Distinct triples matching a pattern, answered from the subject or object index
    /// when either is bound.
    [[nodiscard]] std::vector<QuadIds> match(const Pattern& pattern) const;
    /// Objects of (s, p, ?o), distinct, in insertion order.
    [[nodiscard]] std::vector<TermId> objects(TermId subject, TermId predicate) const;
    /// Subjects of (?s, p, o), distinct, in insertion order.
    [[nodiscard]] std::vector<TermId> subjects(TermId predicate, TermId object) const;
    /// The first object of (s, p, ?o), if any.
    [[nodiscard]] std::optional<TermId> object(TermId subject, TermId predicate) const;
    /// True when (s, p, o) is present in some graph.
    [[nodiscard]] bool contains(TermId subject, TermId predicate, TermId object) const;
    /// Named graphs in which (s, p, o) is asserted (kNoTerm stands for the default graph).
    [[nodiscard]] std::vector<TermId> graphs_of(TermId subject, TermId predicate, TermId object) const;

    /// Resources whose rdfs:label or ro:alias, normalized (case, diacritics, spacing), equals `name`.
    [[nodiscard]] std::vector<TermId> find_by_name(std::string_view name) const;
    /// Resources for which some word of a label or alias equals `word` (normalized); for surnames.
    [[nodiscard]] std::vector<TermId> find_by_name_word(std::string_view word) const;
    /// Every normalized name in the label index with its resources (for suggestions).
    void for_each_name(const std::function<void(std::string_view name, TermId resource)>& fn) const;

    /// Breadth-first shortest path over the undirected graph of IRI/blank nodes, following only
    /// edges whose predicate is in `predicates`. Returns the vertex sequence from `from` to `to`
    /// (both included), or an empty vector when they are not connected. The search follows the
    /// subject and object indexes from `from` outwards; its cost grows with the part of the graph
    /// it reaches, not with the size of the store.
    [[nodiscard]] std::vector<TermId> shortest_path(TermId from, TermId to,
                                                    const std::vector<TermId>& predicates) const;

    /// Builds now the indexes otherwise built on first use after a change: by subject, by object
    /// and by name. Questions need them; timing a load to the first answer includes this.
    void build_indexes() const;

    /// Approximate bytes of memory used by the store (dictionary, graph and indexes).
    [[nodiscard]] std::size_t memory_bytes() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// Convenience: the label (rdfs:label) of a resource, or empty.
[[nodiscard]] std::string label_of(const Store& store, TermId resource);
/// Convenience: the lexical form of a literal term, or the IRI text, or the blank label.
[[nodiscard]] std::string lexical_of(const Store& store, TermId term);

}  // namespace readout::store
