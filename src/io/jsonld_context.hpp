#pragma once
// JSON-LD 1.1 contexts: the subset readout reads and writes (term definitions with @id, @type,
// @language, @container @list/@set/@language/@index, @reverse, @prefix; @base, @vocab,
// @language, @version), IRI expansion and the compaction readout's writer needs.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "json_dom.hpp"

namespace readout::io::detail::jsonld {

/// The IRIs of remote contexts readout knows without fetching: its own context.
inline constexpr std::string_view kContextIri = "https://w3id.org/readout/context.jsonld";

/// Where errors go: the document name and its line index.
struct Reporter {
    const std::string& origin;
    const LineIndex& lines;
    [[noreturn]] void fail(std::size_t offset, const std::string& message) const;
};

/// One term definition.
struct TermDefinition {
    std::string iri;                      // expanded IRI, blank node id or keyword
    bool null_mapping = false;            // the term maps to null: its keys are dropped
    std::optional<std::string> type;      // "@id", "@vocab", "@none", or a datatype IRI
    bool has_language = false;            // @language given (possibly null)
    std::optional<std::string> language;  // the language when has_language (nullopt = null)
    std::string container;                // "", "@list", "@set", "@language", "@index"
    bool reverse = false;
    bool prefix = false;                  // usable as the prefix of a compact IRI
};

/// An active context.
class Context {
public:
    std::map<std::string, TermDefinition, std::less<>> terms;
    std::optional<std::string> base;      // the base IRI for relative IRIs (document base by default)
    std::optional<std::string> vocab;
    std::optional<std::string> language;  // default language

    /// A term definition, or nullptr.
    [[nodiscard]] const TermDefinition* find(std::string_view term) const;

    /// JSON-LD IRI expansion. Returns the IRI, a "_:" blank node id, a keyword, or nullopt when
    /// the value maps to nothing (null-mapped term, or a relative IRI with no base).
    [[nodiscard]] std::optional<std::string> expand_iri(std::string_view value, bool vocab_relative,
                                                        bool document_relative) const;

    /// Processes a local context (`@context` value) on top of this one.
    [[nodiscard]] Context with(const json::Value& local, const Reporter& reporter) const;

    /// The shortest form of an absolute IRI: a compact IRI with a prefix term, else the IRI.
    /// Never a bare term (safe for @id values).
    [[nodiscard]] std::string compact_iri(const std::string& iri) const;
    /// The form of an IRI for a @type value or a vocabulary position: a term with no
    /// coercion if one maps to it, else compact_iri.
    [[nodiscard]] std::string compact_vocab(const std::string& iri) const;
    /// The term for a property IRI if one is defined with no container, language or reverse.
    [[nodiscard]] const std::pair<const std::string, TermDefinition>* property_term(const std::string& iri) const;
};

/// True for JSON-LD keywords ("@id", "@type", ...).
[[nodiscard]] bool is_keyword(std::string_view s) noexcept;

/// True for a language tag of BCP 47's shape: letters, then "-" and letters or digits, each part
/// 1 to 8 characters. Anything else (" zh") would make Turtle and N-Triples output unreadable.
[[nodiscard]] bool is_language_tag(std::string_view tag) noexcept;

/// True when `iri` has a scheme (is absolute) and holds no character an IRI may not (spaces,
/// controls, `<>"{}|^`\`): such a string would make Turtle and N-Triples output unreadable.
[[nodiscard]] bool is_absolute_iri(std::string_view iri) noexcept;

/// Resolves a relative IRI reference against an absolute base (RFC 3986 section 5.2).
[[nodiscard]] std::string resolve_iri(std::string_view base, std::string_view reference);

/// readout's own context (ontology/context.jsonld, embedded), processed.
[[nodiscard]] const Context& readout_context();
/// The `@context` object of readout's context document, as parsed JSON.
[[nodiscard]] const json::Value& readout_context_value();

}  // namespace readout::io::detail::jsonld
