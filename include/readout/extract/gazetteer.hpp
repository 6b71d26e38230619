#pragma once
/// \file
/// The gazetteers under ontology/gazetteer/ (countries, cities, regions, organizations, role
/// titles, given names), loaded from the copies embedded in the library, with a phrase index
/// that matches token sequences of a document.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace readout::extract {

/// A country with its names and demonyms.
struct CountryEntry {
    std::string key;                   ///< ISO 3166-1 alpha-2
    std::string name;                  ///< common English name
    std::vector<std::string> aliases;  ///< other names
    std::vector<std::string> demonyms;  ///< adjectives and nouns for its people ("Chinese")
    std::string capital;  ///< name of the capital city
    double lat = 0;  ///< latitude; coordinates of its centre (degrees)
    double lon = 0;  ///< longitude; coordinates of its centre (degrees)
};

/// A city.
struct CityEntry {
    std::string name;  ///< common English name
    std::string country;               ///< ISO code
    double lat = 0;  ///< latitude; coordinates (degrees)
    double lon = 0;  ///< longitude; coordinates (degrees)
    long population = 0;  ///< inhabitants, when known
    bool capital = false;  ///< true for a national capital
    std::vector<std::string> aliases;  ///< other names
};

/// An island, state, province or region.
struct RegionEntry {
    std::string name;  ///< common English name
    std::string kind;  ///< island, state, province, region ...
    std::string country;  ///< ISO code
    double lat = 0;  ///< latitude; coordinates (degrees), when has_coordinates
    double lon = 0;  ///< longitude; coordinates (degrees), when has_coordinates
    bool has_coordinates = false;  ///< true when lat and lon are known
    std::vector<std::string> aliases;  ///< other names
};

/// An organization with a proper name.
struct OrganizationEntry {
    std::string name;  ///< its proper name
    std::vector<std::string> aliases;  ///< abbreviations and other names
    std::string kind;                  ///< international, government, ministry, party, media, company ...
    std::string country;               ///< ISO code, if national
};

/// A role title surface form.
struct RoleEntry {
    std::string title;                 ///< surface, lower case ("minister of foreign affairs")
    std::string canonical;             ///< canonical title ("Foreign Minister")
    std::string kind;                  ///< head_of_state, minister, diplomat, spokesperson ...
    std::string org_hint;  ///< the kind of organization the title implies, if any
};

/// What a gazetteer phrase names.
enum class GazetteerKind : std::uint8_t { Country, Demonym, City, Region, Organization, Role, GivenName };

/// One match of a phrase: which table and which row.
struct GazetteerHit {
    GazetteerKind kind;  ///< which table
    std::uint32_t index;  ///< row in that table
};

/// All gazetteers with their phrase index.
class Gazetteer {
public:
    /// The gazetteers compiled into the library (loaded once, thread-safe).
    static const Gazetteer& builtin();
    /// Builds from TSV texts (for tests); empty strings give empty tables.
    static Gazetteer from_tsv(std::string_view countries, std::string_view cities, std::string_view regions,
                              std::string_view organizations, std::string_view roles, std::string_view given_names);

    /// Hits for a phrase key: the phrase's tokens, normalized (normalize_key) and joined by single spaces.
    [[nodiscard]] const std::vector<GazetteerHit>* lookup(std::string_view key) const;
    /// True when `key` (a phrase key) is a phrase of the index or its first tokens: a lookup of a
    /// longer key that starts with `key` can only succeed when this holds.
    [[nodiscard]] bool is_phrase_prefix(std::string_view key) const;
    /// The longest phrase in the index, in tokens.
    [[nodiscard]] std::size_t max_phrase_tokens() const noexcept { return max_tokens_; }

    [[nodiscard]] const std::vector<CountryEntry>& countries() const noexcept { return countries_; }  ///< the countries
    [[nodiscard]] const std::vector<CityEntry>& cities() const noexcept { return cities_; }  ///< the cities
    [[nodiscard]] const std::vector<RegionEntry>& regions() const noexcept { return regions_; }  ///< the regions
    [[nodiscard]] const std::vector<OrganizationEntry>& organizations() const noexcept { return organizations_; }  ///< the organizations
    [[nodiscard]] const std::vector<RoleEntry>& roles() const noexcept { return roles_; }  ///< the role titles

    /// The country with an ISO code.
    [[nodiscard]] const CountryEntry* country_by_key(std::string_view iso) const;
    /// The role row whose canonical title is `title` (any case), if listed.
    [[nodiscard]] const RoleEntry* role_by_canonical(std::string_view title) const;
    /// True when the word (any case) is a listed given name.
    [[nodiscard]] bool is_given_name(std::string_view word) const;
    /// The phrase key of a text, as lookup() expects it.
    [[nodiscard]] static std::string phrase_key(std::string_view text);

private:
    /// Hashes std::string and std::string_view alike, so that lookups by view build no string.
    struct KeyHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    template <typename V>
    using KeyMap = std::unordered_map<std::string, V, KeyHash, std::equal_to<>>;
    using KeySet = std::unordered_set<std::string, KeyHash, std::equal_to<>>;
    /// One key of the phrase index: a phrase key or the key of its first tokens.
    struct KeySlot {
        std::uint64_t hash = 0;  ///< 0: an empty slot
        std::uint32_t offset = 0;  ///< the key's text in key_text_
        std::uint32_t size = 0;
        std::uint32_t hits = kNoHits;  ///< row of hits_, or kNoHits for a prefix that is no phrase
    };
    static constexpr std::uint32_t kNoHits = 0xFFFFFFFFu;
    [[nodiscard]] const KeySlot* find_key(std::string_view key) const noexcept;
    KeySlot& insert_key(std::string_view key);
    void index(std::string_view phrase, GazetteerKind kind, std::uint32_t row);
    std::vector<CountryEntry> countries_;
    std::vector<CityEntry> cities_;
    std::vector<RegionEntry> regions_;
    std::vector<OrganizationEntry> organizations_;
    std::vector<RoleEntry> roles_;
    // The phrase index: every phrase key and the keys of its first tokens, in one open-addressing
    // table (power-of-two size, linear probing) over one buffer of key text, so that the
    // lookups extraction makes for every token neither allocate nor walk bucket lists.
    std::vector<KeySlot> keys_ = std::vector<KeySlot>(1024);
    std::size_t key_count_ = 0;
    std::string key_text_;
    std::vector<std::vector<GazetteerHit>> hits_;
    KeyMap<std::uint32_t> country_keys_;
    KeyMap<std::uint32_t> role_canonicals_;
    KeySet given_names_;
    std::size_t max_tokens_ = 1;
};

}  // namespace readout::extract
