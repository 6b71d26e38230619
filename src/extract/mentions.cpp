// Extractors: gazetteer mentions and names.
//  find_gazetteer_mentions reads tokens and the gazetteers; adds Country (names and demonyms),
//    City, Region, Organization and Role mentions, and the dateline city.
//  find_names reads tokens and those mentions; adds Person, Venue, Organization and Event
//    mentions for capitalized chunks, by their head noun or by person context.

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

#include "context.hpp"
#include "readout/extract/lexicon.hpp"
#include "readout/text/unicode.hpp"

namespace readout::extract::detail {
namespace {

bool dotted_or_upper(const Context& ctx, std::size_t i) { return ctx.upper(i); }

/// Chooses which of several gazetteer hits a phrase stands for.
/// Order (documented, it matters): role > country > demonym > organization > city > region,
/// except that a city-state's city wins over the country only inside "in X"/"at X".
const GazetteerHit* pick(const std::vector<GazetteerHit>& hits, bool capitalized) {
    static constexpr std::array<GazetteerKind, 6> order = {GazetteerKind::Role,         GazetteerKind::Country,
                                                           GazetteerKind::Demonym,      GazetteerKind::Organization,
                                                           GazetteerKind::City,         GazetteerKind::Region};
    for (auto kind : order) {
        if (!capitalized && kind != GazetteerKind::Role) continue;
        for (const auto& h : hits)
            if (h.kind == kind) return &h;
    }
    return nullptr;
}

/// Among cities sharing a name, the most populous (rows are sorted by population, so the first hit),
/// preferring one in `country` when given.
std::uint32_t best_city(const Gazetteer& gaz, const std::vector<GazetteerHit>& hits, std::string_view country) {
    std::uint32_t best = 0xFFFFFFFFu;
    for (const auto& h : hits) {
        if (h.kind != GazetteerKind::City) continue;
        if (best == 0xFFFFFFFFu) best = h.index;
        if (!country.empty() && gaz.cities()[h.index].country == country) return h.index;
        if (gaz.cities()[h.index].population > gaz.cities()[best].population) best = h.index;
    }
    return best;
}

bool is_name_word(const Context& ctx, std::size_t i) {
    if (!ctx.word(i)) return false;
    std::string_view t = ctx.tok(i);
    if (ctx.upper(i)) return true;
    // al-Sudani, el-Sisi, bin-Salman: lower-case particle glued to a capitalized name
    for (std::string_view p : {"al-", "el-", "bin-", "ad-", "as-", "ash-", "at-", "an-", "ar-", "az-"})
        if (t.size() > p.size() && t.substr(0, p.size()) == p && text::starts_upper(t.substr(p.size()))) return true;
    return false;
}

bool is_portfolio_word(std::string_view low) {
    static const std::unordered_set<std::string> words = {
        "affairs", "development", "relations", "cooperation", "security", "trade", "industry", "defence",
        "defense", "finance", "energy", "agriculture", "justice", "health", "education", "environment",
        "commerce", "economy", "interior", "infrastructure", "transport", "planning", "integration", "mines",
        "petroleum", "resources", "fisheries", "tourism", "communications", "information", "labour", "labor",
        "policy", "food", "services", "welfare", "housing", "employment", "culture", "sport", "sports", "youth",
        "innovation", "technology", "science", "climate", "water", "aviation", "heritage", "immigration"};
    return words.count(std::string(low)) != 0;
}

bool is_month_or_weekday(std::string_view t) { return lexicon::month(t) || lexicon::weekday(t); }

/// "al-dossary" -> "dossary": Arabic names are written with and without the article.
std::string strip_article_prefix(const std::string& low) {
    for (std::string_view p : {"al-", "el-", "ad-", "as-", "ash-", "at-", "an-", "ar-", "az-"})
        if (low.size() > p.size() + 1 && low.compare(0, p.size(), p) == 0) return low.substr(p.size());
    return low;
}

/// Words that end a capitalized chunk even when capitalized ("Minister of State", "Talks In Brief").
bool is_breaking_word(std::string_view low) {
    return low == "the" || low == "a" || low == "an" || low == "and" || low == "of" || low == "in" || low == "on" ||
           low == "at" || low == "for" || low == "to" || low == "by" || low == "with" || low == "but" || low == "or";
}

/// Head nouns of named places that are not venues: "Green Zone", "Tahrir Square", "Asokoro District".
bool is_place_head(std::string_view low) {
    static const std::unordered_set<std::string> heads = {
        "zone", "district", "street", "square", "avenue", "road", "bridge", "island", "islands", "sea", "gulf",
        "river", "valley", "mountains", "strait", "peninsula", "park", "corridor", "gap", "bay", "coast", "desert",
        "lake", "ocean", "province", "region", "state", "territory", "territories", "county", "airport", "port",
        "border", "line", "canal", "corniche", "heights", "plateau", "basin", "delta", "highway", "railway"};
    return heads.count(std::string(low)) != 0;
}

}  // namespace

void find_gazetteer_mentions(Context& ctx) {
    const auto& gaz = ctx.gaz;
    const std::size_t n = ctx.size();
    const std::size_t max_len = gaz.max_phrase_tokens();
    for (std::size_t i = 0; i < n;) {
        if (ctx.ignored[i] || !ctx.word(i)) {
            ++i;
            continue;
        }
        std::size_t sentence_end = ctx.end_token_of_sentence(i);
        bool matched = false;
        std::string key;
        // Only phrases whose first tokens are all known phrase prefixes can match here.
        std::size_t reach = 0;
        for (std::size_t k = i; k < i + std::min(max_len, sentence_end - i); ++k) {
            if (k > i) key += ' ';
            key += ctx.low(k);
            if (!gaz.is_phrase_prefix(key)) break;
            reach = k - i + 1;
        }
        for (std::size_t len = reach; len >= 1 && !matched; --len) {
            // build the key of tokens [i, i+len)
            key.clear();
            for (std::size_t k = i; k < i + len; ++k) {
                if (k > i) key += ' ';
                key += ctx.low(k);
            }
            const auto* hits = gaz.lookup(key);
            if (!hits) continue;
            // a phrase may not end inside a hyphenated token or start mid-name
            bool capitalized = dotted_or_upper(ctx, i);
            const GazetteerHit* h = pick(*hits, capitalized);
            if (!h) continue;
            std::size_t end = i + len;
            switch (h->kind) {
                case GazetteerKind::Role: {
                    const auto& r = gaz.roles()[h->index];
                    // an abbreviated title counts only in capitals: "PM Ana Lima", not "at 5 pm"
                    if (len == 1 && ctx.tok(i).size() <= 3 &&
                        (!ctx.doc.tokens()[i].all_upper ||
                         (i > 0 && ctx.doc.tokens()[i - 1].kind == text::TokenKind::Number)))  // "6:05 PM GMT"
                        continue;
                    ctx.add_mention(i, end, MentionKind::Role, r.canonical, r.kind);
                    break;
                }
                case GazetteerKind::Country:
                case GazetteerKind::Demonym: {
                    // "Jordan Henderson": a country name inside a longer capitalized name is not the country
                    // After a preposition it is the country all the same: "Ambassador to China Ana Lima".
                    const bool after_preposition =
                        i > 0 && (ctx.is(i - 1, "to") || ctx.is(i - 1, "from") || ctx.is(i - 1, "of") ||
                                  ctx.is(i - 1, "in") || ctx.is(i - 1, "for")) && !ctx.upper(i - 1);
                    if (h->kind == GazetteerKind::Country && len == 1 && !after_preposition && is_name_word(ctx, end) &&
                        !gaz.lookup(ctx.low(end)) && !is_month_or_weekday(ctx.tok(end)) && !ctx.tok(end).ends_with("."))
                        continue;
                    const auto& c = gaz.countries()[h->index];
                    // city-states: "in Singapore" is the city
                    bool city_state = false;
                    for (const auto& other : *hits)
                        if (other.kind == GazetteerKind::City && gaz.cities()[other.index].country == c.key &&
                            gaz.cities()[other.index].capital)
                            city_state = true;
                    if (city_state && i > 0 && (ctx.is(i - 1, "in") || ctx.is(i - 1, "at"))) {
                        std::uint32_t row = best_city(gaz, *hits, c.key);
                        ctx.add_mention(i, end, MentionKind::City, gaz.cities()[row].name, std::to_string(row), c.key);
                        break;
                    }
                    MentionId m = ctx.add_mention(i, end, MentionKind::Country, c.name, c.key, c.key);
                    ctx.mention(m).demonym = h->kind == GazetteerKind::Demonym;
                    break;
                }
                case GazetteerKind::Organization: {
                    // "Ana Lopez", "Ina Berg": an acronym not written in capitals, before a name
                    // word, is a given name ("Nato summit", "ANA Lopez" stay the organization)
                    // (a listed given name even before a word that is also a place: "Ana Vargas")
                    if (len == 1 && !ctx.doc.tokens()[i].all_upper && is_name_word(ctx, end) &&
                        (!gaz.lookup(ctx.low(end)) || gaz.is_given_name(ctx.low(i))) && !is_month_or_weekday(ctx.tok(end)))
                        continue;
                    const auto& o = gaz.organizations()[h->index];
                    ctx.add_mention(i, end, MentionKind::Organization, o.name, "org:" + std::to_string(h->index),
                                    o.country);
                    break;
                }
                case GazetteerKind::City:
                case GazetteerKind::Region: {
                    // Inside a longer capitalized name ("Victoria Nuland", "Paris Hilton") it is not the place.
                    bool before = i > 0 && is_name_word(ctx, i - 1) && !ctx.doc.tokens()[i].line_before &&
                                  ctx.mention_at(i - 1) == kNoMention && !ctx.ignored[i - 1] &&
                                  !lexicon::is_capitalized_function_word(ctx.tok(i - 1)) &&
                                  !is_month_or_weekday(ctx.tok(i - 1));
                    bool particle_name = ctx.word(end) && !ctx.upper(end) && lexicon::is_name_particle(ctx.tok(end)) &&
                                         (is_name_word(ctx, end + 1) || (lexicon::is_name_particle(ctx.tok(end + 1)) &&
                                                                         is_name_word(ctx, end + 2)));
                    if (particle_name && len == 1) continue;
                    // "Juan de los Rios" (Rios a city), "Ana de Leon": after a name word and its particles, the
                    // end of a name ("Rio de Janeiro" is matched whole before its last word comes up)
                    {
                        std::size_t p = i;
                        while (p > 0 && ctx.word(p - 1) && !ctx.upper(p - 1) && lexicon::is_name_particle(ctx.tok(p - 1))) --p;
                        if (p < i && p > 0 && is_name_word(ctx, p - 1) && ctx.mention_at(p - 1) == kNoMention &&
                            !ctx.ignored[p - 1] && !lexicon::is_capitalized_function_word(ctx.tok(p - 1)) && !ctx.doc.tokens()[p].line_before)
                            continue;
                    }
                    bool after = is_name_word(ctx, end) && !gaz.lookup(ctx.low(end)) &&
                                 !lexicon::is_venue_head(ctx.tok(end)) && !lexicon::is_organization_head(ctx.tok(end)) &&
                                 !lexicon::is_event_head(ctx.tok(end)) && !is_month_or_weekday(ctx.tok(end));
                    // "Riverside Hall in Accra", "the Lincoln Center in Dakar": a venue named after a
                    // place, set in another city written right after it
                    // (up to two more capitalized words first: "Unity Conference Centre in Castries")
                    // ("Hyderabad House, New Delhi" too; and once the article sets the venue in
                    // another city, every "Hyderabad House" of it is the venue)
                    auto set_elsewhere = [&](std::size_t head) {
                        std::size_t at = head + 1;
                        if (ctx.comma(at)) {
                            ++at;
                        } else if (ctx.is(at, "in") || ctx.is(at, "on")) {
                            ++at;
                        } else {
                            return false;
                        }
                        return ctx.upper(at) && (gaz.lookup(ctx.low(at)) != nullptr || gaz.is_phrase_prefix(ctx.low(at)));
                    };
                    bool venue_elsewhere = false;
                    for (std::size_t h2 = end; h2 < end + 3 && ctx.word(h2) && ctx.upper(h2) && !venue_elsewhere; ++h2) {
                        if (!lexicon::is_venue_head(ctx.tok(h2))) continue;
                        venue_elsewhere = set_elsewhere(h2);
                        for (std::size_t j = 0; j + (h2 - i) < n && !venue_elsewhere; ++j)
                            if (j != i && ctx.low(j) == ctx.low(i) && ctx.low(j + (h2 - i)) == ctx.low(h2))
                                venue_elsewhere = set_elsewhere(j + (h2 - i));
                    }
                    // "Marlborough House", "Lancaster House": a building named after a place is a venue,
                    // not in that place
                    const bool house = ctx.is(end, "house") && ctx.upper(end);
                    if (before || after || venue_elsewhere || house) continue;
                    if (h->kind == GazetteerKind::City) {
                        std::uint32_t row = best_city(gaz, *hits, {});
                        const auto& c = gaz.cities()[row];
                        ctx.add_mention(i, end, MentionKind::City, c.name, std::to_string(row), c.country);
                    } else {
                        const auto& r = gaz.regions()[h->index];
                        ctx.add_mention(i, end, MentionKind::Region, r.name, std::to_string(h->index), r.country);
                    }
                    break;
                }
                case GazetteerKind::GivenName:
                    continue;
            }
            matched = true;
            i = end;
        }
        if (!matched) ++i;
    }
    find_unnamed_capitals(ctx);
    // The dateline: "ABUJA, June 6 (Reuters) -", "MEXICO CITY (AP) --"; failing that, the place of a
    // byline ("By Jane Doe in Paris", "Written by Staff | Goa").
    find_dateline(ctx);
}

void find_unnamed_capitals(Context& ctx) {
    // "in the Peruvian capital", "in the Kenyan capital on Monday": a capital named only through its
    // country is that country's capital city. Not when the name follows ("the Iraqi capital, Baghdad",
    // "the Iraqi capital Baghdad"): the city is already a mention there.
    const auto& gaz = ctx.gaz;
    for (std::size_t k = 1; k + 1 < ctx.size(); ++k) {
        if (!ctx.is(k + 1, "capital") || !ctx.is_kind(k, MentionKind::Country)) continue;
        auto [cf, ce] = ctx.tokens_of(ctx.mention_at(k));
        if (ce != k + 1 || !ctx.is(cf - 1, "the")) continue;
        std::size_t after = k + 2;
        if (ctx.comma(after)) ++after;
        if (ctx.is_kind(after, MentionKind::City) || ctx.upper(after)) continue;
        const auto* country = gaz.country_by_key(ctx.mention(ctx.mention_at(k)).key);
        if (!country || country->capital.empty()) continue;
        const auto* hits = gaz.lookup(Gazetteer::phrase_key(country->capital));
        if (!hits) continue;
        std::uint32_t row = best_city(gaz, *hits, country->key);
        if (row == 0xFFFFFFFFu || gaz.cities()[row].country != country->key) continue;
        ctx.add_mention(cf, k + 2, MentionKind::City, gaz.cities()[row].name, std::to_string(row), country->key);
    }
}

void find_dateline(Context& ctx) {
    const std::size_t n = ctx.size();
    const auto& gaz = ctx.gaz;
    std::size_t b = ctx.body_start;
    if (b < n && ctx.word(b) && (ctx.doc.tokens()[b].all_upper || b < ctx.dateline_end)) {
        MentionId m = ctx.mention_at(b);
        if (m != kNoMention && ctx.mention(m).kind == MentionKind::City) {
            ctx.out.dateline = m;
        } else if (m != kNoMention && ctx.mention(m).kind == MentionKind::Country) {
            // "SINGAPORE (Reuters)": a city-state dateline
            for (std::size_t len = 1; len <= 3; ++len) {
                std::string key;
                for (std::size_t k = b; k < b + len && k < n; ++k) key += (k > b ? " " : "") + ctx.low(k);
                if (const auto* hits = ctx.gaz.lookup(key)) {
                    std::uint32_t row = best_city(ctx.gaz, *hits, ctx.mention(m).key);
                    if (row != 0xFFFFFFFFu) {
                        ctx.mention(m).kind = MentionKind::City;
                        ctx.mention(m).canonical = ctx.gaz.cities()[row].name;
                        ctx.mention(m).key = std::to_string(row);
                        ctx.out.dateline = m;
                        break;
                    }
                }
            }
        }
    }
    if (ctx.out.dateline != kNoMention) return;
    for (std::size_t s = 0; s < ctx.doc.sentences().size(); ++s) {
        const auto& sen = ctx.doc.sentences()[s];
        // a credit line, or a line with a credit field ("date | Live updates by X in Lagos")
        bool byline = false;
        for (std::size_t k = sen.first_token; k < std::min<std::size_t>(sen.end_token, sen.first_token + 3); ++k)
            if (ctx.is(k, "by")) byline = true;
        for (std::size_t k = sen.first_token; k < sen.end_token; ++k)
            if (ctx.punct(k, "|"))
                for (std::size_t j = k + 1; j < std::min<std::size_t>(sen.end_token, k + 4); ++j)
                    if (ctx.is(j, "by") && ctx.ignored[j]) byline = true;
        if (!ctx.boilerplate[s] && !byline) continue;
        // a short credit line before the body: "Jane Doe - ANKARA", "HT Correspondent, New Delhi"
        const bool credit_line = !byline && sen.end_token - sen.first_token <= 7 && sen.end_token <= ctx.body_start;
        if (!byline && !credit_line) continue;
        for (std::size_t k = sen.first_token + 1; k < sen.end_token; ++k) {
            if (!(ctx.is(k - 1, "in") || ctx.punct(k - 1, "|") || ctx.punct(k - 1, ",") ||
                  (credit_line && ctx.punct(k - 1, "-"))) ||
                !ctx.upper(k))
                continue;
            // (on a credit line the place ends it: "Jane Doe, Lagos", not "Jane Doe, Lagos Bureau Chief")
            for (std::size_t len = 3; len >= 1; --len) {
                if (k + len > sen.end_token) continue;
                std::string key;
                for (std::size_t x = k; x < k + len; ++x) key += (x > k ? " " : "") + ctx.low(x);
                const auto* hits = gaz.lookup(key);
                if (!hits) continue;
                std::uint32_t row = best_city(gaz, *hits, {});
                if (row == 0xFFFFFFFFu) continue;
                if (credit_line && k + len != sen.end_token && !ctx.punct(k + len, "|")) continue;
                const auto& c = gaz.cities()[row];
                ctx.out.dateline = ctx.add_mention(k, k + len, MentionKind::City, c.name, std::to_string(row), c.country);
                return;
            }
            // a town the gazetteer does not know, placed by its region: "| Benaulim (Goa)"
            // (byline tokens are boilerplate, so no mentions exist there: the gazetteer is asked directly)
            if (ctx.word(k) && !gaz.lookup(ctx.low(k)) && ctx.punct(k + 1, "(") && k + 3 < sen.end_token &&
                ctx.punct(k + 3, ")")) {
                std::string country;
                if (const auto* hits = gaz.lookup(ctx.low(k + 2)))
                    for (const auto& h : *hits) {
                        if (h.kind == GazetteerKind::Region) country = gaz.regions()[h.index].country;
                        if (h.kind == GazetteerKind::Country) country = gaz.countries()[h.index].key;
                        if (!country.empty()) break;
                    }
                if (!country.empty()) {
                    ctx.out.dateline = ctx.add_mention(k, k + 1, MentionKind::City, std::string(ctx.tok(k)), {}, country);
                    return;
                }
            }
        }
    }
    // No dateline and no credit line: the lead places the story ("X told her hosts in Lagos
    // yesterday that ...", "Ministers met in Accra on Tuesday"): the first city after "in" in the
    // first sentence of the body, outside a quotation
    for (std::size_t s = 0; s < ctx.doc.sentences().size(); ++s) {
        const auto& sen = ctx.doc.sentences()[s];
        if (sen.first_token < ctx.body_start || ctx.boilerplate[s]) continue;
        bool quoted = false;
        for (std::size_t k = sen.first_token; k + 1 < sen.end_token; ++k) {
            std::string_view t = ctx.tok(k);
            if (t == "\"" || t == "\u201C" || t == "\u201D") quoted = !quoted;
            if (quoted || !ctx.is(k, "in") || ctx.ignored[k + 1]) continue;
            MentionId m = ctx.mention_at(k + 1);
            if (m != kNoMention && ctx.mention(m).kind == MentionKind::City) {
                ctx.out.dateline = m;
                ctx.out.dateline_from_lead = true;
                return;
            }
        }
        return;  // the lead only
    }
}

namespace {

struct Chunk {
    std::size_t first, end;  // tokens
    bool honorific = false;
    std::size_t lead = 0;    // first token including leading honorifics ("Sir", "Mr.")
};

/// Builds the canonical name of a national body written generically ("Foreign Ministry" with "Chinese").
std::string national_body_name(std::string_view generic, const CountryEntry* country) {
    if (!country) return std::string(generic);
    std::string k = text::normalize_key(generic);
    if (k == "foreign ministry" || k == "ministry of foreign affairs" || k == "foreign affairs ministry")
        return "Ministry of Foreign Affairs of " + country->name;
    if (k == "defence ministry" || k == "defense ministry" || k == "ministry of defence" || k == "ministry of defense")
        return "Ministry of Defence of " + country->name;
    return std::string(generic) + " of " + country->name;
}

/// The country named just before token i ("Chinese", "China's", "the Chinese"), if any.
const Mention* country_before(const Context& ctx, std::size_t i) {
    std::size_t k = i;
    if (k > 0 && ctx.possessive(k - 1)) --k;
    if (k == 0) return nullptr;
    MentionId m = ctx.mention_at(k - 1);
    if (m != kNoMention && ctx.mention(m).kind == MentionKind::Country) return &ctx.mention(m);
    return nullptr;
}

bool followed_by_verb(const Context& ctx, std::size_t end) {
    std::size_t k = end;
    if (ctx.punct(k, "(")) {  // "Ana Duarte (L) meeting with"
        while (k < ctx.size() && !ctx.punct(k, ")")) ++k;
        ++k;
    }
    if (!ctx.word(k) || ctx.upper(k)) return false;
    const std::string& w = ctx.low(k);
    static const std::unordered_set<std::string> verbs = {
        "said", "says", "told", "tells", "met", "meets", "meeting", "held", "holds", "hosted", "hosts", "received",
        "receives", "visited", "visits", "added", "noted", "stressed", "urged", "warned", "spoke", "speaks", "shook",
        "shakes", "welcomed", "welcomes", "called", "calls", "arrived", "arrives", "discussed", "discusses",
        "emphasized", "emphasised", "tweeted", "wrote", "argued", "insisted", "announced", "declined", "was", "is",
        "has", "had", "will", "would", "also", "later", "then", "reiterated", "expressed", "thanked", "praised",
        "pointed", "replied", "responded", "accompanied", "joined", "attended", "began", "invited", "agreed",
        "described", "acknowledged", "asked", "addressed", "reviewed", "signed", "left", "leaves", "traveled",
        "travelled", "chaired", "led", "raised", "explained", "confirmed", "denied"};
    return verbs.count(w) != 0;
}

/// "said X", "met X", "talks with X", "between X", "hosted X", "called on X": a name in the object
/// slot of a verb of saying or meeting.
bool object_of_encounter(const Context& ctx, std::size_t first) {
    if (first == 0) return false;
    std::size_t k = first - 1;
    static const std::unordered_set<std::string> direct = {
        "said", "told", "met", "meets", "meet", "between", "hosted", "hosts", "received", "receives", "welcomed",
        "welcomes", "visited", "visits", "thanked", "congratulated", "accompanied", "joined", "invited", "by"};
    if (direct.count(ctx.low(k))) return !(ctx.low(k) == "by" && ctx.ignored[k]);
    // "his Iraqi counterpart, X" / "her counterpart X"
    if (ctx.counterpart(k) || (ctx.comma(k) && k > 0 && ctx.counterpart(k - 1))) return true;
    if (ctx.is(k, "on") && k > 0 && (ctx.is(k - 1, "called") || ctx.is(k - 1, "calls"))) return true;
    // "paid a courtesy call on X", "a courtesy visit to X"
    if ((ctx.is(k, "on") || ctx.is(k, "to")) && k > 1 && ctx.is(k - 2, "courtesy") &&
        (ctx.is(k - 1, "call") || ctx.is(k - 1, "visit")))
        return true;
    if (ctx.is(k, "with") && k > 0) {
        for (std::size_t j = k; j-- > 0 && j + 4 > k;) {
            const std::string& w = ctx.low(j);
            if (w == "met" || w == "talks" || w == "meeting" || w == "meetings" || w == "spoke" || w == "hands" ||
                w == "talked" || w == "dinner" || w == "lunch" || w == "discussions" || w == "conversation" ||
                w == "conversations" || w == "sat" || w == "consultations" || w == "along")
                return true;
        }
    }
    return false;
}

}  // namespace

bool relation_noun(std::string_view low) {
    static const std::unordered_set<std::string_view> w = {
        "predecessor", "successor", "wife", "husband", "son", "daughter", "brother", "sister", "father",
        "mother", "widow", "deputy", "rival", "ally", "mentor", "protege", "challenger", "opponent"};
    return w.count(low) > 0;
}

void find_names(Context& ctx) {
    const std::size_t n = ctx.size();
    std::vector<Chunk> chunks;
    // 1. capitalized chunks over tokens no gazetteer mention took
    for (std::size_t i = 0; i < n;) {
        auto free_name_word = [&](std::size_t k) {
            return k < n && !ctx.ignored[k] && ctx.mention_at(k) == kNoMention && is_name_word(ctx, k) &&
                   !is_month_or_weekday(ctx.tok(k)) && !lexicon::relative_day(ctx.tok(k));
        };
        if (!free_name_word(i)) {
            ++i;
            continue;
        }
        Chunk c{i, i, false, i};
        std::size_t k = i;
        // leading function words and honorifics; the styles "His Royal Highness", "Her Excellency",
        // "His Majesty" are honorifics too
        for (bool more = true; more;) {
            more = false;
            if ((ctx.is(k, "his") || ctx.is(k, "her")) && ctx.upper(k)) {
                std::size_t j = k + 1;
                if (ctx.is(j, "royal") && ctx.upper(j)) ++j;
                if ((ctx.is(j, "highness") || ctx.is(j, "excellency") || ctx.is(j, "majesty")) && ctx.upper(j)) {
                    k = j + 1;
                    c.honorific = more = true;
                }
            }
            // ("HE Idris Kallon" in agency style: "HE" only before a name word)
            auto style = [&](std::size_t j) {
                return lexicon::is_style(ctx.tok(j)) && (ctx.tok(j) != "HE" || free_name_word(j + 1));
            };
            while (k < n && free_name_word(k) && (lexicon::is_capitalized_function_word(ctx.tok(k)) || style(k))) {
                if (style(k)) c.honorific = true;
                ++k;
                more = true;
            }
        }
        c.first = k;
        std::size_t sentence_end = k < n ? ctx.end_token_of_sentence(k) : n;
        while (k < sentence_end) {
            if (free_name_word(k) && !(k > c.first && is_breaking_word(ctx.low(k)) && !ctx.doc.tokens()[k].all_upper)) {
                ++k;
                continue;
            }
            // particles inside names: "de la Cruz", "bin Salman", "van der Leyen"
            if (k > c.first && k < n && ctx.word(k) && !ctx.upper(k) && lexicon::is_name_particle(ctx.tok(k))) {
                std::size_t j = k;
                while (j < sentence_end && ctx.word(j) && !ctx.upper(j) && lexicon::is_name_particle(ctx.tok(j))) ++j;
                if (free_name_word(j)) {
                    k = j;
                    continue;
                }
            }
            break;
        }
        // a name starting with a particle: "de la Cruz said"
        c.end = k;
        if (c.end > c.first) chunks.push_back(c);
        i = std::max(k, i + 1);
    }
    // particle-led names ("de la Cruz") that start with a lower-case particle
    for (auto& c : chunks) {
        std::size_t j = c.first;
        while (j > 0 && ctx.word(j - 1) && !ctx.upper(j - 1) && lexicon::is_name_particle(ctx.tok(j - 1)) &&
               ctx.mention_at(j - 1) == kNoMention)
            --j;
        if (j < c.first && (j == 0 || !ctx.word(j - 1) || ctx.punct(j - 1, ",") || ctx.doc.tokens()[j].line_before ||
                            ctx.sentence_of(j) != ctx.sentence_of(j - 1)))
            c.first = j;
        else if (j < c.first && j > 0 && (ctx.is(j - 1, "and") || ctx.is(j - 1, "with") || ctx.is(j - 1, "by")))
            c.first = j;
    }

    // 2. split chunks at portfolio words followed by more name words:
    //    "... for East Asian and Pacific Affairs Mary Osei"
    std::vector<Chunk> split;
    for (const auto& c : chunks) {
        std::size_t start = c.first;
        for (std::size_t k = c.first; k + 1 < c.end; ++k) {
            if (is_portfolio_word(ctx.low(k))) {
                split.push_back(Chunk{start, k + 1, c.honorific, start == c.first ? c.lead : start});
                start = k + 1;
            }
        }
        split.push_back(Chunk{start, c.end, c.honorific && start == c.first, start == c.first ? c.lead : start});
    }
    chunks.swap(split);

    // 3. classify by head noun, then by person context
    std::vector<Chunk> undecided;
    auto role_before = [&](std::size_t first) {
        // "Foreign Minister X", "spokesman X", "Joint Secretary (East Asia) X", "ambassador to Iraq, X",
        // "Brazil's top diplomat, Ana Duarte"
        if (first == 0) return false;
        std::size_t k = first;
        if (ctx.comma(k - 1)) --k;
        if (k > 0 && ctx.punct(k - 1, ")")) {
            while (k > 0 && !ctx.punct(k - 1, "(")) --k;
            if (k > 0) --k;
        }
        if (k == 0) return false;
        // "the Chilean ambassador in Accra, X": where the title is held, after it
        if (ctx.comma(first - 1) && ctx.is_kind(k - 1, MentionKind::City)) {
            std::size_t j = k - 1;
            while (j > 0 && ctx.mention_at(j - 1) == ctx.mention_at(k - 1)) --j;
            if (j >= 2 && ctx.is(j - 1, "in")) k = j - 1;
        }
        if (ctx.is_kind(k - 1, MentionKind::Role)) return true;
        // "Obuchi's predecessor, Ryutaro Hashimoto", "his wife, Lee Hee-ho", "analyst Jane Doe"
        if (ctx.word(k - 1) && !ctx.upper(k - 1) && (relation_noun(ctx.low(k - 1)) || lexicon::is_person_noun(ctx.tok(k - 1))))
            return true;
        // "... to Nigeria, X" / "... of the ECOWAS Commission, X": a complement after a title
        if (ctx.is_kind(k - 1, MentionKind::Country) || ctx.is_kind(k - 1, MentionKind::Organization)) {
            std::size_t j = k - 1;
            while (j > 0 && ctx.mention_at(j - 1) == ctx.mention_at(k - 1)) --j;
            if (j >= 2 && (ctx.is(j - 1, "to") || ctx.is(j - 1, "of") || ctx.is(j - 1, "at")) &&
                ctx.is_kind(j - 2, MentionKind::Role))
                return true;
            if (j >= 3 && ctx.is(j - 1, "the") && (ctx.is(j - 2, "to") || ctx.is(j - 2, "of")) &&
                ctx.is_kind(j - 3, MentionKind::Role))
                return true;
        }
        return false;
    };
    auto role_after = [&](std::size_t end) {
        // ", Nigeria's minister of foreign affairs" / ", the Ivorian president of" / ", who has been ... minister"
        if (!ctx.comma(end) && !ctx.punct(end, "(")) return false;
        std::size_t stop = std::min(n, end + 10);
        for (std::size_t k = end + 1; k < stop; ++k) {
            if (ctx.comma(k) || ctx.punct(k, ".") || ctx.punct(k, ";")) return false;
            if (ctx.is_kind(k, MentionKind::Role)) return true;
            if (ctx.word(k) && lexicon::is_person_noun(ctx.tok(k))) return true;
        }
        return false;
    };
    for (const auto& c : chunks) {
        std::string_view head = ctx.tok(c.end - 1);
        std::size_t end = c.end;
        // lower-case venue heads after a name: "the Taj Exotica resort"
        if (end < n && ctx.word(end) && !ctx.upper(end) && lexicon::is_venue_head(ctx.tok(end)) &&
            ctx.mention_at(end) == kNoMention) {
            ctx.add_mention(c.first, end + 1, MentionKind::Venue, std::string(ctx.doc.text(ctx.doc.token_span(c.first, end + 1))));
            continue;
        }
        std::string surface(ctx.doc.text(ctx.doc.token_span(c.first, c.end)));
        if (lexicon::is_venue_head(head) || lexicon::is_venue_head(ctx.tok(c.first))) {
            if (c.end - c.first >= 2 || role_before(c.first) == false) {
                ctx.add_mention(c.first, c.end, MentionKind::Venue, surface);
                continue;
            }
        }
        if (lexicon::is_event_head(head) && c.end - c.first >= 2) {
            ctx.add_mention(c.first, c.end, MentionKind::Event, surface);
            continue;
        }
        if (lexicon::is_organization_head(head) || lexicon::is_organization_head(ctx.tok(c.first))) {
            const Mention* country = country_before(ctx, c.first);
            const CountryEntry* ce = country ? ctx.gaz.country_by_key(country->key) : nullptr;
            bool generic = c.end - c.first <= 3;
            std::string canonical = generic && ce ? national_body_name(surface, ce) : surface;
            ctx.add_mention(c.first, c.end, MentionKind::Organization, canonical, {}, ce ? ce->key : std::string{});
            continue;
        }
        // a title in the plural is a body, not a person: "Council of Foreign Ministers"
        if (std::string_view last = ctx.low(c.end - 1); last.size() > 3 && last.back() == 's') {
            std::string key;
            for (std::size_t x = c.first; x + 1 < c.end; ++x) key += ctx.low(x) + " ";
            key += last.substr(0, last.size() - 1);
            bool plural_title = false;
            for (std::string_view k2 : {std::string_view(key), std::string_view(key).substr(key.rfind(' ') + 1)})
                if (const auto* hits = ctx.gaz.lookup(k2))
                    for (const auto& h : *hits) plural_title = plural_title || h.kind == GazetteerKind::Role;
            if (plural_title) continue;
        }
        // a named agreement is no person: "Japan-Thailand Economic Partnership Agreement", "Paris Accord"
        if (const std::string& h = ctx.low(c.end - 1);
            h == "agreement" || h == "accord" || h == "accords" || h == "treaty" || h == "pact" || h == "protocol" ||
            h == "declaration" || h == "convention" || h == "charter" || h == "initiative" || h == "plan")
            continue;
        // a named storm is no person: "Hurricane Mitch", "Typhoon Haiyan", "Cyclone Idai"; nor a
        // water or a mountain named head first: "River Plate", "Lake Chad", "Mount Elgon", "Cape Verde"
        if (const std::string& w0 = ctx.low(c.first); c.end - c.first >= 2 &&
            (w0 == "hurricane" || w0 == "typhoon" || w0 == "cyclone" || w0 == "storm" || w0 == "tropical" ||
             w0 == "river" || w0 == "lake" || w0 == "mount" || w0 == "gulf" || w0 == "cape"))
            continue;
        // a headline's verb in title case after a title: "Trade Minister Meets Chamber Delegation"
        if (const std::string& w0 = ctx.low(c.first);
            c.end - c.first == 1 && (w0 == "meets" || w0 == "holds" || w0 == "receives" || w0 == "hosts" ||
                                     w0 == "welcomes" || w0 == "visits" || w0 == "says" || w0 == "urges" ||
                                     w0 == "discusses" || w0 == "signs" || w0 == "calls" || w0 == "talks"))
            continue;
        // one word naming a body or a portfolio is no person, even after a title: "the head of the
        // EU Delegation", "the Ministry of Foreign and Trade Affairs said"
        if (const std::string& w0 = ctx.low(c.first);
            c.end - c.first == 1 && !c.honorific &&
            (is_portfolio_word(w0) || w0 == "delegation" || w0 == "delegations" || w0 == "secretariat" ||
             w0 == "commission" || w0 == "embassy" || w0 == "mission"))
            continue;
        // a street is no person: "on Dame Ada Street", "at 12 Nkrumah avenue"
        if (c.end < ctx.size() && ctx.word(c.end) &&
            (ctx.is(c.end, "street") || ctx.is(c.end, "avenue") || ctx.is(c.end, "road") ||
             ctx.is(c.end, "boulevard") || ctx.is(c.end, "square")))
            continue;
        // a portfolio written before its title, "Foreign Affairs Secretary": part of the title (roles)
        if (ctx.is_kind(c.end, MentionKind::Role) && is_portfolio_word(ctx.low(c.end - 1))) continue;
        // ... or after it: "Minister of Agrarian Policy and Food X", "Secretary of Health and Human
        // Services X" (each conjunct a chunk of its own, ending in a portfolio word)
        if (is_portfolio_word(ctx.low(c.end - 1)) && c.first >= 2) {
            std::size_t b = c.first;
            // back over earlier conjuncts: "Agrarian Policy and"
            while (b >= 2 && ctx.is(b - 1, "and") && is_portfolio_word(ctx.low(b - 2))) {
                b -= 2;
                while (b > 0 && ctx.word(b - 1) && ctx.upper(b - 1) && ctx.mention_at(b - 1) == kNoMention) --b;
            }
            if (b >= 2 && (ctx.is(b - 1, "of") || ctx.is(b - 1, "for")) && ctx.is_kind(b - 2, MentionKind::Role)) continue;
        }
        bool person = false;
        std::size_t len = c.end - c.first;
        bool determined = c.lead > 0 && (ctx.is(c.lead - 1, "the") || ctx.is(c.lead - 1, "a") || ctx.possessive(c.lead - 1));
        bool place_like = is_place_head(ctx.low(c.end - 1));
        if (c.honorific || role_before(c.lead)) person = true;
        // ("the Global South is": a determiner makes it a thing)
        else if (len >= 2 && len <= 5 && (role_after(c.end) || (followed_by_verb(ctx, c.end) && !determined))) person = true;
        else if (len >= 2 && len <= 4 && ctx.gaz.is_given_name(ctx.tok(c.first)) && !determined && !place_like)
            person = true;
        else if (len >= 2 && len <= 4 && c.first > 0 && !ctx.ignored[c.first] && object_of_encounter(ctx, c.first))
            person = true;
        else if (len >= 2 && len <= 3 && !place_like) {
            // "hosted Thai Foreign Minister X and Cambodia's Y": coordinated with a person just named
            // (a country's possessive before it is no determiner)
            std::size_t b = c.first;
            if (b >= 2 && ctx.possessive(b - 1) && ctx.is_kind(b - 2, MentionKind::Country))
                b = ctx.tokens_of(ctx.mention_at(b - 2)).first;
            if ((b < c.first || !determined) && b >= 2 && ctx.is(b - 1, "and") && ctx.is_kind(b - 2, MentionKind::Person))
                person = true;
        }
        if (place_like && !c.honorific) person = false;
        if (person && len <= 6) {
            ctx.add_mention(c.first, c.end, MentionKind::Person, surface);
        } else {
            undecided.push_back(c);
        }
    }

    // 3b. coordination: "X and Y", "X, Y and Z" next to a person are people too
    for (bool changed = true; changed;) {
        changed = false;
        for (auto it = undecided.begin(); it != undecided.end(); ++it) {
            std::size_t len = it->end - it->first;
            if (len < 2 || len > 4 || ctx.ignored[it->first]) continue;
            bool before = it->first >= 2 && ctx.is(it->first - 1, "and") && ctx.is_kind(it->first - 2, MentionKind::Person);
            bool after = ctx.is(it->end, "and") && ctx.is_kind(it->end + 1, MentionKind::Person);
            if (!before && !after) continue;
            ctx.add_mention(it->first, it->end, MentionKind::Person,
                            std::string(ctx.doc.text(ctx.doc.token_span(it->first, it->end))));
            undecided.erase(it);
            changed = true;
            break;
        }
    }

    // 4. known names: full names seen elsewhere in the article, and parts of them (surnames)
    std::unordered_map<std::string, int> full_names;  // normalized full name -> count
    std::unordered_map<std::string, int> name_parts;  // normalized token -> number of persons having it
    for (const auto& m : ctx.out.mentions) {
        if (m.kind != MentionKind::Person) continue;
        std::string key = text::normalize_key(m.canonical);
        if (full_names[key]++ > 0) continue;
        for (const auto& t : text::tokenize(m.canonical)) {
            std::string part = text::normalize_key(m.canonical.substr(t.span.begin, t.span.size()));
            if (part.size() >= 2 && !lexicon::is_name_particle(part)) ++name_parts[part];
            std::string bare = strip_article_prefix(part);
            if (bare != part && bare.size() >= 2) ++name_parts[bare];
        }
    }
    // A surname that is also a place's name ("Farah", "Lima", "Paris"): one word the gazetteers took
    // for a city or region, equal to the last word of a person's full name in the article, and not
    // written as a place (after "in", "to", "from", "at", "near" or before "'s capital") is the person.
    std::unordered_set<std::string> surnames;
    for (const auto& m : ctx.out.mentions) {
        if (m.kind != MentionKind::Person) continue;
        auto toks = text::tokenize(m.canonical);
        if (toks.size() >= 2)
            surnames.insert(text::normalize_key(m.canonical.substr(toks.back().span.begin, toks.back().span.size())));
    }
    for (MentionId id = 0; id < ctx.out.mentions.size(); ++id) {
        Mention& m = ctx.mention(id);
        if (m.kind != MentionKind::City && m.kind != MentionKind::Region) continue;
        auto [mf, me] = ctx.tokens_of(id);
        if (me != mf + 1 || !surnames.count(text::normalize_key(m.canonical)) || ctx.ignored[mf]) continue;
        if (mf > 0 && (ctx.is(mf - 1, "in") || ctx.is(mf - 1, "to") || ctx.is(mf - 1, "from") || ctx.is(mf - 1, "at") ||
                       ctx.is(mf - 1, "near") || ctx.is(mf - 1, "of") || ctx.is(mf - 1, "outside")))
            continue;
        if (mf >= ctx.body_start && mf < ctx.dateline_end) continue;
        m.kind = MentionKind::Person;
        m.canonical = std::string(ctx.tok(mf));
        m.key.clear();
        m.country.clear();
        m.partial_name = true;
    }
    // single words with person context ("Tipene, New Zealand's trade minister,", "Tipene said", "Mr Tolhurst")
    // vouch for the longer names that end with them ("Aroha Tipene")
    std::unordered_set<std::string> vouched;
    for (const auto& c : undecided) {
        if (c.end - c.first != 1 || ctx.ignored[c.first]) continue;
        bool sentence_initial = c.first == ctx.first_token_of_sentence(c.first);
        bool speech = followed_by_verb(ctx, c.end) && lexicon::is_speech_verb(ctx.tok(c.end));
        if (c.honorific || role_after(c.end) || (speech && !sentence_initial))
            if (!lexicon::is_common_plural(ctx.tok(c.first))) vouched.insert(ctx.low(c.first));
    }
    for (auto it = undecided.begin(); it != undecided.end();) {
        std::size_t len = it->end - it->first;
        if (len >= 2 && len <= 4 && vouched.count(ctx.low(it->end - 1)) && !ctx.ignored[it->first] &&
            !is_place_head(ctx.low(it->end - 1))) {
            MentionId m = ctx.add_mention(it->first, it->end, MentionKind::Person,
                                          std::string(ctx.doc.text(ctx.doc.token_span(it->first, it->end))));
            std::string key = text::normalize_key(ctx.mention(m).canonical);
            if (full_names[key]++ == 0)
                for (std::size_t k = it->first; k < it->end; ++k)
                    if (ctx.low(k).size() >= 2 && !lexicon::is_name_particle(ctx.low(k))) ++name_parts[ctx.low(k)];
            it = undecided.erase(it);
        } else {
            ++it;
        }
    }
    for (const auto& c : undecided) {
        std::string surface(ctx.doc.text(ctx.doc.token_span(c.first, c.end)));
        std::string key = text::normalize_key(surface);
        std::size_t len = c.end - c.first;
        if (full_names.count(key)) {
            ctx.add_mention(c.first, c.end, MentionKind::Person, surface);
            continue;
        }
        // every token a known name part: a surname, or a list of surnames ("Duarte Osei")
        bool all_parts = true;
        for (std::size_t k = c.first; k < c.end; ++k)
            if (!name_parts.count(ctx.low(k))) all_parts = false;
        if (all_parts && len <= 3) {
            for (std::size_t k = c.first; k < c.end; ++k) {
                MentionId m = ctx.add_mention(k, k + 1, MentionKind::Person, std::string(ctx.tok(k)));
                ctx.mention(m).partial_name = true;
            }
            continue;
        }
        // a lone surname introduced only by speech: "Miller said"
        if (len == 1 && !ctx.ignored[c.first] && !ctx.doc.tokens()[c.first].all_upper &&
            !lexicon::is_common_plural(ctx.tok(c.first)) &&
            ((followed_by_verb(ctx, c.end) && lexicon::is_speech_verb(ctx.tok(c.end))) || c.honorific)) {
            MentionId m = ctx.add_mention(c.first, c.end, MentionKind::Person, surface);
            ctx.mention(m).partial_name = true;
        }
    }
    // Where the article places its venues: "<Venue> in <City>", "<Venue>, <City>"
    for (MentionId id = 0; id < ctx.out.mentions.size(); ++id) {
        if (ctx.out.mentions[id].kind != MentionKind::Venue) continue;
        std::size_t after = ctx.tokens_of(id).second;
        if (!ctx.comma(after) && !ctx.is(after, "in")) continue;
        if (ctx.is_kind(after + 1, MentionKind::City)) ctx.out.venue_cities.emplace_back(id, ctx.mention_at(after + 1));
    }
    // Split persons that are really surnames side by side (headline "Smith Jones hold talks"): every
    // token is a part of a different person's full name, and the pair itself is never repeated.
    std::vector<std::pair<MentionId, std::vector<std::string>>> full;
    for (MentionId id = 0; id < ctx.out.mentions.size(); ++id) {
        const auto& m = ctx.out.mentions[id];
        if (m.kind != MentionKind::Person || m.partial_name) continue;
        std::vector<std::string> parts;
        for (const auto& t : text::tokenize(m.canonical))
            parts.push_back(text::normalize_key(m.canonical.substr(t.span.begin, t.span.size())));
        full.emplace_back(id, std::move(parts));
    }
    for (const auto& [id, parts] : full) {
        if (parts.size() < 2 || parts.size() > 3 || full_names[text::normalize_key(ctx.mention(id).canonical)] > 1) continue;
        // "Mohammed bin Salman" is one name, whoever else is called Mohammed or Salman
        if (std::any_of(parts.begin(), parts.end(), [](const std::string& w) { return lexicon::is_name_particle(w); }))
            continue;
        std::vector<MentionId> owners;
        for (const auto& part : parts) {
            MentionId owner = kNoMention;
            for (const auto& [other, other_parts] : full) {
                if (other_parts.size() < 2 || text::normalize_key(ctx.mention(other).canonical) ==
                                                  text::normalize_key(ctx.mention(id).canonical))
                    continue;
                if (std::find(other_parts.begin(), other_parts.end(), part) != other_parts.end()) owner = other;
            }
            if (owner == kNoMention) break;
            owners.push_back(owner);
        }
        if (owners.size() != parts.size()) continue;
        std::sort(owners.begin(), owners.end());
        if (std::adjacent_find(owners.begin(), owners.end(), [&](MentionId a, MentionId b) {
                return text::normalize_key(ctx.mention(a).canonical) == text::normalize_key(ctx.mention(b).canonical);
            }) != owners.end())
            continue;
        auto [first, end] = ctx.tokens_of(id);
        ctx.mention(id).partial_name = true;
        ctx.mention(id).canonical = std::string(ctx.tok(first));
        ctx.narrow_mention(id, first, first + 1);
        for (std::size_t k = first + 1; k < end; ++k) {
            MentionId m = ctx.add_mention(k, k + 1, MentionKind::Person, std::string(ctx.tok(k)));
            ctx.mention(m).partial_name = true;
        }
    }
}

}  // namespace readout::extract::detail
