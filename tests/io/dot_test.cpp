// The actor diagram.

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "readout/io/dot.hpp"
#include "readout/io/graph_io.hpp"
#include "support.hpp"

using namespace readout;

namespace {

std::string diagram(const store::Store& s, const io::DotOptions& options = {}) {
    std::ostringstream out;
    io::write_actor_diagram(s, out, options);
    return out.str();
}

std::size_t count(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (auto pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + 1)) ++n;
    return n;
}

bool have_dot() { return std::system("dot -V > /dev/null 2>&1") == 0; }

}  // namespace

TEST_CASE("dot_escape handles quotes, backslashes, newlines and controls", "[io][dot]") {
    CHECK(io::dot_escape("plain") == "plain");
    CHECK(io::dot_escape("say \"hi\"") == "say \\\"hi\\\"");
    CHECK(io::dot_escape("back\\slash") == "back\\\\slash");
    CHECK(io::dot_escape("ends with \\") == "ends with \\\\");
    CHECK(io::dot_escape("two\nlines") == "two\\nlines");
    CHECK(io::dot_escape("cr\r\nlf") == "cr\\nlf");
    CHECK(io::dot_escape("tab\tbell\x07") == "tab bell ");
    CHECK(io::dot_escape("王毅 😀 Ελληνικά") == "王毅 😀 Ελληνικά");
    CHECK(io::dot_escape("bad \xff byte") == "bad \xEF\xBF\xBD byte");
    CHECK(io::dot_quote("a\"b") == "\"a\\\"b\"");
}

TEST_CASE("the actor diagram shows people, roles and meetings", "[io][dot]") {
    std::string dot = diagram(io_test::sample_store());
    CHECK(dot.find("graph actors {") != std::string::npos);
    CHECK(dot.find("label=\"Antony Blinken\\nSecretary of State, United States\"") != std::string::npos);
    CHECK(dot.find("label=\"Wang Yi\\nDirector of the Foreign Affairs Commission, Chinese Communist Party\"") !=
          std::string::npos);
    CHECK(dot.find("label=\"Retno Marsudi\\nForeign Minister, Indonesia\"") != std::string::npos);
    CHECK(count(dot, " -- ") == 2);  // Blinken-Wang (twice) and Blinken-Retno
    CHECK(dot.find("label=\"Jakarta, 2023-07-13\\nJakarta, Friday\", penwidth=2.5") != std::string::npos);
    CHECK(dot.find("label=\"Jakarta, 2023-07-12\", penwidth=1.0") != std::string::npos);
    CHECK(dot.find("Taiwan") == std::string::npos);  // issues are not actors
    CHECK(diagram(io_test::sample_store()) == dot);  // deterministic
}

TEST_CASE("the actor diagram can focus on one person", "[io][dot]") {
    store::Store s = io_test::sample_store();
    // Wang - Blinken - Retno: from Wang, depth 1 leaves Retno out.
    std::string one = diagram(s, {std::string("Wang Yi"), 1});
    CHECK(one.find("Wang Yi") != std::string::npos);
    CHECK(one.find("Antony Blinken") != std::string::npos);
    CHECK(one.find("Retno") == std::string::npos);
    CHECK(count(one, " -- ") == 1);
    CHECK(one.find("#ffe9a8") != std::string::npos);  // the focus is highlighted
    std::string two = diagram(s, {std::string("wang yi"), 2});
    CHECK(two.find("Retno") != std::string::npos);
    std::string zero = diagram(s, {std::string("Blinken"), 0});
    CHECK(count(zero, "[label=") == 1);
    CHECK(count(zero, " -- ") == 0);
    CHECK_THROWS_AS(diagram(s, {std::string("Nobody Known"), 2}), io::LookupError);
    CHECK_THROWS_AS(diagram(s, {std::string("Jakarta"), 2}), io::LookupError);  // not a person
}

TEST_CASE("nasty names stay valid DOT", "[io][dot]") {
    store::Store s;
    rdf::Iri a = io_test::id("person/a"), b = io_test::id("person/b"), m = io_test::id("meeting/x");
    io_test::add(s, a, rdf::rdf_ns::type(), rdf::ro::Person());
    io_test::add(s, a, rdf::rdfs::label(), io_test::lit("Quote \" Back\\slash\nNewline 王毅"));
    io_test::add(s, b, rdf::rdf_ns::type(), rdf::ro::Person());  // no label: named from the IRI
    io_test::add(s, m, rdf::rdf_ns::type(), rdf::ro::Meeting());
    io_test::add(s, m, rdf::ro::participant(), a);
    io_test::add(s, m, rdf::ro::participant(), b);
    io_test::add(s, m, rdf::ro::location(), io_test::id("city/x"));
    io_test::add(s, io_test::id("city/x"), rdf::rdfs::label(), io_test::lit("{Brace} <City> \"Q\""));
    std::string dot = diagram(s);
    CHECK(dot.find("label=\"Quote \\\" Back\\\\slash\\nNewline 王毅\"") != std::string::npos);
    CHECK(dot.find("label=\"b\"") != std::string::npos);
    CHECK(dot.find("label=\"{Brace} <City> \\\"Q\\\"\"") != std::string::npos);
    if (!have_dot()) {
        WARN("Graphviz 'dot' is not installed: skipping the dot -Tsvg check");
        return;
    }
    auto dir = io_test::scratch_dir("dot");
    for (const auto& [name, text] : {std::pair{"nasty", dot}, std::pair{"sample", diagram(io_test::sample_store())}}) {
        auto in = dir / (std::string(name) + ".dot");
        std::ofstream(in) << text;
        std::string cmd = "dot -Tsvg " + in.string() + " -o " + (dir / (std::string(name) + ".svg")).string() + " 2> " +
                          (dir / "err.txt").string();
        INFO(text);
        CHECK(std::system(cmd.c_str()) == 0);
        std::ifstream err(dir / "err.txt");
        std::string err_text((std::istreambuf_iterator<char>(err)), std::istreambuf_iterator<char>());
        CHECK(err_text.empty());
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("an empty store gives an empty but valid diagram", "[io][dot]") {
    store::Store s;
    std::string dot = diagram(s);
    CHECK(dot.find("graph actors {") != std::string::npos);
    CHECK(count(dot, "[label=") == 0);
}
