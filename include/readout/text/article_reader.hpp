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

/// Limits that protect against runaway input.
struct ReadLimits {
    std::size_t max_article_bytes = 16u * 1024u * 1024u;  ///< larger articles are skipped with an error
};

/// The result of reading: the articles read and what went wrong on the way.
struct ReadResult {
    std::vector<Article> articles;  ///< the articles read, in input order
    Diagnostics diagnostics;  ///< what went wrong, with file and line
    std::size_t skipped = 0;  ///< inputs (files or lines) that produced no article because of an error
};

/// Expands the inputs (files, directories searched recursively for *.txt and *.jsonl in sorted
/// order, or "-" for standard input) and reads every article. Errors are reported per file and
/// line; the rest of the input is still read.
ReadResult read_articles(const std::vector<std::string>& inputs, std::istream& stdin_stream,
                         const ReadLimits& limits = {});

/// Reads one plain-text article; `id` defaults to the file stem.
void read_text_article(std::string content, const std::string& origin, const std::string& id, ReadResult& out,
                       const ReadLimits& limits = {});

/// Reads JSON Lines content one line at a time, handing each article to `on_article` before
/// reading the next line (so memory does not grow with the input). Problems go to
/// `on_diagnostic` with their line number; an Error means the line was skipped, a Warning
/// that the article was read with a repair.
void for_each_jsonl_article(std::istream& in, const std::string& origin, const std::function<void(Article&&)>& on_article,
                            const std::function<void(Diagnostic&&)>& on_diagnostic, const ReadLimits& limits = {});

/// Reads JSON Lines content; each valid line becomes an article.
void read_jsonl_articles(std::istream& in, const std::string& origin, ReadResult& out, const ReadLimits& limits = {});

}  // namespace readout::text
