#include "readout/pipeline/build.hpp"

#include <atomic>
#include <iterator>
#include <string>
#include <thread>
#include <unordered_map>

#include "complete.hpp"
#include "readout/extract/extractor.hpp"
#include "readout/rdf/escape.hpp"
#include "readout/resolve/resolver.hpp"

namespace readout::pipeline {
namespace {

/// An article id names the article's resource (through rdf::slug), so two articles whose ids give
/// the same resource (a.txt in two directories) would merge into one. A repeated id gets "-2",
/// "-3", ... and a warning.
void make_ids_unique(std::vector<text::Article>& articles, Diagnostics& diagnostics) {
    std::unordered_map<std::string, std::size_t> taken;  // slug -> index of the article that has it
    for (std::size_t i = 0; i < articles.size(); ++i) {
        auto [first, fresh] = taken.emplace(rdf::slug(articles[i].id), i);
        if (fresh) continue;
        const std::string& other = articles[first->second].origin;
        std::string id;
        std::size_t n = 2;
        do {
            id = articles[i].id + "-" + std::to_string(n++);
        } while (!taken.emplace(rdf::slug(id), i).second);
        diagnostics.push_back(Diagnostic{Severity::Warning, articles[i].origin, 0, 0,
                                         "article id '" + articles[i].id + "' is also used by " + other +
                                             "; this article is '" + id + "'"});
        articles[i].id = std::move(id);
    }
}

}  // namespace

BuildResult build_from_articles(std::vector<text::Article> articles, const BuildOptions& options) {
    BuildResult result;
    make_ids_unique(articles, result.diagnostics);
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
    result.diagnostics.insert(result.diagnostics.begin(), std::make_move_iterator(read.diagnostics.begin()),
                              std::make_move_iterator(read.diagnostics.end()));
    result.skipped = read.skipped;
    return result;
}

}  // namespace readout::pipeline
