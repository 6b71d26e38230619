// Store -> format -> Store round trips, for every readable format, on nasty hand-built stores.

#include <catch2/catch.hpp>

#include <sstream>

#include "readout/io/graph_io.hpp"
#include "support.hpp"

using namespace readout;
using io::GraphFormat;

namespace {

std::string write(const store::Store& s, GraphFormat f) {
    std::ostringstream out;
    io::write_graph(s, f, out);
    return out.str();
}

store::Store read(const std::string& text, GraphFormat f, const std::string& origin = "<test>") {
    std::istringstream in(text);
    store::Store s;
    io::read_graph(in, f, origin, s);
    return s;
}

const GraphFormat kTripleFormats[] = {GraphFormat::Turtle, GraphFormat::NTriples, GraphFormat::JsonLd};

}  // namespace

TEST_CASE("N-Quads round trip keeps every quad and its graph", "[io][roundtrip]") {
    for (const auto& original : {io_test::nasty_store(), io_test::sample_store()}) {
        std::string text = write(original, GraphFormat::NQuads);
        store::Store back = read(text, GraphFormat::NQuads);
        CHECK(back.quad_count() == original.quad_count());
        CHECK(io_test::canonical(back, true) == io_test::canonical(original, true));
    }
}

TEST_CASE("Turtle, N-Triples and JSON-LD round trips keep the union of the graphs", "[io][roundtrip]") {
    for (GraphFormat f : kTripleFormats) {
        for (const auto& original : {io_test::nasty_store(), io_test::sample_store()}) {
            INFO("format " << io::format_name(f));
            std::string text = write(original, f);
            store::Store back = read(text, f);
            CHECK(back.triple_count() == original.triple_count());
            CHECK(back.graphs().empty());
            CHECK(io_test::canonical(back, false) == io_test::canonical(original, false));
        }
    }
}

TEST_CASE("writing is deterministic and a second round trip is stable", "[io][roundtrip]") {
    store::Store original = io_test::nasty_store();
    for (GraphFormat f : {GraphFormat::Turtle, GraphFormat::NTriples, GraphFormat::NQuads, GraphFormat::JsonLd}) {
        INFO("format " << io::format_name(f));
        std::string once = write(original, f);
        CHECK(write(original, f) == once);
        store::Store back = read(once, f);
        store::Store again = read(write(back, f), f);
        CHECK(io_test::canonical(again, f == GraphFormat::NQuads) == io_test::canonical(back, f == GraphFormat::NQuads));
    }
}

TEST_CASE("language tags and datatypes come back exactly", "[io][roundtrip]") {
    store::Store s;
    io_test::add(s, io_test::ex("s"), io_test::ex("p"), rdf::Literal::with_language("colour", "en-GB"));
    io_test::add(s, io_test::ex("s"), io_test::ex("p"), rdf::Literal::with_language("x", "zh-Hant-TW"));
    io_test::add(s, io_test::ex("s"), io_test::ex("q"), io_test::typed("2023-07", rdf::xsd::g_year_month()));
    io_test::add(s, io_test::ex("s"), io_test::ex("q"), io_test::typed("007", rdf::xsd::integer()));
    io_test::add(s, io_test::ex("s"), io_test::ex("q"), io_test::typed("1.50", rdf::xsd::decimal()));
    for (GraphFormat f : {GraphFormat::Turtle, GraphFormat::NTriples, GraphFormat::NQuads, GraphFormat::JsonLd}) {
        INFO("format " << io::format_name(f));
        store::Store back = read(write(s, f), f);
        CHECK(back.find(rdf::Term{rdf::Literal::with_language("colour", "en-GB")}).has_value());
        CHECK(back.find(rdf::Term{rdf::Literal::with_language("x", "zh-Hant-TW")}).has_value());
        CHECK_FALSE(back.find(rdf::Term{rdf::Literal::with_language("colour", "en-gb")}).has_value());
        CHECK(back.find(rdf::Term{io_test::typed("007", rdf::xsd::integer())}).has_value());
        CHECK(back.find(rdf::Term{io_test::typed("1.50", rdf::xsd::decimal())}).has_value());
        CHECK(back.find(rdf::Term{io_test::typed("2023-07", rdf::xsd::g_year_month())}).has_value());
    }
}

TEST_CASE("blank nodes keep safe labels and survive cycles", "[io][roundtrip][blank]") {
    store::Store s;
    io_test::add(s, io_test::blank("a"), io_test::ex("next"), io_test::blank("b"));
    io_test::add(s, io_test::blank("b"), io_test::ex("next"), io_test::blank("a"));
    io_test::add(s, io_test::blank("c"), io_test::ex("self"), io_test::blank("c"));
    for (GraphFormat f : {GraphFormat::NTriples, GraphFormat::NQuads, GraphFormat::JsonLd, GraphFormat::Turtle}) {
        INFO("format " << io::format_name(f));
        std::string text = write(s, f);
        store::Store back = read(text, f);
        CHECK(back.triple_count() == 3);
        CHECK(io_test::canonical(back, false) == io_test::canonical(s, false));
        CHECK(back.find(rdf::Term{io_test::blank("a")}).has_value());
        CHECK(back.find(rdf::Term{io_test::blank("c")}).has_value());
    }
}

