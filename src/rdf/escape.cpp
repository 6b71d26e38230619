#include "readout/rdf/escape.hpp"

#include <array>
#include <cstdint>
#include <cstdio>

#include "readout/rdf/vocabulary.hpp"
#include "readout/text/unicode.hpp"

namespace readout::rdf {
namespace {

void append_uchar(std::string& out, char32_t cp) {
    char buf[12];
    if (cp <= 0xFFFF) {
        std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(cp));
    } else {
        std::snprintf(buf, sizeof buf, "\\U%08X", static_cast<unsigned>(cp));
    }
    out += buf;
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
    std::string out;
    out.reserve(text.size());
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

std::string escape_string_literal(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    for_each_portable_code_point(text, [&](char32_t cp, std::string_view bytes) {
        switch (cp) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (cp < 0x20 || cp == 0x7F) {
                    append_uchar(out, cp);
                } else {
                    out.append(bytes);
                }
        }
    });
    return out;
}

std::string escape_iri(std::string_view iri) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(iri.size());
    text::for_each_code_point(iri, [&](char32_t cp, std::string_view bytes) {
        // Percent-encoded: what an IRIREF may not hold (controls, space, <>"{}|^`\), invalid UTF-8
        // (passed as U+FFFD) and the noncharacters Raptor rejects; as their UTF-8 bytes.
        bool encode = cp <= 0x20 || cp == 0x7F || cp == 0xFFFD || cp == 0xFFFE || cp == 0xFFFF ||
                      (cp < 0x80 && std::string_view("<>\"{}|^`\\").find(static_cast<char>(cp)) != std::string_view::npos);
        if (!encode) {
            out.append(bytes);
            return;
        }
        for (unsigned char b : bytes) {
            out += '%';
            out += hex[b >> 4];
            out += hex[b & 15];
        }
    });
    return out;
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
