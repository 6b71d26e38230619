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

bool have_dot() { return std::system("dot -V > /dev/null 2>&1") == 0; }

io::DotOptions focus(const std::string& name, int depth) {
    io::DotOptions o;
    o.focus = name;
    o.depth = depth;
    return o;
}

io::DotOptions unclustered() {
    io::DotOptions o;
    o.cluster = io::DotCluster::None;
    return o;
}

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
    std::string dot = diagram(io_test::sample_store(), unclustered());
    CHECK(dot.find("graph actors {") != std::string::npos);
    CHECK(dot.find("subgraph") == std::string::npos);
    // role and organization on one line when short, else each on lines of their own, wrapped
    CHECK(dot.find("label=\"Antony Blinken\\nSecretary of State\\nUnited States\"") != std::string::npos);
    CHECK(dot.find("label=\"Wang Yi\\nDirector of the Foreign\\nAffairs Commission\\nChinese Communist Party\"") !=
          std::string::npos);
    CHECK(dot.find("label=\"Retno Marsudi\\nForeign Minister, Indonesia\"") != std::string::npos);
    CHECK(io_test::occurrences(dot, " -- ") == 2);  // Blinken-Wang (twice) and Blinken-Retno
    CHECK(dot.find("label=\"Jakarta, 2023-07-13\\nJakarta, Friday\", penwidth=2.5") != std::string::npos);
    CHECK(dot.find("label=\"Jakarta, 2023-07-12\", penwidth=1.0") != std::string::npos);
    CHECK(dot.find("Taiwan") == std::string::npos);  // issues are not actors
    CHECK(diagram(io_test::sample_store(), unclustered()) == dot);  // deterministic
}

