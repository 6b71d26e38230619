// The pipeline keeps every article apart, even when two share an id.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "readout/pipeline/build.hpp"
#include "readout/rdf/vocabulary.hpp"

using namespace readout;

namespace {

text::Article article(std::string id, std::string origin) {
    text::Article a;
    a.id = std::move(id);
    a.origin = std::move(origin);
    a.title = "Talks";
    a.text = "Talks\n\nForeign Minister Ilse Varnak met Prime Minister Tomas Heller in Oslo on 4 April 2024.\n";
    return a;
}

std::size_t articles_in(const store::Store& s) {
    auto type = s.find(rdf::Term{rdf::rdf_ns::type()});
    auto article_class = s.find(rdf::Term{rdf::ro::Article()});
    if (!type || !article_class) return 0;
    return s.subjects(*type, *article_class).size();
}

}  // namespace

TEST_CASE("articles whose ids name the same resource stay apart, with a warning", "[pipeline]") {
    std::vector<text::Article> in{article("twin", "a/twin.txt"), article("Twin", "b/twin.txt"),
                                  article("twin-2", "c/twin-2.txt"), article("other", "d/other.txt")};
    auto r = pipeline::build_from_articles(in);
    CHECK(r.articles == 4);
    CHECK(articles_in(r.store) == 4);
    REQUIRE(r.diagnostics.size() == 2);
    CHECK(r.diagnostics[0].file == "b/twin.txt");
    CHECK(r.diagnostics[0].message == "article id 'Twin' is also used by a/twin.txt; this article is 'Twin-2'");
    CHECK(r.diagnostics[1].file == "c/twin-2.txt");
    CHECK(r.diagnostics[1].message.find("this article is 'twin-2-2'") != std::string::npos);
}
