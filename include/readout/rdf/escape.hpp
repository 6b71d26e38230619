#pragma once
/// \file
/// The one place that escapes text for N-Triples, N-Quads and Turtle (and decides which Turtle
/// abbreviations are safe), and that turns
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

/// Appends `text` as a Turtle string, quotes included, after portable_text: a short string
/// (`"..."`) or, when the text holds a line feed, a long one (`"""..."""`) that keeps its line
/// feeds; tabs and characters beyond ASCII are written as they are, `"` and `\` with a backslash,
/// the other controls as `\r`, `\b`, `\f` or `\uXXXX` (the forms Raptor's Turtle writer chose for
/// the literals it wrote faithfully).
void append_turtle_string(std::string& out, std::string_view text);

/// True when `local` can follow `prefix:` in a Turtle prefixed name with no escape and reads back
/// the same in Turtle readers old and new: ASCII `[A-Za-z_][A-Za-z0-9_-]*`. Writers use a full
/// IRI for any other local name (empty, leading digit or dash, dots, `%`, `:`, non-ASCII...).
[[nodiscard]] bool is_plain_turtle_local_name(std::string_view local) noexcept;

/// True when a literal typed `datatype` (a full IRI) with lexical form `lexical` can be written
/// bare in Turtle and reads back as the same literal: xsd:integer, xsd:decimal and xsd:double
/// values in the INTEGER, DECIMAL and DOUBLE productions (`-12`, `6.2`, `1.05e7`), and xsd:boolean
/// `true` and `false`. False for every other datatype and form (`"6"^^xsd:decimal`, `" 5"`, `inf`).
[[nodiscard]] bool is_bare_turtle_literal(std::string_view lexical, std::string_view datatype) noexcept;

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
