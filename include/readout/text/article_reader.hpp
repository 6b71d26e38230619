#pragma once
/// \file
/// Reading articles from files, directories and streams: plain text (`.txt`, one article per file)
/// and JSON Lines (`.jsonl`, one article per line: {"id","url","title","date","text"}).

#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "readout/text/article.hpp"
#include "readout/text/diagnostic.hpp"

namespace readout::text {

/// Limits that protect against runaway input. Input over a limit is never held in memory whole:
/// reading stops at the limit, the rest is skipped, and an error names the file (and line).
struct ReadLimits {
    /// A plain-text file, a JSON line or standard input larger than this is skipped. News articles
    /// are tens of kilobytes; extraction time grows faster than linearly with article size
    /// (about 9 s for 500 KB), so a much larger "article" would look like a hang.
    std::size_t max_article_bytes = 1024u * 1024u;
    /// An article whose text has a line longer than this is skipped: it is not prose (minified
    /// markup, base64, a dump) and would only slow the extractors down.
    std::size_t max_line_bytes = 256u * 1024u;
};

/// The result of reading: the articles read and what went wrong on the way.
struct ReadResult {
    std::vector<Article> articles;  ///< the articles read, in input order
    Diagnostics diagnostics;  ///< what went wrong, with file and line
    std::size_t skipped = 0;  ///< inputs (files or lines) that produced no article because of an error
};

/// Expands the inputs (files, directories searched recursively for *.txt, *.jsonl and *.ndjson in
/// sorted order, or "-" for standard input) and reads every article. Errors are reported per file
/// and line; the rest of the input is still read.
///
/// What happens to odd input (each case counts in `skipped` when no article comes of it):
/// - missing or unreadable file, read error: error, skipped;
/// - empty (or blank) file: warning, skipped;
/// - binary data, UTF-16 text, an HTML page: error, skipped;
/// - over a limit of ReadLimits: error, skipped;
/// - a JSON line that is not valid JSON, not an object or has no "text": error, that line skipped;
/// - invalid UTF-8 and NUL bytes: replaced (U+FFFD, space) with a warning at the first one;
/// - byte-order mark: dropped; CRLF and lone CR line ends: read as LF.
ReadResult read_articles(const std::vector<std::string>& inputs, std::istream& stdin_stream,
                         const ReadLimits& limits = {});

/// read_articles, handing each article to `on_article` as soon as it is read instead of keeping
/// them all: `out` gets the diagnostics and the skipped count, and its `articles` stay as they
/// were. Articles come in the order read_articles would list them.
void for_each_article(const std::vector<std::string>& inputs, std::istream& stdin_stream,
                      const std::function<void(Article&&)>& on_article, ReadResult& out, const ReadLimits& limits = {});

/// Reads one plain-text article from `content` (the whole file); `id` is usually the file stem.
void read_text_article(std::string content, const std::string& origin, const std::string& id, ReadResult& out,
                       const ReadLimits& limits = {});

/// Reads JSON Lines content one line at a time, handing each article to `on_article` before
/// reading the next line (so memory does not grow with the input). Problems go to
/// `on_diagnostic` with their line number; an Error means the line was skipped, a Warning
/// that the article was read with a repair.
void for_each_jsonl_article(std::istream& in, const std::string& origin, const std::function<void(Article&&)>& on_article,
                            const std::function<void(Diagnostic&&)>& on_diagnostic, const ReadLimits& limits = {});

/// Reads JSON Lines content; each valid line becomes an article. Lines are read one at a time and
/// never beyond `limits.max_article_bytes`.
void read_jsonl_articles(std::istream& in, const std::string& origin, ReadResult& out, const ReadLimits& limits = {});

}  // namespace readout::text
