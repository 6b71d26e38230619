#include <catch2/catch.hpp>

#include <sstream>

#include "readout/extract/extractor.hpp"
#include "readout/io/graph_io.hpp"
#include "readout/rdf/vocabulary.hpp"
#include "readout/resolve/resolver.hpp"
#include "readout/store/article_record.hpp"
#include "readout/text/article_reader.hpp"

using namespace readout;
using resolve::kNone;
using resolve::ResolvedArticle;

namespace {

/// A record exercising every field: partial persons and form counts, each kind of place with a
/// venue in a city, coordinates that need all their digits, an organization, a former post, a
/// call with a weekday only, a meeting with principals and an accompanying official.
ResolvedArticle hand_made() {
    ResolvedArticle ra;
    auto& kb = ra.kb;
    resolve::ArticleEntity art;
    art.id = "hand/made 1";
    art.url = "not a valid url";
    art.title = "A \"quoted\" title\nover two lines";
    art.published = extract::DateValue::ym(2024, 2);
    kb.articles.push_back(art);
    kb.persons.push_back({"Ana Ruiz Vega", {"Ana Ruiz", "Ruiz"}});
    kb.persons.push_back({"Okafor", {}});
    kb.persons.push_back({"Ana Ruiz", {}});  // absorbed by person 0, still listed
    ra.person_partial = {false, true, false};
    ra.person_forms = {{{"Ana Ruiz Vega", 2}, {"Ana Ruiz", 3}, {"Ruiz", 1}}, {{"Okafor", 4}}, {{"Ana Ruiz", 3}}};
    resolve::PlaceEntity country{resolve::PlaceKind::Country, "Chile", {"Chilean"}, "CL", kNone, -35.675147, -71.542969};
    resolve::PlaceEntity city{resolve::PlaceKind::City, "Valparaíso", {}, "CL", kNone, 0.1 + 0.2, -71.6};
    resolve::PlaceEntity venue{resolve::PlaceKind::Venue, "Cerro Castillo Palace", {"the Palace"}, "", 1, {}, {}};
    resolve::PlaceEntity region{resolve::PlaceKind::Region, "Patagonia", {}, "", kNone, {}, {}};
    kb.places = {country, city, venue, region};
    kb.organizations.push_back({"Ministry of Foreign Affairs of Chile", {"Chilean Foreign Ministry"}, "CL"});
    kb.events.push_back({"Pacific Forum", {}});
    kb.issues = {{"fisheries", {"fishing rights"}}, {"trade", {}}};
    text::Span s1{10, 60}, s2{61, 120};
    kb.positions.push_back({0, "Foreign Minister", {true, 0}, false, {0}, {{0, s1, "first sentence"}}});
    kb.positions.push_back({1, "Ambassador", {false, 0}, true, {0}, {{0, s1, "first sentence"}, {0, s2, "second"}}});
    kb.positions.push_back({2, "adviser", {}, false, {0}, {}});
    resolve::MeetingEntity m;
    m.participants = {0, 1, 2};
    m.principals = {0, 1};
    m.location = 1;
    m.venue = 2;
    m.event = 0;
    m.date = extract::DateValue::ymd(2024, 2, 14);
    m.issues = {0, 1};
    m.articles = {0};
    m.evidence = {{0, s1, "first sentence"}};
    kb.meetings.push_back(m);
    resolve::MeetingEntity call;
    call.kind = extract::EncounterKind::Call;
    call.participants = call.principals = {0, 1};
    call.date.weekday = 3;
    call.articles = {0};
    call.evidence = {{0, s2, "second"}};
    kb.meetings.push_back(call);
    return ra;
}

std::vector<ResolvedArticle> round_trip(const std::vector<ResolvedArticle>& in) {
    store::Store st;
    for (const auto& ra : in) store::add_article_record(ra, st);
    auto out = store::read_article_records(st, "test");
    CHECK(out.diagnostics.empty());
    return std::move(out.articles);
}

}  // namespace

