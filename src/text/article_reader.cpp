#include "readout/text/article_reader.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
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

void skip(ReadResult& out, std::string file, std::uint32_t line, std::string msg, std::uint32_t col = 0) {
    out.diagnostics.push_back(diag(Severity::Error, std::move(file), line, std::move(msg), col));
    ++out.skipped;
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != prefix[i]) return false;
    }
    return true;
}

constexpr std::string_view kBom = "\xEF\xBB\xBF";

/// What clean_text changed: how many bytes were replaced, and where the first one was.
struct Cleaned {
    std::size_t replaced = 0;
    std::uint32_t line = 0, column = 0;  ///< 1-based; column in code points
};

/// Makes text safe for the later stages: invalid UTF-8 bytes become U+FFFD, NUL bytes spaces,
/// CRLF and lone CR line ends LF.
Cleaned clean_text(std::string& s) {
    // Most text needs nothing: valid UTF-8 without NUL or CR. Check that without copying and
    // keep the text as it is; otherwise rewrite it from the start.
    {
        std::size_t i = 0;
        bool clean = true;
        while (i < s.size() && clean) {
            const auto b = static_cast<unsigned char>(s[i]);
            if (b >= 0x80) {
                char32_t cp;
                const std::size_t n = decode_utf8(s, i, cp);
                clean = n != 0 && cp != 0;
                i += n;
            } else {
                clean = b != 0 && b != '\r';
                ++i;
            }
        }
        if (clean) return Cleaned{};
    }
    std::string out;
    out.reserve(s.size());
    Cleaned r;
    std::uint32_t line = 1, col = 1;
    auto replaced = [&] {
        if (r.replaced++ == 0) {
            r.line = line;
            r.column = col;
        }
        ++col;
    };
    std::size_t i = 0;
    while (i < s.size()) {
        char32_t cp;
        std::size_t n = decode_utf8(s, i, cp);
        if (n == 0) {
            replaced();
            out += "\xEF\xBF\xBD";
            ++i;
        } else if (cp == 0) {
            replaced();
            out += ' ';
            ++i;
        } else if (cp == '\r' || cp == '\n') {
            out += '\n';
            i += (cp == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1;
            ++line;
            col = 1;
        } else {
            out.append(s, i, n);
            i += n;
            ++col;
        }
    }
    s.swap(out);
    return r;
}

std::string replaced_message(const Cleaned& c) {
    return std::to_string(c.replaced) +
           " invalid UTF-8 or NUL byte(s) replaced (is the file in another encoding than UTF-8?)";
}

/// Binary data: more than a tenth of the first 8 KiB are control characters or invalid UTF-8.
bool looks_binary(std::string_view s) {
    std::size_t check = std::min<std::size_t>(s.size(), 8192), bad = 0, i = 0;
    while (i < check) {
        char32_t cp;
        std::size_t n = decode_utf8(s, i, cp);
        if (n == 0) {
            // a sequence cut by the end of the sample is not evidence of anything
            if (i + 4 < check) ++bad;
            n = 1;
        } else if (cp < 0x20 && cp != '\n' && cp != '\r' && cp != '\t' && cp != '\f') {
            ++bad;
        }
        i += n;
    }
    return check > 0 && bad * 10 > check;
}

bool is_utf16(std::string_view s) {
    return s.size() >= 2 && ((s[0] == '\xFF' && s[1] == '\xFE') || (s[0] == '\xFE' && s[1] == '\xFF'));
}

bool looks_html(std::string_view s) {
    std::size_t i = s.find_first_not_of(" \t\r\n");
    if (i == std::string_view::npos) return false;
    s.remove_prefix(i);
    return starts_with_nocase(s, "<!doctype html") || starts_with_nocase(s, "<html");
}

/// The first line (1-based) longer than `limit` bytes, or 0.
std::uint32_t first_long_line(std::string_view text, std::size_t limit) {
    std::uint32_t line = 1;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        if (end - start > limit) return line;
        start = end + 1;
        ++line;
    }
    return 0;
}

std::string first_line(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t j = text.find('\n', i);
        if (j == std::string_view::npos) j = text.size();
        std::string_view line = text.substr(i, j - i);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
        if (!line.empty()) {
            std::string title(line.substr(0, 300));
            // never cut a UTF-8 sequence in two
            while (!title.empty() && line.size() > 300 && (static_cast<unsigned char>(title.back()) & 0xC0) == 0x80)
                title.pop_back();
            if (!title.empty() && line.size() > 300 && static_cast<unsigned char>(title.back()) >= 0xC0) title.pop_back();
            return title;
        }
        i = j + 1;
    }
    return {};
}

std::string json_string(const rapidjson::Value& obj, const char* key) {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd() || !it->value.IsString()) return {};
    return std::string(it->value.GetString(), it->value.GetStringLength());
}

