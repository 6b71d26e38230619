// readout: the command line. Thin wiring over the library: parse arguments, call the library,
// print what it returns, choose the exit code.

#include <CLI/CLI.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <unistd.h>

#include "readout/io/dot.hpp"
#include "readout/io/errors.hpp"
#include "readout/io/graph_io.hpp"
#include "readout/pipeline/build.hpp"
#include "readout/query/query.hpp"

namespace {

/// Exit codes (documented in --help and the README).
enum Exit : int {
    kOk = 0,
    kNoAnswer = 1,      ///< query: the question was understood but has no answer (or was ambiguous/unknown)
    kUsage = 2,         ///< bad command line or unparsable question
    kUnreadable = 3,    ///< input missing or unreadable, graph file malformed, nothing to build from
    kPartial = 4,       ///< build: output written, but some inputs were skipped
    kWriteFailed = 5,   ///< output could not be written
};

constexpr const char* kExitCodes =
    "Exit codes: 0 success; 1 no answer (query); 2 usage error or unparsable question; "
    "3 unreadable input or malformed graph; 4 output written but some input skipped; 5 output not written.";

void print_diagnostics(const readout::Diagnostics& ds) {
    for (const auto& d : ds) std::cerr << "readout: " << readout::format(d) << "\n";
}

std::optional<readout::io::GraphFormat> output_format(const std::string& name, const std::filesystem::path& out) {
    if (!name.empty()) return readout::io::format_from_name(name);
    return readout::io::format_from_path(out);
}

int load(const std::string& path, readout::store::Store& store) {
    try {
        store = readout::io::read_graph_file(path);
        return kOk;
    } catch (const readout::io::ParseError& e) {
        std::cerr << "readout: " << readout::format(e.diagnostic()) << "\n";
    } catch (const std::exception& e) {
        std::cerr << "readout: " << path << ": " << e.what() << "\n";
    }
    return kUnreadable;
}

int write(const readout::store::Store& store, readout::io::GraphFormat format, const std::string& out,
          const std::string& base) {
    try {
        readout::io::WriteOptions wo;
        wo.base = base;
        if (out == "-") {
            readout::io::write_graph(store, format, std::cout, wo);
        } else {
            readout::io::write_graph_file(store, format, out, wo);
        }
        return kOk;
    } catch (const std::exception& e) {
        std::cerr << "readout: cannot write " << out << ": " << e.what() << "\n";
        return kWriteFailed;
    }
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"readout: news articles about diplomacy -> an RDF knowledge graph of who met whom, where, "
                 "when, in which role, about what; and questions about it.",
                 "readout"};
    app.footer(kExitCodes);
    app.set_version_flag("--version", std::string("readout ") + READOUT_VERSION);
    app.require_subcommand(1);

    // build
    auto* build = app.add_subcommand("build", "Read articles and write the knowledge graph");
    std::vector<std::string> inputs;
    std::string out, format, base = std::string(readout::rdf::ns::default_base);
    unsigned jobs = 1;
    std::size_t max_article = 16u * 1024u * 1024u;
    build->add_option("INPUT", inputs, "Article files (.txt, .jsonl), directories (searched for them), or - for stdin")
        ->required();
    build->add_option("-o,--output", out, "Output graph file (- for stdout); its extension picks the format")
        ->required();
    build->add_option("--format", format, "Output format: turtle, ntriples, nquads, jsonld, dot");
    build->add_option("--base", base, "Prefix of minted resource IRIs")->capture_default_str();
    build->add_option("-j,--jobs", jobs, "Extraction threads (0 = one per core)")->capture_default_str();
    build->add_option("--max-article-bytes", max_article, "Skip articles larger than this")->capture_default_str();
    build->footer(kExitCodes);

    // query
    auto* query = app.add_subcommand("query", "Answer a question about a graph");
    std::string graph, question, qformat = "table";
    bool why = false;
    query->add_option("GRAPH", graph, "A graph file written by build or export")->required();
    query->add_option("QUESTION", question, "The question, e.g. \"who attended Jakarta\"");
    query->add_option("--format", qformat, "table, json, tsv or csv")->capture_default_str();
    query->add_flag("--why", why, "Show the evidence (article, sentence, offsets) under each answer");
    query->footer(kExitCodes);

    // export
    auto* exp = app.add_subcommand("export", "Convert a graph to another format");
    std::string exp_in, exp_out, exp_format;
    exp->add_option("GRAPH", exp_in, "Input graph (.ttl .nt .nq .jsonld)")->required();
    exp->add_option("-o,--output", exp_out, "Output file (- for stdout); its extension picks the format")->required();
    exp->add_option("--format", exp_format, "Output format: turtle, ntriples, nquads, jsonld, dot");
    exp->footer(kExitCodes);