TEST_CASE("an article record reads back as the article it was written from", "[store][record]") {
    auto ra = hand_made();
    auto back = round_trip({ra});
    REQUIRE(back.size() == 1);
    CHECK(back[0].kb.articles == ra.kb.articles);
    CHECK(back[0].kb.persons == ra.kb.persons);
    CHECK(back[0].person_partial == ra.person_partial);
    CHECK(back[0].person_forms == ra.person_forms);
    CHECK(back[0].kb.places == ra.kb.places);
    CHECK(back[0].kb.organizations == ra.kb.organizations);
    CHECK(back[0].kb.events == ra.kb.events);
    CHECK(back[0].kb.issues == ra.kb.issues);
    CHECK(back[0].kb.positions == ra.kb.positions);
    CHECK(back[0].kb.meetings == ra.kb.meetings);
    CHECK(back[0] == ra);
}

TEST_CASE("article records survive N-Quads text, several to a file", "[store][record]") {
    auto a = hand_made();
    auto b = hand_made();
    b.kb.articles[0].id = "second";
    b.kb.articles[0].url = "https://example.org/second";
    b.kb.articles[0].published = extract::DateValue::ymd(2024, 2, 15);
    store::Store st;
    store::add_article_record(a, st);
    store::add_article_record(b, st);
    std::ostringstream text;
    io::write_graph(st, io::GraphFormat::NQuads, text);
    std::istringstream in(text.str());
    store::Store back;
    io::read_graph(in, io::GraphFormat::NQuads, "shard.nq", back);
    auto read = store::read_article_records(back, "shard.nq");
    CHECK(read.diagnostics.empty());
    REQUIRE(read.articles.size() == 2);
    CHECK(read.articles[0] == a);
    CHECK(read.articles[1] == b);
}

TEST_CASE("records of resolved sample articles read back equal", "[store][record]") {
    std::istringstream none;
    auto read = text::read_articles({std::string(READOUT_SOURCE_DIR) + "/samples",
                                     std::string(READOUT_TEST_DATA) + "/scale/corpus.jsonl"},
                                    none);
    REQUIRE(read.articles.size() >= 8);
    std::vector<ResolvedArticle> resolved;
    for (auto& a : read.articles) {
        text::Document doc(std::move(a));
        resolved.push_back(resolve::resolve_article(doc, extract::extract(doc)));
    }
    std::size_t people = 0, meetings = 0;
    for (const auto& r : resolved) {
        people += r.kb.persons.size();
        meetings += r.kb.meetings.size();
    }
    CHECK(people > 10);
    CHECK(meetings > 4);
    auto back = round_trip(resolved);
    REQUIRE(back.size() == resolved.size());
    for (std::size_t i = 0; i < back.size(); ++i) {
        INFO("article " << resolved[i].kb.articles[0].id);
        CHECK(back[i] == resolved[i]);
    }
}

TEST_CASE("a graph that is not a complete record is reported and skipped", "[store][record]") {
    auto good = hand_made();
    auto bad = hand_made();
    bad.kb.articles[0].id = "broken";
    store::Store st;
    store::add_article_record(good, st);
    // drop the ro:index of the second person of the broken record: the order is lost
    std::string dropped = store::article_iri("broken").str() + "/person/1";
    store::write_article_record(bad, [&](const rdf::Quad& q) {
        if (std::get<rdf::Iri>(q.triple.subject).str() == dropped && q.triple.predicate == rdf::ro::index()) return;
        st.add(q.triple, q.graph);
    });
    // triples of the default graph are no part of any record: ignored
    st.add(rdf::Triple{rdf::Iri("https://example.org/x"), rdf::rdfs::label(), rdf::Literal("x")});
    auto read = store::read_article_records(st, "mixed.nq");
    REQUIRE(read.articles.size() == 1);
    CHECK(read.articles[0] == good);
    REQUIRE(read.diagnostics.size() == 1);
    CHECK(read.diagnostics[0].file == "mixed.nq");
    CHECK(read.diagnostics[0].message.find("broken") != std::string::npos);
}
