#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "../extract/fixture.hpp"
#include "readout/resolve/resolver.hpp"

using namespace readout;
using namespace readout::resolve;

namespace {

text::Document article(std::string id, std::string body, std::string date = {}) {
    text::Article a;
    a.id = std::move(id);
    a.text = std::move(body);
    a.date = std::move(date);
    return text::Document(std::move(a));
}

KnowledgeBase run(const std::vector<text::Document>& docs) { return resolve_documents(docs, fixture::gazetteer()); }

std::vector<std::string> names(const KnowledgeBase& kb, const std::vector<Index>& people) {
    std::vector<std::string> out;
    for (auto p : people) out.push_back(kb.persons[p].name);
    std::sort(out.begin(), out.end());
    return out;
}

const PersonEntity* person(const KnowledgeBase& kb, const std::string& name) {
    for (const auto& p : kb.persons)
        if (p.name == name) return &p;
    return nullptr;
}

}  // namespace

TEST_CASE("person keys fold case, diacritics, initials and nicknames") {
    CHECK(person_key("Antonio J. Nuñez") == person_key("antonio nunez"));
    CHECK(person_key("Matt Greer") == person_key("Matthew Greer"));
    CHECK(person_key("Rosa Alvear") != person_key("Rosa Alvarez"));
    // romanizations of one Cyrillic ending
    CHECK(person_key("Oleksiy Zelenskiy") == person_key("Oleksii Zelenskyy"));
    CHECK(person_key("Sergei Vostrov") == person_key("Sergey Vostrov"));
    CHECK(person_key("Dmitriy Orlov") == person_key("Dmitry Orlov"));
    CHECK(person_key("Ana Ruiz") != person_key("Ana Ruy"));  // short words are left alone
}

TEST_CASE("surnames resolve to the full name; a shared surname goes to the person introduced first") {
    std::vector<text::Document> docs;
    docs.push_back(article("a",
                           "Foreign Minister Rosa Alvear met President Tunde Bakare in Abuja on Tuesday.\n"
                           "Ambassador Luis Alvear, no relation, did not attend.\n"
                           "Alvear said the talks were useful, and Bakare agreed.\n",
                           "2021-03-05"));
    auto kb = run(docs);
    const auto* rosa = person(kb, "Rosa Alvear");
    REQUIRE(rosa);
    CHECK(rosa->aliases.count("Alvear") == 1);
    const auto* luis = person(kb, "Luis Alvear");
    REQUIRE(luis);
    CHECK(luis->aliases.count("Alvear") == 0);
    CHECK(person(kb, "Alvear") == nullptr);
}

TEST_CASE("the same meeting in two articles merges when a weekday agrees with the date") {
    std::vector<text::Document> docs;
    docs.push_back(article("a", "Rosa Alvear met Tunde Bakare in Abuja on Tuesday to discuss fishing rights.\n", "2021-03-05"));
    docs.push_back(article("b", "Chilean Foreign Minister Rosa Alvear held talks with Tunde Bakare in Abuja on Tuesday.\n"));
    auto kb = run(docs);
    REQUIRE(kb.meetings.size() == 1);
    CHECK(kb.meetings[0].date.iso() == "2021-03-02");
    CHECK(kb.meetings[0].articles.size() == 2);
    CHECK(names(kb, kb.meetings[0].participants) == std::vector<std::string>{"Rosa Alvear", "Tunde Bakare"});
}

TEST_CASE("finish() consumes the articles: the merged knowledge is returned once") {
    Resolver r(fixture::gazetteer());
    for (const auto* id : {"a", "b"}) {
        auto doc = article(id, "Rosa Alvear met Tunde Bakare in Abuja on Tuesday.\n", "2021-03-05");
        r.add(doc, extract::extract(doc, fixture::gazetteer()));
    }
    auto kb = r.finish();
    CHECK(kb.articles.size() == 2);
    REQUIRE(kb.meetings.size() == 1);
    CHECK(kb.meetings[0].evidence.size() == 2);  // moved, not lost
    CHECK(r.finish() == KnowledgeBase{});
}

