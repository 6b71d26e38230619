#pragma once
/// \file
/// The resolver: turns each article's mentions and assertions into entities, merging the same
/// person, place, organization and meeting within an article and then across articles.

#include <memory>

#include "readout/extract/assertions.hpp"
#include "readout/extract/gazetteer.hpp"
#include "readout/resolve/knowledge.hpp"
#include "readout/resolve/packed_article.hpp"
#include "readout/resolve/resolved_article.hpp"
#include "readout/text/document.hpp"

namespace readout::resolve {

/// Resolves one article on its own: within-article merging of its mentions into entities.
/// Needs no other article, so extraction shards can run it independently.
[[nodiscard]] ResolvedArticle resolve_article(const text::Document& doc, const extract::ArticleExtraction& extraction,
                                              const extract::Gazetteer& gazetteer = extract::Gazetteer::builtin());

/// Accumulates resolved articles, then merges across them.
class Resolver {
public:
    /// A resolver that recognizes places, organizations and roles with `gazetteer`.
    explicit Resolver(const extract::Gazetteer& gazetteer = extract::Gazetteer::builtin());
    ~Resolver();
    Resolver(const Resolver&) = delete;
    Resolver& operator=(const Resolver&) = delete;

    /// Resolves one article's extraction (resolve_article) and adds it.
    void add(const text::Document& doc, const extract::ArticleExtraction& extraction);

    /// Adds an article resolved elsewhere (for instance read back from an extraction shard). It
    /// is kept packed (see packed_article.hpp) until finish().
    void add(const ResolvedArticle& article);
    /// Adds an article resolved and packed elsewhere (for instance on a worker thread).
    void add(PackedArticle article);

    /// Merges across the articles added so far and returns the knowledge base. The result does
    /// not depend on the order the articles were added in: they are merged in order of article
    /// id (then url, title and publication date; articles equal in all four keep their order).
    /// Consumes the articles (each is released as soon as it is merged, so that the articles and
    /// the knowledge base are not both whole in memory): the resolver is empty afterwards.
    [[nodiscard]] KnowledgeBase finish();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// The key two person names share when they name the same person: case and diacritics folded,
/// initials and honorifics dropped, common nicknames expanded ("Matt" = "Matthew"), and the usual
/// romanizations of a Cyrillic ending written one way ("Zelenskiy" = "Zelenskyy" = "Zelensky").
[[nodiscard]] std::string person_key(std::string_view name);

/// Convenience: read, extract and resolve a set of documents in one call.
[[nodiscard]] KnowledgeBase resolve_documents(const std::vector<text::Document>& docs,
                                              const extract::Gazetteer& gazetteer = extract::Gazetteer::builtin());

}  // namespace readout::resolve
