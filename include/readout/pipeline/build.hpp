#pragma once
/// \file
/// The whole pipeline in one call: read articles, build documents, extract, resolve, store.

#include <istream>
#include <string>
#include <vector>

#include "readout/rdf/vocabulary.hpp"
#include "readout/resolve/knowledge.hpp"
#include "readout/store/store.hpp"
#include "readout/text/article.hpp"
#include "readout/text/article_reader.hpp"
#include "readout/text/diagnostic.hpp"

namespace readout::pipeline {

/// Options of a build.
struct BuildOptions {
    text::ReadLimits limits;                              ///< input size limits
    std::string base = std::string(rdf::ns::default_base); ///< prefix of minted IRIs
    unsigned jobs = 1;                                    ///< extraction threads (0 = one per core)
    /// Keep the resolved knowledge in BuildResult::knowledge. Without it the knowledge base is
    /// released while the store is filled (a smaller peak of memory) and only counted.
    bool keep_knowledge = true;
};

/// What a build produced.
struct BuildResult {
    store::Store store;  ///< the graph
    resolve::KnowledgeBase knowledge;  ///< the resolved entities the graph was made from (empty unless kept)
    std::size_t people = 0;    ///< people resolved (knowledge.persons, kept or not)
    std::size_t meetings = 0;  ///< meetings resolved (knowledge.meetings, kept or not)
    Diagnostics diagnostics;  ///< problems met in the inputs
    std::size_t articles = 0;  ///< articles read and processed
    std::size_t skipped = 0;   ///< inputs skipped because of errors
};

/// Reads the inputs (files, directories, "-") and builds the graph.
[[nodiscard]] BuildResult build(const std::vector<std::string>& inputs, std::istream& stdin_stream,
                                const BuildOptions& options = {});

/// Builds the graph from articles already in memory.
[[nodiscard]] BuildResult build_from_articles(std::vector<text::Article> articles, const BuildOptions& options = {});

}  // namespace readout::pipeline
