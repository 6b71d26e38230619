#include <catch2/catch.hpp>


#include "case_file.hpp"
#include "fixture.hpp"
#include "readout/query/engine.hpp"
#include "readout/query/format.hpp"
#include "readout/query/parser.hpp"

using namespace readout;
using namespace readout::query;
using readout::query::test::Fixture;
using readout::query::test::kBase;
using readout::query::test::read_cases;

namespace {

std::string expand_base(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.compare(i, 2, "@/") == 0) {
            out += kBase;
            ++i;
        } else {
            out += s[i];
        }
    }
    return out;
}

const Fixture& fixture() {
    static const Fixture f;
    return f;
}

}  // namespace

TEST_CASE("every question form answers exactly the expected rows", "[query][engine][data]") {
    const auto cases = read_cases("answers");
    REQUIRE(cases.size() >= 50);
    const Engine engine(fixture().store);
    for (const auto& c : cases) {
        const std::string& question = c.at("question");
        INFO("case " << c.name << ": " << question);
        Result r;
        REQUIRE_NOTHROW(r = engine.ask(question));
        INFO("message: " << r.message);
        CHECK(to_string(r.status) == c.at("status"));
        CHECK(r.form == form_name(parse(question)));
        switch (r.status) {
            case Status::Ok:
                CHECK(format_result(r, OutputFormat::Tsv, false) == expand_base(c.body) + "\n");
                CHECK(r.message.empty());
                CHECK(r.candidates.empty());
                break;
            case Status::NoAnswer:
                CHECK(c.body.empty());
                CHECK(r.rows.empty());
                CHECK_FALSE(r.message.empty());
                break;
            case Status::Ambiguous:
            case Status::Unknown: {
                std::string labels;
                for (const auto& cand : r.candidates) labels += (labels.empty() ? "" : "\n") + cand.label;
                CHECK(labels == c.body);
                CHECK(r.rows.empty());
                CHECK_FALSE(r.message.empty());
                CHECK_FALSE(r.name.empty());
                break;
            }
        }
    }
}

TEST_CASE("rows carry the evidence of the meeting or position behind them", "[query][engine]") {
    const Engine engine(fixture().store);
    SECTION("a meeting") {
        auto r = engine.ask("who met Qin Gang");
        REQUIRE(r.status == Status::Ok);
        REQUIRE(r.rows.size() == 1);
        REQUIRE(r.rows[0].evidence.size() == 1);
        const Evidence& e = r.rows[0].evidence[0];
        CHECK(e.article == kBase + "article/002_a3");
        CHECK(e.sentence == "Blinken met Qin Gang in Beijing on Sunday.");
        CHECK(e.start == 200);
        CHECK(e.end == 300);
    }
    SECTION("a position") {
        auto r = engine.ask("who is Wang Yi");
        REQUIRE(r.rows.size() == 2);
        REQUIRE(r.rows[1].evidence.size() == 1);
        CHECK(r.rows[1].evidence[0].article == kBase + "article/001_a2");
        CHECK(r.rows[1].evidence[0].start == 0);
        CHECK(r.rows[1].evidence[0].end == 60);
    }
    SECTION("a person who attended two meetings collects both") {
        auto r = engine.ask("who attended Jakarta");
        REQUIRE(r.rows.size() == 3);
        CHECK(r.rows[2].label == "Wang Yi");
        REQUIRE(r.rows[2].evidence.size() == 2);
        CHECK(r.rows[2].evidence[0].article == kBase + "article/000_a1");
        CHECK(r.rows[2].evidence[1].article == kBase + "article/001_a2");
        CHECK(r.rows[2].evidence[1].sentence == "Lavrov said, \"we talked\" about Ukraine with Wang.");
    }
    SECTION("a path") {
        auto r = engine.ask("how is Qin Gang connected to Wang Yi");
        REQUIRE(r.rows.size() == 2);
        CHECK(r.rows[0].evidence.at(0).start == 200);
        CHECK(r.rows[1].evidence.at(0).start == 434);
    }
}

