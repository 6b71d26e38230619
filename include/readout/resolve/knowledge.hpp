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
/// The Index meaning "none".
inline constexpr Index kNone = 0xFFFFFFFFu;

/// A sentence that supports a fact.
struct Evidence {
    Index article = kNone;  ///< the article (index into KnowledgeBase::articles)
    text::Span sentence;  ///< byte range of the sentence in the article text
    std::string text;  ///< the sentence as written
    auto operator<=>(const Evidence&) const = default;
};

/// One article read.
struct ArticleEntity {
    std::string id;  ///< the article's identifier
    std::string url;  ///< where it was published, if known
    std::string title;  ///< its headline
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
    PlaceKind kind = PlaceKind::City;  ///< what kind of place
    std::string name;  ///< canonical name
    std::set<std::string> aliases;  ///< other surface forms
    std::string country;      ///< ISO code of the country it is in (for a country: its own code)
    Index city = kNone;       ///< for a venue: the city it is in, when known
    std::optional<double> lat;  ///< latitude; coordinates (degrees), when the gazetteer has them
    std::optional<double> lon;  ///< longitude; coordinates (degrees), when the gazetteer has them
    bool operator==(const PlaceEntity&) const = default;
};

/// An organization (a country acting as one is a PlaceEntity of kind Country instead).
struct OrganizationEntity {
    std::string name;  ///< canonical name
    std::set<std::string> aliases;  ///< other surface forms
    std::string country;      ///< ISO code, for national bodies
    bool operator==(const OrganizationEntity&) const = default;
};

/// Either an organization or a country, as the holder of a post.
struct OrgRef {
    bool is_country = false;  ///< true: `index` is into KnowledgeBase::places (a country)
    Index index = kNone;  ///< into KnowledgeBase::organizations or KnowledgeBase::places; kNone when unknown
    [[nodiscard]] bool empty() const noexcept { return index == kNone; }  ///< true when no organization is known
    auto operator<=>(const OrgRef&) const = default;
};

/// A post held by a person.
struct PositionEntity {
    Index person = kNone;  ///< the holder (index into KnowledgeBase::persons)
    std::string role;          ///< canonical title
    OrgRef organization;  ///< the organization or country of the post, if known
    bool former = false;  ///< a past post
    std::set<Index> articles;  ///< articles that state it
    std::vector<Evidence> evidence;  ///< the sentences that state it
    bool operator==(const PositionEntity&) const = default;
};

/// A named gathering a meeting was part of.
struct EventEntity {
    std::string name;  ///< canonical name
    std::set<std::string> aliases;  ///< other surface forms
    bool operator==(const EventEntity&) const = default;
};

/// A topic discussed.
struct IssueEntity {
    std::string label;  ///< short normalized noun phrase
    std::set<std::string> aliases;  ///< other phrasings
    bool operator==(const IssueEntity&) const = default;
};

/// A meeting (or a call) between people.
struct MeetingEntity {
    extract::EncounterKind kind = extract::EncounterKind::Meeting;  ///< meeting in person or call
    std::vector<Index> participants;   ///< sorted, distinct
    std::vector<Index> principals;     ///< the participants named as meeting each other (subset)
    Index location = kNone;            ///< city or region
    Index venue = kNone;  ///< the venue (index into KnowledgeBase::places), if known
    Index event = kNone;  ///< the event it was part of (index into KnowledgeBase::events), if known
    extract::DateValue date;  ///< when, as precisely as the articles tell
    std::set<Index> issues;  ///< issues discussed (indexes into KnowledgeBase::issues)
    std::set<Index> articles;  ///< articles that report it
    std::vector<Evidence> evidence;  ///< the sentences that report it
    bool operator==(const MeetingEntity&) const = default;
};

/// Everything resolved from a set of articles.
struct KnowledgeBase {
    std::vector<ArticleEntity> articles;  ///< the articles read
    std::vector<PersonEntity> persons;  ///< people
    std::vector<PlaceEntity> places;  ///< countries, cities, regions and venues
    std::vector<OrganizationEntity> organizations;  ///< organizations other than countries
    std::vector<PositionEntity> positions;  ///< posts held by people
    std::vector<EventEntity> events;  ///< named gatherings
    std::vector<IssueEntity> issues;  ///< topics discussed
    std::vector<MeetingEntity> meetings;  ///< meetings and calls
    bool operator==(const KnowledgeBase&) const = default;
};

}  // namespace readout::resolve
