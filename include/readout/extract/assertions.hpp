#pragma once
/// \file
/// What the extractors read out of one document: mentions and assertions, each pointing back
/// into the document by span. Nothing here is an IRI or a triple; the resolver and the store
/// turn these into graph nodes.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "readout/extract/date_value.hpp"
#include "readout/text/document.hpp"

namespace readout::extract {

using text::Span;

/// What a mention refers to.
enum class MentionKind : std::uint8_t {
    Person,
    Country,       ///< a country named, or a demonym used as a nationality ("Chinese")
    City,
    Region,        ///< island, state, province, region
    Venue,         ///< a building or site (Palace, Hotel, Guest House ...)
    Organization,
    Event,         ///< a named gathering (summit, ministerial meeting, conference)
    Role,          ///< a role title ("Foreign Minister", "secretary of state")
};

/// Index of a mention in ArticleExtraction::mentions.
using MentionId = std::uint32_t;
/// The MentionId meaning "no mention".
inline constexpr MentionId kNoMention = 0xFFFFFFFFu;

/// One mention of an entity in the text.
struct Mention {
    Span span;                 ///< the surface in the document
    MentionKind kind = MentionKind::Person;  ///< what the mention names
    std::uint32_t sentence = 0;  ///< index of its sentence in the document
    /// For gazetteer entities: the canonical name (country "China" for "Chinese"); for persons
    /// the cleaned full name as written (honorifics stripped); for roles the canonical title.
    std::string canonical;
    /// Gazetteer key where one applies (ISO country code for countries; "" otherwise).
    std::string key;
    /// For cities, regions and venues: ISO code of the country, when known.
    std::string country;
    /// True for a single-token person mention (a surname or given name) awaiting resolution.
    bool partial_name = false;
    /// True for a demonym used as an adjective ("Ghanaian").
    bool demonym = false;
};

/// "Person holds role [in organization]" as stated in one sentence.
struct RoleAssertion {
    MentionId person = kNoMention;  ///< the person said to hold the post
    std::string title;                   ///< canonical title ("Foreign Minister", "Ambassador to China")
    Span title_span;                     ///< where the title is written
    MentionId organization = kNoMention; ///< an Organization or Country mention, if stated
    std::string organization_name;       ///< canonical organization name when built from parts ("Ministry of Foreign Affairs of China")
    std::string organization_surface;    ///< as written, used as an alias ("Chinese Foreign Ministry")
    std::string organization_country;    ///< ISO code of the country the organization belongs to, if any
    bool former = false;                 ///< a past post ("a former ambassador")
    std::uint32_t sentence = 0;  ///< index of the sentence that says it
};

/// A reference to a person who is named elsewhere: "her Nigerian counterpart".
struct CounterpartRef {
    MentionId of = kNoMention;           ///< the person whose counterpart is meant
    std::string country;                 ///< ISO code of the counterpart's country, if stated
};

/// "X met his Iraqi counterpart, Y": Y holds X's post in another country.
struct CounterpartRole {
    MentionId person = kNoMention;  ///< Y
    MentionId of = kNoMention;      ///< X
    std::string country;            ///< ISO code of Y's country, when stated
    std::uint32_t sentence = 0;  ///< index of the sentence that says it
};

/// An issue said to be discussed, raised or stressed.
struct IssuePhrase {
    Span span;            ///< the phrase as written
    std::string label;    ///< short normalized noun phrase
};

/// The kind of encounter.
enum class EncounterKind : std::uint8_t {
    Meeting,   ///< in person: talks, meetings, visits, working meals, handshakes
    Call,      ///< phone or video call: never a meeting
};

/// One statement that an encounter happened (several may describe the same meeting).
/// An official said to accompany a principal: "X was accompanied by Y" gives {Y, X}. The official
/// usually serves the principal's government, so an untitled organization can be taken from it.
struct Accompaniment {
    MentionId official = kNoMention;   ///< the accompanying official
    MentionId principal = kNoMention;  ///< the person accompanied
};

/// A reported encounter between named people (a meeting in person, or a call).
struct MeetingAssertion {
    EncounterKind kind = EncounterKind::Meeting;  ///< meeting in person or call
    std::vector<MentionId> participants;      ///< principals named in the clause
    std::vector<MentionId> accompanying;      ///< officials said to accompany or join
    std::vector<Accompaniment> accompaniments; ///< who accompanied whom, where the clause says it
    std::vector<CounterpartRef> counterparts; ///< participants named only as a counterpart
    MentionId location = kNoMention;          ///< City or Region mention
    MentionId venue = kNoMention;             ///< Venue mention
    MentionId event = kNoMention;             ///< Event mention ("the sidelines of the ... summit")
    DateValue date;                           ///< resolved date, as precise as the text allows
    std::vector<IssuePhrase> issues;  ///< what the clause says was discussed
    std::uint32_t sentence = 0;  ///< index of the sentence that says it
    /// The text sets it apart from the others it reports ("held separate talks with", "met
    /// separately"): it merges only with a report of the same principals.
    bool separate = false;
};

/// Everything extracted from one document.
struct ArticleExtraction {
    std::vector<Mention> mentions;  ///< every mention, in text order
    std::vector<RoleAssertion> roles;  ///< who holds which post
    std::vector<CounterpartRole> counterpart_roles;  ///< posts implied by "his counterpart"
    std::vector<MeetingAssertion> meetings;  ///< encounters reported
    DateValue anchor;             ///< the date relative expressions were resolved against
    MentionId dateline = kNoMention; ///< the city of the dateline, if any
    /// True when the article has no dateline and `dateline` is the place its lead names ("X told
    /// her hosts in Lagos yesterday ..."): a weaker hint, which meetings dated only to the month
    /// or year (told as background) do not take.
    bool dateline_from_lead = false;
    /// Where the article places a venue, wherever it says so ("Hyderabad House in New Delhi",
    /// "the Elysee Palace, Paris"): pairs of a Venue and a City mention.
    std::vector<std::pair<MentionId, MentionId>> venue_cities;
    std::vector<std::uint32_t> boilerplate_sentences;  ///< bylines, credits, links: not news
};

}  // namespace readout::extract