TEST_CASE("rows name the meetings or positions behind them by id", "[query][engine]") {
    const auto& st = fixture().store;
    const Engine engine(st);
    auto r = engine.ask("who attended Jakarta");
    REQUIRE(r.rows.size() == 3);
    REQUIRE(r.rows[2].label == "Wang Yi");
    // Two meetings, counted in the "meetings" column, ascending ids, each a ro:Meeting.
    REQUIRE(r.rows[2].sources.size() == 2);
    CHECK(r.rows[2].values == std::vector<std::string>{"2"});
    CHECK(r.rows[2].sources[0] < r.rows[2].sources[1]);
    const auto type = st.find(rdf::Term{rdf::rdf_ns::type()}).value();
    const auto meeting = st.find(rdf::Term{rdf::ro::Meeting()}).value();
    for (auto m : r.rows[2].sources) CHECK(st.contains(m, type, meeting));
    auto who = engine.ask("who is Wang Yi");
    REQUIRE(who.rows.size() == 2);
    REQUIRE(who.rows[1].sources.size() == 1);
    CHECK(store::lexical_of(st, who.rows[1].sources[0]) == who.rows[1].iri);
}

TEST_CASE("an engine asked for no evidence gives the same answers without reading it", "[query][engine][data]") {
    const auto cases = read_cases("answers");
    REQUIRE(cases.size() >= 50);
    const Engine with(fixture().store);
    EngineOptions options;
    options.evidence = false;
    const Engine without(fixture().store, options);
    std::size_t rows_with_evidence = 0;
    for (const auto& c : cases) {
        const std::string& question = c.at("question");
        INFO("case " << c.name << ": " << question);
        const Result a = with.ask(question);
        const Result b = without.ask(question);
        CHECK(a.status == b.status);
        CHECK(a.message == b.message);
        REQUIRE(a.rows.size() == b.rows.size());
        for (std::size_t k = 0; k < a.rows.size(); ++k) {
            CHECK(a.rows[k].label == b.rows[k].label);
            CHECK(a.rows[k].iri == b.rows[k].iri);
            CHECK(a.rows[k].values == b.rows[k].values);
            CHECK(a.rows[k].sources == b.rows[k].sources);
            CHECK(b.rows[k].evidence.empty());
            if (!a.rows[k].evidence.empty()) ++rows_with_evidence;
        }
        for (auto format : {OutputFormat::Table, OutputFormat::Json, OutputFormat::Tsv, OutputFormat::Csv})
            CHECK(format_result(a, format, false) == format_result(b, format, false));
    }
    CHECK(rows_with_evidence > 10);  // the comparison covered rows that have evidence
}

TEST_CASE("an ambiguous name asks to choose between its candidates", "[query][engine]") {
    const Engine engine(fixture().store);
    auto r = engine.ask("where did Blinken meet Wang");
    REQUIRE(r.status == Status::Ambiguous);
    CHECK(r.name == "Wang");
    CHECK(r.name_position == 23);
    REQUIRE(r.candidates.size() == 2);
    CHECK(r.candidates[0] == Candidate{"Wang Wenbin", kBase + "person/wang-wenbin", "Person"});
    CHECK(r.candidates[1] == Candidate{"Wang Yi", kBase + "person/wang-yi", "Person"});
    CHECK(r.message.find("Wang Wenbin") != std::string::npos);
    CHECK(r.message.find("Which one?") != std::string::npos);
    // Choosing one by full name or by IRI answers.
    CHECK(engine.ask("where did Blinken meet Wang Yi").status == Status::Ok);
    CHECK(engine.ask("where did Blinken meet <person/wang-yi>").status == Status::Ok);
    // The first name is checked first.
    auto r2 = engine.ask("when did Wang meet Blinkn");
    CHECK(r2.status == Status::Ambiguous);
    CHECK(r2.name == "Wang");
}

