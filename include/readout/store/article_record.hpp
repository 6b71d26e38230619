#pragma once
/// \file
/// Article records: a resolve::ResolvedArticle as RDF and back, losslessly. This is the form in
/// which `readout extract` ships each article of a shard and `readout merge` reads it back to
/// merge across shards exactly as a whole build would.
///
/// A record is one named graph, the article's IRI (article_iri), holding:
/// - the article: ro:Article, rdfs:label, ro:identifier, ro:title, ro:url, ro:published;
/// - each person, place, organization, event, issue, position and meeting the article resolved,
///   under an IRI local to the article (`<article>`/person/0, `<article>`/place/2 ...), described
///   with the usual terms (rdf:type, rdfs:label, ro:alias, ro:participant, ro:location, ro:date,
///   ro:evidence ...; a position's rdfs:label is its role title) plus ro:index (its place in the
///   article's list), ro:partialName and ro:form/ro:count (the name forms a person was written
///   in and how often), ro:countryCode, and ro:principal (the participants named as meeting);
/// - evidence sentences (`<article>`/evidence/`<start>`-`<end>`) as in a built graph.
/// Coordinates are written as xsd:double in their shortest exact form. IRIs depend only on the
/// article id and the record's content, so re-extracting an article gives the same quads.

#include <functional>
#include <string>
#include <vector>

#include "readout/rdf/term.hpp"
#include "readout/resolve/resolved_article.hpp"
#include "readout/store/graph_builder.hpp"
#include "readout/store/store.hpp"
#include "readout/text/diagnostic.hpp"

namespace readout::store {

/// Receives quads one at a time.
using QuadSink = std::function<void(const rdf::Quad&)>;

/// Emits the record of `article` as quads (each once), all in the article's named graph.
void write_article_record(const resolve::ResolvedArticle& article, const QuadSink& sink,
                          const MintOptions& options = {});

/// Adds the record of `article` to `store`.
void add_article_record(const resolve::ResolvedArticle& article, Store& store, const MintOptions& options = {});

/// What read_article_records() found in a store.
struct RecordReadResult {
    std::vector<resolve::ResolvedArticle> articles;  ///< one per record, in order of first quad
    Diagnostics diagnostics;                         ///< one Error per named graph that is not a valid record
};

/// Rebuilds the article of every named graph of `store`: each must be a record, named by its
/// article's IRI, which carries the ro:identifier. A named graph that is not a complete record
/// (for instance an article graph of a built, merged graph) is reported in the diagnostics (file
/// `origin`) and skipped. Triples in the default graph are ignored.
[[nodiscard]] RecordReadResult read_article_records(const Store& store, const std::string& origin);

}  // namespace readout::store
