#pragma once
// Private to the resolve stage: the country of a post the text names without its organization.

#include <functional>
#include <string>
#include <vector>

#include "readout/extract/assertions.hpp"
#include "readout/extract/gazetteer.hpp"
#include "readout/resolve/knowledge.hpp"

namespace readout::resolve::detail {

/// What the inference reads of one article besides its knowledge base.
struct ArticleFacts {
    const extract::ArticleExtraction& extraction;
    const std::vector<Index>& person_of;  ///< mention → person of the article
    Index dateline = kNone;               ///< the place of the dateline
    /// The country with an ISO code as a place of the article (created on first use).
    std::function<Index(const std::string&)> country_place;
};

/// A post written without its organization ("Prime Minister Y", "Foreign Minister Z") is a post
/// of the country a reader infers from the story. Rules tried in this order; the first
/// that answers decides, and a post the text gave an organization is never changed:
///  1. an official who accompanied a principal serves the principal's country
///     ("X was accompanied by Foreign Minister Y");
///  2. a head of state or government, minister or spokesperson of a story filed from country C
///     (the dateline) who met nobody abroad is of C — unless the story reports a summit or forum
///     (a meeting part of an event), where the dateline city hosts delegations from everywhere.
///  3. one who met (or called) a person of a known country, still without one, is of the country the story
///     names most besides that one and the dateline's (three times at least, twice any other);
///     then rule 1 once more. Rule 2 never gives a head of state or government the dateline's
///     country when the article already names that country's holder of the title.
/// (A "host" rule — the principal of a meeting at home with a foreigner is of that country — was
/// tried and dropped: in summits held in a third country every leader is a visitor.)
/// Only national titles (heads, ministers, officials, legislators, military, spokespeople; rule 1
/// also diplomats) are inferred; titles of international bodies are left alone.
void infer_post_countries(KnowledgeBase& kb, const extract::Gazetteer& gaz, const ArticleFacts& facts);

}  // namespace readout::resolve::detail
