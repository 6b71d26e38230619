// libFuzzer harness: the article reader on arbitrary bytes, as a plain-text file and as JSON Lines.
// The first byte picks the reader; limits are small so size checks are exercised too.
#include "fuzz_target.hpp"
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "readout/rdf/escape.hpp"
#include "readout/text/article_reader.hpp"

READOUT_FUZZ_TARGET(article_reader) {
    if (size == 0) return 0;
    using namespace readout;
    text::ReadLimits limits;
    limits.max_article_bytes = 64u * 1024u;
    std::string body(reinterpret_cast<const char*>(data) + 1, size - 1);
    text::ReadResult out;
    if (data[0] & 1) {
        std::istringstream in(body);
        text::read_jsonl_articles(in, "fuzz.jsonl", out, limits);
    } else {
        text::read_text_article(body, "fuzz.txt", "fuzz", out, limits);
    }
    // Whatever was read must be valid UTF-8 with no NUL: later stages rely on it.
    for (const auto& a : out.articles) {
        if (!rdf::is_valid_utf8(a.text) || a.text.find('\0') != std::string::npos) __builtin_trap();
        if (!rdf::is_valid_utf8(a.title)) __builtin_trap();
    }
    return 0;
}
