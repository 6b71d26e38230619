// Rendering DOT to pictures by running Graphviz's `dot` program. The program's messages are
// returned, never printed: the caller decides what to show.

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <ostream>
#include <sstream>
#include <system_error>

#include "readout/io/dot.hpp"
#include "readout/io/errors.hpp"

extern char** environ;

namespace readout::io {
namespace {

/// A private temporary directory, removed with everything in it.
struct ScratchDir {
    ScratchDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "readout-dot-XXXXXX").string();
        if (!::mkdtemp(pattern.data())) {
            throw WriteError("", "cannot create a temporary directory: " + std::generic_category().message(errno));
        }
        path = pattern;
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    std::filesystem::path path;
};

std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty()) out.push_back(line);
    }
    return out;
}

/// Runs `argv` with stdin, stdout and stderr redirected to files; returns its exit status.
int run(const std::vector<std::string>& argv, const std::filesystem::path& in, const std::filesystem::path& out,
        const std::filesystem::path& err) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, in.c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = 0;
    int rc = ::posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        if (rc == ENOENT) {
            throw WriteError("", "cannot run Graphviz's '" + argv[0] +
                                     "' program: it is not on PATH (on Debian: apt-get install graphviz)");
        }
        throw WriteError("", "cannot run '" + argv[0] + "': " + std::generic_category().message(rc));
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) throw WriteError("", "waiting for '" + argv[0] + "' failed");
    }
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

}  // namespace

std::vector<std::string> render_diagram(std::string_view dot_source, DiagramFormat format, std::ostream& out,
                                        const std::string& program) {
    if (format == DiagramFormat::Dot) {
        out << dot_source;
        if (!out) throw WriteError("", "output stream failed while writing the diagram");
        return {};
    }
    ScratchDir dir;
    const auto in = dir.path / "diagram.dot", picture = dir.path / "diagram.out", err = dir.path / "stderr.txt";
    {
        std::ofstream f(in, std::ios::binary);
        f << dot_source;
        if (!f.flush()) throw WriteError("", "cannot write a temporary file in " + dir.path.string());
    }
    const std::string type = format == DiagramFormat::Svg ? "-Tsvg" : "-Tpng";
    int status = run({program, type}, in, picture, err);
    std::vector<std::string> messages = split_lines(slurp(err));
    if (status != 0) {
        std::string detail;
        for (const auto& m : messages) detail += (detail.empty() ? "" : "; ") + m;
        if (status == 127 && detail.empty()) detail = "it could not be started";
        throw WriteError("", "Graphviz '" + program + "' failed (exit status " + std::to_string(status) + ")" +
                                 (detail.empty() ? std::string() : ": " + detail));
    }
    std::error_code ec;
    if (std::filesystem::file_size(picture, ec) == 0 || ec) {
        throw WriteError("", "Graphviz '" + program + "' wrote no picture");
    }
    std::ifstream rendered(picture, std::ios::binary);
    out << rendered.rdbuf();
    if (!out) throw WriteError("", "output stream failed while writing the diagram");
    return messages;
}

}  // namespace readout::io
