#pragma once
/// \file
/// The query engine: resolves the names of a parsed question against a store and answers it
/// from the store's indexes.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "readout/query/ast.hpp"
#include "readout/query/result.hpp"
#include "readout/rdf/vocabulary.hpp"
#include "readout/store/store.hpp"

namespace readout::query {

struct EngineVocab;

/// Settings of an Engine.
struct EngineOptions {
    /// Base against which relative IRIs (`<person/wang-yi>`) in questions are resolved.
    std::string base = std::string(rdf::ns::default_base);
    /// Most suggestions offered for an unknown name.
    std::size_t max_suggestions = 5;
    /// Whether to fill Row::evidence. Reading evidence (an article IRI and a sentence per
    /// evidence node of every row) is most of the cost of a large answer: leave it off when the
    /// evidence will not be shown; Row::sources names the nodes it would be read from either way.
    bool evidence = true;
};

/// Answers questions over a store. The engine holds a reference: the store must outlive it.
/// Answering never modifies the store and never throws for well-formed questions.
class Engine {
public:
    /// An engine over `store`.
    explicit Engine(const store::Store& store, EngineOptions options = {});

    /// Answers a parsed question.
    [[nodiscard]] Result answer(const Question& question) const;

    /// Parses and answers a question. Throws ParseError when it fits no form.
    [[nodiscard]] Result ask(std::string_view question) const;

private:
    const store::Store* store_;
    EngineOptions options_;
    std::shared_ptr<const EngineVocab> vocab_;  // ids of the vocabulary, looked up once
    std::size_t vocab_terms_ = 0;  // the store's term count when vocab_ was looked up
};

}  // namespace readout::query