/// "<what> is [N bytes, ]over the limit of L bytes (<option>); skipped"; `size` 0 = not known exactly.
std::string over_limit(std::string_view what, std::size_t limit, std::string_view option, std::size_t size = 0) {
    return std::string(what) + " is " + (size ? std::to_string(size) + " bytes, " : std::string()) +
           "over the limit of " + std::to_string(limit) + " bytes (" + std::string(option) + "); skipped";
}

/// Reads a stream line by line, taking from the stream buffer only what it already holds (so a
/// pipe is never waited on for more than the next byte) and finding line ends with memchr.
class LineReader {
public:
    explicit LineReader(std::streambuf& buf) : buf_(buf) {}
    /// Reads the next line into `line` without its line end, keeping at most `limit` bytes;
    /// `size` gets the line's full length (more than `limit` when it was cut). False at the end.
    bool next(std::string& line, std::size_t limit, std::size_t& size) {
        line.clear();
        size = 0;
        bool any = false;
        while (fill()) {
            any = true;
            const char* p = data_ + pos_;
            const auto* nl = static_cast<const char*>(std::memchr(p, '\n', end_ - pos_));
            const std::size_t take = static_cast<std::size_t>((nl != nullptr ? nl : data_ + end_) - p);
            if (line.size() < limit) line.append(p, std::min(take, limit - line.size()));
            size += take;
            pos_ += take;
            if (nl != nullptr) {
                ++pos_;
                break;
            }
        }
        if (!line.empty() && line.back() == '\r' && size <= limit) {
            line.pop_back();
            --size;
        }
        return any;
    }

private:
    /// Makes sure bytes are waiting in data_; false at the end of the stream.
    bool fill() {
        if (pos_ < end_) return true;
        pos_ = end_ = 0;
        const std::streamsize avail = buf_.in_avail();
        if (avail > 0) {  // held by the stream buffer already: no read can block
            end_ = static_cast<std::size_t>(buf_.sgetn(data_, std::min<std::streamsize>(avail, sizeof data_)));
            if (end_ > 0) return true;
        }
        const int c = buf_.sbumpc();  // one byte, waiting for it if need be
        if (c == std::char_traits<char>::eof()) return false;
        data_[0] = static_cast<char>(c);
        end_ = 1;
        return true;
    }
    std::streambuf& buf_;
    char data_[16384];
    std::size_t pos_ = 0, end_ = 0;
};

/// Reads at most `limit` + 1 bytes of `in` into `content`; false on a read error.
bool read_bounded(std::istream& in, std::string& content, std::size_t limit) {
    content.clear();
    char chunk[65536];
    while (content.size() <= limit) {
        std::size_t want = std::min<std::size_t>(sizeof chunk, limit + 1 - content.size());
        in.read(chunk, static_cast<std::streamsize>(want));
        content.append(chunk, static_cast<std::size_t>(in.gcount()));
        if (in.bad()) return false;
        if (!in) break;
    }
    return true;
}

