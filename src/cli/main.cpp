// readout: the command line. Thin wiring over the library; each subcommand lives in its own file
// and registers itself here.

#include "common.hpp"

int main(int argc, char** argv) {
    using namespace readout::cli;
    CLI::App app{"readout: news articles about diplomacy -> an RDF knowledge graph of who met whom, where, "
                 "when, in which role, about what; and questions about it.",
                 "readout"};
    app.footer(kExitCodes);
    app.set_version_flag("--version", std::string("readout ") + READOUT_VERSION);
    app.require_subcommand(1);

    const std::vector<Command> commands = {add_build(app), add_query(app),   add_export(app),
                                           add_dot(app),   add_eval(app),    add_extract(app),
                                           add_merge(app)};

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int rc = app.exit(e);
        return rc == 0 ? kOk : kUsage;
    }
    for (const auto& c : commands)
        if (c.app->parsed()) return c.run();
    return kUsage;
}
