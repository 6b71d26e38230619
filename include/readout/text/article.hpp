#pragma once
/// \file
/// An article as read from input, before any analysis.

#include <string>

namespace readout::text {

/// One news article.
struct Article {
    std::string id;         ///< stable identifier: the file stem, or the "id" field of a JSON line
    std::string url;        ///< source URL, if known
    std::string title;      ///< headline, if known (for .txt input: the first non-empty line)
    std::string date;       ///< publication date as given (ISO 8601 preferred), may be empty
    std::string text;       ///< the body text (valid UTF-8; evidence offsets are bytes into it)
    std::string origin;     ///< where it came from, for messages ("dir/a.jsonl:12")
};

}  // namespace readout::text