TEST_CASE("merging is conservative: a different weekday, or no date evidence, keeps meetings apart") {
    std::vector<text::Document> docs;
    docs.push_back(article("a", "Rosa Alvear met Tunde Bakare in Abuja on Tuesday.\n"));
    docs.push_back(article("b", "Rosa Alvear met Tunde Bakare in Abuja on Friday.\n"));
    docs.push_back(article("c", "Rosa Alvear met Tunde Bakare in Abuja.\n"));
    auto kb = run(docs);
    CHECK(kb.meetings.size() == 3);
}

TEST_CASE("a counterpart resolves to the official of that country named in the article") {
    std::vector<text::Document> docs;
    docs.push_back(article("a",
                           "Ghanaian Foreign Minister Kofi Mensah held talks with his Nigerian counterpart in Abuja "
                           "on Tuesday.\nMensah met Ada Okafor, Nigeria's foreign minister, at the Unity House.\n",
                           "2021-03-05"));
    auto kb = run(docs);
    REQUIRE(kb.meetings.size() == 1);
    CHECK(names(kb, kb.meetings[0].participants) == std::vector<std::string>{"Ada Okafor", "Kofi Mensah"});
    REQUIRE(kb.meetings[0].venue != kNone);
    CHECK(kb.places[kb.meetings[0].venue].name == "Unity House");
    CHECK(kb.meetings[0].date.iso() == "2021-03-02");
}

TEST_CASE("positions keep the organization and merge across articles") {
    std::vector<text::Document> docs;
    docs.push_back(article("a", "Chilean Foreign Minister Rosa Alvear spoke in Accra.\n"));
    docs.push_back(article("b", "Rosa Alvear, Chile's Foreign Minister, said the talks went well.\n"));
    auto kb = run(docs);
    REQUIRE(kb.positions.size() == 1);
    CHECK(kb.positions[0].role == "Foreign Minister");
    REQUIRE(kb.positions[0].organization.is_country);
    CHECK(kb.places[kb.positions[0].organization.index].name == "Chile");
    CHECK(kb.positions[0].articles.size() == 2);
}

TEST_CASE("a counterpart named after the word holds the same post in the stated country") {
    std::vector<text::Document> docs;
    docs.push_back(article("a",
                           "Chilean Foreign Minister Rosa Alvear met her Nigerian counterpart, Tunde Bakare, in Abuja "
                           "on Tuesday.\n",
                           "2021-03-05"));
    auto kb = run(docs);
    const PositionEntity* bakare = nullptr;
    for (const auto& pos : kb.positions)
        if (kb.persons[pos.person].name == "Tunde Bakare") bakare = &pos;
    REQUIRE(bakare);
    CHECK(bakare->role == "Foreign Minister");
    REQUIRE(bakare->organization.is_country);
    CHECK(kb.places[bakare->organization.index].name == "Nigeria");
}

namespace {
/// The organization label of a person's post with the given title, or "" when it has none.
std::string post_org(const KnowledgeBase& kb, const std::string& name, const std::string& title) {
    const PersonEntity* pe = person(kb, name);
    REQUIRE(pe);
    auto p = static_cast<Index>(pe - kb.persons.data());
    for (const auto& pos : kb.positions) {
        if (pos.person != p || pos.role != title) continue;
        if (pos.organization.empty()) return "";
        return pos.organization.is_country ? kb.places[pos.organization.index].name
                                           : kb.organizations[pos.organization.index].name;
    }
    FAIL("no post " << title << " for " << name);
    return "";
}
}  // namespace

TEST_CASE("posts without an organization: an accompanying official serves the principal's country") {
    auto kb = run({article("a1",
                           "Ghanaian President Kofi Mensah-Boateng met Chilean President Rosa Valdivieso in Santiago "
                           "on Monday. Mensah-Boateng was accompanied by Foreign Minister Yaw Asante-Darko and "
                           "Trade Minister Efua Quaye.",
                           "2022-05-10")});
    CHECK(post_org(kb, "Yaw Asante-Darko", "Foreign Minister") == "Ghana");
    CHECK(post_org(kb, "Efua Quaye", "Trade Minister") == "Ghana");
    // a title the text tied to a country is kept
    CHECK(post_org(kb, "Rosa Valdivieso", "President") == "Chile");
}

