// Role rules on sentences written for these tests (invented people).
#include <catch2/catch.hpp>

#include <algorithm>

#include "fixture.hpp"

using namespace readout::extract;

namespace {

/// The role assertion of the person written `name`, or nullptr.
const RoleAssertion* role_of(const readout::text::Document& d, const ArticleExtraction& ex, const std::string& name) {
    for (const auto& r : ex.roles)
        if (fixture::surface(d, ex, r.person) == name) return &r;
    return nullptr;
}

/// "person: title / organization" for every role, sorted; the organization by its country code or its name.
enum class OrgBy { Country, Name };
std::vector<std::string> posts_of(const readout::text::Document& d, const ArticleExtraction& ex, OrgBy by) {
    std::vector<std::string> out;
    for (const auto& r : ex.roles)
        out.push_back(fixture::surface(d, ex, r.person) + ": " + r.title + " / " +
                      (by == OrgBy::Country ? r.organization_country : r.organization_name));
    std::sort(out.begin(), out.end());
    return out;
}

/// "person: title" for every role, sorted.
std::vector<std::string> titles_of(const readout::text::Document& d, const ArticleExtraction& ex) {
    std::vector<std::string> out;
    for (const auto& r : ex.roles) out.push_back(fixture::surface(d, ex, r.person) + ": " + r.title);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("roles: a national title at the end of a journey is of the country travelled to") {
    auto d = fixture::doc(
        "ACCRA, March 4 (Reuters) - Ghana's Foreign Minister Kofi Mensah met Rosa Alvear in Accra on Tuesday.\n\n"
        "Mensah will travel to Chile next month, where he is expected to meet President Tunde Bakare.\n\n"
        "On a visit to Nigeria in May, Mensah met Ambassador Ana Ruiz.\n",
        "2021-03-04");
    auto ex = extract(d, fixture::gazetteer());
    const RoleAssertion* bakare = role_of(d, ex, "Tunde Bakare");
    REQUIRE(bakare);
    CHECK(bakare->organization_country == "CL");
    // a diplomat at the place is not that country's: an ambassador in Abuja serves elsewhere
    const RoleAssertion* ruiz = role_of(d, ex, "Ana Ruiz");
    REQUIRE(ruiz);
    CHECK(ruiz->organization_country.empty());
    // the traveller, named before the place, keeps the country the text gives him
    const RoleAssertion* mensah = role_of(d, ex, "Kofi Mensah");
    REQUIRE(mensah);
    CHECK(mensah->organization_country == "GH");
}

TEST_CASE("roles: a journey back is no journey's end") {
    auto d = fixture::doc("Rosa Alvear, back from a visit to Chile, told President Tunde Bakare about port fees.\n",
                          "2021-03-04");
    auto ex = extract(d, fixture::gazetteer());
    const RoleAssertion* bakare = role_of(d, ex, "Tunde Bakare");
    REQUIRE(bakare);
    CHECK(bakare->organization_country.empty());
}

TEST_CASE("roles: 'the country's foreign minister' is of the country the story is filed from") {
    auto d = fixture::doc(
        "ACCRA, March 4 (Reuters) - Rosa Alvear met Kofi Mensah, the country's foreign minister, on Tuesday.\n",
        "2021-03-04");
    auto ex = extract(d, fixture::gazetteer());
    const RoleAssertion* mensah = role_of(d, ex, "Kofi Mensah");
    REQUIRE(mensah);
    CHECK(mensah->title == "foreign minister");
    CHECK(mensah->organization_country == "GH");
    // without a dateline the noun names no country
    auto u = fixture::doc("Rosa Alvear met Kofi Mensah, the country's foreign minister, on Tuesday.\n", "2021-03-04");
    auto eu = extract(u, fixture::gazetteer());
    const RoleAssertion* m2 = role_of(u, eu, "Kofi Mensah");
    REQUIRE(m2);
    CHECK(m2->organization_country.empty());
}

TEST_CASE("roles: a royal rank before a name is an honorific, not a post (shipped gazetteer)") {
    auto d = fixture::doc(
        "Prince Faisal bin Khalid, the foreign minister, met Crown Prince Omar bin Tariq in Amman on Tuesday.\n",
        "2021-03-04");
    auto ex = extract(d, Gazetteer::builtin());
    CHECK(titles_of(d, ex) == std::vector<std::string>{"Faisal bin Khalid: foreign minister", "Omar bin Tariq: Crown Prince"});
}

TEST_CASE("roles: a quoted expert's title and institution (shipped gazetteer)") {
    auto d = fixture::doc(
        "\"The deal will hold,\" said Mara Lindqvist, a senior fellow at the Centre for Arctic Policy Studies in Oslo.\n"
        "Tomas Ferreira, a lecturer in law at Utrecht University, disagreed.\n",
        "2021-03-04");
    auto ex = extract(d, Gazetteer::builtin());
    const RoleAssertion* mara = role_of(d, ex, "Mara Lindqvist");
    REQUIRE(mara);
    CHECK(mara->title == "senior fellow");
    CHECK(mara->organization_name == "Centre for Arctic Policy Studies");
    const RoleAssertion* tomas = role_of(d, ex, "Tomas Ferreira");
    REQUIRE(tomas);
    CHECK(tomas->title == "lecturer");
    CHECK(tomas->organization_name == "Utrecht University");
}

TEST_CASE("roles: a possessed title is somebody else's ('X, the president's son')") {
    auto d = fixture::doc("Minister Kofi Mensah, the president's son, met Rosa Alvear in Accra on Tuesday.\n",
                          "2021-03-04");
    auto ex = extract(d, fixture::gazetteer());
    std::vector<std::string> titles;
    for (const auto& r : ex.roles)
        if (fixture::surface(d, ex, r.person) == "Kofi Mensah") titles.push_back(r.title);
    CHECK(titles == std::vector<std::string>{"Minister"});
}

TEST_CASE("roles: an expert's field is no country, a diplomat's 'for <country>' is part of the title") {
    auto d = fixture::doc(
        "\"It helps,\" said Ana Lindqvist, a professor of Nigerian studies at Accra Coast University.\n"
        "Tunde Bakare, the special representative for Ghana, met Rosa Alvear in Abuja on Tuesday.\n",
        "2021-03-04");
    auto ex = extract(d, Gazetteer::builtin());
    const RoleAssertion* ana = role_of(d, ex, "Ana Lindqvist");
    REQUIRE(ana);
    CHECK(ana->title == "professor");
    CHECK(ana->organization_country.empty());
    CHECK(ana->organization_name == "Accra Coast University");
    const RoleAssertion* bakare = role_of(d, ex, "Tunde Bakare");
    REQUIRE(bakare);
    CHECK(bakare->title == "special representative for Ghana");
    CHECK(bakare->organization == kNoMention);
}

TEST_CASE("roles: a journey's end is not read across ', and' into another conjunct") {
    auto d = fixture::doc(
        "Kofi Mensah, who held talks in Lagos last week to prepare the visit, and Trade Minister Tunde Bakare "
        "accompanied Rosa Alvear.\n",
        "2021-03-04");
    auto ex = extract(d, fixture::gazetteer());
    const RoleAssertion* bakare = role_of(d, ex, "Tunde Bakare");
    REQUIRE(bakare);
    CHECK(bakare->organization_country.empty());
}

TEST_CASE("roles: two titles joined by 'and' share the holder and the country") {
    auto d = fixture::doc(
        "Rosa Alvear met Tunde Bakare, Deputy Foreign Minister and Trade Minister of Nigeria, in Abuja.\n"
        "Kofi Mensah, Ghana's President and Prime Minister, spoke later.\n",
        "2021-03-04");
    auto ex = extract(d, fixture::gazetteer());
    CHECK(posts_of(d, ex, OrgBy::Country) == std::vector<std::string>{"Kofi Mensah: President / GH", "Kofi Mensah: Prime Minister / GH",
                                            "Tunde Bakare: Deputy Foreign Minister / NG", "Tunde Bakare: Trade Minister / NG"});
}

TEST_CASE("roles: an expert's field before the title, a body whose name runs past a known word, and an "
          "abbreviation after it (shipped gazetteer)") {
    auto d = fixture::doc(
        "\"Trade will follow,\" said Ana Ruiz, a trade economist at the University of Lagos.\n"
        "Jorge Pena, a senior health researcher at the Institute for Tropical Studies (ITS) in Accra, agreed.\n"
        "Tunde Bakare, a security analyst, said the talks went well.\n",
        "2021-03-04");
    auto ex = extract(d, Gazetteer::builtin());
    CHECK(posts_of(d, ex, OrgBy::Name) == std::vector<std::string>{"Ana Ruiz: trade economist / University of Lagos",
                                            "Jorge Pena: health researcher / Institute for Tropical Studies",
                                            "Tunde Bakare: security analyst / "});
}

TEST_CASE("roles: a portfolio of capitalized conjuncts after 'Minister of' is the title's, not a person") {
    auto d = fixture::doc(
        "Ghana's Minister of Agrarian Policy and Food Kofi Mensah met Rosa Alvear in Accra on Tuesday.\n"
        "Nigeria's Minister of Youth and Sports Development Tunde Bakare also attended.\n",
        "2021-03-04");
    auto ex = extract(d, fixture::gazetteer());
    CHECK(fixture::persons(d, ex) == std::vector<std::string>{"Kofi Mensah", "Rosa Alvear", "Tunde Bakare"});
    CHECK(posts_of(d, ex, OrgBy::Name) == std::vector<std::string>{"Kofi Mensah: Minister of Agrarian Policy and Food / Ghana",
                                            "Tunde Bakare: Minister of Youth and Sports Development / Nigeria"});
}

TEST_CASE("roles: a bare 'Korea' is South Korea; 'North Korea' stays the North (shipped gazetteer)") {
    auto d = fixture::doc(
        "Rosa Alvear was accompanied by Chinese Ambassador to Korea Fang Lirong at the talks in Seoul.\n"
        "North Korea's Foreign Minister Ri Sonhwa did not attend.\n",
        "2021-03-04");
    const auto& gaz = Gazetteer::builtin();
    auto ex = extract(d, gaz);
    CHECK(posts_of(d, ex, OrgBy::Country) == std::vector<std::string>{"Fang Lirong: Ambassador to Korea / CN", "Ri Sonhwa: Foreign Minister / KP"});
    std::vector<std::string> countries;
    for (const auto& m : ex.mentions)
        if (m.kind == MentionKind::Country && !m.demonym) countries.push_back(m.key);
    CHECK(countries == std::vector<std::string>{"KR", "KP"});
}

TEST_CASE("roles: 'X, who is leading Nigeria's delegation' gives X's title its country") {
    auto d = fixture::doc(
        "ACCRA, March 4 (Reuters) - Prime Minister Tunde Bakare, who is leading Nigeria's delegation, met Kofi Mensah "
        "on Tuesday.\n",
        "2021-03-04");
    auto ex = extract(d, fixture::gazetteer());
    const RoleAssertion* r = role_of(d, ex, "Tunde Bakare");
    REQUIRE(r);
    CHECK(r->organization_country == "NG");
}

TEST_CASE("roles: an institution's name runs over name particles ('Universidad del Rosario') (shipped gazetteer)") {
    auto d = fixture::doc("\"It will hold,\" said Paulo Lima, an analyst at the Universidad del Rosario in Bogota.\n",
                          "2021-03-04");
    auto ex = extract(d, Gazetteer::builtin());
    const RoleAssertion* r = role_of(d, ex, "Paulo Lima");
    REQUIRE(r);
    CHECK(r->organization_name == "Universidad del Rosario");
}

TEST_CASE("roles: 'the Chilean ambassador in Accra, X' and 'ambassador to the African Union in Lagos, X'") {
    auto d = fixture::doc(
        "Rosa Alvear was accompanied by the Chilean ambassador in Accra, Ana Ruiz, and by Nigeria's ambassador to "
        "the African Union in Lagos, Tunde Bakare.\n",
        "2021-03-04");
    auto ex = extract(d, fixture::gazetteer());
    CHECK(posts_of(d, ex, OrgBy::Country) == std::vector<std::string>{"Ana Ruiz: ambassador / CL", "Tunde Bakare: ambassador to the African Union / NG"});
}

TEST_CASE("roles: a style between the title and the name ('Foreign Minister Datuk Seri X', 'President Dr X')") {
    auto d = fixture::doc(
        "Ghanaian Foreign Minister Datuk Seri Ama Owusu met Nigerian President Dr Tunde Bakare in Abuja on Tuesday.\n",
        "2021-03-04");
    auto ex = extract(d, fixture::gazetteer());
    CHECK(posts_of(d, ex, OrgBy::Country) == std::vector<std::string>{"Ama Owusu: Foreign Minister / GH", "Tunde Bakare: President / NG"});
}

TEST_CASE("roles: 'Prime Minister Mr. X'; every member of 'The Nigerian delegation included A, and B' is Nigerian") {
    auto d = fixture::doc(
        "Kofi Mensah called on Prime Minister Mr. Jorge Pena in Accra on Tuesday.\n"
        "The Nigerian delegation included Ambassador Ana Ruiz, and Foreign Minister Ms. Tunde Bakare.\n",
        "2021-03-04");
    auto ex = extract(d, fixture::gazetteer());
    CHECK(posts_of(d, ex, OrgBy::Country) == std::vector<std::string>{"Ana Ruiz: Ambassador / NG", "Jorge Pena: Prime Minister / ",
                                            "Tunde Bakare: Foreign Minister / NG"});
}

TEST_CASE("roles: 'Ambassador of Nigeria to Ghana, Mr. X' - the country served in closes the title, the style is skipped") {
    auto d = fixture::doc("The delegation included the Ambassador of Nigeria to Ghana, Mr. Jorge Pena, and others.\n",
                          "2021-03-04");
    auto ex = extract(d, fixture::gazetteer());
    CHECK(posts_of(d, ex, OrgBy::Country) == std::vector<std::string>{"Jorge Pena: Ambassador / NG"});
}

TEST_CASE("roles: a lower-case field between the possessor and the title ('Seoul's chief nuclear envoy, X', "
          "'Nigeria's top trade negotiator X') (shipped gazetteer)") {
    auto d = fixture::doc(
        "Seoul's chief nuclear envoy, Kim Sung-min, met Rosa Alvear in Accra on Tuesday.\n"
        "Nigeria's top trade negotiator Tunde Bakare also attended.\n",
        "2021-03-04");
    auto ex = extract(d, Gazetteer::builtin());
    const RoleAssertion* kim = role_of(d, ex, "Kim Sung-min");
    REQUIRE(kim);
    CHECK(kim->organization_country == "KR");
    const RoleAssertion* bakare = role_of(d, ex, "Tunde Bakare");
    REQUIRE(bakare);
    CHECK(bakare->organization_country == "NG");
}

TEST_CASE("roles: 'Minister Delegate for <portfolio>', 'Personal Envoy' and 'Commissioner-General' are titles (shipped gazetteer)") {
    auto d = fixture::doc(
        "French Minister Delegate for Development Luc Morel met Personal Envoy of the UN Secretary-General Ana Ruiz "
        "and UNRWA Commissioner-General Pieter Smit in Paris on Tuesday.\n",
        "2021-03-05");
    auto ex = extract(d, Gazetteer::builtin());
    CHECK(titles_of(d, ex) == std::vector<std::string>{"Ana Ruiz: Personal Envoy", "Luc Morel: Minister Delegate for Development",
                                             "Pieter Smit: Commissioner-General"});
}

TEST_CASE("roles: a title in an earlier title's complement ('Envoy of the UN Secretary-General X') is not X's; 'HE' is a style "
          "(shipped gazetteer)") {
    auto d = fixture::doc(
        "Doha, May 4, 2022 (QNA) - The minister met Personal Envoy of the United Nations Secretary-General for Yemen "
        "HE Idris Kallon, and Commissioner-General of the United Nations Relief and Works Agency for Palestine "
        "Refugees in the Near East (UNRWA) HE Karl Berg.\n",
        "2022-05-04");
    auto ex = extract(d, Gazetteer::builtin());
    CHECK(titles_of(d, ex) == std::vector<std::string>{"Idris Kallon: Personal Envoy", "Karl Berg: Commissioner-General"});
}

TEST_CASE("roles: a region after 'for' is part of the title ('Minister of State for the Middle East, X')") {
    auto d = fixture::doc("Ghana's Minister of State for the Middle East, Ama Boateng, met Rosa Alvear on Tuesday.\n"
                          "The EU Special Representative for the Gulf, Luis Ferrer, attended.\n",
                          "2021-03-04");
    auto ex = extract(d, Gazetteer::builtin());
    const RoleAssertion* ama = role_of(d, ex, "Ama Boateng");
    REQUIRE(ama);
    CHECK(ama->title == "Minister of State for the Middle East");
    CHECK(ama->organization_country == "GH");
    const RoleAssertion* luis = role_of(d, ex, "Luis Ferrer");
    REQUIRE(luis);
    CHECK(luis->title == "Special Representative for the Gulf");
}