TEST_CASE("the actor diagram can focus on one person", "[io][dot]") {
    store::Store s = io_test::sample_store();
    // Wang - Blinken - Retno: from Wang, depth 1 leaves Retno out.
    std::string one = diagram(s, focus("Wang Yi", 1));
    CHECK(one.find("Wang Yi") != std::string::npos);
    CHECK(one.find("Antony Blinken") != std::string::npos);
    CHECK(one.find("Retno") == std::string::npos);
    CHECK(io_test::occurrences(one, " -- ") == 1);
    CHECK(one.find("#ffe9a8") != std::string::npos);  // the focus is highlighted
    std::string two = diagram(s, focus("wang yi", 2));
    CHECK(two.find("Retno") != std::string::npos);
    std::string zero = diagram(s, focus("Blinken", 0));
    CHECK(io_test::occurrences(zero, "[label=") == 1);
    CHECK(io_test::occurrences(zero, " -- ") == 0);
    CHECK_THROWS_AS(diagram(s, focus("Nobody Known", 2)), io::LookupError);
    CHECK_THROWS_AS(diagram(s, focus("Jakarta", 2)), io::LookupError);  // not a person
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
    rdf::Iri country = io_test::id("country/x");
    io_test::add(s, country, rdf::rdf_ns::type(), rdf::ro::Country());
    io_test::add(s, country, rdf::rdfs::label(), io_test::lit("C\u00f4te \"d'Ivoire\" \\ <x>\r\n"));
    io_test::add(s, a, rdf::ro::memberOf(), country);
    rdf::Iri issue = io_test::id("issue/x");
    io_test::add(s, issue, rdf::rdf_ns::type(), rdf::ro::Issue());
    io_test::add(s, issue, rdf::rdfs::label(), io_test::lit("Issue \"1\"\t\\"));
    io_test::add(s, issue, rdf::ro::discussedAt(), m);
    std::string dot = diagram(s);
    CHECK(dot.find("label=\"C\u00f4te \\\"d'Ivoire\\\" \\\\ <x>\\n\";") != std::string::npos);
    CHECK(dot.find("label=\"Quote \\\" Back\\\\slash\\nNewline 王毅\"") != std::string::npos);
    CHECK(dot.find("label=\"b\"") != std::string::npos);
    CHECK(dot.find("label=\"{Brace} <City> \\\"Q\\\"\"") != std::string::npos);
    if (!have_dot()) {
        WARN("Graphviz 'dot' is not installed: skipping the dot -Tsvg check");
        return;
    }
    auto dir = io_test::scratch_dir("dot");
    io::DotOptions meetings;
    meetings.view = io::DotView::Meetings;
    io::DotOptions by_org;
    by_org.cluster = io::DotCluster::Organization;
    const std::pair<const char*, std::string> cases[] = {
        {"nasty", dot},
        {"nasty-meetings", diagram(s, meetings)},
        {"sample", diagram(io_test::sample_store())},
        {"sample-meetings", diagram(io_test::sample_store(), meetings)},
        {"sample-org", diagram(io_test::sample_store(), by_org)},
    };
    CHECK(cases[1].second.find("label=\"Issue \\\"1\\\" \\\\\"") != std::string::npos);
    for (const auto& [name, text] : cases) {
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
    CHECK(io_test::occurrences(dot, "[label=") == 0);
}

TEST_CASE("people are grouped by country or organization", "[io][dot]") {
    store::Store s = io_test::sample_store();
    std::string by_country = diagram(s);
    // Indonesia and the United States, in name order; Wang Yi's post is in a party of no known country.
    CHECK(by_country.find("subgraph cluster_0 {\n    label=\"Indonesia\";") != std::string::npos);
    CHECK(by_country.find("subgraph cluster_1 {\n    label=\"United States\";") != std::string::npos);
    CHECK(io_test::occurrences(by_country, "subgraph cluster_") == 2);
    // inside its country's box a label does not repeat the country
    CHECK(by_country.find("label=\"Antony Blinken\\nSecretary of State\"") != std::string::npos);
    CHECK(by_country.find("label=\"Wang Yi\\nDirector of the Foreign\\nAffairs Commission\\nChinese Communist Party\"") !=
          std::string::npos);
    auto cluster_of = [](const std::string& dot, const std::string& who) {
        auto at = dot.find(who);
        auto open = dot.rfind("subgraph", at);
        auto close = dot.rfind("  }\n", at);
        return open != std::string::npos && (close == std::string::npos || close < open);
    };
    CHECK(cluster_of(by_country, "Antony Blinken"));
    CHECK_FALSE(cluster_of(by_country, "Wang Yi"));

    io::DotOptions o;
    o.cluster = io::DotCluster::Organization;
    std::string by_org = diagram(s, o);
    CHECK(io_test::occurrences(by_org, "subgraph cluster_") == 3);
    CHECK(by_org.find("label=\"Chinese Communist Party\";") != std::string::npos);
    CHECK(by_org.find("label=\"Wang Yi\\nDirector of the Foreign\\nAffairs Commission\"") != std::string::npos);
    CHECK(cluster_of(by_org, "Wang Yi"));
}

TEST_CASE("the actor diagram can be restricted to a date range", "[io][dot]") {
    store::Store s = io_test::sample_store();
    io::DotOptions o;
    o.cluster = io::DotCluster::None;
    o.from = extract::DateValue::parse_iso("2023-07-13");
    std::string from13 = diagram(s, o);
    CHECK(io_test::occurrences(from13, " -- ") == 1);  // the Friday meeting has no date: left out with a range
    CHECK(from13.find("label=\"Jakarta, 2023-07-13\", penwidth=1.0") != std::string::npos);
    CHECK(from13.find("Retno") == std::string::npos);  // met nobody in the range

    o.from.reset();
    o.to = extract::DateValue::parse_iso("2023-07-12");
    std::string to12 = diagram(s, o);
    CHECK(io_test::occurrences(to12, " -- ") == 1);
    CHECK(to12.find("label=\"Jakarta, 2023-07-12\"") != std::string::npos);
    CHECK(to12.find("Wang Yi") == std::string::npos);

    // a month bound covers the whole month; a range that overlaps nothing gives no one
    o.from = extract::DateValue::parse_iso("2023-07");
    o.to = extract::DateValue::parse_iso("2023-07");
    CHECK(io_test::occurrences(diagram(s, o), " -- ") == 2);
    o.from = extract::DateValue::parse_iso("2024");
    o.to.reset();
    CHECK(io_test::occurrences(diagram(s, o), "[label=") == 0);
}

TEST_CASE("a date range keeps meetings whose date overlaps it", "[io][dot]") {
    store::Store s;
    rdf::Iri a = io_test::id("person/a"), b = io_test::id("person/b");
    for (const auto& p : {a, b}) io_test::add(s, p, rdf::rdf_ns::type(), rdf::ro::Person());
    auto meeting = [&](const std::string& name, const rdf::Literal& date) {
        rdf::Iri m = io_test::id("meeting/" + name);
        io_test::add(s, m, rdf::rdf_ns::type(), rdf::ro::Meeting());
        io_test::add(s, m, rdf::ro::participant(), a);
        io_test::add(s, m, rdf::ro::participant(), b);
        io_test::add(s, m, rdf::ro::date(), date);
    };
    meeting("year", io_test::typed("2022", rdf::xsd::g_year()));
    meeting("month", io_test::typed("2023-02", rdf::xsd::g_year_month()));
    io::DotOptions o;
    o.from = extract::DateValue::parse_iso("2022-12-31");
    o.to = extract::DateValue::parse_iso("2023-02-01");
    std::string both = diagram(s, o);
    CHECK(both.find("label=\"2022\\n2023-02\", penwidth=2.5") != std::string::npos);
    o.to = extract::DateValue::parse_iso("2023-01-31");
    CHECK(diagram(s, o).find("label=\"2022\", penwidth=1.0") != std::string::npos);
}

TEST_CASE("the meetings view joins people to meetings and meetings to issues", "[io][dot]") {
    io::DotOptions o;
    o.view = io::DotView::Meetings;
    o.cluster = io::DotCluster::None;
    std::string dot = diagram(io_test::sample_store(), o);
    CHECK(dot.find("rankdir=LR") != std::string::npos);
    // meetings in date order, the one known only by its weekday last
    CHECK(dot.find("m0 [label=\"Jakarta\\n2023-07-12\"") != std::string::npos);
    CHECK(dot.find("m1 [label=\"Jakarta\\n2023-07-13\"") != std::string::npos);
    CHECK(dot.find("m2 [label=\"Jakarta\\nFriday\"") != std::string::npos);
    CHECK(dot.find("i0 [label=\"Taiwan Strait\"") != std::string::npos);
    CHECK(io_test::occurrences(dot, " -- m") == 6);  // two people at each of three meetings
    CHECK(io_test::occurrences(dot, " -- i") == 1);
    CHECK(dot.find("m1 -- i0") != std::string::npos);
    CHECK(dot.find("penwidth=") == std::string::npos);  // no person-person edges in this view

    o.focus = "Retno Marsudi";
    o.depth = 0;
    std::string focused = diagram(io_test::sample_store(), o);
    CHECK(io_test::occurrences(focused, " -- m") == 1);
    CHECK(focused.find("Taiwan") == std::string::npos);
}

TEST_CASE("calls are drawn dashed in the meetings view", "[io][dot]") {
    store::Store s;
    rdf::Iri a = io_test::id("person/a"), b = io_test::id("person/b"), c = io_test::id("call/x");
    for (const auto& p : {a, b}) io_test::add(s, p, rdf::rdf_ns::type(), rdf::ro::Person());
    io_test::add(s, c, rdf::rdf_ns::type(), rdf::ro::Call());
    io_test::add(s, c, rdf::ro::participant(), a);
    io_test::add(s, c, rdf::ro::participant(), b);
    io::DotOptions o;
    o.view = io::DotView::Meetings;
    std::string dot = diagram(s, o);
    CHECK(dot.find("m0 [label=\"undated\"") != std::string::npos);
    CHECK(dot.find("style=\"filled,dashed\"") != std::string::npos);
    CHECK(io_test::occurrences(diagram(s), " -- ") == 1);  // a call ties people too
}

TEST_CASE("view and cluster names", "[io][dot]") {
    CHECK(io::dot_view_from_name("People") == io::DotView::People);
    CHECK(io::dot_view_from_name("meetings") == io::DotView::Meetings);
    CHECK_FALSE(io::dot_view_from_name("issues"));
    CHECK(io::dot_cluster_from_name("country") == io::DotCluster::Country);
    CHECK(io::dot_cluster_from_name("ORG") == io::DotCluster::Organization);
    CHECK(io::dot_cluster_from_name("organization") == io::DotCluster::Organization);
    CHECK(io::dot_cluster_from_name("none") == io::DotCluster::None);
    CHECK_FALSE(io::dot_cluster_from_name("city"));
    CHECK(io::diagram_format_from_path("a/b.SVG") == io::DiagramFormat::Svg);
    CHECK(io::diagram_format_from_path("b.png") == io::DiagramFormat::Png);
    CHECK(io::diagram_format_from_path("b.gv") == io::DiagramFormat::Dot);
    CHECK_FALSE(io::diagram_format_from_path("b.ttl"));
    CHECK(io::diagram_format_from_name("png") == io::DiagramFormat::Png);
    CHECK_FALSE(io::diagram_format_from_name("jpeg"));
}

TEST_CASE("render_diagram runs Graphviz and reports its problems", "[io][dot]") {
    std::string dot = diagram(io_test::sample_store());
    std::ostringstream copy;
    CHECK(io::render_diagram(dot, io::DiagramFormat::Dot, copy).empty());
    CHECK(copy.str() == dot);

    std::ostringstream nowhere;
    try {
        (void)io::render_diagram(dot, io::DiagramFormat::Svg, nowhere, "readout-no-such-graphviz-program");
        FAIL("a missing program must throw");
    } catch (const io::WriteError& e) {
        CHECK(std::string(e.what()).find("not on PATH") != std::string::npos);
        CHECK(std::string(e.what()).find("graphviz") != std::string::npos);
    }
    if (!have_dot()) {
        WARN("Graphviz 'dot' is not installed: skipping the rendering checks");
        return;
    }
    std::ostringstream svg, png, bad;
    CHECK(io::render_diagram(dot, io::DiagramFormat::Svg, svg).empty());
    CHECK(svg.str().find("<svg") != std::string::npos);
    CHECK(svg.str().find("Antony Blinken") != std::string::npos);
    CHECK(io::render_diagram(dot, io::DiagramFormat::Png, png).empty());
    CHECK(png.str().substr(0, 4) == "\x89PNG");
    try {
        (void)io::render_diagram("graph { a -- ", io::DiagramFormat::Svg, bad);
        FAIL("a syntax error must throw");
    } catch (const io::WriteError& e) {
        CHECK(std::string(e.what()).find("syntax error") != std::string::npos);
    }
    // warnings are returned, not printed
    auto warnings = io::render_diagram("graph { a [shape=nosuchshape]; }", io::DiagramFormat::Svg, bad);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].find("nosuchshape") != std::string::npos);
}

