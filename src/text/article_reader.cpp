#include "readout/text/article_reader.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "readout/text/unicode.hpp"

namespace readout::text {
namespace fs = std::filesystem;

namespace {

Diagnostic diag(Severity sev, std::string file, std::uint32_t line, std::string msg, std::uint32_t col = 0) {
    return Diagnostic{sev, std::move(file), line, col, std::move(msg)};
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

/// Replaces invalid UTF-8 by U+FFFD and NUL bytes by spaces; returns how many bytes were changed.
std::size_t clean_text(std::string& s) {
    std::string out;
    out.reserve(s.size());
    std::size_t bad = 0, i = 0;
    while (i < s.size()) {
        char32_t cp;
        std::size_t n = decode_utf8(s, i, cp);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++bad;
            ++i;
        } else if (cp == 0) {
            out += ' ';
            ++bad;
            ++i;
        } else {
            out.append(s, i, n);
            i += n;
        }
    }
    s.swap(out);
    return bad;
}

void strip_bom(std::string& s) {
    if (s.size() >= 3 && s.compare(0, 3, "\xEF\xBB\xBF") == 0) s.erase(0, 3);
}

bool looks_binary(const std::string& s) {
    std::size_t check = std::min<std::size_t>(s.size(), 4096), ctrl = 0;
    for (std::size_t i = 0; i < check; ++i) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) ++ctrl;
    }
    return check > 0 && ctrl * 10 > check;
}

std::string first_line(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t j = text.find('\n', i);
        if (j == std::string_view::npos) j = text.size();
        std::string_view line = text.substr(i, j - i);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
        if (!line.empty()) return std::string(line.substr(0, 300));
        i = j + 1;
    }
    return {};
}

std::string json_string(const rapidjson::Value& obj, const char* key) {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd() || !it->value.IsString()) return {};
    return std::string(it->value.GetString(), it->value.GetStringLength());
}

}  // namespace

void read_text_article(std::string content, const std::string& origin, const std::string& id, ReadResult& out,
                       const ReadLimits& limits) {
    if (content.size() > limits.max_article_bytes) {
        out.diagnostics.push_back(diag(Severity::Error, origin, 0,
                                       "article is " + std::to_string(content.size()) + " bytes, over the limit of " +
                                           std::to_string(limits.max_article_bytes) + "; skipped"));
        ++out.skipped;
        return;
    }
    strip_bom(content);
    if (looks_binary(content)) {
        out.diagnostics.push_back(diag(Severity::Error, origin, 0, "looks like a binary file, not text; skipped"));
        ++out.skipped;
        return;
    }
    if (std::size_t bad = clean_text(content)) {
        out.diagnostics.push_back(diag(Severity::Warning, origin, 0,
                                       std::to_string(bad) + " invalid UTF-8 or NUL byte(s) replaced"));
    }
    if (first_line(content).empty()) {
        out.diagnostics.push_back(diag(Severity::Warning, origin, 0, "empty article; skipped"));
        ++out.skipped;
        return;
    }
    Article a;
    a.id = id;
    a.title = first_line(content);
    a.text = std::move(content);
    a.origin = origin;
    out.articles.push_back(std::move(a));
}

void for_each_jsonl_article(std::istream& in, const std::string& origin, const std::function<void(Article&&)>& on_article,
                            const std::function<void(Diagnostic&&)>& on_diagnostic, const ReadLimits& limits) {
    std::string line;
    std::uint32_t lineno = 0;
    while (std::getline(in, line)) {
        ++lineno;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (lineno == 1) strip_bom(line);
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        std::string where = origin + ":" + std::to_string(lineno);
        if (line.size() > limits.max_article_bytes) {
            on_diagnostic(diag(Severity::Error, origin, lineno, "line is over the article size limit; skipped"));
            continue;
        }
        rapidjson::Document d;
        d.Parse(line.data(), line.size());
        if (d.HasParseError()) {
            on_diagnostic(diag(Severity::Error, origin, lineno,
                               std::string("invalid JSON: ") + rapidjson::GetParseError_En(d.GetParseError()) +
                                   "; line skipped",
                               static_cast<std::uint32_t>(d.GetErrorOffset() + 1)));
            continue;
        }
        if (!d.IsObject()) {
            on_diagnostic(diag(Severity::Error, origin, lineno, "expected a JSON object; line skipped"));
            continue;
        }
        Article a;
        a.text = json_string(d, "text");
        if (a.text.empty()) {
            on_diagnostic(diag(Severity::Error, origin, lineno, "no \"text\" string; line skipped"));
            continue;
        }
        if (std::size_t bad = clean_text(a.text))
            on_diagnostic(diag(Severity::Warning, origin, lineno,
                               std::to_string(bad) + " invalid UTF-8 or NUL byte(s) replaced"));
        a.id = json_string(d, "id");
        if (a.id.empty()) {
            auto it = d.FindMember("id");
            if (it != d.MemberEnd() && it->value.IsInt64()) a.id = std::to_string(it->value.GetInt64());
        }
        if (a.id.empty()) {
            std::string stem = fs::path(origin).stem().string();
            a.id = stem + "-" + std::to_string(lineno);
        }
        a.url = json_string(d, "url");
        a.title = json_string(d, "title");
        a.date = json_string(d, "date");
        a.origin = where;
        clean_text(a.title);
        on_article(std::move(a));
    }
}

