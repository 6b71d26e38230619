// JSON-LD specifics: the compact form readout writes, and the generic JSON-LD it reads.

#include <catch2/catch.hpp>

#include <rapidjson/document.h>

#include <fstream>
#include <sstream>

#include "readout/io/graph_io.hpp"
#include "support.hpp"

using namespace readout;
using io::GraphFormat;

namespace {

std::string write_jsonld(const store::Store& s) {
    std::ostringstream out;
    io::write_graph(s, GraphFormat::JsonLd, out);
    return out.str();
}

store::Store read_jsonld(const std::string& text) {
    std::istringstream in(text);
    store::Store s;
    io::read_graph(in, GraphFormat::JsonLd, "<test>", s);
    return s;
}

bool has(const store::Store& s, const rdf::Term& subj, const rdf::Iri& p, const rdf::Term& obj,
         std::optional<rdf::Iri> graph = std::nullopt) {
    auto si = s.find(subj), pi = s.find(rdf::Term{p}), oi = s.find(obj);
    if (!si || !pi || !oi || !s.contains(*si, *pi, *oi)) return false;
    if (!graph) return true;
    auto gi = s.find(rdf::Term{*graph});
    if (!gi) return false;
    auto gs = s.graphs_of(*si, *pi, *oi);
    return std::find(gs.begin(), gs.end(), *gi) != gs.end();
}

const rdf::Iri& type() { return rdf::rdf_ns::type(); }

}  // namespace

TEST_CASE("the embedded context is ontology/context.jsonld", "[io][jsonld]") {
    std::ifstream in(std::string(READOUT_SOURCE_DIR) + "/ontology/context.jsonld", std::ios::binary);
    std::stringstream file;
    file << in.rdbuf();
    CHECK(io::jsonld_context_document() == file.str());
}

