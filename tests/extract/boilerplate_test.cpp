// Page-furniture rules on lines written for these tests (invented people).
#include <catch2/catch.hpp>

#include <algorithm>

#include "fixture.hpp"

using namespace readout::extract;

namespace {

bool names_person(const readout::text::Document& d, const ArticleExtraction& ex, const std::string& who) {
    for (MentionId m = 0; m < ex.mentions.size(); ++m)
        if (ex.mentions[m].kind == MentionKind::Person && fixture::surface(d, ex, m).find(who) != std::string::npos)
            return true;
    return false;
}

}  // namespace

TEST_CASE("boilerplate: reporting credits and caption credits name nobody in the news (shipped gazetteer)") {
    auto d = fixture::doc(
        "Talks in Accra\n\n"
        "Rosa Alvear and Tunde Bakare shake hands in Accra. (Coast News: Maria Lindqvist)\n\n"
        "Rosa Alvear met Tunde Bakare in Accra on Tuesday.\n\n"
        "Delegates arrive in Accra. Sputnik/Peter Brandt/Kremlin via REUTERS\n\n"
        "Okafor reported from Lagos. Associated Press writers John Pell in Abuja and Anna Serwaa in Accra "
        "contributed to this report.\n",
        "2021-03-05");
    auto ex = extract(d, Gazetteer::builtin());
    CHECK(names_person(d, ex, "Rosa Alvear"));
    for (const char* credit : {"Maria Lindqvist", "Peter Brandt", "John Pell", "Anna Serwaa"}) {
        INFO(credit);
        CHECK_FALSE(names_person(d, ex, credit));
    }
}

TEST_CASE("boilerplate: 'Name, Region Correspondent' on a line of its own is a byline (shipped gazetteer)") {
    auto d = fixture::doc(
        "Talks in Accra\n\n"
        "Maria Lindqvist, West Africa Correspondent\n\n"
        "Rosa Alvear met Tunde Bakare in Accra on Tuesday. Kofi Mensah, the trade correspondent of the talks, "
        "was there.\n",
        "2021-03-05");
    auto ex = extract(d, Gazetteer::builtin());
    CHECK_FALSE(names_person(d, ex, "Maria Lindqvist"));
    CHECK(names_person(d, ex, "Rosa Alvear"));
    CHECK(names_person(d, ex, "Kofi Mensah"));
}
