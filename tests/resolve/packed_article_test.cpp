#include <catch2/catch.hpp>

#include <stdexcept>

#include "../extract/fixture.hpp"
#include "readout/resolve/packed_article.hpp"
#include "readout/resolve/resolver.hpp"

using namespace readout;
using namespace readout::resolve;

namespace {

// An article with every field of every entity set to something other than its default, so that
// a field the encoding forgets shows as an inequality after the round trip.
ResolvedArticle every_field() {
    ResolvedArticle L;
    KnowledgeBase& kb = L.kb;
    kb.articles.push_back(ArticleEntity{"wire-0042", "https://example.org/a?b=1&c=ü", "Ministers meet",
                                        extract::DateValue::ymd(2019, 11, 4)});
    kb.articles.back().published.weekday = 0;
    kb.persons.push_back(PersonEntity{"Ama Owusu-Mensah", {"Owusu-Mensah", "Ms. Owusu-Mensah"}});
    kb.persons.push_back(PersonEntity{"Jiménez", {}});
    kb.persons.push_back(PersonEntity{"", {""}});  // empty strings survive too
    L.person_partial = {false, true, false};
    L.person_forms = {{{"Ama Owusu-Mensah", 2}, {"Owusu-Mensah", 3}}, {{"Jiménez", 1}}, {{"x", -7}}};
    PlaceEntity country{PlaceKind::Country, "Ghana", {"Republic of Ghana"}, "GH", kNone, 8.0, -1.0};
    PlaceEntity city{PlaceKind::City, "Accra", {}, "GH", kNone, 5.55, -0.196};
    PlaceEntity venue{PlaceKind::Venue, "Jubilee House", {"the Jubilee House"}, "", 1, std::nullopt, std::nullopt};
    PlaceEntity region{PlaceKind::Region, "Volta", {}, "GH", kNone, -0.0, std::nullopt};
    kb.places = {country, city, venue, region};
    kb.organizations.push_back(OrganizationEntity{"Economic Community of West African States", {"ECOWAS"}, ""});
    kb.organizations.push_back(OrganizationEntity{"Ministry of Finance", {}, "GH"});
    kb.events.push_back(EventEntity{"ECOWAS summit", {"the summit"}});
    kb.issues.push_back(IssueEntity{"debt relief", {"relief of debt"}});
    kb.issues.push_back(IssueEntity{"trade", {}});
    const std::string s1 = "Owusu-Mensah met Jiménez in Accra on Monday.";
    const std::string s2 = "They discussed debt relief and trade.";
    Evidence e1{0, {10, 54}, s1}, e2{0, {55, 92}, s2};
    Evidence odd{0, {10, 54}, "the same span read back with another text"};
    kb.positions.push_back(PositionEntity{0, "Finance Minister", OrgRef{true, 0}, false, {0}, {e1}});
    kb.positions.push_back(PositionEntity{1, "Commissioner", OrgRef{false, 0}, true, {0}, {e1, odd}});
    kb.positions.push_back(PositionEntity{2, "spokesman", OrgRef{}, false, {}, {}});
    MeetingEntity m;
    m.kind = extract::EncounterKind::Meeting;
    m.participants = {0, 1, 2};
    m.principals = {0, 1};
    m.location = 1;
    m.venue = 2;
    m.event = 0;
    m.date = extract::DateValue::ymd(2019, 11, 4);
    m.date.weekday = 0;
    m.issues = {0, 1};
    m.articles = {0};
    m.evidence = {e1, e2};
    MeetingEntity call;
    call.kind = extract::EncounterKind::Call;
    call.participants = {0, 1};
    call.principals = {0, 1};
    call.date = extract::DateValue::y(-44);  // a signed year, in the zigzag encoding
    call.date.weekday = 6;
    call.evidence = {e2};
    kb.meetings = {m, call};
    return L;
}

}  // namespace

TEST_CASE("a packed article unpacks equal, every field of every entity included") {
    const ResolvedArticle L = every_field();
    const PackedArticle P = pack(L);
    CHECK(unpack(P) == L);
    CHECK(unpack_article_entity(P) == L.kb.articles.front());
    PackedPersons persons = unpack_persons(P);
    CHECK(persons.persons == L.kb.persons);
    CHECK(persons.person_partial == L.person_partial);
    CHECK(persons.person_forms == L.person_forms);
    // an empty article too
    CHECK(unpack(pack(ResolvedArticle{})) == ResolvedArticle{});
    CHECK(unpack_article_entity(pack(ResolvedArticle{})) == ArticleEntity{});
}

TEST_CASE("a sentence cited by several facts is packed once") {
    ResolvedArticle L;
    L.kb.articles.push_back(ArticleEntity{"a", "", "", {}});
    const std::string sentence(2000, 'x');
    for (Index p = 0; p < 5; ++p)
        L.kb.positions.push_back(PositionEntity{p, "envoy", OrgRef{}, false, {0}, {Evidence{0, {0, 2000}, sentence}}});
    const PackedArticle P = pack(L);
    CHECK(P.size() > sentence.size());
    CHECK(P.size() < 2 * sentence.size());  // five citations, one copy
    CHECK(unpack(P) == L);
}

TEST_CASE("unpacking bytes that are not a whole packed article fails instead of reading past them") {
    CHECK_THROWS_AS(unpack(PackedArticle{}), std::invalid_argument);
    CHECK_THROWS_AS(unpack_persons(PackedArticle{}), std::invalid_argument);
    // every proper prefix of a real encoding, and the encoding with a byte more
    const PackedArticle P = pack(every_field());
    const std::string bytes(P.bytes());
    for (std::size_t n = 0; n < bytes.size(); ++n) {
        INFO("prefix of " << n << " bytes");
        CHECK_THROWS_AS(unpack(PackedArticle::from_bytes(bytes.substr(0, n))), std::invalid_argument);
    }
    CHECK_THROWS_AS(unpack(PackedArticle::from_bytes(bytes + '\0')), std::invalid_argument);
    CHECK(unpack(PackedArticle::from_bytes(bytes)) == every_field());
    PackedArticle cleared = P;
    cleared.clear();
    CHECK(cleared.size() == 0);
}

TEST_CASE("a resolver fed packed articles merges as one fed the articles") {
    std::vector<text::Document> docs;
    auto doc = [](std::string id, std::string body, std::string date) {
        text::Article a;
        a.id = std::move(id);
        a.text = std::move(body);
        a.date = std::move(date);
        return text::Document(std::move(a));
    };
    docs.push_back(doc("b", "Foreign Minister Rosa Alvear met President Tunde Bakare in Abuja on Tuesday.\n",
                       "2021-03-05"));
    docs.push_back(doc("a", "Alvear and Bakare met in Abuja on Tuesday, officials said.\n", "2021-03-04"));
    Resolver whole(fixture::gazetteer()), packed(fixture::gazetteer());
    for (const auto& d : docs) {
        auto local = resolve_article(d, extract::extract(d, fixture::gazetteer()), fixture::gazetteer());
        whole.add(local);
        packed.add(pack(local));
    }
    const KnowledgeBase a = whole.finish(), b = packed.finish();
    CHECK(a == b);
    CHECK(a.articles.size() == 2);
    CHECK(a.articles.front().id == "a");  // merged in order of article id, not of arrival
    CHECK_FALSE(a.meetings.empty());
}
