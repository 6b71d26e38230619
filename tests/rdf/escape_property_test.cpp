// Property-style escaping tests: seeded random strings of troublesome characters go through the
// N-Triples/Turtle escapers and are decoded back by an independent decoder written here.
// (Round trips through rapper, jsonld.js and Graphviz are tests/e2e/escaping.sh.)

#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "readout/rdf/escape.hpp"
#include "readout/rdf/vocabulary.hpp"
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

TEST_CASE("random strings survive Turtle strings exactly, short and long", "[rdf][escape][property][turtle]") {
    std::mt19937 rng(18);
    int long_forms = 0;
    for (int i = 0; i < 5000; ++i) {
        std::string s = random_string(rng);
        INFO("case " << i);
        std::string written;
        rdf::append_turtle_string(written, s);
        CHECK(rdf::is_valid_utf8(written));
        const bool long_form = written.starts_with("\"\"\"");
        const std::size_t q = long_form ? 3 : 1;
        REQUIRE(written.size() >= 2 * q);
        CHECK(written.ends_with(long_form ? "\"\"\"" : "\""));
        std::string inside = written.substr(q, written.size() - 2 * q);
        // Turtle keeps line feeds raw in long strings and tabs raw in both forms; the decoder
        // here (strict N-Triples) wants them escaped, so escape them back before decoding.
        std::string strict;
        for (char c : inside) {
            if (c == '\n') {
                CHECK(long_form);
                strict += "\\n";
            } else if (c == '\t') {
                strict += "\\t";
            } else {
                strict += c;
            }
        }
        long_forms += long_form;
        CHECK(decode_literal(strict) == expected_literal(s));
    }
    CHECK(long_forms > 100);
}

TEST_CASE("Turtle local names and bare literals", "[rdf][escape][turtle]") {
    for (const char* ok : {"a", "Person", "_x", "a-b_c9", "antony-blinken--wang-yi"}) CHECK(rdf::is_plain_turtle_local_name(ok));
    for (const char* no : {"", "9a", "-a", "a.b", "a.", "a:b", "a%20", "caf\xC3\xA9", "a b", "a/b", "a#b"}) {
        CHECK_FALSE(rdf::is_plain_turtle_local_name(no));
    }
    const std::string xsd(rdf::ns::xsd);
    CHECK(rdf::is_bare_turtle_literal("-12", xsd + "integer"));
    CHECK(rdf::is_bare_turtle_literal("+0434", xsd + "integer"));
    CHECK_FALSE(rdf::is_bare_turtle_literal(" 5", xsd + "integer"));
    CHECK_FALSE(rdf::is_bare_turtle_literal("1.5", xsd + "integer"));
    CHECK(rdf::is_bare_turtle_literal("-6.2", xsd + "decimal"));
    CHECK(rdf::is_bare_turtle_literal(".5", xsd + "decimal"));
    CHECK_FALSE(rdf::is_bare_turtle_literal("6", xsd + "decimal"));
    CHECK_FALSE(rdf::is_bare_turtle_literal("5.", xsd + "decimal"));
    CHECK(rdf::is_bare_turtle_literal("1.05e7", xsd + "double"));
    CHECK(rdf::is_bare_turtle_literal("5.E-3", xsd + "double"));
    CHECK_FALSE(rdf::is_bare_turtle_literal("1.5", xsd + "double"));
    CHECK_FALSE(rdf::is_bare_turtle_literal("inf", xsd + "double"));
    CHECK(rdf::is_bare_turtle_literal("true", xsd + "boolean"));
    CHECK_FALSE(rdf::is_bare_turtle_literal("1", xsd + "boolean"));
    CHECK_FALSE(rdf::is_bare_turtle_literal("12", xsd + "int"));
    CHECK_FALSE(rdf::is_bare_turtle_literal("12", "http://example.org/integer"));
}
