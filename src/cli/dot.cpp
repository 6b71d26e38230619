// readout dot: the actors diagram.
#include <iostream>
#include <memory>

#include "common.hpp"
#include "readout/io/dot.hpp"
#include "readout/io/errors.hpp"

namespace readout::cli {

namespace {
struct DotArgs {
    std::string in, out, focus;
    int depth = 2;
};

int run_dot(const DotArgs& a) {
    store::Store st;
    if (int rc = load(a.in, st)) return rc;
    io::DotOptions o;
    if (!a.focus.empty()) o.focus = a.focus;
    o.depth = a.depth;
    try {
        if (a.out == "-") {
            io::write_actor_diagram(st, std::cout, o);
        } else {
            io::write_file_atomically(a.out, [&](std::ostream& os) { io::write_actor_diagram(st, os, o); });
        }
    } catch (const io::LookupError& e) {
        std::cerr << "readout: " << e.what() << "\n";
        return kNoAnswer;
    } catch (const std::exception& e) {
        std::cerr << "readout: cannot write " << a.out << ": " << e.what() << "\n";
        return kWriteFailed;
    }
    return kOk;
}
}  // namespace

Command add_dot(CLI::App& app) {
    auto args = std::make_shared<DotArgs>();
    auto* cmd = app.add_subcommand("dot", "Draw the actors diagram (Graphviz DOT): people and who met whom");
    cmd->add_option("GRAPH", args->in, "Input graph")->required();
    cmd->add_option("-o,--output", args->out, "Output .dot file (- for stdout)")->required();
    cmd->add_option("--focus", args->focus, "Centre on this person");
    cmd->add_option("--depth", args->depth, "With --focus: how many meetings away to draw")->capture_default_str();
    cmd->footer(kExitCodes);
    return {cmd, [args] { return run_dot(*args); }};
}

}  // namespace readout::cli
