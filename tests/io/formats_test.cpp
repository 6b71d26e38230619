#include <catch2/catch.hpp>

#include "readout/io/graph_io.hpp"

using namespace readout;
using io::GraphFormat;

TEST_CASE("formats by file extension", "[io][format]") {
    CHECK(io::format_from_path("out.ttl") == GraphFormat::Turtle);
    CHECK(io::format_from_path("dir.d/out.TTL") == GraphFormat::Turtle);
    CHECK(io::format_from_path("out.nt") == GraphFormat::NTriples);
    CHECK(io::format_from_path("out.nq") == GraphFormat::NQuads);
    CHECK(io::format_from_path("out.jsonld") == GraphFormat::JsonLd);
    CHECK(io::format_from_path("out.json-ld") == GraphFormat::JsonLd);
    CHECK(io::format_from_path("out.json") == GraphFormat::JsonLd);
    CHECK(io::format_from_path("out.dot") == GraphFormat::Dot);
    CHECK(io::format_from_path("out.gv") == GraphFormat::Dot);
    CHECK(io::format_from_path("out.graphml") == GraphFormat::GraphML);
    CHECK(io::format_from_path("OUT.GraphML") == GraphFormat::GraphML);
    CHECK_FALSE(io::format_from_path("out.txt"));
    CHECK_FALSE(io::format_from_path("out"));
    CHECK_FALSE(io::format_from_path("ttl"));
    CHECK_FALSE(io::format_from_path(".nt.bak"));
}

TEST_CASE("formats by name", "[io][format]") {
    CHECK(io::format_from_name("turtle") == GraphFormat::Turtle);
    CHECK(io::format_from_name("TTL") == GraphFormat::Turtle);
    CHECK(io::format_from_name("ntriples") == GraphFormat::NTriples);
    CHECK(io::format_from_name("nt") == GraphFormat::NTriples);
    CHECK(io::format_from_name("nquads") == GraphFormat::NQuads);
    CHECK(io::format_from_name("nq") == GraphFormat::NQuads);
    CHECK(io::format_from_name("jsonld") == GraphFormat::JsonLd);
    CHECK(io::format_from_name("JSON-LD") == GraphFormat::JsonLd);
    CHECK(io::format_from_name("dot") == GraphFormat::Dot);
    CHECK(io::format_from_name("GraphML") == GraphFormat::GraphML);
    CHECK_FALSE(io::format_from_name(""));
    CHECK_FALSE(io::format_from_name("rdfxml"));
    CHECK_FALSE(io::format_from_name("turtles"));
}

TEST_CASE("format names and extensions agree", "[io][format]") {
    for (GraphFormat f : {GraphFormat::Turtle, GraphFormat::NTriples, GraphFormat::NQuads, GraphFormat::JsonLd,
                          GraphFormat::Dot, GraphFormat::GraphML}) {
        CHECK(io::format_from_name(io::format_name(f)) == f);
        CHECK(io::format_from_path("x" + std::string(io::format_extension(f))) == f);
        CHECK(io::is_readable(f) == (f != GraphFormat::Dot && f != GraphFormat::GraphML));
    }
}
