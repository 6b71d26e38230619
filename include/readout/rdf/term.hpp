#pragma once
/// \file
/// RDF terms as strong types: an Iri is not a std::string, a Literal knows its datatype.

#include <compare>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace readout::rdf {

/// An absolute IRI. The value is stored unescaped (as Unicode text); writers escape it.
class Iri {
public:
    Iri() = default;
    /// Wraps an IRI string; no validation beyond what `is_valid()` reports.
    explicit Iri(std::string value) : value_(std::move(value)) {}
    /// The IRI text.
    [[nodiscard]] const std::string& str() const noexcept { return value_; }
    /// True when the IRI is non-empty and contains no character RDF forbids in an IRIREF.
    [[nodiscard]] bool is_valid() const noexcept;
    auto operator<=>(const Iri&) const = default;

private:
    std::string value_;
};

/// A blank node, identified by a label local to one document.
class BlankNode {
public:
    BlankNode() = default;
    /// Creates a blank node with the given label (without the `_:` prefix).
    explicit BlankNode(std::string label) : label_(std::move(label)) {}
    /// The label, without `_:`.
    [[nodiscard]] const std::string& label() const noexcept { return label_; }
    auto operator<=>(const BlankNode&) const = default;

private:
    std::string label_;
};

/// A literal: lexical form plus either a datatype IRI or a language tag.
class Literal {
public:
    Literal() = default;
    /// A plain string literal (datatype xsd:string).
    explicit Literal(std::string lexical);
    /// A typed literal.
    Literal(std::string lexical, Iri datatype);
    /// A language-tagged string (datatype rdf:langString).
    static Literal with_language(std::string lexical, std::string language);

    /// The lexical form, unescaped.
    [[nodiscard]] const std::string& lexical() const noexcept { return lexical_; }
    /// The datatype IRI (xsd:string for plain literals, rdf:langString for tagged ones).
    [[nodiscard]] const Iri& datatype() const noexcept { return datatype_; }
    /// The language tag, empty when there is none.
    [[nodiscard]] const std::string& language() const noexcept { return language_; }
    /// True for xsd:string literals without a language tag.
    [[nodiscard]] bool is_plain() const noexcept;
    auto operator<=>(const Literal&) const = default;

private:
    std::string lexical_;
    Iri datatype_;
    std::string language_;
};

/// Any RDF term.
using Term = std::variant<Iri, BlankNode, Literal>;

/// True when the term is an IRI.
[[nodiscard]] inline bool is_iri(const Term& t) noexcept { return std::holds_alternative<Iri>(t); }
/// True when the term is a blank node.
[[nodiscard]] inline bool is_blank(const Term& t) noexcept { return std::holds_alternative<BlankNode>(t); }
/// True when the term is a literal.
[[nodiscard]] inline bool is_literal(const Term& t) noexcept { return std::holds_alternative<Literal>(t); }

/// An RDF triple. The subject is an IRI or blank node; the predicate is always an IRI.
struct Triple {
    Term subject;  ///< an IRI or blank node
    Iri predicate;  ///< the property
    Term object;  ///< any term
    auto operator<=>(const Triple&) const = default;
};

/// A triple in a named graph; `graph` is empty for the default graph.
struct Quad {
    Triple triple;  ///< the statement
    std::optional<Iri> graph;  ///< the named graph; empty for the default graph
    auto operator<=>(const Quad&) const = default;
};

/// Hash of a term, consistent with equality.
struct TermHash {
    std::size_t operator()(const Term& t) const noexcept;  ///< the hash of `t`
};

}  // namespace readout::rdf
