#pragma once
/// \file
/// The one place that escapes text for N-Triples, N-Quads and Turtle, and that turns
/// names into IRI path segments. Every writer that emits these syntaxes calls this module.

#include <string>
#include <string_view>

#include "readout/rdf/term.hpp"

namespace readout::rdf {

/// Text as every N-Triples / Turtle / N-Quads consumer can carry it: valid UTF-8 (invalid bytes
/// become U+FFFD), with NUL, U+FFFE and U+FFFF also replaced by U+FFFD, because Raptor (rapper,
/// and readout's own readers) cuts a literal short at them or rejects them, even escaped. Every
/// literal written in these syntaxes, by Raptor or by escape_string_literal, goes through it.
[[nodiscard]] std::string portable_text(std::string_view text);

/// How the escapers write what is not printable ASCII.
enum class EscapeStyle {
    /// Characters beyond ASCII as UTF-8; backspace and form feed as `\b` and `\f`.
    Utf8,
    /// ASCII only, as Raptor's N-Triples and N-Quads writers (and RDF 2004 N-Triples): characters
    /// beyond ASCII as `\uXXXX` or `\UXXXXXXXX` (upper-case hex), every control but tab, line feed
    /// and carriage return as `\uXXXX`.
    Ascii,
};

/// Escapes a string for a double-quoted N-Triples / Turtle literal (ECHAR and UCHAR
/// for control characters), after portable_text.
[[nodiscard]] std::string escape_string_literal(std::string_view text);

/// Appends escape_string_literal(text) to `out`, in `style` (no temporary strings; for writers
/// that fill a large buffer).
void append_escaped_literal(std::string& out, std::string_view text, EscapeStyle style = EscapeStyle::Utf8);

/// Escapes an IRI for an N-Triples / Turtle IRIREF: characters not allowed there
/// (controls, space, `<>"{}|^`\`), U+FFFD, U+FFFE, U+FFFF and invalid UTF-8 (as U+FFFD) are
/// percent-encoded (UTF-8 bytes as %XX).
[[nodiscard]] std::string escape_iri(std::string_view iri);

/// Appends escape_iri(iri) to `out`; in the Ascii style the remaining characters beyond ASCII
/// are written as `\uXXXX` or `\UXXXXXXXX`.
void append_escaped_iri(std::string& out, std::string_view iri, EscapeStyle style = EscapeStyle::Utf8);

/// A term in N-Triples syntax (`<iri>`, `_:b`, `"lex"^^<dt>`, `"lex"@lang`).
[[nodiscard]] std::string to_ntriples(const Term& term);

/// One N-Triples statement line, including the final " .\n".
[[nodiscard]] std::string to_ntriples(const Triple& triple);

/// One N-Quads statement line, including the final " .\n".
[[nodiscard]] std::string to_nquads(const Quad& quad);

/// Lowercase ASCII slug of a name for use as an IRI path segment: letters with
/// diacritics are folded (é→e, ł→l), other characters become single dashes.
/// Never empty: a name with no foldable letter yields its hex-encoded bytes.
[[nodiscard]] std::string slug(std::string_view name);

/// Replaces every invalid UTF-8 sequence by U+FFFD.
[[nodiscard]] std::string sanitize_utf8(std::string_view text);

/// True when `text` is valid UTF-8.
[[nodiscard]] bool is_valid_utf8(std::string_view text) noexcept;

}  // namespace readout::rdf
