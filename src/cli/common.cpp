#include "common.hpp"

#include <filesystem>
#include <iostream>

#include "readout/io/errors.hpp"

namespace readout::cli {

void print_diagnostics(const Diagnostics& ds) {
    for (const auto& d : ds) std::cerr << "readout: " << format(d) << "\n";
}

std::optional<io::GraphFormat> output_format(const std::string& name, const std::string& out) {
    auto fmt = !name.empty() ? io::format_from_name(name) : io::format_from_path(std::filesystem::path(out));
    if (!fmt)
        std::cerr << "readout: cannot tell the output format of '" << out
                  << "': use .ttl, .nt, .nq, .jsonld, .dot or .graphml, or --format\n";
    return fmt;
}

int load(const std::string& path, store::Store& store) {
    try {
        store = io::read_graph_file(path);
        return kOk;
    } catch (const io::ParseError& e) {
        std::cerr << "readout: " << format(e.diagnostic()) << "\n";
    } catch (const std::exception& e) {
        std::cerr << "readout: " << path << ": " << e.what() << "\n";
    }
    return kUnreadable;
}

int write(const store::Store& store, io::GraphFormat fmt, const std::string& out, const std::string& base) {
    try {
        io::WriteOptions wo;
        wo.base = base;
        if (out == "-") {
            io::write_graph(store, fmt, std::cout, wo);
        } else {
            io::write_graph_file(store, fmt, out, wo);
        }
        return kOk;
    } catch (const std::exception& e) {
        std::cerr << "readout: cannot write " << out << ": " << e.what() << "\n";
        return kWriteFailed;
    }
}

int report_and_write(const pipeline::BuildResult& result, io::GraphFormat format, const std::string& out,
                     const std::string& base, const std::string& nothing_read) {
    print_diagnostics(result.diagnostics);
    if (result.articles == 0) {
        std::cerr << "readout: " << nothing_read << "; nothing written\n";
        return kUnreadable;
    }
    if (int rc = write(result.store, format, out, base)) return rc;
    std::cerr << "readout: " << result.articles << " article(s), " << result.people << " people, " << result.meetings
              << " meeting(s), " << result.store.triple_count() << " triples -> " << out << "\n";
    return result.skipped ? kPartial : kOk;
}

}  // namespace readout::cli