void read_jsonl_articles(std::istream& in, const std::string& origin, ReadResult& out, const ReadLimits& limits) {
    for_each_jsonl_article(
        in, origin, [&](Article&& a) { out.articles.push_back(std::move(a)); },
        [&](Diagnostic&& d) {
            if (d.severity == Severity::Error) ++out.skipped;
            out.diagnostics.push_back(std::move(d));
        },
        limits);
}

namespace {

void read_file(const fs::path& p, ReadResult& out, const ReadLimits& limits) {
    std::string origin = p.string();
    std::ifstream f(p, std::ios::binary);
    if (!f) {
        out.diagnostics.push_back(diag(Severity::Error, origin, 0, "cannot open file"));
        ++out.skipped;
        return;
    }
    if (ends_with(origin, ".jsonl") || ends_with(origin, ".ndjson")) {
        read_jsonl_articles(f, origin, out, limits);
        return;
    }
    std::error_code ec;
    auto size = fs::file_size(p, ec);
    if (!ec && size > limits.max_article_bytes) {
        out.diagnostics.push_back(diag(Severity::Error, origin, 0,
                                       "file is " + std::to_string(size) + " bytes, over the article size limit of " +
                                           std::to_string(limits.max_article_bytes) + "; skipped"));
        ++out.skipped;
        return;
    }
    std::ostringstream ss;
    ss << f.rdbuf();
    if (f.bad()) {
        out.diagnostics.push_back(diag(Severity::Error, origin, 0, "read error"));
        ++out.skipped;
        return;
    }
    read_text_article(ss.str(), origin, p.stem().string(), out, limits);
}

}  // namespace

ReadResult read_articles(const std::vector<std::string>& inputs, std::istream& stdin_stream, const ReadLimits& limits) {
    ReadResult out;
    for (const auto& input : inputs) {
        if (input == "-") {
            std::ostringstream ss;
            ss << stdin_stream.rdbuf();
            std::string all = ss.str();
            std::size_t first = all.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
            if (first != std::string::npos && all[first] == '{') {
                std::istringstream in(all);
                read_jsonl_articles(in, "<stdin>", out, limits);
            } else {
                read_text_article(std::move(all), "<stdin>", "stdin", out, limits);
            }
            continue;
        }
        fs::path p(input);
        std::error_code ec;
        auto st = fs::status(p, ec);
        if (ec || !fs::exists(st)) {
            out.diagnostics.push_back(diag(Severity::Error, input, 0, "no such file or directory"));
            ++out.skipped;
            continue;
        }
        if (fs::is_directory(st)) {
            std::vector<fs::path> files;
            fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
            for (; !ec && it != end; it.increment(ec)) {
                if (!it->is_regular_file(ec)) continue;
                std::string ext = it->path().extension().string();
                if (ext == ".txt" || ext == ".jsonl" || ext == ".ndjson") files.push_back(it->path());
            }
            if (ec) out.diagnostics.push_back(diag(Severity::Error, input, 0, "cannot list directory: " + ec.message()));
            std::sort(files.begin(), files.end());
            if (files.empty())
                out.diagnostics.push_back(diag(Severity::Warning, input, 0, "directory holds no .txt or .jsonl file"));
            for (const auto& f : files) read_file(f, out, limits);
            continue;
        }
        read_file(p, out, limits);
    }
    return out;
}

}  // namespace readout::text
