// readout dot: the actors diagram, as DOT source or rendered to SVG/PNG by Graphviz.
#include <iostream>
#include <memory>
#include <sstream>

#include "common.hpp"
#include "readout/io/dot.hpp"
#include "readout/io/errors.hpp"

namespace readout::cli {

namespace {
struct DotArgs {
    std::string in, out, format, focus, from, to, view = "people", cluster = "country";
    int depth = 2;
    bool isolated = false;
};

/// Parses a --from/--to bound; prints the error and returns nullopt when it is not an ISO date.
std::optional<extract::DateValue> date_bound(const std::string& option, const std::string& text, bool& ok) {
    if (text.empty()) return std::nullopt;
    auto d = extract::DateValue::parse_iso(text);
    if (!d || !d->known() || text.size() > 10) {
        std::cerr << "readout: " << option << " '" << text << "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)\n";
        ok = false;
        return std::nullopt;
    }
    return d;
}

int run_dot(const DotArgs& a) {
    auto fmt = !a.format.empty() ? io::diagram_format_from_name(a.format)
               : a.out == "-"    ? std::optional(io::DiagramFormat::Dot)
                                 : io::diagram_format_from_path(a.out);
    if (!fmt) {
        std::cerr << "readout: cannot tell the diagram format of '" << a.out << "': use .dot, .svg or .png, or --format\n";
        return kUsage;
    }
    io::DotOptions o;
    auto view = io::dot_view_from_name(a.view);
    auto cluster = io::dot_cluster_from_name(a.cluster);
    if (!view || !cluster) {
        std::cerr << "readout: " << (!view ? "--view must be people or meetings" : "--cluster must be country, organization or none")
                  << "\n";
        return kUsage;
    }
    o.view = *view;
    o.cluster = *cluster;
    bool dates_ok = true;
    o.from = date_bound("--from", a.from, dates_ok);
    o.to = date_bound("--to", a.to, dates_ok);
    if (!dates_ok) return kUsage;
    if (!a.focus.empty()) o.focus = a.focus;
    o.depth = a.depth;
    o.isolated = a.isolated;

    store::Store st;
    if (int rc = load(a.in, st)) return rc;
    std::ostringstream source;
    try {
        io::write_actor_diagram(st, source, o);
    } catch (const io::LookupError& e) {
        std::cerr << "readout: " << e.what() << "\n";
        return kNoAnswer;
    }
    try {
        std::vector<std::string> messages;
        auto render = [&](std::ostream& os) { messages = io::render_diagram(source.str(), *fmt, os); };
        if (a.out == "-") {
            render(std::cout);
        } else {
            io::write_file_atomically(a.out, render);
        }
        for (const auto& m : messages) std::cerr << "readout: graphviz: " << m << "\n";
    } catch (const std::exception& e) {
        std::cerr << "readout: cannot write " << a.out << ": " << e.what() << "\n";
        return kWriteFailed;
    }
    return kOk;
}
}  // namespace

Command add_dot(CLI::App& app) {
    auto args = std::make_shared<DotArgs>();
    auto* cmd = app.add_subcommand("dot", "Draw the actors diagram: people and who met whom (DOT, SVG or PNG)");
    cmd->add_option("GRAPH", args->in, "Input graph (.ttl .nt .nq .jsonld)")->required();
    cmd->add_option("-o,--output", args->out,
                    "Output file (- for stdout); .dot writes the DOT source, .svg and .png are rendered by "
                    "Graphviz's dot program")
        ->required();
    cmd->add_option("--format", args->format, "Output format: dot, svg, png (default: from the extension; dot on stdout)");
    cmd->add_option("--view", args->view, "people: who met whom; meetings: people, their meetings and the issues discussed")
        ->capture_default_str();
    cmd->add_option("--cluster", args->cluster, "Group people by: country, organization, none")->capture_default_str();
    cmd->add_option("--focus", args->focus, "Centre on this person");
    cmd->add_option("--depth", args->depth, "With --focus: how many meetings away to draw")->capture_default_str();
    cmd->add_option("--from", args->from, "Only meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)");
    cmd->add_option("--to", args->to, "Only meetings on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)");
    cmd->add_flag("--isolated", args->isolated, "Also draw people who met no one (known only by their post)");
    cmd->footer(kExitCodes);
    return {cmd, [args] { return run_dot(*args); }};
}

}  // namespace readout::cli
