#include <catch2/catch.hpp>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "readout/rdf/vocabulary.hpp"
#include "readout/store/store.hpp"

using namespace readout;
using namespace readout::store;

namespace {
rdf::Iri iri(const std::string& s) { return rdf::Iri("https://example.org/" + s); }
}  // namespace

TEST_CASE("the store keeps distinct quads, indexes subjects, objects and names") {
    Store st;
    CHECK(st.add(rdf::Triple{iri("a"), rdf::rdfs::label(), rdf::Literal("Ana Ruiz")}));
    CHECK_FALSE(st.add(rdf::Triple{iri("a"), rdf::rdfs::label(), rdf::Literal("Ana Ruiz")}));
    CHECK(st.add(rdf::Triple{iri("a"), rdf::ro::alias(), rdf::Literal("Ruiz")}, iri("g1")));
    CHECK(st.add(rdf::Triple{iri("m"), rdf::ro::participant(), iri("a")}, iri("g1")));
    CHECK(st.add(rdf::Triple{iri("m"), rdf::ro::participant(), iri("a")}, iri("g2")));
    CHECK(st.add(rdf::Triple{iri("m"), rdf::ro::participant(), iri("b")}, iri("g1")));
    CHECK(st.quad_count() == 5);
    CHECK(st.triple_count() == 4);
    auto a = *st.find(iri("a"));
    auto m = *st.find(iri("m"));
    auto part = *st.find(rdf::ro::participant());
    CHECK(st.subjects(part, a) == std::vector<TermId>{m});
    CHECK(st.objects(m, part).size() == 2);
    CHECK(st.graphs_of(m, part, a).size() == 2);
    CHECK(st.find_by_name("ana  RUIZ") == std::vector<TermId>{a});
    CHECK(st.find_by_name_word("ruiz") == std::vector<TermId>{a});
    CHECK(st.graphs().size() == 2);
    CHECK(label_of(st, a) == "Ana Ruiz");
}

TEST_CASE("terms of any length read back whole, however the dictionary's blocks fill") {
    // Lengths around the dictionary's block size (1 MiB) and beyond it, in an order that leaves
    // terms ending near, at and past block boundaries; every one must read back as written.
    Store st;
    const std::size_t before = st.term_count();  // the store's own terms (label and alias predicates)
    std::vector<std::pair<TermId, std::string>> terms;
    const std::size_t block = std::size_t{1} << 20;
    std::size_t n = 0;
    for (std::size_t len : {std::size_t{10}, block - 40, std::size_t{100}, block - 1, block, block + 1, std::size_t{1},
                            3 * block + 7, block / 2, block / 2, std::size_t{300}}) {
        std::string text(len, static_cast<char>('a' + n % 26));
        text.front() = 'x';
        text.back() = static_cast<char>('0' + n++ % 10);
        terms.emplace_back(st.intern(rdf::Literal(text)), text);
    }
    for (int i = 0; i < 20000; ++i) {  // many short terms across several blocks
        std::string text = "sentence number " + std::to_string(i) + std::string(static_cast<std::size_t>(i % 97), '.');
        terms.emplace_back(st.intern(rdf::Literal(text)), text);
    }
    for (const auto& [id, text] : terms) {
        INFO("term " << id << " of " << text.size() << " bytes");
        REQUIRE(st.lexical(id) == text);
        CHECK(st.find(rdf::Literal(text)) == id);
    }
    CHECK(st.term_count() - before == terms.size());  // all distinct
}

TEST_CASE("shortest path follows only the given predicates") {
    Store st;
    st.add(rdf::Triple{iri("m1"), rdf::ro::participant(), iri("a")});
    st.add(rdf::Triple{iri("m1"), rdf::ro::participant(), iri("b")});
    st.add(rdf::Triple{iri("m2"), rdf::ro::participant(), iri("b")});
    st.add(rdf::Triple{iri("m2"), rdf::ro::participant(), iri("c")});
    st.add(rdf::Triple{iri("a"), rdf::ro::memberOf(), iri("c")});
    auto part = *st.find(rdf::ro::participant());
    auto path = st.shortest_path(*st.find(iri("a")), *st.find(iri("c")), {part});
    REQUIRE(path.size() == 5);
    CHECK(path[2] == *st.find(iri("b")));
    auto direct = st.shortest_path(*st.find(iri("a")), *st.find(iri("c")), {*st.find(rdf::ro::memberOf())});
    CHECK(direct.size() == 2);
    CHECK(st.shortest_path(*st.find(iri("a")), *st.find(iri("c")), {}).empty());
}

TEST_CASE("shortest path takes the fewest links, whichever way the edges point") {
    Store st;
    auto p = rdf::ro::participant();
    // a - m1 - b - m2 - c - m3 - d, and a shortcut a - m4 - d added last
    for (auto [m, x, y] : {std::tuple{"m1", "a", "b"}, {"m2", "b", "c"}, {"m3", "c", "d"}, {"m4", "a", "d"}}) {
        st.add(rdf::Triple{iri(m), p, iri(x)});
        st.add(rdf::Triple{iri(m), p, iri(y)});
    }
    st.add(rdf::Triple{iri("m5"), p, iri("e")});
    const auto part = *st.find(p);
    auto path = st.shortest_path(*st.find(iri("d")), *st.find(iri("a")), {part});
    REQUIRE(path.size() == 3);
    CHECK(path[1] == *st.find(iri("m4")));
    CHECK(st.shortest_path(*st.find(iri("a")), *st.find(iri("e")), {part}).empty());
    CHECK(st.shortest_path(*st.find(iri("a")), *st.find(iri("a")), {part}) == std::vector<TermId>{*st.find(iri("a"))});
}

TEST_CASE("shortest path breaks ties by the order the triples were added, whichever way they point") {
    Store st;
    auto p = rdf::ro::participant();
    // Two paths of equal length from a to d: a - m1 - b - m3 - d and a - m2 - c - m4 - d.
    // a is the object of its m1 triple (added first) and the subject of its m2 triple (added
    // second): the triple added first wins, not the subject side.
    st.add(rdf::Triple{iri("m1"), p, iri("a")});
    st.add(rdf::Triple{iri("a"), p, iri("m2")});
    st.add(rdf::Triple{iri("m2"), p, iri("c")});
    st.add(rdf::Triple{iri("c"), p, iri("m4")});
    st.add(rdf::Triple{iri("m4"), p, iri("d")});
    st.add(rdf::Triple{iri("m1"), p, iri("b")});
    st.add(rdf::Triple{iri("m3"), p, iri("b")});
    st.add(rdf::Triple{iri("d"), p, iri("m3")});
    const auto part = *st.find(p);
    auto id = [&](const char* s) { return *st.find(iri(s)); };
    CHECK(st.shortest_path(id("a"), id("d"), {part}) ==
          std::vector<TermId>{id("a"), id("m1"), id("b"), id("m3"), id("d")});
    // From d, its m4 triple comes before its m3 triple.
    CHECK(st.shortest_path(id("d"), id("a"), {part}) ==
          std::vector<TermId>{id("d"), id("m4"), id("c"), id("m2"), id("a")});
}
