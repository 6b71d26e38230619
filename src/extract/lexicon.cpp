#include "readout/extract/lexicon.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "readout/text/unicode.hpp"

namespace readout::extract::lexicon {
namespace {

std::string key(std::string_view w) {
    std::string k = text::normalize_key(w);
    while (!k.empty() && k.back() == '.') k.pop_back();
    return k;
}

template <std::size_t N>
bool in(const std::string_view (&list)[N], std::string_view w) {
    std::string k = key(w);
    return std::find(std::begin(list), std::end(list), k) != std::end(list);
}

constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",   "may",      "june",
                                                      "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> kWeekdays = {"monday", "tuesday",  "wednesday", "thursday",
                                                       "friday", "saturday", "sunday"};

}  // namespace

std::optional<int> month(std::string_view word) {
    std::string k = key(word);
    for (int i = 0; i < 12; ++i) {
        if (k == kMonths[i]) return i + 1;
    }
    static constexpr std::array<std::string_view, 12> abbr = {"jan", "feb", "mar", "apr", "", "jun",
                                                              "jul", "aug", "sep", "oct", "nov", "dec"};
    if (k == "sept") return 9;
    // abbreviations only with their period, so "mar" or "jun" as words are not months
    if (!word.empty() && word.back() == '.') {
        for (int i = 0; i < 12; ++i)
            if (!abbr[i].empty() && k == abbr[i]) return i + 1;
    }
    return std::nullopt;
}

std::optional<int> weekday(std::string_view word) {
    std::string k = key(word);
    for (int i = 0; i < 7; ++i)
        if (k == kWeekdays[i]) return i;
    return std::nullopt;
}

bool is_honorific(std::string_view w) {
    static constexpr std::string_view list[] = {
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "sheikh", "sheik", "prof",
        "madam", "mme", "m", "herr", "frau", "senor", "senora", "shri", "smt", "hon", "prince", "princess"};
    return in(list, w);
}

bool is_name_particle(std::string_view w) {
    static constexpr std::string_view list[] = {
        "de", "da", "del", "della", "di", "do", "dos", "das", "du", "van", "von", "der", "den",
        "bin", "bint", "ibn", "al", "el", "la", "le", "y", "ben", "ter", "zu"};
    return in(list, w);
}

bool is_capitalized_function_word(std::string_view w) {
    static constexpr std::string_view list[] = {
        "the", "a", "an", "in", "on", "at", "of", "for", "to", "from", "by", "with", "and", "or", "but", "as",
        "after", "before", "during", "while", "when", "where", "which", "who", "whom", "whose", "what", "why",
        "how", "if", "though", "although", "despite", "since", "until", "over", "under", "about", "against",
        "between", "among", "into", "through", "without", "within", "this", "that", "these", "those", "it",
        "its", "they", "their", "them", "he", "his", "him", "she", "her", "we", "our", "us", "you", "your",
        "i", "my", "me", "there", "here", "then", "now", "also", "however", "meanwhile", "earlier", "later",
        "last", "next", "both", "all", "some", "many", "most", "more", "other", "another", "each", "every",
        "no", "not", "yes", "one", "two", "three", "several", "few", "such", "so", "yet", "still", "just",
        "only", "even", "according", "asked", "speaking", "addressing", "describing", "following", "overall",
        "officials", "photo", "video", "update", "updated", "published", "read", "see", "related", "also",
        "breaking", "exclusive", "analysis", "opinion", "editorial", "live", "watch", "reporting", "writing",
        "editing", "additional", "coverage", "file", "handout", "credit", "source", "sources", "copyright",
        "leave", "share", "comment", "comments", "advertisement", "subscribe", "trending", "top", "world",
        "news", "home", "politics", "business", "markets", "tech", "sport", "sports", "culture", "min"};
    return in(list, w);
}

bool is_venue_head(std::string_view w) {
    static constexpr std::string_view list[] = {
        "palace", "house", "hotel", "guesthouse", "guest", "hall", "resort", "centre", "center", "building",
        "headquarters", "hq", "residence", "villa", "castle", "mansion", "chancellery", "chancellory",
        "secretariat", "complex", "stadium", "pavilion", "manor", "lodge", "compound", "fort", "parliament",
        "capitol", "kremlin", "hotel", "inn", "plaza", "auditorium", "retreat"};
    return in(list, w);
}

