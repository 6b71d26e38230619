#include <catch2/catch.hpp>

#include "readout/eval/score.hpp"
#include "readout/rdf/vocabulary.hpp"

using namespace readout;
using eval::contains_phrase;
using eval::normalize_phrase;

namespace {

rdf::Iri iri(const std::string& local) { return rdf::Iri("http://example.org/" + local); }

/// A small graph in the ro: vocabulary, built by hand.
class Graph {
public:
    void type(const std::string& s, const rdf::Iri& cls) { st.add(rdf::Triple{iri(s), rdf::rdf_ns::type(), cls}); }
    void label(const std::string& s, const std::string& l) {
        st.add(rdf::Triple{iri(s), rdf::rdfs::label(), rdf::Literal(l)});
    }
    void alias(const std::string& s, const std::string& l) { st.add(rdf::Triple{iri(s), rdf::ro::alias(), rdf::Literal(l)}); }
    void link(const std::string& s, const rdf::Iri& p, const std::string& o) { st.add(rdf::Triple{iri(s), p, iri(o)}); }
    void date(const std::string& s, const std::string& d) {
        st.add(rdf::Triple{iri(s), rdf::ro::date(), rdf::Literal(d, rdf::xsd::date())});
    }
    void person(const std::string& s, const std::string& name) {
        type(s, rdf::ro::Person());
        label(s, name);
    }
    store::Store st;
};

const char* kGold = R"({
  "persons": [
    {"name": "Amara Okafor", "aliases": ["Okafor"],
     "roles": [{"role": "Foreign Minister", "organization": "Nigeria", "org_aliases": ["Nigerian government"]}]},
    {"name": "Lena Brandt", "aliases": ["Brandt"], "roles": [{"role": "Chancellor", "organization": "Germany"}]},
    {"name": "Tomas Ruiz", "required": false}
  ],
  "places": [{"name": "Abuja", "aliases": ["Abuja city"]}],
  "meetings": [
    {"id": "abuja", "participants": ["Amara Okafor", "Lena Brandt"], "optional_participants": ["Tomas Ruiz"],
     "location": "Abuja", "date": "2021-04-09",
     "issues": [{"label": "trade", "aliases": ["bilateral trade"]}, {"label": "migration"}]}
  ]
})";

}  // namespace

TEST_CASE("eval: phrases are normalized the way the reference scorer does") {
    CHECK(normalize_phrase("Nigeria's Foreign Minister") == "nigeria foreign minister");
    CHECK(normalize_phrase("the Ministry of Foreign Affairs") == "ministry foreign affairs");
    CHECK(normalize_phrase("Under Secretary for Arms Control") == "undersecretary arms control");
    CHECK(normalize_phrase("Under-Secretary") == "undersecretary");
    CHECK(normalize_phrase("under  secretary") == "under secretary");  // only a single space joins
    CHECK(normalize_phrase("co-op   farming") == "coop farming");
    CHECK(normalize_phrase("Ministre d’État") == "ministre d état");
    CHECK(normalize_phrase("ÉLYSÉE Palace") == "élysée palace");
    CHECK(normalize_phrase("U.S.") == "u s");
    CHECK(contains_phrase("Deputy Foreign Minister", "foreign minister"));
    CHECK(contains_phrase("minister", "Foreign Minister"));
    CHECK_FALSE(contains_phrase("Foreign Minister", "Prime Minister"));
    CHECK_FALSE(contains_phrase("", "minister"));
    CHECK_FALSE(contains_phrase("the", "of"));  // both normalize to nothing
}

TEST_CASE("eval: gold files are checked, and errors say where") {
    auto g = eval::Gold::parse(kGold, "g.json");
    REQUIRE(g.persons.size() == 3);
    CHECK(g.persons[0].roles[0].organizations == std::vector<std::string>{"Nigeria", "Nigerian government"});
    CHECK_FALSE(g.persons[2].required);
    REQUIRE(g.meetings.size() == 1);
    CHECK(g.meetings[0].date == "2021-04-09");

    try {
        (void)eval::Gold::parse("{\n  \"persons\": [\n    {\"name\": \"A\",}\n  ]\n}", "bad.json");
        FAIL("no error");
    } catch (const eval::GoldError& e) {
        CHECK(e.diagnostic().file == "bad.json");
        CHECK(e.diagnostic().line == 3);
        CHECK(e.diagnostic().column == 18);  // the "}" after the trailing comma
    }
    CHECK_THROWS_WITH(eval::Gold::parse(R"({"meetings": [{"participants": "A"}]})", "m.json"),
                      Catch::Contains("meetings[0].participants: expected an array of strings"));
    CHECK_THROWS_WITH(eval::Gold::load({"/nonexistent/gold.json"}), Catch::Contains("cannot open"));

    // Several files naming the same person merge their aliases and roles.
    auto a = eval::Gold::parse(R"({"persons": [{"name": "A B", "aliases": ["B"], "roles": [{"role": "x"}]}]})", "a");
    a.merge(eval::Gold::parse(R"({"persons": [{"name": "A B", "aliases": ["B", "Mr B"], "roles": [{"role": "y"}]}]})", "b"));
    REQUIRE(a.persons.size() == 1);
    CHECK(a.persons[0].aliases == std::vector<std::string>{"B", "Mr B"});
    CHECK(a.persons[0].roles.size() == 2);
}

