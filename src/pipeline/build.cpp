#include "readout/pipeline/build.hpp"

#include <algorithm>
#include <iterator>
#include <string>
#include <thread>

#include "complete.hpp"
#include "readout/resolve/resolver.hpp"
#include "resolve_pool.hpp"

namespace readout::pipeline {
namespace {

unsigned job_count(const BuildOptions& options) {
    return options.jobs == 0 ? std::max(1u, std::thread::hardware_concurrency()) : options.jobs;
}

/// Feeds articles through id deduplication into the pool; collects the id warnings apart so that
/// they follow the reader's diagnostics, as they always have.
struct Feed {
    detail::UniqueIds ids;
    detail::ResolvePool pool;
    Diagnostics id_diagnostics;

    Feed(unsigned jobs, const extract::Gazetteer& gazetteer) : pool(jobs, gazetteer) {}
    void operator()(text::Article&& a) {
        ids.apply(a, id_diagnostics);
        pool.add(std::move(a));
    }
    /// Merges across articles and fills `result`.
    void complete(const BuildOptions& options, BuildResult& result) {
        ids = detail::UniqueIds{};  // all articles are in: the ids taken are no longer needed
        resolve::Resolver resolver(extract::Gazetteer::builtin());
        result.articles = pool.finish(resolver);
        result.diagnostics.insert(result.diagnostics.end(), std::make_move_iterator(id_diagnostics.begin()),
                                  std::make_move_iterator(id_diagnostics.end()));
        detail::complete_build(resolver, options.base, options.keep_knowledge, result);
    }
};

}  // namespace

BuildResult build_from_articles(std::vector<text::Article> articles, const BuildOptions& options) {
    BuildResult result;
    unsigned jobs = std::min<unsigned>(job_count(options), static_cast<unsigned>(std::max<std::size_t>(articles.size(), 1)));
    Feed feed(jobs, extract::Gazetteer::builtin());
    for (auto& a : articles) feed(std::move(a));
    articles.clear();
    feed.complete(options, result);
    return result;
}

BuildResult build(const std::vector<std::string>& inputs, std::istream& stdin_stream, const BuildOptions& options) {
    // Articles are extracted and resolved while the next ones are read; only their resolved
    // form is kept, so memory grows with the knowledge found, not with the text read.
    BuildResult result;
    text::ReadResult read;
    Feed feed(job_count(options), extract::Gazetteer::builtin());
    text::for_each_article(inputs, stdin_stream, std::ref(feed), read, options.limits);
    result.diagnostics = std::move(read.diagnostics);
    result.skipped = read.skipped;
    feed.complete(options, result);
    return result;
}

}  // namespace readout::pipeline
