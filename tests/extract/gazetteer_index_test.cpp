#include <catch2/catch.hpp>

#include <string>

#include "readout/extract/gazetteer.hpp"
#include "readout/text/document.hpp"
#include "readout/text/unicode.hpp"

// Names are qualified in full: the unity build compiles this file with ones that use
// readout::extract, where a bare `extract` names the function.

namespace {

// The phrase key by its definition: the phrase's tokens, normalized, joined by single spaces.
std::string defined_key(std::string_view phrase) {
    std::string key;
    for (const auto& t : readout::text::tokenize(phrase)) {
        if (!key.empty()) key += ' ';
        key += readout::text::normalize_key(phrase.substr(t.span.begin, t.span.size()));
    }
    return key;
}

}  // namespace

TEST_CASE("phrase keys of every gazetteer name and alias are their normalized tokens") {
    const auto& g = readout::extract::Gazetteer::builtin();
    std::size_t checked = 0;
    auto check = [&](const std::string& phrase) {
        INFO(phrase);
        CHECK(readout::extract::Gazetteer::phrase_key(phrase) == defined_key(phrase));
        ++checked;
    };
    for (const auto& c : g.countries()) {
        check(c.name);
        for (const auto& a : c.aliases) check(a);
        for (const auto& d : c.demonyms) check(d);
    }
    for (const auto& c : g.cities()) {
        check(c.name);
        for (const auto& a : c.aliases) check(a);
    }
    for (const auto& r : g.regions()) {
        check(r.name);
        for (const auto& a : r.aliases) check(a);
    }
    for (const auto& o : g.organizations()) {
        check(o.name);
        for (const auto& a : o.aliases) check(a);
    }
    for (const char* p : {"Washington, D.C.", "St. John's", "Guinea-Bissau", "-Lead", "Trail-", "G7 summit",
                          "  Abu   Dhabi ", "Côte d'Ivoire", "U.S.", "a - b"})
        check(p);
    CHECK(checked > 10000);
}

TEST_CASE("the phrase index answers for phrases, their first tokens and nothing else") {
    auto g = readout::extract::Gazetteer::from_tsv("", "Port Louis\tMU\t0\t0\t0\t1\t\nPort Moresby\tPG\t0\t0\t0\t1\tPOM\n", "", "",
                                          "", "");
    REQUIRE(g.lookup("port louis") != nullptr);
    CHECK(g.lookup("port louis")->size() == 1);
    CHECK(g.lookup("pom") != nullptr);
    CHECK(g.lookup("port") == nullptr);  // a prefix, not a phrase
    CHECK(g.is_phrase_prefix("port"));
    CHECK(g.is_phrase_prefix("port moresby"));
    CHECK_FALSE(g.is_phrase_prefix("port of"));
    CHECK_FALSE(g.is_phrase_prefix("louis"));
    CHECK(g.lookup("") == nullptr);
    CHECK(g.max_phrase_tokens() == 2);
}
