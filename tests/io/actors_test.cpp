// The actors view shared by the DOT and GraphML writers.

#include <catch2/catch.hpp>

#include <algorithm>

#include "readout/io/actors.hpp"
#include "readout/io/errors.hpp"
#include "support.hpp"

using namespace readout;

TEST_CASE("the actors view of the sample store", "[io][actors]") {
    io::ActorGraph g = io::actor_graph(io_test::sample_store());
    REQUIRE(g.people.size() == 3);
    CHECK(g.people[0].name == "Antony Blinken");
    CHECK(g.people[0].role == "Secretary of State");
    CHECK(g.people[0].organization == "United States");
    CHECK(g.people[0].country == "United States");
    CHECK(g.people[0].caption() == "Secretary of State, United States");
    CHECK(g.people[0].meeting_count == 3);
    CHECK(g.people[1].name == "Retno Marsudi");
    CHECK(g.people[1].country == "Indonesia");
    CHECK(g.people[1].meeting_count == 1);
    CHECK(g.people[2].name == "Wang Yi");
    CHECK(g.people[2].country.empty());  // a party of no known country
    CHECK(g.people[2].meeting_count == 2);

    REQUIRE(g.meetings.size() == 3);
    CHECK(g.meetings[0].line() == "Jakarta, 2023-07-12");
    CHECK(g.meetings[1].line() == "Jakarta, 2023-07-13");
    CHECK(g.meetings[2].line() == "Jakarta, Friday");
    CHECK(g.meetings[1].people == std::vector<std::size_t>{0, 2});
    REQUIRE(g.issues.size() == 1);
    CHECK(g.issues[0].name == "Taiwan Strait");
    CHECK(g.meetings[1].issues == std::vector<std::size_t>{0});
    CHECK(g.meetings[0].issues.empty());

    REQUIRE(g.ties.size() == 2);
    CHECK(g.ties[0].a == 0);
    CHECK(g.ties[0].b == 1);
    CHECK(g.ties[0].meetings == std::vector<std::size_t>{0});
    CHECK(g.ties[1].b == 2);
    CHECK(g.ties[1].meetings == std::vector<std::size_t>{1, 2});
}

TEST_CASE("a person's country comes from their post, its organization or their membership", "[io][actors]") {
    store::Store s;
    using io_test::add;
    using io_test::id;
    using io_test::lit;
    const rdf::Iri& type = rdf::rdf_ns::type();
    rdf::Iri land = id("country/land"), other = id("country/other"), ministry = id("organization/ministry");
    for (const auto& [c, name] : {std::pair{land, "Land"}, std::pair{other, "Other"}}) {
        add(s, c, type, rdf::ro::Country());
        add(s, c, rdf::rdfs::label(), lit(name));
    }
    add(s, ministry, type, rdf::ro::Organization());
    add(s, ministry, rdf::rdfs::label(), lit("Ministry"));
    add(s, ministry, rdf::ro::country(), land);
    auto person = [&](const std::string& key) {
        rdf::Iri p = id("person/" + key);
        add(s, p, type, rdf::ro::Person());
        add(s, p, rdf::rdfs::label(), lit(key));
        return p;
    };
    auto post = [&](const rdf::Iri& p, const std::string& key, const rdf::Iri& org, bool former) {
        rdf::Iri pos = id("position/" + key);
        add(s, p, rdf::ro::holds(), pos);
        add(s, pos, rdf::ro::organization(), org);
        if (former) add(s, pos, rdf::ro::former(), io_test::typed("true", rdf::xsd::boolean()));
    };
    post(person("a"), "a", ministry, false);           // the ministry's country
    add(s, person("b"), rdf::ro::memberOf(), other);  // membership
    rdf::Iri c = person("c");
    post(c, "c1", ministry, false);
    add(s, c, rdf::ro::memberOf(), other);  // the main post wins over membership
    rdf::Iri d = person("d");
    post(d, "d1", land, true);  // a former post is not where one serves now
    add(s, d, rdf::ro::memberOf(), other);

    io::ActorGraph g = io::actor_graph(s);
    REQUIRE(g.people.size() == 3);  // b holds no post and met no one
    CHECK(g.people[0].name == "a");
    CHECK(g.people[0].country == "Land");
    CHECK(g.people[0].organization == "Ministry");
    CHECK(g.people[1].name == "c");
    CHECK(g.people[1].country == "Land");
    CHECK(g.people[2].name == "d");
    CHECK(g.people[2].country == "Other");
}

TEST_CASE("an unknown focus is a LookupError", "[io][actors]") {
    io::ActorOptions o;
    o.focus = "Nobody Known";
    CHECK_THROWS_AS(io::actor_graph(io_test::sample_store(), o), io::LookupError);
}

TEST_CASE("the actors view does not depend on the order the graph was read in", "[io][actors]") {
    // Two posts as well attested as each other, and two places: read in either order, the same view.
    auto make = [](bool reversed) {
        store::Store s;
        using io_test::add;
        using io_test::id;
        rdf::Iri p = id("person/p"), q = id("person/q"), m = id("meeting/m");
        add(s, p, rdf::rdf_ns::type(), rdf::ro::Person());
        add(s, q, rdf::rdf_ns::type(), rdf::ro::Person());
        std::vector<std::pair<rdf::Iri, rdf::Iri>> posts = {{id("position/p/a"), id("organization/a")},
                                                            {id("position/p/b"), id("organization/b")}};
        std::vector<rdf::Iri> places = {id("city/a"), id("city/b")};
        if (reversed) {
            std::reverse(posts.begin(), posts.end());
            std::reverse(places.begin(), places.end());
        }
        for (const auto& [pos, org] : posts) {
            add(s, p, rdf::ro::holds(), pos);
            add(s, pos, rdf::ro::organization(), org);
        }
        add(s, m, rdf::rdf_ns::type(), rdf::ro::Meeting());
        add(s, m, rdf::ro::participant(), p);
        add(s, m, rdf::ro::participant(), q);
        for (const auto& place : places) add(s, m, rdf::ro::location(), place);
        return io::actor_graph(s);
    };
    io::ActorGraph one = make(false), two = make(true);
    CHECK(one.people[0].organization == "a");
    CHECK(two.people[0].organization == "a");
    CHECK(one.meetings[0].place == "a");
    CHECK(two.meetings[0].place == "a");
}