TEST_CASE("posts without an organization: the dateline's country, unless the person met abroad or at a summit") {
    auto home = run({article("a2",
                             "ACCRA, March 3 (Reuters) - Prime Minister Ama Owusu-Sarpong said on Tuesday the "
                             "government would cut fuel duties.\nSpokesman Kwesi Arthur-Mensah told reporters the "
                             "measure would take effect in April.",
                             "2021-03-03")});
    CHECK(post_org(home, "Ama Owusu-Sarpong", "Prime Minister") == "Ghana");
    CHECK(post_org(home, "Kwesi Arthur-Mensah", "Spokesman") == "Ghana");

    // The same title filed from Accra about a minister who met someone in Abuja: no inference.
    auto away = run({article("a3",
                             "ACCRA, March 3 (Reuters) - Foreign Minister Ama Owusu-Sarpong met Nigerian President "
                             "Chidi Okonkwo-Eze in Abuja on Tuesday.",
                             "2021-03-03")});
    CHECK(post_org(away, "Ama Owusu-Sarpong", "Foreign Minister").empty());
}

TEST_CASE("posts without an organization: the dateline's country goes to hosts, not to visitors") {
    // The visitor meets the dateline country's president at home: the visitor is not from there.
    auto visit = run({article("a4",
                              "ACCRA, March 3 (Reuters) - Foreign Minister Pablo Reyes met Ghanaian President Kofi "
                              "Mensah in Accra on Tuesday. Speaker Ama Owusu-Sarpong said parliament would vote.",
                              "2021-03-03")});
    CHECK(post_org(visit, "Pablo Reyes", "Foreign Minister").empty());
    CHECK(post_org(visit, "Kofi Mensah", "President") == "Ghana");

    // A summit held elsewhere, reported from home, leaves the dateline as home.
    auto summit = run({article("a5",
                               "ACCRA, March 3 (Reuters) - Prime Minister Ama Owusu-Sarpong met Nigerian President "
                               "Chidi Okonkwo-Eze on the sidelines of the African Union summit in Abuja on Tuesday.\n"
                               "Spokesman Kwesi Arthur-Mensah said the talks went well.",
                               "2021-03-03")});
    CHECK(post_org(summit, "Kwesi Arthur-Mensah", "Spokesman") == "Ghana");
    CHECK(post_org(summit, "Ama Owusu-Sarpong", "Prime Minister").empty());  // she met abroad
}

TEST_CASE("posts without an organization: a person's other post in the article gives the country") {
    auto kb = run({article("a6",
                           "Ghanaian Foreign Minister Kofi Mensah arrived on Monday. \"I thank Minister Kofi Mensah,\" "
                           "the envoy said.",
                           "2021-03-03")});
    CHECK(post_org(kb, "Kofi Mensah", "Foreign Minister") == "Ghana");
    CHECK(post_org(kb, "Kofi Mensah", "Minister") == "Ghana");
}

TEST_CASE("posts without an organization: an official accompanying a host takes the host's dateline country") {
    auto kb = run({article("a7",
                           "ACCRA, March 3 (Reuters) - President Kofi Mensah met Chilean President Rosa Valdivieso "
                           "on Tuesday. Mensah was accompanied by Foreign Minister Yaw Asante-Darko.\n"
                           "Asante-Darko and Valdivieso had met in Santiago last year.",
                           "2021-03-03")});
    CHECK(post_org(kb, "Kofi Mensah", "President") == "Ghana");
    // met abroad (Santiago) so not a host by rule 2, but the accompanied host is Ghanaian
    CHECK(post_org(kb, "Yaw Asante-Darko", "Foreign Minister") == "Ghana");
}

TEST_CASE("posts without an organization: a title written unlike its canonical form still has its kind") {
    // "spokeswoman" is written so; the gazetteer's canonical title is "Spokesperson"
    auto kb = run({article("a8",
                           "ACCRA, March 3 (Reuters) - Spokeswoman Ama Owusu-Sarpong told reporters the border "
                           "would reopen.",
                           "2021-03-03")});
    CHECK(post_org(kb, "Ama Owusu-Sarpong", "Spokeswoman") == "Ghana");
}

