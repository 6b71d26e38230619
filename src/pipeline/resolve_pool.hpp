// Reading, extraction and per-article resolution as a stream: articles are handed in one at a
// time (as they are read) and each is extracted and resolved on a worker thread; only its
// ResolvedArticle is kept, packed. Internal to the pipeline stage.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include "readout/extract/gazetteer.hpp"
#include "readout/resolve/resolver.hpp"
#include "readout/text/article.hpp"
#include "readout/text/diagnostic.hpp"

namespace readout::pipeline::detail {

/// Gives every article an id whose resource (rdf::slug) no earlier article has: a repeated id
/// gets "-2", "-3", ... and a warning. Needs only the articles before, so it runs as they come.
class UniqueIds {
public:
    /// Renames `article` if its id is taken; the warning, if any, goes to `diagnostics`.
    void apply(text::Article& article, Diagnostics& diagnostics);

private:
    std::unordered_map<std::string, std::string> taken_;  // slug -> origin of the article that has it
};

/// Extracts and resolves articles on `jobs` threads (none: in the caller's thread when jobs is
/// 1) while the caller goes on reading. The results keep the order the articles were added in,
/// whatever order the workers finish in.
class ResolvePool {
public:
    /// A pool of `jobs` workers (at least 1) using `gazetteer`.
    ResolvePool(unsigned jobs, const extract::Gazetteer& gazetteer);
    ~ResolvePool();
    ResolvePool(const ResolvePool&) = delete;
    ResolvePool& operator=(const ResolvePool&) = delete;

    /// Queues one article (waits while the queue is full, so reading never runs far ahead).
    void add(text::Article&& article);

    /// Waits for every article, then hands the resolved articles to `resolver` in the order they
    /// were added. Rethrows the first exception a worker met. Returns how many there were.
    std::size_t finish(resolve::Resolver& resolver);

private:
    struct Job {
        text::Article article;
        resolve::PackedArticle* out;
    };
    void work();
    void stop();

    const extract::Gazetteer& gazetteer_;
    std::deque<resolve::PackedArticle> results_;  // deque: adding never moves the ones being filled
    std::deque<Job> queue_;
    std::size_t capacity_;
    bool closing_ = false;
    std::exception_ptr error_;
    std::mutex mutex_;
    std::condition_variable has_job_, has_room_;
    std::vector<std::thread> workers_;
};

}  // namespace readout::pipeline::detail
