#pragma once
/// \file
/// The pipeline split in two for corpora larger than one machine: extract_stream() is the map
/// step (JSON Lines articles in, one article record per article out as N-Quads, in constant
/// memory), merge_shards() the reduce step (records in, the graph `build` would make out).
/// Merging the shards of a corpus gives exactly the graph built from the whole corpus.

#include <cstddef>
#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "readout/pipeline/build.hpp"
#include "readout/rdf/vocabulary.hpp"
#include "readout/text/article_reader.hpp"
#include "readout/text/diagnostic.hpp"

namespace readout::pipeline {

/// Options of a streaming extraction.
struct ExtractOptions {
    text::ReadLimits limits;                               ///< input size limits
    std::string base = std::string(rdf::ns::default_base);  ///< prefix of the records' IRIs
};

/// What a streaming extraction did.
struct ExtractResult {
    std::size_t articles = 0;  ///< articles read and written
    std::size_t skipped = 0;   ///< lines skipped because of errors
};

/// Reads JSON Lines articles ({"id","url","title","date","text"}) from `in` one at a time and
/// writes each one's article record (store/article_record.hpp) to `out` as N-Quads before
/// reading the next, so memory stays constant however long the input. The same input always
/// gives the same output. Problems go to `on_diagnostic` as they are met, with the line number
/// in `origin`; a bad line is skipped and reading goes on. Throws io::WriteError when `out`
/// fails.
ExtractResult extract_stream(std::istream& in, std::ostream& out, const std::string& origin,
                             const std::function<void(const Diagnostic&)>& on_diagnostic,
                             const ExtractOptions& options = {});

/// Options of a merge.
struct MergeOptions {
    std::string base = std::string(rdf::ns::default_base);  ///< prefix of minted IRIs
    bool keep_knowledge = true;  ///< as BuildOptions::keep_knowledge
};

/// Reads the article records of every shard (N-Quads files written by extract_stream, or "-"
/// for `stdin_stream`), merges them across articles as build() does and builds the store. The
/// result is the same whatever the order of the shards and of the articles in them. A shard
/// that cannot be read, or a named graph that is not a record, is reported in the diagnostics
/// and counted in `skipped`; `articles` counts the records merged.
[[nodiscard]] BuildResult merge_shards(const std::vector<std::string>& shards, std::istream& stdin_stream,
                                       const MergeOptions& options = {});

}  // namespace readout::pipeline
