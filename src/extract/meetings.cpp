// Extractor: meetings and calls. Reads Person, City, Region, Venue, Event, Country mentions, the
// anchor date and the roles; adds MeetingAssertions.
// A clause (a sentence, split at semicolons) reports an encounter when it holds a trigger
// ("met", "held talks", "talks between", "shook hands", "called on", "hosted" ...) that is not
// hypothetical (will/would/expected/to meet/whether ...), not negated (no/not/never/cancelled),
// and names at least two people (or one and "her Nigerian counterpart"). Remote cues (phone,
// video) make it a Call. Clauses without a named pair that continue the story ("the meeting",
// "the two sides discussed", "was accompanied by") add to the previous meeting.

#include <algorithm>
#include <limits>
#include <unordered_set>

#include "context.hpp"
#include "readout/extract/lexicon.hpp"
#include "readout/text/unicode.hpp"

namespace readout::extract::detail {
namespace {

struct Trigger {
    std::size_t at = 0;
    std::size_t length = 1;
    bool nominal = false;    ///< "talks between", "their meeting"
    bool needs_object = false;
};

bool is_meeting_noun(std::string_view w) {
    return w == "talks" || w == "meeting" || w == "meetings" || w == "discussions" || w == "consultations" ||
           w == "dinner" || w == "lunch" || w == "breakfast" || w == "conversation" || w == "conversations" ||
           w == "summit" || w == "session" || w == "negotiations" || w == "audience" || w == "encounter";
}

bool person_at(const Context& ctx, std::size_t i) { return ctx.is_kind(i, MentionKind::Person); }

/// The person whose mention starts at token `pf` is what a topic is about, not someone present:
/// "over the disappearance and suspected killing of Saudi writer X", "discussed the case of X",
/// "the fate of X". Reached through "of" (or "about", "into") past descriptors: lowercase words,
/// demonyms and titles. Not "a meeting of X and Y", "the delegation of X", "in the presence of X".
bool topic_person(const Context& ctx, std::size_t pf) {
    std::size_t k = pf;
    for (int steps = 0; k > 0 && steps < 4; ++steps) {
        const std::size_t j = k - 1;
        const MentionId m = ctx.mention_at(j);
        if (m != kNoMention && (ctx.mention(m).kind == MentionKind::Role || ctx.mention(m).kind == MentionKind::Country)) {
            k = ctx.tokens_of(m).first;
            continue;
        }
        if (ctx.is(j, "of") || ctx.is(j, "into") || ctx.is(j, "about")) {
            if (j == 0 || !ctx.word(j - 1) || ctx.upper(j - 1)) return false;
            const std::string& head = ctx.low(j - 1);
            if (is_meeting_noun(head) || head == "delegation" || head == "delegations" || head == "presence" ||
                head == "participation" || head == "company" || head == "members" || head == "member" ||
                head == "team" || head == "head" || head == "visit" || head == "trip" || head == "behalf" ||
                head == "invitation" || head == "host" || head == "guest" || head == "side" || head == "wife" ||
                head == "husband" || head == "son" || head == "daughter" || head == "both" || head == "each" ||
                head == "all" || head == "one" || head == "two" || head == "three")
                return false;
            return true;
        }
        if (!ctx.word(j) || ctx.upper(j) || ctx.is(j, "and") || ctx.is(j, "with") || ctx.is(j, "by") ||
            ctx.is(j, "met") || ctx.is(j, "to") || ctx.is(j, "from"))
            return false;
        k = j;  // "writer", "journalist", "the late"
    }
    return false;
}

/// The next person mention in [from, end), skipping its title.
bool person_within(const Context& ctx, std::size_t from, std::size_t end, std::size_t max_gap) {
    for (std::size_t k = from; k < end && k < from + max_gap; ++k)
        if (person_at(ctx, k)) return true;
    return false;
}

/// The object right after a verb is a person: "hosted Kenyan President X", "received the visiting
/// foreign minister of Peru, X" - not "welcomed the announcement on the X archives". Past
/// determiners, modifiers, titles, countries and organizations only.
bool object_is_person(const Context& ctx, std::size_t from, std::size_t end) {
    for (std::size_t k = from; k < end && k < from + 10; ++k) {
        if (person_at(ctx, k)) return true;
        const MentionId m = ctx.mention_at(k);
        if (m != kNoMention) {
            const MentionKind kind = ctx.mention(m).kind;
            if (kind != MentionKind::Role && kind != MentionKind::Country && kind != MentionKind::Organization) return false;
            continue;
        }
        if (ctx.possessive(k) || ctx.comma(k) || ctx.is(k, "the") || ctx.is(k, "his") || ctx.is(k, "her") ||
            ctx.is(k, "their") || ctx.is(k, "visiting") || ctx.is(k, "new") || ctx.is(k, "former") || ctx.is(k, "top") ||
            ctx.is(k, "senior") || ctx.is(k, "of") || ctx.is(k, "a") || ctx.is(k, "delegation") || ctx.is(k, "led") ||
            ctx.is(k, "by") || ctx.counterpart(k) || ctx.is(k, "also") || ctx.is(k, "later") ||
            lexicon::weekday(ctx.tok(k)) || ctx.is(k, "on") ||
            // styles before the name: "paid a courtesy call on H.E. Mr. X"
            lexicon::is_honorific(ctx.low(k)) || (ctx.punct(k, ".") && k > from && lexicon::is_honorific(ctx.low(k - 1))) ||
            // the first words of a title: "by Executive Secretary X"
            (lexicon::is_title_prefix(ctx.low(k)) && ctx.is_kind(k + 1, MentionKind::Role)))
            continue;
        return false;
    }
    return false;
}

std::optional<Trigger> trigger_at(const Context& ctx, std::size_t i, std::size_t cf, std::size_t ce) {
    const std::string& w = ctx.low(i);
    if (!ctx.word(i) || ctx.ignored[i]) return std::nullopt;
    if (w == "met" || w == "meets" || w == "meet") return Trigger{i, 1, false, false};
    if (w == "meeting" && ctx.is(i + 1, "with")) {
        // "X (L) meeting with Y" (caption) or "began his meeting with Y"
        return Trigger{i, 2, false, true};
    }
    if (w == "held" || w == "holds" || w == "hold" || w == "had" || w == "has" || w == "have" || w == "conducted") {
        for (std::size_t k = i + 1; k < ce && k < i + 7; ++k) {
            if (is_meeting_noun(ctx.low(k))) return Trigger{i, k + 1 - i, false, false};
            if (ctx.punct(k, ",") || ctx.punct(k, ".")) break;
            // "held a two-hour meeting", but not "has not commented on the summit": a negation or a
            // preposition in between makes the noun another verb's
            // ("held hours of talks", "a round of talks" keep their "of")
            if (lexicon::is_negation_cue(ctx.tok(k)) || ctx.is(k, "on") || ctx.is(k, "about") || ctx.is(k, "to") || ctx.is(k, "for") || ctx.is(k, "at") || ctx.is(k, "in") || ctx.is(k, "after") ||
                ctx.is(k, "before"))
                break;
        }
        return std::nullopt;
    }
    if ((w == "hosted" || w == "received" || w == "welcomed" || w == "hosts" || w == "receives" || w == "welcomes") &&
        (object_is_person(ctx, i + 1, ce) || ctx.is(i + 1, "him") || ctx.is(i + 1, "her")))
        return Trigger{i, 1, false, true};
    // "received at Al-Yamamah Palace in Riyadh on October 16 the U.S. Secretary of State X" (the
    // official-agency order): places and days between the verb and its object
    if (w == "received" || w == "receives" || w == "hosted" || w == "welcomed") {
        // (and "was received later on Wednesday at the palace by X": "later", "earlier" too)
        std::size_t j = i + 1;
        while (j < ce && (ctx.is(j, "at") || ctx.is(j, "in") || ctx.is(j, "on") || ctx.is(j, "later") || ctx.is(j, "earlier"))) {
            if (ctx.is(j, "later") || ctx.is(j, "earlier")) {
                ++j;
                continue;
            }
            ++j;
            while (j < ce && (ctx.is(j, "the") || ctx.mention_at(j) != kNoMention || (ctx.word(j) && ctx.upper(j)) ||
                              ctx.doc.tokens()[j].kind == text::TokenKind::Number || ctx.punct(j, "-") || ctx.comma(j)) &&
                   !person_at(ctx, j) && !ctx.is_kind(j, MentionKind::Role))
                ++j;
        }
        if (j > i + 1 && j < ce && object_is_person(ctx, j, ce)) return Trigger{i, 1, false, true};
    }
    // the passive with its agent further on: "was received later on Friday at the palais de la
    // presidence by Prime Minister X" (whatever names the place in between)
    if ((w == "received" || w == "welcomed" || w == "hosted") && i > cf &&
        (ctx.is(i - 1, "was") || ctx.is(i - 1, "were") || ctx.is(i - 1, "been") || ctx.is(i - 1, "being"))) {
        for (std::size_t j = i + 1; j < ce && j < i + 14 && !ctx.punct(j, ".") && !ctx.punct(j, ";"); ++j)
            if (ctx.is(j, "by")) {
                if (object_is_person(ctx, j + 1, ce)) return Trigger{i, 1, false, true};
                break;
            }
    }
    if ((w == "called" || w == "calls") && ctx.is(i + 1, "on") && person_within(ctx, i + 2, ce, 8))
        return Trigger{i, 2, false, true};
    // "paid a courtesy visit to the Secretary-General, X", "made a courtesy call on X" (a person: "paid
    // a visit to Kigali" is a trip)
    if (w == "paid" || w == "pays" || w == "pay" || w == "made" || w == "makes" || w == "make") {
        std::size_t k = i + 1;
        if (ctx.is(k, "a") || ctx.is(k, "an")) ++k;
        if (ctx.is(k, "courtesy") || ctx.is(k, "brief") || ctx.is(k, "short") || ctx.is(k, "private")) ++k;
        if (((ctx.is(k, "visit") && ctx.is(k + 1, "to")) || (ctx.is(k, "call") && ctx.is(k + 1, "on"))) &&
            object_is_person(ctx, k + 2, ce))
            return Trigger{i, k + 2 - i, false, true};
    }
    if ((w == "shook" || w == "shake" || w == "shakes" || w == "shaking") && ctx.is(i + 1, "hands"))
        return Trigger{i, 2, false, false};
    if (w == "sat" && ctx.is(i + 1, "down") && ctx.is(i + 2, "with")) return Trigger{i, 3, false, true};
    if ((w == "spoke" || w == "talked" || w == "conferred") && ctx.is(i + 1, "with")) return Trigger{i, 2, false, true};
    // remote: "spoke by telephone", "spoke over the phone", "telephoned X" (made a Call by the remote cue)
    if ((w == "spoke" || w == "talked" || w == "speak" || w == "talk") && (ctx.is(i + 1, "by") || ctx.is(i + 1, "over") || ctx.is(i + 1, "via")))
        return Trigger{i, 2, false, false};
    if ((w == "telephoned" || w == "phoned") && person_within(ctx, i + 1, ce, 8)) return Trigger{i, 1, false, true};
    if ((w == "call" || w == "calls") && i > cf && (ctx.is(i - 1, "phone") || ctx.is(i - 1, "video") || ctx.is(i - 1, "telephone")) &&
        (ctx.is(i + 1, "with") || ctx.is(i + 1, "between")))
        return Trigger{i, 2, true, true};
    if ((w == "discussed" || w == "discusses") && person_within(ctx, i + 1, ce, 12)) {
        for (std::size_t k = i + 1; k < ce; ++k)
            if (ctx.is(k, "with") && person_within(ctx, k + 1, ce, 8)) return Trigger{i, 1, false, true};
    }
    if ((w == "discussed" || w == "discuss" || w == "discusses" ||
         // "A and B spoke for 45 minutes", "talked privately": not "spoke to reporters"
         ((w == "spoke" || w == "talked" || w == "conferred") && !ctx.is(i + 1, "to") && !ctx.is(i + 1, "with") &&
          !ctx.is(i + 1, "by") && !ctx.is(i + 1, "over") && !ctx.is(i + 1, "via"))) &&
        i >= cf + 3) {
        // "A and B discussed ...": a coordinated pair right before the verb
        std::size_t k = i;
        if (k > cf && (ctx.is(k - 1, "also") || ctx.is(k - 1, "first") || ctx.is(k - 1, "later") ||
                       ctx.is(k - 1, "briefly") || ctx.is(k - 1, "privately") || ctx.is(k - 1, "previously")))
            --k;
        if (k > cf && person_at(ctx, k - 1)) {
            // "Mr X and Fiji's interim Prime Minister Y spoke": back over Y's title to the "and"
            std::size_t t = ctx.tokens_of(ctx.mention_at(k - 1)).first;
            while (t > cf && (ctx.is_kind(t - 1, MentionKind::Role) || ctx.is_kind(t - 1, MentionKind::Country) ||
                              ctx.is_kind(t - 1, MentionKind::Organization) || ctx.possessive(t - 1) ||
                              ctx.is(t - 1, "interim") || ctx.is(t - 1, "acting") || ctx.is(t - 1, "his") ||
                              ctx.is(t - 1, "her") || ctx.is(t - 1, "the")))
                t = ctx.mention_at(t - 1) != kNoMention ? ctx.tokens_of(ctx.mention_at(t - 1)).first : t - 1;
            if (t > cf + 1 && ctx.is(t - 1, "and") && person_at(ctx, t - 2)) return Trigger{i, 1, false, false};
            for (std::size_t j = k - 1; j > cf && j + 8 > k; --j) {
                if (ctx.is(j, "and") && j > cf && person_at(ctx, j - 1)) return Trigger{i, 1, false, false};
                // "X last visited Y in October, when he and Z discussed": the pronoun is the clause's
                // subject, named earlier in it
                // "She and Mr X first discussed": a sentence-initial pronoun is the last sentence's subject
                if (ctx.is(j, "and") && j > cf && (ctx.is(j - 1, "he") || ctx.is(j - 1, "she")) &&
                    (j - 1 == cf || person_within(ctx, cf, j - 1, j - 1 - cf)))
                    return Trigger{i, 1, false, false};
            }
        }
    }
    if (is_meeting_noun(w) && (ctx.is(i + 1, "between") || ctx.is(i + 1, "with"))) {
        return Trigger{i, 2, true, true};
    }
    // "X had told Y at their meeting in Samarkand that ...": the two people of the clause met
    if ((w == "meeting" || w == "talks") && i >= cf + 2 && ctx.is(i - 1, "their") &&
        (ctx.is(i - 2, "at") || ctx.is(i - 2, "during")) && person_within(ctx, cf, i - 2, i - 2 - cf))
        return Trigger{i, 1, true, false};
    // "A and his Chilean peer B agreed yesterday to ..., in a meeting both sides called warm",
    // "A and B signed the accord at talks in Lima": two people named before the noun in the clause,
    // joined by "and", met (one person alone - "X spoke at a meeting of donors" - did not meet anyone)
    if ((w == "meeting" || w == "talks") && i >= cf + 3) {
        std::size_t k = i;
        if (ctx.is(k - 1, "a") || ctx.is(k - 1, "an") || ctx.is(k - 1, "the")) --k;
        // (a clause with a verb: "A (left) and B during talks in Lagos", a caption's noun phrase, is a
        // picture of a meeting the story reports, which the caption rules handle)
        if ((ctx.is(k - 1, "in") || ctx.is(k - 1, "at") || ctx.is(k - 1, "during")) && !ctx.is(i + 1, "of") &&
            !ctx.is(i + 1, "on") && k >= cf + 2 && !person_at(ctx, k - 2) && !ctx.punct(k - 2, ")")) {
            int named = 0;
            bool joined = false;
            for (std::size_t j = cf; j + 1 < k; ++j) {
                if (person_at(ctx, j) && (j == cf || !person_at(ctx, j - 1) || ctx.mention_at(j - 1) != ctx.mention_at(j)))
                    ++named;
                if (ctx.is(j, "and") && named == 1) joined = true;
            }
            if (named == 2 && joined) return Trigger{i, 1, true, false};
        }
    }
    return std::nullopt;
}

bool hypothetical(const Context& ctx, const Trigger& t, std::size_t cf) {
    // a meeting noun looks back to the clause's start: "X is expected to travel to Tokyo later this
    // month for a trilateral meeting with Y"
    // ("a vice-ministerial meeting with": "meeting" after anything but a name is the noun too)
    const bool noun = t.nominal || (ctx.is(t.at, "meeting") && t.at > cf && !person_at(ctx, t.at - 1) &&
                                    !ctx.punct(t.at - 1, ")"));
    std::size_t from = t.at > cf + 8 ? t.at - 8 : cf;
    if (noun) {  // back to the clause's start, but not into a quotation before it
        from = t.at;
        while (from > cf && ctx.tok(from - 1) != "\u201D" && ctx.tok(from - 1) != "\"") --from;
    }
    for (std::size_t k = from; k < t.at; ++k) {
        if (!ctx.word(k)) continue;
        // (a capitalized word inside the clause is a name's or a title's: "Planning Minister X met")
        if (lexicon::is_irrealis_cue(ctx.tok(k)) && !(k > cf && ctx.upper(k))) return true;
        if (lexicon::is_negation_cue(ctx.tok(k)) && !(ctx.is(k, "called") || ctx.is(k, "by"))) return true;
    }
    if (t.at > cf && ctx.is(t.at - 1, "to")) {  // "to meet", "agreed to hold talks"
        // but a journey made to meet: "X had flown to Sao Paulo to meet Y on Oct. 31" (the irrealis
        // cues before were checked above)
        for (std::size_t k = from; k + 1 < t.at; ++k)
            if (ctx.is(k, "flew") || ctx.is(k, "flown") || ctx.is(k, "travelled") || ctx.is(k, "traveled") ||
                ctx.is(k, "drove") || ctx.is(k, "arrived"))
                return false;
        return true;
    }
    // the base form with no subject tense ("meet") only counts in headlines or after "and" subjects
    if (ctx.is(t.at, "meet") && !(t.at > cf && person_at(ctx, t.at - 1))) return true;
    // "whether he will also meet" further back in the sentence
    for (std::size_t k = cf; k < t.at; ++k)
        if (ctx.is(k, "whether") || ctx.is(k, "if")) return true;
    // after the trigger: "meeting was cancelled", "meeting, which did not take place"; a meeting
    // noun carries its participants before the verb, so it is followed to the clause's end: "A
    // meeting between X and Y that had been planned for this week was postponed."
    const std::size_t reach = t.nominal ? 30 : 6;
    for (std::size_t k = t.at + t.length; k < t.at + t.length + reach && k < ctx.size(); ++k) {
        if (ctx.punct(k, ".") || ctx.punct(k, ";")) break;
        if (ctx.is(k, "cancelled") || ctx.is(k, "canceled") || ctx.is(k, "postponed") || ctx.is(k, "scrapped"))
            return true;
        if (ctx.is(k, "called") && ctx.is(k + 1, "off")) return true;
    }
    return false;
}

bool remote(const Context& ctx, std::size_t cf, std::size_t ce) {
    for (std::size_t k = cf; k < ce; ++k) {
        const std::string& w = ctx.low(k);
        if (w == "phone" || w == "telephone" || w == "telephoned" || w == "phoned" || w == "videoconference" ||
            w == "video-conference" || w == "teleconference" || w == "virtual" || w == "virtually" || w == "videolink")
            return true;
        if (w == "video" && (ctx.is(k + 1, "call") || ctx.is(k + 1, "link") || ctx.is(k + 1, "conference"))) return true;
    }
    return false;
}

/// Marks tokens that attribute rather than report: "according to X ,", "X said", "said X", "in place of X".
std::vector<bool> attribution_mask(const Context& ctx, std::size_t cf, std::size_t ce) {
    std::vector<bool> mask(ce - cf, false);
    for (std::size_t k = cf; k < ce; ++k) {
        bool open = (ctx.is(k, "according") && ctx.is(k + 1, "to")) || (ctx.is(k, "citing")) ||
                    (ctx.is(k, "in") && ctx.is(k + 1, "place") && ctx.is(k + 2, "of")) ||
                    (ctx.is(k, "instead") && ctx.is(k + 1, "of")) || (ctx.is(k, "on") && ctx.is(k + 1, "behalf"));
        if (!open) continue;
        std::size_t j = k;
        while (j < ce && !(ctx.comma(j) && !person_at(ctx, j + 1) && j > k + 2) && !ctx.punct(j, ";")) {
            // "according to Chinese Foreign Ministry spokeswoman X, Y met Z": the attribution ends at the comma
            mask[j - cf] = true;
            ++j;
            if (j < ce && ctx.comma(j)) {
                // an appositive after the attributed person continues it; otherwise stop
                if (j + 1 < ce && ctx.is_kind(j + 1, MentionKind::Role)) continue;
                break;
            }
        }
    }
    // quoted speech reports what someone said, not who met: mask quotations. A quotation that
    // opens and does not close in the clause runs on past it (the sentence splitter cuts quoted
    // sentences apart), so it is masked to the clause's end; one that only closes here began
    // before, so it is masked from the clause's start.
    const auto& toks = ctx.doc.tokens();
    auto opening = [&](std::size_t k) {
        std::string_view t = ctx.tok(k);
        if (t == "\u201C") return true;
        if (t != "\"") return false;
        // a straight quote opens when a space comes before it (or nothing at all)
        return k == 0 || toks[k].space_before || toks[k].line_before;
    };
    auto closing = [&](std::size_t k) { return ctx.tok(k) == "\u201D" || (ctx.tok(k) == "\"" && !opening(k)); };
    for (std::size_t k = cf; k < ce; ++k) {
        if (closing(k)) {  // closes a quotation opened before the clause
            for (std::size_t x = cf; x <= k; ++x) mask[x - cf] = true;
            continue;
        }
        if (!opening(k)) continue;
        std::size_t j = k + 1;
        while (j < ce && !closing(j)) ++j;
        for (std::size_t x = k; x < std::min(j + 1, ce); ++x) mask[x - cf] = true;
        k = j;
    }
    // "X said" / "said X" / "X told reporters"
    for (std::size_t k = cf; k < ce; ++k) {
        if (!person_at(ctx, k)) continue;
        MentionId m = ctx.mention_at(k);
        auto [pf, pe] = ctx.tokens_of(m);
        // "Xi said in a meeting with ...": the speaker took part; only a bare attribution is masked
        bool said_after = pe < ce && ctx.word(pe) && lexicon::is_speech_verb(ctx.tok(pe)) && !ctx.is(pe, "stressed") &&
                          !ctx.is(pe, "emphasized") && !ctx.is(pe, "urged") && !ctx.is(pe, "asked") &&
                          !(ctx.is(pe + 1, "in") || ctx.is(pe + 1, "during") || ctx.is(pe + 1, "at") ||
                            ctx.is(pe + 1, "after"));
        bool said_before = pf > cf && (ctx.is(pf - 1, "said") || ctx.is(pf - 1, "says"));
        // with a title: "..., State Department spokesman Ned Price said"
        std::size_t tf = pf;
        while (tf > cf && (ctx.is_kind(tf - 1, MentionKind::Role) || ctx.is_kind(tf - 1, MentionKind::Country) ||
                           ctx.is_kind(tf - 1, MentionKind::Organization)))
            --tf;
        if (tf > cf && (ctx.is(tf - 1, "said") || ctx.is(tf - 1, "says"))) said_before = true;
        if (said_after || said_before)
            for (std::size_t j = pf; j < pe; ++j) mask[j - cf] = true;
    }
    return mask;
}

/// A place where something happened is introduced by "in" (or "at"), possibly through
/// "the capital of", "the island of"; "urged Baghdad", "to Nairobi", "across West Africa" are not.
/// True when token k follows a discussion verb in its clause: "discussed ... cooperation in
/// Antarctica" names a topic, not where the meeting was.
bool in_topic(const Context& ctx, std::size_t cf, std::size_t k) {
    bool topic = false;
    for (std::size_t j = cf; j < k; ++j) {
        if (ctx.low(j).rfind("discuss", 0) == 0 || ((ctx.is(j, "focused") || ctx.is(j, "focusing")) && ctx.is(j + 1, "on")) ||
            (ctx.is(j, "talked") && ctx.is(j + 1, "about")) || (ctx.is(j, "dealt") && (ctx.is(j + 1, "with") || ctx.is(j + 2, "with"))) ||
            ((ctx.is(j, "centred") || ctx.is(j, "centered")) && ctx.is(j + 1, "on")) || ctx.is(j, "covered") ||
            ctx.is(j, "addressed") || ctx.is(j, "reviewed"))
            topic = true;
        // "... discussed the idea when he visited Wellington": a new clause says where
        if (ctx.is(j, "when") || ctx.is(j, "where") || ctx.is(j, "while") || ctx.is(j, "during")) topic = false;
    }
    return topic;
}

/// True when token k lies in a clause with a subject of its own, opened by a comma and a
/// subordinator: "X met Y on Tuesday, as investigators prepared to search a house in Istanbul" -
/// its places and dates are that clause's, not the meeting's.
bool in_subordinate_clause(const Context& ctx, std::size_t cf, std::size_t k) {
    for (std::size_t j = cf; j + 1 < k; ++j)
        if (ctx.comma(j) && (ctx.is(j + 1, "as") || ctx.is(j + 1, "while") || ctx.is(j + 1, "whereas") ||
                             ctx.is(j + 1, "although") || ctx.is(j + 1, "though") || ctx.is(j + 1, "because")) &&
            !ctx.is(j + 2, "well") && !ctx.is(j + 2, "part"))
            return true;
    return false;
}

bool locative(const Context& ctx, std::size_t k) {
    if (k == 0) return false;
    std::size_t j = k - 1;
    if (ctx.is(j, "in") || ctx.is(j, "at")) return true;
    // "visited Baghdad", "visiting Lima", "arrived in" is covered above
    // ("an invitation to visit Riyadh", "plans to visit Lima": a trip to come)
    if (ctx.is(j, "visit") && j > 0 && ctx.is(j - 1, "to")) return false;
    if (ctx.is(j, "visited") || ctx.is(j, "visiting") || ctx.is(j, "visits") || ctx.is(j, "visit")) return true;
    // "led a delegation to Addis Ababa ... and held talks", "on a visit to Lima" (the verbs "flew to",
    // "travelled to" often tell of another trip in a relative clause: left out)
    if (ctx.is(j, "to") && j > 0 && (ctx.is(j - 1, "delegation") || ctx.is(j - 1, "visit") || ctx.is(j - 1, "trip")))
        return true;
    // "had flown to Sao Paulo to meet X": a journey whose purpose is the meeting
    if (ctx.is(j, "to") && j > 0 &&
        (ctx.is(j - 1, "flew") || ctx.is(j - 1, "flown") || ctx.is(j - 1, "travelled") || ctx.is(j - 1, "traveled"))) {
        const MentionId place = ctx.mention_at(k);
        const std::size_t e = place == kNoMention ? k + 1 : ctx.tokens_of(place).second;
        if (ctx.is(e, "to") && (ctx.is(e + 1, "meet") || ctx.is(e + 1, "see") || ctx.is(e + 1, "hold"))) return true;
    }
    if (ctx.is(j, "the") && j > 0 && (ctx.is(j - 1, "in") || ctx.is(j - 1, "at"))) return true;  // "in the Peruvian capital"
    // "in central Seoul", "in downtown Nairobi", "in Jung District, central Seoul": a part of the city
    if (j > 0 && (ctx.is(j, "central") || ctx.is(j, "downtown") || ctx.is(j, "northern") || ctx.is(j, "southern") ||
                  ctx.is(j, "eastern") || ctx.is(j, "western") || ctx.is(j, "suburban") || ctx.is(j, "greater")) &&
        (ctx.is(j - 1, "in") || ctx.is(j - 1, "at") || (ctx.comma(j - 1) && j > 1 && ctx.upper(j - 2))))
        return true;
    // "in the Iraqi capital, Baghdad" / "on the Greek island of Crete" / "in the capital of Kiribati"
    for (std::size_t back = 0; back < 5 && j > 0; ++back, --j) {
        if (ctx.is(j, "in") || ctx.is(j, "on") || ctx.is(j, "at")) {
            for (std::size_t x = j + 1; x < k; ++x) {
                const std::string& w = ctx.low(x);
                if (w == "capital" || w == "city" || w == "town" || w == "island" || w == "atoll" || w == "resort" ||
                    w == "port" || w == "village" || w == "state" || w == "province" || w == "region")
                    return true;
            }
            return false;
        }
        if (ctx.punct(j, ".") || ctx.punct(j, ";")) return false;
    }
    return false;
}

/// "arrived from Lviv, where he had met X", "flew to Lima where the two held talks": the place a
/// "where" clause right after it is about.
bool where_after(const Context& ctx, MentionId place) {
    std::size_t e = ctx.tokens_of(place).second;
    if (ctx.comma(e)) ++e;
    return ctx.is(e, "where");
}

struct ClauseFacts {
    std::vector<MentionId> before, after;  // persons before / after the trigger
    MentionId location = kNoMention, venue = kNoMention, event = kNoMention;
    DateValue date;
    std::vector<CounterpartRef> counterparts;
    std::vector<MentionId> accompanying;
    std::vector<Accompaniment> accompaniments;
    bool date_found = false;
};

/// Words that put a clause before the story's day: "previously", "had met", "once", "ago".
/// With `pluperfect` false, "had met" alone does not (in reported speech it is the story's own
/// meeting: "X said the two had discussed Y").
/// Only the main clause counts: ", as ministers gathered for the first assembly since 2019" tells
/// of something else.
bool earlier_event(const Context& ctx, std::size_t cf, std::size_t ce, bool pluperfect = true) {
    for (std::size_t j = cf + 1; j + 1 < ce; ++j)
        if (ctx.comma(j) && (ctx.is(j + 1, "as") || ctx.is(j + 1, "while") || ctx.is(j + 1, "whereas")) &&
            !ctx.is(j + 2, "well") && !ctx.is(j + 2, "part")) {
            ce = j;
            break;
        }
    for (std::size_t k = cf; k < ce; ++k) {
        // ", who has been foreign minister since August,", ", where last year's floods ...": a
        // relative clause tells of something else
        if (ctx.comma(k) && (ctx.is(k + 1, "who") || ctx.is(k + 1, "whose") || ctx.is(k + 1, "where") ||
                             ctx.is(k + 1, "which"))) {
            std::size_t j = k + 2;
            while (j < ce && !ctx.comma(j) && !ctx.punct(j, ".")) ++j;
            if (j < ce && ctx.comma(j)) {
                k = j;
                continue;
            }
            if (!ctx.is(k + 1, "who") && !ctx.is(k + 1, "whose")) break;  // ", where ..." to the end
        }
        const std::string& w = ctx.low(k);
        // "the first visit since 2015": a first since then is today's
        if (w == "since") {
            bool first = false;
            for (std::size_t b = k; b > cf && b + 8 > k && !first; --b) first = ctx.is(b - 1, "first");
            if (first) continue;
        }
        // "had met before", "two weeks before"; not "talked ... before a joint news conference"
        if (w == "before" && (k + 1 >= ce || !ctx.word(k + 1) ||
                              (k > cf && (ctx.low(k - 1).ends_with("days") || ctx.low(k - 1).ends_with("weeks") ||
                                          ctx.low(k - 1).ends_with("months") || ctx.low(k - 1).ends_with("years")))))
            return true;
        if (w == "previously" || w == "formerly" || w == "once" || w == "ago" || w == "since" ||
            (w == "earlier" && !(ctx.is(k + 1, "today") || ctx.is(k + 1, "on") || ctx.is(k + 1, "in"))))
            return true;
        // "last year", "last met", "was last seen"; not "the last obstacles", "the last day of the visit"
        if (w == "last") {
            const std::string& n = ctx.low(k + 1);
            if (n == "year" || n == "month" || n == "week" || n == "night" || n == "time" || n == "weekend" ||
                n == "summer" || n == "winter" || n == "spring" || n == "autumn" || n == "fall" || n == "met" ||
                n == "visited" || n == "spoke" || n == "held" || n == "saw" || n == "hosted" ||
                lexicon::weekday(ctx.tok(k + 1)) || lexicon::month(ctx.tok(k + 1)) ||
                (k > cf && (ctx.is(k - 1, "was") || ctx.is(k - 1, "were") || ctx.is(k - 1, "had"))))
                return true;
        }
        if (pluperfect && w == "had" && k + 1 < ce && (ctx.low(k + 1).ends_with("ed") || ctx.is(k + 1, "met") || ctx.is(k + 1, "held")))
            return true;
    }
    return false;
}

/// "the two leaders", "both ministers", "they", "the two sides": the people just named.
bool plural_reference(const Context& ctx, std::size_t cf, std::size_t ce) {
    for (std::size_t k = cf; k < std::min(ce, cf + 10); ++k) {
        const std::string& w = ctx.low(k);
        if (w == "they" || w == "both") return true;
        if (w == "the" && k + 1 < ce) {
            const std::string& n = ctx.low(k + 1);
            if (n == "two" || n == "leaders" || n == "ministers" || n == "presidents" || n == "sides" || n == "men" ||
                n == "women" || n == "officials" || n == "delegations" || n == "premiers" || n == "diplomats" ||
                n == "pair" || n == "envoys" || n == "negotiators" || n == "counterparts" || n == "chancellors")
                return true;
        }
    }
    return false;
}

/// Whether two person mentions name the same person as far as the article's words go: the same
/// name, or one is the end of the other ("Loc" and "Tran Quang Loc", "De la Cruz" and "Rogelio de
/// la Cruz"), ignoring case.
bool same_person(const Context& ctx, MentionId a, MentionId b) {
    std::string x = text::normalize_key(ctx.mention(a).canonical), y = text::normalize_key(ctx.mention(b).canonical);
    if (x.size() > y.size()) std::swap(x, y);
    if (x.empty()) return false;
    if (x == y || (y.ends_with(x) && y[y.size() - x.size() - 1] == ' ')) return true;
    // "Valdes" for "Ignacio Valdes Larrain", "Lula" for "Luiz Inacio Lula da Silva": one word that is
    // an inner word of a name of three words or more (a paternal surname, a byname)
    if (x.find(' ') != std::string::npos) return false;
    const std::size_t first_space = y.find(' ');
    if (first_space == std::string::npos || y.find(' ', first_space + 1) == std::string::npos) return false;
    const std::string inner = " " + x + " ";
    return y.find(inner) != std::string::npos;
}

/// True when token k lies in a relative clause after a comma: ", who became minister in March,",
/// ", a career diplomat who became minister in March,".
bool in_relative_clause(const Context& ctx, std::size_t cf, std::size_t k) {
    bool relative = false;
    for (std::size_t j = k; j > cf; --j) {
        if (ctx.is(j, "who") || ctx.is(j, "whom") || ctx.is(j, "whose") || ctx.is(j, "which")) relative = true;
        if (ctx.comma(j - 1)) return relative;
        if (ctx.punct(j - 1, ".") || ctx.punct(j - 1, ";")) return false;
    }
    return false;
}

/// "the two foreign ministers", "both presidents": the titles the plural may name, in the
/// singular, shortest first ("ministers" -> "minister", "foreign ministers" -> "foreign minister").
std::vector<std::string> plural_titles(const Context& ctx, std::size_t cf, std::size_t ce) {
    std::vector<std::string> out;
    for (std::size_t k = cf; k < std::min(ce, cf + 10); ++k) {
        std::size_t w = k;
        if (ctx.is(k, "the") && ctx.is(k + 1, "two")) w = k + 2;
        else if (ctx.is(k, "both")) w = k + 1;
        else continue;
        // the plural noun phrase: one to three words, the last ending in "s"
        for (std::size_t len = 1; len <= 3 && w + len <= ce; ++len) {
            const std::string& last = ctx.low(w + len - 1);
            if (last.size() < 4 || last.back() != 's') continue;
            std::string singular;
            for (std::size_t x = w; x < w + len; ++x) {
                if (!singular.empty()) singular += ' ';
                singular += x + 1 == w + len ? last.substr(0, last.size() - 1) : ctx.low(x);
            }
            out.push_back(std::move(singular));
        }
        break;
    }
    return out;
}

/// True when the role assertion's title is `singular` or ends with it ("Foreign Minister" holds
/// "minister").
bool title_is(const RoleAssertion& r, const std::string& singular) {
    std::string t = text::normalize_key(r.title);
    return t == singular || t.ends_with(" " + singular);
}

/// "the two foreign ministers": the two people of the article whose title is the plural's
/// singular, when exactly two people hold it (each counted once, however named).
std::vector<MentionId> titled_pair(const Context& ctx, std::size_t cf, std::size_t ce) {
    for (const auto& singular : plural_titles(ctx, cf, ce)) {
        std::vector<MentionId> holders;
        for (const auto& r : ctx.out.roles) {
            if (!title_is(r, singular)) continue;
            bool known = std::any_of(holders.begin(), holders.end(),
                                     [&](MentionId h) { return same_person(ctx, h, r.person); });
            if (!known) holders.push_back(r.person);
        }
        if (holders.size() == 2) return holders;
    }
    return {};
}

/// "Later on Wednesday the Fijian minister met X", "The German official was received
/// ... by X": the subject is a person named earlier by a national title - the one person of that
/// country named before it whose title ends with the noun ("minister"; "official" is any title).
/// kNoMention when none or several fit.
MentionId titled_subject(const Context& ctx, std::size_t cf, std::size_t at) {
    for (std::size_t k = cf; k + 2 < at && k < cf + 8; ++k) {
        if (!ctx.is(k, "the") || !ctx.is_kind(k + 1, MentionKind::Country)) continue;
        const MentionId c = ctx.mention_at(k + 1);
        const std::string& country = ctx.mention(c).key;
        std::size_t j = ctx.tokens_of(c).second;
        // the noun phrase, then only adverbs and auxiliaries up to the verb
        auto before_verb = [&](std::size_t x) {
            return ctx.is(x, "also") || ctx.is(x, "later") || ctx.is(x, "then") || ctx.is(x, "was") || ctx.is(x, "is") ||
                   ctx.is(x, "had") || ctx.is(x, "has");
        };
        std::string noun;
        for (; j < at && ctx.word(j) && !ctx.upper(j) && !person_at(ctx, j) && !before_verb(j) && noun.size() < 40; ++j)
            noun += noun.empty() ? ctx.low(j) : " " + ctx.low(j);
        if (noun.empty()) return kNoMention;
        for (; j < at; ++j)
            if (!before_verb(j)) return kNoMention;
        const std::size_t before = ctx.mention(c).span.begin;
        MentionId found = kNoMention;
        for (const auto& r : ctx.out.roles) {
            if (r.person == kNoMention || ctx.mention(r.person).span.begin >= before) continue;
            const bool of_country = (r.organization != kNoMention && ctx.mention(r.organization).key == country) ||
                                    r.organization_country == country;
            if (!of_country || !(noun == "official" || title_is(r, noun))) continue;
            if (found != kNoMention && !same_person(ctx, found, r.person)) return kNoMention;
            found = r.person;
        }
        return found;
    }
    return kNoMention;
}

/// "The two presidents also discussed ...": the latest in-person meeting reported so far at which
/// two holders of the plural's title took part (the article may name a third president
/// elsewhere), or -1; meetings marked in `background` are passed over.
int meeting_of_titled(const Context& ctx, std::size_t cf, std::size_t ce, const std::vector<bool>& background) {
    auto singulars = plural_titles(ctx, cf, ce);
    if (singulars.empty()) return -1;
    for (std::size_t i = ctx.out.meetings.size(); i-- > 0;) {
        const auto& m = ctx.out.meetings[i];
        if (m.kind != EncounterKind::Meeting || (i < background.size() && background[i])) continue;
        for (const auto& singular : singulars) {
            std::size_t holders = 0;
            for (MentionId p : m.participants)
                holders += std::any_of(ctx.out.roles.begin(), ctx.out.roles.end(), [&](const RoleAssertion& r) {
                    return title_is(r, singular) && same_person(ctx, r.person, p);
                });
            if (holders >= 2) return static_cast<int>(i);
        }
    }
    return -1;
}

void push_unique(std::vector<MentionId>& v, MentionId m) {
    if (std::find(v.begin(), v.end(), m) == v.end()) v.push_back(m);
}

/// "on the sidelines of the X" / "at the X summit": the gathering, as an Event mention.
MentionId event_in(Context& ctx, std::size_t cf, std::size_t ce) {
    for (std::size_t k = cf; k < ce; ++k) {
        if (ctx.is_kind(k, MentionKind::Event)) return ctx.mention_at(k);
        if (ctx.is(k, "sidelines") && ctx.is(k + 1, "of")) {
            std::size_t a = k + 2;
            if (ctx.is(a, "the") || ctx.is(a, "a") || ctx.is(a, "an")) ++a;
            std::size_t b = a;
            while (b < ce && !ctx.comma(b) && !ctx.punct(b, ".") && !ctx.punct(b, "(") && !ctx.is(b, "in") &&
                   !ctx.is(b, "on") && !ctx.is(b, "at") && !ctx.is(b, "here") && !ctx.is(b, "there") &&
                   !ctx.is(b, "where") && !ctx.is(b, "which") && !ctx.is(b, "that") && !ctx.is(b, "to") &&
                   !ctx.is(b, "last") && !ctx.is(b, "this") && !ctx.is(b, "earlier") && b < a + 12)
                ++b;
            if (ctx.punct(b, "(")) {  // "Shanghai Cooperation Organisation (SCO) Council of Foreign Ministers meeting"
                std::size_t c = b;
                while (c < ce && !ctx.punct(c, ")")) ++c;
                if (c + 1 < ce && ctx.word(c + 1) && ctx.upper(c + 1)) {
                    b = c + 1;
                    while (b < ce && !ctx.comma(b) && !ctx.punct(b, ".") && !ctx.is(b, "in") && !ctx.is(b, "on") &&
                           !ctx.is(b, "at") && !ctx.is(b, "here") && b < a + 20)
                        ++b;
                }
            }
            // "on the sidelines of the summit": the summit the article named before ("the G7 summit in X")
            if (b == a + 1 && !ctx.upper(a) && ctx.is(a - 1, "the")) {
                const std::size_t here = ctx.doc.tokens()[a].span.begin;
                for (MentionId e = static_cast<MentionId>(ctx.out.mentions.size()); e-- > 0;) {
                    const Mention& em = ctx.out.mentions[e];
                    if (em.kind != MentionKind::Event || em.span.end > here) continue;
                    const std::string name = text::normalize_key(em.canonical);
                    const std::size_t sp = name.rfind(' ');
                    if (std::string_view(name).substr(sp == std::string::npos ? 0 : sp + 1) == ctx.low(a)) return e;
                }
            }
            if (b > a) {
                // reuse a mention that starts there (the event may contain org and role mentions)
                Span sp = ctx.doc.token_span(a, b);
                std::string label(ctx.doc.text(sp));
                Mention m;
                m.span = sp;
                m.kind = MentionKind::Event;
                m.sentence = ctx.sentence_of(a);
                m.canonical = label;
                ctx.out.mentions.push_back(m);
                return static_cast<MentionId>(ctx.out.mentions.size() - 1);
            }
        }
    }
    return kNoMention;
}

/// The latest in-person meeting reported so far that all of `people` attended, or -1; meetings
/// marked in `background` are passed over.
int meeting_of(const Context& ctx, const std::vector<MentionId>& people, const std::vector<bool>& background) {
    for (std::size_t i = ctx.out.meetings.size(); i-- > 0;) {
        const auto& m = ctx.out.meetings[i];
        if (m.kind != EncounterKind::Meeting || (i < background.size() && background[i])) continue;
        bool all = std::all_of(people.begin(), people.end(), [&](MentionId p) {
            return std::any_of(m.participants.begin(), m.participants.end(),
                               [&](MentionId q) { return same_person(ctx, p, q); });
        });
        if (all) return static_cast<int>(i);
    }
    return -1;
}

/// The latest in-person meeting reported so far that `person` attended on the day `date` names
/// (the same day, or the same weekday when a side gives only that), or -1.
int meeting_on(const Context& ctx, MentionId person, const DateValue& date) {
    for (std::size_t i = ctx.out.meetings.size(); i-- > 0;) {
        const auto& m = ctx.out.meetings[i];
        if (m.kind != EncounterKind::Meeting || m.date.contradicts(date)) continue;
        bool same_day = m.date.precision == DatePrecision::Day && date.precision == DatePrecision::Day;
        bool same_weekday = m.date.weekday >= 0 && m.date.weekday == date.weekday;
        if (!same_day && !same_weekday) continue;
        if (std::any_of(m.participants.begin(), m.participants.end(),
                        [&](MentionId q) { return same_person(ctx, person, q); }))
            return static_cast<int>(i);
    }
    return -1;
}

/// A live blog's post heading at token `i`: a line that is only a time of day ("14:30", "9.05").
bool time_stamp_at(const Context& ctx, std::size_t i) {
    const auto& toks = ctx.doc.tokens();
    if (!toks[i].line_before && i > 0) return false;
    auto digits = [&](std::string_view t, std::size_t lo, std::size_t hi) {
        return t.size() >= lo && t.size() <= hi && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    auto line_ends = [&](std::size_t k) { return k >= ctx.size() || toks[k].line_before; };
    std::string_view t = ctx.tok(i);
    if (auto sep = t.find_first_of(":."); sep != std::string_view::npos)  // one token: "14:30"
        return digits(t.substr(0, sep), 1, 2) && digits(t.substr(sep + 1), 2, 2) && line_ends(i + 1);
    return i + 2 < ctx.size() && digits(t, 1, 2) && (ctx.punct(i + 1, ":") || ctx.punct(i + 1, ".")) &&
           digits(ctx.tok(i + 2), 2, 2) && line_ends(i + 3);
}

}  // namespace

void find_meetings(Context& ctx) {
    const auto& sentences = ctx.doc.sentences();
    DateValue discourse = ctx.out.anchor;
    // Live blogs: what a post under a time of day tells happened on the page's date, unless the
    // post dates it otherwise ("last night", "on Friday")
    // ("later the same day" in one post says nothing of the next one: each post is its own story)
    std::vector<std::uint32_t> post_of(sentences.size(), 0);  // 0: not in a post; else the post's number
    for (std::size_t s = 0, post = 0; s < sentences.size(); ++s) {
        for (std::size_t k = sentences[s].first_token; k < sentences[s].end_token; ++k)
            if (time_stamp_at(ctx, k)) ++post;
        post_of[s] = static_cast<std::uint32_t>(post);
    }
    int last_meeting = -1;
    // meetings told as background in one sentence ("the two leaders first met at last year's summit
    // in Lima"): later sentences never go on with them
    std::vector<bool> background;
    std::uint32_t last_meeting_paragraph = 0;
    // The story so far: the last date a clause gave (the lead usually sets the day for what follows)
    // and the last pair of people named together ("the two leaders met ...").
    DateValue story_date;
    std::uint32_t story_date_paragraph = 0;
    std::uint32_t story_date_post = 0;
    std::vector<MentionId> story_pair;
    std::uint32_t story_pair_paragraph = 0;
    std::size_t story_pair_sentence = static_cast<std::size_t>(-1);
    bool story_pair_remote = false;  // the pair spoke by phone or video: "the two" met nobody in person
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        if (ctx.boilerplate[s]) continue;
        const auto& sen = sentences[s];
        std::size_t cf = sen.first_token;
        while (cf < sen.end_token) {
            std::size_t ce = cf;
            while (ce < sen.end_token && !ctx.punct(ce, ";")) ++ce;
            auto mask = attribution_mask(ctx, cf, ce);
            // the dateline is about the report, not the meeting
            for (std::size_t k = cf; k < ce; ++k)
                if (k >= ctx.body_start && k < ctx.dateline_end) mask[k - cf] = true;
            // the trigger
            // "After speaking with A and B, X and Y met ...": the opening phrase reports earlier,
            // separate encounters of the main clause's subject; the main trigger comes after it.
            const bool after_prefix = (ctx.is(cf, "after") || ctx.is(cf, "following") || ctx.is(cf, "before")) &&
                                      (ctx.is(cf + 1, "speaking") || ctx.is(cf + 1, "talking") ||
                                       ctx.is(cf + 1, "meeting") || ctx.is(cf + 1, "conferring")) &&
                                      ctx.is(cf + 2, "with");
            std::optional<Trigger> trig;
            for (std::size_t k = after_prefix ? cf + 3 : cf; k < ce && !trig; ++k)
                if (!mask[k - cf]) trig = trigger_at(ctx, k, cf, ce);
            bool is_remote = remote(ctx, cf, ce);
            ClauseFacts f;
            for (std::size_t k = cf; k < ce; ++k) {
                if (mask[k - cf] || ctx.ignored[k]) continue;
                MentionId m = ctx.mention_at(k);
                if (m == kNoMention) continue;
                auto [mf, me] = ctx.tokens_of(m);
                if (mf != k) continue;
                const Mention& mm = ctx.mention(m);
                switch (mm.kind) {
                    case MentionKind::Person:
                        // "Obuchi's predecessor, Y", "Xi's top diplomat Y", "investigation of X's
                        // disappearance": the possessor is not a participant; "X's talks with Y" is
                        if (ctx.possessive(me) && !is_meeting_noun(ctx.low(me + 1)) && !ctx.is(me + 1, "visit") &&
                            !ctx.is(me + 1, "trip") && !(ctx.word(me + 1) && is_meeting_noun(ctx.low(me + 2))))
                            break;
                        if (topic_person(ctx, mf)) break;
                        // "conveyed a message from King X", "a letter from X": the sender is not there
                        if (std::size_t b = mf > 0 && ctx.is_kind(mf - 1, MentionKind::Role) ? ctx.tokens_of(ctx.mention_at(mf - 1)).first : mf;
                            b >= 2 && ctx.is(b - 1, "from") &&
                            (ctx.is(b - 2, "message") || ctx.is(b - 2, "letter") || ctx.is(b - 2, "greetings") ||
                             ctx.is(b - 2, "invitation") || ctx.is(b - 2, "note") || ctx.is(b - 2, "condolences")))
                            break;
                        if (trig && k >= trig->at) push_unique(f.after, m);
                        else push_unique(f.before, m);
                        break;
                    case MentionKind::City:
                    case MentionKind::Region:
                        if (f.location == kNoMention && (locative(ctx, k) || where_after(ctx, m)) && !in_topic(ctx, cf, k) &&
                            // ("X, who had travelled to Moscow for talks, accompanied Y": the relative
                            // clause's place, unless the meeting is reported in that clause)
                            !(in_relative_clause(ctx, cf, k) && !(trig && in_relative_clause(ctx, cf, trig->at))) &&
                            !(trig && trig->at < k && in_subordinate_clause(ctx, trig->at, k)))
                            f.location = m;
                        break;
                    case MentionKind::Venue:
                        if (f.venue == kNoMention) f.venue = m;
                        break;
                    default:
                        break;
                }
            }
            // date: the first date expression in the clause that is not attribution ("said Sunday")
            // nor inside a relative clause about a person ("X, who became minister in March, met")
            for (std::size_t k = cf; k < ce; ++k) {
                if (mask[k - cf] || ctx.ignored[k] || in_relative_clause(ctx, cf, k)) continue;
                if (k > cf && (ctx.is(k - 1, "since") || ctx.is(k - 1, "until") || ctx.is(k - 1, "said") ||
                               ctx.is(k - 1, "by")))
                    continue;
                if (auto d = date_at(ctx, k, discourse)) {
                    // "ahead of Tuesday's conference": a possessive date names another event's day;
                    // but "met at last year's summit", "during Monday's talks", "on the sidelines of
                    // Tuesday's summit": the event the meeting was part of, whose day is the meeting's
                    const bool at_event = k > cf && (ctx.is(k - 1, "at") || ctx.is(k - 1, "during") ||
                                                     (ctx.is(k - 1, "of") && k > cf + 1 && ctx.is(k - 2, "sidelines")));
                    if (ctx.possessive(k + d->length) && !at_event) {
                        k += d->length;
                        continue;
                    }
                    // "discussed North Korea's launch in August of a missile": a month or a year in
                    // what was discussed dates the topic; a day ("discussed trade on Tuesday") is the
                    // meeting's
                    if (d->value.precision != DatePrecision::Day && d->value.weekday < 0 && in_topic(ctx, cf, k)) {
                        k += d->length - 1;
                        continue;
                    }
                    f.date = d->value;
                    f.date_found = true;
                    // "the second meeting this year, after talks in Tokyo on April 21": a day later in
                    // the clause that fits the year or month found first is the more exact date
                    if (d->value.precision != DatePrecision::Day && d->value.weekday < 0)
                        for (std::size_t j = k + d->length; j < ce; ++j) {
                            if (mask[j - cf] || ctx.ignored[j] || in_relative_clause(ctx, cf, j)) continue;
                            auto e = date_at(ctx, j, discourse);
                            if (!e) continue;
                            if (e->value.precision == DatePrecision::Day && !e->value.contradicts(f.date) &&
                                !ctx.possessive(j + e->length))
                                f.date = e->value;
                            break;
                        }
                    break;
                }
            }
            // "X, who arrived on Wednesday, was received by Y that evening": "that evening" is the day
            // named before it in the sentence, even inside a relative clause
            for (std::size_t k = cf + 1; k + 1 < ce && !f.date_found; ++k) {
                if (!ctx.is(k, "that") || mask[k - cf] ||
                    !(ctx.is(k + 1, "evening") || ctx.is(k + 1, "day") || ctx.is(k + 1, "night") ||
                      ctx.is(k + 1, "afternoon") || ctx.is(k + 1, "morning")))
                    continue;
                for (std::size_t j = cf; j < k; ++j)
                    if (auto d = date_at(ctx, j, discourse); d && !mask[j - cf] && !ctx.possessive(j + d->length) &&
                                                             (d->value.precision == DatePrecision::Day || d->value.weekday >= 0)) {
                        f.date = d->value;
                        f.date_found = true;
                        j += d->length - 1;
                    }
            }
            // "In the afternoon, X met Y", "Later that day ...", "later the same day", "that evening":
            // the day of the last meeting the story dated to the day
            DateValue prev_date;
            for (std::size_t i = ctx.out.meetings.size(); i-- > 0 && last_meeting >= 0;)
                if (!(i < background.size() && background[i]) && ctx.out.meetings[i].date.precision == DatePrecision::Day) {
                    prev_date = ctx.out.meetings[i].date;
                    break;
                }
            if (!f.date_found && prev_date.known()) {
                auto w = [&](std::size_t k, const char* word) { return k < ce && !mask[k - cf] && ctx.is(k, word); };
                auto part = [&](std::size_t k) {
                    return w(k, "morning") || w(k, "afternoon") || w(k, "evening") || w(k, "day");
                };
                bool same_day = false;
                for (std::size_t k = cf; k < ce && !same_day; ++k)
                    same_day = (w(k, "in") && w(k + 1, "the") && part(k + 2)) ||
                               ((w(k, "that") || w(k, "this")) && part(k + 1) && !w(k + 1, "day")) ||
                               (w(k, "later") && w(k + 1, "that") && part(k + 2)) ||
                               (w(k, "the") && w(k + 1, "same") && w(k + 2, "day"));
                if (same_day) {
                    f.date = prev_date;
                    f.date_found = true;
                }
            }
            // counterparts: "her Nigerian counterpart", "his counterpart from Chile"
            for (std::size_t k = cf; k < ce; ++k) {
                if (!ctx.counterpart(k)) continue;
                // "his Iraqi counterpart, Ammar Saadi": the counterpart is named right there and is a
                // principal already; only an unnamed counterpart is resolved later.
                std::size_t nx = k + 1;
                if (ctx.comma(nx)) ++nx;
                if (person_at(ctx, nx)) continue;
                CounterpartRef c;
                if (k > cf && ctx.is_kind(k - 1, MentionKind::Country)) c.country = ctx.mention(ctx.mention_at(k - 1)).key;
                if ((ctx.is(k + 1, "from") || ctx.is(k + 1, "of")) && ctx.is_kind(k + 2, MentionKind::Country))
                    c.country = ctx.mention(ctx.mention_at(k + 2)).key;
                if (!f.before.empty()) c.of = f.before.front();
                f.counterparts.push_back(c);
            }
            // accompanying officials: "accompanied by A and B", "joined by", "officials participating ... included"
            std::size_t acc_from = ce, acc_cue = ce;
            for (std::size_t k = cf; k < ce; ++k) {
                acc_cue = k;
                if ((ctx.is(k, "accompanied") || ctx.is(k, "joined")) ) {
                    std::size_t j = k + 1;
                    while (j < ce && j < k + 5 && !ctx.is(j, "by")) ++j;
                    if (ctx.is(j, "by")) {
                        acc_from = j + 1;
                        break;
                    }
                }
                if ((ctx.is(k, "participating") || ctx.is(k, "taking")) ) {
                    for (std::size_t j = k; j < ce && j < k + 10; ++j)
                        if (ctx.is(j, "included") || ctx.is(j, "were")) {
                            acc_from = j + 1;
                            break;
                        }
                    if (acc_from != ce) break;
                }
                if (ctx.is(k, "along") && ctx.is(k + 1, "with")) {
                    acc_from = k + 2;
                    break;
                }
                // "Schroeder brought along his foreign minister, X"
                if ((ctx.is(k, "brought") || ctx.is(k, "brings") || ctx.is(k, "took")) && ctx.is(k + 1, "along")) {
                    acc_from = k + 2;
                    break;
                }
                // "X brought with her Ghana's ambassador, Y", "X had at his side Y"
                if ((ctx.is(k, "brought") || ctx.is(k, "brings") || ctx.is(k, "took")) && ctx.is(k + 1, "with") &&
                    (ctx.is(k + 2, "him") || ctx.is(k + 2, "her") || ctx.is(k + 2, "them"))) {
                    acc_from = k + 3;
                    break;
                }
                if ((ctx.is(k, "had") || ctx.is(k, "has")) && ctx.is(k + 1, "at") &&
                    (ctx.is(k + 2, "his") || ctx.is(k + 2, "her") || ctx.is(k + 2, "their")) && ctx.is(k + 3, "side")) {
                    acc_from = k + 4;
                    break;
                }
                if (ctx.is(k, "brought") || ctx.is(k, "brings")) {
                    for (std::size_t j = k + 1; j < ce; ++j)
                        if (ctx.is(j, "to") && (is_meeting_noun(ctx.low(j + 1)) || is_meeting_noun(ctx.low(j + 2)))) {
                            acc_from = k + 1;
                            break;
                        }
                    if (acc_from != ce) break;
                }
            }
            // "X also took part in the meeting", "X joined the lunch", "X attended the talks", "X was also present"
            bool joined_in = false;
            for (std::size_t k = cf; k < ce && !joined_in; ++k) {
                bool cue = (ctx.is(k, "took") && ctx.is(k + 1, "part")) || ctx.is(k, "participated") ||
                           ((ctx.is(k, "joined") || ctx.is(k, "attended")) && !ctx.is(k + 1, "by")) ||
                           (ctx.is(k, "present") && k > cf && (ctx.is(k - 1, "also") || ctx.is(k - 1, "were") || ctx.is(k - 1, "was"))) ||
                           (ctx.is(k, "at") && ctx.is(k + 1, "the") && ctx.is(k + 2, "table"));
                if (!cue) continue;
                bool meeting_word = false;
                for (std::size_t j = k; j < std::min(ce, k + 6); ++j)
                    if (is_meeting_noun(ctx.low(j)) || ctx.is(j, "present") || ctx.is(j, "table")) meeting_word = true;
                // "Foreign Minister X also attended." -- the meeting just reported
                if ((ctx.is(k, "attended") || ctx.is(k, "joined")) && k > cf && ctx.is(k - 1, "also") &&
                    (k + 1 >= ce || ctx.punct(k + 1, ".")))
                    meeting_word = true;
                if (!meeting_word || trig) continue;
                joined_in = true;
                for (std::size_t j = cf; j < ce; ++j)
                    if (person_at(ctx, j) && !mask[j - cf] && ctx.tokens_of(ctx.mention_at(j)).first == j)
                        push_unique(f.accompanying, ctx.mention_at(j));
                f.before.clear();
                f.after.clear();
            }
            // "At the meeting with X, which Y also attended, ...": Y was at it beside the principals
            for (std::size_t k = cf + 1; k < ce; ++k) {
                if (!(ctx.is(k, "which") || ctx.is(k, "that")) || !ctx.comma(k - 1)) continue;
                std::size_t v = k + 1;
                while (v < ce && v < k + 8 && !ctx.is(v, "attended") && !ctx.is(v, "joined")) ++v;
                if (v >= ce || v >= k + 8 || ctx.is(v + 1, "by")) continue;
                for (std::size_t j = k + 1; j < v; ++j)
                    if (person_at(ctx, j) && !mask[j - cf] && ctx.tokens_of(ctx.mention_at(j)).first == j) {
                        const MentionId m = ctx.mention_at(j);
                        push_unique(f.accompanying, m);
                        f.before.erase(std::remove(f.before.begin(), f.before.end(), m), f.before.end());
                        f.after.erase(std::remove(f.after.begin(), f.after.end(), m), f.after.end());
                    }
            }
            if (acc_from < ce) {
                // The principal is the person named last before the cue ("Sarr was accompanied by",
                // "the minister, along with"); the cue's own clause only.
                MentionId principal = kNoMention;
                for (std::size_t k = acc_cue; k-- > cf && principal == kNoMention;)
                    if (person_at(ctx, k) && !mask[k - cf]) principal = ctx.mention_at(k);
                // the list ends where a clause of its own begins: ", while Schroeder brought X"
                std::size_t acc_end = ce;
                for (std::size_t k = acc_from; k + 1 < ce && acc_end == ce; ++k)
                    if (ctx.comma(k) && (ctx.is(k + 1, "while") || ctx.is(k + 1, "whereas") || ctx.is(k + 1, "but") ||
                                         ctx.is(k + 1, "although")))
                        acc_end = k;
                for (std::size_t k = acc_from; k < acc_end; ++k)
                    if (person_at(ctx, k) && !mask[k - cf] && ctx.tokens_of(ctx.mention_at(k)).first == k) {
                        push_unique(f.accompanying, ctx.mention_at(k));
                        if (principal != kNoMention) f.accompaniments.push_back({ctx.mention_at(k), principal});
                    }
                // The other side's companions, in the clauses after ", while": "Y brought along B"
                // (B with Y), "on the other side C took part" (C, beside nobody in particular).
                for (std::size_t seg = acc_end; seg < ce;) {
                    std::size_t seg_end = ce;
                    for (std::size_t k = seg + 1; k + 1 < ce && seg_end == ce; ++k)
                        if (ctx.comma(k) && (ctx.is(k + 1, "while") || ctx.is(k + 1, "whereas") || ctx.is(k + 1, "but") ||
                                             ctx.is(k + 1, "although") || ctx.is(k + 1, "and")))
                            seg_end = k;
                    std::size_t cue = seg_end, from = seg_end;
                    for (std::size_t k = seg; k < seg_end && cue == seg_end; ++k) {
                        if ((ctx.is(k, "brought") || ctx.is(k, "brings") || ctx.is(k, "took")) && ctx.is(k + 1, "along")) {
                            cue = k;
                            from = k + 2;
                        } else if (ctx.is(k, "accompanied") && ctx.is(k + 1, "by")) {
                            cue = k;
                            from = k + 2;
                        }
                    }
                    bool took_part = false;
                    for (std::size_t k = seg; k < seg_end; ++k)
                        took_part = took_part || (ctx.is(k, "took") && ctx.is(k + 1, "part")) || ctx.is(k, "attended") ||
                                    ctx.is(k, "present") || ctx.is(k, "participated");
                    MentionId side = kNoMention;
                    for (std::size_t k = cue; cue < seg_end && k-- > seg && side == kNoMention;)
                        if (person_at(ctx, k) && !mask[k - cf]) side = ctx.mention_at(k);
                    for (std::size_t k = cue < seg_end ? from : seg; (cue < seg_end || took_part) && k < seg_end; ++k)
                        if (person_at(ctx, k) && !mask[k - cf] && ctx.tokens_of(ctx.mention_at(k)).first == k) {
                            push_unique(f.accompanying, ctx.mention_at(k));
                            if (side != kNoMention) f.accompaniments.push_back({ctx.mention_at(k), side});
                        }
                    seg = seg_end + 1;
                }
                // those are not principals
                auto drop = [&](std::vector<MentionId>& v) {
                    v.erase(std::remove_if(v.begin(), v.end(), [&](MentionId m) {
                                return std::find(f.accompanying.begin(), f.accompanying.end(), m) != f.accompanying.end();
                            }), v.end());
                };
                drop(f.before);
                drop(f.after);
            }
            // The subject of the main clause is the run of names right before its trigger; the names
            // before that run, in the opening phrase, each met the first of the subject separately.
            std::vector<MentionId> earlier_partners;
            if (after_prefix && trig) {
                std::size_t run = trig->at;
                while (run > cf + 3 && (person_at(ctx, run - 1) || ctx.is(run - 1, "and") || ctx.comma(run - 1))) --run;
                while (run < trig->at && !person_at(ctx, run)) ++run;  // the run starts with a name
                for (auto m : f.before)
                    if (ctx.tokens_of(m).first < run) earlier_partners.push_back(m);
                f.before.erase(std::remove_if(f.before.begin(), f.before.end(),
                                              [&](MentionId m) { return ctx.tokens_of(m).first < run; }),
                               f.before.end());
            }
            auto issues = issues_in(ctx, cf, ce);
            bool valid_trigger = trig && !hypothetical(ctx, *trig, cf);
            // "X held talks with Y and also called on Z": a second encounter verb coordinated after
            // the first is a meeting of the subject with the people after it, not one of all three
            std::vector<MentionId> later_partners;
            if (valid_trigger && f.before.size() == 1) {
                for (std::size_t k = trig->at + trig->length; k + 1 < ce; ++k) {
                    if (!ctx.is(k, "and") || mask[k - cf]) continue;
                    std::size_t v = k + 1;
                    if (ctx.is(v, "also") || ctx.is(v, "later") || ctx.is(v, "then")) ++v;
                    if (v >= ce || mask[v - cf]) continue;
                    auto second = trigger_at(ctx, v, cf, ce);
                    if (!second || second->nominal || hypothetical(ctx, *second, cf)) continue;
                    auto after_second = [&](MentionId m) { return ctx.tokens_of(m).first > v; };
                    if (std::all_of(f.after.begin(), f.after.end(), after_second)) break;  // nobody for the first
                    for (auto m : f.after)
                        if (after_second(m)) later_partners.push_back(m);
                    f.after.erase(std::remove_if(f.after.begin(), f.after.end(), after_second), f.after.end());
                    break;
                }
            }
            std::vector<MentionId> principals = f.before;
            for (auto m : f.after) push_unique(principals, m);
            auto remember = [&](const ClauseFacts& facts, const std::vector<MentionId>& people) {
                // (a header line before the body, "NEWS WIRE | Thursday 18 October 2018 | 09:12",
                // that names nobody dates the page, not the story's events)
                if (facts.date_found && (facts.date.precision == DatePrecision::Day || facts.date.weekday >= 0) &&
                    !earlier_event(ctx, cf, ce) && (cf >= ctx.body_start || !people.empty())) {
                    story_date = facts.date;
                    story_date_paragraph = sen.paragraph;
                    story_date_post = post_of[s];
                }
                if (people.size() >= 2) {
                    story_pair = people;
                    story_pair_paragraph = sen.paragraph;
                    story_pair_sentence = s;
                    story_pair_remote = is_remote;
                }
            };
            // "She and Mr X discussed ...": the pronoun is the subject of the sentence before (same or
            // previous paragraph), its first person named
            // "He met Kim on Sunday": so is a pronoun that is the subject of the trigger itself
            // ("Yesterday she held talks with ...", "A day earlier he met ...", "On Tuesday, she ...":
            // after a few words of time)
            std::size_t pro = cf;
            for (std::size_t k = cf; k < ce && k < cf + 5; ++k) {
                if (ctx.is(k, "he") || ctx.is(k, "she")) {
                    pro = k;
                    break;
                }
                const bool time_word =
                    ctx.is(k, "yesterday") || ctx.is(k, "today") || ctx.is(k, "later") || ctx.is(k, "earlier") ||
                    ctx.is(k, "afterwards") || ctx.is(k, "then") || ctx.is(k, "a") || ctx.is(k, "the") ||
                    ctx.is(k, "day") || ctx.is(k, "on") || ctx.is(k, "that") || ctx.is(k, "this") ||
                    ctx.is(k, "morning") || ctx.is(k, "afternoon") || ctx.is(k, "evening") || ctx.is(k, "next") ||
                    ctx.is(k, "following") || lexicon::weekday(ctx.tok(k)) || (ctx.comma(k) && k > cf);
                if (!time_word || mask[k - cf]) break;
            }
            const bool pronoun_subject =
                trig && (ctx.is(pro, "he") || ctx.is(pro, "she")) &&
                (trig->at == pro + 1 || (trig->at == pro + 2 && (ctx.is(pro + 1, "also") || ctx.is(pro + 1, "later") ||
                                                                ctx.is(pro + 1, "then") || ctx.is(pro + 1, "first"))));
            if (valid_trigger && principals.size() == 1 && (ctx.is(pro, "he") || ctx.is(pro, "she")) &&
                (ctx.is(pro + 1, "and") || pronoun_subject) && s > 0 && sentences[s - 1].paragraph + 1 >= sen.paragraph) {
                for (std::size_t k = sentences[s - 1].first_token; k < sentences[s - 1].end_token; ++k)
                    if (person_at(ctx, k) && !ctx.ignored[k]) {
                        if (!same_person(ctx, ctx.mention_at(k), principals.front()))
                            principals.insert(principals.begin(), ctx.mention_at(k));
                        break;
                    }
            }
            // "Isaias received him at the airport", "X met her in Lagos": the object pronoun is the
            // first person named in the sentence before (same or previous paragraph)
            if (valid_trigger && principals.size() == 1 && trig &&
                (ctx.is(trig->at + trig->length, "him") || ctx.is(trig->at + trig->length, "her")) && s > 0 &&
                sentences[s - 1].paragraph + 1 >= sen.paragraph) {
                for (std::size_t k = sentences[s - 1].first_token; k < sentences[s - 1].end_token; ++k)
                    if (person_at(ctx, k) && !ctx.ignored[k]) {
                        if (!same_person(ctx, ctx.mention_at(k), principals.front())) principals.push_back(ctx.mention_at(k));
                        break;
                    }
            }
            std::size_t named = principals.size() + f.counterparts.size();
            if (valid_trigger && named < 2 && trig)
                if (MentionId m = titled_subject(ctx, cf, trig->at);
                    m != kNoMention && std::none_of(principals.begin(), principals.end(),
                                                    [&](MentionId p) { return same_person(ctx, p, m); })) {
                    principals.insert(principals.begin(), m);
                    named = principals.size() + f.counterparts.size();
                }
            if (valid_trigger && named < 2) {
                // "the two foreign ministers met": the two holders of that title, wherever named
                for (auto m : titled_pair(ctx, cf, ce)) push_unique(principals, m);
                named = principals.size() + f.counterparts.size();
            }
            // (a pair that spoke by phone names nobody who met: "The leaders last held a summit in ...")
            if (valid_trigger && named < 2 && plural_reference(ctx, cf, ce) && story_pair.size() >= 2 &&
                sen.paragraph <= story_pair_paragraph + 2 && (!story_pair_remote || is_remote)) {
                for (auto m : story_pair) push_unique(principals, m);
                named = principals.size() + f.counterparts.size();
            }
            // "The talks continued over a working lunch hosted by X, which Y also attended": more of the
            // last meeting, whoever the clause names, not a meeting of its own
            bool talks_continued = false;
            {
                std::size_t o = cf;
                while (o < ce && mask[o - cf]) ++o;
                if (o + 2 < ce && (ctx.is(o, "the") || ctx.is(o, "their")) && is_meeting_noun(ctx.low(o + 1)) &&
                    (ctx.is(o + 2, "continued") || ctx.is(o + 2, "resumed")))
                    talks_continued = last_meeting >= 0;
            }
            if (!valid_trigger || named < 2 || talks_continued) {
                // continuing the story: "the meeting", "the talks", "the two sides", "they", "was accompanied by"
                bool continues = false;
                // the first words after any attribution: "According to X, the talks covered ..."
                std::size_t open = cf;
                while (open < ce && mask[open - cf]) ++open;
                if (open > cf && open < ce && ctx.comma(open)) ++open;
                bool people_of_meeting = false;  // "the leaders", "the two sides": the people who met
                for (std::size_t k = open; k < std::min(ce, open + 8); ++k) {
                    if (ctx.is(k, "the") && k == open &&
                        (ctx.is(k + 1, "leaders") || ctx.is(k + 1, "ministers") || ctx.is(k + 1, "two") ||
                         ctx.is(k + 1, "sides")))
                        people_of_meeting = true;
                    if ((ctx.is(k, "the") || ctx.is(k, "their") || ctx.is(k, "this")) &&
                        (is_meeting_noun(ctx.low(k + 1)) || ctx.is(k + 1, "two") || ctx.is(k + 1, "ministers") ||
                         ctx.is(k + 1, "leaders") || ctx.is(k + 1, "sides") || ctx.is(k + 1, "discussion")))
                        continues = true;
                    // "Their remarks pointed to ...", "their exchange": what the pair said at it
                    if (ctx.is(k, "their") && (ctx.is(k + 1, "remarks") || ctx.is(k + 1, "comments") ||
                                               ctx.is(k + 1, "exchange") || ctx.is(k + 1, "exchanges")))
                        continues = true;
                    if (ctx.is(k, "they") || ctx.is(k, "both")) continues = true;
                }
                // "Talks between X and Y on Sunday made little progress": a sentence that opens with
                // the meeting noun itself
                if (open < ce && (ctx.is(open, "talks") || ctx.is(open, "discussions") ||
                                  ctx.is(open, "negotiations") || ctx.is(open, "consultations")))
                    continues = true;
                if (!f.accompanying.empty()) continues = true;
                // "Pompeo also raised the war in Yemen": a principal of the last meeting, the subject
                // of a sentence that says what was brought up
                // (anyone else named is inside what was raised: "the detention of X")
                auto in_issue = [&](MentionId m) {
                    const auto sp = ctx.mention(m).span;
                    return std::any_of(issues.begin(), issues.end(), [&](const IssuePhrase& ip) {
                        return ip.span.begin <= sp.begin && sp.end <= ip.span.end;
                    });
                };
                if (!continues && !valid_trigger && named >= 1 && !issues.empty() && last_meeting >= 0 && !is_remote &&
                    ctx.tokens_of(principals.front()).first == open &&
                    std::all_of(principals.begin() + 1, principals.end(), in_issue)) {
                    const auto& prev = ctx.out.meetings[static_cast<std::size_t>(last_meeting)];
                    continues = std::any_of(prev.participants.begin(), prev.participants.end(),
                                            [&](MentionId p) { return same_person(ctx, p, principals.front()); });
                }
                // "Modi said he had briefed Kishida on X": a participant of the last meeting, speaking,
                // tells what was discussed there; anyone else named is that meeting's or inside the topic
                if (!continues && !valid_trigger && !issues.empty() && last_meeting >= 0 && !is_remote) {
                    const auto& prev = ctx.out.meetings[static_cast<std::size_t>(last_meeting)];
                    auto of_prev = [&](MentionId m) {
                        return std::any_of(prev.participants.begin(), prev.participants.end(),
                                           [&](MentionId p) { return same_person(ctx, p, m); });
                    };
                    // the speaker: a person masked as "X said" / "X, for his part, said" (not one
                    // inside a quotation)
                    MentionId speaker = kNoMention;
                    for (std::size_t k = cf; k < ce && speaker == kNoMention; ++k) {
                        if (!mask[k - cf] || !person_at(ctx, k)) continue;
                        for (std::size_t j = ctx.tokens_of(ctx.mention_at(k)).second; j < std::min(ce, k + 8); ++j) {
                            if (ctx.tok(j) == "\"" || ctx.tok(j) == "\u201C" || ctx.tok(j) == "\u201D") break;
                            if (ctx.is(j, "said") || ctx.is(j, "says") || ctx.is(j, "told")) {
                                speaker = ctx.mention_at(k);
                                break;
                            }
                        }
                        break;  // only the first masked person can be the speaker
                    }
                    continues = speaker != kNoMention && of_prev(speaker) &&
                                std::all_of(principals.begin(), principals.end(),
                                            [&](MentionId m) { return of_prev(m) || in_issue(m); });
                }
                // "Other issues discussed included X and Y", "Also on the agenda were X": a sentence
                // that names nobody new but lists what was discussed goes on with the last meeting.
                if (named == 0 && !issues.empty()) {
                    for (std::size_t k = cf; k < ce && !continues; ++k)
                        continues = ctx.low(k).rfind("discuss", 0) == 0 || ctx.is(k, "agenda");
                }
                // "Loc was accompanied at the talks by X", paragraphs after the meeting: a principal
                // of the last meeting being accompanied ties the sentence to it at any distance.
                bool accompanies_last = false;
                if (last_meeting >= 0 && !f.accompaniments.empty()) {
                    const auto& prev = ctx.out.meetings[static_cast<std::size_t>(last_meeting)];
                    accompanies_last = std::all_of(f.accompaniments.begin(), f.accompaniments.end(), [&](const Accompaniment& a) {
                        return std::any_of(prev.participants.begin(), prev.participants.end(),
                                           [&](MentionId p) { return same_person(ctx, a.principal, p); });
                    });
                }
                // officials "participating in the meeting" name the meeting being reported, a little further
                const bool officials_of_meeting = named == 0 && !f.accompanying.empty() && continues;
                // "The leaders also stressed ..." near the end of a story that reported one meeting:
                // nobody else met since, so the people are that meeting's, however far down
                // (several reports of one meeting - the same principals - are one meeting here)
                auto same_principals = [&](const MeetingAssertion& a, const MeetingAssertion& b) {
                    auto covered = [&](const MeetingAssertion& x, const MeetingAssertion& y) {
                        return std::all_of(x.participants.begin(), x.participants.end(), [&](MentionId p) {
                            return std::any_of(y.participants.begin(), y.participants.end(),
                                               [&](MentionId q) { return same_person(ctx, p, q); });
                        });
                    };
                    return covered(a, b) && covered(b, a);
                };
                const bool only_meeting =
                    people_of_meeting && last_meeting >= 0 &&
                    std::all_of(ctx.out.meetings.begin(), ctx.out.meetings.end(), [&](const MeetingAssertion& m) {
                        return m.kind != EncounterKind::Meeting ||
                               same_principals(m, ctx.out.meetings[static_cast<std::size_t>(last_meeting)]);
                    });
                const std::uint32_t reach = only_meeting ? std::numeric_limits<std::uint32_t>::max() / 2
                                            : officials_of_meeting ? 8 : 3;
                int target = -1;  // the meeting this sentence goes on with
                if (last_meeting >= 0 && (sen.paragraph <= last_meeting_paragraph + reach || accompanies_last) &&
                    (continues || (valid_trigger && named == 1 && !f.accompanying.empty())))
                    target = last_meeting;
                // "The two sides ...", "Their remarks ..." within two sentences of one that named a pair
                // goes on with that pair's meeting, if the article reported one (however far back)
                // (a sentence that is itself told in the past - "The two leaders had discussed X at
                // that meeting" - may go on with a background meeting)
                const std::vector<bool> no_background;
                const auto& passed_over = earlier_event(ctx, cf, ce) ? no_background : background;
                if (continues && story_pair_sentence < s && story_pair_sentence + 2 >= s && story_pair.size() >= 2)
                    if (int m = meeting_of(ctx, story_pair, passed_over); m >= 0) target = m;
                // "The two presidents also discussed ...", paragraphs later: the meeting of two
                // holders of that title
                if (continues && target < 0)
                    if (int m = meeting_of_titled(ctx, cf, ce, passed_over); m >= 0) target = m;
                // "Talks between X and Z on Sunday ...": the meeting noun, one of its people and its
                // day name a meeting reported earlier, however far back
                if (valid_trigger && named == 1 && f.date_found &&
                    (f.date.precision == DatePrecision::Day || f.date.weekday >= 0))
                    if (int m = meeting_on(ctx, principals.front(), f.date); m >= 0) {
                        target = m;
                        continues = true;
                    }
                // a sentence that goes on with the last meeting keeps the story on it: the reach
                // counts from there
                if (continues && target >= 0 && target == last_meeting) last_meeting_paragraph = sen.paragraph;
                // "The two leaders first met at last year's summit in Lima, where ...": the people of
                // the meeting reported, at an earlier one (an earlier-event cue, or a date that cannot
                // be the reported meeting's) - a meeting of its own, not more of this one
                if (valid_trigger && continues && target >= 0 && !is_remote && f.accompanying.empty()) {
                    const auto& prev = ctx.out.meetings[static_cast<std::size_t>(target)];
                    const bool before =
                        (earlier_event(ctx, cf, ce, false) && (!f.date_found || !prev.date.known() || f.date.contradicts(prev.date))) ||
                        (f.date_found && prev.date.known() && f.date.contradicts(prev.date));
                    if (before) {
                        MeetingAssertion e;
                        e.kind = EncounterKind::Meeting;
                        e.participants = prev.participants;
                        e.location = f.location;
                        e.venue = f.venue;
                        e.event = event_in(ctx, cf, ce);
                        if (f.date_found) e.date = f.date;
                        e.issues = issues;
                        e.sentence = static_cast<std::uint32_t>(s);
                        ctx.out.meetings.push_back(std::move(e));
                        background.resize(ctx.out.meetings.size());
                        background.back() = true;
                        cf = ce + 1;
                        continue;
                    }
                }
                if (target >= 0) {
                    auto& prev = ctx.out.meetings[static_cast<std::size_t>(target)];
                    for (auto m : f.accompanying) push_unique(prev.accompanying, m);
                    if (talks_continued && continues)
                        for (auto m : principals)
                            if (std::none_of(prev.participants.begin(), prev.participants.end(),
                                             [&](MentionId q) { return same_person(ctx, q, m); }))
                                push_unique(prev.accompanying, m);
                    prev.accompaniments.insert(prev.accompaniments.end(), f.accompaniments.begin(), f.accompaniments.end());
                    if (continues) {
                        for (const auto& is : issues) prev.issues.push_back(is);
                        if (prev.venue == kNoMention && f.venue != kNoMention) prev.venue = f.venue;
                        if (prev.location == kNoMention && f.location != kNoMention && valid_trigger) prev.location = f.location;
                    }
                }
                remember(f, principals);
                cf = ce + 1;
                continue;
            }
            if (!f.date_found && story_date.known() && sen.paragraph <= story_date_paragraph + 4 &&
                story_date_post == post_of[s] && !earlier_event(ctx, cf, ce))
                f.date = story_date;
            if (!f.date_found && !f.date.known() && post_of[s] != 0 && ctx.anchor_is_publication &&
                ctx.out.anchor.precision == DatePrecision::Day && !earlier_event(ctx, cf, ce))
                f.date = ctx.out.anchor;
            MeetingAssertion a;
            a.kind = is_remote ? EncounterKind::Call : EncounterKind::Meeting;
            a.participants = principals;
            a.accompanying = f.accompanying;
            a.accompaniments = f.accompaniments;
            a.counterparts = f.counterparts;
            a.location = f.location;
            a.venue = f.venue;
            a.event = event_in(ctx, cf, ce);
            a.date = f.date;
            a.issues = issues;
            a.sentence = static_cast<std::uint32_t>(s);
            // "held separate talks with", "met separately with": apart from the other meetings told
            for (std::size_t k = cf; k < ce && !a.separate; ++k)
                a.separate = !mask[k - cf] && (ctx.is(k, "separate") || ctx.is(k, "separately"));
            if (a.date.precision == DatePrecision::Day) discourse = a.date;
            std::optional<MeetingAssertion> later_meeting;
            if (!later_partners.empty()) {
                MeetingAssertion e;
                e.kind = a.kind;
                e.participants = {f.before.front()};
                for (auto m : later_partners) push_unique(e.participants, m);
                e.location = a.location;
                e.date = a.date;
                e.sentence = a.sentence;
                later_meeting = std::move(e);
            }
            if (!earlier_partners.empty() && !f.before.empty()) {
                for (auto partner : earlier_partners) {
                    MeetingAssertion e;
                    e.kind = a.kind;
                    e.participants = {f.before.front(), partner};
                    e.location = a.location;
                    e.date = a.date;
                    e.sentence = a.sentence;
                    ctx.out.meetings.push_back(std::move(e));
                }
            }
            // an earlier meeting told while the story reports another ("They first met in Lima last
            // year"): background, which later sentences do not go on with
            const bool told_as_background =
                !is_remote && last_meeting >= 0 && earlier_event(ctx, cf, ce, false) &&
                (!a.date.known() || a.date.contradicts(ctx.out.meetings[static_cast<std::size_t>(last_meeting)].date));
            ctx.out.meetings.push_back(std::move(a));
            const int reported = static_cast<int>(ctx.out.meetings.size() - 1);  // the clause's own meeting
            background.resize(ctx.out.meetings.size());
            background.back() = told_as_background;
            if (later_meeting) {
                ctx.out.meetings.push_back(std::move(*later_meeting));
                background.push_back(told_as_background);
            }
            // a caption's meeting is a picture of the story, not its thread: what follows the
            // caption goes on with the meeting the narrative last reported
            if (ctx.caption[s]) {
                cf = ce + 1;
                continue;
            }
            if (!is_remote && !told_as_background) {
                last_meeting = reported;
                last_meeting_paragraph = sen.paragraph;
            }
            remember(f, principals);
            cf = ce + 1;
        }
    }
}

}  // namespace readout::extract::detail
