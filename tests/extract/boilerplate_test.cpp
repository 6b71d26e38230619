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

TEST_CASE("boilerplate: 'Photograph: Name for The Paper' and 'By Site Desk | <date> | Updated' credit nobody, "
          "and the page's date after the bar is still read (shipped gazetteer)") {
    auto d = fixture::doc(
        "Talks in Accra\n\n"
        "By Coastline Desk | Tue, 9 Mar 2021 08:15 GMT | Updated: Tue, 9 Mar 2021 11:02 GMT\n\n"
        "Rosa Alvear met Tunde Bakare in Accra on Monday.\n\n"
        "Rosa Alvear with Tunde Bakare in Accra yesterday. Photograph: Maria Lindqvist for The Coast\n");
    auto ex = extract(d, Gazetteer::builtin());
    CHECK(names_person(d, ex, "Rosa Alvear"));
    CHECK_FALSE(names_person(d, ex, "Maria Lindqvist"));
    CHECK_FALSE(names_person(d, ex, "Coastline"));
    CHECK(ex.anchor.iso() == "2021-03-09");
}

TEST_CASE("names: institutions and agreements are not people ('El Colegio de Mexico', 'the Japanese Chamber of "
          "Commerce', 'the two Foreign Ministries', 'the Ghana-Chile Economic Partnership Agreement')") {
    auto d = fixture::doc(
        "\"It holds,\" said Ana Ruiz, a professor at El Colegio de Mexico. Paulo Lima, president of the Japanese "
        "Chamber of Commerce, agreed. Rosa Alvear met Tunde Bakare in Accra on Monday to speed up talks on the "
        "Ghana-Chile Economic Partnership Agreement, and the two Foreign Ministries signed a memorandum.\n",
        "2021-03-09");
    auto ex = extract(d, Gazetteer::builtin());
    for (const char* thing : {"Colegio", "Chamber", "Foreign Ministries", "Agreement"}) {
        INFO(thing);
        CHECK_FALSE(names_person(d, ex, thing));
    }
    REQUIRE(ex.meetings.size() == 1);
    CHECK(fixture::issue_labels(ex.meetings[0]) == std::vector<std::string>{"Ghana-Chile Economic Partnership Agreement"});
}

TEST_CASE("boilerplate: 'Image: X and Y at the talks' labels a caption, whose people are read; its credit is not (shipped gazetteer)") {
    auto d = fixture::doc(
        "Talks in Accra\n\n"
        "Image: Ghanaian Foreign Minister Rosa Alvear and Tunde Bakare at the Labadi Hotel. Photo: Maria Lindqvist/AFP\n\n"
        "Rosa Alvear met Tunde Bakare in Accra on Monday.\n",
        "2021-03-09");
    auto ex = extract(d, Gazetteer::builtin());
    CHECK_FALSE(names_person(d, ex, "Maria Lindqvist"));
    bool titled = false;
    for (const auto& r : ex.roles) titled = titled || (fixture::surface(d, ex, r.person) == "Rosa Alvear" && r.organization_country == "GH");
    CHECK(titled);
}

TEST_CASE("boilerplate: cookie notices, 'Skip to content', 'Share:' are site chrome; 'ADVERTISEMENT' above a dateline "
          "is not the dateline (shipped gazetteer)") {
    auto d = fixture::doc(
        "Talks in Accra | SiteNews\n\nSkip to content\n\n"
        "We use cookies to improve your experience on our site. By continuing to browse you agree to our Cookie Policy.\n\n"
        "Share: Facebook | X | Email\n\n"
        "Image: Foreign Minister Rosa Alvear and President Tunde Bakare at the Labadi Hotel in the Ghanaian capital.\n\n"
        "ADVERTISEMENT\n\n"
        "ACCRA - Rosa Alvear met Tunde Bakare on Monday to discuss fishing rights and port fees in the region.\n\n"
        "Late on Monday, Alvear met Kofi Mensah at the Golden Tulip hotel.\n",
        "2021-03-09");
    auto ex = extract(d, Gazetteer::builtin());
    REQUIRE(ex.dateline != kNoMention);
    CHECK(ex.mentions[ex.dateline].canonical == "Accra");
    for (std::size_t s = 0; s < d.sentences().size(); ++s) {
        const std::string text(d.text(d.token_span(d.sentences()[s].first_token, d.sentences()[s].end_token)));
        if (text.rfind("We use cookies", 0) == 0 || text.rfind("Skip to content", 0) == 0 || text.rfind("Share:", 0) == 0) {
            INFO(text);
            CHECK(std::find(ex.boilerplate_sentences.begin(), ex.boilerplate_sentences.end(), s) != ex.boilerplate_sentences.end());
        }
    }
}

