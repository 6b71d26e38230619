// Not a test by itself: with READOUT_IO_EXPORT_DIR set, `test_io "[.export]"` writes the test
// stores in every format, for the shell tests in tests/e2e/io_*.sh to check with rapper, dot and
// the reference JSON-LD processor.

#include <catch2/catch.hpp>

#include <cstdlib>

#include "readout/io/graph_io.hpp"
#include "support.hpp"

using namespace readout;

TEST_CASE("export the test stores in every format", "[.export]") {
    const char* dir = std::getenv("READOUT_IO_EXPORT_DIR");
    REQUIRE(dir != nullptr);
    std::filesystem::create_directories(dir);
    for (const auto& [name, store] : {std::pair{"nasty", io_test::nasty_store()}, std::pair{"sample", io_test::sample_store()}}) {
        for (io::GraphFormat f : {io::GraphFormat::Turtle, io::GraphFormat::NTriples, io::GraphFormat::NQuads,
                                  io::GraphFormat::JsonLd, io::GraphFormat::Dot, io::GraphFormat::GraphML}) {
            auto path = std::filesystem::path(dir) / (std::string(name) + std::string(io::format_extension(f)));
            io::write_graph_file(store, f, path);
            CHECK(std::filesystem::file_size(path) > 0);
        }
    }
}
