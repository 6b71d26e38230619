#include "resolve_pool.hpp"

#include <algorithm>
#include <string>

#include "readout/extract/extractor.hpp"
#include "readout/rdf/escape.hpp"
#include "readout/text/document.hpp"

namespace readout::pipeline::detail {
namespace {

resolve::ResolvedArticle resolve_one(text::Article&& article, const extract::Gazetteer& gazetteer) {
    text::Document doc(std::move(article));
    return resolve::resolve_article(doc, extract::extract(doc, gazetteer), gazetteer);
}

}  // namespace

void UniqueIds::apply(text::Article& article, Diagnostics& diagnostics) {
    auto [first, fresh] = taken_.emplace(rdf::slug(article.id), article.origin);
    if (fresh) return;
    const std::string other = first->second;
    std::string id;
    std::size_t n = 2;
    do {
        id = article.id + "-" + std::to_string(n++);
    } while (!taken_.emplace(rdf::slug(id), article.origin).second);
    diagnostics.push_back(Diagnostic{Severity::Warning, article.origin, 0, 0,
                                     "article id '" + article.id + "' is also used by " + other +
                                         "; this article is '" + id + "'"});
    article.id = std::move(id);
}

ResolvePool::ResolvePool(unsigned jobs, const extract::Gazetteer& gazetteer)
    : gazetteer_(gazetteer), capacity_(4u * std::max(jobs, 1u)) {
    if (jobs <= 1) return;
    workers_.reserve(jobs);
    for (unsigned t = 0; t < jobs; ++t) workers_.emplace_back([this] { work(); });
}

ResolvePool::~ResolvePool() { stop(); }

void ResolvePool::stop() {
    {
        std::lock_guard lock(mutex_);
        closing_ = true;
    }
    has_job_.notify_all();
    for (auto& w : workers_)
        if (w.joinable()) w.join();
}

void ResolvePool::add(text::Article&& article) {
    if (workers_.empty()) {
        results_.push_back(resolve::pack(resolve_one(std::move(article), gazetteer_)));
        return;
    }
    std::unique_lock lock(mutex_);
    has_room_.wait(lock, [this] { return queue_.size() < capacity_; });
    auto& out = results_.emplace_back();  // only this thread changes results_; workers fill their element
    queue_.push_back(Job{std::move(article), &out});
    lock.unlock();
    has_job_.notify_one();
}

void ResolvePool::work() {
    for (;;) {
        std::unique_lock lock(mutex_);
        has_job_.wait(lock, [this] { return closing_ || !queue_.empty(); });
        if (queue_.empty()) return;  // closing, and nothing left to do
        Job job = std::move(queue_.front());
        queue_.pop_front();
        bool failed = error_ != nullptr;
        lock.unlock();
        has_room_.notify_one();
        if (failed) continue;  // drain the queue without more work
        try {
            *job.out = resolve::pack(resolve_one(std::move(job.article), gazetteer_));
        } catch (...) {
            std::lock_guard relock(mutex_);
            if (!error_) error_ = std::current_exception();
        }
    }
}

std::size_t ResolvePool::finish(resolve::Resolver& resolver) {
    stop();
    if (error_) std::rethrow_exception(error_);
    std::size_t n = results_.size();
    while (!results_.empty()) {
        resolver.add(std::move(results_.front()));
        results_.pop_front();
    }
    return n;
}

}  // namespace readout::pipeline::detail
