// Rule helper: issue phrases. After a discussion cue ("discussed", "raised the issue of", "the need
// for", "including" ...) the noun phrases up to the end of the clause are split at commas and
// conjunctions and cleaned of determiners; generic heads ("areas", "issues") are dropped.

#include <unordered_set>

#include "context.hpp"
#include "readout/extract/lexicon.hpp"

namespace readout::extract::detail {
namespace {

/// "dominating the talks", "topping the agenda", "dominated the meeting": what comes before was
/// the talks' subject.
bool dominance_verb(const Context& ctx, std::size_t k) {
    const std::string& w = ctx.low(k);
    if (w != "dominating" && w != "dominated" && w != "topping" && w != "topped" && w != "headlining") return false;
    std::size_t o = k + 1;
    if (ctx.is(o, "the") || ctx.is(o, "their")) ++o;
    const std::string& n = ctx.low(o);
    return n == "agenda" || n == "talks" || n == "conversation" || n == "discussions" || n == "meeting" ||
           n == "discussion" || n == "summit" || n == "exchange";
}

/// Length of a discussion cue at token i (0 when none).
std::size_t cue_at(const Context& ctx, std::size_t i) {
    const std::string& w = ctx.low(i);
    static const std::unordered_set<std::string> single = {
        "discussed", "discuss", "discussing", "discusses", "raised", "raising", "covered", "included", "including",
        "addressed", "reviewed", "stressed", "emphasized", "emphasised", "underlined", "highlighted"};
    if (single.count(w)) {
        // "stressed the importance of X" / "stressed the need for X": the cue runs on, also into a
        // quotation that opens there ("stressed \"the need to reduce the risks of X\"")
        std::size_t k = i + 1;
        const bool quoted = ctx.tok(k) == "\"" || ctx.tok(k) == "\u201C";
        if (quoted && ctx.is(k + 1, "the") && (ctx.is(k + 2, "importance") || ctx.is(k + 2, "need")) &&
            (ctx.is(k + 3, "of") || ctx.is(k + 3, "for") || ctx.is(k + 3, "to")))
            return 5;
        if (ctx.is(k, "the") && (ctx.is(k + 1, "importance") || ctx.is(k + 1, "need")) &&
            (ctx.is(k + 2, "of") || ctx.is(k + 2, "for") || ctx.is(k + 2, "to")))
            return 4;
        if (ctx.is(k, "the") && ctx.is(k + 1, "issue") && ctx.is(k + 2, "of")) return 4;
        if (ctx.is(k, "concerns") && (ctx.is(k + 1, "about") || ctx.is(k + 1, "over") || ctx.is(k + 1, "on"))) return 3;
        if (w == "stressed" || w == "emphasized" || w == "emphasised" || w == "underlined" || w == "highlighted")
            return 0;  // a bare "stressed" is usually followed by a clause, not a topic
        return 1;
    }
    if ((w == "focused" || w == "focusing" || w == "touched" || w == "centred" || w == "centered") && ctx.is(i + 1, "on"))
        return 2;
    if (w == "talked" && ctx.is(i + 1, "about")) return 2;
    // "mentioned the grain deal": a bare "mentioned" before a noun phrase ("mentioned that ..." gives
    // a relative-clause item, which is dropped)
    if (w == "mentioned" && (ctx.is(i + 1, "the") || ctx.is(i + 1, "a") || ctx.is(i + 1, "an"))) return 1;
    // "briefed X on Y", "updated him about Y": the person briefed is skipped to the topic
    if (w == "briefed" || w == "updated" || w == "apprised" || w == "informed") {
        std::size_t k = i + 1;
        if (MentionId m = ctx.mention_at(k); m != kNoMention && ctx.mention(m).kind == MentionKind::Person)
            k = ctx.tokens_of(m).second;
        else if (ctx.is(k, "him") || ctx.is(k, "her") || ctx.is(k, "them") || ctx.is(k, "reporters"))
            ++k;
        else
            return 0;
        if (ctx.is(k, "on") || ctx.is(k, "about")) return k + 1 - i;
        return 0;
    }
    // what was agreed or promised: "agreed to cooperate against drug trafficking and to explore
    // closer ties on energy", "pledged to prevent ...", "agreed on a timetable" (the infinitive is
    // taken off each item when it is flushed)
    if ((w == "agreed" || w == "pledged" || w == "vowed" || w == "promised" || w == "recommitted" ||
         w == "committed") &&
        (ctx.is(i + 1, "to") || (w == "agreed" && ctx.is(i + 1, "on")) ||
         // "agreed that X would ...": the list reads the object of the verb after the modal
         ((w == "agreed" || w == "pledged" || w == "promised") && ctx.is(i + 1, "that"))))
        return ctx.is(i + 1, "on") ? 2 : 1;
    // "a deal on transitional justice", "an agreement on fisheries"
    if ((w == "deal" || w == "agreement" || w == "accord" || w == "pact" || w == "understanding") && ctx.is(i + 1, "on"))
        return 2;
    // "dealt with X", "dealt mainly with X"
    if (w == "dealt" && ctx.is(i + 1, "with")) return 2;
    if (w == "dealt" && ctx.low(i + 1).ends_with("ly") && ctx.is(i + 2, "with")) return 3;
    // "met Tuesday with King X over the disappearance of Y", "talks over the border dispute": the
    // topic after a meeting word; not "over dinner", "over the weekend", "over the phone", "over 7 hours"
    if (w == "over" && i > 0) {
        bool after_meeting = false;
        for (std::size_t k = i; k-- > 0 && k + 14 > i && !ctx.punct(k, ".") && !ctx.punct(k, ";");)
            if (ctx.is(k, "met") || ctx.is(k, "meets") || ctx.is(k, "talks") || ctx.is(k, "meeting") ||
                ctx.is(k, "held") || ctx.is(k, "spoke"))
                after_meeting = true;
        std::size_t o = i + 1;
        if (ctx.is(o, "the") || ctx.is(o, "a")) ++o;
        static const std::unordered_set<std::string> not_topic = {
            "dinner", "lunch", "breakfast", "tea", "coffee", "weekend", "phone", "telephone", "video", "years",
            "months", "weeks", "days", "hours", "past", "course", "next", "last", "period", "summer", "winter", "working"};
        if (after_meeting && ctx.word(o) && !not_topic.count(ctx.low(o)) && !lexicon::weekday(ctx.tok(o)) &&
            !lexicon::month(ctx.tok(o)) && ctx.doc.tokens()[o].kind != text::TokenKind::Number)
            return 1;
    }
    if (w == "exchanged" && (ctx.is(i + 1, "views") || ctx.is(i + 1, "opinions")) &&
        (ctx.is(i + 2, "on") || ctx.is(i + 2, "about") || ctx.is(i + 2, "over")))
        return 3;
    // "with the war in Ukraine, energy and food prices dominating the conversation": the list
    // comes before the verb (which ends it, stop_word)
    if (w == "with" && !ctx.is_kind(i + 1, MentionKind::Person)) {
        for (std::size_t k = i + 2; k < i + 32 && k < ctx.size() && !ctx.punct(k, ".") && !ctx.punct(k, ";"); ++k)
            if (dominance_verb(ctx, k)) return 1;
    }
    if (w == "such" && ctx.is(i + 1, "as")) return 2;
    if (w == "talks" || w == "discussions" || w == "discussion") {
        // "talks on X", and through a time or place first: "talks late on Sunday on the size of ..."
        // "on Sunday" says when; "in Vienna", "at the palace" say where; "on Taiwan" is a topic
        auto when = [&](std::size_t k) { return lexicon::weekday(ctx.tok(k)) || lexicon::month(ctx.tok(k)); };
        auto when_or_where = [&](std::size_t k) {
            return when(k) || ctx.is_kind(k, MentionKind::City) || ctx.is_kind(k, MentionKind::Country) ||
                   ctx.is_kind(k, MentionKind::Venue);
        };
        std::size_t k = i + 1;
        for (int steps = 0; steps < 4; ++steps) {
            if (ctx.is(k, "late") || ctx.is(k, "early") || ctx.is(k, "yesterday") || ctx.is(k, "today") ||
                ctx.is(k, "here") || ctx.is(k, "there")) {
                ++k;
            } else if (ctx.is(k, "on") && ctx.is(k + 1, "the") &&
                       (ctx.is(k + 2, "sidelines") || ctx.is(k + 2, "margins") || ctx.is(k + 2, "fringes"))) {
                // "on the sidelines [of the X summit]" says where; a topic may follow it
                k += 3;
                if (ctx.is(k, "of"))
                    for (std::size_t stop = k + 12; k < stop && !ctx.is(k, "on") && !ctx.is(k, "about") &&
                                                    !ctx.comma(k) && !ctx.punct(k, ".");)
                        ++k;
            } else if ((ctx.is(k, "on") && when(k + 1)) || ((ctx.is(k, "in") || ctx.is(k, "at")) && when_or_where(k + 1))) {
                MentionId m = ctx.mention_at(k + 1);
                k = m != kNoMention ? ctx.tokens_of(m).second : k + 2;
            } else {
                break;
            }
        }
        // "on the sidelines of", "on the margins of" say where, not what
        bool margins = ctx.is(k + 1, "the") && (ctx.is(k + 2, "sidelines") || ctx.is(k + 2, "margins") ||
                                                ctx.is(k + 2, "fringes") || ctx.is(k + 2, "sideline") ||
                                                ctx.is(k + 2, "eve"));
        // "on the Greek island of Crete", "on the shores of the lake": a place
        for (std::size_t x = k + 1; x < k + 4 && !margins; ++x)
            margins = ctx.is(x, "island") || ctx.is(x, "islands") || ctx.is(x, "coast") || ctx.is(x, "shores") ||
                      ctx.is(x, "banks") || ctx.is(x, "outskirts");
        if ((ctx.is(k, "on") || ctx.is(k, "about")) && !when(k + 1) && !margins) return k + 1 - i;
        if (ctx.is(k, "with")) return k - i;  // "talks with X, <title>, on Y": the partner is skipped below
    }
    return 0;
}

bool stop_word(const Context& ctx, std::size_t i) {
    if (ctx.punct(i, ";") || ctx.punct(i, ".") || ctx.punct(i, ":") || ctx.punct(i, "?") || ctx.punct(i, "!") ||
        ctx.punct(i, "(") || ctx.punct(i, ")"))
        return true;
    std::string_view t = ctx.tok(i);
    // a dash written tight between two capitalized words joins a name: "North–South Corridor"
    const auto& tokens = ctx.doc.tokens();
    if ((t == "\u2013" || t == "\u2014") && i > 0 && i + 1 < ctx.size() && tokens[i - 1].span.end == tokens[i].span.begin &&
        tokens[i].span.end == tokens[i + 1].span.begin && ctx.upper(i - 1) && ctx.upper(i + 1))
        return false;
    if (t == "\"" || t == "\u201C" || t == "\u201D" || t == "\u2014" || t == "\u2013") return true;
    const std::string& w = ctx.low(i);
    // "after the hurricane" is part of a topic; "after meeting X", "after they met" end the list
    if (w == "after" || w == "before" || w == "during")
        return ctx.low(i + 1).ends_with("ing") || ctx.is(i + 1, "they") || ctx.is(i + 1, "he") ||
               ctx.is(i + 1, "she") || (ctx.is(i + 1, "the") && ctx.is(i + 2, "meeting")) ||
               ctx.is_kind(i + 1, MentionKind::Person);
    if (dominance_verb(ctx, i)) return true;
    // "... in the South China Sea ahead of a summit in November": the occasion, not the topic
    if (w == "ahead" && ctx.is(i + 1, "of")) return true;
    // "..., and the two ministers discussed X", "and they agreed": a clause of its own after the list
    // (its cue starts a list of its own); not "and the two Koreas."
    if (const std::size_t a = ctx.comma(i) ? i + 1 : i;
        ctx.is(a, "and") && (ctx.is(a + 1, "they") || ctx.is(a + 1, "both") ||
                             (ctx.is(a + 1, "the") && (ctx.is(a + 2, "two") || ctx.is(a + 2, "sides") ||
                                                       ctx.is(a + 2, "leaders") || ctx.is(a + 2, "ministers"))))) {
        for (std::size_t k = a + 2; k < a + 6 && k < ctx.size(); ++k) {
            const std::string& v = ctx.low(k);
            if ((v.size() > 4 && v.ends_with("ed")) || v == "met" || v == "held" || v == "said" || v == "also" ||
                v == "have" || v == "had" || v == "will")
                return true;
        }
    }
    // ", as investigators searched ...", ", while ...": a clause with a subject of its own
    if (i > 0 && ctx.comma(i - 1) &&
        ((ctx.is(i, "as") && !ctx.is(i + 1, "well") && !ctx.is(i + 1, "part")) || ctx.is(i, "while") ||
         ctx.is(i, "whereas") || ctx.is(i, "although") || ctx.is(i, "though")))
        return true;
    return w == "according" || w == "said" || w == "says" || w == "told" || w == "while" || w == "but" ||
           w == "so" || w == "because" || w == "although" || w == "though" || w == "sources" ||
           w == "officials" || w == "due" || w == "expected" || w == "scheduled" || w == "slated";
}

/// "the prices of food and fertiliser", "the situation in Syria and Iraq": after "of"/"in" in the
/// item, an "and" that joins a single word ending the list (or the item) belongs to the phrase.
bool coordinated_complement(const Context& ctx, std::size_t item, std::size_t i) {
    if (!ctx.is(i, "and") || !ctx.word(i + 1) || ctx.is(i + 1, "the") || ctx.is(i + 1, "a")) return false;
    bool complement = false;
    for (std::size_t k = item; k < i; ++k) {
        if (ctx.comma(k)) return false;
        if (ctx.is(k, "of") || ctx.is(k, "in")) complement = k + 2 == i;  // one word after it
    }
    if (!complement) return false;
    const std::size_t after = i + 2;
    return after >= ctx.size() || !ctx.word(after) || ctx.is(after, "and") || stop_word(ctx, after);
}

/// A relative clause inside a list of topics: ", which Somalia has taken to court,", "that have been
/// stalled since 2012", ", to which Kenya contributes troops,", "the baseline from which X is
/// calculated". Returns the token where the clause
/// begins (the preposition of "to which"), or npos.
std::size_t relative_clause_at(const Context& ctx, std::size_t i, std::size_t item) {
    const std::string& w = ctx.low(i);
    if (w != "which" && w != "who" && w != "whom" && w != "whose" && w != "that" && w != "where" && w != "when")
        return std::string::npos;
    if (i > item && (ctx.is(i - 1, "to") || ctx.is(i - 1, "in") || ctx.is(i - 1, "of") || ctx.is(i - 1, "for") ||
                     ctx.is(i - 1, "by") || ctx.is(i - 1, "with") || ctx.is(i - 1, "on") || ctx.is(i - 1, "from") ||
                     ctx.is(i - 1, "at") || ctx.is(i - 1, "under") || ctx.is(i - 1, "through") ||
                     ctx.is(i - 1, "over") || ctx.is(i - 1, "against")))
        return i - 1;
    return i;
}

/// "peace process between Israel and the Palestinians": the "and" of "between" joins, it does not list.
bool inside_pair(const Context& ctx, std::size_t item, std::size_t i) {
    if (!ctx.is(i, "and")) return false;
    for (std::size_t k = item; k < i; ++k)
        if (ctx.is(k, "between")) {
            for (std::size_t j = k + 1; j < i; ++j)
                if (ctx.is(j, "and") || ctx.comma(j)) return false;
            return true;
        }
    return false;
}

/// Modifiers that are coordinated before one head noun: "nuclear and missile programs",
/// "economic and trade ties".
bool coordinated_modifier(const Context& ctx, std::size_t i) {
    static const std::unordered_set<std::string> m = {
        "nuclear", "economic", "political", "military", "cultural", "social", "financial", "technical",
        "maritime", "regional", "bilateral", "commercial", "humanitarian", "strategic", "diplomatic", "security",
        "trade", "energy", "agricultural", "scientific", "educational", "environmental", "legal", "consular"};
    return (ctx.is(i, "and") || ctx.is(i, "or")) && i > 0 && m.count(ctx.low(i - 1)) && ctx.word(i + 1) &&
           !ctx.is(i + 1, "the") && !ctx.is(i + 1, "a") && !ctx.is(i + 1, "an");
}

/// "the Commission on Trade, Economic, Scientific and Cultural Cooperation": inside a capitalized
/// name with an "on"/"of"/"for" in it, a comma or "and" before another capitalized word that names
/// nothing by itself (no person, place or organization) continues the name.
bool inside_title_case_name(const Context& ctx, std::size_t item, std::size_t i, std::size_t skip) {
    // the capitalized run that ends the item so far: "Commission on Trade, Economic"
    bool preposition = false;
    if (i == 0 || !ctx.upper(i - 1)) return false;
    for (std::size_t x = i; x-- > item;) {
        if (ctx.is(x, "on") || ctx.is(x, "of") || ctx.is(x, "for")) {
            if (x == item || !ctx.upper(x - 1)) break;
            preposition = true;
        } else if (!ctx.upper(x) && !ctx.comma(x) && !ctx.is(x, "and")) {
            break;
        }
    }
    const std::size_t next = i + skip;
    if (!preposition || next >= ctx.size() || !ctx.word(next) || !ctx.upper(next)) return false;
    MentionId m = ctx.mention_at(next);
    return m == kNoMention || ctx.mention(m).kind == MentionKind::Role;
}

bool item_separator(const Context& ctx, std::size_t i, std::size_t& skip) {
    skip = 1;
    if (ctx.comma(i)) {
        if (ctx.is(i + 1, "and") || ctx.is(i + 1, "or")) skip = 2;
        return true;
    }
    if (ctx.is(i, "and") || ctx.is(i, "or")) return true;
    if (ctx.is(i, "as") && ctx.is(i + 1, "well") && ctx.is(i + 2, "as")) {
        skip = 3;
        return true;
    }
    if (ctx.is(i, "including") || ctx.is(i, "particularly") || ctx.is(i, "especially") || ctx.is(i, "notably")) return true;
    if (ctx.is(i, "such") && ctx.is(i + 1, "as")) {
        skip = 2;
        return true;
    }
    return false;
}

const std::unordered_set<std::string>& leading_drop() {
    static const std::unordered_set<std::string> s = {
        "the", "a", "an", "their", "its", "his", "her", "our", "your", "my", "this", "these", "those", "both",
        "other", "also", "further", "various", "several", "some", "all", "any", "key", "important", "recent",
        "on", "about"};  // "focused on X and on Y": the second "on" repeats the cue
    return s;
}

/// True when tokens [a, b) are all determiners or other words an item drops at its start.
bool only_determiners(const Context& ctx, std::size_t a, std::size_t b) {
    for (std::size_t x = a; x < b; ++x)
        if (!leading_drop().count(ctx.low(x))) return false;
    return true;
}

/// Adjectives that say nothing of the topic: "thorny issues", "pressing matters".
const std::unordered_set<std::string>& vague() {
    static const std::unordered_set<std::string> s = {
        "thorny", "difficult", "sensitive", "pressing", "outstanding", "common", "shared", "major", "many",
        "main", "broad", "specific", "certain", "unspecified", "unresolved", "contentious", "urgent", "core",
        "pending", "remaining", "substantive", "a", "of", "mutual", "wide", "high-level", "fundamental", "critical", "crucial"};
    return s;
}

const std::unordered_set<std::string>& generic_heads() {
    static const std::unordered_set<std::string> s = {
        "areas", "area", "issues", "issue", "matters", "matter", "topics", "topic", "things", "subjects", "number",
        "range", "variety", "series", "ways", "means", "details", "points", "aspects", "questions", "differences",
        "opportunities", "progress", "concerns", "steps", "measures", "efforts", "importance", "need", "others",
        "two", "sides", "countries", "relationship", "what", "how", "them", "it", "they", "which", "fronts", "hours"};
    return s;
}

}  // namespace

std::vector<IssuePhrase> issues_in(const Context& ctx, std::size_t first, std::size_t end) {
    std::vector<IssuePhrase> out;
    for (std::size_t i = first; i < end; ++i) {
        std::size_t cue = cue_at(ctx, i);
        if (!cue) continue;
        // "issues that need to be discussed, including X", "will discuss Y": not discussed (yet); the
        // rest of the clause, with any "including" list, goes with it
        if (i > first && (ctx.is(i - 1, "be") || ctx.is(i - 1, "will") || ctx.is(i - 1, "would") ||
                          ctx.is(i - 1, "could") || ctx.is(i - 1, "should") || ctx.is(i - 1, "might")) &&
            ctx.low(i).rfind("discuss", 0) == 0) {
            while (i + 1 < end && !ctx.punct(i + 1, ".") && !ctx.punct(i + 1, ";")) ++i;
            continue;
        }
        std::size_t k = i + cue;
        // "discussed with X ...": skip the partner phrase
        // "discussed with X ...", "held talks with X, Ukraine's defence minister, on Y": skip the partner
        // and any appositive to the "on"/"about" that opens the topic
        if (ctx.is(k, "with")) {
            std::size_t on = k + 1;
            // "on Thursday", "on Tahrir Square" say when and where; "on Ukraine", "on trade" open a topic
            auto opens_topic = [&](std::size_t t) {
                if (!ctx.is(t, "on") && !ctx.is(t, "about")) return false;
                if (lexicon::weekday(ctx.tok(t + 1)) || lexicon::month(ctx.tok(t + 1))) return false;
                // "on the sidelines of the G7 summit" says where, "on the eve of" when
                if (ctx.is(t + 1, "the") && (ctx.is(t + 2, "sidelines") || ctx.is(t + 2, "margins") ||
                                             ctx.is(t + 2, "fringes") || ctx.is(t + 2, "sideline") || ctx.is(t + 2, "eve")))
                    return false;
                return !ctx.upper(t + 1) || ctx.is_kind(t + 1, MentionKind::Country);
            };
            while (on < end && on < k + 20 && !ctx.punct(on, ".") && !ctx.punct(on, ";") && !opens_topic(on)) ++on;
            if (on < end && opens_topic(on)) {
                k = on + 1;
            } else {
                continue;  // no topic here; a later cue in the clause may still give one
            }
        }
        std::size_t item = k;
        const std::size_t list_start = k;
        auto flush = [&](std::size_t a, std::size_t b) {
            // "the file of Thomas Sankara, the revolutionary leader killed in 1987": an appositive to
            // a person describes the person, it is no topic
            if (a >= 2 && ctx.comma(a - 1) && ctx.is_kind(a - 2, MentionKind::Person)) return;
            // "discussed included X", "... and covered Y": a second cue opens the item
            for (std::size_t c; a < b && (c = cue_at(ctx, a)) != 0;) a += c;
            while (a < b && (leading_drop().count(ctx.low(a)) || ctx.possessive(a))) ++a;
            // "each other's traders" keeps its possessive; trailing punctuation goes
            while (b > a && (ctx.doc.tokens()[b - 1].kind == text::TokenKind::Punct)) --b;
            // an agreed aim: "to cooperate against drug trafficking" -> "drug trafficking", "to
            // explore closer ties on energy" -> "closer ties on energy", "to prevent a repeat of X"
            if (ctx.is(a, "to") && a + 2 < b && ctx.word(a + 1) && !ctx.upper(a + 1)) {
                std::size_t v = a + 1;
                if (ctx.is(v, "further") || ctx.low(v).ends_with("ly")) ++v;
                // "agreed to meet again in Riga": a plan to meet is no topic
                if (ctx.is(v, "meet") || ctx.is(v, "visit") || ctx.is(v, "hold") || ctx.is(v, "talk") ||
                    ctx.is(v, "speak") || ctx.is(v, "return") || ctx.is(v, "travel") || ctx.is(v, "continue"))
                    return;
                a = v + 1;
                // a phrasal verb's particle: "to speed up talks on X", "to step up cooperation"
                if (a + 1 < b && (ctx.is(a, "up") || ctx.is(a, "down") || ctx.is(a, "out") || ctx.is(a, "forward")))
                    ++a;
                while (a < b && (ctx.is(a, "against") || ctx.is(a, "on") || ctx.is(a, "with") || ctx.is(a, "for") ||
                                 ctx.is(a, "toward") || ctx.is(a, "towards") || ctx.is(a, "in") || ctx.is(a, "to")))
                    ++a;
                while (a < b && (leading_drop().count(ctx.low(a)) || ctx.possessive(a))) ++a;
                // "a repeat of X", "the prospect of X"
                if (a + 2 < b && (ctx.is(a, "repeat") || ctx.is(a, "recurrence") || ctx.is(a, "prospect")) && ctx.is(a + 1, "of")) {
                    a += 2;
                    while (a < b && leading_drop().count(ctx.low(a))) ++a;
                }
            }
            // "ways to further boost X", "steps to strengthen X", "measures to improve X": the topic is X
            if (generic_heads().count(ctx.low(a)) && ctx.is(a + 1, "to") && a + 3 < b) {
                std::size_t v = a + 2;
                while (v + 2 < b && ctx.low(v).ends_with("ly")) ++v;  // "to further", "to jointly"
                if (ctx.is(v, "further")) ++v;
                a = v + 1;  // past the verb
                while (a < b && (leading_drop().count(ctx.low(a)) || ctx.possessive(a))) ++a;
            }
            // "prospects for the joint production of X", "progress on the rail project", "the question
            // of Taiwan", "(agreed to open) talks on a fisheries accord": the topic is what follows the
            // preposition
            if (a + 2 < b &&
                (((ctx.is(a, "talks") || ctx.is(a, "negotiations") || ctx.is(a, "consultations")) &&
                  (ctx.is(a + 1, "on") || ctx.is(a + 1, "about") || ctx.is(a + 1, "over"))) ||
                 ((ctx.is(a, "prospects") || ctx.is(a, "prospect")) && (ctx.is(a + 1, "for") || ctx.is(a + 1, "of"))) ||
                 ((ctx.is(a, "possibility") || ctx.is(a, "question")) && ctx.is(a + 1, "of")) ||
                 (ctx.is(a, "progress") && (ctx.is(a + 1, "on") || ctx.is(a + 1, "in") || ctx.is(a + 1, "towards"))))) {
                a += 2;
                while (a < b && leading_drop().count(ctx.low(a))) ++a;
            }
            // "lifting bilateral trade to $100 billion", "doubling exports to 5 million tonnes": the
            // thing to grow is the topic, not the target figure
            {
                static const std::unordered_set<std::string> growth = {
                    "lifting", "boosting", "raising", "increasing", "doubling", "tripling", "expanding", "growing"};
                if (a + 1 < b && growth.count(ctx.low(a)))
                    for (std::size_t x = a + 2; x + 1 < b; ++x)
                        if (ctx.is(x, "to") && (ctx.tok(x + 1) == "$" || ctx.doc.tokens()[x + 1].kind == text::TokenKind::Number ||
                                                ctx.tok(x + 1).starts_with("$"))) {
                            ++a;
                            b = x;
                            break;
                        }
            }
            // a participle after the noun starts a modifier, not the topic: "the Transport Corridor
            // linking India to Russia", "the talks involving the Taliban"
            for (std::size_t x = a + 1; x + 1 < b; ++x) {
                const std::string& w = ctx.low(x);
                if (w.size() > 5 && w.ends_with("ing") && ctx.word(x - 1) && !ctx.low(x - 1).ends_with("ly") &&
                    !ctx.is(x - 1, "of") && !ctx.is(x - 1, "for") &&
                    !ctx.is(x - 1, "in") && !ctx.is(x - 1, "the") && !ctx.is(x - 1, "and") &&
                    (ctx.upper(x + 1) || ctx.is(x + 1, "the") || ctx.is(x + 1, "a") || ctx.is(x + 1, "an") ||
                     ctx.is(x + 1, "their"))) {
                    b = x;
                    break;
                }
            }
            // "discussed Taiwan and other thorny issues with China's top diplomat, X": "with" and a
            // person, a title or a counterpart name the partner, not the topic
            for (std::size_t x = a + 1; x + 1 < b; ++x) {
                if (!ctx.is(x, "with")) continue;
                std::size_t y = x + 1;
                if (ctx.is(y, "his") || ctx.is(y, "her") || ctx.is(y, "their") || ctx.is(y, "the")) ++y;
                if (ctx.is_kind(y, MentionKind::Country)) {  // "Nigeria's", "Nigerian"
                    y = ctx.tokens_of(ctx.mention_at(y)).second;
                    if (ctx.possessive(y)) ++y;
                }
                while (y < b && (ctx.is(y, "top") || ctx.is(y, "chief") || ctx.is(y, "senior") || ctx.is(y, "visiting")))
                    ++y;
                if (ctx.is_kind(y, MentionKind::Person) || ctx.is_kind(y, MentionKind::Role) || ctx.counterpart(y) ||
                    ctx.is(y, "diplomat") || ctx.is(y, "envoy") || ctx.is(y, "leaders")) {
                    b = x;
                    break;
                }
            }
            // a purpose cut off by the clause's end: "... through open channels to ensure"
            if (b >= a + 3 && ctx.is(b - 2, "to") && ctx.word(b - 1) && !ctx.upper(b - 1)) b -= 2;
            if (b <= a || b - a > 16) return;
            // "..., long seen as the thorniest issue": a comment on the item before, not an item
            for (std::size_t x = a; x < std::min(b, a + 3); ++x)
                if ((ctx.is(x, "seen") || ctx.is(x, "regarded") || ctx.is(x, "viewed") || ctx.is(x, "described")) &&
                    ctx.is(x + 1, "as"))
                    return;
            if (generic_heads().count(ctx.low(a)) && (b - a == 1 || ctx.is(a + 1, "of") || ctx.is(a + 1, "between")))
                return;
            // "progress in areas", "issues of concern to both sides": generic words and prepositions only
            {
                static const std::unordered_set<std::string> glue = {"in", "of", "on", "for", "to", "and", "between",
                                                                     "concern", "both", "the", "interest", "common"};
                bool only_generic = true;
                for (std::size_t x = a; x < b && only_generic; ++x)
                    only_generic = generic_heads().count(ctx.low(x)) || glue.count(ctx.low(x));
                if (only_generic) return;
            }
            if (b - a == 1 && ctx.low(a).size() < 3) return;
            // a phrase must end in a noun: "regional", "promoting a free" are fragments of a list of
            // adjectives; "global issues" ends in a generic head
            static const std::unordered_set<std::string> adjectives = {
                "bilateral", "regional", "global", "international", "multilateral", "economic", "political",
                "free", "open", "mutual", "other", "various", "several", "broader", "wider", "new"};
            if (adjectives.count(ctx.low(b - 1))) return;
            // "global issues", "other matters": a generic head with only an adjective; "history
            // issues", "security matters" name a topic
            if (generic_heads().count(ctx.low(b - 1))) {
                bool only_modifiers = true;  // "bilateral and global issues"
                for (std::size_t x = a; x + 1 < b && only_modifiers; ++x)
                    only_modifiers = adjectives.count(ctx.low(x)) || vague().count(ctx.low(x)) ||
                                     ctx.is(x, "and") || ctx.is(x, "or") || ctx.comma(x);
                if (only_modifiers) return;
            }
            if (ctx.doc.tokens()[a].kind != text::TokenKind::Word) return;
            // A name is an actor, not a topic: a phrase that is one person, organization, city or
            // title mention is dropped, and so is "<place>'s <organization>" ("Brazil's foreign
            // ministry"). Countries and regions stay: "Taiwan" is a topic as often as an actor.
            auto kind_at = [&](std::size_t t) { return ctx.mention(ctx.mention_at(t)).kind; };
            if (MentionId m = ctx.mention_at(a); m != kNoMention) {
                auto [mf, me] = ctx.tokens_of(m);
                MentionKind mk = kind_at(a);
                bool actor = mk == MentionKind::Person || mk == MentionKind::Organization || mk == MentionKind::City ||
                             mk == MentionKind::Role;
                if (actor && mf <= a && me >= b) return;
                if (me < b && ctx.possessive(me) && ctx.mention_at(b - 1) != kNoMention &&
                    kind_at(b - 1) == MentionKind::Organization && ctx.tokens_of(ctx.mention_at(b - 1)).first <= me + 1)
                    return;
            }
            // a person named in the phrase (not as a possessive, "Biden's plan") makes it an actor, and
            // so does a phrase that opens with a title: "US Ambassador to China X", "Assistant Secretary of ..."
            if (ctx.is_kind(a, MentionKind::Role)) return;
            // (a person after "of" is what the topic is about: "the disappearance of writer X")
            bool of_seen = false;
            for (std::size_t x = a; x < b; ++x) {
                if (ctx.is(x, "of") || ctx.is(x, "into") || ctx.is(x, "against")) of_seen = true;
                if (ctx.is_kind(x, MentionKind::Person) && !of_seen &&
                    !ctx.possessive(ctx.tokens_of(ctx.mention_at(x)).second))
                    return;
            }
            // a clause fragment, not a noun phrase: "Thursday with X", "with"
            static const std::unordered_set<std::string> not_heads = {
                "with", "to", "for", "in", "at", "by", "from", "signed", "whether", "if", "around", "across", "through",
                "within", "among", "into", "throughout"};
            if (not_heads.count(ctx.low(a)) || lexicon::weekday(ctx.tok(a))) return;
            // a verb in the past with its agent or object is a clause, not a topic: ", adopted by
            // the two navies a day earlier,", "and urged the commission to act" (a participle used
            // as an adjective stays: "detained journalists")
            if (const std::string& v = ctx.low(a); v.size() > 4 && v.ends_with("ed") && !ctx.upper(a) && a + 1 < b &&
                (ctx.is(a + 1, "by") || ctx.is(a + 1, "the") || ctx.is(a + 1, "a") || ctx.is(a + 1, "an") ||
                 ctx.is(a + 1, "its") || ctx.is(a + 1, "their") || ctx.is(a + 1, "his") || ctx.is(a + 1, "her")))
                return;
            // a count of topics names none: "centred on three issues", "a number of issues"
            if (const std::string& h = ctx.low(b - 1);
                h == "issues" || h == "topics" || h == "matters" || h == "questions" || h == "areas" || h == "subjects") {
                static const std::unordered_set<std::string> counts = {
                    "a", "number", "of", "several", "many", "range", "few", "some", "various",
                    "two", "three", "four", "five", "six"};
                bool only_count = true;
                for (std::size_t x = a; x + 1 < b && only_count; ++x)
                    only_count = ctx.doc.tokens()[x].kind == text::TokenKind::Number || counts.count(ctx.low(x)) != 0;
                if (only_count) return;
            }
            // a participle with its object is a clause, not a topic: "clearing one of the obstacles",
            // "facilitating the visit" (but "training of crews" is a noun)
            static const std::unordered_set<std::string> determiners = {
                "the", "a", "an", "one", "their", "its", "his", "her", "our", "this", "these", "those", "some"};
            if (ctx.low(a).ends_with("ing") && a + 1 < b && determiners.count(ctx.low(a + 1))) {
                // "reviving a three-way summit": the object is the topic; "clearing one of ...": no topic
                if (!(ctx.is(a + 1, "the") || ctx.is(a + 1, "a") || ctx.is(a + 1, "an")) || b - a < 3) return;
                a += 2;
            }
            // a demonym alone ("Korean") qualifies nothing
            if (b - a == 1 && ctx.is_kind(a, MentionKind::Country) && ctx.mention(ctx.mention_at(a)).demonym) return;
            Span sp = ctx.doc.token_span(a, b);
            std::string label(ctx.doc.text(sp));
            for (const auto& o : out)
                if (o.label == label) return;
            out.push_back(IssuePhrase{sp, label});
        };
        std::size_t quote_close = std::string::npos;
        for (; k < end; ++k) {
            // "discussed which of its provisions could be suspended": an indirect question right after
            // the cue, with no antecedent, is no relative clause; what it picks among is the topic.
            // ("whether a deal was possible" asks about a proposition, no topic: left as before.)
            if (k == list_start && ctx.is(k, "which") && ctx.is(k + 1, "of") && ctx.word(k + 2)) {
                item = k + 2;
                ++k;
                continue;
            }
            // "agreed that Japan and Thailand would jointly support the development of X": what the
            // sides will do is the topic - the object of the verb after the modal
            if (k == list_start && ctx.is(k, "that")) {
                std::size_t m = k + 1;
                while (m < end && m < k + 10 && !ctx.is(m, "would") && !ctx.is(m, "will") && !ctx.is(m, "should") &&
                       !ctx.is(m, "could") && !ctx.is(m, "must") && !stop_word(ctx, m))
                    ++m;
                if (m < end && m < k + 10 && !stop_word(ctx, m)) {
                    std::size_t v = m + 1;
                    while (v < end && (ctx.low(v).ends_with("ly") || ctx.is(v, "further") || ctx.is(v, "also"))) ++v;
                    // ("agreed that X would visit Washington": a plan to meet again is no topic)
                    if (ctx.is(v, "visit") || ctx.is(v, "meet") || ctx.is(v, "travel") || ctx.is(v, "hold") ||
                        ctx.is(v, "return") || ctx.is(v, "host")) {
                        item = k = end;
                        break;
                    }
                    if (v + 1 < end && ctx.word(v) && !ctx.upper(v)) {
                        item = v + 1;
                        if (ctx.is(item, "up") || ctx.is(item, "out")) ++item;  // "step up", "carry out"
                        k = item - 1;
                        continue;
                    }
                }
            }
            // a relative clause or a parenthesis ends the item; the list goes on after it
            if (std::size_t rel = relative_clause_at(ctx, k, item); rel != std::string::npos) {
                flush(item, rel);
                std::size_t c = k + 1;
                while (c < end && !ctx.comma(c) && !ctx.punct(c, ".") && !ctx.punct(c, ";")) ++c;
                if (c >= end || !ctx.comma(c)) {
                    // the clause goes on to the end: the scan for cues resumes in it ("... on X and
                    // that they had talked about Y")
                    k = rel;
                    item = rel;
                    break;
                }
                k = c;
                item = c + 1;
                if (ctx.is(item, "and") || ctx.is(item, "or")) ++item;
                continue;
            }
            if (ctx.punct(k, "(")) {
                flush(item, k);
                std::size_t c = k + 1;
                while (c < end && !ctx.punct(c, ")")) ++c;
                k = c;
                item = c + 1;
                continue;
            }
            // a quoted item: discussed the "prospects for joint production" and ... - the quotation
            // marks go, the list goes on after the closing one (a quotation that does not close
            // within a few words is speech, and ends the list as before)
            if ((ctx.tok(k) == "\"" || ctx.tok(k) == "\u201C") && quote_close == std::string::npos &&
                only_determiners(ctx, item, k)) {
                std::size_t close = k + 1;
                while (close < end && close < k + 14 && ctx.tok(close) != "\"" && ctx.tok(close) != "\u201D" &&
                       !ctx.punct(close, ".") && !ctx.punct(close, ";"))
                    ++close;
                if (close < end && close > k + 1 && (ctx.tok(close) == "\"" || ctx.tok(close) == "\u201D")) {
                    quote_close = close;
                    item = k + 1;
                    continue;
                }
            }
            if (k == quote_close) {
                flush(item, k);
                item = k + 1;
                quote_close = std::string::npos;
                continue;
            }
            if (stop_word(ctx, k) || ctx.ignored[k]) {
                // "..., the commission said": the last item of a list is the speaker, not a topic
                if (item > list_start && (lexicon::is_speech_verb(ctx.tok(k)) || ctx.is(k, "officials") ||
                                          ctx.is(k, "sources")))
                    item = k;
                break;
            }
            // "progress on the X Railway, the flagship project.": a last item after a bare comma,
            // with no "and" to close the list, is an appositive to the item before it
            if (ctx.comma(k) && (ctx.is(k + 1, "the") || ctx.is(k + 1, "a") || ctx.is(k + 1, "an"))) {
                bool closes = false;
                std::size_t x = k + 1;
                for (; x < end && !stop_word(ctx, x) && !ctx.ignored[x]; ++x)
                    if (ctx.comma(x) || ctx.is(x, "and") || ctx.is(x, "or")) closes = true;
                if (!closes && !ctx.upper(k + 2)) {
                    flush(item, k);
                    item = k = x;
                    break;
                }
            }
            std::size_t skip = 1;
            if (item_separator(ctx, k, skip) && !inside_pair(ctx, item, k) && !coordinated_modifier(ctx, k) &&
                !coordinated_complement(ctx, item, k) && !inside_title_case_name(ctx, item, k, skip)) {
                flush(item, k);
                item = k + skip;
                k += skip - 1;
            }
        }
        flush(item, k);
        i = k;
    }
    return out;
}

}  // namespace readout::extract::detail