bool is_organization_head(std::string_view w) {
    static constexpr std::string_view list[] = {
        "ministry", "commission", "council", "department", "party", "union", "organisation", "organization",
        "association", "agency", "bank", "fund", "committee", "office", "embassy", "consulate", "university",
        "institute", "court", "assembly", "senate", "congress", "corporation", "company", "authority",
        "bureau", "service", "government", "administration", "cabinet", "federation", "league", "alliance",
        "front", "movement", "army", "navy", "police", "coalition", "foundation"};
    return in(list, w);
}

bool is_event_head(std::string_view w) {
    static constexpr std::string_view list[] = {
        "summit", "conference", "meeting", "meetings", "ministerial", "forum", "dialogue", "session",
        "conclave", "convention", "games", "talks", "retreat", "congress", "assembly", "symposium", "expo",
        "gathering"};
    return in(list, w);
}

bool is_speech_verb(std::string_view w) {
    static constexpr std::string_view list[] = {
        "said", "says", "say", "told", "tells", "tell", "added", "adds", "noted", "notes", "stressed",
        "stresses", "emphasized", "emphasised", "emphasizes", "emphasises", "warned", "warns", "insisted",
        "insists", "declared", "declares", "stated", "states", "explained", "explains", "remarked",
        "tweeted", "wrote", "writes", "announced", "announces", "urged", "urges", "argued", "argues",
        "asked", "asks", "replied", "responded"};
    return in(list, w);
}

bool is_irrealis_cue(std::string_view w) {
    static constexpr std::string_view list[] = {
        "will", "would", "shall", "should", "could", "can", "may", "might", "must", "expected", "expects",
        "expect", "plan", "plans", "planned", "planning", "scheduled", "due", "hope", "hopes", "hoped",
        "hoping", "wants", "want", "wanted", "intends", "intend", "intended", "whether", "if", "set",
        "proposed", "proposes", "invited", "invites", "invite", "likely", "possible", "possibly", "upcoming",
        "next", "tomorrow", "seek", "seeking"};
    return in(list, w);
}

bool is_negation_cue(std::string_view w) {
    static constexpr std::string_view list[] = {
        "not", "no", "never", "without", "neither", "nor", "cancelled", "canceled", "postponed",
        "called", "declined", "refused", "n't", "didn't", "did not", "won't", "none", "dropped", "scrapped",
        "deferred"};
    return in(list, w);
}

bool is_remote_cue(std::string_view w) {
    static constexpr std::string_view list[] = {
        "phone", "telephone", "telephoned", "phoned", "video", "videoconference", "video-conference",
        "virtual", "virtually", "online", "teleconference", "videolink", "zoom", "call", "calls", "by"};
    return in(list, w);
}

bool is_common_plural(std::string_view w) {
    static constexpr std::string_view list[] = {
        "leaders", "officials", "sources", "analysts", "experts", "diplomats", "ministers", "talks",
        "relations", "ties", "trade", "efforts", "tensions", "both", "people", "members", "delegates",
        "delegations", "reporters", "journalists", "critics", "observers", "residents", "citizens",
        "nations", "countries", "governments", "states", "forces", "troops", "negotiators", "lawmakers",
        "authorities", "police", "protesters", "witnesses", "organisers", "organizers", "participants",
        "investors", "traders", "aides", "spokesmen", "officers", "soldiers", "economists", "researchers",
        "insiders", "advisers", "advisors", "envoys", "ambassadors", "presidents", "premiers", "allies",
        "partners", "others", "many", "some", "several", "most", "all", "everyone", "nobody", "someone"};
    return in(list, w);
}

std::optional<int> relative_day(std::string_view w) {
    std::string k = key(w);
    if (k == "yesterday") return -1;
    if (k == "today" || k == "tonight") return 0;
    if (k == "tomorrow") return 1;
    return std::nullopt;
}

bool is_person_noun(std::string_view w) {
    static constexpr std::string_view list[] = {
        "official", "officials", "analyst", "expert", "researcher", "economist", "professor", "scholar",
        "diplomat", "spokesman", "spokeswoman", "spokesperson", "correspondent", "reporter", "editor",
        "lawmaker", "legislator", "activist", "adviser", "advisor", "aide", "envoy", "negotiator", "source"};
    return in(list, w);
}

}  // namespace readout::extract::lexicon
