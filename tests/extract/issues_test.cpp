// Issue rules on sentences written for these tests (invented people).
#include <catch2/catch.hpp>

#include "fixture.hpp"

using namespace readout::extract;

TEST_CASE("issues: 'on the sidelines of' after 'talks with X' says where, not what") {
    auto d = fixture::doc(
        "Rosa Alvear held talks with Tunde Bakare on the sidelines of the trade summit in Abuja on Tuesday.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(fixture::issue_labels(ex.meetings[0]).empty());
}

TEST_CASE("issues: 'ways to further boost X' is X; 'progress in areas such as' leaves the areas") {
    auto d = fixture::doc(
        "Rosa Alvear met Tunde Bakare in Abuja on Tuesday and discussed ways to further boost the cocoa trade. "
        "The two leaders also reviewed progress in areas such as fisheries, port fees and rail links.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(fixture::issue_labels(ex.meetings[0]) ==
          std::vector<std::string>{"cocoa trade", "fisheries", "port fees", "rail links"});
}

TEST_CASE("issues: 'exchanged views about', and a list before 'dominating the talks'") {
    auto d = fixture::doc(
        "Rosa Alvear held talks with Tunde Bakare in Abuja on Tuesday, with port fees, the prices of rice and "
        "maize and the North–South Railway linking Abuja to Lagos dominating the conversation.\n"
        "The two sides also exchanged views about fisheries.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(fixture::issue_labels(ex.meetings[0]) ==
          std::vector<std::string>{"port fees", "prices of rice and maize", "North–South Railway", "fisheries"});
}

TEST_CASE("issues: the views of the one meeting a story reports, however many sentences report it") {
    auto d = fixture::doc(
        "Rosa Alvear met Tunde Bakare in Abuja on Tuesday.\n\nAlvear and Bakare met again over lunch.\n\n"
        "Trade has doubled.\n\nThe port is busy.\n\nThe harbour is full.\n\n"
        "The two sides also discussed fisheries.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    std::vector<std::string> all;
    for (const auto& m : ex.meetings)
        for (const auto& l : fixture::issue_labels(m)) all.push_back(l);
    CHECK(all == std::vector<std::string>{"fisheries"});
}

TEST_CASE("issues: what was agreed or promised, with the infinitive taken off; not a plan to meet") {
    auto d = fixture::doc(
        "Rosa Alvear met Tunde Bakare in Abuja on Tuesday. The two presidents agreed to cooperate against piracy, "
        "to prevent a repeat of the port riots and to explore closer ties on energy. They also announced a deal "
        "on fishing quotas, long seen as the hardest issue. They agreed to meet again in Accra in May.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(fixture::issue_labels(ex.meetings[0]) ==
          std::vector<std::string>{"piracy", "port riots", "closer ties on energy", "fishing quotas"});
}

TEST_CASE("issues: a quoted item loses its quotation marks; 'prospects for X' is X; 'mentioned the X'") {
    auto d = fixture::doc(
        "Rosa Alvear met Tunde Bakare in Abuja on Tuesday.\n\n"
        "Bakare, for his part, said the two ministers had discussed the \"prospects for the joint production of "
        "fishing boats\" and the situation in the Gulf of Guinea. They also mentioned the cocoa levy.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(fixture::issue_labels(ex.meetings[0]) ==
          std::vector<std::string>{"joint production of fishing boats", "situation in the Gulf of Guinea", "cocoa levy"});
}

TEST_CASE("issues: a participant, speaking, tells what was discussed: 'X said he had briefed Y on Z'") {
    auto d = fixture::doc(
        "Rosa Alvear met Tunde Bakare in Abuja on Tuesday.\n\n"
        "Alvear said she had briefed Bakare on Chile's copper priorities and that they had talked about lifting "
        "bilateral trade to $5 billion.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(fixture::issue_labels(ex.meetings[0]) ==
          std::vector<std::string>{"Chile's copper priorities", "bilateral trade"});
}

TEST_CASE("issues: what is still to be discussed was not discussed; a capitalized name keeps its commas") {
    auto d = fixture::doc(
        "Rosa Alvear met Tunde Bakare in Abuja on Tuesday. They listed issues that need to be discussed, "
        "including port fees and fishing quotas.\n\n"
        "The two sides also reviewed the work of the Joint Commission on Trade, Scientific and Cultural "
        "Cooperation.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(fixture::issue_labels(ex.meetings[0]) ==
          std::vector<std::string>{"work of the Joint Commission on Trade, Scientific and Cultural Cooperation"});
}

TEST_CASE("issues: 'reviewed progress on the X' is X") {
    auto d = fixture::doc(
        "Rosa Alvear met Tunde Bakare in Abuja on Tuesday and reviewed progress on the Lagos-Calabar Coastal "
        "Railway, the flagship project.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(fixture::issue_labels(ex.meetings[0]) == std::vector<std::string>{"Lagos-Calabar Coastal Railway"});
}

TEST_CASE("issues: 'with' and a title or a counterpart inside an item name the partner, not the topic") {
    auto d = fixture::doc(
        "Rosa Alvear discussed port fees and other thorny issues with Nigerian Foreign Minister Tunde Bakare in "
        "Abuja on Tuesday. Alvear later met Kofi Mensah and discussed fishing rights with his counterpart.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 2);
    CHECK(fixture::issue_labels(ex.meetings[0]) == std::vector<std::string>{"port fees"});
    CHECK(fixture::issue_labels(ex.meetings[1]) == std::vector<std::string>{"fishing rights"});
}

TEST_CASE("issues: 'discussed which of its provisions could be suspended' is no relative clause; a speaker of the "
          "talks may name the pair as 'the two'") {
    auto d = fixture::doc(
        "ACCRA, March 5 (Reuters) - Rosa Alvear held talks with Tunde Bakare at the Labadi Hotel on Tuesday.\n\n"
        "Bakare, whose government has pushed hardest for the accord, said the two had discussed which of its "
        "clauses could be dropped and a timetable for a vote.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(fixture::issue_labels(ex.meetings[0]) ==
          std::vector<std::string>{"clauses could be dropped", "timetable for a vote"});
}

TEST_CASE("issues: 'agreed that X would jointly support Y' is Y; 'agreed that X would visit Z' is a plan; 'ahead of a "
          "summit' is the occasion") {
    auto d = fixture::doc(
        "ACCRA, March 5 (Reuters) - Rosa Alvear held talks with Tunde Bakare at the Labadi Hotel on Tuesday.\n\n"
        "The two ministers agreed that Ghana and Chile would jointly support the development of the Tema port. They "
        "also exchanged views on fishing rights ahead of a summit in Lagos in November. They agreed that Bakare would "
        "visit Santiago to continue the conversation.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(fixture::issue_labels(ex.meetings[0]) ==
          std::vector<std::string>{"development of the Tema port", "fishing rights"});
}

TEST_CASE("issues: a past verb with its agent or object is a clause, and a count of topics names none") {
    auto d = fixture::doc(
        "Kofi Mensah met Tunde Bakare in Accra on Tuesday. They discussed the rules for fishing, adopted by the "
        "two navies a day earlier, and the detained sailors.\n\n"
        "Rosa Alvear met Ana Ruiz in Lagos on Wednesday. Alvear raised concerns about the border and urged the "
        "commission to act.\n\n"
        "Jorge Pena met Ama Owusu in Abuja on Thursday. The talks centred on three issues.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 3);
    CHECK(fixture::issue_labels(ex.meetings[0]) == std::vector<std::string>{"rules for fishing", "detained sailors"});
    CHECK(fixture::issue_labels(ex.meetings[1]) == std::vector<std::string>{"border"});
    CHECK(fixture::issue_labels(ex.meetings[2]).empty());
}
