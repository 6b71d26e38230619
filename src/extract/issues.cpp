// Rule helper: issue phrases. After a discussion cue ("discussed", "raised the issue of", "the need
// for", "including" ...) the noun phrases up to the end of the clause are split at commas and
// conjunctions and cleaned of determiners; generic heads ("areas", "issues") are dropped.

#include <unordered_set>

#include "context.hpp"
#include "readout/extract/lexicon.hpp"

namespace readout::extract::detail {
namespace {

/// Length of a discussion cue at token i (0 when none).
std::size_t cue_at(const Context& ctx, std::size_t i) {
    const std::string& w = ctx.low(i);
    static const std::unordered_set<std::string> single = {
        "discussed", "discuss", "discussing", "discusses", "raised", "raising", "covered", "included", "including",
        "addressed", "reviewed", "stressed", "emphasized", "emphasised", "underlined", "highlighted"};
    if (single.count(w)) {
        // "stressed the importance of X" / "stressed the need for X": the cue runs on
        std::size_t k = i + 1;
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
    if (w == "exchanged" && ctx.is(i + 1, "views") && ctx.is(i + 2, "on")) return 3;
    if (w == "such" && ctx.is(i + 1, "as")) return 2;
    if ((w == "talks" || w == "discussions" || w == "discussion") && (ctx.is(i + 1, "on") || ctx.is(i + 1, "about")))
        return 2;
    return 0;
}

bool stop_word(const Context& ctx, std::size_t i) {
    if (ctx.punct(i, ";") || ctx.punct(i, ".") || ctx.punct(i, ":") || ctx.punct(i, "?") || ctx.punct(i, "!") ||
        ctx.punct(i, "(") || ctx.punct(i, ")"))
        return true;
    std::string_view t = ctx.tok(i);
    if (t == "\"" || t == "\u201C" || t == "\u201D" || t == "\u2014" || t == "\u2013") return true;
    const std::string& w = ctx.low(i);
    return w == "according" || w == "said" || w == "says" || w == "told" || w == "while" || w == "but" ||
           w == "which" || w == "who" || w == "whom" || w == "that" || w == "when" || w == "after" || w == "before" ||
           w == "during" || w == "so" || w == "because" || w == "although" || w == "though" || w == "where" ||
           w == "sources" || w == "officials";
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
        std::size_t k = i + cue;
        // "discussed with X ...": skip the partner phrase
        if (ctx.is(k, "with")) {
            while (k < end && !ctx.comma(k) && !ctx.is(k, "on") && !ctx.is(k, "about")) ++k;
            if (k < end && !ctx.comma(k)) ++k;
            else break;
        }
        std::size_t item = k;
        auto flush = [&](std::size_t a, std::size_t b) {
            // "discussed included X", "... and covered Y": a second cue opens the item
            for (std::size_t c; a < b && (c = cue_at(ctx, a)) != 0;) a += c;
            while (a < b && (leading_drop().count(ctx.low(a)) || ctx.possessive(a))) ++a;
            // "each other's traders" keeps its possessive; trailing punctuation goes
            while (b > a && (ctx.doc.tokens()[b - 1].kind == text::TokenKind::Punct)) --b;
            if (b <= a || b - a > 10) return;
            if (generic_heads().count(ctx.low(a)) && (b - a == 1 || ctx.is(a + 1, "of") || ctx.is(a + 1, "between")))
                return;
            if (b - a == 1 && ctx.low(a).size() < 3) return;
            // a phrase must end in a noun: "regional", "promoting a free" are fragments of a list of
            // adjectives; "global issues" ends in a generic head
            static const std::unordered_set<std::string> adjectives = {
                "bilateral", "regional", "global", "international", "multilateral", "economic", "political",
                "free", "open", "mutual", "other", "various", "several", "broader", "wider", "new"};
            if (adjectives.count(ctx.low(b - 1))) return;
            if (b - a <= 2 && generic_heads().count(ctx.low(b - 1))) return;
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
            // a clause fragment, not a noun phrase: "Thursday with X", "with"
            static const std::unordered_set<std::string> not_heads = {"with", "to", "for", "in", "at", "by",
                                                                      "from", "signed", "whether", "if"};
            if (not_heads.count(ctx.low(a)) || lexicon::weekday(ctx.tok(a))) return;
            Span sp = ctx.doc.token_span(a, b);
            std::string label(ctx.doc.text(sp));
            for (const auto& o : out)
                if (o.label == label) return;
            out.push_back(IssuePhrase{sp, label});
        };
        for (; k < end; ++k) {
            if (stop_word(ctx, k) || ctx.ignored[k]) break;
            std::size_t skip = 1;
            if (item_separator(ctx, k, skip)) {
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
