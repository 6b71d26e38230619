// readout merge: the reduce step. Article records from extract shards in, the merged graph out.
#include <iostream>
#include <memory>

#include "common.hpp"
#include "readout/pipeline/shards.hpp"
#include "readout/rdf/vocabulary.hpp"

namespace readout::cli {

namespace {
struct MergeArgs {
    std::vector<std::string> shards;
    std::string out, format, base = std::string(rdf::ns::default_base);
};

int run_merge(const MergeArgs& a) {
    auto fmt = output_format(a.format, a.out);
    if (!fmt) return kUsage;
    pipeline::MergeOptions mo;
    mo.base = a.base;
    mo.keep_knowledge = false;  // only counted: released while the store is filled
    return report_and_write(pipeline::merge_shards(a.shards, std::cin, mo), *fmt, a.out, a.base,
                            "no article record could be read");
}
}  // namespace

Command add_merge(CLI::App& app) {
    auto args = std::make_shared<MergeArgs>();
    auto* cmd = app.add_subcommand(
        "merge", "Reduce step: merge the N-Quads shards written by extract into the graph build would write");
    cmd->add_option("SHARD", args->shards, "Shard files written by extract (N-Quads), or - for stdin")->required();
    cmd->add_option("-o,--output", args->out, "Output graph file (- for stdout); its extension picks the format")
        ->required();
    cmd->add_option("--format", args->format, "Output format: turtle, ntriples, nquads, jsonld, dot");
    cmd->add_option("--base", args->base, "Prefix of minted resource IRIs")->capture_default_str();
    cmd->footer(kExitCodes);
    return {cmd, [args] { return run_merge(*args); }};
}

}  // namespace readout::cli