TEST_CASE("within an article, an unplaced meeting is at the dateline and does not merge with one elsewhere") {
    auto kb = run({article("a9",
                           "ACCRA, March 3 (Reuters) - Ghanaian President Kofi Mensah met Chilean President Rosa "
                           "Valdivieso on Tuesday to discuss cocoa.\n"
                           "Mensah and Valdivieso first discussed the idea when he visited Santiago earlier this year.",
                           "2021-03-03")});
    REQUIRE(kb.meetings.size() == 2);
    std::vector<std::string> places;
    for (const auto& m : kb.meetings) places.push_back(kb.places[m.location].name);
    std::sort(places.begin(), places.end());
    CHECK(places == std::vector<std::string>{"Accra", "Santiago"});
}

TEST_CASE("a meeting at a venue the article places elsewhere takes the venue's city") {
    auto kb = run({article("a10",
                           "Kofi Mensah and Rosa Valdivieso held talks at the Volta Hotel on Monday. Mensah "
                           "and Valdivieso later met Tunde Bakare at the Volta Hotel in Accra on Tuesday.",
                           "2021-03-03")});
    REQUIRE(kb.meetings.size() == 2);
    for (const auto& m : kb.meetings) {
        REQUIRE(m.location != kNone);
        CHECK(kb.places[m.location].name == "Accra");
    }
}

TEST_CASE("one holder at a time: a second spelling of a foreign minister's name in the same months is the same person") {
    std::vector<text::Document> docs;
    docs.push_back(article("a", "Chilean Foreign Minister Sergei Morozov met Kofi Mensah in Accra on Monday.\n", "2021-03-02"));
    docs.push_back(article("b", "Chilean Foreign Minister Serguei Morozov met Kofi Mensah in Accra on Monday.\n", "2021-03-03"));
    auto kb = run(docs);
    const PersonEntity* p = person(kb, "Sergei Morozov");
    if (!p) p = person(kb, "Serguei Morozov");
    REQUIRE(p);
    CHECK((p->aliases.count("Serguei Morozov") + p->aliases.count("Sergei Morozov")) == 1);
    CHECK(kb.meetings.size() == 1);
}

TEST_CASE("one holder at a time: not across years, not for deputies, not for other surnames, not undated") {
    auto count = [](const std::vector<text::Document>& docs) { return run(docs).persons.size(); };
    auto pair = [&](std::string first, std::string second, std::string date2) {
        std::vector<text::Document> docs;
        docs.push_back(article("a", first, "2021-03-02"));
        docs.push_back(article("b", second, date2));
        return count(docs);
    };
    const std::string a = "Chilean Foreign Minister Sergei Morozov spoke in Accra.\n";
    CHECK(pair(a, "Chilean Foreign Minister Serguei Morozov spoke in Accra.\n", "2021-04-02") == 1);
    CHECK(pair(a, "Chilean Foreign Minister Serguei Morozov spoke in Accra.\n", "2023-04-02") == 2);
    CHECK(pair(a, "Chilean Foreign Minister Serguei Morozov spoke in Accra.\n", "") == 2);
    CHECK(pair(a, "Chilean Foreign Minister Rosa Alvear spoke in Accra.\n", "2021-04-02") == 2);
    CHECK(pair(a, "Nigerian Foreign Minister Serguei Morozov spoke in Accra.\n", "2021-04-02") == 2);
    CHECK(pair("Chilean Deputy Foreign Minister Sergei Morozov spoke in Accra.\n",
               "Chilean Deputy Foreign Minister Serguei Morozov spoke in Accra.\n", "2021-04-02") == 2);
    CHECK(pair("Chilean Minister Sergei Morozov spoke in Accra.\n", "Chilean Minister Serguei Morozov spoke in Accra.\n",
               "2021-04-02") == 2);
}

TEST_CASE("a father's name after 'bin' is not the person's short form, in the article or across articles") {
    std::vector<text::Document> docs;
    docs.push_back(article("a",
                           "Foreign Minister Faisal bin Khalid met President Tunde Bakare in Abuja on Tuesday.\n"
                           "Mr Khalid, the minister's father, said the talks were useful.\n",
                           "2021-03-05"));
    docs.push_back(article("b", "Tunde Bakare met Mr Khalid in Abuja on Friday, Bakare said.\n", "2021-03-09"));
    auto kb = run(docs);
    const auto* faisal = person(kb, "Faisal bin Khalid");
    REQUIRE(faisal);
    CHECK(faisal->aliases.count("Khalid") == 0);
    CHECK(person(kb, "Khalid") != nullptr);
}

