#include <catch2/catch.hpp>

#include "case_file.hpp"
#include "readout/query/parser.hpp"
#include "readout/rdf/vocabulary.hpp"

using namespace readout;
using namespace readout::query;
using readout::query::test::read_cases;

TEST_CASE("good questions parse to the expected syntax tree", "[query][parser][data]") {
    const auto cases = read_cases("good");
    REQUIRE(cases.size() >= 25);
    for (const auto& c : cases) {
        INFO("case " << c.name << ": " << c.body);
        Question q;
        REQUIRE_NOTHROW(q = parse(c.body));
        CHECK(to_string(q) == c.at("ast"));
    }
}

TEST_CASE("bad questions fail at the expected position", "[query][parser][data]") {
    const auto cases = read_cases("bad");
    REQUIRE(cases.size() >= 40);
    for (const auto& c : cases) {
        INFO("case " << c.name << ": " << c.body);
        bool threw = false;
        try {
            auto q = parse(c.body);
            INFO("parsed as " << to_string(q));
        } catch (const ParseError& e) {
            threw = true;
            INFO("what(): " << e.what());
            CHECK(e.position() == std::stoul(c.at("position")));
            CHECK(e.word() == c.at("word"));
            CHECK(e.message().find(c.at("message")) != std::string::npos);
            CHECK(e.question() == c.body);
        }
        CHECK(threw);
    }
}

namespace {
ParseError parse_error(std::string_view q) {
    try {
        (void)parse(q);
    } catch (const ParseError& e) {
        return e;
    }
    FAIL("no ParseError for: " << q);
    throw std::logic_error("unreachable");
}

/// The line of what() that holds only spaces and carets.
std::string caret_line(const std::string& what) {
    std::size_t i = 0;
    while (i < what.size()) {
        std::size_t eol = what.find('\n', i);
        if (eol == std::string::npos) eol = what.size();
        std::string line = what.substr(i, eol - i);
        if (line.find('^') != std::string::npos && line.find_first_not_of(" ^") == std::string::npos) return line;
        i = eol + 1;
    }
    return {};
}
}  // namespace

TEST_CASE("what() echoes the question and puts a caret under the word", "[query][parser]") {
    SECTION("ASCII") {
        auto e = parse_error("where did meet Wang Yi");
        const std::string what = e.what();
        CHECK(what.find("  where did meet Wang Yi\n") != std::string::npos);
        CHECK(caret_line(what) == "  " + std::string(10, ' ') + "^^^^");
        CHECK(what.find("where did <person> meet <person>") != std::string::npos);
    }
    SECTION("the caret counts columns, not bytes, before the word") {
        auto e = parse_error("who ate Żółć");  // fails at "ate"; nothing wide before it
        CHECK(caret_line(e.what()) == "      ^^^");
        auto e2 = parse_error("where did José meet");
        CHECK(e2.position() == std::string("where did José meet").size());
        // "where did José meet" is 19 columns but 20 bytes: the caret sits at column 19.
        CHECK(caret_line(e2.what()) == "  " + std::string(19, ' ') + "^");
    }
    SECTION("wide characters") {
        auto e = parse_error("王毅 met Blinken");
        CHECK(e.position() == 0);
        CHECK(e.word() == "王毅");
        CHECK(caret_line(e.what()) == "  ^^^^");
    }
    SECTION("a newline in the question does not break the echo") {
        auto e = parse_error("who met\nWang \"Yi\"");
        const std::string what = e.what();
        CHECK(what.find("  who met Wang \"Yi\"\n") != std::string::npos);
        CHECK(caret_line(what) == "  " + std::string(13, ' ') + "^^^^");
    }
    SECTION("an unknown form lists every form") {
        auto e = parse_error("tell me about Blinken");
        CHECK(e.forms() == question_forms());
        CHECK(question_forms().size() == 12);
        const std::string what = e.what();
        for (const auto& f : question_forms()) CHECK(what.find(f) != std::string::npos);
    }
    SECTION("a known form lists only itself") {
        auto e = parse_error("how is Blinken connected Albares");
        REQUIRE(e.forms().size() == 1);
        CHECK(e.forms()[0] == "how is <person> connected to <person>");
    }
}

TEST_CASE("the syntax tree holds names with their positions", "[query][parser]") {
    auto q = parse("where did Blinken meet \"Wang Yi\"");
    REQUIRE(std::holds_alternative<WhereMet>(q));
    const auto& w = std::get<WhereMet>(q);
    CHECK(w.first == Name{"Blinken", 10, NameKind::Words});
    CHECK(w.second == Name{"Wang Yi", 23, NameKind::Quoted});

    auto iri = std::get<WhoMet>(parse("who met <https://w3id.org/readout/id/person/wang-yi>"));
    CHECK(iri.person.kind == NameKind::Iri);
    CHECK(iri.person.text == "https://w3id.org/readout/id/person/wang-yi");
    CHECK(iri.person.position == 8);

    auto m = std::get<Meetings>(parse("meetings of Wang Yi in Jakarta in 2023"));
    REQUIRE(m.person);
    REQUIRE(m.place);
    REQUIRE(m.date);
    CHECK(m.person->text == "Wang Yi");
    CHECK(m.place->text == "Jakarta");
    CHECK(m.place->position == 23);
    CHECK(*m.date == DateFilter{2023, 0, 0});
    CHECK(form_name(parse("meetings")) == "meetings");
}

