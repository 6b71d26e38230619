// readout_extract_bench: extraction throughput measured the way bench/node/ner.js measures the
// compromise NER peer: in one process, after start-up, over articles already in memory. Start-up
// (loading the gazetteers) and reading the JSON Lines are timed apart and left out of the rate,
// as Node's start-up, loading compromise and parsing the JSON are left out of the peer's.
// Prints `key=value` lines for bench/run.sh.
//
//   readout_extract_bench ARTICLES.jsonl [MAX_ARTICLES] [--repeat N] [--resolve]
//
// The text measured is, as for the peer, each article's body (`text`: readout does not read the
// JSON title). Every pass tokenizes each article into a text::Document and runs every extractor
// over it (extract::extract); --resolve also runs resolve::resolve_article, the rest of the
// per-article work of `readout build`. As for the peer, a first pass warms up (caches, the
// allocator) and is not counted; --repeat N times N passes over the same articles (a longer run
// for a steadier figure). The rate is total bytes over total CPU time of this thread.

#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include <time.h>

#include "readout/extract/extractor.hpp"
#include "readout/extract/gazetteer.hpp"
#include "readout/resolve/resolver.hpp"
#include "readout/text/article_reader.hpp"
#include "readout/text/document.hpp"

namespace {

/// CPU time used by this thread, in seconds: unlike wall time it does not count other processes.
double thread_cpu_s() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

double wall_s() {
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

}  // namespace

int main(int argc, char** argv) {
    std::string file;
    std::size_t max = static_cast<std::size_t>(-1);
    int repeat = 1;
    bool resolve = false;
    for (int a = 1; a < argc; ++a) {
        std::string arg = argv[a];
        if (arg == "--repeat" && a + 1 < argc) {
            repeat = std::max(1, std::atoi(argv[++a]));
        } else if (arg == "--resolve") {
            resolve = true;
        } else if (file.empty()) {
            file = arg;
        } else {
            max = static_cast<std::size_t>(std::strtoull(arg.c_str(), nullptr, 10));
        }
    }
    if (file.empty()) {
        std::fprintf(stderr, "usage: readout_extract_bench ARTICLES.jsonl [MAX_ARTICLES] [--repeat N] [--resolve]\n");
        return 2;
    }

    double t0 = thread_cpu_s();
    const auto& gazetteer = readout::extract::Gazetteer::builtin();
    const double load_cpu = thread_cpu_s() - t0;

    t0 = thread_cpu_s();
    std::istringstream no_stdin;
    auto read = readout::text::read_articles({file}, no_stdin);
    if (read.articles.size() > max) read.articles.resize(max);
    const double read_cpu = thread_cpu_s() - t0;
    if (read.articles.empty()) {
        std::fprintf(stderr, "readout_extract_bench: no article read from %s\n", file.c_str());
        return 3;
    }
    std::size_t bytes = 0;
    for (const auto& a : read.articles) bytes += a.text.size();

    std::size_t mentions = 0, assertions = 0;
    double w0 = 0;
    for (int pass = -1; pass < repeat; ++pass) {
        if (pass == 0) {  // pass -1 warmed up
            mentions = assertions = 0;
            w0 = wall_s();
            t0 = thread_cpu_s();
        }
        for (const auto& article : read.articles) {
            readout::text::Document doc(article);  // a copy: the next pass reads the same article
            auto extraction = readout::extract::extract(doc, gazetteer);
            mentions += extraction.mentions.size();
            assertions += extraction.roles.size() + extraction.meetings.size();
            if (resolve) {
                auto resolved = readout::resolve::resolve_article(doc, extraction, gazetteer);
                (void)resolved;
            }
        }
    }
    const double cpu = thread_cpu_s() - t0;
    const double wall = wall_s() - w0;
    const double total = static_cast<double>(bytes) * repeat;
    std::printf("articles=%zu\nbytes=%zu\nrepeat=%d\nresolve=%d\n", read.articles.size(), bytes, repeat, resolve ? 1 : 0);
    std::printf("load_cpu_s=%.4f\nread_cpu_s=%.4f\n", load_cpu, read_cpu);
    std::printf("cpu_s=%.4f\nwall_s=%.4f\n", cpu, wall);
    std::printf("mb_per_s=%.4f\nwall_mb_per_s=%.4f\n", total / 1e6 / cpu, total / 1e6 / wall);
    std::printf("articles_per_s=%.1f\n", static_cast<double>(read.articles.size()) * repeat / cpu);
    std::printf("mentions=%zu\nassertions=%zu\n", mentions / static_cast<std::size_t>(repeat),
                assertions / static_cast<std::size_t>(repeat));
    return 0;
}