TEST_CASE("a counterpart holds the referent's post: a foreign minister's counterpart is not the president") {
    std::vector<text::Document> docs;
    docs.push_back(article("a",
                           "Ghanaian Foreign Minister Kofi Mensah met Nigerian President Tunde Bakare in Abuja on "
                           "Tuesday.\nLater, Mensah held talks with his Nigerian counterpart.\n",
                           "2021-03-05"));
    auto kb = run(docs);
    REQUIRE(kb.meetings.size() == 1);
    CHECK(names(kb, kb.meetings[0].participants) == std::vector<std::string>{"Kofi Mensah", "Tunde Bakare"});
}

TEST_CASE("'on the sidelines of the summit' is the summit named before, and the meeting is where it was") {
    std::vector<text::Document> docs;
    docs.push_back(article("a",
                           "Rosa Alvear held talks with Tunde Bakare on the sidelines of the trade summit in Accra "
                           "on Tuesday.\nAlvear also met Kofi Mensah on the sidelines of the summit.\n",
                           "2021-03-05"));
    auto kb = run(docs);
    REQUIRE(kb.meetings.size() == 2);
    REQUIRE(kb.events.size() == 1);
    for (const auto& m : kb.meetings) {
        CHECK(m.event == 0);
        REQUIRE(m.location != kNone);
        CHECK(kb.places[m.location].name == "Accra");
    }
}

TEST_CASE("an unplaced meeting on a trip abroad is where the traveller was last reported, not at the dateline") {
    auto place_of = [](const KnowledgeBase& kb, const std::string& who) -> std::string {
        for (const auto& m : kb.meetings)
            for (auto p : m.participants)
                if (kb.persons[p].name == who) return m.location == kNone ? "" : kb.places[m.location].name;
        return "?";
    };
    std::vector<text::Document> abroad;
    abroad.push_back(article("a",
                             "ACCRA, March 4 (Reuters) - Rosa Alvear held talks with Tunde Bakare in Lagos on "
                             "Tuesday.\nLater on Wednesday, Alvear met Ana Ruiz.\n",
                             "2021-03-04"));
    CHECK(place_of(run(abroad), "Ana Ruiz") == "Lagos");
    // at home, the dateline still places it; so it does when the trip was long before
    std::vector<text::Document> home;
    home.push_back(article("b",
                           "ABUJA, March 4 (Reuters) - Rosa Alvear held talks with Tunde Bakare in Lagos on "
                           "Tuesday.\nLater on Wednesday, Alvear met Ana Ruiz.\n",
                           "2021-03-04"));
    CHECK(place_of(run(home), "Ana Ruiz") == "Abuja");
    std::vector<text::Document> earlier;
    earlier.push_back(article("c",
                              "ACCRA, March 4 (Reuters) - Rosa Alvear held talks with Tunde Bakare in Lagos on "
                              "January 12.\nOn Wednesday, Alvear met Ana Ruiz.\n",
                              "2021-03-04"));
    CHECK(place_of(run(earlier), "Ana Ruiz") == "Accra");
}

TEST_CASE("posts without an organization: beside a known foreigner, an official meeting the hosts is a host") {
    std::vector<text::Document> docs;
    docs.push_back(article("a",
                           "ACCRA, March 4 (Reuters) - Chilean Foreign Minister Rosa Alvear met Ghana's President "
                           "Kofi Mensah in Accra on Tuesday. Trade Minister Tunde Bakare also attended.\n",
                           "2021-03-04"));
    auto kb = run(docs);
    const PersonEntity* bakare = person(kb, "Tunde Bakare");
    REQUIRE(bakare);
    std::string org;
    for (const auto& pos : kb.positions)
        if (kb.persons[pos.person].name == "Tunde Bakare" && !pos.organization.empty() && pos.organization.is_country)
            org = kb.places[pos.organization.index].name;
    CHECK(org == "Ghana");
}