/// Reads JSON Lines, handing each article to `emit`; diagnostics go to `out` (and `line_done`, when
/// given, is called after each line so that a streaming caller can pass them on at once).
void read_jsonl_lines(std::istream& in, const std::string& origin, ReadResult& out, const ReadLimits& limits,
                      std::uint32_t lineno, const std::function<void(Article&&)>& emit,
                      const std::function<void()>& line_done = {}) {
    struct LineDone {
        const std::function<void()>& fn;
        ~LineDone() {
            if (fn) fn();
        }
    };
    std::string line;
    std::size_t size = 0;
    std::streambuf* buf = in.rdbuf();
    if (buf == nullptr) return;
    LineReader reader(*buf);
    try {
        while (reader.next(line, limits.max_article_bytes, size)) {
            LineDone done{line_done};
            ++lineno;
            if (lineno == 1 && line.compare(0, kBom.size(), kBom) == 0) line.erase(0, kBom.size());
            if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
            if (size > limits.max_article_bytes) {
                skip(out, origin, lineno, over_limit("line", limits.max_article_bytes, "--max-article-bytes", size));
                continue;
            }
            rapidjson::Document d;
            // iterative: a line of a million '[' must not overflow the stack (the recursive parser did)
            d.Parse<rapidjson::kParseIterativeFlag>(line.data(), line.size());
            if (d.HasParseError()) {
                skip(out, origin, lineno,
                     std::string("invalid JSON: ") + rapidjson::GetParseError_En(d.GetParseError()) + "; line skipped",
                     static_cast<std::uint32_t>(d.GetErrorOffset() + 1));
                continue;
            }
            if (!d.IsObject()) {
                skip(out, origin, lineno, "expected a JSON object; line skipped", 1);
                continue;
            }
            Article a;
            a.text = json_string(d, "text");
            if (a.text.find_first_not_of(" \t\r\n") == std::string::npos) {
                skip(out, origin, lineno, "no \"text\" string (or it is blank); line skipped");
                continue;
            }
            Cleaned c = clean_text(a.text);
            if (c.replaced) out.diagnostics.push_back(diag(Severity::Warning, origin, lineno, replaced_message(c)));
            if (std::uint32_t long_line = first_long_line(a.text, limits.max_line_bytes)) {
                skip(out, origin, lineno,
                     "line " + std::to_string(long_line) + " of \"text\" is over the line length limit of " +
                         std::to_string(limits.max_line_bytes) + " bytes (--max-line-bytes); line skipped");
                continue;
            }
            a.id = json_string(d, "id");
            if (a.id.empty()) {
                auto it = d.FindMember("id");
                if (it != d.MemberEnd() && it->value.IsInt64()) a.id = std::to_string(it->value.GetInt64());
            }
            clean_text(a.id);
            if (a.id.empty()) a.id = fs::path(origin).stem().string() + "-" + std::to_string(lineno);
            a.url = json_string(d, "url");
            a.title = json_string(d, "title");
            a.date = json_string(d, "date");
            for (std::string* field : {&a.url, &a.title, &a.date}) {
                clean_text(*field);
                std::replace(field->begin(), field->end(), '\n', ' ');
            }
            a.origin = origin + ":" + std::to_string(lineno);
            emit(std::move(a));
        }
    } catch (const std::exception& e) {
        skip(out, origin, lineno + 1, std::string("read error: ") + e.what());
    }
}

}  // namespace

namespace {

/// read_text_article, handing the article to `emit` instead of keeping it in `out`.
void read_text_article_to(std::string content, const std::string& origin, const std::string& id, ReadResult& out,
                          const ReadLimits& limits, const std::function<void(Article&&)>& emit) {
    if (content.size() > limits.max_article_bytes) {
        skip(out, origin, 0, over_limit("article", limits.max_article_bytes, "--max-article-bytes"));
        return;
    }
    if (is_utf16(content)) {
        skip(out, origin, 1, "UTF-16 text (it starts with a UTF-16 byte-order mark); save it as UTF-8; skipped", 1);
        return;
    }
    if (content.compare(0, kBom.size(), kBom) == 0) content.erase(0, kBom.size());
    if (looks_binary(content)) {
        skip(out, origin, 0, "looks like a binary file, not text; skipped");
        return;
    }
    if (looks_html(content)) {
        skip(out, origin, 1, "an HTML page, not article text: extract its text first; skipped", 1);
        return;
    }
    Cleaned c = clean_text(content);
    if (c.replaced) out.diagnostics.push_back(diag(Severity::Warning, origin, c.line, replaced_message(c), c.column));
    if (std::uint32_t long_line = first_long_line(content, limits.max_line_bytes)) {
        skip(out, origin, long_line,
             "line is over the line length limit of " + std::to_string(limits.max_line_bytes) +
                 " bytes (--max-line-bytes); not prose; skipped");
        return;
    }
    std::string title = first_line(content);
    if (title.empty()) {
        out.diagnostics.push_back(diag(Severity::Warning, origin, 0, "empty article; skipped"));
        ++out.skipped;
        return;
    }
    Article a;
    a.id = id;
    clean_text(a.id);
    a.title = std::move(title);
    a.text = std::move(content);
    a.origin = origin;
    emit(std::move(a));
}

}  // namespace

void read_text_article(std::string content, const std::string& origin, const std::string& id, ReadResult& out,
                       const ReadLimits& limits) {
    read_text_article_to(std::move(content), origin, id, out, limits, [&](Article&& a) { out.articles.push_back(std::move(a)); });
}

void read_jsonl_articles(std::istream& in, const std::string& origin, ReadResult& out, const ReadLimits& limits) {
    read_jsonl_lines(in, origin, out, limits, 0, [&](Article&& a) { out.articles.push_back(std::move(a)); });
}

void for_each_jsonl_article(std::istream& in, const std::string& origin, const std::function<void(Article&&)>& on_article,
                            const std::function<void(Diagnostic&&)>& on_diagnostic, const ReadLimits& limits) {
    ReadResult pending;  // diagnostics of the current line only: they are passed on line by line
    read_jsonl_lines(in, origin, pending, limits, 0, on_article, [&] {
        for (auto& d : pending.diagnostics) on_diagnostic(std::move(d));
        pending.diagnostics.clear();
    });
    for (auto& d : pending.diagnostics) on_diagnostic(std::move(d));
}


