// Name rules on sentences written for these tests (invented people).
#include <catch2/catch.hpp>

#include <algorithm>

#include "fixture.hpp"

using namespace readout::extract;

TEST_CASE("names: styles and honorifics are not part of a name; 'X bin Y' is never split into two surnames") {
    auto d = fixture::doc(
        "His Royal Highness Prince Omar bin Tariq received H.E. Rosa Alvear in Riyadh on Tuesday.\n"
        "Tariq bin Zayed and Omar al-Harbi also attended. Omar bin Zayed later spoke.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    const auto people = fixture::persons(d, ex);
    CHECK(std::find(people.begin(), people.end(), "Omar bin Tariq") != people.end());
    CHECK(std::find(people.begin(), people.end(), "Rosa Alvear") != people.end());
    CHECK(std::find(people.begin(), people.end(), "Omar bin Zayed") != people.end());
}

TEST_CASE("names: Malay styles ('Datuk Seri', 'Tun', 'Tengku') are honorifics, not part of the name") {
    auto d = fixture::doc(
        "Rosa Alvear met Azlan Hakim Yusof, Malaysia's foreign minister, in Accra on Tuesday.\n"
        "\"We agreed,\" Datuk Seri Azlan told reporters. Tun Mahadi Osman also attended.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    const auto people = fixture::persons(d, ex);
    CHECK(std::find(people.begin(), people.end(), "Azlan") != people.end());
    CHECK(std::find(people.begin(), people.end(), "Mahadi Osman") != people.end());
    for (const auto& p : people) CHECK(p.find("Datuk") == std::string::npos);
}
