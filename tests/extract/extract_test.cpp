#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "fixture.hpp"

using namespace readout::extract;

namespace {

using fixture::persons;

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

std::vector<std::string> participants(const readout::text::Document& d, const ArticleExtraction& ex, const MeetingAssertion& m) {
    return fixture::surfaces(d, ex, m.participants);
}

}  // namespace

TEST_CASE("title-led roles and a dated meeting in a city") {
    auto d = fixture::doc(
        "Chilean Foreign Minister Rosa Alvear met Nigerian President Tunde Bakare in Abuja on Tuesday to discuss "
        "cocoa exports, visa rules and maritime security.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    auto ps = persons(d, ex);
    CHECK(has(ps, "Rosa Alvear"));
    CHECK(has(ps, "Tunde Bakare"));
    REQUIRE(ex.roles.size() == 2);
    CHECK(ex.roles[0].title == "Foreign Minister");
    CHECK(ex.mentions[ex.roles[0].organization].canonical == "Chile");
    CHECK(ex.roles[1].title == "President");
    CHECK(ex.mentions[ex.roles[1].organization].canonical == "Nigeria");
    REQUIRE(ex.meetings.size() == 1);
    const auto& m = ex.meetings[0];
    CHECK(m.kind == EncounterKind::Meeting);
    CHECK(participants(d, ex, m) == std::vector<std::string>{"Rosa Alvear", "Tunde Bakare"});
    REQUIRE(m.location != kNoMention);
    CHECK(ex.mentions[m.location].canonical == "Abuja");
    CHECK(m.date.iso() == "2021-03-02");  // the Tuesday before Friday 5 March 2021
}

TEST_CASE("appositive role with a possessive country and a portfolio title") {
    auto d = fixture::doc("Kofi Mensah, Ghana's minister of foreign affairs, told reporters the border would reopen.\n");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.roles.size() == 1);
    CHECK(fixture::surface(d, ex, ex.roles[0].person) == "Kofi Mensah");
    CHECK(ex.roles[0].title == "minister of foreign affairs");
    CHECK(ex.mentions[ex.roles[0].organization].canonical == "Ghana");
}

TEST_CASE("role with an organization after the title and a lower-case portfolio") {
    auto d = fixture::doc(
        "Amara Diallo, the Chilean president of the African Union, spoke first. Later, Ifeoma Eze, the minister of "
        "public works, said the road was finished.\n");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.roles.size() == 2);
    CHECK(ex.roles[0].title == "president");
    CHECK(ex.mentions[ex.roles[0].organization].canonical == "African Union");
    CHECK(ex.roles[1].title == "minister of public works");
}

