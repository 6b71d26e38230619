#include <catch2/catch.hpp>

#include "readout/rdf/escape.hpp"
#include "readout/rdf/vocabulary.hpp"

using namespace readout::rdf;

TEST_CASE("N-Triples string escaping covers quotes, backslashes and controls") {
    CHECK(escape_string_literal("a\"b\\c\nd\te\x01") == "a\\\"b\\\\c\\nd\\te\\u0001");
    CHECK(escape_string_literal("Ł\xF0\x9F\x98\x80") == "Ł\xF0\x9F\x98\x80");
    CHECK(escape_string_literal("bad\xFF") == "bad\xEF\xBF\xBD");
}

TEST_CASE("IRIs escape forbidden characters") {
    CHECK(escape_iri("http://x/a b<c>") == "http://x/a%20b%3Cc%3E");
    CHECK(Iri("http://x/ok").is_valid());
    CHECK_FALSE(Iri("http://x/a b").is_valid());
    CHECK_FALSE(Iri("no-scheme").is_valid());
}

TEST_CASE("terms print in N-Triples syntax") {
    CHECK(to_ntriples(Term{Literal("2023-07-13", xsd::date())}) ==
          "\"2023-07-13\"^^<http://www.w3.org/2001/XMLSchema#date>");
    CHECK(to_ntriples(Term{Literal::with_language("chat", "fr")}) == "\"chat\"@fr");
    CHECK(to_ntriples(Term{Literal("x")}) == "\"x\"");
    CHECK(to_nquads(Quad{Triple{Iri("http://s"), Iri("http://p"), BlankNode("b1")}, Iri("http://g")}) ==
          "<http://s> <http://p> _:b1 <http://g> .\n");
}

TEST_CASE("slugs are lowercase ASCII, deterministic and never empty") {
    CHECK(slug("Abena Owusu-Ansah") == "abena-owusu-ansah");
    CHECK(slug("Türkiye’s Foreign Ministry") == "turkiyes-foreign-ministry");
    CHECK(slug("ASEAN Foreign Ministers' Meeting") == "asean-foreign-ministers-meeting");
    CHECK(slug("Łódź") == "lodz");
    CHECK(slug("北京") == "xe58c97e4baac");
}
