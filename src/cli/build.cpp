// readout build: articles in, knowledge graph out.
#include <iostream>
#include <memory>

#include "common.hpp"
#include "readout/pipeline/build.hpp"
#include "readout/rdf/vocabulary.hpp"

namespace readout::cli {

namespace {
struct BuildArgs {
    std::vector<std::string> inputs;
    std::string out, format, base = std::string(rdf::ns::default_base);
    unsigned jobs = 1;
    text::ReadLimits limits;
};

int run_build(const BuildArgs& a) {
    auto fmt = output_format(a.format, a.out);
    if (!fmt) return kUsage;
    pipeline::BuildOptions bo;
    bo.base = a.base;
    bo.jobs = a.jobs;
    bo.limits = a.limits;
    bo.keep_knowledge = false;  // only counted: released while the store is filled
    return report_and_write(pipeline::build(a.inputs, std::cin, bo), *fmt, a.out, a.base, "no article could be read");
}
}  // namespace

Command add_build(CLI::App& app) {
    auto args = std::make_shared<BuildArgs>();
    auto* cmd = app.add_subcommand("build", "Read articles and write the knowledge graph");
    cmd->add_option("INPUT", args->inputs,
                    "Article files (.txt, .jsonl), directories (searched for them), or - for stdin")
        ->required();
    cmd->add_option("-o,--output", args->out, "Output graph file (- for stdout); its extension picks the format")
        ->required();
    cmd->add_option("--format", args->format, "Output format: turtle, ntriples, nquads, jsonld, dot, graphml");
    cmd->add_option("--base", args->base, "Prefix of minted resource IRIs")->capture_default_str();
    cmd->add_option("-j,--jobs", args->jobs, "Extraction threads (0 = one per core)")->capture_default_str();
    cmd->add_option("--max-article-bytes", args->limits.max_article_bytes,
                    "Skip a .txt file, JSON line or stdin larger than this (bytes)")
        ->capture_default_str();
    cmd->add_option("--max-line-bytes", args->limits.max_line_bytes,
                    "Skip an article with a line longer than this (bytes): it is not prose")
        ->capture_default_str();
    cmd->footer(kExitCodes);
    return {cmd, [args] { return run_build(*args); }};
}

}  // namespace readout::cli