namespace {

using Emit = std::function<void(Article&&)>;

void read_file(const fs::path& p, ReadResult& out, const ReadLimits& limits, const Emit& emit) {
    std::string origin = p.string();
    errno = 0;
    std::ifstream f(p, std::ios::binary);
    if (!f) {
        int err = errno;
        skip(out, origin, 0, std::string("cannot open: ") + (err ? std::strerror(err) : "unknown error"));
        return;
    }
    if (ends_with(origin, ".jsonl") || ends_with(origin, ".ndjson")) {
        read_jsonl_lines(f, origin, out, limits, 0, emit);
        return;
    }
    std::error_code ec;
    auto size = fs::file_size(p, ec);
    if (!ec && size > limits.max_article_bytes) {
        skip(out, origin, 0, over_limit("file", limits.max_article_bytes, "--max-article-bytes", size));
        return;
    }
    std::string content;
    if (!read_bounded(f, content, limits.max_article_bytes)) {
        skip(out, origin, 0, "read error after " + std::to_string(content.size()) + " bytes");
        return;
    }
    read_text_article_to(std::move(content), origin, p.stem().string(), out, limits, emit);
}

/// Standard input: JSON Lines when the first thing in it is '{', else one plain-text article.
/// Read as a stream, so neither form is held in memory beyond the limits.
void read_stdin(std::istream& in, ReadResult& out, const ReadLimits& limits, const Emit& emit) {
    const std::string origin = "<stdin>";
    std::streambuf* buf = in.rdbuf();
    if (buf == nullptr) return;
    std::string prefix;  // bytes consumed while looking for the first non-blank one
    std::uint32_t newlines = 0;
    int c = buf->sgetc();
    if (c == 0xEF) {
        prefix.push_back(static_cast<char>(buf->sbumpc()));
        while (prefix.size() < 3 && static_cast<unsigned char>(buf->sgetc()) == static_cast<unsigned char>(kBom[prefix.size()]))
            prefix.push_back(static_cast<char>(buf->sbumpc()));
        if (prefix == kBom) prefix.clear();
    }
    if (prefix.empty()) {
        for (c = buf->sgetc(); c == ' ' || c == '\t' || c == '\r' || c == '\n'; c = buf->snextc())
            if (c == '\n') ++newlines;
        if (c == '{') {
            read_jsonl_lines(in, origin, out, limits, newlines, emit);
            return;
        }
    }
    std::string content;
    if (!read_bounded(in, content, limits.max_article_bytes)) {
        skip(out, origin, 0, "read error after " + std::to_string(content.size()) + " bytes");
        return;
    }
    read_text_article_to(prefix + content, origin, "stdin", out, limits, emit);
}

}  // namespace

ReadResult read_articles(const std::vector<std::string>& inputs, std::istream& stdin_stream, const ReadLimits& limits) {
    ReadResult out;
    for_each_article(inputs, stdin_stream, [&](Article&& a) { out.articles.push_back(std::move(a)); }, out, limits);
    return out;
}

void for_each_article(const std::vector<std::string>& inputs, std::istream& stdin_stream,
                      const std::function<void(Article&&)>& on_article, ReadResult& out, const ReadLimits& limits) {
    for (const auto& input : inputs) {
        if (input == "-") {
            read_stdin(stdin_stream, out, limits, on_article);
            continue;
        }
        fs::path p(input);
        std::error_code ec;
        auto st = fs::status(p, ec);
        if (!fs::exists(st)) {
            skip(out, input, 0,
                 ec && ec != std::errc::no_such_file_or_directory ? "cannot access: " + ec.message()
                                                                   : "no such file or directory");
            continue;
        }
        if (fs::is_directory(st)) {
            std::vector<fs::path> files;
            std::size_t ignored = 0;
            fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
            for (; !ec && it != end; it.increment(ec)) {
                std::error_code type_ec;
                if (!it->is_regular_file(type_ec)) continue;
                std::string ext = it->path().extension().string();
                if (ext == ".txt" || ext == ".jsonl" || ext == ".ndjson") {
                    files.push_back(it->path());
                } else {
                    ++ignored;
                }
            }
            if (ec) skip(out, input, 0, "cannot list the directory: " + ec.message());
            std::sort(files.begin(), files.end());
            if (files.empty()) {
                out.diagnostics.push_back(diag(Severity::Warning, input, 0, "directory holds no .txt or .jsonl file"));
            } else if (ignored) {
                out.diagnostics.push_back(diag(Severity::Note, input, 0,
                                               std::to_string(ignored) +
                                                   " file(s) without a .txt, .jsonl or .ndjson extension ignored"));
            }
            for (const auto& f : files) read_file(f, out, limits, on_article);
            continue;
        }
        read_file(p, out, limits, on_article);
    }
}

}  // namespace readout::text
