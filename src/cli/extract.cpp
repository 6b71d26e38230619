// readout extract: the map step. JSON Lines articles on stdin, one article record per article as
// N-Quads on stdout, streamed one article at a time.
#include <iostream>
#include <memory>

#include "common.hpp"
#include "readout/io/errors.hpp"
#include "readout/pipeline/shards.hpp"
#include "readout/rdf/vocabulary.hpp"

namespace readout::cli {

namespace {
struct ExtractArgs {
    std::string base = std::string(rdf::ns::default_base);
    std::size_t max_article = 16u * 1024u * 1024u;
};

int run_extract(const ExtractArgs& a) {
    pipeline::ExtractOptions eo;
    eo.base = a.base;
    eo.limits.max_article_bytes = a.max_article;
    std::ios::sync_with_stdio(false);
    try {
        auto result = pipeline::extract_stream(std::cin, std::cout, "<stdin>",
                                               [](const Diagnostic& d) { print_diagnostics({d}); }, eo);
        return result.skipped ? kPartial : kOk;
    } catch (const io::WriteError& e) {
        std::cerr << "readout: cannot write the N-Quads: " << e.what() << "\n";
        return kWriteFailed;
    }
}
}  // namespace

Command add_extract(CLI::App& app) {
    auto args = std::make_shared<ExtractArgs>();
    auto* cmd = app.add_subcommand(
        "extract",
        "Map step: read JSON Lines articles on stdin and write each one's resolved record as N-Quads on stdout, "
        "one article at a time (combine the outputs with merge)");
    cmd->add_option("--base", args->base, "Prefix of minted resource IRIs")->capture_default_str();
    cmd->add_option("--max-article-bytes", args->max_article, "Skip articles larger than this")
        ->capture_default_str();
    cmd->footer(std::string("Bad lines are reported on stderr with their line number and skipped; the exit code is "
                            "then 4. ") +
                kExitCodes);
    return {cmd, [args] { return run_extract(*args); }};
}

}  // namespace readout::cli
