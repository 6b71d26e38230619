// readout export: convert a graph between formats.
#include <iostream>
#include <memory>

#include "common.hpp"
#include "readout/rdf/vocabulary.hpp"

namespace readout::cli {

namespace {
struct ExportArgs {
    std::string in, out, format, base = std::string(rdf::ns::default_base);
};

int run_export(const ExportArgs& a) {
    auto fmt = output_format(a.format, a.out);
    if (!fmt) return kUsage;
    store::Store st;
    if (int rc = load(a.in, st)) return rc;
    return write(st, *fmt, a.out, a.base);
}
}  // namespace

Command add_export(CLI::App& app) {
    auto args = std::make_shared<ExportArgs>();
    auto* cmd = app.add_subcommand("export", "Convert a graph to another format");
    cmd->add_option("GRAPH", args->in, "Input graph (.ttl .nt .nq .jsonld)")->required();
    cmd->add_option("-o,--output", args->out, "Output file (- for stdout); its extension picks the format")
        ->required();
    cmd->add_option("--format", args->format, "Output format: turtle, ntriples, nquads, jsonld, dot, graphml");
    cmd->footer(kExitCodes);
    return {cmd, [args] { return run_export(*args); }};
}

}  // namespace readout::cli
