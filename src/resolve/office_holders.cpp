#include "office_holders.hpp"

#include <algorithm>
#include <cstdlib>

#include "names.hpp"
#include "readout/text/unicode.hpp"

namespace readout::resolve::detail {

namespace {

constexpr std::int64_t kWindowDays = 366;

std::optional<std::int64_t> day_of(const extract::DateValue& d) {
    using extract::DatePrecision;
    if (d.precision == DatePrecision::Day) return extract::days_from_civil(d.year, d.month, d.day);
    if (d.precision == DatePrecision::Month) return extract::days_from_civil(d.year, d.month, 15);
    return std::nullopt;
}

std::string last_word(std::string_view name) {
    auto toks = name_tokens(name);
    return toks.size() < 2 ? std::string() : bare(toks.back());
}

}  // namespace

std::optional<std::int64_t> article_day(const ResolvedArticle& article) {
    if (!article.kb.articles.empty())
        if (auto d = day_of(article.kb.articles.front().published)) return d;
    std::optional<std::int64_t> latest;
    for (const auto& m : article.kb.meetings)
        if (auto d = day_of(m.date); d && (!latest || *d > *latest)) latest = d;
    return latest;
}

bool single_holder_post(const extract::Gazetteer& gazetteer, std::string_view role) {
    std::string key = text::normalize_key(role);
    const extract::RoleEntry* entry = gazetteer.role_by_canonical(key);
    if (!entry) return false;
    if (entry->kind != "head_of_state" && entry->kind != "head_of_government" && entry->kind != "minister")
        return false;
    // posts several people hold at once, or that stand in for the holder
    if (key == "minister" || key == "secretary" || key.starts_with("minister of state") ||
        key.starts_with("minister without"))
        return false;
    for (const auto& w : name_tokens(key))
        if (w == "deputy" || w == "vice" || w == "assistant" || w == "under" || w == "junior" || w == "associate" ||
            w == "acting" || w == "interim" || w == "shadow" || w == "councilor" || w == "councillor" ||
            w == "parliamentary" || w == "undersecretary" || w == "under-secretary" || w == "vice-president")
            return false;
    return true;
}

std::vector<std::string> OfficeHolders::posts(const ResolvedArticle& article, Index p) const {
    std::vector<std::string> out;
    const auto& kb = article.kb;
    for (const auto& pos : kb.positions) {
        if (pos.person != p || pos.former || pos.organization.empty() || !single_holder_post(gaz_, pos.role)) continue;
        std::string org;
        if (pos.organization.is_country) {
            const auto& place = kb.places[pos.organization.index];
            if (place.country.empty()) continue;
            org = "country:" + place.country;
        } else {
            org = "org:" + text::normalize_key(kb.organizations[pos.organization.index].name);
        }
        out.push_back(text::normalize_key(pos.role) + "|" + org);
    }
    return out;
}

Index OfficeHolders::find(const ResolvedArticle& article, Index p, const std::vector<Index>& taken) const {
    if (holders_.empty()) return kNone;
    auto day = article_day(article);
    std::string word = last_word(article.kb.persons[p].name);
    if (!day || word.empty()) return kNone;
    Index found = kNone;
    for (const auto& post : posts(article, p)) {
        auto it = holders_.find(post);
        if (it == holders_.end()) continue;
        for (const auto& h : it->second) {
            if (h.last_word != word || *day < h.first_day - kWindowDays || *day > h.last_day + kWindowDays) continue;
            if (std::find(taken.begin(), taken.end(), h.person) != taken.end()) continue;
            if (found != kNone && found != h.person) return kNone;  // two holders qualify: say nothing
            found = h.person;
        }
    }
    return found;
}

void OfficeHolders::add(const ResolvedArticle& article, Index p, Index merged, std::string_view name) {
    auto day = article_day(article);
    std::string word = last_word(name);
    if (!day || word.empty()) return;
    for (auto& post : posts(article, p)) {
        auto& list = holders_[post];
        auto it = std::find_if(list.begin(), list.end(),
                               [&](const Holder& h) { return h.person == merged && h.last_word == word; });
        if (it == list.end()) {
            list.push_back(Holder{merged, *day, *day, word});
        } else {
            it->first_day = std::min(it->first_day, *day);
            it->last_day = std::max(it->last_day, *day);
        }
    }
}

}  // namespace readout::resolve::detail
