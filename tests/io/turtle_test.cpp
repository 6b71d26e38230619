// The direct Turtle writer: Raptor's layout (the goldens in tests/data/io/written, checked by
// ntriples_test.cpp, were made by Raptor's serializer), every statement written faithfully
// (read back by Raptor's Turtle parser and compared with the store, blank nodes by structure),
// the escaping and abbreviation choices, and blank node shapes Raptor lost.

#include <catch2/catch.hpp>

#include <random>

#include "support.hpp"

using namespace readout;
using io::GraphFormat;

namespace {

std::string turtle(const store::Store& s) { return io_test::write_text(s, GraphFormat::Turtle); }

/// Writes `s` as Turtle, reads it back with Raptor's Turtle parser, and checks that it holds the
/// triples the N-Triples writer writes (blank nodes compared by structure; both writers
/// percent-encode what no IRI may hold, so that is compared too).
void check_round_trip(const store::Store& s) {
    const std::string ttl = turtle(s);
    INFO(ttl);
    store::Store back;
    REQUIRE_NOTHROW(back = io_test::read_text(ttl, GraphFormat::Turtle));
    const store::Store reference = io_test::read_text(io_test::write_text(s, GraphFormat::NTriples), GraphFormat::NTriples);
    CHECK(back.triple_count() == s.triple_count());
    CHECK(io_test::canonical(back, false) == io_test::canonical(reference, false));
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("Turtle strings: short and long forms, escapes only where needed", "[io][turtle][write]") {
    store::Store s;
    const rdf::Iri p = io_test::ex("p");
    io_test::add(s, io_test::ex("a"), p, io_test::lit("say \"hi\" \\ tab\there é 😀"));
    io_test::add(s, io_test::ex("b"), p, io_test::lit("two\nlines \"\"\" end\""));
    io_test::add(s, io_test::ex("c"), p, io_test::lit("cr\r bs\b ff\f nul\x01 del\x7F"));
    io_test::add(s, io_test::ex("d"), p, io_test::lit(""));
    io_test::add(s, io_test::ex("e"), p, rdf::Literal::with_language("Colour", "en-GB"));
    const std::string ttl = turtle(s);
    CHECK(has(ttl, "\"say \\\"hi\\\" \\\\ tab\there é 😀\""));
    CHECK(has(ttl, "\"\"\"two\nlines \\\"\\\"\\\" end\\\"\"\"\""));
    CHECK(has(ttl, "\"cr\\r bs\\b ff\\f nul\\u0001 del\\u007F\""));
    CHECK(has(ttl, "<http://example.org/d>\n    <http://example.org/p> \"\" .\n"));
    CHECK(has(ttl, "\"Colour\"@en-GB"));
    check_round_trip(s);
}

TEST_CASE("Turtle IRIs: prefixed names only for plain local names, forbidden characters encoded",
          "[io][turtle][write]") {
    store::Store s;
    const std::string ro(rdf::ns::ro);
    io_test::add(s, io_test::iri(ro + "plain_name-2"), io_test::iri(ro + "p"), io_test::iri(ro + "with.dot"));
    io_test::add(s, io_test::iri(ro + "9lives"), io_test::iri(ro + "p"), io_test::iri(ro + "-dash"));
    io_test::add(s, io_test::iri(ro + "caf\xC3\xA9"), io_test::iri(ro + "p"), io_test::iri(ro));
    io_test::add(s, io_test::ex("a<b>c{d}e|f^g`h"), io_test::iri(ro + "p"), io_test::iri(std::string(rdf::ns::rdf) + "nil"));
    const std::string ttl = turtle(s);
    CHECK(has(ttl, "ro:plain_name-2\n    ro:p <https://w3id.org/readout/ontology#with.dot> .\n"));
    CHECK(has(ttl, "<https://w3id.org/readout/ontology#9lives>\n    ro:p <https://w3id.org/readout/ontology#-dash> .\n"));
    CHECK(has(ttl, "<https://w3id.org/readout/ontology#caf\xC3\xA9>\n    ro:p <https://w3id.org/readout/ontology#> .\n"));
    CHECK(has(ttl, "<http://example.org/a%3Cb%3Ec%7Bd%7De%7Cf%5Eg%60h>\n    ro:p ( ) .\n"));
    CHECK(has(io_test::write_text(s, GraphFormat::NTriples), "<http://example.org/a%3Cb%3Ec%7Bd%7De%7Cf%5Eg%60h>"));  // the same IRI as N-Triples
    check_round_trip(s);
}

TEST_CASE("Turtle numbers and booleans are bare only in forms that read back the same", "[io][turtle][write]") {
    store::Store s;
    const rdf::Iri p = io_test::ex("p");
    int i = 0;
    auto add = [&](const std::string& lexical, const rdf::Iri& dt) {
        io_test::add(s, io_test::ex("n" + std::to_string(i++)), p, io_test::typed(lexical, dt));
    };
    add("-12", rdf::xsd::integer());
    add("+0434", rdf::xsd::integer());
    add(" 5", rdf::xsd::integer());
    add("6.2", rdf::xsd::decimal());
    add("6", rdf::xsd::decimal());
    add("1.05e7", rdf::xsd::double_());
    add("1.5", rdf::xsd::double_());
    add("inf", rdf::xsd::double_());
    add("true", rdf::xsd::boolean());
    add("1", rdf::xsd::boolean());
    add("2023-07-13", rdf::xsd::date());
    const std::string ttl = turtle(s);
    for (const char* bare : {" -12 .", " +0434 .", " 6.2 .", " 1.05e7 .", " true ."}) CHECK(has(ttl, bare));
    for (const char* quoted : {"\" 5\"^^xsd:integer", "\"6\"^^xsd:decimal", "\"1.5\"^^xsd:double", "\"inf\"^^xsd:double",
                               "\"1\"^^xsd:boolean", "\"2023-07-13\"^^xsd:date"}) {
        CHECK(has(ttl, quoted));
    }
    check_round_trip(s);
}

TEST_CASE("Turtle blank nodes: nested once-referenced, labelled when shared, loops and long chains kept",
          "[io][turtle][write]") {
    store::Store s;
    const rdf::Iri p = io_test::ex("p");
    io_test::add(s, io_test::ex("root"), p, io_test::blank("nest"));
    io_test::add(s, io_test::blank("nest"), p, io_test::lit("inside"));
    io_test::add(s, io_test::ex("root"), io_test::ex("q"), io_test::blank("shared"));
    io_test::add(s, io_test::ex("other"), io_test::ex("q"), io_test::blank("shared"));
    io_test::add(s, io_test::blank("shared"), p, io_test::lit("shared"));
    io_test::add(s, io_test::blank("loop1"), p, io_test::blank("loop2"));
    io_test::add(s, io_test::blank("loop2"), p, io_test::blank("loop1"));
    io_test::add(s, io_test::blank("self"), p, io_test::blank("self"));
    io_test::add(s, io_test::blank("free"), p, io_test::lit("nobody refers to me"));
    for (int i = 0; i < 200; ++i) {  // deeper than the writer nests; the values tell the links apart
        io_test::add(s, io_test::blank("c" + std::to_string(i)), p, io_test::blank("c" + std::to_string(i + 1)));
        io_test::add(s, io_test::blank("c" + std::to_string(i)), io_test::ex("v"), io_test::lit(std::to_string(i)));
    }
    io_test::add(s, io_test::ex("chain"), p, io_test::blank("c0"));
    const std::string ttl = turtle(s);
    CHECK(has(ttl, "<http://example.org/root>\n    <http://example.org/p> [\n        <http://example.org/p> \"inside\"\n    ] ;\n"
                   "    <http://example.org/q> _:shared .\n"));
    CHECK(has(ttl, "_:shared\n    <http://example.org/p> \"shared\" .\n"));
    CHECK(has(ttl, "[]\n    <http://example.org/p> \"nobody refers to me\" .\n"));
    CHECK(has(ttl, "_:self\n    <http://example.org/p> _:self .\n"));
    check_round_trip(s);
}

TEST_CASE("random escaping-heavy graphs survive Turtle through Raptor's parser", "[io][turtle][property]") {
    std::mt19937 rng(21);
    const std::vector<std::string> pieces = {
        "\"", "\\", "\n", "\r", "\t", "\b", "\x01", "\x7f", "<", ">", "{", "}", "|", "^", "`", " ", "'", "\"\"\"",
        "王毅", "😀", "e\xCC\x81", "\xEF\xBB\xBF", "\xE2\x80\xA8", "a", "Z", "9", ".", "-", "_", "%", "#", ":", "@"};
    auto text = [&](std::size_t max) {
        std::string out;
        for (std::size_t n = std::uniform_int_distribution<std::size_t>(0, max)(rng); n > 0; --n) {
            out += pieces[std::uniform_int_distribution<std::size_t>(0, pieces.size() - 1)(rng)];
        }
        return out;
    };
    const std::vector<rdf::Iri> datatypes = {rdf::xsd::integer(), rdf::xsd::decimal(), rdf::xsd::double_(),
                                             rdf::xsd::boolean(), rdf::xsd::date(), io_test::ex("dt")};
    const std::vector<std::string> numbers = {"1", "-2", "+3", "4.5", ".5", "5.", "6e7", "1.5E-3", "true", "false", "0", " 8", "x"};
    for (int round = 0; round < 20; ++round) {
        store::Store s;
        auto node = [&]() -> rdf::Term {
            switch (std::uniform_int_distribution<int>(0, 3)(rng)) {
                case 0: return io_test::blank("b" + std::to_string(std::uniform_int_distribution<int>(0, 15)(rng)));
                case 1: return io_test::iri(std::string(rdf::ns::ro) + text(3));
                // (never a path of "." or "..": Raptor's Turtle parser resolves those dot segments away)
                default: return io_test::ex("x" + text(4));
            }
        };
        for (int i = 0; i < 60; ++i) {
            rdf::Term object;
            switch (std::uniform_int_distribution<int>(0, 4)(rng)) {
                case 0: object = io_test::lit(text(8)); break;
                case 1: object = rdf::Literal::with_language(text(5), "en-GB"); break;
                case 2:
                    object = io_test::typed(numbers[std::uniform_int_distribution<std::size_t>(0, numbers.size() - 1)(rng)],
                                            datatypes[std::uniform_int_distribution<std::size_t>(0, datatypes.size() - 1)(rng)]);
                    break;
                default: object = node();
            }
            io_test::add(s, node(), rdf::Iri(std::string(rdf::ns::ro) + "p" + std::to_string(i % 5)), object);
        }
        INFO("round " << round);
        check_round_trip(s);
    }
}