TEST_CASE("a counterpart of a country's own foreign-ministry title is a Foreign Minister; royals are hosts (shipped gazetteer)") {
    std::vector<text::Document> docs;
    docs.push_back(article("a",
                           "RIYADH, March 4 (Reuters) - Indian External Affairs Minister Ravi Menon met his Saudi "
                           "counterpart Faisal bin Khalid in Riyadh on Tuesday. Menon later met Crown Prince Omar "
                           "bin Tariq.\n",
                           "2021-03-04"));
    auto kb = resolve_documents(docs, extract::Gazetteer::builtin());
    std::map<std::string, std::string> posts;
    for (const auto& pos : kb.positions)
        posts[kb.persons[pos.person].name] =
            pos.role + " / " + (pos.organization.empty() ? std::string() : kb.places[pos.organization.index].name);
    CHECK(posts["Faisal bin Khalid"] == "Foreign Minister / Saudi Arabia");
    CHECK(posts["Omar bin Tariq"] == "Crown Prince / Saudi Arabia");
}

TEST_CASE("a venue named after a city, placed in another city anywhere in the article, places its meetings") {
    std::vector<text::Document> docs;
    docs.push_back(article("a",
                           "Rosa Alvear with Tunde Bakare at Lagos House in Abuja on Monday. (Photo: PTI)\n\n"
                           "Rosa Alvear and Tunde Bakare held talks at Lagos House on Monday, to amplify the "
                           "concerns of the Global South.\n",
                           "2021-03-02"));
    auto kb = run(docs);
    REQUIRE(kb.meetings.size() == 1);
    REQUIRE(kb.meetings[0].location != kNone);
    CHECK(kb.places[kb.meetings[0].location].name == "Abuja");
    REQUIRE(kb.meetings[0].venue != kNone);
    CHECK(kb.places[kb.meetings[0].venue].name == "Lagos House");
    CHECK(names(kb, kb.meetings[0].participants) == std::vector<std::string>{"Rosa Alvear", "Tunde Bakare"});
}

TEST_CASE("posts without an organization: a visitor is of the country the story names most; one holder of a head's title per country") {
    std::vector<text::Document> docs;
    docs.push_back(article("a",
                           "ACCRA, March 4 (Reuters) - Foreign Minister Rosa Alvear met Ghana's President Kofi "
                           "Mensah in Accra on Tuesday. Alvear said Chile wanted more trade. Chile buys cocoa, and "
                           "Chile sells copper. Nigeria was not mentioned. President Tunde Bakare welcomed the talks.\n",
                           "2021-03-04"));
    auto kb = run(docs);
    std::map<std::string, std::string> posts;
    for (const auto& pos : kb.positions)
        posts[kb.persons[pos.person].name] = pos.organization.empty() ? "" : kb.places[pos.organization.index].name;
    CHECK(posts["Rosa Alvear"] == "Chile");
    CHECK(posts["Tunde Bakare"].empty());  // Ghana has a president in this story already
}

TEST_CASE("posts without an organization: a caller is of the country the story names most besides the one called") {
    std::vector<text::Document> docs;
    docs.push_back(article("a",
                           "President Rosa Alvear spoke by phone with Ghanaian President Kofi Mensah on Tuesday. "
                           "Alvear said Chile wanted more trade. Chile buys cocoa, and Chile sells copper.\n",
                           "2021-03-04"));
    auto kb = run(docs);
    std::map<std::string, std::string> posts;
    for (const auto& pos : kb.positions)
        posts[kb.persons[pos.person].name] = pos.organization.empty() ? "" : kb.places[pos.organization.index].name;
    CHECK(posts["Kofi Mensah"] == "Ghana");
    CHECK(posts["Rosa Alvear"] == "Chile");
}

TEST_CASE("within an article, 'held separate talks' is not part of the larger meeting of the same people") {
    std::vector<text::Document> docs;
    docs.push_back(article("a",
                           "ACCRA, March 5 (Reuters) - Kofi Mensah hosted Rosa Alvear and Tunde Bakare at the Labadi "
                           "Hotel on Friday for talks on port fees.\nBefore the session, Mensah held separate talks "
                           "with Bakare on visas.\nMensah and Alvear later met again and discussed fishing rights.\n",
                           "2021-03-05"));
    auto kb = run(docs);
    std::vector<std::vector<std::string>> who;
    for (const auto& m : kb.meetings) who.push_back(names(kb, m.participants));
    std::sort(who.begin(), who.end());
    CHECK(who == std::vector<std::vector<std::string>>{{"Kofi Mensah", "Rosa Alvear", "Tunde Bakare"},
                                                       {"Kofi Mensah", "Tunde Bakare"}});
}

