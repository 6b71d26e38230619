// write_file_atomically and write_graph_file: failures never leave partial output.

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include "readout/io/graph_io.hpp"
#include "support.hpp"

using namespace readout;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> names_in(const fs::path& dir) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("atomic write creates and replaces a file", "[io][atomic]") {
    fs::path dir = io_test::scratch_dir("atomic-ok");
    fs::path out = dir / "graph.ttl";
    io::write_file_atomically(out, [](std::ostream& os) { os << "first"; });
    CHECK(slurp(out) == "first");
    io::write_file_atomically(out, [](std::ostream& os) { os << "second"; });
    CHECK(slurp(out) == "second");
    CHECK(names_in(dir) == std::vector<std::string>{"graph.ttl"});
    fs::remove_all(dir);
}

TEST_CASE("a body that throws midway leaves the previous file and no temporary", "[io][atomic]") {
    fs::path dir = io_test::scratch_dir("atomic-throw");
    fs::path out = dir / "graph.nt";
    { std::ofstream(out) << "previous content\n"; }
    CHECK_THROWS_WITH(io::write_file_atomically(out,
                                                [](std::ostream& os) {
                                                    os << std::string(1 << 20, 'x');  // flushes part of it
                                                    throw std::runtime_error("boom");
                                                }),
                      "boom");
    CHECK(slurp(out) == "previous content\n");
    CHECK(names_in(dir) == std::vector<std::string>{"graph.nt"});
    fs::remove_all(dir);
}

TEST_CASE("a failed first write leaves no file at all", "[io][atomic]") {
    fs::path dir = io_test::scratch_dir("atomic-new");
    fs::path out = dir / "new.jsonld";
    CHECK_THROWS(io::write_file_atomically(out, [](std::ostream& os) {
        os << "{";
        throw std::logic_error("writer failed");
    }));
    CHECK_FALSE(fs::exists(out));
    CHECK(names_in(dir).empty());
    fs::remove_all(dir);
}

TEST_CASE("a stream that goes bad becomes a WriteError", "[io][atomic]") {
    fs::path dir = io_test::scratch_dir("atomic-bad");
    fs::path out = dir / "x.nq";
    { std::ofstream(out) << "old"; }
    CHECK_THROWS_AS(io::write_file_atomically(out, [](std::ostream& os) { os.setstate(std::ios::badbit); }),
                    io::WriteError);
    CHECK(slurp(out) == "old");
    CHECK(names_in(dir) == std::vector<std::string>{"x.nq"});
    fs::remove_all(dir);
}

TEST_CASE("writing into a missing directory or over a directory is a WriteError", "[io][atomic]") {
    fs::path dir = io_test::scratch_dir("atomic-missing");
    CHECK_THROWS_AS(io::write_file_atomically(dir / "no" / "such" / "dir.ttl", [](std::ostream& os) { os << "x"; }),
                    io::WriteError);
    CHECK_THROWS_AS(io::write_file_atomically(dir, [](std::ostream& os) { os << "x"; }), io::WriteError);
    CHECK(names_in(dir).empty());
    fs::remove_all(dir);
}

TEST_CASE("an existing file keeps its permissions", "[io][atomic]") {
    fs::path dir = io_test::scratch_dir("atomic-mode");
    fs::path out = dir / "graph.ttl";
    { std::ofstream(out) << "x"; }
    fs::permissions(out, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    io::write_file_atomically(out, [](std::ostream& os) { os << "y"; });
    CHECK(fs::status(out).permissions() == (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
    fs::remove_all(dir);
}

TEST_CASE("write_graph_file writes every format and reads back", "[io][atomic]") {
    fs::path dir = io_test::scratch_dir("graph-file");
    store::Store s = io_test::sample_store();
    for (io::GraphFormat f : {io::GraphFormat::Turtle, io::GraphFormat::NTriples, io::GraphFormat::NQuads,
                              io::GraphFormat::JsonLd, io::GraphFormat::Dot, io::GraphFormat::GraphML}) {
        fs::path out = dir / ("sample" + std::string(io::format_extension(f)));
        io::write_graph_file(s, f, out);
        CHECK(fs::file_size(out) > 100);
        if (io::is_readable(f)) {
            store::Store back = io::read_graph_file(out);
            CHECK(back.triple_count() == s.triple_count());
        }
    }
    CHECK(names_in(dir).size() == 6);
    fs::remove_all(dir);
}
