#pragma once
/// \file
/// The resolver: turns each article's mentions and assertions into entities, merging the same
/// person, place, organization and meeting within an article and then across articles.

#include <memory>

#include "readout/extract/assertions.hpp"
#include "readout/extract/gazetteer.hpp"
#include "readout/resolve/knowledge.hpp"
#include "readout/text/document.hpp"

namespace readout::resolve {

/// Accumulates articles, then merges across them.
class Resolver {
public:
    /// A resolver that recognizes places, organizations and roles with `gazetteer`.
    explicit Resolver(const extract::Gazetteer& gazetteer = extract::Gazetteer::builtin());
    ~Resolver();
    Resolver(const Resolver&) = delete;
    Resolver& operator=(const Resolver&) = delete;

    /// Resolves one article's extraction (within-article merging happens here).
    void add(const text::Document& doc, const extract::ArticleExtraction& extraction);

    /// Merges across the articles added so far and returns the knowledge base.
    [[nodiscard]] KnowledgeBase finish() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// The key two person names share when they name the same person: case and diacritics folded,
/// initials and honorifics dropped, common nicknames expanded ("Matt" = "Matthew").
[[nodiscard]] std::string person_key(std::string_view name);

/// Convenience: read, extract and resolve a set of documents in one call.
[[nodiscard]] KnowledgeBase resolve_documents(const std::vector<text::Document>& docs,
                                              const extract::Gazetteer& gazetteer = extract::Gazetteer::builtin());

}  // namespace readout::resolve
