// GraphML export of the actors view (Boost.Graph's writer) and XML text cleaning.

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "readout/io/graph_io.hpp"
#include "readout/io/graphml.hpp"
#include "support.hpp"

using namespace readout;

namespace {

std::string graphml(const store::Store& s, const io::ActorOptions& o = {}) {
    std::ostringstream out;
    io::write_graphml(s, out, o);
    return out.str();
}

}  // namespace

TEST_CASE("xml_text drops what XML 1.0 forbids", "[io][graphml]") {
    CHECK(io::xml_text("plain & <tags> \"q\" 'a'") == "plain & <tags> \"q\" 'a'");  // markup is Boost's job
    CHECK(io::xml_text("tab\tand\nnewline") == "tab\tand\nnewline");
    CHECK(io::xml_text("cr\r\nlf") == "cr\nlf");
    CHECK(io::xml_text(std::string("nul\0bell\x07" "esc\x1b", 13)) == "nul bell esc ");
    CHECK(io::xml_text("del\x7f kept") == "del\x7f kept");  // allowed in XML 1.0
    CHECK(io::xml_text("nonchar \xEF\xBF\xBE \xEF\xBF\xBF") == "nonchar    ");
    CHECK(io::xml_text("bad \xff byte") == "bad \xEF\xBF\xBD byte");
    CHECK(io::xml_text("王毅 😀") == "王毅 😀");
}

TEST_CASE("GraphML of the sample store", "[io][graphml]") {
    std::string xml = graphml(io_test::sample_store());
    CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0) == 0);
    CHECK(xml.find("edgedefault=\"undirected\"") != std::string::npos);
    CHECK(io_test::occurrences(xml, "<node id=") == 3);
    CHECK(io_test::occurrences(xml, "<edge id=") == 2);
    CHECK(xml.find("<key id=\"key10\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\" />") != std::string::npos);
    CHECK(xml.find("for=\"node\" attr.name=\"country\" attr.type=\"string\"") != std::string::npos);
    CHECK(xml.find("for=\"node\" attr.name=\"meetings\" attr.type=\"int\"") != std::string::npos);
    CHECK(xml.find(">Antony Blinken</data>") < xml.find(">Retno Marsudi</data>"));  // n0, n1, n2 by name
    CHECK(xml.find("<edge id=\"e1\" source=\"n0\" target=\"n2\">") != std::string::npos);
    CHECK(xml.find(">Jakarta, 2023-07-13; Jakarta, Friday</data>") != std::string::npos);
    CHECK(xml.find(">2023-07-13; Friday</data>") != std::string::npos);
    CHECK(xml.find(">Jakarta</data>") != std::string::npos);  // places, distinct
    CHECK(xml.find(">https://w3id.org/readout/id/meeting/2023-07-13/jakarta/antony-blinken--wang-yi "
                   "https://w3id.org/readout/id/meeting/2023-07-14/jakarta/antony-blinken--wang-yi</data>") !=
          std::string::npos);
    CHECK(xml.find(">Director of the Foreign Affairs Commission</data>") != std::string::npos);
    CHECK(graphml(io_test::sample_store()) == xml);  // deterministic

    std::ostringstream via_format;
    io::write_graph(io_test::sample_store(), io::GraphFormat::GraphML, via_format);
    CHECK(via_format.str() == xml);

    io::ActorOptions o;
    o.focus = "Retno Marsudi";
    o.depth = 0;
    std::string one = graphml(io_test::sample_store(), o);
    CHECK(io_test::occurrences(one, "<node id=") == 1);
    CHECK(io_test::occurrences(one, "<edge id=") == 0);
}

TEST_CASE("GraphML escapes markup and never writes forbidden characters", "[io][graphml]") {
    store::Store s;
    rdf::Iri a = io_test::id("person/a"), b = io_test::id("person/b"), m = io_test::id("meeting/x");
    io_test::add(s, a, rdf::rdf_ns::type(), rdf::ro::Person());
    io_test::add(s, a, rdf::rdfs::label(), io_test::lit("A & B <C> \"D\" 'E' \x01\x08\x0b\x0c\x1f|\r\n王"));
    io_test::add(s, b, rdf::rdf_ns::type(), rdf::ro::Person());
    io_test::add(s, b, rdf::rdfs::label(), io_test::lit("   "));
    io_test::add(s, m, rdf::rdf_ns::type(), rdf::ro::Meeting());
    io_test::add(s, m, rdf::ro::participant(), a);
    io_test::add(s, m, rdf::ro::participant(), b);
    io_test::add(s, m, rdf::ro::location(), io_test::id("city/x"));
    io_test::add(s, io_test::id("city/x"), rdf::rdfs::label(), io_test::lit("]]> & </data>"));
    std::string xml = graphml(s);
    CHECK(xml.find(">A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos;      |\n王</data>") != std::string::npos);
    CHECK(xml.find(">]]&gt; &amp; &lt;/data&gt;</data>") != std::string::npos);
    CHECK(xml.find(">&#32;  </data>") != std::string::npos);  // only spaces: Boost keeps them with an entity
    auto forbidden = std::find_if(xml.begin(), xml.end(), [](char c) {
        auto u = static_cast<unsigned char>(c);
        return u < 0x20 && u != '\n' && u != '\t';
    });
    CHECK(forbidden == xml.end());
}
