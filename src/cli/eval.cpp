// readout eval: score a graph against gold annotations (the GUIDELINES.md format).
#include <iostream>
#include <memory>

#include "common.hpp"
#include "readout/eval/score.hpp"

namespace readout::cli {

namespace {
struct EvalArgs {
    std::string graph;
    std::vector<std::string> gold;
    bool details = false, json = false;
};

int run_eval(const EvalArgs& a) {
    eval::Gold gold;
    try {
        gold = eval::Gold::load(a.gold);
    } catch (const eval::GoldError& e) {
        std::cerr << "readout: " << e.what() << "\n";
        return kUnreadable;
    }
    store::Store st;
    if (int rc = load(a.graph, st)) return rc;
    auto scored = eval::score(st, gold, a.details);
    if (a.json) {
        std::cout << eval::format_json(scored.report) << "\n";
        if (a.details)
            for (const auto& n : scored.notes) std::cerr << "  - " << n << "\n";
    } else {
        std::cout << eval::format_text(scored);
    }
    return kOk;
}
}  // namespace

Command add_eval(CLI::App& app) {
    auto args = std::make_shared<EvalArgs>();
    auto* cmd = app.add_subcommand("eval", "Score a graph against gold annotations (persons, roles, meetings, "
                                           "participants, places, dates, issues)");
    cmd->add_option("GRAPH", args->graph, "A graph file written by build or export")->required();
    cmd->add_option("--gold", args->gold, "Gold annotation file(s) in the GUIDELINES.md JSON format")->required();
    cmd->add_flag("--details", args->details, "List every miss under the figures");
    cmd->add_flag("--json", args->json, "Print the figures as one JSON object");
    cmd->footer(kExitCodes);
    return {cmd, [args] { return run_eval(*args); }};
}

}  // namespace readout::cli
