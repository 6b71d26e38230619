// Building with any number of threads, and streaming the inputs, gives the graph of a serial
// in-memory build, byte for byte, with the same diagnostics in the same order.

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "readout/io/graph_io.hpp"
#include "readout/pipeline/build.hpp"

using namespace readout;

namespace {

const std::vector<std::string>& inputs() {
    static const std::vector<std::string> in{
        std::string(READOUT_SOURCE_DIR) + "/samples",
        std::string(READOUT_TEST_DATA) + "/corpus/handwritten",
        std::string(READOUT_TEST_DATA) + "/scale/corpus.jsonl",
        std::string(READOUT_TEST_DATA) + "/scale/bad-lines.jsonl",  // reader errors among the articles
        std::string(READOUT_SOURCE_DIR) + "/samples",  // every id again: renamed, with warnings
    };
    return in;
}

/// The store written as N-Quads, in the store's own order (not sorted: the order must match too).
std::string nquads(const store::Store& st) {
    std::ostringstream out;
    io::write_graph(st, io::GraphFormat::NQuads, out);
    return out.str();
}

std::vector<std::string> messages(const Diagnostics& ds) {
    std::vector<std::string> out;
    for (const auto& d : ds) out.push_back(d.file + ":" + std::to_string(d.line) + ": " + d.message);
    return out;
}

pipeline::BuildResult build_with(unsigned jobs) {
    std::istringstream none;
    pipeline::BuildOptions o;
    o.jobs = jobs;
    return pipeline::build(inputs(), none, o);
}

}  // namespace

TEST_CASE("the streaming build equals reading everything first and building from memory", "[pipeline]") {
    std::istringstream none;
    auto read = text::read_articles(inputs(), none);
    REQUIRE(read.skipped > 0);
    std::size_t read_articles = read.articles.size();
    auto in_memory = pipeline::build_from_articles(std::move(read.articles));
    Diagnostics expected = read.diagnostics;  // the reader's first, then the renamed ids
    expected.insert(expected.end(), in_memory.diagnostics.begin(), in_memory.diagnostics.end());

    auto streamed = build_with(1);
    CHECK(streamed.articles == read_articles);
    CHECK(streamed.skipped == read.skipped);
    CHECK(messages(streamed.diagnostics) == messages(expected));
    CHECK(streamed.knowledge == in_memory.knowledge);
    CHECK(nquads(streamed.store) == nquads(in_memory.store));
    CHECK(in_memory.diagnostics.size() >= 5);  // the second copy of samples/ was renamed
}

TEST_CASE("building on N threads gives the graph of one thread, byte for byte", "[pipeline]") {
    auto serial = build_with(1);
    REQUIRE(serial.articles > 10);
    const std::string expected = nquads(serial.store);
    for (unsigned jobs : {2u, 3u, 8u, 0u}) {
        INFO("jobs = " << jobs);
        auto parallel = build_with(jobs);
        CHECK(parallel.articles == serial.articles);
        CHECK(messages(parallel.diagnostics) == messages(serial.diagnostics));
        CHECK(parallel.knowledge == serial.knowledge);
        CHECK(nquads(parallel.store) == expected);
    }
    // and from memory, with more threads than articles
    std::istringstream none;
    auto read = text::read_articles(inputs(), none);
    pipeline::BuildOptions o;
    o.jobs = 64;
    CHECK(nquads(pipeline::build_from_articles(std::move(read.articles), o).store) == expected);
}

TEST_CASE("a build that does not keep the knowledge base gives the same graph and counts", "[pipeline]") {
    auto kept = build_with(1);
    REQUIRE(!kept.knowledge.meetings.empty());
    std::istringstream none;
    pipeline::BuildOptions o;
    o.keep_knowledge = false;
    auto released = pipeline::build(inputs(), none, o);
    CHECK(released.knowledge == resolve::KnowledgeBase{});  // released while the store was filled
    CHECK(released.people == kept.knowledge.persons.size());
    CHECK(released.meetings == kept.knowledge.meetings.size());
    CHECK(kept.people == kept.knowledge.persons.size());
    CHECK(kept.meetings == kept.knowledge.meetings.size());
    CHECK(released.articles == kept.articles);
    CHECK(messages(released.diagnostics) == messages(kept.diagnostics));
    CHECK(nquads(released.store) == nquads(kept.store));
}
