// Property-style escaping tests: seeded random strings of troublesome characters go through the
// N-Triples/Turtle escapers and are decoded back by an independent decoder written here.
// (Round trips through rapper, jsonld.js and Graphviz are tests/e2e/escaping.sh.)

#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "readout/rdf/escape.hpp"
#include "readout/text/unicode.hpp"

using namespace readout;

namespace {

/// Random strings: ASCII syntax characters, controls, NUL, noncharacters, other scripts, and
/// (sometimes) bytes that are not UTF-8.
std::string random_string(std::mt19937& rng) {
    static const std::vector<std::string> pieces = {
        "\"", "\\", "\n", "\r", "\t", "\b", "\f", std::string(1, '\0'), "\x01", "\x1b", "\x1f", "\x7f", "<", ">", "{",
        "}", "|", "^", "`", " ", "'", "\\u0041", "\"\"\"", "王毅", "Иван", "محمد", "😀", "e\xCC\x81", "\xEF\xBB\xBF",
        "\xE2\x80\xA8", "\xEF\xBF\xBD", "\xEF\xBF\xBE", "\xEF\xBF\xBF", "\xC2\x85", "\xFF", "\xC3", "\xED\xA0\x80", "a",
        "Z", "9", "%", "#"};
    std::uniform_int_distribution<std::size_t> count(0, 12), pick(0, pieces.size() - 1);
    std::string s;
    for (std::size_t n = count(rng); n > 0; --n) s += pieces[pick(rng)];
    return s;
}

/// What a literal may hold after escaping: valid UTF-8, with NUL, U+FFFE and U+FFFF as U+FFFD.
std::string expected_literal(const std::string& s) {
    std::string out;
    text::for_each_code_point(s, [&](char32_t cp, std::string_view bytes) {
        if (cp == 0 || cp == 0xFFFE || cp == 0xFFFF) {
            out += "\xEF\xBF\xBD";
        } else {
            out.append(bytes);
        }
    });
    return out;
}

/// Decodes the inside of an N-Triples string literal (ECHAR and UCHAR), failing on anything that
/// may not appear there unescaped.
std::string decode_literal(const std::string& escaped) {
    std::string out;
    for (std::size_t i = 0; i < escaped.size(); ++i) {
        char c = escaped[i];
        auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\n' || c == '\r' || u < 0x20 || u == 0x7F) FAIL("raw character " << int(u) << " in " << escaped);
        if (c != '\\') {
            out += c;
            continue;
        }
        REQUIRE(i + 1 < escaped.size());
        char e = escaped[++i];
        switch (e) {
            case 't': out += '\t'; break;
            case 'b': out += '\b'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 'f': out += '\f'; break;
            case '"': out += '"'; break;
            case '\'': out += '\''; break;
            case '\\': out += '\\'; break;
            case 'u':
            case 'U': {
                std::size_t width = e == 'u' ? 4 : 8;
                REQUIRE(i + width < escaped.size());
                text::append_utf8(out, static_cast<char32_t>(std::stoul(escaped.substr(i + 1, width), nullptr, 16)));
                i += width;
                break;
            }
            default: FAIL("unknown escape \\" << e);
        }
    }
    return out;
}

}  // namespace

TEST_CASE("random strings survive literal escaping exactly (bar the characters Raptor cannot carry)",
          "[rdf][escape][property]") {
    std::mt19937 rng(8);
    for (int i = 0; i < 5000; ++i) {
        std::string s = random_string(rng);
        INFO("case " << i);
        std::string escaped = rdf::escape_string_literal(s);
        CHECK(rdf::is_valid_utf8(escaped));
        CHECK(escaped.find("\xEF\xBF\xBE") == std::string::npos);
        CHECK(escaped.find("\xEF\xBF\xBF") == std::string::npos);
        CHECK(decode_literal(escaped) == expected_literal(s));
    }
}

TEST_CASE("random strings in IRIs leave only characters an IRIREF allows", "[rdf][escape][property]") {
    std::mt19937 rng(88);
    for (int i = 0; i < 5000; ++i) {
        std::string s = "http://example.org/" + random_string(rng);
        std::string escaped = rdf::escape_iri(s);
        INFO("case " << i << ": " << escaped);
        CHECK(rdf::is_valid_utf8(escaped));
        bool clean = true;
        text::for_each_code_point(escaped, [&](char32_t cp, std::string_view) {
            if (cp <= 0x20 || cp == 0x7F || cp == 0xFFFE || cp == 0xFFFF || cp == 0xFFFD ||
                std::string_view("<>\"{}|^`\\").find(static_cast<char>(cp < 0x80 ? cp : 'a')) != std::string_view::npos)
                clean = false;
        });
        CHECK(clean);
        // escaping is idempotent: an escaped IRI is left as it is
        CHECK(rdf::escape_iri(escaped) == escaped);
    }
}
