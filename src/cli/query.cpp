// readout query: one question, or an interactive session with history.
#include <cstdlib>
#include <iostream>
#include <memory>

#include <unistd.h>

#include "common.hpp"
#include "readout/query/query.hpp"

namespace readout::cli {

namespace {
struct QueryArgs {
    std::string graph, question, format = "table";
    bool why = false;
};

int run_query(const QueryArgs& a) {
    auto of = query::parse_output_format(a.format);
    if (!of) {
        std::cerr << "readout: unknown --format '" << a.format << "' (table, json, tsv, csv)\n";
        return kUsage;
    }
    store::Store st;
    if (int rc = load(a.graph, st)) return rc;
    query::EngineOptions options;
    options.evidence = a.why;  // read only when it will be shown
    query::Engine engine(st, std::move(options));
    auto ask = [&](const std::string& q) -> int {
        try {
            auto result = engine.ask(q);
            if (result.status == query::Status::Ok) {
                std::cout << query::format_result(result, *of, a.why);
                return kOk;
            }
            if (*of == query::OutputFormat::Json) std::cout << query::format_result(result, *of, a.why);
            std::cerr << "readout: " << result.message << "\n";
            return kNoAnswer;
        } catch (const query::ParseError& e) {
            std::cerr << e.what() << "\n";
            return kUsage;
        }
    };
    if (!a.question.empty()) return ask(a.question);
    // Interactive: one question per line; `history` lists them, `!N` repeats one.
    std::string line;
    std::vector<std::string> history;
    bool tty = isatty(0);
    while (true) {
        if (tty) std::cerr << "readout> " << std::flush;
        if (!std::getline(std::cin, line)) break;
        if (line.empty()) continue;
        if (line == "quit" || line == "exit" || line == ":q") break;
        if (line == "history" || line == ":history") {
            for (std::size_t i = 0; i < history.size(); ++i) std::cout << (i + 1) << "  " << history[i] << "\n";
            continue;
        }
        if (line.size() > 1 && line[0] == '!') {
            std::size_t n = std::strtoul(line.c_str() + 1, nullptr, 10);
            if (n == 0 || n > history.size()) {
                std::cerr << "readout: no such history entry\n";
                continue;
            }
            line = history[n - 1];
            std::cerr << line << "\n";
        }
        history.push_back(line);
        ask(line);
    }
    return kOk;
}
}  // namespace

Command add_query(CLI::App& app) {
    auto args = std::make_shared<QueryArgs>();
    auto* cmd = app.add_subcommand("query", "Answer a question about a graph");
    cmd->add_option("GRAPH", args->graph, "A graph file written by build or export")->required();
    cmd->add_option("QUESTION", args->question, "The question, e.g. \"who attended Lisbon\"");
    cmd->add_option("--format", args->format, "table, json, tsv or csv")->capture_default_str();
    cmd->add_flag("--why", args->why, "Show the evidence (article, sentence, offsets) under each answer");
    cmd->footer(kExitCodes);
    return {cmd, [args] { return run_query(*args); }};
}

}  // namespace readout::cli
