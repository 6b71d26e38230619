#include "readout/pipeline/build.hpp"

#include <atomic>
#include <thread>

#include "complete.hpp"
#include "readout/extract/extractor.hpp"
#include "readout/resolve/resolver.hpp"

namespace readout::pipeline {

BuildResult build_from_articles(std::vector<text::Article> articles, const BuildOptions& options) {
    BuildResult result;
    std::vector<text::Document> docs;
    docs.reserve(articles.size());
    for (auto& a : articles) docs.emplace_back(std::move(a));
    std::vector<extract::ArticleExtraction> extractions(docs.size());
    const auto& gazetteer = extract::Gazetteer::builtin();
    unsigned jobs = options.jobs == 0 ? std::max(1u, std::thread::hardware_concurrency()) : options.jobs;
    jobs = std::min<unsigned>(jobs, static_cast<unsigned>(std::max<std::size_t>(docs.size(), 1)));
    if (jobs <= 1) {
        for (std::size_t i = 0; i < docs.size(); ++i) extractions[i] = extract::extract(docs[i], gazetteer);
    } else {
        std::atomic<std::size_t> next{0};
        std::vector<std::thread> pool;
        for (unsigned t = 0; t < jobs; ++t)
            pool.emplace_back([&] {
                for (std::size_t i = next++; i < docs.size(); i = next++) extractions[i] = extract::extract(docs[i], gazetteer);
            });
        for (auto& th : pool) th.join();
    }
    resolve::Resolver resolver(gazetteer);
    for (std::size_t i = 0; i < docs.size(); ++i) resolver.add(docs[i], extractions[i]);
    detail::complete_build(resolver, options.base, result);
    result.articles = docs.size();
    return result;
}

BuildResult build(const std::vector<std::string>& inputs, std::istream& stdin_stream, const BuildOptions& options) {
    auto read = text::read_articles(inputs, stdin_stream, options.limits);
    BuildResult result = build_from_articles(std::move(read.articles), options);
    result.diagnostics = std::move(read.diagnostics);
    result.skipped = read.skipped;
    return result;
}

}  // namespace readout::pipeline
