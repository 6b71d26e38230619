#include <catch2/catch.hpp>

#include <algorithm>

#include "../extract/fixture.hpp"
#include "readout/resolve/resolver.hpp"

using namespace readout;
using namespace readout::resolve;

namespace {

text::Document article(std::string id, std::string body, std::string date = {}) {
    text::Article a;
    a.id = std::move(id);
    a.text = std::move(body);
    a.date = std::move(date);
    return text::Document(std::move(a));
}

KnowledgeBase run(const std::vector<text::Document>& docs) { return resolve_documents(docs, fixture::gazetteer()); }

std::vector<std::string> names(const KnowledgeBase& kb, const std::vector<Index>& people) {
    std::vector<std::string> out;
    for (auto p : people) out.push_back(kb.persons[p].name);
    std::sort(out.begin(), out.end());
    return out;
}

const PersonEntity* person(const KnowledgeBase& kb, const std::string& name) {
    for (const auto& p : kb.persons)
        if (p.name == name) return &p;
    return nullptr;
}

}  // namespace

TEST_CASE("person keys fold case, diacritics, initials and nicknames") {
    CHECK(person_key("Antonio J. Nuñez") == person_key("antonio nunez"));
    CHECK(person_key("Matt Greer") == person_key("Matthew Greer"));
    CHECK(person_key("Rosa Alvear") != person_key("Rosa Alvarez"));
}

TEST_CASE("surnames resolve to the full name; a shared surname goes to the person introduced first") {
    std::vector<text::Document> docs;
    docs.push_back(article("a",
                           "Foreign Minister Rosa Alvear met President Tunde Bakare in Abuja on Tuesday.\n"
                           "Ambassador Luis Alvear, no relation, did not attend.\n"
                           "Alvear said the talks were useful, and Bakare agreed.\n",
                           "2021-03-05"));
    auto kb = run(docs);
    const auto* rosa = person(kb, "Rosa Alvear");
    REQUIRE(rosa);
    CHECK(rosa->aliases.count("Alvear") == 1);
    const auto* luis = person(kb, "Luis Alvear");
    REQUIRE(luis);
    CHECK(luis->aliases.count("Alvear") == 0);
    CHECK(person(kb, "Alvear") == nullptr);
}

TEST_CASE("the same meeting in two articles merges when a weekday agrees with the date") {
    std::vector<text::Document> docs;
    docs.push_back(article("a", "Rosa Alvear met Tunde Bakare in Abuja on Tuesday to discuss fishing rights.\n", "2021-03-05"));
    docs.push_back(article("b", "Chilean Foreign Minister Rosa Alvear held talks with Tunde Bakare in Abuja on Tuesday.\n"));
    auto kb = run(docs);
    REQUIRE(kb.meetings.size() == 1);
    CHECK(kb.meetings[0].date.iso() == "2021-03-02");
    CHECK(kb.meetings[0].articles.size() == 2);
    CHECK(names(kb, kb.meetings[0].participants) == std::vector<std::string>{"Rosa Alvear", "Tunde Bakare"});
}

TEST_CASE("merging is conservative: a different weekday, or no date evidence, keeps meetings apart") {
    std::vector<text::Document> docs;
    docs.push_back(article("a", "Rosa Alvear met Tunde Bakare in Abuja on Tuesday.\n"));
    docs.push_back(article("b", "Rosa Alvear met Tunde Bakare in Abuja on Friday.\n"));
    docs.push_back(article("c", "Rosa Alvear met Tunde Bakare in Abuja.\n"));
    auto kb = run(docs);
    CHECK(kb.meetings.size() == 3);
}

TEST_CASE("a counterpart resolves to the official of that country named in the article") {
    std::vector<text::Document> docs;
    docs.push_back(article("a",
                           "Ghanaian Foreign Minister Kofi Mensah held talks with his Nigerian counterpart in Abuja "
                           "on Tuesday.\nMensah met Ada Okafor, Nigeria's foreign minister, at the Unity House.\n",
                           "2021-03-05"));
    auto kb = run(docs);
    REQUIRE(kb.meetings.size() == 1);
    CHECK(names(kb, kb.meetings[0].participants) == std::vector<std::string>{"Ada Okafor", "Kofi Mensah"});
    REQUIRE(kb.meetings[0].venue != kNone);
    CHECK(kb.places[kb.meetings[0].venue].name == "Unity House");
    CHECK(kb.meetings[0].date.iso() == "2021-03-02");
}

TEST_CASE("positions keep the organization and merge across articles") {
    std::vector<text::Document> docs;
    docs.push_back(article("a", "Chilean Foreign Minister Rosa Alvear spoke in Accra.\n"));
    docs.push_back(article("b", "Rosa Alvear, Chile's Foreign Minister, said the talks went well.\n"));
    auto kb = run(docs);
    REQUIRE(kb.positions.size() == 1);
    CHECK(kb.positions[0].role == "Foreign Minister");
    REQUIRE(kb.positions[0].organization.is_country);
    CHECK(kb.places[kb.positions[0].organization.index].name == "Chile");
    CHECK(kb.positions[0].articles.size() == 2);
}

TEST_CASE("a counterpart named after the word holds the same post in the stated country") {
    std::vector<text::Document> docs;
    docs.push_back(article("a",
                           "Chilean Foreign Minister Rosa Alvear met her Nigerian counterpart, Tunde Bakare, in Abuja "
                           "on Tuesday.\n",
                           "2021-03-05"));
    auto kb = run(docs);
    const PositionEntity* bakare = nullptr;
    for (const auto& pos : kb.positions)
        if (kb.persons[pos.person].name == "Tunde Bakare") bakare = &pos;
    REQUIRE(bakare);
    CHECK(bakare->role == "Foreign Minister");
    REQUIRE(bakare->organization.is_country);
    CHECK(kb.places[bakare->organization.index].name == "Nigeria");
}
