#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "readout/text/unicode.hpp"

using namespace readout::text;

namespace {

// normalize_key as first written, in two passes over a fold_to_ascii copy: the one-pass version
// must give the same key for every input.
std::string two_pass_key(std::string_view s) {
    std::string folded = fold_to_ascii(s);
    std::string out;
    bool space = false;
    for (char c : folded) {
        auto u = static_cast<unsigned char>(c);
        if (u == ' ' || u == '\t' || u == '\n' || u == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) {
            out += ' ';
            space = false;
        }
        out += (u >= 'A' && u <= 'Z') ? static_cast<char>(u - 'A' + 'a') : c;
    }
    return out;
}

}  // namespace

TEST_CASE("normalize_key folds, lower-cases and collapses white space in one pass") {
    CHECK(normalize_key("Met") == "met");
    CHECK(normalize_key("U.S.") == "u.s.");
    CHECK(normalize_key("  Ana \t Lima\n") == "ana lima");
    CHECK(normalize_key("S\xC3\xA3o Tom\xC3\xA9") == "sao tome");
    CHECK(normalize_key("Stra\xC3\x9F" "e") == "strasse");
    CHECK(normalize_key("a\xC2\xA0" "b") == "a b");           // no-break space folds to a space
    CHECK(normalize_key("e\xCC\x81t\xC3\xA9") == "ete");      // combining acute dropped
    CHECK(normalize_key("ab\xFF" "cd") == "abcd");            // an invalid byte is dropped
    CHECK(normalize_key("\xE2\x80\x99s") == "'s");
    CHECK(normalize_key("\xD0\x9C\xD0\xBE") == "\xD0\x9C\xD0\xBE");  // Cyrillic kept as it is
    CHECK(normalize_key("") == "");
    CHECK(normalize_key("   ") == "");
    CHECK(normalize_key("A long name of more than fifteen bytes") == "a long name of more than fifteen bytes");
    CHECK(fold_to_ascii("plain ASCII") == "plain ASCII");
    CHECK(fold_to_ascii("Ca\xC3\xB1" "on \xE2\x80\x94 x") == "Canon - x");
}

TEST_CASE("normalize_key equals fold_to_ascii then collapsing and lower-casing, on mixed input") {
    // pieces of ASCII, white space, folded letters, kept letters, marks and invalid bytes
    const std::vector<std::string> pieces = {"A", "z", " ", "\t", "\n", ".", "-", "\xC3\x89", "\xC3\x9F",
                                             "\xC5\x81", "\xE1\xBB\x85", "\xE2\x80\x99", "\xE2\x80\x94",
                                             "\xC2\xA0", "\xCC\x81", "\xD0\x96", "\xE4\xB8\xAD", "\xFF", "\xC3",
                                             "\xE2\x80\xA6"};
    std::uint32_t seed = 12345;
    for (int n = 0; n < 3000; ++n) {
        std::string s;
        int len = n % 9;
        for (int k = 0; k < len; ++k) {
            seed = seed * 1664525u + 1013904223u;
            s += pieces[(seed >> 16) % pieces.size()];
        }
        INFO(s);
        CHECK(normalize_key(s) == two_pass_key(s));
    }
}

TEST_CASE("normalize_key_into replaces what the buffer held and equals normalize_key, short or long") {
    std::string buf = "left over from the last key, long enough to need the heap";
    for (std::string_view s : {"Ana  Lima", "", "S\xC3\xA3o Tom\xC3\xA9", "  A long ASCII name of well over sixty-four bytes, "
                                                                    "as an organization's full name can be  "}) {
        normalize_key_into(s, buf);
        CHECK(buf == normalize_key(s));
    }
    normalize_key_into("X", buf);
    CHECK(buf == "x");
}
