#include "readout/extract/gazetteer.hpp"

#include <algorithm>
#include <charconv>
#include <cstdlib>

#include "readout/text/document.hpp"
#include "readout/text/embedded_data.hpp"
#include "readout/text/unicode.hpp"

namespace readout::extract {
namespace {

void split_into(std::vector<std::string_view>& out, std::string_view s, char sep) {
    out.clear();
    std::size_t i = 0;
    while (true) {
        std::size_t j = s.find(sep, i);
        out.push_back(s.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i));
        if (j == std::string_view::npos) break;
        i = j + 1;
    }
}

std::vector<std::string> list(std::string_view field) {
    std::vector<std::string> out;
    if (field.empty()) return out;
    std::vector<std::string_view> parts;
    split_into(parts, field, '|');
    for (auto part : parts)
        if (!part.empty()) out.emplace_back(part);
    return out;
}

double number(std::string_view s) {
    if (s.empty()) return 0;
    double v = 0;
    // plain decimals (all the TSVs hold) without a copy; anything else as strtod reads it
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec == std::errc() && end == s.data() + s.size()) return v;
    return std::strtod(std::string(s).c_str(), nullptr);
}

template <typename Fn>
void for_rows(std::string_view tsv, std::size_t min_cols, Fn fn) {
    std::vector<std::string_view> cols;  // reused from row to row
    std::size_t i = 0;
    while (i < tsv.size()) {
        std::size_t j = tsv.find('\n', i);
        if (j == std::string_view::npos) j = tsv.size();
        std::string_view line = tsv.substr(i, j - i);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        i = j + 1;
        if (line.empty() || line.front() == '#') continue;
        split_into(cols, line, '\t');
        while (cols.size() < min_cols) cols.emplace_back();
        fn(cols);
    }
}

std::string_view embedded(std::string_view name) {
    auto f = text::embedded_file(name);
    return f ? *f : std::string_view{};
}

}  // namespace

std::string Gazetteer::phrase_key(std::string_view phrase) {
    auto tokens = text::tokenize(phrase);
    std::string key;
    for (const auto& t : tokens) {
        if (!key.empty()) key += ' ';
        key += text::normalize_key(phrase.substr(t.span.begin, t.span.size()));
    }
    return key;
}

void Gazetteer::index(std::string_view phrase, GazetteerKind kind, std::uint32_t row) {
    if (phrase.empty()) return;
    std::string key = phrase_key(phrase);
    if (key.empty()) return;
    for (std::size_t space = key.find(' '); space != std::string::npos; space = key.find(' ', space + 1)) {
        std::string_view prefix(key.data(), space);
        if (phrase_prefixes_.find(prefix) == phrase_prefixes_.end()) phrase_prefixes_.emplace(prefix);
    }
    if (phrase_prefixes_.find(key) == phrase_prefixes_.end()) phrase_prefixes_.insert(key);
    auto& hits = phrases_[key];
    for (const auto& h : hits)
        if (h.kind == kind && h.index == row) return;
    hits.push_back(GazetteerHit{kind, row});
    max_tokens_ = std::max<std::size_t>(max_tokens_, static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ') + 1));
}

Gazetteer Gazetteer::from_tsv(std::string_view countries, std::string_view cities, std::string_view regions,
                              std::string_view organizations, std::string_view roles, std::string_view given_names) {
    Gazetteer g;
    for_rows(countries, 7, [&](const auto& c) {
        CountryEntry e{std::string(c[0]), std::string(c[1]), list(c[2]), list(c[3]), std::string(c[4]), number(c[5]),
                       number(c[6])};
        auto row = static_cast<std::uint32_t>(g.countries_.size());
        g.country_keys_[e.key] = row;
        g.index(e.name, GazetteerKind::Country, row);
        for (const auto& a : e.aliases) g.index(a, GazetteerKind::Country, row);
        for (const auto& d : e.demonyms) g.index(d, GazetteerKind::Demonym, row);
        g.countries_.push_back(std::move(e));
    });
    for_rows(cities, 7, [&](const auto& c) {
        CityEntry e{std::string(c[0]), std::string(c[1]), number(c[2]), number(c[3]),
                    static_cast<long>(number(c[4])), c[5] == "1", list(c[6])};
        auto row = static_cast<std::uint32_t>(g.cities_.size());
        g.index(e.name, GazetteerKind::City, row);
        for (const auto& a : e.aliases) g.index(a, GazetteerKind::City, row);
        g.cities_.push_back(std::move(e));
    });
    for_rows(regions, 6, [&](const auto& c) {
        RegionEntry e{std::string(c[0]), std::string(c[1]), std::string(c[2]), number(c[3]), number(c[4]),
                      !c[3].empty() && !c[4].empty(), list(c[5])};
        auto row = static_cast<std::uint32_t>(g.regions_.size());
        g.index(e.name, GazetteerKind::Region, row);
        for (const auto& a : e.aliases) g.index(a, GazetteerKind::Region, row);
        g.regions_.push_back(std::move(e));
    });
    for_rows(organizations, 4, [&](const auto& c) {
        OrganizationEntry e{std::string(c[0]), list(c[1]), std::string(c[2]), std::string(c[3])};
        auto row = static_cast<std::uint32_t>(g.organizations_.size());
        g.index(e.name, GazetteerKind::Organization, row);
        for (const auto& a : e.aliases) g.index(a, GazetteerKind::Organization, row);
        g.organizations_.push_back(std::move(e));
    });
    for_rows(roles, 4, [&](const auto& c) {
        RoleEntry e{text::normalize_key(c[0]), std::string(c[1]), std::string(c[2]), std::string(c[3])};
        if (e.canonical.empty()) return;
        auto row = static_cast<std::uint32_t>(g.roles_.size());
        g.index(e.title, GazetteerKind::Role, row);
        g.role_canonicals_.emplace(text::normalize_key(e.canonical), row);  // the first row of a title wins
        g.roles_.push_back(std::move(e));
    });
    for_rows(given_names, 1, [&](const auto& c) {
        if (!c[0].empty()) g.given_names_.insert(text::normalize_key(c[0]));
    });
    return g;
}

const Gazetteer& Gazetteer::builtin() {
    // Never destroyed: it lives as long as the process, and freeing its tens of thousands of
    // strings at exit only costs time (it stays reachable, so leak checkers do not report it).
    static const Gazetteer* g = new Gazetteer(
        from_tsv(embedded("countries.tsv"), embedded("cities.tsv"), embedded("regions.tsv"),
                 embedded("organizations.tsv"), embedded("roles.tsv"), embedded("given_names.tsv")));
    return *g;
}

const std::vector<GazetteerHit>* Gazetteer::lookup(std::string_view key) const {
    auto it = phrases_.find(key);
    return it == phrases_.end() ? nullptr : &it->second;
}

bool Gazetteer::is_phrase_prefix(std::string_view key) const {
    return phrase_prefixes_.find(key) != phrase_prefixes_.end();
}

const CountryEntry* Gazetteer::country_by_key(std::string_view iso) const {
    auto it = country_keys_.find(iso);
    return it == country_keys_.end() ? nullptr : &countries_[it->second];
}

const RoleEntry* Gazetteer::role_by_canonical(std::string_view title) const {
    auto it = role_canonicals_.find(text::normalize_key(title));
    return it == role_canonicals_.end() ? nullptr : &roles_[it->second];
}

bool Gazetteer::is_given_name(std::string_view word) const {
    return given_names_.find(text::normalize_key(word)) != given_names_.end();
}

}  // namespace readout::extract
