// Meeting rules on sentences written for these tests (invented people).
#include <catch2/catch.hpp>

#include "fixture.hpp"

using namespace readout::extract;

TEST_CASE("meetings: the place a 'where' clause is about is where the meeting was") {
    auto d = fixture::doc(
        "Rosa Alvear, who arrived from Lagos where she had met Tunde Bakare, spoke to reporters in Accra.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    REQUIRE(ex.meetings[0].location != kNoMention);
    CHECK(ex.mentions[ex.meetings[0].location].canonical == "Lagos");
}

TEST_CASE("meetings: 'has not commented on the summit' reports no meeting") {
    auto d = fixture::doc(
        "President Tunde Bakare has not commented on the summit, and Rosa Alvear's aides were silent too.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    CHECK(ex.meetings.empty());
    // "held hours of talks" still is one
    auto h = fixture::doc("Rosa Alvear and Tunde Bakare held hours of talks in Abuja on Tuesday.\n", "2021-03-05");
    CHECK(extract(h, fixture::gazetteer()).meetings.size() == 1);
}

TEST_CASE("meetings: a month in what was discussed dates the topic, not the meeting") {
    auto d = fixture::doc(
        "During the summit on Tuesday, Rosa Alvear and Tunde Bakare discussed the floods in August and port fees.\n"
        "Alvear and Bakare also discussed the elections in May 2020.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() >= 1);
    CHECK(ex.meetings[0].date.iso() == "2021-03-02");
    for (const auto& m : ex.meetings) CHECK(m.date.iso() != "2020-05");
}