TEST_CASE("an unknown name offers the closest names", "[query][engine]") {
    const Engine engine(fixture().store);
    auto r = engine.ask("who met Sergey Lavorv");
    REQUIRE(r.status == Status::Unknown);
    CHECK(r.name == "Sergey Lavorv");
    CHECK(r.name_position == 8);
    REQUIRE(r.candidates.size() == 1);
    CHECK(r.candidates[0].label == "Sergey Lavrov");
    CHECK(r.candidates[0].type == "Person");
    CHECK(r.message == "No person named \"Sergey Lavorv\" is known. Did you mean Sergey Lavrov?");

    // Suggestions only offer the right kind of thing, and are capped.
    auto place = engine.ask("who attended Madird");
    REQUIRE(place.status == Status::Unknown);
    REQUIRE(place.candidates.size() == 1);
    CHECK(place.candidates[0].type == "City");

    EngineOptions one;
    one.max_suggestions = 1;
    const Engine capped(fixture().store, one);
    auto wang = capped.ask("who met Wnag");  // a transposition: Wang Wenbin and Wang Yi tie
    REQUIRE(wang.status == Status::Unknown);
    REQUIRE(wang.candidates.size() == 1);
    CHECK(wang.candidates[0].label == "Wang Wenbin");
    CHECK(engine.ask("who met Wnag").candidates.size() == 2);

    // An unknown IRI is unknown, without suggestions.
    auto iri = engine.ask("who met <person/nobody>");
    CHECK(iri.status == Status::Unknown);
    CHECK(iri.candidates.empty());
    // An IRI of the wrong type is unknown too.
    CHECK(engine.ask("who met <city/jakarta>").status == Status::Unknown);
}

TEST_CASE("the base for relative IRIs is an option", "[query][engine]") {
    EngineOptions options;
    options.base = "https://example.org/other/";
    const Engine engine(fixture().store, options);
    CHECK(engine.ask("who met <person/wang-yi>").status == Status::Unknown);
    CHECK(engine.ask("who met <" + kBase + "person/wang-yi>").status == Status::Ok);
    CHECK(engine.ask("select ?x where { <person/wang-yi> ?p ?x }").status == Status::NoAnswer);
}

TEST_CASE("the pattern form joins on shared variables", "[query][engine][pattern]") {
    const Engine engine(fixture().store);
    SECTION("people who met someone holding a former position") {
        auto r = engine.ask(
            "select ?other where { ?m a ro:Meeting ; ro:participant ?x , ?other . "
            "?x ro:holds ?pos . ?pos ro:former true }");
        // ?x = Wang Yi (former Foreign Minister): M1 and M2, so ?other in {Blinken, Lavrov, Wang Yi}.
        REQUIRE(r.status == Status::Ok);
        REQUIRE(r.rows.size() == 3);
        CHECK(r.rows[0].label == "Antony Blinken");
        CHECK(r.rows[1].label == "Sergey Lavrov");
        CHECK(r.rows[2].label == "Wang Yi");
    }
    SECTION("pattern order does not change the answer") {
        auto a = engine.ask("select ?p ?c where { ?m ro:participant ?p . ?m ro:location ?c . ?c ro:country ?k . "
                            "?k rdfs:label \"China\" }");
        auto b = engine.ask("select ?p ?c where { ?k rdfs:label \"China\" . ?c ro:country ?k . "
                            "?m ro:location ?c . ?m ro:participant ?p }");
        REQUIRE(a.status == Status::Ok);
        CHECK(format_result(a, OutputFormat::Tsv, false) == format_result(b, OutputFormat::Tsv, false));
        REQUIRE(a.rows.size() == 2);
        CHECK(a.rows[0].label == "Antony Blinken");
        CHECK(a.rows[1].label == "Qin Gang");
    }
    SECTION("a variable repeated inside one pattern must bind equally") {
        auto r = engine.ask("select ?x where { ?x ?p ?x }");
        CHECK(r.status == Status::NoAnswer);
    }
    SECTION("a variable predicate") {
        auto r = engine.ask("select ?p where { <city/jakarta> ?p <country/indonesia> }");
        REQUIRE(r.rows.size() == 1);
        CHECK(r.rows[0].values[0] == std::string(rdf::ns::ro) + "country");
    }
    SECTION("language-tagged and typed literals match exactly") {
        CHECK(engine.ask("select ?x where { ?x rdfs:label \"Jakarta\"@en }").status == Status::NoAnswer);
        CHECK(engine.ask("select ?x where { ?x ro:date \"2023\"^^xsd:gYear }").rows.size() == 1);
        CHECK(engine.ask("select ?x where { ?x ro:date \"2023\" }").status == Status::NoAnswer);
    }
    SECTION("a hand-built syntax tree with a projection outside the pattern does not crash") {
        PatternQuery q;
        q.projection = {Variable{"nowhere"}};
        q.patterns = {TriplePattern{Variable{"s"}, rdf::Term{rdf::ro::country()}, Variable{"o"}, 0}};
        auto r = engine.answer(q);
        REQUIRE(r.status == Status::Ok);
        CHECK(r.rows.size() == 1);
        CHECK(r.rows[0].values == std::vector<std::string>{""});
        PatternQuery empty;
        empty.projection = {Variable{"x"}};
        CHECK(engine.answer(empty).status == Status::NoAnswer);
    }
}

