#include "readout/rdf/escape.hpp"

#include <array>
#include <cstdint>

#include "readout/rdf/vocabulary.hpp"
#include "readout/text/unicode.hpp"

namespace readout::rdf {
namespace {

void append_uchar(std::string& out, char32_t cp) {
    static constexpr char hex[] = "0123456789ABCDEF";
    const int digits = cp <= 0xFFFF ? 4 : 8;
    out += '\\';
    out += digits == 4 ? 'u' : 'U';
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) out += hex[(cp >> shift) & 15];
}

}  // namespace

bool is_valid_utf8(std::string_view text) noexcept {
    std::size_t i = 0;
    while (i < text.size()) {
        char32_t cp;
        std::size_t n = text::decode_utf8(text, i, cp);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

std::string sanitize_utf8(std::string_view text) {
    // ASCII is valid as it is: copy the leading ASCII run whole, decode only from the first other byte.
    std::size_t ascii = 0;
    while (ascii < text.size() && static_cast<unsigned char>(text[ascii]) < 0x80) ++ascii;
    std::string out(text.substr(0, ascii));
    if (ascii == text.size()) return out;
    text.remove_prefix(ascii);
    out.reserve(ascii + text.size());
    text::for_each_code_point(text, [&](char32_t, std::string_view bytes) { out.append(bytes); });
    return out;
}

namespace {

/// Calls `fn(cp, bytes)` for each code point of portable_text(text).
template <typename Fn>
void for_each_portable_code_point(std::string_view text, Fn&& fn) {
    static constexpr std::string_view replacement = "\xEF\xBF\xBD";
    text::for_each_code_point(text, [&](char32_t cp, std::string_view bytes) {
        if (cp == 0 || cp == 0xFFFE || cp == 0xFFFF) {
            fn(char32_t{0xFFFD}, replacement);
        } else {
            fn(cp, bytes);
        }
    });
}

}  // namespace

std::string portable_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for_each_portable_code_point(text, [&](char32_t, std::string_view bytes) { out.append(bytes); });
    return out;
}

namespace {

/// Printable ASCII that a literal holds as is.
bool plain_in_literal(unsigned char c) noexcept { return c >= 0x20 && c < 0x7F && c != '"' && c != '\\'; }

/// ASCII that an IRIREF holds as is.
bool plain_in_iri(unsigned char c) noexcept {
    return c > 0x20 && c < 0x7F && std::string_view("<>\"{}|^`\\").find(static_cast<char>(c)) == std::string_view::npos;
}

/// Copies the runs of bytes `plain` accepts to `out` and hands each other character (a byte with
/// the continuation bytes after it) to `escape`, which may see invalid UTF-8.
template <typename Plain, typename Escape>
void escape_runs(std::string_view text, std::string& out, Plain plain, Escape escape) {
    while (!text.empty()) {
        std::size_t run = 0;
        while (run < text.size() && plain(static_cast<unsigned char>(text[run]))) ++run;
        out.append(text.data(), run);
        text.remove_prefix(run);
        if (text.empty()) break;
        std::size_t next = 1;
        while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
        escape(text.substr(0, next));
        text.remove_prefix(next);
    }
}

/// Escapes a literal's text: the bytes `plain` accepts as they are, the rest as ECHAR, UCHAR or
/// (Utf8 style, beyond ASCII) UTF-8, after portable_text.
template <typename Plain>
void escape_literal_text(std::string& out, std::string_view text, EscapeStyle style, Plain plain) {
    const bool ascii = style == EscapeStyle::Ascii;
    escape_runs(text, out, plain, [&](std::string_view character) {
        for_each_portable_code_point(character, [&](char32_t cp, std::string_view bytes) {
            switch (cp) {
                case '"': out += "\\\""; return;
                case '\\': out += "\\\\"; return;
                case '\n': out += "\\n"; return;
                case '\r': out += "\\r"; return;
                case '\t': out += "\\t"; return;
                case '\b':
                    if (!ascii) return void(out += "\\b");
                    break;
                case '\f':
                    if (!ascii) return void(out += "\\f");
                    break;
                default: break;
            }
            if (cp < 0x20 || cp == 0x7F || (ascii && cp >= 0x80)) {
                append_uchar(out, cp);
            } else {
                out.append(bytes);
            }
        });
    });
}

}  // namespace

void append_escaped_literal(std::string& out, std::string_view text, EscapeStyle style) {
    escape_literal_text(out, text, style, plain_in_literal);
}

std::string escape_string_literal(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    append_escaped_literal(out, text);
    return out;
}

void append_escaped_iri(std::string& out, std::string_view iri, EscapeStyle style) {
    static constexpr char hex[] = "0123456789ABCDEF";
    escape_runs(iri, out, plain_in_iri, [&](std::string_view character) {
        text::for_each_code_point(character, [&](char32_t cp, std::string_view bytes) {
            // Percent-encoded: what an IRIREF may not hold (controls, space, <>"{}|^`\), invalid UTF-8
            // (passed as U+FFFD) and the noncharacters Raptor rejects; as their UTF-8 bytes.
            bool encode = cp <= 0x20 || cp == 0x7F || cp == 0xFFFD || cp == 0xFFFE || cp == 0xFFFF ||
                          (cp < 0x80 && !plain_in_iri(static_cast<unsigned char>(cp)));
            if (encode) {
                for (unsigned char b : bytes) {
                    out += '%';
                    out += hex[b >> 4];
                    out += hex[b & 15];
                }
            } else if (style == EscapeStyle::Ascii && cp >= 0x80) {
                append_uchar(out, cp);
            } else {
                out.append(bytes);
            }
        });
    });
}

std::string escape_iri(std::string_view iri) {
    std::string out;
    out.reserve(iri.size());
    append_escaped_iri(out, iri);
    return out;
}

void append_turtle_string(std::string& out, std::string_view text) {
    const bool long_form = text.find('\n') != std::string_view::npos;
    const std::string_view quotes = long_form ? "\"\"\"" : "\"";
    out += quotes;
    auto plain = [long_form](unsigned char c) {
        return (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') || c == '\t' || (long_form && c == '\n');
    };
    escape_literal_text(out, text, EscapeStyle::Utf8, plain);
    out += quotes;
}

bool is_plain_turtle_local_name(std::string_view local) noexcept {
    auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; };
    if (local.empty() || !letter(local.front())) return false;
    for (char c : local) {
        if (!letter(c) && !(c >= '0' && c <= '9') && c != '-') return false;
    }
    return true;
}

namespace {

bool all_digits(std::string_view s) noexcept {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

std::string_view drop_sign(std::string_view s) noexcept {
    return (!s.empty() && (s.front() == '+' || s.front() == '-')) ? s.substr(1) : s;
}

/// Turtle's INTEGER, DECIMAL and DOUBLE productions.
bool turtle_integer(std::string_view s) noexcept { return all_digits(drop_sign(s)); }

bool turtle_decimal(std::string_view s) noexcept {
    s = drop_sign(s);
    const auto dot = s.find('.');
    if (dot == std::string_view::npos) return false;
    const std::string_view before = s.substr(0, dot);
    return (before.empty() || all_digits(before)) && all_digits(s.substr(dot + 1));
}

bool turtle_double(std::string_view s) noexcept {
    s = drop_sign(s);
    const auto e = s.find_first_of("eE");
    if (e == std::string_view::npos || !all_digits(drop_sign(s.substr(e + 1)))) return false;
    const std::string_view mantissa = s.substr(0, e);
    const auto dot = mantissa.find('.');
    if (dot == std::string_view::npos) return all_digits(mantissa);
    const std::string_view before = mantissa.substr(0, dot), after = mantissa.substr(dot + 1);
    if (before.empty()) return all_digits(after);
    return all_digits(before) && (after.empty() || all_digits(after));
}

}  // namespace

bool is_bare_turtle_literal(std::string_view lexical, std::string_view datatype) noexcept {
    if (!datatype.starts_with(ns::xsd)) return false;
    const std::string_view local = datatype.substr(ns::xsd.size());
    if (local == "integer") return turtle_integer(lexical);
    if (local == "decimal") return turtle_decimal(lexical);
    if (local == "double") return turtle_double(lexical);
    if (local == "boolean") return lexical == "true" || lexical == "false";
    return false;
}

std::string to_ntriples(const Term& term) {
    return std::visit(
        [](const auto& v) -> std::string {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, Iri>) {
                return "<" + escape_iri(v.str()) + ">";
            } else if constexpr (std::is_same_v<T, BlankNode>) {
                return "_:" + v.label();
            } else {
                std::string s = "\"" + escape_string_literal(v.lexical()) + "\"";
                if (!v.language().empty()) {
                    s += "@" + v.language();
                } else if (!(v.datatype() == xsd::string())) {
                    s += "^^<" + escape_iri(v.datatype().str()) + ">";
                }
                return s;
            }
        },
        term);
}

std::string to_ntriples(const Triple& t) {
    return to_ntriples(t.subject) + " " + to_ntriples(Term{t.predicate}) + " " + to_ntriples(t.object) + " .\n";
}

std::string to_nquads(const Quad& q) {
    std::string s = to_ntriples(q.triple.subject) + " " + to_ntriples(Term{q.triple.predicate}) + " " +
                    to_ntriples(q.triple.object);
    if (q.graph) s += " " + to_ntriples(Term{*q.graph});
    s += " .\n";
    return s;
}

std::string slug(std::string_view name) {
    std::string folded = text::fold_to_ascii(name);
    std::string out;
    bool dash = false;
    for (char c : folded) {
        unsigned char u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) {
            if (dash && !out.empty()) out += '-';
            out += static_cast<char>(u);
            dash = false;
        } else if (u >= 'A' && u <= 'Z') {
            if (dash && !out.empty()) out += '-';
            out += static_cast<char>(u - 'A' + 'a');
            dash = false;
        } else if (c == '\'') {
            // apostrophes join: "Xi'an" -> "xian", "Ministers'" -> "ministers"
        } else {
            dash = true;
        }
    }
    if (out.empty()) {
        static const char* hex = "0123456789abcdef";
        out = "x";
        for (unsigned char c : name) {
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

}  // namespace readout::rdf
