#pragma once
/// \file
/// Closed word classes of news English that the extraction rules rely on. Each list is
/// general English, never drawn from particular articles. Words are compared lower-cased
/// and diacritic-folded.

#include <optional>
#include <string_view>

namespace readout::extract::lexicon {

/// Month number 1-12 for a month name or abbreviation ("Sept.", "July").
std::optional<int> month(std::string_view word);
/// Weekday 0=Monday..6=Sunday for a weekday name ("Thursday", "Thu.").
std::optional<int> weekday(std::string_view word);
/// Honorifics before a name: Mr, Mrs, Ms, Dr, Sir, Dame, Sheikh, Gen. ...
bool is_honorific(std::string_view word);
/// A style before a name as written: an honorific (any case), or "HE" in capitals, the agencies'
/// "His Excellency" (never "He", the pronoun).
bool is_style(std::string_view written);
/// Words that open a title before its head ("deputy", "vice", "executive", "special", ...:
/// "Executive Secretary", "Special Envoy"), lower case.
bool is_title_prefix(std::string_view low);
/// Lower-case particles inside personal names: de, da, del, van, von, bin, al ...
bool is_name_particle(std::string_view word);
/// Capitalized words that start sentences or headlines but are not names (The, In, After ...).
bool is_capitalized_function_word(std::string_view word);
/// Head nouns of venues: Palace, House, Hotel, Guesthouse, Hall, Resort, Centre ...
bool is_venue_head(std::string_view word);
/// Head nouns of organizations: Ministry, Commission, Council, Department, Party ...
bool is_organization_head(std::string_view word);
/// Head nouns of named gatherings: Summit, Conference, Meeting, Forum, Dialogue ...
bool is_event_head(std::string_view word);
/// Verbs of saying (said, told, says, added, noted, stressed ...), any tense.
bool is_speech_verb(std::string_view word);
/// Words that make what follows hypothetical or future: will, would, could, may, expected ...
bool is_irrealis_cue(std::string_view word);
/// Words that negate an event: not, no, never, without, neither, nor, cancelled, postponed ...
bool is_negation_cue(std::string_view word);
/// Words that mark remote communication: phone, telephone, video, videoconference, virtual, call ...
bool is_remote_cue(std::string_view word);
/// Nouns naming other kinds of word that look like names when capitalized at line start
/// (Leaders, Officials, Sources, Analysts ...): plural common nouns and headline words.
bool is_common_plural(std::string_view word);
/// Relative day words: yesterday=-1, today=0, tonight=0, tomorrow=+1.
std::optional<int> relative_day(std::string_view word);
/// Nationality-free generic person nouns that can head a role-like appositive (official, analyst ...).
bool is_person_noun(std::string_view word);

}  // namespace readout::extract::lexicon
