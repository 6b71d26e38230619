#pragma once
/// \file
/// The resolved knowledge: entities merged within and across articles, each with a canonical
/// name, aliases and provenance. This is what the store turns into triples.

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "readout/extract/assertions.hpp"
#include "readout/extract/date_value.hpp"
#include "readout/text/document.hpp"

namespace readout::resolve {

/// Index into one of the KnowledgeBase vectors.
using Index = std::uint32_t;
inline constexpr Index kNone = 0xFFFFFFFFu;

/// A sentence that supports a fact.
struct Evidence {
    Index article = kNone;
    text::Span sentence;
    std::string text;  ///< the sentence as written
    auto operator<=>(const Evidence&) const = default;
};

/// One article read.
struct ArticleEntity {
    std::string id;
    std::string url;
    std::string title;
    extract::DateValue published;  ///< publication date (given, or found in the header), if known
    bool operator==(const ArticleEntity&) const = default;
};

/// A person in the news.
struct PersonEntity {
    std::string name;               ///< canonical full name
    std::set<std::string> aliases;  ///< other surface forms
    bool operator==(const PersonEntity&) const = default;
};

/// What kind of place.
enum class PlaceKind : std::uint8_t { Country, City, Region, Venue };

/// A country, city, region or venue.
struct PlaceEntity {
    PlaceKind kind = PlaceKind::City;
    std::string name;
    std::set<std::string> aliases;
    std::string country;      ///< ISO code of the country it is in (for a country: its own code)
    Index city = kNone;       ///< for a venue: the city it is in, when known
    std::optional<double> lat, lon;
    bool operator==(const PlaceEntity&) const = default;
};

/// An organization (a country acting as one is a PlaceEntity of kind Country instead).
struct OrganizationEntity {
    std::string name;
    std::set<std::string> aliases;
    std::string country;      ///< ISO code, for national bodies
    bool operator==(const OrganizationEntity&) const = default;
};

/// Either an organization or a country, as the holder of a post.
struct OrgRef {
    bool is_country = false;
    Index index = kNone;
    [[nodiscard]] bool empty() const noexcept { return index == kNone; }
    auto operator<=>(const OrgRef&) const = default;
};

/// A post held by a person.
struct PositionEntity {
    Index person = kNone;
    std::string role;          ///< canonical title
    OrgRef organization;
    bool former = false;
    std::set<Index> articles;
    std::vector<Evidence> evidence;
    bool operator==(const PositionEntity&) const = default;
};

/// A named gathering a meeting was part of.
struct EventEntity {
    std::string name;
    std::set<std::string> aliases;
    bool operator==(const EventEntity&) const = default;
};

/// A topic discussed.
struct IssueEntity {
    std::string label;
    std::set<std::string> aliases;
    bool operator==(const IssueEntity&) const = default;
};

/// A meeting (or a call) between people.
struct MeetingEntity {
    extract::EncounterKind kind = extract::EncounterKind::Meeting;
    std::vector<Index> participants;   ///< sorted, distinct
    std::vector<Index> principals;     ///< the participants named as meeting each other (subset)
    Index location = kNone;            ///< city or region
    Index venue = kNone;
    Index event = kNone;
    extract::DateValue date;
    std::set<Index> issues;
    std::set<Index> articles;
    std::vector<Evidence> evidence;
    bool operator==(const MeetingEntity&) const = default;
};

/// Everything resolved from a set of articles.
struct KnowledgeBase {
    std::vector<ArticleEntity> articles;
    std::vector<PersonEntity> persons;
    std::vector<PlaceEntity> places;
    std::vector<OrganizationEntity> organizations;
    std::vector<PositionEntity> positions;
    std::vector<EventEntity> events;
    std::vector<IssueEntity> issues;
    std::vector<MeetingEntity> meetings;
    bool operator==(const KnowledgeBase&) const = default;
};

}  // namespace readout::resolve