TEST_CASE("the pattern form is structured triple patterns", "[query][parser]") {
    auto q = std::get<PatternQuery>(
        parse("select ?a ?b where { ?p ro:participant ?m . ?m ro:location ?l . ?l rdfs:label \"Jakarta\" . "
              "?p rdfs:label ?a . ?l a ?b }"));
    REQUIRE(q.projection == std::vector<Variable>{{"a"}, {"b"}});
    REQUIRE(q.patterns.size() == 5);
    CHECK(q.patterns[0].subject == PatternTerm{Variable{"p"}});
    CHECK(q.patterns[0].predicate == PatternTerm{rdf::Term{rdf::ro::participant()}});
    CHECK(q.patterns[2].object == PatternTerm{rdf::Term{rdf::Literal("Jakarta")}});
    CHECK(q.patterns[4].predicate == PatternTerm{rdf::Term{rdf::rdf_ns::type()}});
    CHECK(q.patterns[1].position == std::string("select ?a ?b where { ?p ro:participant ?m . ").size());

    auto star = std::get<PatternQuery>(parse("select * { ?m ro:participant ?p , ?q }"));
    CHECK(star.projection == std::vector<Variable>{{"m"}, {"p"}, {"q"}});
    CHECK(star.patterns.size() == 2);

    // Every prefix of rdf::prefixes() is known.
    std::size_t count = 0;
    const rdf::Prefix* table = rdf::prefixes(count);
    for (std::size_t k = 0; k < count; ++k) {
        const std::string pname = std::string(table[k].name) + ":x";
        auto p = std::get<PatternQuery>(parse("select ?s where { ?s " + pname + " ?o }"));
        CHECK(p.patterns[0].predicate == PatternTerm{rdf::Term{rdf::Iri(std::string(table[k].iri) + "x")}});
    }
}

TEST_CASE("dates of every precision and spelling", "[query][parser][date]") {
    CHECK(parse_date("2023-07-13") == DateFilter{2023, 7, 13});
    CHECK(parse_date("2023-07") == DateFilter{2023, 7, 0});
    CHECK(parse_date("2023") == DateFilter{2023, 0, 0});
    CHECK(parse_date("July 2023") == DateFilter{2023, 7, 0});
    CHECK(parse_date("13 July 2023") == DateFilter{2023, 7, 13});
    CHECK(parse_date("July 13, 2023") == DateFilter{2023, 7, 13});
    CHECK(parse_date("july 13 2023") == DateFilter{2023, 7, 13});
    CHECK(parse_date("1st Jan 2024") == DateFilter{2024, 1, 1});
    CHECK(parse_date("29 February 2024") == DateFilter{2024, 2, 29});
    CHECK_FALSE(parse_date("29 February 2023"));
    CHECK_FALSE(parse_date("31 April 2023"));
    CHECK_FALSE(parse_date("2023-00"));
    CHECK_FALSE(parse_date("23"));
    CHECK_FALSE(parse_date("Julyish 2023"));
    CHECK_FALSE(parse_date("July"));
    CHECK_FALSE(parse_date(""));
    CHECK_FALSE(parse_date("13 July 2023 extra"));

    const DateFilter month{2023, 7, 0};
    CHECK(month.iso() == "2023-07");
    CHECK(month.contains("2023-07-13"));
    CHECK(month.contains("2023-07"));
    CHECK_FALSE(month.contains("2023"));
    CHECK_FALSE(month.contains("2023-08-01"));
    const DateFilter day{2023, 7, 13};
    CHECK(day.contains("2023-07-13"));
    CHECK_FALSE(day.contains("2023-07"));
    CHECK_FALSE(day.contains("2023-07-130"));
    const DateFilter year{2023, 0, 0};
    CHECK(year.contains("2023"));
    CHECK(year.contains("2023-01-01"));
    CHECK_FALSE(year.contains("20231"));
    CHECK(DateFilter{987, 1, 2}.iso() == "0987-01-02");
}

TEST_CASE("questions are data: hostile names parse into names, never into syntax", "[query][parser]") {
    // Quotes, braces, backslashes, SPARQL-looking text and control characters stay inside names.
    for (const std::string& name : {std::string("x\" } . ?s ?p ?o {"), std::string("a\\b"), std::string("{}"),
                                   std::string("'; DROP"), std::string("tab\there")}) {
        std::string escaped;
        for (char c : name) {
            if (c == '"' || c == '\\') escaped += '\\';
            escaped += c;
        }
        auto q = parse("who met \"" + escaped + "\"");
        REQUIRE(std::holds_alternative<WhoMet>(q));
        CHECK(std::get<WhoMet>(q).person.text == name);
        CHECK(std::get<WhoMet>(q).person.kind == NameKind::Quoted);
    }
    // Invalid UTF-8 in a question is not fatal to the parser or to what().
    auto q = parse("who met Wang\xff");
    CHECK(std::get<WhoMet>(q).person.text == "Wang\xff");
    auto e = parse_error("\xff\xfe who");
    CHECK(e.position() == 0);
    CHECK(std::string(e.what()).find("unknown question") != std::string::npos);
}
