// libFuzzer harness: the whole document -> extract -> resolve -> store path on one article read
// from arbitrary bytes (through the article reader, as the build does).
#include "fuzz_target.hpp"
#include <cstddef>
#include <cstdint>
#include <string>

#include "readout/pipeline/build.hpp"
#include "readout/text/article_reader.hpp"

READOUT_FUZZ_TARGET(extract) {
    using namespace readout;
    text::ReadLimits limits;
    limits.max_article_bytes = 64u * 1024u;
    text::ReadResult read;
    text::read_text_article(std::string(reinterpret_cast<const char*>(data), size), "fuzz.txt", "fuzz", read, limits);
    if (read.articles.empty()) return 0;
    pipeline::BuildOptions options;
    options.jobs = 1;
    auto result = pipeline::build_from_articles(std::move(read.articles), options);
    (void)result;
    return 0;
}
