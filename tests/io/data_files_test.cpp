// Walks tests/data/io: every file under good/ must read (and match its NAME.expected.nq when
// there is one); every file under bad/ must fail with a ParseError on the line its name gives
// (NAME.lineN.EXT), and on the column too when the name gives one (NAME.lineN.colM.EXT; col0 =
// the error must have no column, where the reader cannot know it).

#include <catch2/catch.hpp>

#include <regex>

#include "readout/io/graph_io.hpp"
#include "support.hpp"

using namespace readout;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> files_in(const fs::path& dir) {
    std::vector<fs::path> out;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.is_regular_file() && io::format_from_path(entry.path())) out.push_back(entry.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

const fs::path kData = fs::path(READOUT_TEST_DATA) / "io";

}  // namespace

TEST_CASE("every good input reads, and matches its expected quads", "[io][data]") {
    auto files = files_in(kData / "good");
    REQUIRE(files.size() >= 6);
    int compared = 0;
    for (const auto& file : files) {
        if (file.filename().string().find(".expected.") != std::string::npos) continue;
        INFO("file " << file.string());
        store::Store got;
        REQUIRE_NOTHROW(got = io::read_graph_file(file));
        CHECK(got.quad_count() > 0);
        fs::path expected = file.parent_path() / (file.stem().string() + ".expected.nq");
        if (fs::exists(expected)) {
            store::Store want = io::read_graph_file(expected, io::GraphFormat::NQuads);
            CHECK(io_test::canonical(got) == io_test::canonical(want));
            ++compared;
        }
    }
    CHECK(compared >= 6);
}

TEST_CASE("every bad input fails with a ParseError on the right line", "[io][data]") {
    auto files = files_in(kData / "bad");
    REQUIRE(files.size() >= 20);
    const std::regex line_in_name(R"(\.line(\d+)(\.col(\d+))?\.[A-Za-z-]+$)");
    int columns_checked = 0;
    for (const auto& file : files) {
        std::string name = file.filename().string();
        INFO("file " << file.string());
        std::smatch m;
        REQUIRE(std::regex_search(name, m, line_in_name));
        const auto expected_line = static_cast<std::uint32_t>(std::stoul(m[1].str()));
        try {
            (void)io::read_graph_file(file);
            FAIL("no ParseError");
        } catch (const io::ParseError& e) {
            INFO("error: " << e.what());
            CHECK(e.line == expected_line);
            if (m[3].matched) {
                CHECK(e.column == static_cast<std::uint32_t>(std::stoul(m[3].str())));
                ++columns_checked;
            }
            CHECK(e.file == file.string());
            CHECK_FALSE(e.message.empty());
            CHECK(std::string(e.what()).find(file.string() + ":" + std::to_string(expected_line)) == 0);
        }
    }
    CHECK(columns_checked >= 4);
}

TEST_CASE("read_graph_file reports files it cannot use", "[io][data]") {
    CHECK_THROWS_AS(io::read_graph_file(kData / "does-not-exist.ttl"), io::ParseError);
    CHECK_THROWS_AS(io::read_graph_file(kData / "good"), io::ParseError);
    try {
        (void)io::read_graph_file(kData / "good" / "features.unknown");
        FAIL("no ParseError");
    } catch (const io::ParseError& e) {
        CHECK(e.message.find("format") != std::string::npos);
    }
    CHECK_THROWS_AS(io::read_graph_file(kData / "good" / "features.ttl", io::GraphFormat::Dot), io::ParseError);
    CHECK_THROWS_AS(io::read_graph_file(kData / "good" / "features.ttl", io::GraphFormat::GraphML), io::ParseError);
}
