#pragma once
// Private to the resolve stage: one holder at a time. A country has one foreign minister, one
// president, one secretary of state at any moment, so two articles of the same months that name
// that post's holder differently ("Foreign Minister Sergei Ivanov", "Foreign Minister Sergey
// Ivanov") name one person, spelled two ways.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "readout/extract/gazetteer.hpp"
#include "readout/resolve/resolved_article.hpp"

namespace readout::resolve::detail {

/// The holders of single-holder posts seen so far across articles, to recognise a second
/// spelling of a holder's name. The rule is conservative; a local person joins a known holder
/// only when all of these hold:
///  - the post is one that a single person holds at a time: a head of state or government, or a
///    minister or secretary with a portfolio ("Foreign Minister", "Secretary of State", "Treasury
///    Secretary"), never a deputy, vice, assistant, junior or acting post, a bare "Minister", a
///    "Minister of State" or a "State Councilor";
///  - the post has an organization or country, and neither side is a former post;
///  - the article is dated within a year of the articles that name the known holder in the post (the publication date, else the
///    latest meeting the article dates to a month or a day); an undated article never joins;
///  - the two names end in the same word (folded, without an Arabic article): a spelling variant,
///    not a successor in office ("Chen Wei" and "Qin Wei" join; "Li Wei" and "Wang Yi" do not);
///  - exactly one known holder qualifies, and it is not a person of the article already.
class OfficeHolders {
public:
    explicit OfficeHolders(const extract::Gazetteer& gazetteer) : gaz_(gazetteer) {}

    /// The known holder (an index into the merged persons) that local person `p` of `article`
    /// is another spelling of, or kNone. `taken` are the merged persons the article's other
    /// persons already map to.
    [[nodiscard]] Index find(const ResolvedArticle& article, Index p, const std::vector<Index>& taken) const;

    /// Records that merged person `merged`, named `name`, holds the single-holder posts that
    /// local person `p` of `article` holds.
    void add(const ResolvedArticle& article, Index p, Index merged, std::string_view name);

private:
    struct Holder {
        Index person;
        std::int64_t first_day;  ///< the earliest article naming them in the post (days since 1970-01-01)
        std::int64_t last_day;   ///< the latest such article
        std::string last_word;   ///< the name's last word, folded
    };
    /// Keys ("foreign minister|country:CN") of the single-holder posts `p` holds in `article`.
    [[nodiscard]] std::vector<std::string> posts(const ResolvedArticle& article, Index p) const;

    const extract::Gazetteer& gaz_;
    std::unordered_map<std::string, std::vector<Holder>> holders_;  ///< post key -> holders seen
};

/// The day an article speaks of: its publication date, else the latest date of its meetings
/// known to a month (the middle of the month) or a day; nullopt when it has neither.
[[nodiscard]] std::optional<std::int64_t> article_day(const ResolvedArticle& article);

/// True when `role` (a canonical title) names a post one person holds at a time.
[[nodiscard]] bool single_holder_post(const extract::Gazetteer& gazetteer, std::string_view role);

}  // namespace readout::resolve::detail