TEST_CASE("unsafe blank node labels are renamed consistently", "[io][blank]") {
    store::Store s;
    io_test::add(s, io_test::blank("has space"), io_test::ex("p"), io_test::blank("b0"));
    io_test::add(s, io_test::ex("x"), io_test::ex("p"), io_test::blank("has space"));
    std::string nt = write(s, GraphFormat::NTriples);
    CHECK(nt.find("has space") == std::string::npos);
    CHECK(nt.find("_:b0") != std::string::npos);
    store::Store back = read(nt, GraphFormat::NTriples);
    CHECK(io_test::canonical(back, false) == io_test::canonical(s, false));
}

TEST_CASE("reading into a store with the same blank labels does not merge nodes", "[io][blank]") {
    store::Store s;
    io_test::add(s, io_test::blank("b1"), io_test::ex("p"), io_test::lit("one"));
    std::string text = write(s, GraphFormat::NTriples);
    store::Store merged;
    std::istringstream a(text), b(text);
    io::read_graph(a, GraphFormat::NTriples, "a.nt", merged);
    io::read_graph(b, GraphFormat::NTriples, "b.nt", merged);
    CHECK(merged.triple_count() == 2);  // two distinct blank nodes
    CHECK(merged.find(rdf::Term{io_test::blank("b1")}).has_value());
}

TEST_CASE("reading several files merges them", "[io][read]") {
    store::Store merged;
    store::Store sample = io_test::sample_store();
    std::istringstream a(write(sample, GraphFormat::NQuads));
    std::istringstream b(write(io_test::nasty_store(), GraphFormat::Turtle));
    io::read_graph(a, GraphFormat::NQuads, "a.nq", merged);
    io::read_graph(b, GraphFormat::Turtle, "b.ttl", merged);
    CHECK(merged.quad_count() >= sample.quad_count());
    CHECK_FALSE(merged.find_by_name("Wang Yi").empty());
}

TEST_CASE("a failed read leaves the store unchanged", "[io][read]") {
    store::Store s = io_test::sample_store();
    std::size_t before = s.quad_count();
    std::istringstream in("<http://example.org/a> <http://example.org/b> \"ok\" .\n<http://example.org/a> <http://example.org/b> broken .\n");
    CHECK_THROWS_AS(io::read_graph(in, GraphFormat::NTriples, "x.nt", s), io::ParseError);
    CHECK(s.quad_count() == before);
}

TEST_CASE("Turtle output declares the project prefixes and uses them", "[io][turtle]") {
    std::string ttl = write(io_test::sample_store(), GraphFormat::Turtle);
    CHECK(ttl.find("@prefix ro: <https://w3id.org/readout/ontology#> .") != std::string::npos);
    CHECK(ttl.find("@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .") != std::string::npos);
    CHECK(ttl.find("ro:participant") != std::string::npos);
    CHECK(ttl.find("<https://w3id.org/readout/id/person/antony-blinken>") != std::string::npos);
}

TEST_CASE("N-Quads output puts article assertions in the article's graph", "[io][nquads]") {
    std::string nq = write(io_test::sample_store(), GraphFormat::NQuads);
    CHECK(nq.find("<https://w3id.org/readout/id/meeting/2023-07-13/jakarta/antony-blinken--wang-yi> "
                  "<https://w3id.org/readout/ontology#participant> <https://w3id.org/readout/id/person/wang-yi> "
                  "<https://w3id.org/readout/id/article/000_2d9272706c5d0ec8> .") != std::string::npos);
    CHECK(nq.find("<https://w3id.org/readout/id/person/wang-yi> <http://www.w3.org/2000/01/rdf-schema#label> \"Wang Yi\" .") !=
          std::string::npos);
}

TEST_CASE("non-ASCII text in N-Triples is written as escapes that read back", "[io][ntriples]") {
    store::Store s;
    io_test::add(s, io_test::ex("ключ"), io_test::ex("p"), io_test::lit("王毅 😀"));
    std::string nt = write(s, GraphFormat::NTriples);
    for (unsigned char c : nt) CHECK(c < 0x80);  // Raptor writes \uXXXX / \UXXXXXXXX
    CHECK(nt.find("\\U0001F600") != std::string::npos);
    store::Store back = read(nt, GraphFormat::NTriples);
    CHECK(back.find(rdf::Term{io_test::lit("王毅 😀")}).has_value());
    CHECK(back.find(rdf::Term{io_test::ex("ключ")}).has_value());
    // raw UTF-8 (N-Triples 1.1) reads too
    store::Store raw = read("<http://example.org/ключ> <http://example.org/p> \"王毅 😀\" .\n", GraphFormat::NTriples);
    CHECK(io_test::canonical(raw) == io_test::canonical(back));
}
