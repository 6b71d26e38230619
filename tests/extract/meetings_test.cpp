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