TEST_CASE("people who met no one are left out unless asked for; edges start at the busiest", "[io][dot]") {
    store::Store s;
    auto person = [&](const std::string& key) {
        rdf::Iri p = io_test::id("person/" + key);
        io_test::add(s, p, rdf::rdf_ns::type(), rdf::ro::Person());
        io_test::add(s, p, rdf::rdfs::label(), io_test::lit(key));
        return p;
    };
    rdf::Iri a = person("a"), b = person("b"), y = person("y"), z = person("z");
    io_test::add(s, b, rdf::ro::holds(), io_test::id("position/b"));  // a post, no meeting
    auto meeting = [&](const std::string& key, const rdf::Iri& p, const rdf::Iri& q) {
        rdf::Iri m = io_test::id("meeting/" + key);
        io_test::add(s, m, rdf::rdf_ns::type(), rdf::ro::Meeting());
        io_test::add(s, m, rdf::ro::participant(), p);
        io_test::add(s, m, rdf::ro::participant(), q);
    };
    meeting("az", a, z);
    meeting("yz", y, z);
    std::string dot = diagram(s);
    CHECK(io_test::occurrences(dot, ", tooltip=") == 3);
    CHECK(dot.find("label=\"b\"") == std::string::npos);
    // people are numbered by name (a=p0, b=p1, y=p2, z=p3); z has two ties, so its edges start at z
    CHECK(dot.find("  p3 -- p0 [") != std::string::npos);
    CHECK(dot.find("  p3 -- p2 [") != std::string::npos);
    CHECK(dot.find("label=\"a line per pair who met") != std::string::npos);  // the legend

    io::DotOptions everyone;
    everyone.isolated = true;
    CHECK(diagram(s, everyone).find("p1 [label=\"b\"") != std::string::npos);
    CHECK(diagram(s, focus("b", 1)).find("p0 [label=\"b\"") != std::string::npos);  // the focus is always drawn

    io::DotOptions meetings;
    meetings.view = io::DotView::Meetings;
    CHECK(diagram(s, meetings).find("label=\"b\"") == std::string::npos);
    meetings.isolated = true;
    CHECK(diagram(s, meetings).find("label=\"b\"") != std::string::npos);
}