TEST_CASE("boilerplate: 'Picture by Name' after a caption credits nobody; a water, a mountain or a headline verb is no person "
          "(shipped gazetteer)") {
    auto d = fixture::doc(
        "Foreign Minister of Ghana Meets Chilean Envoy\n\n"
        "[Photo] Rosa Alvear greets Tunde Bakare at the ministry on Tuesday. Picture by Lotte Kvist\n\n"
        "Rosa Alvear met Tunde Bakare in Accra on Tuesday to discuss shipping on the River Volta and Lake Bosomtwe "
        "near Mount Afadja.\n",
        "2021-03-05");
    auto ex = extract(d, Gazetteer::builtin());
    CHECK(names_person(d, ex, "Rosa Alvear"));
    CHECK(names_person(d, ex, "Tunde Bakare"));
    CHECK_FALSE(names_person(d, ex, "Kvist"));
    CHECK_FALSE(names_person(d, ex, "Meets"));
    CHECK_FALSE(names_person(d, ex, "River"));
    CHECK_FALSE(names_person(d, ex, "Lake"));
    CHECK_FALSE(names_person(d, ex, "Mount"));
}

TEST_CASE("boilerplate: a transcript's credits and speaker labels ('Presenter: X', 'JANE DOE (recording):') name "
          "nobody in the news; a place in capitals before a colon is still a dateline") {
    auto d = fixture::doc("COAST RADIO - MORNING SHOW\nTranscript\nBroadcast: Tuesday 2 March 2021\n"
                          "Presenter: Amara Njoku\nReporter: Femi Adebayo, Accra\n\n"
                          "AMARA NJOKU: Good morning. Ghana's Foreign Minister Kofi Mensah met Rosa Alvear yesterday.\n\n"
                          "FEMI ADEBAYO: Good morning, Amara. The talks were long.\n\n"
                          "KOFI MENSAH (recording): We agreed on a great deal.\n",
                          "");
    auto ex = extract(d, fixture::gazetteer());
    CHECK_FALSE(names_person(d, ex, "Amara"));
    CHECK_FALSE(names_person(d, ex, "AMARA"));
    CHECK_FALSE(names_person(d, ex, "Femi"));
    CHECK_FALSE(names_person(d, ex, "FEMI"));
    CHECK_FALSE(names_person(d, ex, "KOFI MENSAH"));
    CHECK(names_person(d, ex, "Kofi Mensah"));
    auto w = fixture::doc("ACCRA: Kofi Mensah met Rosa Alvear on Tuesday, officials said.\n", "2021-03-05");
    auto wx = extract(w, fixture::gazetteer());
    REQUIRE(wx.dateline != kNoMention);
    CHECK(wx.mentions[wx.dateline].canonical == "Accra");
}

TEST_CASE("boilerplate: a bracketed picture credit '(Outlet/Photographer)' names nobody in the news") {
    auto d = fixture::doc("Talks in Accra\n\nKofi Mensah met Rosa Alvear in Accra on Tuesday.\n\n"
                          "Photo: Delegates at the start of the round in May. (Harbour Herald/Jane Whitcombe)\n\n"
                          "Mensah said the talks went well.\n",
                          "2021-03-05");
    auto ex = extract(d, Gazetteer::builtin());
    CHECK_FALSE(names_person(d, ex, "Whitcombe"));
    CHECK(names_person(d, ex, "Kofi Mensah"));
}

TEST_CASE("persons: one word naming a body or a portfolio after a title, and a street, are no people") {
    auto d = fixture::doc("Kofi Mensah met the head of the EU Delegation, Ambassador Luis Alvear, on Tuesday.\n\n"
                          "The Ministry of Foreign and Trade Affairs said the talks went well.\n\n"
                          "The two then walked to the embassy on Dame Ada street.\n",
                          "2021-03-05");
    auto ex = extract(d, Gazetteer::builtin());  // (knows the EU)
    CHECK_FALSE(names_person(d, ex, "Delegation"));
    CHECK_FALSE(names_person(d, ex, "Affairs"));
    CHECK_FALSE(names_person(d, ex, "Ada"));
    CHECK(names_person(d, ex, "Luis Alvear"));
}