TEST_CASE("a counterpart's country goes to the same post the article states later without one") {
    std::vector<text::Document> docs;
    docs.push_back(article("a",
                           "ACCRA, March 5 (Reuters) - Ghanaian Foreign Minister Kofi Mensah hosted his Nigerian "
                           "counterpart, Ada Okafor, on Wednesday.\nOkafor, who was appointed foreign minister in "
                           "April, said the talks went well.\n",
                           "2021-03-05"));
    auto kb = run(docs);
    const PersonEntity* p = person(kb, "Ada Okafor");
    REQUIRE(p);
    std::vector<std::string> posts;
    for (const auto& pos : kb.positions)
        if (&kb.persons[pos.person] == p)
            posts.push_back(pos.role + " / " + (pos.organization.empty() ? std::string() : kb.places[pos.organization.index].name));
    CHECK(posts == std::vector<std::string>{"foreign minister / Nigeria"});
}

TEST_CASE("an agency's caption and its report of one meeting are one meeting: the page's header date dates "
          "neither, 'ACCRA / LAGOS -' is a dateline, 'Labadi-Beach Hotel' is 'Labadi Beach Hotel'") {
    std::vector<text::Document> docs;
    docs.push_back(article("a",
                           "Mensah receives Alvear\n\n"
                           "NEWS WIRE | Thursday 18 October 2018 | 09:12\n\n"
                           "President Kofi Mensah receives Foreign Minister Rosa Alvear at the Labadi Beach Hotel in "
                           "Accra. (SPA)\n\n"
                           "ACCRA / LAGOS - President Kofi Mensah received at the Labadi-Beach Hotel in Accra on "
                           "October 16 the Foreign Minister Rosa Alvear, who conveyed the greetings of Tunde Bakare.\n"));
    auto kb = run(docs);
    REQUIRE(kb.meetings.size() == 1);
    CHECK(names(kb, kb.meetings[0].participants) == std::vector<std::string>{"Kofi Mensah", "Rosa Alvear"});
    CHECK(kb.meetings[0].date.iso() == "2018-10-16");
    REQUIRE(kb.meetings[0].venue != kNone);
}

TEST_CASE("no dateline: the lead's place ('told her hosts in Abuja yesterday') places the story's meetings and makes "
          "hosts of the officials who met someone, not of those only mentioned") {
    auto kb = run({article("lead",
                           "Chile's Foreign Minister Rosa Alvear told her hosts in Abuja yesterday that trade must grow.\n\n"
                           "Alvear was hosted by Foreign Minister Tunde Bakare at the ministry.\n\n"
                           "President Ade Okon did not attend.\n\n"
                           "Alvear and Bakare first met in Lagos in May 2019.\n\n"
                           "Bakare and Alvear had also met in March 2020, officials said.\n",
                           "2021-03-05")});
    const MeetingEntity* hosted = nullptr;
    const MeetingEntity* background = nullptr;
    for (const auto& m : kb.meetings) {
        if (m.date.iso() == "2021-03-04") hosted = &m;
        if (m.date.iso() == "2020-03") background = &m;
    }
    REQUIRE(hosted);
    REQUIRE(hosted->location != kNone);
    CHECK(kb.places[hosted->location].name == "Abuja");
    REQUIRE(background);
    CHECK(background->location == kNone);  // a month-dated meeting told as background: not at the lead's place
    CHECK(post_org(kb, "Tunde Bakare", "Foreign Minister") == "Nigeria");
    CHECK(post_org(kb, "Ade Okon", "President") == "");
    // quoted, the place is not the story's
    auto q = run({article("q", "\"We will meet in Abuja,\" Rosa Alvear said yesterday.\n\nAlvear met Tunde Bakare.\n",
                          "2021-03-05")});
    for (const auto& m : q.meetings) CHECK(m.location == kNone);
}