TEST_CASE("planned, hoped-for, negated and remote encounters are not meetings") {
    const char* texts[] = {
        "Rosa Alvear will meet Tunde Bakare in Abuja next week.\n",
        "Rosa Alvear is expected to meet Tunde Bakare in Abuja.\n",
        "Reporters asked whether Rosa Alvear would also meet Tunde Bakare.\n",
        "Rosa Alvear and Tunde Bakare agreed to hold talks in Accra.\n",
        "There was no meeting between Rosa Alvear and Tunde Bakare.\n",
        "A planned meeting between Rosa Alvear and Tunde Bakare was cancelled.\n",
    };
    for (const char* t : texts) {
        auto d = fixture::doc(t);
        auto ex = extract(d, fixture::gazetteer());
        INFO(t);
        CHECK(ex.meetings.empty());
    }
    auto d = fixture::doc("President Tunde Bakare and Rosa Alvear spoke by telephone on Monday.\n", "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(ex.meetings[0].kind == EncounterKind::Call);
}

TEST_CASE("attribution is not participation") {
    auto d = fixture::doc(
        "Rosa Alvear met Tunde Bakare in Accra on Monday, according to State Department spokesman Paul Greer.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(participants(d, ex, ex.meetings[0]) == std::vector<std::string>{"Rosa Alvear", "Tunde Bakare"});
    auto ps = persons(d, ex);
    CHECK(has(ps, "Paul Greer"));
}

TEST_CASE("bylines and picture credits are not people in the news") {
    auto d = fixture::doc(
        "By Jane Porter\n\nRosa Alvear (L) shakes hands with Tunde Bakare in Abuja, March 2, 2021. REUTERS/Mark Tolu\n");
    auto ex = extract(d, fixture::gazetteer());
    auto ps = persons(d, ex);
    CHECK_FALSE(has(ps, "Jane Porter"));
    CHECK_FALSE(has(ps, "Mark Tolu"));
    REQUIRE(ex.meetings.size() == 1);
    CHECK(ex.meetings[0].date.iso() == "2021-03-02");
}

TEST_CASE("continuations add issues and accompanying officials to the previous meeting") {
    auto d = fixture::doc(
        "Rosa Alvear held talks with Tunde Bakare in Abuja on Tuesday.\n"
        "The two sides discussed fishing rights, the treatment of migrant workers and port fees.\n"
        "Alvear was accompanied by Trade Minister Ana Ruiz and by Jorge Pena, Chile's ambassador to Nigeria.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    const auto& m = ex.meetings[0];
    std::vector<std::string> issues;
    for (const auto& i : m.issues) issues.push_back(i.label);
    CHECK(issues == std::vector<std::string>{"fishing rights", "treatment of migrant workers", "port fees"});
    CHECK(fixture::surfaces(d, ex, m.accompanying) == std::vector<std::string>{"Ana Ruiz", "Jorge Pena"});
}

TEST_CASE("sidelines give the event; venues are recognised by their head noun") {
    auto d = fixture::doc(
        "Rosa Alvear met Tunde Bakare at the Tafari Guest House in Santiago on the sidelines of the African Union "
        "summit on Friday.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    const auto& m = ex.meetings[0];
    REQUIRE(m.venue != kNoMention);
    CHECK(fixture::surface(d, ex, m.venue) == "Tafari Guest House");
    REQUIRE(m.event != kNoMention);
    CHECK(ex.mentions[m.event].canonical == "African Union summit");
    CHECK(ex.mentions[m.location].canonical == "Santiago");
    CHECK(m.date.iso() == "2021-03-05");
}

TEST_CASE("dates: weekdays against a body date, months without a year, relative days") {
    // no publication date: the caption date anchors, and a weekday resolves to the nearest one
    auto d = fixture::doc(
        "Talks in Accra\n\nRosa Alvear met Tunde Bakare in Accra on Monday for talks on trade and fishing. "
        "Alvear and Bakare also met in Lagos in November.\n"
        "Rosa Alvear and Tunde Bakare at talks in Accra, March 7, 2021.\n");
    auto ex = extract(d, fixture::gazetteer());
    CHECK(ex.anchor.iso() == "2021-03-07");  // a Sunday
    REQUIRE(ex.meetings.size() >= 2);
    CHECK(ex.meetings[0].date.iso() == "2021-03-08");  // the nearest Monday
    CHECK(ex.meetings[1].date.iso() == "2020-11");     // November before March
    auto y = fixture::doc("ACCRA, March 4 (Reuters) - Rosa Alvear met Tunde Bakare in Accra yesterday to talk about trade.\n"
                          "March 4, 2021\n");
    auto ey = extract(y, fixture::gazetteer());
    REQUIRE(ey.meetings.size() == 1);
    CHECK(ey.meetings[0].date.iso() == "2021-03-03");
    REQUIRE(ey.dateline != kNoMention);
    CHECK(ey.mentions[ey.dateline].canonical == "Accra");
}

TEST_CASE("surnames side by side in a headline are two people, not one") {
    auto d = fixture::doc(
        "Alvear Bakare hold talks on trade\n\nChilean Foreign Minister Rosa Alvear met President Tunde Bakare "
        "in Abuja on Tuesday.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    auto ps = persons(d, ex);
    CHECK_FALSE(has(ps, "Alvear Bakare"));
    CHECK(has(ps, "Alvear"));
    CHECK(has(ps, "Bakare"));
}

TEST_CASE("an appositive title belongs to the name before it, and never reaches into the next line") {
    auto d = fixture::doc(
        "After talks with Ana Ruiz, the minister of public works, Rosa Alvear and Tunde Bakare met in Abuja.\n"
        "Lunch with the ambassador\nRosa Alvear left for Accra.\n");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.roles.size() == 1);
    CHECK(fixture::surface(d, ex, ex.roles[0].person) == "Ana Ruiz");
    CHECK(ex.roles[0].title == "minister of public works");
}

TEST_CASE("issue lists drop adjective fragments and generic heads") {
    auto d = fixture::doc(
        "Rosa Alvear met Tunde Bakare in Abuja on Tuesday and discussed regional, bilateral and global issues, "
        "a free and open trade order, and port fees.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    std::vector<std::string> issues;
    for (const auto& i : ex.meetings[0].issues) issues.push_back(i.label);
    CHECK(issues == std::vector<std::string>{"open trade order", "port fees"});
}

TEST_CASE("quoted speech is not a report of a meeting, but a speaker 'said in a meeting with' took part") {
    auto q = fixture::doc("\"I have had useful talks with Rosa Alvear and Tunde Bakare,\" Ana Ruiz said.\n", "2021-03-05");
    CHECK(extract(q, fixture::gazetteer()).meetings.empty());
    auto d = fixture::doc("Ana Ruiz said in a meeting with Tunde Bakare in Accra on Monday that trade must grow.\n",
                          "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(fixture::surfaces(d, ex, ex.meetings[0].participants) == std::vector<std::string>{"Ana Ruiz", "Tunde Bakare"});
}

namespace {
}  // namespace

TEST_CASE("a sentence listing what was discussed, naming nobody new, goes on with the last meeting") {
    auto d = fixture::doc(
        "Rosa Alvear held talks with Tunde Bakare in Abuja on Tuesday.\n"
        "Other topics discussed included cocoa prices and visa rules.\n"
        "Separately, the central bank's package includes rice subsidies, including import credits.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    // the last sentence lists things but says nothing was discussed: not an issue of the meeting
    CHECK(fixture::issue_labels(ex.meetings[0]) == std::vector<std::string>{"cocoa prices", "visa rules"});
}

TEST_CASE("issues are topics, not the actors or clause fragments around them") {
    auto d = fixture::doc(
        "Rosa Alvear met Tunde Bakare in Abuja on Tuesday. Their talks focused on cocoa exports and on the "
        "future of the rail link, and covered the African Union, Lagos and Taiwan.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    // "on the future ..." keeps its topic; an organization and a city are actors; a country may be a topic
    CHECK(fixture::issue_labels(ex.meetings[0]) == std::vector<std::string>{"cocoa exports", "future of the rail link", "Taiwan"});
}

TEST_CASE("the accompanied principal is recorded with each accompanying official") {
    auto d = fixture::doc(
        "Rosa Alvear held talks with Tunde Bakare in Abuja on Tuesday. Alvear was accompanied by Trade Minister "
        "Ana Ruiz.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    REQUIRE(ex.meetings[0].accompaniments.size() == 1);
    CHECK(fixture::surface(d, ex, ex.meetings[0].accompaniments[0].official) == "Ana Ruiz");
    CHECK(fixture::surface(d, ex, ex.meetings[0].accompaniments[0].principal) == "Alvear");
}

TEST_CASE("datelines in title case, and after a picture caption, place the story") {
    auto title_case = fixture::doc(
        "Ghana and Chile sign cocoa accord\n\n"
        "Accra, 4 March (GNA) - Ghanaian Foreign Minister Rosa Alvear met Chilean envoy Tunde Bakare on Tuesday "
        "to sign the accord.\n",
        "2021-03-04");
    auto ex = extract(title_case, fixture::gazetteer());
    REQUIRE(ex.dateline != kNoMention);
    CHECK(ex.mentions[ex.dateline].canonical == "Accra");

    auto caption = fixture::doc(
        "Ghana and Chile sign cocoa accord\n\n"
        "Ghanaian Foreign Minister Rosa Alvear, left, and Chilean envoy Tunde Bakare sign the accord in the capital "
        "on Tuesday. (Photo/Staff)\n\n"
        "ACCRA, Ghana (GNA) - Ghanaian Foreign Minister Rosa Alvear met Chilean envoy Tunde Bakare on Tuesday to "
        "sign the accord.\n",
        "2021-03-04");
    auto ex2 = extract(caption, fixture::gazetteer());
    REQUIRE(ex2.dateline != kNoMention);
    CHECK(ex2.mentions[ex2.dateline].canonical == "Accra");
}

TEST_CASE("'the <demonym> capital' is the capital city; places after 'discussed' are topics") {
    auto d = fixture::doc(
        "Rosa Alvear met Tunde Bakare for an hour in the Nigerian capital on Tuesday and discussed cooperation "
        "in Lagos.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    REQUIRE(ex.meetings[0].location != kNoMention);
    CHECK(ex.mentions[ex.meetings[0].location].canonical == "Abuja");

    auto named = fixture::doc("Rosa Alvear met Tunde Bakare in the Nigerian capital, Abuja, on Tuesday.\n", "2021-03-05");
    auto ex2 = extract(named, fixture::gazetteer());
    REQUIRE(ex2.meetings.size() == 1);
    CHECK(fixture::surface(named, ex2, ex2.meetings[0].location) == "Abuja");
}

TEST_CASE("a counterpart named in apposition is not looked for again") {
    auto d = fixture::doc("Rosa Alvear met her Nigerian counterpart, Tunde Bakare, in Abuja on Tuesday.\n", "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(ex.meetings[0].counterparts.empty());
    CHECK(participants(d, ex, ex.meetings[0]) == std::vector<std::string>{"Rosa Alvear", "Tunde Bakare"});
}

TEST_CASE("'After speaking with A and B, X and Y met' is three meetings, not one of four people") {
    auto d = fixture::doc(
        "After speaking with Kofi Annan-Mensah, the trade minister, and Ama Serwaa, the interior minister, "
        "Rosa Alvear and Tunde Bakare met in Accra on Friday.\n",
        "2021-03-06");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 3);
    std::vector<std::vector<std::string>> got;
    for (const auto& m : ex.meetings) got.push_back(participants(d, ex, m));
    std::sort(got.begin(), got.end());
    CHECK(got == std::vector<std::vector<std::string>>{{"Ama Serwaa", "Rosa Alvear"},
                                                       {"Kofi Annan-Mensah", "Rosa Alvear"},
                                                       {"Rosa Alvear", "Tunde Bakare"}});
}

TEST_CASE("a title with no country takes the country of the holder's delegation, side or counterpart") {
    auto d = fixture::doc(
        "Tunde Bakare met his Chilean counterpart, Foreign Minister Rosa Alvear, in Abuja on Monday. The Ghanaian "
        "delegation included Trade Minister Kofi Mensah. On the Nigerian side, Ifeoma Eze, the minister, took notes. "
        "Prime Minister Ama Owusu will lead Ghana's delegation to the talks.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    auto org_of = [&](const std::string& who) -> std::string {
        for (const auto& r : ex.roles)
            if (fixture::surface(d, ex, r.person) == who)
                return r.organization != kNoMention ? ex.mentions[r.organization].canonical : r.organization_name;
        return "?";
    };
    CHECK(org_of("Rosa Alvear") == "Chile");
    CHECK(org_of("Kofi Mensah") == "Ghana");
    CHECK(org_of("Ifeoma Eze") == "Nigeria");
    CHECK(org_of("Ama Owusu") == "Ghana");
}

TEST_CASE("'secretary of state for <portfolio>' is not the US title, and a stated side outranks the implied one") {
    auto d = fixture::doc(
        "Secretary of State Mary Osei spoke first. On the Chilean side, Pablo Reyes, the secretary of state for "
        "fisheries, answered. Ana Ruiz, secretary of state for mining, agreed.\n");
    auto ex = extract(d, fixture::gazetteer());
    std::map<std::string, std::string> org;
    for (const auto& r : ex.roles)
        org[fixture::surface(d, ex, r.person)] =
            r.organization != kNoMention ? ex.mentions[r.organization].canonical : r.organization_name;
    CHECK(org["Mary Osei"] == "United States");
    CHECK(org["Pablo Reyes"] == "Chile");
    REQUIRE(org.count("Ana Ruiz"));
    CHECK(org["Ana Ruiz"].empty());
}

TEST_CASE("a capitalized portfolio before a title belongs to the title, and is never a person") {
    auto d = fixture::doc(
        "Rosa Alvear met Tunde Bakare in Abuja on Tuesday. Alvear was joined by Foreign Affairs Minister Pablo "
        "Reyes and Climate Minister Ana Lima.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    auto ps = persons(d, ex);
    CHECK_FALSE(has(ps, "Foreign Affairs"));
    std::map<std::string, std::string> title;
    for (const auto& r : ex.roles) title[fixture::surface(d, ex, r.person)] = r.title;
    CHECK(title["Pablo Reyes"] == "Foreign Affairs Minister");
    CHECK(title["Ana Lima"] == "Climate Minister");
}

TEST_CASE("a capital's possessive names its country; a country after a preposition is never part of a name") {
    auto d = fixture::doc(
        "Kofi Mensah, Accra's ambassador to Chile, spoke first. The minister thanked Ambassador to Nigeria Ana "
        "Lima for her work.\n");
    auto ex = extract(d, fixture::gazetteer());
    std::map<std::string, std::pair<std::string, std::string>> role;
    for (const auto& r : ex.roles)
        role[fixture::surface(d, ex, r.person)] = {
            r.title, r.organization != kNoMention ? ex.mentions[r.organization].canonical : r.organization_name};
    CHECK(role["Kofi Mensah"] == std::make_pair(std::string("ambassador to Chile"), std::string("Ghana")));
    CHECK(role["Ana Lima"].first == "Ambassador to Nigeria");
}

TEST_CASE("an attribution's speaker does not take the country of a counterpart before the comma") {
    auto d = fixture::doc(
        "The ministers agreed to meet again with their Chilean counterpart, spokesman Pablo Reyes said.\n");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.roles.size() == 1);
    CHECK(ex.roles[0].organization == kNoMention);
    CHECK(ex.roles[0].organization_name.empty());
}

TEST_CASE("an accompanied principal ties the sentence to the meeting however far down it comes") {
    auto d = fixture::doc(
        "Ghanaian President Kofi Mensah met Chilean President Rosa Alvear in Accra on Monday.\n\n"
        "The two leaders discussed cocoa exports.\n\nMensah said trade would grow.\n\nAlvear praised the "
        "hospitality.\n\nThe cocoa price rose in London.\n\nAlvear was accompanied at the talks by Trade Minister "
        "Ana Lima.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    REQUIRE(ex.meetings[0].accompaniments.size() == 1);
    CHECK(fixture::surface(d, ex, ex.meetings[0].accompaniments[0].official) == "Ana Lima");
}

TEST_CASE("a surname that is also a place's name is the person, unless written as a place") {
    auto d = fixture::doc(
        "Chilean President Rosa Alvear met Ghanaian President Kofi Lagos in Santiago on Monday.\n\n"
        "Alvear and Lagos previously held talks in Accra. Alvear will fly to Lagos on Friday.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    std::vector<std::string> people, cities;
    for (const auto& m : ex.mentions) {
        if (m.kind == MentionKind::Person) people.push_back(m.canonical);
        if (m.kind == MentionKind::City) cities.push_back(m.canonical);
    }
    CHECK(std::count(people.begin(), people.end(), "Lagos") == 1);  // "Alvear and Lagos"
    CHECK(has(cities, "Lagos"));                                     // "fly to Lagos"
    REQUIRE(ex.meetings.size() == 2);
    CHECK(participants(d, ex, ex.meetings[1]) == std::vector<std::string>{"Alvear", "Lagos"});
}

TEST_CASE("'the two foreign ministers' are the two people holding that title, not the last pair named") {
    auto d = fixture::doc(
        "Chilean Foreign Minister Rosa Alvear met Ghanaian Foreign Minister Kofi Mensah in Accra on Monday.\n\n"
        "Later, Alvear was received by President Ama Owusu.\n\n"
        "The cocoa price rose.\n\n"
        "The two foreign ministers last met in March in Santiago, where they discussed fishing rights.\n",
        "2021-09-15");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 3);
    const auto& m = ex.meetings[2];
    CHECK(participants(d, ex, m) == std::vector<std::string>{"Kofi Mensah", "Rosa Alvear"});
    REQUIRE(m.location != kNoMention);
    CHECK(ex.mentions[m.location].canonical == "Santiago");
    CHECK(m.date.iso() == "2021-03");
    // the meeting with the president keeps no place from the later sentence
    CHECK(ex.meetings[1].location == kNoMention);
}

TEST_CASE("'X last visited Y in October, when he and Z discussed W' is an earlier meeting in Y") {
    auto d = fixture::doc(
        "Chilean Foreign Minister Rosa Alvear met Ghanaian President Kofi Mensah in Santiago on Monday.\n\n"
        "Mensah last visited Accra in October, when he and Alvear discussed fishing rights.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 2);
    const auto& m = ex.meetings[1];
    CHECK(participants(d, ex, m) == std::vector<std::string>{"Alvear", "Mensah"});
    REQUIRE(m.location != kNoMention);
    CHECK(ex.mentions[m.location].canonical == "Accra");
    CHECK(m.date.iso() == "2020-10");
    REQUIRE(m.issues.size() == 1);
    CHECK(m.issues[0].label == "fishing rights");
}

TEST_CASE("a quotation that runs over several sentences names neither participants nor places") {
    auto d = fixture::doc(
        "Kofi Mensah said in a meeting with Rosa Alvear in Santiago on Monday: \u201CPresident Ama Owusu and I "
        "agreed in Accra. We made progress. Tunde Bakare knows it,\u201D he added.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(participants(d, ex, ex.meetings[0]) == std::vector<std::string>{"Kofi Mensah", "Rosa Alvear"});
    REQUIRE(ex.meetings[0].location != kNoMention);
    CHECK(ex.mentions[ex.meetings[0].location].canonical == "Santiago");
}

TEST_CASE("issue lists run past relative clauses and parentheses, and keep 'between A and B' whole") {
    auto d = fixture::doc(
        "Kofi Mensah met Rosa Alvear in Accra on Monday. The two presidents discussed the border dispute, which "
        "Chile has taken to court, the funding of the AU mission (AUM), to which Ghana sends troops, and the peace "
        "process between the army and the rebels.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(fixture::issue_labels(ex.meetings[0]) ==
          std::vector<std::string>{"border dispute", "funding of the AU mission", "peace process between the army and the rebels"});
}

TEST_CASE("issue phrases: coordinated modifiers, 'after' a noun, topics after a time, named generic heads") {
    auto d = fixture::doc(
        "Kofi Mensah met Rosa Alvear in Accra on Monday. They discussed history issues, nuclear and missile "
        "programs and reconstruction after the hurricane. Mensah and Alvear also held talks late on Tuesday on "
        "the size of fishing quotas.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(!ex.meetings.empty());
    std::vector<std::string> all;
    for (const auto& m : ex.meetings)
        for (const auto& l : fixture::issue_labels(m)) all.push_back(l);
    CHECK(has(all, "history issues"));
    CHECK(has(all, "nuclear and missile programs"));
    CHECK(has(all, "reconstruction after the hurricane"));
    CHECK(has(all, "size of fishing quotas"));
}

TEST_CASE("continuations after an attribution, speakers ending a list, and a partner's appositive") {
    auto d = fixture::doc(
        "Kofi Mensah met Rosa Alvear in Accra on Monday.\n\n"
        "According to spokesman Pablo Reyes, the talks covered cocoa prices and reviving a joint shipping line, "
        "the ministry said.\n\n"
        "On Tuesday, Mensah held talks with Tunde Bakare, Nigeria's trade minister, on the training of customs "
        "officers.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 2);
    CHECK(fixture::issue_labels(ex.meetings[0]) == std::vector<std::string>{"cocoa prices", "joint shipping line"});
    CHECK(fixture::issue_labels(ex.meetings[1]) == std::vector<std::string>{"training of customs officers"});
}

TEST_CASE("a date inside a relative clause about a person is not the meeting's date") {
    auto d = fixture::doc(
        "Kofi Mensah, a career diplomat who became foreign minister in March, met Rosa Alvear in Accra "
        "yesterday.\n",
        "2021-09-15");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(ex.meetings[0].date.iso() == "2021-09-14");
}

TEST_CASE("titles reach their holder past an honorific, a second title, or a possessive body") {
    auto d = fixture::doc(
        "Tunde Bakare spoke with Ghana's Prime Minister, Sir Kofi Mensah, on Monday. He thanked President and "
        "PM Ama Owusu. Rosa Alvear was joined by Ana Lima, ambassador of the ministry's Trade Bureau.\n"
        "Hurricane Mitch hit the coast at 6:05 PM GMT.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    std::map<std::string, std::vector<std::string>> titles;
    for (const auto& r : ex.roles) titles[fixture::surface(d, ex, r.person)].push_back(r.title);
    CHECK(titles["Kofi Mensah"] == std::vector<std::string>{"Prime Minister"});
    // both titles, the abbreviation written out
    CHECK(has(titles["Ama Owusu"], "President"));
    CHECK(has(titles["Ama Owusu"], "Prime Minister"));
    REQUIRE(titles["Ana Lima"].size() == 1);
    CHECK(titles["Ana Lima"][0].rfind("ambassador", 0) == 0);
    CHECK_FALSE(has(persons(d, ex), "Hurricane Mitch"));
}

TEST_CASE("a clock time's PM is no title, and a lower-case pm is never one") {
    auto d = fixture::doc("The talks ended at 6:05 PM GMT on Monday. They resumed at 5 pm Ama Owusu said.\n");
    auto ex = extract(d, fixture::gazetteer());
    CHECK(ex.roles.empty());
    CHECK_FALSE(has(persons(d, ex), "GMT"));
}

TEST_CASE("a byline places the story in a town the gazetteer lacks, by its region in parentheses") {
    auto d = fixture::doc(
        "Ministers meet on the island\n\nWritten by Staff Reporter | Mkokotoni (Zanzibar)\n\n"
        "Foreign Minister Kofi Mensah met Rosa Alvear on Thursday on the sidelines of the Council of Foreign "
        "Ministers meeting. The two held talks on the sidelines on Chile and fishing rights. They held talks on the "
        "Chilean island of Chiloe.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.dateline != kNoMention);
    CHECK(ex.mentions[ex.dateline].canonical == "Mkokotoni");
    CHECK(ex.mentions[ex.dateline].country == "TZ");
    CHECK_FALSE(has(persons(d, ex), "Foreign Ministers"));
    std::vector<std::string> all;
    for (const auto& m : ex.meetings)
        for (const auto& l : fixture::issue_labels(m)) all.push_back(l);
    CHECK(all == std::vector<std::string>{"Chile", "fishing rights"});
}

TEST_CASE("'A and B spoke for 45 minutes', 'X also attended.', and 'She and Y first discussed'") {
    auto d = fixture::doc(
        "Mr Mensah and Chile's Foreign Minister Rosa Alvear spoke for about 45 minutes at a hotel on Monday. Trade "
        "Minister Ana Lima also attended.\n\n"
        "Ghanaian President Kofi Mensah met Nigerian President Tunde Bakare on Tuesday.\n\n"
        "Bakare said the talks went well. He and Alvear first discussed the idea when she visited Abuja earlier "
        "this year.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 3);
    CHECK(participants(d, ex, ex.meetings[0]) == std::vector<std::string>{"Mensah", "Rosa Alvear"});
    REQUIRE(ex.meetings[0].accompanying.size() == 1);
    CHECK(fixture::surface(d, ex, ex.meetings[0].accompanying[0]) == "Ana Lima");
    CHECK(participants(d, ex, ex.meetings[2]) == std::vector<std::string>{"Alvear", "Bakare"});
    REQUIRE(ex.meetings[2].location != kNoMention);
    CHECK(ex.mentions[ex.meetings[2].location].canonical == "Abuja");
}

TEST_CASE("'A and B spoke to reporters' is no meeting between them") {
    auto d = fixture::doc("Kofi Mensah and Rosa Alvear spoke to reporters in Accra on Monday.\n", "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    CHECK(ex.meetings.empty());
}

TEST_CASE("a caption's meeting does not take over the story; officials 'participating in the meeting' join it") {
    auto d = fixture::doc(
        "Kofi Mensah met Rosa Alvear at the Volta Hotel in Accra on Monday.\n\n"
        "Mensah and Alvear shook hands at the Volta Hotel.\n\n"
        "Kofi Mensah (left) and Rosa Alvear shake hands at the Volta Hotel in Accra on May 2. Credit: "
        "AFP via Getty Images\n\n"
        "The talks lasted four hours.\n\nCocoa prices rose.\n\nTrade was brisk.\n\n"
        "Ghanaian officials participating in the meeting included Trade Minister Ana Lima and Ambassador "
        "Pablo Reyes.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() >= 2);
    std::vector<std::string> joined;
    for (const auto& m : ex.meetings)
        for (auto p : m.accompanying) joined.push_back(fixture::surface(d, ex, p));
    CHECK(has(joined, "Ana Lima"));
    // nobody joined the caption's meeting (the last one by position)
    CHECK(ex.meetings.back().accompanying.empty());
    // titles and people are actors, not topics
    for (const auto& m : ex.meetings) CHECK(fixture::issue_labels(m).empty());
}

TEST_CASE("'Talks between X and Z on Sunday' goes on with X's Sunday meeting, however far back") {
    auto d = fixture::doc(
        "Kofi Mensah met Rosa Alvear in Accra on Sunday.\n\nCocoa prices rose.\n\nTrade was brisk.\n\n"
        "Markets were calm.\n\nThe port was busy.\n\n"
        "Talks between Mensah and Okoro on Sunday made little progress on differences, which included cocoa "
        "quotas, fishing rights and visas.\n",
        "2021-03-08");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    auto issues = fixture::issue_labels(ex.meetings[0]);
    CHECK(has(issues, "cocoa quotas"));
    CHECK(has(issues, "fishing rights"));
    CHECK(has(issues, "visas"));
}

TEST_CASE("talks on another day are not the earlier meeting's") {
    auto d = fixture::doc(
        "Kofi Mensah met Rosa Alvear in Accra on Sunday.\n\nCocoa prices rose.\n\nTrade was brisk.\n\n"
        "Markets were calm.\n\nThe port was busy.\n\n"
        "Talks between Mensah and Okoro on Friday covered fishing rights.\n",
        "2021-03-08");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(fixture::issue_labels(ex.meetings[0]).empty());
}

TEST_CASE("'Their remarks' after a sentence naming a pair goes on with that pair's meeting") {
    auto d = fixture::doc(
        "Kofi Mensah met Rosa Alvear in Accra on Monday.\n\n"
        "Mensah later met Nigerian Trade Minister Ada Obi.\n\nCocoa prices rose.\n\nTrade was brisk.\n\n"
        "Markets were calm.\n\n"
        "Mensah and Alvear made the point of keeping channels open. The port was busy.\n\n"
        "Their remarks pointed to a long list of issues they discussed, including cocoa quotas and "
        "fishing rights.\n",
        "2021-03-09");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 2);
    const auto& first = ex.meetings[0];
    REQUIRE(fixture::surface(d, ex, first.participants.back()) == "Rosa Alvear");
    CHECK(has(fixture::issue_labels(first), "cocoa quotas"));
    CHECK(has(fixture::issue_labels(first), "fishing rights"));
    CHECK(fixture::issue_labels(ex.meetings[1]).empty());
}

TEST_CASE("'stressed \"the need to ...\"': the topic runs on into the quotation") {
    auto d = fixture::doc(
        "Kofi Mensah met Rosa Alvear in Accra on Monday. In his talks with Alvear, Mensah stressed "
        "\u201Cthe need to reduce the risk of miscalculation.\u201D\n",
        "2021-03-09");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(!ex.meetings.empty());
    bool found = false;
    for (const auto& m : ex.meetings)
        for (const auto& l : fixture::issue_labels(m)) found = found || l.find("miscalculation") != std::string::npos;
    CHECK(found);
}

TEST_CASE("an organization's acronym in mixed case before a surname is a given name") {
    auto d = fixture::doc("Au Mensah met Rosa Alvear in Accra on Monday. The Au summit opened. The AU Commission met.\n",
                          "2021-03-09");
    auto ex = extract(d, fixture::gazetteer());
    std::vector<std::string> orgs, people;
    for (const auto& m : ex.mentions) {
        if (m.kind == MentionKind::Organization) orgs.push_back(std::string(d.text(m.span)));
        if (m.kind == MentionKind::Person) people.push_back(std::string(d.text(m.span)));
    }
    CHECK(has(people, "Au Mensah"));
    CHECK(has(orgs, "Au"));  // "The Au summit": the organization
    CHECK(has(orgs, "AU"));
}

TEST_CASE("'The two presidents also discussed X', paragraphs later, goes to the meeting of two presidents") {
    auto d = fixture::doc(
        "President Kofi Mensah hosted Chilean President Rosa Alvear in Accra on Tuesday.\n\n"
        "Cocoa prices rose.\n\nTrade was brisk.\n\nMarkets were calm.\n\n"
        "Mensah later spoke by telephone with Nigerian President Ada Obi.\n\nThe port was busy.\n\n"
        "The two presidents also discussed fishing rights along the coast, an official said.\n",
        "2021-03-10");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(!ex.meetings.empty());
    const MeetingAssertion* visit = nullptr;
    for (const auto& m : ex.meetings)
        if (m.kind == EncounterKind::Meeting) visit = &m;
    REQUIRE(visit);
    CHECK(has(fixture::issue_labels(*visit), "fishing rights along the coast"));
    for (const auto& m : ex.meetings)
        if (m.kind == EncounterKind::Call) CHECK(fixture::issue_labels(m).empty());
}

TEST_CASE("'The leaders also stressed X' near the end of a story of one meeting goes on with it") {
    const std::string story =
        "President Kofi Mensah hosted Chilean President Rosa Alvear in Accra on Tuesday.\n\n"
        "Cocoa prices rose.\n\nTrade was brisk.\n\nMarkets were calm.\n\nThe port was busy.\n\n";
    auto one = fixture::doc(story + "The leaders also stressed the need for a fisheries accord.\n", "2021-03-10");
    auto ex = extract(one, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(has(fixture::issue_labels(ex.meetings[0]), "fisheries accord"));
    // a second meeting in the story: "the leaders" is no longer sure to be the first meeting's
    auto two = fixture::doc(story + "Alvear later met Nigerian President Ada Obi in Abuja.\n\nThe port was busy.\n\n"
                                    "Rain fell.\n\nShops closed.\n\nThe leaders also stressed the need for a fisheries accord.\n",
                            "2021-03-10");
    auto ex2 = extract(two, fixture::gazetteer());
    REQUIRE(ex2.meetings.size() == 2);
    for (const auto& m : ex2.meetings) CHECK(fixture::issue_labels(m).empty());
}

TEST_CASE("a possessive day names another event: 'met ... ahead of Tuesday's conference' is not on Tuesday") {
    auto d = fixture::doc(
        "ACCRA, March 22 (Reuters) - Kofi Mensah and Rosa Alvear held talks late on Sunday on cocoa quotas, "
        "clearing one of the last obstacles to a deal.\n\n"
        "The two ministers met for about 90 minutes at the Volta Hotel, ahead of Tuesday's conference.\n",
        "2021-03-22");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 2);
    CHECK(ex.meetings[0].date.iso() == "2021-03-21");
    // "the last obstacles" is no earlier event: the lead's Sunday carries to the next sentence
    CHECK(ex.meetings[1].date.iso() == "2021-03-21");
}

TEST_CASE("a relative clause opened by a preposition ends an issue: 'the baseline from which X is calculated'") {
    auto d = fixture::doc(
        "Kofi Mensah met Rosa Alvear in Accra on Monday. They discussed the size of the cuts and the baseline from "
        "which each reduction would be calculated.\n",
        "2021-03-09");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    auto issues = fixture::issue_labels(ex.meetings[0]);
    CHECK(has(issues, "size of the cuts"));
    CHECK(has(issues, "baseline"));
}

namespace {
std::vector<std::string> roles_of(const readout::text::Document& d, const ArticleExtraction& ex, const std::string& person) {
    std::vector<std::string> out;
    for (const auto& r : ex.roles)
        if (fixture::surface(d, ex, r.person) == person)
            out.push_back(r.title + " / " + (r.organization != kNoMention ? ex.mentions[r.organization].canonical : r.organization_name));
    return out;
}
}  // namespace

TEST_CASE("appositive titles: a parenthesis after the name, a second post 'and its ...', 'who has served as'") {
    auto d = fixture::doc(
        "ACCRA, May 4 (Reuters) - Kofi Mensah met Rosa Alvear on Tuesday. Ghana's ambassador to Chile, Ama "
        "Owusu (no relation to the minister), also attended.\n\n"
        "Mensah was accompanied by Kwame Boateng, Ghana's ambassador in Santiago and its permanent "
        "representative to the African Union.\n\n"
        "Mensah also met Yaw Darko. Darko, a veteran Ghanaian diplomat who has served as secretary-general "
        "of the 55-member African Union since 2019, said the talks went well.\n",
        "2021-05-04");
    auto ex = extract(d, fixture::gazetteer());
    CHECK(has(roles_of(d, ex, "Ama Owusu"), "ambassador to Chile / Ghana"));
    auto boateng = roles_of(d, ex, "Kwame Boateng");
    CHECK(has(boateng, "ambassador / Ghana"));
    CHECK(has(boateng, "permanent representative to the African Union / Ghana"));
    CHECK(has(roles_of(d, ex, "Darko"), "secretary-general / African Union"));
}

TEST_CASE("a venue named after a place, set in the city written right after it, is the venue") {
    auto d = fixture::doc("ACCRA, May 17 (Reuters) - On Sunday, Kofi Mensah hosted Rosa Alvear for talks at Lagos Conference Hall in "
                          "Accra.\n",
                          "1999-05-17");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    const auto& m = ex.meetings[0];
    REQUIRE(m.location != kNoMention);
    CHECK(ex.mentions[m.location].canonical == "Accra");
    REQUIRE(m.venue != kNoMention);
    CHECK(std::string(d.text(ex.mentions[m.venue].span)) == "Lagos Conference Hall");
}

TEST_CASE("'A meeting between X and Y that had been planned for this week was postponed' is no meeting") {
    auto d = fixture::doc("A meeting between Ghanaian Foreign Minister Kofi Mensah and Chilean Foreign Minister Rosa "
                          "Alvear that had been planned for this week was postponed.\n",
                          "2021-03-09");
    auto ex = extract(d, fixture::gazetteer());
    CHECK(ex.meetings.empty());
}

TEST_CASE("'his Chilean peer X' is a counterpart as 'his Chilean counterpart X' is; 'a peer review' is not") {
    auto d = fixture::doc(
        "Tunde Bakare met his Chilean peer, Foreign Minister Rosa Alvear, in Abuja on Monday.\n\n"
        "Kofi Mensah met their peers in Accra on Tuesday.\n\n"
        "A peer review by Ana Ruiz found no fault, Ama Owusu said.\n",
        "2021-03-05");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE_FALSE(ex.meetings.empty());
    CHECK(participants(d, ex, ex.meetings[0]) == std::vector<std::string>{"Rosa Alvear", "Tunde Bakare"});
    std::string alvear_org;
    for (const auto& r : ex.roles)
        if (fixture::surface(d, ex, r.person) == "Rosa Alvear")
            alvear_org = r.organization != kNoMention ? ex.mentions[r.organization].canonical : r.organization_name;
    CHECK(alvear_org == "Chile");
    for (const auto& m : ex.meetings)
        for (auto p : m.participants) CHECK(fixture::surface(d, ex, p) != "Ana Ruiz");
}
