// Extractor: roles. Reads Person, Role, Country and Organization mentions; adds RoleAssertions
// for the patterns of news English:
//   title-led      "Ghana's Foreign Minister Jane Doe", "spokesman John Roe", "X's top diplomat, Jane Doe"
//   appositive     "Jane Doe, Nigeria's minister of foreign affairs,", "John Roe, the Ivorian president of the ECOWAS Commission"
//   relative       "Jane Doe, who has been Ghana's minister for trade since 2017", "John Roe, a former ambassador to Germany"
//   copula         "Jane Doe is the director of ..."
// A role's organization is the country or body named before the title (demonym, "X's", body name) or
// after it ("of the ECOWAS Commission"); "to <country>" belongs to the title ("Ambassador to China").

#include <algorithm>
#include <cctype>
#include <charconv>
#include <unordered_set>

#include "context.hpp"
#include "readout/extract/lexicon.hpp"
#include "readout/text/unicode.hpp"

namespace readout::extract::detail {
namespace {

struct RoleFrame {
    std::size_t first = 0, end = 0;  // tokens covered, including prefix and complement
    std::string title;
    MentionId organization = kNoMention;
    std::string organization_name, organization_surface, organization_country;
    bool former = false;
    bool implied = false;  // the organization comes from the title alone ("secretary of state" → US)
};

const std::unordered_set<std::string>& modifiers() {
    static const std::unordered_set<std::string> m = {
        "the", "a", "an", "top", "senior", "chief", "former", "then", "new", "outgoing", "incoming", "current",
        "veteran", "longtime", "long-time", "newly", "appointed", "powerful", "influential", "its", "his", "her",
        "their", "own", "ex", "sitting", "serving", "interim", "caretaker", "elected", "president-elect"};
    return m;
}

/// Capitalized words that open a sentence without being part of a name or title (beyond the
/// function words of lexicon::is_capitalized_function_word).
bool sentence_opener(std::string_view low) {
    static const std::unordered_set<std::string_view> w = {
        "yesterday", "today", "tonight", "tomorrow", "separately", "outgoing", "incoming", "local", "national",
        "state", "federal", "government", "opposition", "acting"};
    return w.count(low) > 0;
}

/// A noun that stands for a country already named: "the kingdom's", "the country's".
bool country_noun(std::string_view low) {
    return low == "country" || low == "kingdom" || low == "nation" || low == "republic" || low == "emirate" ||
           low == "sultanate";
}

/// Country implied by a national title used without a country (US cabinet titles, India's EAM).
std::string implied_country(std::string_view canonical_title) {
    std::string k = text::normalize_key(canonical_title);
    if (k == "secretary of state" || k == "treasury secretary" || k == "secretary of the treasury" ||
        k == "commerce secretary" || k == "secretary of commerce" || k == "defense secretary" ||
        k == "secretary of defense" || k == "homeland security secretary" || k == "energy secretary")
        return "US";
    if (k == "external affairs minister" || k == "minister of external affairs") return "IN";
    return {};
}

void set_org(const Context& ctx, RoleFrame& f, MentionId m) {
    const Mention& om = ctx.mention(m);
    f.organization = m;
    f.organization_name = om.canonical;
    f.organization_surface = std::string(ctx.surface(m));
    f.organization_country = om.kind == MentionKind::Country ? om.key : om.country;
}

/// Reads the role phrase around a Role mention.
RoleFrame frame_of(const Context& ctx, MentionId role) {
    RoleFrame f;
    const RoleEntry* kind_entry = ctx.gaz.role_by_canonical(ctx.mention(role).canonical);
    const bool expert = kind_entry && kind_entry->kind == "expert";
    auto [rf, re] = ctx.tokens_of(role);
    f.first = rf;
    f.end = re;
    // The title is kept as the text writes it ("minister of foreign affairs", "Foreign Minister"):
    // the span from its first prefix word to the end of its complement.
    // title prefixes not in the gazetteer entry: "Deputy", "Vice", "Assistant"
    while (f.first > 0 && ctx.word(f.first - 1) && lexicon::is_title_prefix(ctx.low(f.first - 1)) &&
           ctx.sentence_of(f.first - 1) == ctx.sentence_of(rf))
        --f.first;
    // a capitalized portfolio written before the title: "Climate Commissioner", "Foreign Affairs
    // Secretary", "Pacific Peoples Minister" (up to three words, none a name the gazetteers know)
    for (int words = 0; words < 3 && f.first > 0; ++words) {
        std::size_t w = f.first - 1;
        if (!ctx.word(w) || !ctx.upper(w) || ctx.mention_at(w) != kNoMention || ctx.ignored[w] ||
            ctx.sentence_of(w) != ctx.sentence_of(rf) || ctx.doc.tokens()[rf].line_before ||
            lexicon::is_capitalized_function_word(ctx.tok(w)) || lexicon::month(ctx.tok(w)) ||
            lexicon::weekday(ctx.tok(w)) || modifiers().count(ctx.low(w)) || sentence_opener(ctx.low(w)) ||
            ctx.low(w).size() < 3 || ctx.tok(w).find('.') != std::string_view::npos)
            break;
        --f.first;
    }
    // an expert's field written before the title, after "a"/"an": "a trade economist", "a security
    // analyst", "a global health researcher" (up to three lower-case words the gazetteers do not know)
    if (expert && f.first == rf) {
        std::size_t w = f.first;
        for (int words = 0; words < 3 && w > 0; ++words) {
            const std::size_t x = w - 1;
            if (!ctx.word(x) || ctx.upper(x) || ctx.mention_at(x) != kNoMention || ctx.ignored[x] ||
                modifiers().count(ctx.low(x)) || ctx.is(x, "a") || ctx.is(x, "an") || ctx.is(x, "the") ||
                ctx.sentence_of(x) != ctx.sentence_of(rf))
                break;
            --w;
        }
        std::size_t d = w;  // "a senior trade economist": modifiers between the article and the field
        while (d > 0 && ctx.word(d - 1) && modifiers().count(ctx.low(d - 1)) && !ctx.is(d - 1, "a") && !ctx.is(d - 1, "an"))
            --d;
        if (w < f.first && d > 0 && (ctx.is(d - 1, "a") || ctx.is(d - 1, "an"))) f.first = w;
    }
    const std::size_t title_first = f.first;
    std::size_t title_end = re;
    // leftwards: modifiers, then the organization or country
    std::size_t k = f.first;
    while (k > 0 && ctx.word(k - 1) && modifiers().count(ctx.low(k - 1)) && ctx.mention_at(k - 1) == kNoMention) {
        if (ctx.is(k - 1, "former") || ctx.is(k - 1, "ex")) f.former = true;
        --k;
    }
    std::size_t j = k;
    // "Seoul's chief nuclear envoy", "Kenya's top trade negotiator": a lower-case field or two
    // between the possessor and the title
    for (std::size_t x = k, words = 0; x > 1 && words < 2 && !ctx.possessive(j - 1); ++words) {
        if (!ctx.word(x - 1) || ctx.upper(x - 1) || ctx.mention_at(x - 1) != kNoMention ||
            lexicon::is_capitalized_function_word(ctx.tok(x - 1)) || ctx.is(x - 1, "and") || ctx.is(x - 1, "of"))
            break;
        --x;
        while (x > 0 && ctx.word(x - 1) && modifiers().count(ctx.low(x - 1)) && !ctx.possessive(x - 1) &&
               (ctx.mention_at(x - 1) == kNoMention || ctx.is_kind(x - 1, MentionKind::Role)))  // "chief"
            --x;
        if (x > 1 && ctx.possessive(x - 1) &&
            (ctx.is_kind(x - 2, MentionKind::Country) || ctx.is_kind(x - 2, MentionKind::City)))
            j = x;
    }
    const bool possessive = j > 0 && ctx.possessive(j - 1);
    if (possessive) --j;
    if (j > 0) {
        MentionId m = ctx.mention_at(j - 1);
        if (m != kNoMention && (ctx.mention(m).kind == MentionKind::Country ||
                                ctx.mention(m).kind == MentionKind::Organization)) {
            set_org(ctx, f, m);
            f.first = ctx.tokens_of(m).first;
        } else if (m != kNoMention && possessive && ctx.mention(m).kind == MentionKind::City) {
            // a capital speaks for its country: "Seoul's ambassador", "Canberra's envoy"
            const Mention& cm = ctx.mention(m);
            std::size_t row = ctx.gaz.cities().size();
            std::from_chars(cm.key.data(), cm.key.data() + cm.key.size(), row);
            const CountryEntry* c = row < ctx.gaz.cities().size() && ctx.gaz.cities()[row].capital
                                        ? ctx.gaz.country_by_key(cm.country)
                                        : nullptr;
            if (c) {
                f.organization_name = c->name;
                f.organization_country = c->key;
                f.organization_surface = std::string(ctx.surface(m));
                f.first = ctx.tokens_of(m).first;
            }
        } else if (m == kNoMention && possessive && j > 1 && ctx.is(j - 2, "the") && country_noun(ctx.low(j - 1))) {
            // "the kingdom's foreign minister", "the country's president": the country the story is
            // filed from, when it has a dateline
            f.first = j - 2;
            if (ctx.out.dateline != kNoMention) {
                const Mention& dm = ctx.mention(ctx.out.dateline);
                if (const CountryEntry* c = ctx.gaz.country_by_key(dm.kind == MentionKind::Country ? dm.key : dm.country)) {
                    f.organization_name = c->name;
                    f.organization_country = c->key;
                }
            }
        }
    }
    // rightwards: complements
    std::size_t e = re;
    const std::size_t sentence_end = ctx.end_token_of_sentence(rf);
    // an expert's institution: "a research fellow at the Lowy Institute", "lecturer in law at X"
    if (expert) {
        std::size_t c = e;
        // the field: "in law", "of North Korean studies" (an expert is nobody's national post)
        if ((ctx.is(c, "in") || ctx.is(c, "of") || ctx.is(c, "on")) && !ctx.is_kind(c + 1, MentionKind::Organization))
            for (std::size_t x = c + 1; x < sentence_end && x < c + 6; ++x)
                if (ctx.is(x, "at") || ctx.is(x, "with") || ctx.comma(x) || ctx.punct(x, ".")) {
                    c = x;
                    break;
                }
        f.title = std::string(ctx.doc.text(ctx.doc.token_span(title_first, re)));
        if (ctx.is(c, "at") || ctx.is(c, "with") || ctx.is(c, "from")) {
            std::size_t o = c + 1;
            if (ctx.is(o, "the")) ++o;
            // (a known body, unless the name runs on past it: "the University of Lagos", "the
            // Institute for Economic Studies" are not "University", "Institute")
            const bool runs_on = [&] {
                if (!ctx.is_kind(o, MentionKind::Organization)) return false;
                const std::size_t me = ctx.tokens_of(ctx.mention_at(o)).second;
                return (ctx.is(me, "of") || ctx.is(me, "for") || lexicon::is_name_particle(ctx.tok(me))) &&
                       ctx.word(me + 1) && ctx.upper(me + 1);
            }();
            if (ctx.is_kind(o, MentionKind::Organization) && !runs_on) {
                set_org(ctx, f, ctx.mention_at(o));
                f.end = ctx.tokens_of(ctx.mention_at(o)).second;
                f.title = std::string(ctx.doc.text(ctx.doc.token_span(title_first, re)));
                return f;
            }
            // a body the gazetteers do not know, written in capitals: "the Centre for Global Energy
            // Studies", "Kookmin University" (up to a comma, "in <place>", "who", the sentence's end)
            std::size_t x = o;
            while (x < sentence_end && x < o + 10) {
                if (ctx.word(x) && ctx.upper(x) && !ctx.is_kind(x, MentionKind::Person)) {
                    ++x;
                } else if ((ctx.is(x, "for") || ctx.is(x, "of") || ctx.is(x, "and") || ctx.is(x, "the") || ctx.is(x, "on") ||
                            // "Universidad del Rosario", "Institut de Relations"
                            lexicon::is_name_particle(ctx.tok(x))) &&
                           x > o && ctx.word(x + 1) && ctx.upper(x + 1)) {
                    ++x;
                } else {
                    break;
                }
            }
            if (x > o + 1 || (x == o + 1 && ctx.is(o - 1, "the"))) {
                f.organization_name = std::string(ctx.doc.text(ctx.doc.token_span(o, x)));
                f.organization_surface = f.organization_name;
                f.end = x;
                f.title = std::string(ctx.doc.text(ctx.doc.token_span(title_first, re)));
                return f;
            }
        }
        f.end = std::max(re, c);
        return f;
    }
    if (e < sentence_end && (ctx.is(e, "of") || ctx.is(e, "for") || ctx.is(e, "to"))) {
        // "Ambassador to China", "special representative for North Korea": the country the
        // diplomat deals with is part of the title
        bool to = ctx.is(e, "to") || (ctx.is(e, "for") && kind_entry && kind_entry->kind == "diplomat" &&
                                      ctx.is_kind(ctx.is(e + 1, "the") ? e + 2 : e + 1, MentionKind::Country));
        std::size_t c = e + 1;
        if (ctx.is(c, "the")) ++c;
        // "of the 22-member Arab League", "of the 27-nation bloc": a size before the name
        if (std::string_view t = ctx.tok(c); !t.empty() && std::isdigit(static_cast<unsigned char>(t.front()))) {
            if (t.find('-') != std::string_view::npos) ++c;
            else if (ctx.tok(c + 1) == "-" && ctx.word(c + 2)) c += 3;
        }
        MentionId m = ctx.mention_at(c);
        if (m != kNoMention && (ctx.mention(m).kind == MentionKind::Country ||
                                ctx.mention(m).kind == MentionKind::Organization)) {
            if (to) {
                title_end = ctx.tokens_of(m).second;  // "Ambassador to China"
            } else {
                set_org(ctx, f, m);
            }
            e = ctx.tokens_of(m).second;
            // "of the Communist Party of China's central foreign affairs commission" stays with the party
            if (ctx.possessive(e)) ++e;
        } else if (m != kNoMention && ctx.mention(m).kind == MentionKind::Region && ctx.is(e, "for") &&
                   !ctx.possessive(ctx.tokens_of(m).second)) {
            // "Minister of State for the Middle East", "Special Representative for the Gulf": the
            // region the post deals with is part of the title, as a portfolio is
            title_end = ctx.tokens_of(m).second;
            e = title_end;
        } else if (!to && ctx.word(c) && m == kNoMention) {
            // a portfolio: "minister of public security", "for East Asian and Pacific Affairs"
            std::size_t x = c;
            while (x < sentence_end && ctx.word(x) && ctx.mention_at(x) == kNoMention && !ctx.ignored[x] &&
                   !lexicon::is_speech_verb(ctx.tok(x)) && !ctx.is(x, "who") && !ctx.is(x, "since") &&
                   !ctx.is(x, "in") && !ctx.is(x, "at") && !ctx.is(x, "on") && !ctx.is(x, "from") &&
                   !ctx.is(x, "said") && !ctx.is(x, "told") && !ctx.is(x, "to") && !ctx.is(x, "that") &&
                   !ctx.is(x, "which") && !ctx.is(x, "with") && !ctx.is(x, "after") && !ctx.is(x, "before") &&
                   !ctx.is(x, "during") && !ctx.is(x, "when") && x - c < 8)
                ++x;
            while (x > c && (ctx.is(x - 1, "and") || ctx.is(x - 1, "the") || ctx.is(x - 1, "of"))) --x;
            if (x > c) {
                title_end = x;
                e = x;
                // "minister of foreign affairs of Nigeria"
                if (ctx.is(e, "of")) {
                    std::size_t y = e + 1;
                    if (ctx.is(y, "the")) ++y;
                    MentionId m2 = ctx.mention_at(y);
                    if (m2 != kNoMention && (ctx.mention(m2).kind == MentionKind::Country ||
                                             ctx.mention(m2).kind == MentionKind::Organization)) {
                        set_org(ctx, f, m2);
                        e = ctx.tokens_of(m2).second;
                    }
                }
            }
        }
    }
    // "the Ecuadorian ambassador in Bogota, X", "ambassador to the United Nations in Geneva, X": where
    // a diplomat serves closes the title phrase (and is not part of the title)
    if (kind_entry && kind_entry->kind == "diplomat" && ctx.is(e, "in") && ctx.is_kind(e + 1, MentionKind::City))
        e = ctx.tokens_of(ctx.mention_at(e + 1)).second;
    // "Ambassador of Egypt to Pakistan, Mr. X": the country served in, after the one served
    if (kind_entry && kind_entry->kind == "diplomat" && f.organization != kNoMention && ctx.is(e, "to") &&
        ctx.is_kind(e + 1, MentionKind::Country))
        e = ctx.tokens_of(ctx.mention_at(e + 1)).second;
    f.end = e;
    f.title = std::string(ctx.doc.text(ctx.doc.token_span(title_first, title_end)));
    // an abbreviation alone is written out: "FM" -> "Foreign Minister"
    if (title_first == rf && title_end == re && re == rf + 1 && ctx.doc.tokens()[rf].all_upper)
        f.title = ctx.mention(role).canonical;
    if (f.organization == kNoMention && f.organization_name.empty()) {
        // only the bare national title: "secretary of state for cooperation" is another country's post
        std::string iso = title_end == re ? implied_country(ctx.mention(role).canonical) : std::string();
        if (const CountryEntry* c = iso.empty() ? nullptr : ctx.gaz.country_by_key(iso)) {
            f.organization_name = c->name;
            f.organization_country = c->key;
            f.implied = true;
        }
    }
    return f;
}

bool person(const Context& ctx, std::size_t i) { return ctx.is_kind(i, MentionKind::Person); }

/// A word for the people who speak for a country: "the Somali delegation", "on the French side",
/// "his Lithuanian counterpart".
bool group_noun(std::string_view low) {
    return low == "delegation" || low == "side" || low == "counterpart" || low == "team" || low == "contingent" ||
           low == "camp" || low == "officials" || low == "government";
}

/// The country a holder's group gives a title with no country of its own. Leftwards, in the same
/// clause and with nobody else named in between: "<Country> <group noun>" ("The Somali delegation
/// included Foreign Minister X", "his Lithuanian counterpart, Minister of Defence X", "On the French
/// side, X, the secretary of state for ..."). Rightwards from the holder: "X will lead / heads
/// <Country>'s delegation", "X, who is leading <Country>'s delegation". Returns the Country mention
/// or kNoMention.
MentionId group_country(const Context& ctx, std::size_t left, MentionId holder) {
    const std::size_t sf = ctx.first_token_of_sentence(left);
    // "... with their Latvian counterpart, ministry spokesman X said": a holder who is the speaker
    // of an attribution starts a clause of their own at the comma.
    const bool speaker = lexicon::is_speech_verb(ctx.tok(ctx.tokens_of(holder).second));
    // "The Egyptian delegation included Ambassador A, and Assistant Foreign Minister B": every member
    // of the list after "included" is of the group's country, however many are named before
    for (std::size_t k = left; k > sf + 2; --k) {
        if (ctx.punct(k - 1, ";") || ctx.punct(k - 1, ".")) break;
        if (ctx.is(k - 1, "included") || ctx.is(k - 1, "includes") || ctx.is(k - 1, "comprised")) {
            if (group_noun(ctx.low(k - 2)) && ctx.is_kind(k - 3, MentionKind::Country)) return ctx.mention_at(k - 3);
            break;
        }
    }
    for (std::size_t k = left, steps = 0; k > sf && steps < 10; --k, ++steps) {
        std::size_t t = k - 1;
        if (ctx.punct(t, ";") || ctx.punct(t, ":") || (speaker && ctx.comma(t))) break;
        if (person(ctx, t) && ctx.mention_at(t) != holder) break;
        if ((group_noun(ctx.low(t)) || ctx.counterpart(t)) && t > sf && ctx.is_kind(t - 1, MentionKind::Country))
            return ctx.mention_at(t - 1);
    }
    auto [hf, he] = ctx.tokens_of(holder);
    const std::size_t se = ctx.end_token_of_sentence(hf);
    std::size_t v = he;
    // ", who is leading Nigeria's delegation", ", who heads the Kenyan team"
    if (ctx.comma(v) && ctx.is(v + 1, "who")) v += 2;
    if (ctx.is(v, "will") || ctx.is(v, "would") || ctx.is(v, "is") || ctx.is(v, "was")) ++v;
    const std::string& w = ctx.low(v);
    if (v < se && (w == "lead" || w == "leads" || w == "led" || w == "leading" || w == "head" || w == "heads" ||
                   w == "headed" || w == "heading")) {
        std::size_t c = v + 1;
        if (ctx.is(c, "the")) ++c;
        if (ctx.is_kind(c, MentionKind::Country)) {
            MentionId m = ctx.mention_at(c);
            std::size_t after = ctx.tokens_of(m).second;
            if (ctx.possessive(after)) ++after;
            if (group_noun(ctx.low(after)) || ctx.is(after, "delegation")) return m;
        }
    }
    return kNoMention;
}

/// The country a journey in the holder's sentence goes to, when the holder comes after it: "X will
/// travel to Fiji next month, where he is expected to meet Prime Minister Y", "On a visit to Peru,
/// X met President Y". Leftwards from the title, in the same sentence, the nearest place decides: a
/// Country after "to", "in", "visit", "visiting" or "visited", or a City there (its country) - but
/// not a journey back ("back from a visit to Peru", "returned from Peru"). The traveller, named
/// before the place, is not touched. Returns the ISO code or "".
std::string destination_country(const Context& ctx, std::size_t left) {
    const std::size_t sf = ctx.first_token_of_sentence(left);
    for (std::size_t k = left, steps = 0; k > sf && steps < 16; --k, ++steps) {
        const std::size_t t = k - 1;
        if (ctx.punct(t, ";") || ctx.punct(t, ":")) break;
        // ", and Energy Minister X": a conjunct of its own (the place before it is another's)
        if (ctx.comma(t) && (ctx.is(t + 1, "and") || ctx.is(t + 1, "but"))) break;
        const MentionId m = ctx.mention_at(t);
        if (m == kNoMention) continue;
        const Mention& mm = ctx.mention(m);
        if ((mm.kind != MentionKind::Country || mm.demonym) && mm.kind != MentionKind::City) continue;
        const std::size_t before = ctx.tokens_of(m).first;
        const std::size_t cue = ctx.is(before - 1, "the") ? before - 2 : before - 1;
        if (before == sf || cue < sf || ctx.possessive(ctx.tokens_of(m).second)) break;
        const std::string& w = ctx.low(cue);
        if (w != "to" && w != "in" && w != "visit" && w != "visiting" && w != "visited") break;
        for (std::size_t b = cue; b > sf && b + 3 >= cue; --b)
            if (ctx.is(b - 1, "from") || ctx.is(b - 1, "back")) return {};
        return mm.kind == MentionKind::Country ? mm.key : mm.country;
    }
    return {};
}

void add(Context& ctx, MentionId p, RoleFrame f, MentionId role_mention) {
    for (const auto& r : ctx.out.roles)
        if (r.person == p && r.title == f.title) return;
    if (f.organization == kNoMention && (f.organization_name.empty() || f.implied)) {
        // the holder's group names the country; it outranks a country implied by the title alone
        const std::size_t left = std::min(f.first, ctx.tokens_of(p).first);
        if (MentionId c = group_country(ctx, left, p); c != kNoMention) {
            set_org(ctx, f, c);
        } else if (f.organization_name.empty()) {
            // a national post (not a diplomat's: an ambassador in Lima is not Peru's) at a journey's end
            const RoleEntry* entry = ctx.gaz.role_by_canonical(ctx.mention(role_mention).canonical);
            const bool national = entry && (entry->kind == "head_of_state" || entry->kind == "head_of_government" ||
                                            entry->kind == "minister" || entry->kind == "spokesperson");
            if (const CountryEntry* to = national ? ctx.gaz.country_by_key(destination_country(ctx, left)) : nullptr) {
                f.organization_name = to->name;
                f.organization_country = to->key;
            }
        }
    }
    RoleAssertion a;
    a.person = p;
    a.title = f.title;
    a.title_span = ctx.mention(role_mention).span;
    a.organization = f.organization;
    a.organization_name = f.organization_name;
    a.organization_surface = f.organization_surface;
    a.organization_country = f.organization_country;
    a.former = f.former;
    a.sentence = ctx.mention(p).sentence;
    ctx.out.roles.push_back(std::move(a));
}

}  // namespace

void find_counterparts(Context& ctx) {
    for (std::size_t k = 0; k < ctx.size(); ++k) {
        if (!ctx.counterpart(k) || ctx.ignored[k]) continue;
        const std::size_t sf = ctx.first_token_of_sentence(k), se = ctx.end_token_of_sentence(k);
        CounterpartRole c;
        c.sentence = ctx.sentence_of(k);
        if (k > sf && ctx.is_kind(k - 1, MentionKind::Country)) c.country = ctx.mention(ctx.mention_at(k - 1)).key;
        std::size_t j = k + 1;
        if ((ctx.is(j, "from") || ctx.is(j, "of")) && ctx.is_kind(j + 1, MentionKind::Country)) {
            c.country = ctx.mention(ctx.mention_at(j + 1)).key;
            j = ctx.tokens_of(ctx.mention_at(j + 1)).second;
        }
        if (ctx.comma(j)) ++j;
        if (j >= se || !person(ctx, j)) continue;  // a title in between gives the person a role of its own
        c.person = ctx.mention_at(j);
        for (std::size_t b = k; b-- > sf;)
            if (person(ctx, b)) {
                c.of = ctx.mention_at(b);
                break;
            }
        if (c.of != kNoMention) ctx.out.counterpart_roles.push_back(c);
    }
}

void find_roles(Context& ctx) {
    find_counterparts(ctx);
    const auto& mentions = ctx.out.mentions;
    for (MentionId r = 0; r < mentions.size(); ++r) {
        if (mentions[r].kind != MentionKind::Role) continue;
        auto [rf, re] = ctx.tokens_of(r);
        if (ctx.ignored[rf]) continue;
        // "Crown Prince X, the king's son", "the president's spokesman": a possessed title is
        // somebody else's
        if (ctx.possessive(re)) continue;
        RoleFrame f = frame_of(ctx, r);
        const std::size_t s_first = ctx.first_token_of_sentence(rf), s_end = ctx.end_token_of_sentence(rf);
        // title-led: the person right after the title (or after "title ,")
        std::size_t after = f.end;
        if (ctx.punct(after, "(")) {  // "Foreign Minister (FM) Jane Doe"
            while (after < s_end && !ctx.punct(after, ")")) ++after;
            ++after;
        }
        // styles between the title and the name: "Foreign Minister Datuk Seri X", "President Dr X"
        // ("Director-General of the agency HE X": "HE" in capitals too)
        while (after + 1 < s_end && ctx.word(after) && lexicon::is_style(ctx.tok(after)) && !person(ctx, after)) {
            ++after;
            if (ctx.punct(after, ".") && after + 1 < s_end) ++after;  // "Prime Minister Mr. X"
        }
        // an appositive to the person before wins: "Jane Doe, the minister of X, John Roe and ..."
        std::size_t lead = f.first;
        while (lead > s_first && (ctx.is(lead - 1, "the") || ctx.is(lead - 1, "a") || ctx.is(lead - 1, "an"))) --lead;
        bool appositive_to_previous = lead > s_first + 1 && ctx.comma(lead - 1) && person(ctx, lead - 2);
        if (after < s_end && person(ctx, after)) {
            // "Special Envoy of the United Nations Secretary-General for Yemen X": this title is the
            // complement of an earlier one, whose holder X is
            std::size_t b = rf;
            while (b > s_first && b + 6 > rf &&
                   (ctx.is(b - 1, "the") || ctx.is_kind(b - 1, MentionKind::Organization) ||
                    ctx.is_kind(b - 1, MentionKind::Country) || (ctx.word(b - 1) && ctx.upper(b - 1) && ctx.mention_at(b - 1) == kNoMention)))
                b = ctx.mention_at(b - 1) != kNoMention ? ctx.tokens_of(ctx.mention_at(b - 1)).first : b - 1;
            if (b > s_first + 1 && b < rf && ctx.is(b - 1, "of") && ctx.is_kind(b - 2, MentionKind::Role)) {
                const MentionId outer = ctx.mention_at(b - 2);
                add(ctx, ctx.mention_at(after), frame_of(ctx, outer), outer);
                continue;
            }
            add(ctx, ctx.mention_at(after), f, r);
            continue;
        }
        // two titles for one person: "State Councillor and FM Lu Zhenhua", "President and Prime Minister X"
        if (ctx.is(after, "and")) {
            std::size_t j = after + 1;
            if (ctx.is_kind(j, MentionKind::Role)) j = ctx.tokens_of(ctx.mention_at(j)).second;
            else if (j < ctx.size() && ctx.doc.tokens()[j].all_upper && ctx.tok(j).size() <= 4) ++j;
            if (j > after + 1 && j < s_end && person(ctx, j)) {
                add(ctx, ctx.mention_at(j), f, r);
                continue;
            }
        }
        // an honorific between the comma and the name: "Papua New Guinea's Prime Minister, Sir X"
        // (with its full stop: "Ambassador of Egypt to Pakistan, Mr. X")
        if (ctx.comma(after) && after + 2 < s_end && lexicon::is_honorific(ctx.low(after + 1))) {
            const std::size_t name = ctx.punct(after + 2, ".") ? after + 3 : after + 2;
            if (name < s_end && person(ctx, name)) {
                add(ctx, ctx.mention_at(name), f, r);
                continue;
            }
        }
        if (!appositive_to_previous && ctx.comma(after) && after + 1 < s_end && person(ctx, after + 1)) {
            // "Brazil's top diplomat, Ana Duarte," -- only when the person is set off as an appositive
            MentionId p = ctx.mention_at(after + 1);
            std::size_t pe = ctx.tokens_of(p).second;
            // "..., Halina Nowak (no relation to the minister), also ..." closes at the parenthesis
            if (pe >= s_end || ctx.comma(pe) || ctx.punct(pe, ".") || ctx.punct(pe, "(") || ctx.word(pe)) {
                add(ctx, p, f, r);
                continue;
            }
        }
        // appositive / relative / copula: a person before the title
        std::size_t k = f.first;
        // skip a relative or copular bridge: ", who has been", ", who became", " is the", ", now"
        std::size_t steps = 0;
        while (k > s_first && steps < 6) {
            const std::string& w = ctx.low(k - 1);
            if (w == "who" || w == "is" || w == "was" || w == "has" || w == "had" || w == "been" || w == "became" ||
                w == "becomes" || w == "serves" || w == "served" || w == "as" || w == "now" || w == "also" ||
                w == "currently" || w == "the" || w == "a" || w == "an" || w == "named" || w == "appointed" ||
                // "X, a senior health researcher": a modifier before an expert's field
                (modifiers().count(w) && f.first < rf)) {
                --k;
                ++steps;
                continue;
            }
            break;
        }
        // a second post of the holder just named: "X, Jordan's ambassador in Cairo and its permanent
        // representative to the Arab League" ("its": the first post's country or organization)
        // Two titles joined by a bare "and" share the holder and the country: "X, Deputy Prime
        // Minister and Minister of Industry of the Russian Federation", "X, Russia's Deputy Prime
        // Minister and Minister of Industry".
        const bool its = k > s_first + 1 && ctx.is(k - 1, "its");
        const bool bare_and = k > s_first + 1 && ctx.is(k - 1, "and") && ctx.is_kind(k - 2, MentionKind::Role);
        if (k > s_first + 1 && (bare_and || (ctx.is(k - 2, "and") && (its || ctx.is(k - 1, "his") || ctx.is(k - 1, "her"))))) {
            RoleAssertion* prev = nullptr;
            const auto sentence = ctx.sentence_of(rf);
            for (auto& ra : ctx.out.roles)
                if (ctx.sentence_of(ctx.tokens_of(ra.person).first) == sentence &&
                    ra.title_span.begin < ctx.doc.tokens()[rf].span.begin)
                    prev = &ra;
            if (bare_and && prev && prev->title_span.end != ctx.doc.tokens()[k - 2].span.end) prev = nullptr;
            if (prev) {
                const bool own_org = f.organization != kNoMention || !f.organization_name.empty();
                if ((its || bare_and) && !own_org) {
                    f.organization = prev->organization;
                    f.organization_name = prev->organization_name;
                    f.organization_surface = prev->organization_surface;
                    f.organization_country = prev->organization_country;
                } else if (bare_and && own_org && prev->organization == kNoMention && prev->organization_name.empty()) {
                    prev->organization = f.organization;
                    prev->organization_name = f.organization_name;
                    prev->organization_surface = f.organization_surface;
                    prev->organization_country = f.organization_country;
                }
                add(ctx, prev->person, f, r);
                continue;
            }
        }
        // "Okafor, a veteran Nigerian diplomat who has served as secretary-general of ...": past the
        // relative bridge, over the appositive noun phrase, to the person before its comma
        if (steps > 0 && k > s_first && !person(ctx, k - 1) && ctx.is(k, "who")) {
            for (std::size_t j = k - 1, n = 0; j > s_first && n < 8; --j, ++n) {
                if (!ctx.comma(j) && !ctx.word(j)) break;
                if (ctx.comma(j)) {
                    if (person(ctx, j - 1)) add(ctx, ctx.mention_at(j - 1), f, r);
                    break;
                }
                if (person(ctx, j)) break;
            }
            continue;
        }
        bool comma = false;
        if (k > s_first && (ctx.comma(k - 1) || ctx.punct(k - 1, "("))) {
            comma = true;
            --k;
        }
        if (k > s_first && person(ctx, k - 1) && (comma || steps > 0)) {
            MentionId p = ctx.mention_at(k - 1);
            // the appositive must close: ", Nigeria's minister of foreign affairs," or end the sentence
            std::size_t close = f.end;
            // "director-general of the ministry's Northeast Asian Affairs Bureau": a possessive and
            // the body it qualifies still belong to the appositive
            while (close < s_end && close < f.end + 8 && (ctx.possessive(close) || ctx.is_kind(close, MentionKind::Organization) ||
                                                            (ctx.word(close) && ctx.upper(close))))
                ++close;
            // "..., a researcher at the X Foundation (XF) in Rio": an abbreviation in brackets
            if (ctx.punct(close, "(") && close + 2 < s_end && ctx.punct(close + 2, ")")) close += 3;
            bool closes = close >= s_end || ctx.comma(close) || ctx.punct(close, ".") || ctx.punct(close, ")") ||
                          ctx.punct(close, ";") || ctx.is(close, "since") || ctx.is(close, "who") ||
                          ctx.is(close, "and") || ctx.word(close);
            if (closes) add(ctx, p, f, r);
        }
    }
}

}  // namespace readout::extract::detail
