// Replays every fuzz harness (fuzz/fuzz_*.cpp, compiled here with READOUT_FUZZ_REGRESSION) over its
// seed corpus (fuzz/corpus/<name>/) and over every input a fuzzer ever crashed on
// (tests/data/fuzz/<name>/, one file per crash, named after what it broke). A harness traps on a
// broken invariant, so a regression fails (or, under the sanitizers, reports) here.

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

int readout_fuzz_article_reader(const std::uint8_t* data, std::size_t size);
int readout_fuzz_extract(const std::uint8_t* data, std::size_t size);
int readout_fuzz_query(const std::uint8_t* data, std::size_t size);
int readout_fuzz_raptor_reader(const std::uint8_t* data, std::size_t size);
int readout_fuzz_jsonld_reader(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;
using Harness = int (*)(const std::uint8_t*, std::size_t);

/// The files of the seed corpus and of the crash inputs of one harness, sorted.
std::vector<fs::path> inputs_of(const std::string& name) {
    std::vector<fs::path> files;
    for (const fs::path& dir : {fs::path(READOUT_SOURCE_DIR) / "fuzz" / "corpus" / name,
                                fs::path(READOUT_TEST_DATA) / "fuzz" / name}) {
        if (!fs::is_directory(dir)) continue;
        for (const auto& entry : fs::directory_iterator(dir))
            if (entry.is_regular_file()) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::size_t replay(const std::string& name, Harness harness) {
    auto files = inputs_of(name);
    for (const auto& file : files) {
        INFO(file.string());
        std::ifstream in(file, std::ios::binary);
        REQUIRE(in);
        std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        CHECK(harness(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()) == 0);
    }
    return files.size();
}

}  // namespace

TEST_CASE("fuzz inputs: article reader", "[fuzz]") { CHECK(replay("article_reader", readout_fuzz_article_reader) > 3); }
TEST_CASE("fuzz inputs: extraction", "[fuzz]") { CHECK(replay("extract", readout_fuzz_extract) > 3); }
TEST_CASE("fuzz inputs: query", "[fuzz]") { CHECK(replay("query", readout_fuzz_query) > 3); }
TEST_CASE("fuzz inputs: Turtle, N-Triples, N-Quads", "[fuzz]") { CHECK(replay("raptor_reader", readout_fuzz_raptor_reader) > 3); }
TEST_CASE("fuzz inputs: JSON-LD", "[fuzz]") { CHECK(replay("jsonld_reader", readout_fuzz_jsonld_reader) > 3); }
