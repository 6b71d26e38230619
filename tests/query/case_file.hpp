#pragma once
// Reads the data-driven cases under tests/data/query/<kind>/*.txt:
//   # comment lines
//   key: value          (header lines)
//   ---
//   body                (everything after the separator; one final newline removed)

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace readout::query::test {

struct CaseFile {
    std::string name;  // file stem
    std::map<std::string, std::string> header;
    std::string body;

    [[nodiscard]] const std::string& at(const std::string& key) const {
        auto it = header.find(key);
        if (it == header.end()) throw std::runtime_error(name + ": missing header '" + key + "'");
        return it->second;
    }
};

inline CaseFile read_case(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    CaseFile c;
    c.name = path.stem().string();
    std::size_t i = 0;
    bool separated = false;
    while (i < text.size()) {
        std::size_t eol = text.find('\n', i);
        if (eol == std::string::npos) eol = text.size();
        const std::string line = text.substr(i, eol - i);
        i = eol + 1;
        if (line == "---") {
            separated = true;
            break;
        }
        if (line.empty() || line[0] == '#') continue;
        const std::size_t colon = line.find(": ");
        if (colon == std::string::npos) {
            if (!line.empty() && line.back() == ':') c.header[line.substr(0, line.size() - 1)] = "";
            else throw std::runtime_error(c.name + ": bad header line '" + line + "'");
        } else {
            c.header[line.substr(0, colon)] = line.substr(colon + 2);
        }
    }
    if (!separated) throw std::runtime_error(c.name + ": no '---' separator");
    c.body = i < text.size() ? text.substr(i) : std::string{};
    if (!c.body.empty() && c.body.back() == '\n') c.body.pop_back();
    return c;
}

inline std::vector<CaseFile> read_cases(const std::string& kind) {
    std::vector<std::filesystem::path> paths;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(READOUT_TEST_DATA) + "/query/" + kind))
        if (entry.path().extension() == ".txt") paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    std::vector<CaseFile> out;
    for (const auto& p : paths) out.push_back(read_case(p));
    return out;
}

}  // namespace readout::query::test
