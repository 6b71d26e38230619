#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <random>
#include <system_error>

#include "readout/io/graph_io.hpp"

namespace readout::io {
namespace {

std::string errno_text(int err) { return std::generic_category().message(err); }

/// Creates a new, empty temporary file next to `target` (mode 0666 less the umask) and returns its path.
std::filesystem::path create_temporary(const std::filesystem::path& target) {
    static std::atomic<unsigned> counter{0};
    std::filesystem::path dir = target.parent_path();
    if (dir.empty()) dir = ".";
    std::random_device rd;
    std::mt19937_64 rng(static_cast<std::uint64_t>(rd()) ^
                        static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count()));
    for (int attempt = 0; attempt < 100; ++attempt) {
        std::string name = "." + target.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                           std::to_string(counter.fetch_add(1)) + "-" + std::to_string(rng() % 1000000);
        std::filesystem::path tmp = dir / name;
        int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) {
            ::close(fd);
            return tmp;
        }
        if (errno != EEXIST) throw WriteError(target.string(), "cannot create a temporary file in " + dir.string() + ": " + errno_text(errno));
    }
    throw WriteError(target.string(), "cannot create a temporary file in " + dir.string());
}

void sync_file(const std::filesystem::path& path, const std::filesystem::path& target) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw WriteError(target.string(), "cannot reopen the temporary file: " + errno_text(errno));
    int rc = ::fsync(fd);
    int err = errno;
    ::close(fd);
    if (rc != 0) throw WriteError(target.string(), "cannot sync: " + errno_text(err));
}

/// Removes the temporary file when it still exists (after a failure).
struct TemporaryGuard {
    std::filesystem::path path;
    bool armed = true;
    ~TemporaryGuard() {
        if (armed) {
            std::error_code ec;
            std::filesystem::remove(path, ec);
        }
    }
};

}  // namespace

void write_file_atomically(const std::filesystem::path& path, const std::function<void(std::ostream&)>& body) {
    std::error_code ec;
    if (path.empty()) throw WriteError("", "empty output path");
    if (std::filesystem::is_directory(path, ec)) throw WriteError(path.string(), "is a directory");

    TemporaryGuard guard{create_temporary(path)};
    {
        std::ofstream out(guard.path, std::ios::binary | std::ios::trunc);
        if (!out) throw WriteError(path.string(), "cannot open the temporary file " + guard.path.string());
        body(out);  // an exception here leaves `path` alone; the guard removes the temporary
        out.flush();
        if (!out) throw WriteError(path.string(), "write failed");
        out.close();
        if (out.fail()) throw WriteError(path.string(), "write failed while closing");
    }
    sync_file(guard.path, path);

    // An existing file keeps its permission bits.
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
        ::chmod(guard.path.c_str(), st.st_mode & 07777);
    }
    std::filesystem::rename(guard.path, path, ec);
    if (ec) throw WriteError(path.string(), "cannot replace the file: " + ec.message());
    guard.armed = false;
}

}  // namespace readout::io
