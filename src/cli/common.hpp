// readout CLI: what every command shares — exit codes, diagnostics printing, graph loading and
// writing. The CLI is wiring over the library: it parses arguments, calls the library, prints what
// it returns and chooses the exit code.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "readout/io/graph_io.hpp"
#include "readout/pipeline/build.hpp"
#include "readout/store/store.hpp"
#include "readout/text/diagnostic.hpp"

namespace readout::cli {

/// Exit codes (documented in --help and the README).
enum Exit : int {
    kOk = 0,
    kNoAnswer = 1,      ///< query: the question was understood but has no answer (or was ambiguous/unknown)
    kUsage = 2,         ///< bad command line or unparsable question
    kUnreadable = 3,    ///< input missing or unreadable, graph file malformed, nothing to build from
    kPartial = 4,       ///< build, extract, merge: output written, but some inputs were skipped
    kWriteFailed = 5,   ///< output could not be written
};

inline constexpr const char* kExitCodes =
    "Exit codes: 0 success; 1 no answer (query); 2 usage error or unparsable question; "
    "3 unreadable input or malformed graph; 4 output written but some input skipped; 5 output not written.";

/// A registered subcommand: run() is called when CLI11 parsed it.
struct Command {
    CLI::App* app = nullptr;
    std::function<int()> run;
};

/// Each command file registers its subcommand on the application.
Command add_build(CLI::App& app);
Command add_query(CLI::App& app);
Command add_export(CLI::App& app);
Command add_dot(CLI::App& app);
Command add_eval(CLI::App& app);
Command add_extract(CLI::App& app);
Command add_merge(CLI::App& app);

/// Prints library diagnostics on standard error, one per line.
void print_diagnostics(const Diagnostics& ds);

/// The output format named by --format, else the one the extension of `out` implies; when
/// neither names one, says so on standard error and returns nullopt.
std::optional<io::GraphFormat> output_format(const std::string& name, const std::string& out);

/// Loads a graph file into `store`; prints the error and returns kUnreadable on failure.
int load(const std::string& path, store::Store& store);

/// Writes `store` to `out` (`-` = stdout) atomically; prints the error and returns kWriteFailed on failure.
int write(const store::Store& store, io::GraphFormat format, const std::string& out, const std::string& base);

/// For build and merge: prints the diagnostics, writes the graph and a summary line. Returns
/// kUnreadable (saying `nothing_read`) when no article was read, kPartial when some input was
/// skipped, else what write() returns.
int report_and_write(const pipeline::BuildResult& result, io::GraphFormat format, const std::string& out,
                     const std::string& base, const std::string& nothing_read);

}  // namespace readout::cli