TEST_CASE("hostile names are only ever names", "[query][engine]") {
    const Engine engine(fixture().store);
    // The name with quotes, braces and a backslash resolves as itself when quoted ...
    auto r = engine.ask(R"(who is "Robert \"Bob\" {O'Neil} \\ Jr")");
    REQUIRE(r.status == Status::Ok);
    CHECK(r.rows.at(0).values.at(0) == Fixture::odd_name());
    // ... while a quoted part inside a bare name is a parse error, not a different question.
    CHECK_THROWS_AS(engine.ask(R"(role of Robert "Bob" {O'Neil} \ Jr)"), ParseError);
    // Syntax-looking names never match anything else; the only exception thrown is ParseError.
    for (const char* question : {R"(who met "} . ?s ?p ?o . {")", R"(who met \)", R"(who met <>)", R"(who met "\\")",
                                 R"(meetings of x" in "y)", "who met \x01\x02", "who is of of of",
                                 R"(who met "Wang Yi\")"}) {
        const std::string q = question;
        INFO(q);
        try {
            auto res = engine.ask(q);
            CHECK(res.status != Status::Ok);
        } catch (const ParseError& e) {
            CHECK(e.position() <= q.size());
        }
    }
}

TEST_CASE("an empty store answers NoAnswer or Unknown, never throws", "[query][engine]") {
    store::Store empty;
    const Engine engine(empty);
    CHECK(engine.ask("who met Wang Yi").status == Status::Unknown);
    CHECK(engine.ask("meetings").status == Status::NoAnswer);
    CHECK(engine.ask("meetings in 2023").status == Status::NoAnswer);
    CHECK(engine.ask("select ?s where { ?s ?p ?o }").status == Status::NoAnswer);
    CHECK(engine.ask("who is foreign minister of China").status == Status::Unknown);
}

TEST_CASE("an engine made before the store is filled answers from what the store holds now", "[query][engine]") {
    // The engine looks its vocabulary up once; terms added to the store afterwards must not be missed.
    store::Store st;
    const Engine engine(st);
    CHECK(engine.ask("who met Ana Ruiz").status == Status::Unknown);
    const rdf::Iri a = test::id("person/ana"), b = test::id("person/ben"), m = test::id("meeting/m1");
    for (const auto& [x, name] : {std::pair{a, "Ana Ruiz"}, std::pair{b, "Ben Ode"}}) {
        st.add(rdf::Triple{x, rdf::rdf_ns::type(), rdf::ro::Person()});
        st.add(rdf::Triple{x, rdf::rdfs::label(), rdf::Literal(name)});
        st.add(rdf::Triple{m, rdf::ro::participant(), x});
    }
    st.add(rdf::Triple{m, rdf::rdf_ns::type(), rdf::ro::Meeting()});
    auto r = engine.ask("who met Ana Ruiz");
    REQUIRE(r.status == Status::Ok);
    REQUIRE(r.rows.size() == 1);
    CHECK(r.rows[0].label == "Ben Ode");
}
