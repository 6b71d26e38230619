#pragma once
/// \file
/// Writes resolved knowledge into a store as triples in the ro: vocabulary, with IRIs that are
/// deterministic functions of normalized content (so separately built graphs merge by union).

#include <string>

#include "readout/rdf/term.hpp"
#include "readout/rdf/vocabulary.hpp"
#include "readout/resolve/knowledge.hpp"
#include "readout/store/store.hpp"

namespace readout::store {

/// How resources are named.
struct MintOptions {
    std::string base = std::string(rdf::ns::default_base);  ///< prefix of every minted IRI
};

/// Adds every entity, fact and piece of evidence of `kb` to `store`. Triples an article asserts
/// (its meetings, positions, evidence) go to that article's named graph; entity descriptions
/// (types, labels, aliases, coordinates) to the default graph.
void add_knowledge(const resolve::KnowledgeBase& kb, Store& store, const MintOptions& options = {});

/// The same triples as add_knowledge(const KnowledgeBase&, ...), consuming `kb`: the evidence of
/// each position and meeting (most of its memory) is released as soon as it is in the store, so
/// the knowledge base and the filled store are not both whole in memory. `kb` is left empty.
void add_knowledge(resolve::KnowledgeBase&& kb, Store& store, const MintOptions& options = {});

/// The IRI of an article with this id.
[[nodiscard]] rdf::Iri article_iri(std::string_view article_id, const MintOptions& options = {});

}  // namespace readout::store
