#include "common.hpp"

#include <filesystem>
#include <iostream>

#include "readout/io/errors.hpp"

namespace readout::cli {

void print_diagnostics(const Diagnostics& ds) {
    for (const auto& d : ds) std::cerr << "readout: " << format(d) << "\n";
}

std::optional<io::GraphFormat> output_format(const std::string& name, const std::string& out) {
    if (!name.empty()) return io::format_from_name(name);
    return io::format_from_path(std::filesystem::path(out));
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

}  // namespace readout::cli