    // dot
    auto* dot = app.add_subcommand("dot", "Draw the actors diagram (Graphviz DOT): people and who met whom");
    std::string dot_in, dot_out, focus;
    int depth = 2;
    dot->add_option("GRAPH", dot_in, "Input graph")->required();
    dot->add_option("-o,--output", dot_out, "Output .dot file (- for stdout)")->required();
    dot->add_option("--focus", focus, "Centre on this person");
    dot->add_option("--depth", depth, "With --focus: how many meetings away to draw")->capture_default_str();
    dot->footer(kExitCodes);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int rc = app.exit(e);
        return rc == 0 ? kOk : kUsage;
    }

    if (build->parsed()) {
        auto fmt = output_format(format, out);
        if (!fmt) {
            std::cerr << "readout: cannot tell the output format of '" << out
                      << "': use .ttl, .nt, .nq, .jsonld or .dot, or --format\n";
            return kUsage;
        }
        readout::pipeline::BuildOptions bo;
        bo.base = base;
        bo.jobs = jobs;
        bo.limits.max_article_bytes = max_article;
        auto result = readout::pipeline::build(inputs, std::cin, bo);
        print_diagnostics(result.diagnostics);
        if (result.articles == 0) {
            std::cerr << "readout: no article could be read; nothing written\n";
            return kUnreadable;
        }
        int rc = *fmt == readout::io::GraphFormat::Dot ? [&] {
            try {
                readout::io::write_file_atomically(out, [&](std::ostream& os) { readout::io::write_actor_diagram(result.store, os); });
                return static_cast<int>(kOk);
            } catch (const std::exception& e) {
                std::cerr << "readout: cannot write " << out << ": " << e.what() << "\n";
                return static_cast<int>(kWriteFailed);
            }
        }() : write(result.store, *fmt, out, base);
        if (rc != kOk) return rc;
        std::cerr << "readout: " << result.articles << " article(s), " << result.knowledge.persons.size() << " people, "
                  << result.knowledge.meetings.size() << " meeting(s), " << result.store.triple_count()
                  << " triples -> " << out << "\n";
        return result.skipped ? kPartial : kOk;
    }

    if (query->parsed()) {
        auto of = readout::query::parse_output_format(qformat);
        if (!of) {
            std::cerr << "readout: unknown --format '" << qformat << "' (table, json, tsv, csv)\n";
            return kUsage;
        }
        readout::store::Store store;
        if (int rc = load(graph, store)) return rc;
        readout::query::Engine engine(store);
        auto ask = [&](const std::string& q) -> int {
            try {
                auto result = engine.ask(q);
                if (result.status == readout::query::Status::Ok) {
                    std::cout << readout::query::format_result(result, *of, why);
                    return kOk;
                }
                if (*of == readout::query::OutputFormat::Json) std::cout << readout::query::format_result(result, *of, why);
                std::cerr << "readout: " << result.message << "\n";
                return kNoAnswer;
            } catch (const readout::query::ParseError& e) {
                std::cerr << e.what() << "\n";
                return kUsage;
            }
        };
        if (!question.empty()) return ask(question);
        // interactive: one question per line
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

    if (exp->parsed()) {
        auto fmt = output_format(exp_format, exp_out);
        if (!fmt) {
            std::cerr << "readout: cannot tell the output format of '" << exp_out << "'\n";
            return kUsage;
        }
        readout::store::Store store;
        if (int rc = load(exp_in, store)) return rc;
        if (*fmt == readout::io::GraphFormat::Dot) {
            try {
                readout::io::write_file_atomically(exp_out, [&](std::ostream& os) { readout::io::write_actor_diagram(store, os); });
            } catch (const std::exception& e) {
                std::cerr << "readout: cannot write " << exp_out << ": " << e.what() << "\n";
                return kWriteFailed;
            }
            return kOk;
        }
        return write(store, *fmt, exp_out, base);
    }

    if (dot->parsed()) {
        readout::store::Store store;
        if (int rc = load(dot_in, store)) return rc;
        readout::io::DotOptions o;
        if (!focus.empty()) o.focus = focus;
        o.depth = depth;
        try {
            if (dot_out == "-") {
                readout::io::write_actor_diagram(store, std::cout, o);
            } else {
                readout::io::write_file_atomically(dot_out, [&](std::ostream& os) { readout::io::write_actor_diagram(store, os, o); });
            }
        } catch (const readout::io::LookupError& e) {
            std::cerr << "readout: " << e.what() << "\n";
            return kNoAnswer;
        } catch (const std::exception& e) {
            std::cerr << "readout: cannot write " << dot_out << ": " << e.what() << "\n";
            return kWriteFailed;
        }
        return kOk;
    }
    return kUsage;
}