TEST_CASE("JSON-LD output is compact, self-contained and uses the project context", "[io][jsonld]") {
    std::string text = write_jsonld(io_test::sample_store());
    rapidjson::Document doc;
    doc.Parse(text.c_str(), text.size());
    REQUIRE_FALSE(doc.HasParseError());
    REQUIRE(doc.IsObject());
    REQUIRE(doc.HasMember("@context"));
    REQUIRE(doc.HasMember("@graph"));

    rapidjson::Document context_file;
    std::string ctx(io::jsonld_context_document());
    context_file.Parse(ctx.c_str(), ctx.size());
    REQUIRE(context_file.HasMember("@context"));
    CHECK(doc["@context"] == context_file["@context"]);  // the same context, inline

    const auto& graph = doc["@graph"];
    REQUIRE(graph.IsArray());
    std::set<std::string> ids;
    for (const auto& node : graph.GetArray()) {
        REQUIRE(node.IsObject());
        REQUIRE(node.HasMember("@id"));
        std::string id = node["@id"].GetString();
        CHECK(ids.insert(id).second);  // one node object per subject
        CHECK(id.find(':') != std::string::npos);  // never a relative IRI
    }
    CHECK(ids.count("https://w3id.org/readout/id/person/antony-blinken") == 1);
    // terms of the context, and typed values
    CHECK(text.find(R"("@type": "Person")") != std::string::npos);
    CHECK(text.find(R"("label": "Antony Blinken")") != std::string::npos);
    CHECK(text.find(R"("participant": ["https://w3id.org/readout/id/person/antony-blinken")") != std::string::npos);
    CHECK(text.find(R"("@value": "2023-07-13",)") != std::string::npos);
    CHECK(text.find(R"("@type": "xsd:date")") != std::string::npos);
    CHECK(text.find(R"("start": "434")") != std::string::npos);       // coerced by the context
    CHECK(text.find(R"("latitude": "-6.2")") != std::string::npos);   // coerced by the context
}

TEST_CASE("JSON-LD output writes values the context cannot coerce explicitly", "[io][jsonld]") {
    store::Store s;
    rdf::Iri e = io_test::id("evidence/a/1-2");
    io_test::add(s, e, rdf::ro::start(), io_test::lit("12"));  // plain where xsd:integer is coerced
    io_test::add(s, e, rdf::ro::participant(), io_test::lit("not a node"));  // literal where @id is coerced
    io_test::add(s, e, rdf::ro::alias(), rdf::Literal::with_language("Wang", "en-GB"));
    io_test::add(s, e, rdf::ro::alias(), io_test::blank("b1"));
    io_test::add(s, e, io_test::ex("other"), rdf::ro::Person());
    io_test::add(s, e, type(), io_test::lit("literal type"));
    std::string text = write_jsonld(s);
    CHECK(text.find(R"("start": {)") != std::string::npos);
    CHECK(text.find(R"("@language": "en-GB")") != std::string::npos);
    CHECK(text.find(R"("@id": "_:b1")") != std::string::npos);
    CHECK(text.find(R"("@id": "ro:Person")") != std::string::npos);
    CHECK(text.find(R"("rdf:type": "literal type")") != std::string::npos);
    store::Store back = read_jsonld(text);
    CHECK(io_test::canonical(back) == io_test::canonical(s));
}

TEST_CASE("generic expanded JSON-LD reads", "[io][jsonld]") {
    store::Store s = read_jsonld(R"([
      {"@id": "http://example.org/a",
       "@type": ["http://example.org/T"],
       "http://example.org/p": [{"@value": "x"}, {"@value": "y", "@language": "fr-CA"},
                                 {"@value": "2023", "@type": "http://www.w3.org/2001/XMLSchema#gYear"},
                                 {"@id": "http://example.org/b"},
                                 {"http://example.org/q": [{"@value": "nested"}]}],
       "http://example.org/n": [{"@value": 5}, {"@value": 5.5}, {"@value": -0}, {"@value": false}]},
      {"@id": "http://example.org/g", "@graph": [{"@id": "http://example.org/a", "http://example.org/in": [{"@id": "_:x"}]}]}
    ])");
    rdf::Iri a = io_test::ex("a"), p = io_test::ex("p"), n = io_test::ex("n");
    CHECK(has(s, a, type(), io_test::ex("T")));
    CHECK(has(s, a, p, io_test::lit("x")));
    CHECK(has(s, a, p, rdf::Literal::with_language("y", "fr-CA")));
    CHECK(has(s, a, p, io_test::typed("2023", rdf::xsd::g_year())));
    CHECK(has(s, a, p, io_test::ex("b")));
    CHECK(has(s, a, n, io_test::typed("5", rdf::xsd::integer())));
    CHECK(has(s, a, n, io_test::typed("5.5E0", rdf::xsd::double_())));
    CHECK(has(s, a, n, io_test::typed("0", rdf::xsd::integer())));
    CHECK(has(s, a, n, io_test::typed("false", rdf::xsd::boolean())));
    // the nested node object is a blank node
    auto pid = s.find(rdf::Term{p});
    auto aid = s.find(rdf::Term{a});
    REQUIRE(pid);
    REQUIRE(aid);
    int blanks = 0;
    for (auto o : s.objects(*aid, *pid)) {
        if (rdf::is_blank(s.term(o))) {
            ++blanks;
            auto q = s.find(rdf::Term{io_test::ex("q")});
            REQUIRE(q);
            CHECK(s.object(o, *q).has_value());
        }
    }
    CHECK(blanks == 1);
    CHECK(has(s, a, io_test::ex("in"), io_test::blank("x"), io_test::ex("g")));
    CHECK(s.graphs().size() == 1);
}

TEST_CASE("blank node identifiers of one document are one node; anonymous nodes are distinct", "[io][jsonld]") {
    store::Store s = read_jsonld(R"({"@graph": [
      {"@id": "_:same", "http://example.org/p": "1"},
      {"@id": "_:same", "http://example.org/p": "2"},
      {"http://example.org/p": "3"},
      {"http://example.org/p": "4"}]})");
    std::set<store::TermId> subjects;
    for (const auto& t : s.triples()) subjects.insert(t.subject);
    CHECK(subjects.size() == 3);
    CHECK(s.find(rdf::Term{io_test::blank("same")}).has_value());
}

TEST_CASE("JSON-LD errors point at the offending value", "[io][jsonld]") {
    auto error_of = [](const std::string& text) -> io::ParseError {
        try {
            (void)read_jsonld(text);
        } catch (const io::ParseError& e) {
            return e;
        }
        FAIL("no ParseError");
        throw std::logic_error("unreachable");
    };
    auto e = error_of("{\n  \"@id\": \"http://example.org/a\",\n  \"@type\": 7\n}");
    CHECK(e.line == 3);
    CHECK(e.column == 12);
    CHECK(e.file == "<test>");
    e = error_of("[\n  {\"@id\": \"http://example.org/a\",\n   \"http://example.org/p\": {\"@value\": \"x\", \"@language\": 5}}\n]");
    CHECK(e.line == 3);
    e = error_of("{\"a\": 1,\n\n \"b\": }");
    CHECK(e.line == 3);
    CHECK(e.message.find("invalid JSON") != std::string::npos);
    e = error_of("{\"@context\": {\"@version\": 1.0}}");
    CHECK(e.message.find("@version") != std::string::npos);
    e = error_of("{\"@context\": {\"a\": \"b:c\", \"b\": \"a:d\"}, \"a\": 1}");
    CHECK(e.line == 1);
}
