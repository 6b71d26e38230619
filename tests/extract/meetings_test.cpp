// Meeting rules on sentences written for these tests (invented people).
#include <catch2/catch.hpp>

#include <algorithm>

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

TEST_CASE("meetings: 'X's predecessor, Y' names Y; the possessor is no participant") {
    auto d = fixture::doc(
        "Kofi Mensah and Alvear's predecessor, Tunde Bakare, had met in Lagos in April.\n"
        "His wife, Ana Ruiz, accompanied him.\n",
        "2021-06-05");
    auto ex = extract(d, fixture::gazetteer());
    const auto people = fixture::persons(d, ex);
    CHECK(std::find(people.begin(), people.end(), "Ana Ruiz") != people.end());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(fixture::surfaces(d, ex, ex.meetings[0].participants) == std::vector<std::string>{"Kofi Mensah", "Tunde Bakare"});
}

TEST_CASE("meetings: an undated meeting a few paragraphs into the story is on the story's day") {
    auto d = fixture::doc(
        "Rosa Alvear arrived in Abuja on Tuesday for a two-day visit.\n\n"
        "The visit is her first since the election.\n\n"
        "Trade between the two countries has doubled.\n\n"
        "During the talks, Alvear and President Tunde Bakare discussed port fees.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(ex.meetings[0].date.iso() == "2021-03-02");
}

TEST_CASE("meetings: a place in a clause of its own (', as investigators searched a house in X') is not the meeting's") {
    auto d = fixture::doc(
        "ACCRA (AP) - Rosa Alvear met Tunde Bakare on Tuesday over the fishing dispute, as investigators searched "
        "a trawler in Lagos.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(ex.meetings[0].location == kNoMention);
    std::vector<std::string> issues;
    for (const auto& i : ex.meetings[0].issues) issues.push_back(i.label);
    CHECK(issues == std::vector<std::string>{"fishing dispute"});
}

TEST_CASE("meetings: a possessor is no participant unless it owns the meeting") {
    auto d = fixture::doc(
        "Rosa Alvear met Tunde Bakare in Accra on Tuesday to discuss the search for Rosa Vega's missing boat.\n"
        "Kofi Mensah's talks with Tunde Bakare in Lagos on Friday went well.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 2);
    CHECK(fixture::surfaces(d, ex, ex.meetings[0].participants) == std::vector<std::string>{"Rosa Alvear", "Tunde Bakare"});
    CHECK(fixture::surfaces(d, ex, ex.meetings[1].participants) == std::vector<std::string>{"Kofi Mensah", "Tunde Bakare"});
}

TEST_CASE("meetings: 'X also raised Y' after X's meeting adds Y to it; a topic may be about a person") {
    auto d = fixture::doc(
        "Rosa Alvear met Tunde Bakare in Accra on Tuesday.\n\n"
        "Alvear also raised the detention of fisherman Kofi Mensah, an aide said.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    std::vector<std::string> issues;
    for (const auto& i : ex.meetings[0].issues) issues.push_back(i.label);
    CHECK(issues == std::vector<std::string>{"detention of fisherman Kofi Mensah"});
}

TEST_CASE("meetings: 'welcomed the announcement on the X archives' is no reception of X") {
    auto d = fixture::doc(
        "Opposition leader Rosa Vega welcomed the announcement on the Tunde Bakare archives.\n"
        "President Kofi Mensah received Nigerian President Tunde Bakare in Accra on Tuesday.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(fixture::surfaces(d, ex, ex.meetings[0].participants) == std::vector<std::string>{"Kofi Mensah", "Tunde Bakare"});
}

TEST_CASE("meetings: what the talks 'dealt mainly with' is a topic, and its place is not the meeting's") {
    auto d = fixture::doc(
        "ACCRA, March 2 (Reuters) - Rosa Alvear met Tunde Bakare on Tuesday.\n\n"
        "The talks dealt mainly with the fight against piracy in Lagos, and the education of youth, "
        "the ministry said. The two presidents also discussed the file of Kofi Mensah, the trader jailed in 1987.\n",
        "2021-03-02");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(ex.meetings[0].location == kNoMention);  // the dateline places it later (resolver)
    std::vector<std::string> issues;
    for (const auto& i : ex.meetings[0].issues) issues.push_back(i.label);
    CHECK(issues == std::vector<std::string>{"fight against piracy in Lagos", "education of youth", "file of Kofi Mensah"});
}

TEST_CASE("meetings: 'before a news conference' is no earlier event; 'had met two weeks before' is") {
    auto d = fixture::doc(
        "ACCRA, March 2 (Reuters) - Rosa Alvear told Tunde Bakare on Tuesday that the port would stay open.\n\n"
        "Alvear received Bakare at her residence, where they talked for an hour before a joint news conference.\n",
        "2021-03-02");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(ex.meetings[0].date.iso() == "2021-03-02");
    auto e = fixture::doc(
        "ACCRA, March 2 (Reuters) - Rosa Alvear told Tunde Bakare on Tuesday that the port would stay open.\n\n"
        "Alvear and Bakare had met two weeks before.\n",
        "2021-03-02");
    auto ee = extract(e, fixture::gazetteer());
    REQUIRE(ee.meetings.size() == 1);
    CHECK(ee.meetings[0].date.iso().empty());
}

TEST_CASE("meetings: 'is expected to travel ... for a meeting with' is a plan, however far the cue; a quote's modal is not") {
    auto d = fixture::doc(
        "Rosa Alvear is expected to travel to Lagos later this month for a trilateral ministerial meeting with "
        "Tunde Bakare and Kofi Mensah, officials said.\n",
        "2021-03-05");
    CHECK(extract(d, fixture::gazetteer()).meetings.empty());
    auto q = fixture::doc("\"We must keep talking,\" Alvear said during the meeting with Tunde Bakare in Lagos on Tuesday.\n"
                          "Rosa Alvear met Tunde Bakare in Lagos on Tuesday.\n",
                          "2021-03-05");
    auto eq = extract(q, fixture::gazetteer());
    REQUIRE(eq.meetings.size() == 2);
}

TEST_CASE("dates: 'in October last year' is the month of the year before") {
    // (written in December: October of this year would be the naive reading)
    auto d = fixture::doc("Rosa Alvear and Tunde Bakare first met in Lagos in October last year.\n", "2021-12-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(ex.meetings[0].date.iso() == "2020-10");
}

TEST_CASE("meetings: 'received him' is the person just named; 'a delegation to <city>' places the talks") {
    auto d = fixture::doc(
        "Last updated: 09/07 - 2021 15:40\n\n"
        "Rosa Alvear arrived in Accra on Sunday morning. Kofi Mensah received her at the airport.\n\n"
        "The rapprochement began last month when Tunde Bakare led a delegation to Lagos and held talks with Alvear.\n",
        "");
    auto ex = extract(d, fixture::gazetteer());
    CHECK(ex.anchor.iso() == "2021-07-09");
    REQUIRE(ex.meetings.size() == 2);
    CHECK(fixture::surfaces(d, ex, ex.meetings[0].participants) == std::vector<std::string>{"Kofi Mensah", "Rosa Alvear"});
    CHECK(ex.meetings[0].date.iso() == "2021-07-04");
    REQUIRE(ex.meetings[1].location != kNoMention);
    CHECK(ex.mentions[ex.meetings[1].location].canonical == "Lagos");
    CHECK(ex.meetings[1].date.iso() == "2021-06");
}

TEST_CASE("meetings: each side's companions - 'X was accompanied by A, while Y brought along B' / 'while C took part'") {
    auto d = fixture::doc(
        "Rosa Alvear met Tunde Bakare in Abuja on Tuesday. Alvear was accompanied by Ana Ruiz, while Bakare brought "
        "along his trade minister, Kofi Mensah, and on the Nigerian side Rosa Vega took part.\n",
        "2021-03-05");
    auto ex = extract(d, Gazetteer::builtin());
    REQUIRE(ex.meetings.size() == 1);
    std::vector<std::string> pairs;
    for (const auto& a : ex.meetings[0].accompaniments)
        pairs.push_back(fixture::surface(d, ex, a.official) + " with " + fixture::surface(d, ex, a.principal));
    std::sort(pairs.begin(), pairs.end());
    CHECK(pairs == std::vector<std::string>{"Ana Ruiz with Alvear", "Kofi Mensah with Bakare"});
    CHECK(fixture::surfaces(d, ex, ex.meetings[0].accompanying) == std::vector<std::string>{"Ana Ruiz", "Kofi Mensah", "Rosa Vega"});
}

TEST_CASE("meetings: 'He met X' - a subject pronoun is the person named first in the sentence before") {
    auto d = fixture::doc("President Kofi Mensah opened the summit in Accra. He met Tunde Bakare on Sunday.\n",
                          "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(fixture::surfaces(d, ex, ex.meetings[0].participants) == std::vector<std::string>{"Kofi Mensah", "Tunde Bakare"});
}

TEST_CASE("meetings: a person the talks were about is no participant ('over the killing of writer X')") {
    auto d = fixture::doc(
        "Rosa Alvear met Tuesday with Tunde Bakare over the disappearance and suspected killing of Nigerian "
        "writer Kofi Mensah, in Abuja.\n"
        "Ana Ruiz met Paulo Lima in Lagos on Wednesday in the presence of Rosa Alvear.\n",
        "2021-06-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 2);
    CHECK(fixture::surfaces(d, ex, ex.meetings[0].participants) == std::vector<std::string>{"Rosa Alvear", "Tunde Bakare"});
    CHECK(fixture::surfaces(d, ex, ex.meetings[1].participants) ==
          std::vector<std::string>{"Ana Ruiz", "Paulo Lima", "Rosa Alvear"});
}

TEST_CASE("meetings: 'the two leaders first met at last year's summit in Lagos' is an earlier meeting of the pair") {
    auto d = fixture::doc(
        "ACCRA, March 5 (Reuters) - Rosa Alvear and Tunde Bakare held talks on Friday.\n\n"
        "The two leaders discussed port fees.\n\n"
        "The two leaders first met at last year's African Union summit in Lagos, where they agreed to open talks on "
        "a fisheries accord.\n\n"
        "The two leaders also discussed visas.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 2);
    const auto& now = ex.meetings[0];
    const auto& then = ex.meetings[1];
    CHECK(fixture::surfaces(d, ex, then.participants) == std::vector<std::string>{"Rosa Alvear", "Tunde Bakare"});
    CHECK(then.date.iso() == "2020");  // "last year's summit": the event the meeting was part of dates it
    REQUIRE(then.location != kNoMention);
    CHECK(fixture::surface(d, ex, then.location) == "Lagos");
    CHECK(now.location == kNoMention);  // the story's meeting stays where the dateline puts it
    CHECK(now.date.iso() == "2021-03-05");
    CHECK(fixture::issue_labels(now) == std::vector<std::string>{"port fees", "visas"});
    CHECK(fixture::issue_labels(then) == std::vector<std::string>{"fisheries accord"});
}

TEST_CASE("meetings: a possessive day dates a meeting held at or during that event, not one held ahead of it") {
    auto d = fixture::doc(
        "Rosa Alvear met Tunde Bakare during Tuesday's summit in Lagos.\n\n"
        "Kofi Mensah met Ana Ruiz in Accra ahead of Thursday's vote.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 2);
    CHECK(ex.meetings[0].date.iso() == "2021-03-02");
    CHECK(ex.meetings[1].date.iso() != "2021-03-04");
}

TEST_CASE("meetings: a sentence told in the past goes on with the earlier meeting; one in the present does not") {
    auto d = fixture::doc(
        "ACCRA, March 5 (Reuters) - Kofi Mensah held talks with Rosa Alvear on Friday, focusing on port fees.\n\n"
        "Mensah and Tunde Bakare had last met in person in September on the sidelines of the African Union summit "
        "in Lagos. The two leaders had discussed fishing rights at that meeting.\n\n"
        "The talks on Friday also covered visas.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 2);
    CHECK(fixture::surfaces(d, ex, ex.meetings[1].participants) == std::vector<std::string>{"Mensah", "Tunde Bakare"});
    CHECK(ex.meetings[1].date.iso() == "2020-09");
    CHECK(fixture::issue_labels(ex.meetings[1]) == std::vector<std::string>{"fishing rights"});
    CHECK(fixture::issue_labels(ex.meetings[0]) == std::vector<std::string>{"port fees", "visas"});
}

TEST_CASE("meetings: a paternal surname names the holder of a double surname ('Alvear' for 'Rosa Alvear Soto')") {
    auto d = fixture::doc(
        "ACCRA, March 5 (Reuters) - On Friday, Kofi Mensah held talks with Chile's foreign minister, Rosa Alvear "
        "Soto, at the Labadi Hotel. Alvear, whose government has pushed hardest for the accord, said the two had "
        "discussed port fees.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(fixture::issue_labels(ex.meetings[0]) == std::vector<std::string>{"port fees"});
}

TEST_CASE("meetings: the lead's day holds past ', as ... the first assembly since ...'") {
    auto d = fixture::doc(
        "ACCRA, March 5 (Reuters) - Kofi Mensah and Rosa Alvear agreed on Wednesday to work together on vaccines, as "
        "ministers gathered in Accra for the first assembly since the pandemic.\n\n"
        "The two ministers met at the Labadi Hotel.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(ex.meetings[0].date.iso() == "2021-03-03");
}

TEST_CASE("meetings: 'the first visit ... since 2015' is today's news, and its day carries on") {
    auto d = fixture::doc(
        "ACCRA, March 5 (Reuters) - Kofi Mensah met Rosa Alvear in Accra on Wednesday, the first visit by a Chilean "
        "minister since 2015.\n\n"
        "Alvear also met Tunde Bakare in Accra.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 2);
    CHECK(ex.meetings[1].date.iso() == "2021-03-03");
}

TEST_CASE("meetings: a pair that spoke by phone is not 'the leaders' who held a summit") {
    auto d = fixture::doc(
        "Kofi Mensah spoke by phone on Thursday with Rosa Alvear about port fees.\n\n"
        "The leaders last held a summit in Lagos in May 2019.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    for (const auto& m : ex.meetings) CHECK(m.kind == EncounterKind::Call);
}

TEST_CASE("meetings: 'in central Accra' and 'in Osu District, central Accra' place the meeting in the city") {
    auto d = fixture::doc(
        "Kofi Mensah hosted Rosa Alvear at the Labadi Hotel in Osu District, central Accra, for talks on Friday.\n\n"
        "Tunde Bakare met Ana Ruiz in downtown Lagos on Thursday.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 2);
    REQUIRE(ex.meetings[0].location != kNoMention);
    CHECK(fixture::surface(d, ex, ex.meetings[0].location) == "Accra");
    REQUIRE(ex.meetings[1].location != kNoMention);
    CHECK(fixture::surface(d, ex, ex.meetings[1].location) == "Lagos");
}

TEST_CASE("meetings: 'paid a courtesy visit to X' and 'made a courtesy call on X' meet X; a visit to a city does not") {
    auto d = fixture::doc(
        "Kofi Mensah paid a courtesy visit to the African Union Secretary-General, Rosa Alvear, at the Labadi Hotel "
        "on Friday.\n\n"
        "Nigerian President Tunde Bakare made a courtesy call on Ana Ruiz in Accra on Thursday.\n\n"
        "Jorge Pena paid a visit to Lagos, where Paulo Lima lives.\n\n"
        "Ana Ruiz is expected to pay a courtesy call on Jorge Pena on Sunday.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 2);
    CHECK(fixture::surfaces(d, ex, ex.meetings[0].participants) == std::vector<std::string>{"Kofi Mensah", "Rosa Alvear"});
    CHECK(fixture::surfaces(d, ex, ex.meetings[1].participants) == std::vector<std::string>{"Ana Ruiz", "Tunde Bakare"});
}

TEST_CASE("meetings: a title word that is also a plan cue ('Planning Minister X met Y') does not make it hypothetical") {
    auto d = fixture::doc(
        "Nigerian Planning Minister Tunde Bakare met Rosa Alvear in Accra on Tuesday.\n\n"
        "Kofi Mensah is planning to meet Ana Ruiz in Lagos.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(fixture::surfaces(d, ex, ex.meetings[0].participants) == std::vector<std::string>{"Rosa Alvear", "Tunde Bakare"});
}

TEST_CASE("meetings: 'that evening' is the day named before it, even in a relative clause") {
    auto d = fixture::doc(
        "Rosa Alvear, who arrived in Accra on Wednesday for a state visit, was received by Kofi Mensah at the "
        "Labadi Hotel that evening.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(ex.meetings[0].date.iso() == "2021-03-03");
}

TEST_CASE("meetings: the sender of a message conveyed is not there, and 'an invitation to visit Lagos' places nothing") {
    auto d = fixture::doc(
        "In Accra, Rosa Alvear was received by President Kofi Mensah, to whom she conveyed a message from President "
        "Tunde Bakare, including an invitation to visit Lagos.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(fixture::surfaces(d, ex, ex.meetings[0].participants) == std::vector<std::string>{"Kofi Mensah", "Rosa Alvear"});
    REQUIRE(ex.meetings[0].location != kNoMention);
    CHECK(fixture::surface(d, ex, ex.meetings[0].location) == "Accra");
}

TEST_CASE("meetings: 'had flown to Lagos to meet X' is a meeting in Lagos; 'plans to fly to Lagos to meet X' is not") {
    auto d = fixture::doc(
        "ACCRA, March 5 (Reuters) - Kofi Mensah met Rosa Alvear on Thursday.\n\n"
        "Mensah had already flown to Lagos to meet Tunde Bakare on Feb. 12, when the two discussed port fees.\n\n"
        "Alvear plans to fly to Lagos to meet Ana Ruiz next week.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 2);
    CHECK(fixture::surfaces(d, ex, ex.meetings[1].participants) == std::vector<std::string>{"Mensah", "Tunde Bakare"});
    REQUIRE(ex.meetings[1].location != kNoMention);
    CHECK(fixture::surface(d, ex, ex.meetings[1].location) == "Lagos");
    CHECK(ex.meetings[1].date.iso() == "2021-02-12");
}

TEST_CASE("meetings: 'held talks with Y and also called on Z' is two meetings; 'told Y at their meeting in Lagos' is one") {
    auto d = fixture::doc(
        "ACCRA, March 5 (Reuters) - Kofi Mensah held talks with Rosa Alvear and also called on President Tunde Bakare "
        "on Thursday.\n\n"
        "Ana Ruiz had told President Jorge Pena at their meeting in Lagos in January that the deal would hold.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    std::vector<std::vector<std::string>> who;
    for (const auto& m : ex.meetings) who.push_back(fixture::surfaces(d, ex, m.participants));
    std::sort(who.begin(), who.end());
    CHECK(who == std::vector<std::vector<std::string>>{
                     {"Ana Ruiz", "Jorge Pena"}, {"Kofi Mensah", "Rosa Alvear"}, {"Kofi Mensah", "Tunde Bakare"}});
}

TEST_CASE("meetings: a building named after a town ('Lagos House') is a venue, not that town; ', who has been "
          "minister since August,' does not make the meeting an earlier one") {
    auto d = fixture::doc(
        "Talks in Accra\n\nThursday March 4 2021\n\n"
        "Ghana's foreign minister urged Nigeria yesterday to speed up the return of stolen funds.\n\n"
        "Kofi Mensah, who has been Ghana's foreign minister since August, held talks with Tunde Bakare.\n\n"
        "On Tuesday Mensah paid a visit to Lagos House, where he held talks with Rosa Alvear.\n");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 2);
    CHECK(ex.meetings[0].date.iso() == "2021-03-03");
    CHECK(ex.meetings[1].location == kNoMention);
    REQUIRE(ex.meetings[1].venue != kNoMention);
    CHECK(fixture::surface(d, ex, ex.meetings[1].venue) == "Lagos House");
}

TEST_CASE("dateline: a short credit line before the body ('Maria Lindqvist - ACCRA', 'Staff Reporter, Lagos') places the story") {
    for (const char* credit : {"Maria Lindqvist - ACCRA", "Staff Reporter, Accra"}) {
        INFO(credit);
        auto d = fixture::doc(std::string("Talks in the capital\n\n") + credit +
                                  "\n\nTuesday, March 2 2021\n\nKofi Mensah held talks with Rosa Alvear yesterday, "
                                  "the foreign ministry said in a statement.\n",
                              "");
        auto ex = extract(d, fixture::gazetteer());
        REQUIRE(ex.dateline != kNoMention);
        CHECK(ex.mentions[ex.dateline].canonical == "Accra");
    }
    auto d = fixture::doc("Talks\n\nMaria Lindqvist, Accra Bureau Chief\n\nKofi Mensah held talks with Rosa Alvear.\n", "");
    auto ex = extract(d, fixture::gazetteer());
    CHECK(ex.dateline == kNoMention);
}

TEST_CASE("dateline: a mixed-case city and a dash opening the body ('Lagos - Nigeria took over ...') places the story") {
    auto d = fixture::doc("WEST AFRICA WEEKLY\nTuesday, 2 March 2021\n\nBloc changes chair\n\n"
                          "Lagos - Nigeria took over the chair of the bloc on Monday as leaders gathered.\n\n"
                          "On Sunday evening, Kofi Mensah hosted Rosa Alvear at the State House.\n",
                          "");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.dateline != kNoMention);
    CHECK(ex.mentions[ex.dateline].canonical == "Lagos");
    // a capitalized word that is no city, before a dash, is not a dateline
    auto n = fixture::doc("Tuesday, 2 March 2021\n\nMinisters - and their deputies - met Kofi Mensah on Monday.\n", "");
    CHECK(extract(n, fixture::gazetteer()).dateline == kNoMention);
}

TEST_CASE("boilerplate: 'date | Live updates by X and Y in Accra' credits its writers, places the story, and the date "
          "stays the page's") {
    auto d = fixture::doc("THE LEDGER | LIVE\n\nSummit live: ministers talk\n\n"
                          "Tuesday 2 March 2021 | Live updates by Nadia Okafor and Tom Greer in Accra\n"
                          "All times are local.\n\n"
                          "14:30\nKofi Mensah held talks with Rosa Alvear. The two discussed cocoa prices.\n",
                          "");
    auto ex = extract(d, fixture::gazetteer());
    auto people = fixture::persons(d, ex);
    CHECK(std::find(people.begin(), people.end(), "Nadia Okafor") == people.end());
    CHECK(std::find(people.begin(), people.end(), "Tom Greer") == people.end());
    REQUIRE(ex.dateline != kNoMention);
    CHECK(ex.mentions[ex.dateline].canonical == "Accra");
    CHECK(ex.anchor.iso() == "2021-03-02");
}

TEST_CASE("meetings: a live blog's post under a time of day ('14:30') happened on the page's date unless it says "
          "otherwise") {
    auto d = fixture::doc("Tuesday 2 March 2021\nAll times local.\n\n"
                          "19:05\nThat is all for today.\n\n"
                          "17:40\nKofi Mensah sat down with Rosa Alvear for an hour.\n\n"
                          "09.15\nOn Monday Luis Alvear held talks with Tunde Bakare.\n",
                          "");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 2);
    CHECK(ex.meetings[0].date.iso() == "2021-03-02");
    CHECK(ex.meetings[1].date.iso() == "2021-03-01");
    // without posts, an undated meeting stays undated
    auto plain = fixture::doc("Tuesday 2 March 2021\n\nAnalysis\n\nKofi Mensah has often sat down with Rosa Alvear.\n\n"
                              "Mensah sat down with Alvear for an hour, aides said.\n", "");
    auto px = extract(plain, fixture::gazetteer());
    for (const auto& m : px.meetings) CHECK_FALSE(m.date.known());
}

TEST_CASE("meetings: a pronoun subject after a time word ('Yesterday she held talks with X') is the person named "
          "in the sentence before") {
    for (const char* time : {"Yesterday she", "A day earlier she", "On Tuesday, she"}) {
        INFO(time);
        auto d = fixture::doc(std::string("Ghana's Foreign Minister Rosa Alvear is in Nigeria this week.\n") + time +
                                  " held talks with Tunde Bakare in Abuja.\n",
                              "2021-03-05");
        auto ex = extract(d, fixture::gazetteer());
        REQUIRE(ex.meetings.size() == 1);
        CHECK(fixture::surfaces(d, ex, ex.meetings[0].participants) == std::vector<std::string>{"Rosa Alvear", "Tunde Bakare"});
    }
}

TEST_CASE("meetings: 'At Tuesday's meeting with X, which Y also attended, ...' has Y at the meeting with X, not "
          "meeting X") {
    auto d = fixture::doc("Ghana's Foreign Minister Rosa Alvear met President Tunde Bakare in Abuja on Tuesday.\n\n"
                          "At Tuesday's meeting with Bakare, which Vice President Ade Okon also attended, the president "
                          "asked for help with trade.\n",
                          "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(fixture::surfaces(d, ex, ex.meetings[0].accompanying) == std::vector<std::string>{"Ade Okon"});
}

TEST_CASE("meetings: 'In the afternoon', 'later that day', 'the same day' date a meeting to the day of the last one "
          "dated, paragraphs later") {
    for (const char* cue : {"In the afternoon, ", "Later that day ", "That evening ", "On the same day "}) {
        INFO(cue);
        auto d = fixture::doc(std::string("Kofi Mensah held talks with Rosa Alvear in Accra on Tuesday.\n\n"
                                          "The two discussed cocoa.\n\nMensah said the talks were good.\n\n"
                                          "Alvear agreed.\n\nAnalysts were less sure.\n\nMarkets were calm.\n\n") +
                                  cue + "Alvear met Tunde Bakare, the Nigerian envoy.\n",
                              "2021-03-05");
        auto ex = extract(d, fixture::gazetteer());
        REQUIRE(ex.meetings.size() == 2);
        CHECK(ex.meetings[0].date.iso() == "2021-03-02");
        CHECK(ex.meetings[1].date.iso() == "2021-03-02");
    }
}

TEST_CASE("meetings: in a live blog, the day one post gives does not carry to the post below it") {
    auto d = fixture::doc("Tuesday 2 March 2021\nAll times local.\n\n"
                          "19:05\nA look back: on Monday Luis Alvear held talks with Tunde Bakare.\n\n"
                          "17:40\nKofi Mensah sat down with Rosa Alvear for an hour.\n",
                          "");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 2);
    CHECK(ex.meetings[0].date.iso() == "2021-03-01");
    CHECK(ex.meetings[1].date.iso() == "2021-03-02");
}

TEST_CASE("meetings: 'The talks continued over a working lunch hosted by X, which Y also attended' is more of the "
          "last meeting, with Y at it") {
    auto d = fixture::doc("Kofi Mensah held talks with Rosa Alvear in Accra on Tuesday.\n\n"
                          "The talks continued over a working lunch hosted by Mensah, which Deputy Minister Tunde "
                          "Bakare also attended.\n",
                          "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(fixture::surfaces(d, ex, ex.meetings[0].accompanying) == std::vector<std::string>{"Tunde Bakare"});
}

TEST_CASE("meetings: 'was received by the ECOWAS Executive Secretary, Dr X': a title's first word before its head "
          "does not hide the agent") {
    for (const char* agent : {"the ECOWAS Executive Secretary, Dr Ama Boateng", "Executive Secretary Ama Boateng"}) {
        INFO(agent);
        auto d = fixture::doc(std::string("Ghana's Foreign Minister Kofi Mensah was received on Thursday by ") + agent +
                                  ". The meeting covered trade.\n",
                              "2021-03-05");
        auto ex = extract(d, Gazetteer::builtin());
        REQUIRE(ex.meetings.size() == 1);
        CHECK(fixture::surfaces(d, ex, ex.meetings[0].participants) == std::vector<std::string>{"Ama Boateng", "Kofi Mensah"});
    }
}

TEST_CASE("meetings: ', where last year's floods ...' leaves the lead's day standing; 'this year, after talks in Lagos on "
          "April 21' is April 21") {
    auto d = fixture::doc(
        "ACCRA, Aug. 26 (Reuters) - Kofi Mensah and Rosa Alvear agreed Sunday to speed up flood-control projects in "
        "Ghana, where last year's floods swamped hundreds of factories, officials said.\n\n"
        "Mensah sat down with Alvear over a working breakfast at the Labadi Hotel.\n\n"
        "It was the second meeting between Mensah and Alvear this year, after talks in Lagos on April 21, when the "
        "two discussed loans.\n",
        "2012-08-26");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 2);
    CHECK(ex.meetings[0].date.iso() == "2012-08-26");
    CHECK(ex.meetings[1].date.iso() == "2012-04-21");
}

TEST_CASE("meetings: an earlier meeting of the pair told paragraphs later ('The two leaders first met at last year's "
          "summit in Lagos') is its own, and does not move the story's meeting there") {
    auto d = fixture::doc(
        "ACCRA, March 5 (Reuters) - Rosa Alvear and Tunde Bakare held talks on Friday.\n\n"
        "The talks focused on port fees.\n\n"
        "Alvear told reporters the mood was good.\n\n"
        "The talks also covered fishing rights.\n\n"
        "The two leaders first met at last year's African Union summit in Lagos, where they agreed to open talks on "
        "a fisheries accord.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 2);
    CHECK(ex.meetings[0].location == kNoMention);
    CHECK(fixture::issue_labels(ex.meetings[0]) == std::vector<std::string>{"port fees", "fishing rights"});
    REQUIRE(ex.meetings[1].location != kNoMention);
    CHECK(fixture::surface(d, ex, ex.meetings[1].location) == "Lagos");
    CHECK(ex.meetings[1].date.iso() == "2020");
    CHECK(fixture::surfaces(d, ex, ex.meetings[1].participants) == std::vector<std::string>{"Rosa Alvear", "Tunde Bakare"});
}

TEST_CASE("meetings: a courtesy call on 'H.E. Mr. X' and a reception 'later on Tuesday at the palace by X' meet X") {
    auto d = fixture::doc(
        "Kofi Mensah paid a courtesy call on H.E. Mr. Tunde Bakare, President of Nigeria, at State House in Abuja "
        "on Monday.\n\n"
        "Rosa Alvear was received later on Tuesday at the Flagstaff House by President Ana Ruiz.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 2);
    CHECK(fixture::surfaces(d, ex, ex.meetings[0].participants) == std::vector<std::string>{"Kofi Mensah", "Tunde Bakare"});
    CHECK(fixture::surfaces(d, ex, ex.meetings[1].participants) == std::vector<std::string>{"Ana Ruiz", "Rosa Alvear"});
}

TEST_CASE("meetings: 'The envoys last met in X in March' is an earlier meeting of the pair just named") {
    auto d = fixture::doc(
        "Ghana's special envoy Kofi Mensah met Nigeria's envoy Tunde Bakare in Accra on Thursday. The envoys last "
        "met in Lagos in January, when they agreed on a timetable.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 2);
    CHECK(fixture::surfaces(d, ex, ex.meetings[1].participants) == std::vector<std::string>{"Kofi Mensah", "Tunde Bakare"});
    REQUIRE(ex.meetings[1].location != kNoMention);
    CHECK(fixture::surface(d, ex, ex.meetings[1].location) == "Lagos");
    CHECK(ex.meetings[1].date.month == 1);
}

TEST_CASE("meetings: 'A and B agreed to ..., in a meeting ...' is their meeting; one person at a meeting, a plan or a caption is not") {
    auto d = fixture::doc(
        "Kofi Mensah and his Nigerian peer Tunde Bakare agreed yesterday in Accra to speed up the rail link, in a "
        "meeting both sides called warm.\n\n"
        "Rosa Alvear spoke at a meeting of donors in Lagos on Tuesday.\n\n"
        "Ana Ruiz and Jorge Pena are expected to sign the deal at a meeting in Lagos next week.\n\n"
        "Caption: Ama Owusu (left) and Ifeoma Eze during talks in Abuja.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(fixture::surfaces(d, ex, ex.meetings[0].participants) == std::vector<std::string>{"Kofi Mensah", "Tunde Bakare"});
    REQUIRE(ex.meetings[0].location != kNoMention);
    CHECK(fixture::surface(d, ex, ex.meetings[0].location) == "Accra");
    CHECK(ex.meetings[0].date.day == 4);
}

TEST_CASE("meetings: 'the Nigerian minister met X' is the one Nigerian minister named before; none or two is nobody") {
    auto d = fixture::doc(
        "Ghana's Foreign Minister Kofi Mensah met Nigerian Foreign Minister Tunde Bakare in Accra on Wednesday.\n\n"
        "Later on Wednesday the Nigerian minister met Trade Minister Ama Owusu at her office.\n\n"
        "The Chilean official was received on Thursday by President Ana Ruiz.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 2);
    CHECK(fixture::surfaces(d, ex, ex.meetings[1].participants) == std::vector<std::string>{"Ama Owusu", "Tunde Bakare"});
}

TEST_CASE("meetings: 'X brought with her Y' and 'X had at his side Y' bring officials, who are not the pair that 'they' means later") {
    auto d = fixture::doc(
        "Kofi Mensah met his Nigerian counterpart, Tunde Bakare, in Accra on Tuesday.\n\n"
        "Mensah brought with him Ghana's ambassador to Nigeria, Ama Owusu. Bakare had at his side his deputy, Ifeoma Eze.\n\n"
        "They first met in Lagos last year, when they discussed the rail link.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 2);
    CHECK(fixture::surfaces(d, ex, ex.meetings[0].participants) == std::vector<std::string>{"Kofi Mensah", "Tunde Bakare"});
    CHECK(fixture::surfaces(d, ex, ex.meetings[0].accompanying) == std::vector<std::string>{"Ama Owusu", "Ifeoma Eze"});
    CHECK(fixture::surfaces(d, ex, ex.meetings[1].participants) == std::vector<std::string>{"Kofi Mensah", "Tunde Bakare"});
}

TEST_CASE("meetings: a passive reception names its agent after any place words ('was received at the annex building by X')") {
    auto d = fixture::doc(
        "Rosa Alvear was received on Tuesday at the ministry's annex building by President Ana Ruiz.\n\n"
        "Kofi Mensah was received warmly in the capital, an aide said of President Tunde Bakare.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(fixture::surfaces(d, ex, ex.meetings[0].participants) == std::vector<std::string>{"Ana Ruiz", "Rosa Alvear"});
}