TEST_CASE("eval: a graph that says what the gold says scores 1 everywhere") {
    Graph g;
    g.person("okafor", "Amara Okafor");
    g.person("brandt", "Lena Brandt");
    g.alias("brandt", "Brandt");
    g.link("okafor", rdf::ro::holds(), "pos1");
    g.link("pos1", rdf::ro::role(), "fm");
    g.label("fm", "Foreign Minister");
    g.link("pos1", rdf::ro::organization(), "ng");
    g.label("ng", "Nigeria");
    g.link("brandt", rdf::ro::holds(), "pos2");
    g.link("pos2", rdf::ro::role(), "ch");
    g.label("ch", "Chancellor");
    g.link("pos2", rdf::ro::organization(), "de");
    g.label("de", "Federal Republic of Germany");
    g.type("m", rdf::ro::Meeting());
    g.link("m", rdf::ro::participant(), "okafor");
    g.link("m", rdf::ro::participant(), "brandt");
    g.link("m", rdf::ro::location(), "abuja");
    g.label("abuja", "Abuja");
    g.date("m", "2021-04-09");
    g.link("i1", rdf::ro::discussedAt(), "m");
    g.label("i1", "bilateral trade");
    g.link("i2", rdf::ro::discussedAt(), "m");
    g.label("i2", "irregular migration");

    auto s = eval::score(g.st, eval::Gold::parse(kGold, "g.json"), true);
    const auto& r = s.report;
    CHECK(r.persons == eval::Prf{1, 1, 1});
    CHECK(r.roles_org == eval::Prf{1, 1, 1});
    CHECK(r.meetings == eval::Prf{1, 1, 1});
    CHECK(r.participants == eval::Prf{1, 1, 1});
    CHECK(r.location_accuracy == 1.0);
    CHECK(r.date_accuracy == 1.0);
    CHECK(r.issues == eval::Prf{1, 1, 1});
    CHECK(r.overall == 1.0);
    CHECK(s.notes.empty());
}

TEST_CASE("eval: misses, extras, duplicates and wrong dates are counted") {
    Graph g;
    g.person("okafor", "A. Okafor");  // normalizes to "okafor" (the article "a" is dropped): the gold alias
    g.alias("okafor", "Okafor");
    g.person("brandt", "Lena Brandt");
    g.person("x", "Pieter Smit");  // not in the gold
    g.link("brandt", rdf::ro::holds(), "pos");
    g.link("pos", rdf::ro::role(), "pm");
    g.label("pm", "Prime Minister");  // wrong title
    for (const char* m : {"m1", "m2"}) {  // the same meeting twice: one is a duplicate
        g.type(m, rdf::ro::Meeting());
        g.link(m, rdf::ro::participant(), "okafor");
        g.link(m, rdf::ro::participant(), "brandt");
    }
    g.date("m1", "2021-04-08");  // contradicts the gold day, so m1 cannot pair
    g.type("m3", rdf::ro::Meeting());  // a meeting the gold does not have
    g.link("m3", rdf::ro::participant(), "x");
    g.link("m3", rdf::ro::participant(), "brandt");

    auto s = eval::score(g.st, eval::Gold::parse(kGold, "g.json"), true);
    const auto& r = s.report;
    CHECK(r.persons.precision == Approx(0.667));
    CHECK(r.persons.recall == 1.0);  // Tomas Ruiz is not required
    CHECK(r.roles.precision == 0.0);
    CHECK(r.roles.recall == 0.0);
    // m1's date contradicts the gold day, so only m2 pairs; m1 is not a duplicate candidate either.
    CHECK(r.meetings.precision == Approx(0.333));
    CHECK(r.meetings.recall == 1.0);
    CHECK(r.date_accuracy == 0.0);  // m2 has no date, the gold has one
    CHECK(r.location_accuracy == 0.0);
    CHECK(r.issues.recall == 0.0);
    auto has = [&](const std::string& note) {
        return std::find(s.notes.begin(), s.notes.end(), note) != s.notes.end();
    };
    CHECK(has("person not in gold: Pieter Smit"));
    CHECK(has("role not in gold: Lena Brandt: Prime Minister / -"));
    CHECK(has("role missed: Amara Okafor: Foreign Minister"));
    CHECK(has("issue missed at abuja: trade"));

    // Both undated copies fit: one pairs, the other is reported as a duplicate.
    Graph d;
    d.person("okafor", "Amara Okafor");
    d.person("brandt", "Lena Brandt");
    for (const char* m : {"m1", "m2"}) {
        d.type(m, rdf::ro::Meeting());
        d.link(m, rdf::ro::participant(), "okafor");
        d.link(m, rdf::ro::participant(), "brandt");
    }
    auto dup = eval::score(d.st, eval::Gold::parse(kGold, "g.json"), false);
    CHECK(dup.report.meeting_duplicates == 1);
    CHECK(dup.report.meetings.precision == 0.5);
}

TEST_CASE("eval: the text and JSON reports keep the reference layout") {
    eval::Scored s;
    s.report.persons = {1.0, 0.5, 0.667};
    s.report.location_accuracy = 0.8;
    s.report.overall = 0.731;
    s.notes = {"person missed: A"};
    auto text = eval::format_text(s);
    CHECK(text.find("persons              P=1.000 R=0.500 F1=0.667\n") == 0);
    CHECK(text.find("location_accuracy    0.8\n") != std::string::npos);
    CHECK(text.find("meeting_duplicates   0\n") != std::string::npos);
    CHECK(text.find("overall              0.731\n  - person missed: A\n") != std::string::npos);
    auto json = eval::format_json(s.report);
    CHECK(json.find(R"({"persons": [1.0, 0.5, 0.667], )") == 0);
    CHECK(json.find(R"("location_accuracy": 0.8, )") != std::string::npos);
}
