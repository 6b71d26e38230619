#include <catch2/catch.hpp>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "readout/io/graph_io.hpp"
#include "readout/pipeline/shards.hpp"

using namespace readout;
namespace fs = std::filesystem;

namespace {

std::vector<text::Article> corpus() {
    std::istringstream none;
    auto read = text::read_articles({std::string(READOUT_SOURCE_DIR) + "/samples",
                                     std::string(READOUT_TEST_DATA) + "/scale/corpus.jsonl"},
                                    none);
    CHECK(read.skipped == 0);
    return std::move(read.articles);
}

/// Articles as JSON Lines, the input of extract_stream.
std::string jsonl(const std::vector<text::Article>& articles) {
    std::string out;
    for (const auto& a : articles) {
        rapidjson::StringBuffer buf;
        rapidjson::Writer<rapidjson::StringBuffer> w(buf);
        w.StartObject();
        for (const auto& [key, value] : {std::pair{"id", &a.id}, {"url", &a.url}, {"title", &a.title},
                                         {"date", &a.date}, {"text", &a.text}}) {
            w.Key(key);
            w.String(value->data(), static_cast<rapidjson::SizeType>(value->size()));
        }
        w.EndObject();
        out.append(buf.GetString(), buf.GetSize()).push_back('\n');
    }
    return out;
}

/// The store as sorted N-Quads lines: equal graphs give equal text.
std::string canonical(const store::Store& st) {
    std::ostringstream out;
    io::write_graph(st, io::GraphFormat::NQuads, out);
    std::istringstream in(out.str());
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    std::sort(lines.begin(), lines.end());
    std::string joined;
    for (const auto& l : lines) joined += l + "\n";
    return joined;
}

struct TempDir {
    fs::path path = fs::temp_directory_path() / ("readout-shards-" + std::to_string(::getpid()));
    TempDir() { fs::create_directories(path); }
    ~TempDir() { fs::remove_all(path); }
};

}  // namespace

TEST_CASE("the whole build does not depend on the order of the articles", "[pipeline][shards]") {
    auto articles = corpus();
    auto forward = canonical(pipeline::build_from_articles(articles).store);
    std::reverse(articles.begin(), articles.end());
    CHECK(canonical(pipeline::build_from_articles(articles).store) == forward);
    std::rotate(articles.begin(), articles.begin() + 3, articles.end());
    CHECK(canonical(pipeline::build_from_articles(articles).store) == forward);
}

TEST_CASE("merging extracted shards gives the whole build, for any split and order", "[pipeline][shards]") {
    auto articles = corpus();
    REQUIRE(articles.size() >= 8);
    auto whole = canonical(pipeline::build_from_articles(articles).store);
    TempDir tmp;
    for (std::size_t k = 1; k <= 3; ++k) {
        for (int order = 0; order < 3; ++order) {
            // order 0: contiguous; 1: contiguous from the end; 2: dealt round robin
            std::vector<std::vector<text::Article>> shards(k);
            for (std::size_t i = 0; i < articles.size(); ++i) {
                std::size_t j = order == 1 ? articles.size() - 1 - i : i;
                shards[order == 2 ? i % k : i * k / articles.size()].push_back(articles[j]);
            }
            std::vector<std::string> paths;
            for (std::size_t s = 0; s < k; ++s) {
                std::istringstream in(jsonl(shards[s]));
                auto path = (tmp.path / ("shard-" + std::to_string(s) + ".nq")).string();
                std::ofstream out(path, std::ios::binary);
                auto r = pipeline::extract_stream(in, out, "shard", [](const Diagnostic& d) { FAIL(format(d)); });
                CHECK(r.articles == shards[s].size());
                paths.insert(paths.begin(), path);  // merged in reverse order
            }
            std::istringstream none;
            auto merged = pipeline::merge_shards(paths, none);
            INFO(k << " shard(s), order " << order);
            CHECK(merged.diagnostics.empty());
            CHECK(merged.articles == articles.size());
            CHECK(canonical(merged.store) == whole);
            if (k == 2) {  // the CLI's way: the knowledge base released while the store is filled
                pipeline::MergeOptions o;
                o.keep_knowledge = false;
                auto released = pipeline::merge_shards(paths, none, o);
                CHECK(canonical(released.store) == whole);
                CHECK(released.knowledge == resolve::KnowledgeBase{});
                CHECK(released.people == merged.knowledge.persons.size());
                CHECK(released.meetings == merged.knowledge.meetings.size());
            }
        }
    }
}

TEST_CASE("extract_stream reports a bad line with its number and goes on", "[pipeline][shards]") {
    std::ifstream in(std::string(READOUT_TEST_DATA) + "/scale/bad-lines.jsonl", std::ios::binary);
    std::ostringstream out;
    std::vector<Diagnostic> seen;
    auto r = pipeline::extract_stream(in, out, "bad-lines.jsonl", [&](const Diagnostic& d) { seen.push_back(d); });
    CHECK(r.articles == 2);
    CHECK(r.skipped == 3);
    REQUIRE(seen.size() == 3);
    CHECK(seen[0].line == 2);
    CHECK(seen[1].line == 3);
    CHECK(seen[2].line == 4);
    CHECK(out.str().find("\"ok-1\"") != std::string::npos);
    CHECK(out.str().find("\"ok-2\"") != std::string::npos);
}

TEST_CASE("merge_shards reports a shard it cannot read and merges the others", "[pipeline][shards]") {
    std::istringstream in(jsonl(corpus()));
    TempDir tmp;
    auto good = (tmp.path / "good.nq").string();
    {
        std::ofstream out(good, std::ios::binary);
        (void)pipeline::extract_stream(in, out, "corpus", [](const Diagnostic&) {});
    }
    std::istringstream none;
    auto merged = pipeline::merge_shards({good, (tmp.path / "missing.nq").string()}, none);
    CHECK(merged.skipped == 1);
    REQUIRE(merged.diagnostics.size() == 1);
    CHECK(merged.diagnostics[0].file.find("missing.nq") != std::string::npos);
    CHECK(merged.articles >= 8);
}
