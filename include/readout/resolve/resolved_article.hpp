#pragma once
/// \file
/// One article resolved on its own: the unit that resolve_article() produces, that
/// `readout extract` writes as RDF and `readout merge` reads back, and that Resolver::finish()
/// merges across articles. Holding it separately is what lets a corpus be resolved in shards.

#include <map>
#include <string>
#include <vector>

#include "readout/resolve/knowledge.hpp"

namespace readout::resolve {

/// An article's entities, merged within the article and not yet across articles.
///
/// Invariants: `kb.articles` holds exactly this article, so every Evidence::article is 0 and
/// every `articles` set is {0}; every index is local to `kb`; `person_partial` and
/// `person_forms` have one entry per person of `kb`; evidence lists are sorted by sentence.
/// The order of each entity vector matters to the merge (the first form seen names an entity).
struct ResolvedArticle {
    KnowledgeBase kb;  ///< the article's entities, with indexes local to it
    /// Per person: true when known only by a single word (a surname or given name) that no full
    /// name in the article claimed. Across articles such a person joins the one full name in
    /// the corpus it belongs to, or stays on its own.
    std::vector<bool> person_partial;
    /// Per person: each surface form of the name with how many times the article used it.
    /// The canonical name across articles is the most used full form over all articles.
    std::vector<std::map<std::string, int>> person_forms;

    bool operator==(const ResolvedArticle&) const = default;
};

}  // namespace readout::resolve
