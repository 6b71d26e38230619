// Extractor: page furniture. Reads sentences and tokens; adds Context::boilerplate (whole
// sentences that are bylines, credits, link lines, site chrome) and Context::ignored (credit
// tails inside picture captions: "... REUTERS/Jane Doe", "(Photo: Twitter/@x)").

#include <array>

#include "context.hpp"

namespace readout::extract::detail {
namespace {

// Sentence openings that mark site chrome and credits, as lower-case token sequences.
constexpr std::array<std::array<std::string_view, 3>, 46> kOpenings = {{
    {"reporting", "by", ""},   {"writing", "by", ""},    {"editing", "by", ""},     {"additional", "reporting", ""},
    {"coverage", "by", ""},    {"written", "by", ""},    {"compiled", "by", ""},    {"photo", ":", ""},
    {"photo", "by", ""},       {"photos", ":", ""},      {"credit", ":", ""},       {"read", "more", ""},
    {"read", "also", ""},      {"also", "read", ""},     {"see", "also", ""},       {"related", ":", ""},
    {"related", "coverage", ""}, {"related", "stories", ""}, {"related", "articles", ""}, {"our", "standards", ""},
    {"leave", "a", ""},        {"your", "email", ""},    {"scroll", "to", ""},      {"you", "may", "also"},
    {"copyright", "", ""},     {"(", "c", ")"},          {"all", "rights", ""},     {"sign", "up", ""},
    {"subscribe", "", ""},     {"follow", "us", ""},     {"share", "this", ""},     {"click", "here", ""},
    {"advertisement", "", ""}, {"related", "", ""},      {"more", ":", ""},         {"file", "photo", ""},
    {"we", "use", "cookies"},  {"skip", "to", "content"}, {"share", ":", ""},       {"by", "continuing", "to"},
    // a transcript's or an interview's credits: "Presenter: Jane Doe", "Reporter: John Roe, Lagos"
    {"presenter", ":", ""},    {"reporter", ":", ""},    {"host", ":", ""},         {"interviewer", ":", ""},
    {"anchor", ":", ""},       {"correspondent", ":", ""},
}};

bool opens_with(const Context& ctx, std::size_t first, std::size_t end, const std::array<std::string_view, 3>& seq) {
    std::size_t k = first;
    for (auto w : seq) {
        if (w.empty()) break;
        if (k >= end || ctx.low(k) != w) return false;
        ++k;
    }
    return true;
}

bool has_verbish(const Context& ctx, std::size_t first, std::size_t end) {
    for (std::size_t i = first; i < end; ++i) {
        const std::string& w = ctx.low(i);
        if (w.size() > 3 && (w.ends_with("ed") || w.ends_with("ing"))) return true;
        if (w == "is" || w == "are" || w == "was" || w == "were" || w == "has" || w == "have" || w == "says" ||
            w == "met" || w == "meets" || w == "holds" || w == "held" || w == "said" || w == "told")
            return true;
    }
    return false;
}

/// "Photo:", "Credit:", "Photos/", "via Getty": the start of a picture credit.
bool credit_cue(const Context& ctx, std::size_t i) {
    return ((ctx.is(i, "photo") || ctx.is(i, "credit") || ctx.is(i, "photos") || ctx.is(i, "photograph") ||
             ctx.is(i, "picture") || ctx.is(i, "image")) &&
            (ctx.punct(i + 1, ":") || ctx.punct(i + 1, "/"))) ||
           (ctx.is(i, "via") && ctx.is(i + 1, "getty")) ||
           // "... on Wednesday. Picture by Jane Doe", "Photo by Jane Doe/AFP"
           ((ctx.is(i, "picture") || ctx.is(i, "pictures") || ctx.is(i, "photo") || ctx.is(i, "photos") ||
             ctx.is(i, "photograph") || ctx.is(i, "photographs")) &&
            ctx.upper(i) && ctx.is(i + 1, "by") && ctx.word(i + 2) && ctx.upper(i + 2));
}

}  // namespace

void mark_boilerplate(Context& ctx) {
    const auto& sentences = ctx.doc.sentences();
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        const auto& sen = sentences[s];
        std::size_t first = sen.first_token, end = sen.end_token;
        bool furniture = false;
        // "(Reporting by ...; Editing by ...)": look past an opening bracket
        std::size_t open = first;
        if (ctx.punct(open, "(") || ctx.punct(open, "[")) ++open;
        for (const auto& seq : kOpenings)
            if (opens_with(ctx, open, end, seq)) furniture = true;
        // "By Jane Doe" / "By Jane Doe, Associated Press" / "Written by Staff | City" / "By Site Desk |
        // Tue, 10 Mar 2026 08:15 GMT | Updated: ..." (the fields after a bar do not count)
        std::size_t by_end = end;
        for (std::size_t k = first; k < end; ++k)
            if (ctx.punct(k, "|")) {
                by_end = k;
                break;
            }
        if (ctx.is(first, "by") && by_end - first <= 14 && ctx.upper(first + 1) && !ctx.is(first + 1, "the")) {
            if (by_end == end || end - first <= 14) {
                furniture = true;
            } else {
                // the credit before the bar is furniture; the fields after it (the page's dates) are read
                for (std::size_t i = first; i < by_end; ++i) ctx.ignored[i] = true;
                continue;
            }
        }
        // "Saturday 18 November 2023 | Live updates by Jane Doe and John Roe in Lagos": a credit in a
        // field of a line, after a bar (up to three words before "by"); the other fields are read
        for (std::size_t k = first; k < end; ++k) {
            if (!ctx.punct(k, "|")) continue;
            std::size_t field_end = k + 1;
            while (field_end < end && !ctx.punct(field_end, "|")) ++field_end;
            for (std::size_t b = k + 1; b < std::min(field_end, k + 4) && field_end - k <= 17; ++b)
                if (ctx.is(b, "by") && ctx.upper(b + 1) && !ctx.is(b + 1, "the")) {
                    for (std::size_t i = k + 1; i < field_end; ++i) ctx.ignored[i] = true;
                    break;
                }
        }
        // "Jane Doe, Southeast Asia Correspondent", "John Roe, Staff Writer": a byline line
        if (end - first <= 9 && ctx.doc.tokens()[first].line_before && (end >= ctx.size() || ctx.doc.tokens()[end].line_before)) {
            std::size_t last = end - 1;
            if (last > first && ctx.punct(last, ".")) --last;
            const std::string& w = ctx.low(last);
            if (ctx.upper(last) && (w == "correspondent" || w == "reporter" || w == "writer" || w == "editor" ||
                                    w == "columnist" || (w == "chief" && ctx.is(last - 1, "bureau"))))
                for (std::size_t k = first + 1; k < last && !furniture; ++k) furniture = ctx.comma(k);
        }
        // "4 Min Read", "3 min read"
        if (end - first <= 4 && ctx.doc.tokens()[first].kind == text::TokenKind::Number && ctx.is(first + 1, "min"))
            furniture = true;
        // "© 2019 Reuters", "(c) AFP"
        if (ctx.tok(first) == "\u00A9") furniture = true;
        // "Associated Press writers X in Dubai and Y in Ankara contributed to this report.",
        // "X reported from Tallinn.": reporting credits at the foot of a story
        for (std::size_t i = first; i < end && !furniture; ++i) {
            if (ctx.is(i, "contributed") &&
                ((ctx.is(i + 1, "to") && (ctx.is(i + 2, "this") || ctx.is(i + 2, "the")) &&
                  (ctx.is(i + 3, "report") || ctx.is(i + 3, "story") || ctx.is(i + 3, "article"))) ||
                 ctx.is(i + 1, "reporting") || ctx.punct(i + 1, ".")))
                furniture = true;
            if (ctx.is(i, "reported") && ctx.is(i + 1, "from") && end - first <= 10) furniture = true;
        }
        // Short lines with no verb: section heads, lone names, site names ("Thomson Reuters")
        if (!furniture && end - first <= 5 && sen.first_token > 0 && !has_verbish(ctx, first, end)) {
            bool starts_line = ctx.doc.tokens()[first].line_before;
            bool ends_line = end >= ctx.size() || ctx.doc.tokens()[end].line_before;
            if (starts_line && ends_line) furniture = true;
        }
        if (furniture) {
            ctx.boilerplate[s] = true;
            for (std::size_t i = first; i < end; ++i) ctx.ignored[i] = true;
            ctx.out.boilerplate_sentences.push_back(static_cast<std::uint32_t>(s));
            continue;
        }
        // Credit tails inside captions.
        for (std::size_t i = first; i < end; ++i) {
            bool credit = false;
            std::size_t from = i;
            const auto& t = ctx.doc.tokens()[i];
            // REUTERS/Jane Doe, AFP/..., Twitter/@handle (glued: "RIYADH / ANKARA -" is a dateline)
            if (t.kind == text::TokenKind::Word && (t.all_upper || ctx.is(i, "twitter")) && ctx.punct(i + 1, "/") &&
                !ctx.doc.tokens()[i + 1].space_before)
                credit = true;
            // "Sputnik/Sergei Guneev/Kremlin via REUTERS": an agency chain of two slashes
            if (t.kind == text::TokenKind::Word && ctx.upper(i) && ctx.punct(i + 1, "/")) {
                for (std::size_t k = i + 2; k < end && k < i + 8 && !credit; ++k) credit = ctx.punct(k, "/");
            }
            // "(ABC News: Stephen Dziedzic)", "(AFP: Jane Doe)": an outlet and a name in brackets
            if (ctx.punct(i, "(") && ctx.upper(i + 1)) {
                std::size_t k = i + 1;
                while (k < end && k < i + 5 && ctx.word(k) && ctx.upper(k)) ++k;
                if (ctx.punct(k, ":")) {
                    std::size_t c = k + 1;
                    while (c < end && c < k + 6 && !ctx.punct(c, ")")) ++c;
                    if (ctx.punct(c, ")") && c + 1 >= end) credit = true;
                }
            }
            // (Photo: ...), Credit: ..., via Getty; but "Image: X and Y at the talks" opening a caption
            // labels it, and what follows is the picture's subject
            if (credit_cue(ctx, i) && !(i == first && (ctx.is(i, "image") || ctx.is(i, "picture")) && !ctx.is(i + 1, "by")))
                credit = true;
            if (!credit) continue;
            if (from > first && ctx.punct(from - 1, "(")) --from;
            std::size_t stop = end;
            if (ctx.punct(from, "(")) {
                for (std::size_t k = from + 1; k < end; ++k)
                    if (ctx.punct(k, ")")) {
                        stop = k + 1;
                        break;
                    }
            }
            for (std::size_t k = from; k < stop; ++k) ctx.ignored[k] = true;
            i = stop;
        }
    }
    // A picture credit in brackets, outlet and photographer: "(Harbour Herald/Jane Doe)"
    for (std::size_t i = 0; i < ctx.size(); ++i) {
        if (!ctx.punct(i, "(")) continue;
        std::size_t j = i + 1, slashes = 0;
        bool words_only = true;
        while (j < ctx.size() && j < i + 12 && !ctx.punct(j, ")")) {
            if (ctx.punct(j, "/")) ++slashes;
            else if (!ctx.word(j) || !ctx.upper(j)) words_only = false;
            ++j;
        }
        if (!ctx.punct(j, ")") || slashes != 1 || !words_only || ctx.punct(i + 1, "/") || ctx.punct(j - 1, "/")) continue;
        for (std::size_t k = i; k <= j; ++k) ctx.ignored[k] = true;
        i = j;
    }
    // Transcripts: a speaker's label opening a line, in capitals ("JANE DOE:", "JOHN ROE (recording):",
    // "PRESENTER:"), says who speaks; it is not a mention of someone in the news. A place in
    // capitals before a colon is a dateline ("LAGOS: The minister ..."), not a label.
    const auto& toks = ctx.doc.tokens();
    for (std::size_t i = 0; i < ctx.size(); ++i) {
        if ((i > 0 && !toks[i].line_before) || !ctx.word(i) || !toks[i].all_upper) continue;
        std::size_t k = i;
        std::string key;
        while (k < ctx.size() && k < i + 5 && ctx.word(k) && toks[k].all_upper && (k == i || !toks[k].line_before)) {
            key += (k > i ? " " : "") + ctx.low(k);
            ++k;
        }
        if (ctx.gaz.lookup(key)) continue;
        if (ctx.punct(k, "(")) {
            std::size_t c = k + 1;
            while (c < ctx.size() && c < k + 5 && !ctx.punct(c, ")")) ++c;
            if (ctx.punct(c, ")")) k = c + 1;
        }
        if (!ctx.punct(k, ":")) continue;
        for (std::size_t j = i; j <= k; ++j) ctx.ignored[j] = true;
        i = k;
    }
    // A paragraph with a picture credit is a caption: it shows a moment and does not go on with the
    // story ("... shake hands before a meeting ... Credit: AFP via Getty Images").
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        bool credit = false;
        for (std::size_t i = sentences[s].first_token; i < sentences[s].end_token && !credit; ++i)
            credit = credit_cue(ctx, i);
        if (!credit) continue;
        for (std::size_t c = 0; c < sentences.size(); ++c)
            if (sentences[c].paragraph == sentences[s].paragraph) ctx.caption[c] = true;
    }
}

}  // namespace readout::extract::detail
