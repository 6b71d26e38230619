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

TEST_CASE("names: a name coordinated with a person just named is a person ('X and Chile's Jorge Pena')") {
    auto d = fixture::doc(
        "Kofi Mensah hosted Nigerian Foreign Minister Tunde Bakare and Chile's Jorge Pena for about 90 minutes in "
        "Accra on Tuesday.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    const auto people = fixture::persons(d, ex);
    CHECK(std::find(people.begin(), people.end(), "Jorge Pena") != people.end());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(fixture::surfaces(d, ex, ex.meetings[0].participants) ==
          std::vector<std::string>{"Jorge Pena", "Kofi Mensah", "Tunde Bakare"});
}

TEST_CASE("names: a given name that is also an acronym, and a surname that is also a place, make a person") {
    // "ANA" an agency, "Vargas" a region, "Santos" a city: in "Ana Vargas" and "Ricardo de los Santos"
    // they are a name ("Rio de Janeiro" is still the city, matched whole)
    static const auto g = readout::extract::Gazetteer::from_tsv(
        "# key\tname\taliases\tdemonyms\tcapital\tlat\tlon\nBR\tBrazil\t\tBrazilian\tBrasilia\t-10\t-55\n",
        "# name\tcountry\tlat\tlon\tpopulation\tcapital\taliases\n"
        "Santos\tBR\t-23.9\t-46.3\t400000\t0\t\nRio de Janeiro\tBR\t-22.9\t-43.2\t6000000\t0\t\n",
        "# name\tkind\tcountry\tlat\tlon\taliases\nVargas\tstate\tVE\t10.6\t-66.9\t\n",
        "# name\taliases\tkind\tcountry\nAfrican News Agency\tANA\tmedia\tZA\n",
        "# title\tcanonical\tkind\torg_hint\nminister\tMinister\tminister\t\n", "# name\tgender\nAna\tf\nRicardo\tm\n");
    auto d = fixture::doc(
        "Ana Vargas met Ricardo de los Santos in Rio de Janeiro on Monday. ANA reported the talks.\n", "2021-03-05");
    auto ex = extract(d, g);
    CHECK(fixture::persons(d, ex) == std::vector<std::string>{"Ana Vargas", "Ricardo de los Santos"});
    REQUIRE(ex.meetings.size() == 1);
    REQUIRE(ex.meetings[0].location != kNoMention);
    CHECK(ex.mentions[ex.meetings[0].location].canonical == "Rio de Janeiro");
}

TEST_CASE("names: 'HE' in capitals before a name is a style ('HE Mourad Belkacem'); 'He' the pronoun is not") {
    auto d = fixture::doc(
        "Kofi Mensah met today with the envoy for Ghana HE Idrissa Kourouma. He said HE Samba Lode would follow.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    CHECK(fixture::persons(d, ex) == std::vector<std::string>{"Kofi Mensah", "Idrissa Kourouma", "Samba Lode"});
    REQUIRE(ex.meetings.size() == 1);
    CHECK(fixture::surfaces(d, ex, ex.meetings[0].participants) == std::vector<std::string>{"Idrissa Kourouma", "Kofi Mensah"});
}
