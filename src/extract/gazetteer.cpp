#include "readout/extract/gazetteer.hpp"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <cstring>

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

/// A hash of a phrase key, eight bytes at a time; never 0 (0 marks an empty slot).
std::uint64_t key_hash(std::string_view s) noexcept {
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ (s.size() * 0xC2B2AE3D27D4EB4Full);
    auto mix = [&h](std::uint64_t v) {
        h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
    };
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t v;
        std::memcpy(&v, s.data() + i, 8);
        mix(v);
    }
    if (i < s.size()) {  // the last 1-7 bytes (a loop: memcpy of a run-time length is a call)
        std::uint64_t v = 0;
        for (std::size_t k = i; k < s.size(); ++k) v = (v << 8) | static_cast<unsigned char>(s[k]);
        mix(v);
    }
    h ^= h >> 29;
    return h != 0 ? h : 1;
}

std::string_view embedded(std::string_view name) {
    auto f = text::embedded_file(name);
    return f ? *f : std::string_view{};
}

}  // namespace

namespace {

bool ascii_letter(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/// True when the tokens of `phrase` are exactly its runs of letters and inner hyphens between
/// spaces (most names: "Abu Dhabi", "Guinea-Bissau"), so that its phrase key is normalize_key
/// of the phrase itself: no period, apostrophe, digit or other mark the tokenizer would split at.
bool plain_words(std::string_view phrase) noexcept {
    for (std::size_t i = 0; i < phrase.size(); ++i) {
        const char c = phrase[i];
        if (ascii_letter(c) || c == ' ') continue;
        if (c == '-' && i > 0 && i + 1 < phrase.size() && ascii_letter(phrase[i - 1]) && ascii_letter(phrase[i + 1]))
            continue;
        return false;
    }
    return true;
}

}  // namespace

std::string Gazetteer::phrase_key(std::string_view phrase) {
    if (plain_words(phrase)) return text::normalize_key(phrase);
    auto tokens = text::tokenize(phrase);
    std::string key;
    for (const auto& t : tokens) {
        if (!key.empty()) key += ' ';
        key += text::normalize_key(phrase.substr(t.span.begin, t.span.size()));
    }
    return key;
}

const Gazetteer::KeySlot* Gazetteer::find_key(std::string_view key) const noexcept {
    const std::uint64_t h = key_hash(key);
    const std::size_t mask = keys_.size() - 1;
    for (std::size_t at = h & mask;; at = (at + 1) & mask) {
        const KeySlot& slot = keys_[at];
        if (slot.hash == 0) return nullptr;
        if (slot.hash == h && slot.size == key.size() &&
            std::string_view(key_text_).substr(slot.offset, slot.size) == key)
            return &slot;
    }
}

Gazetteer::KeySlot& Gazetteer::insert_key(std::string_view key) {
    const std::uint64_t h = key_hash(key);
    if ((key_count_ + 1) * 2 > keys_.size()) {  // at most half full
        std::vector<KeySlot> old(keys_.size() * 2);
        old.swap(keys_);
        const std::size_t mask = keys_.size() - 1;
        for (const KeySlot& slot : old) {
            if (slot.hash == 0) continue;
            std::size_t at = slot.hash & mask;
            while (keys_[at].hash != 0) at = (at + 1) & mask;
            keys_[at] = slot;
        }
    }
    const std::size_t mask = keys_.size() - 1;
    std::size_t at = h & mask;
    for (; keys_[at].hash != 0; at = (at + 1) & mask) {
        const KeySlot& slot = keys_[at];
        if (slot.hash == h && slot.size == key.size() &&
            std::string_view(key_text_).substr(slot.offset, slot.size) == key)
            return keys_[at];
    }
    KeySlot& slot = keys_[at];
    slot.hash = h;
    slot.offset = static_cast<std::uint32_t>(key_text_.size());
    slot.size = static_cast<std::uint32_t>(key.size());
    key_text_.append(key);
    ++key_count_;
    return slot;
}

void Gazetteer::index(std::string_view phrase, GazetteerKind kind, std::uint32_t row) {
    if (phrase.empty()) return;
    std::string key = phrase_key(phrase);
    if (key.empty()) return;
    for (std::size_t space = key.find(' '); space != std::string::npos; space = key.find(' ', space + 1))
        insert_key(std::string_view(key.data(), space));
    KeySlot& slot = insert_key(key);
    if (slot.hits == kNoHits) {
        slot.hits = static_cast<std::uint32_t>(hits_.size());
        hits_.emplace_back();
    }
    auto& hits = hits_[slot.hits];
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
    const KeySlot* slot = find_key(key);
    return slot == nullptr || slot->hits == kNoHits ? nullptr : &hits_[slot->hits];
}

bool Gazetteer::is_phrase_prefix(std::string_view key) const {
    return find_key(key) != nullptr;
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
