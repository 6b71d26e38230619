// Extractor: the article's anchor date. Reads the article's publication date, header lines,
// the dateline and dates in the body; adds ArticleExtraction::anchor and Context::body_start.
// Also holds date_at(), the date-expression rule used by the meeting extractor.

#include <charconv>

#include "context.hpp"
#include "readout/extract/lexicon.hpp"

namespace readout::extract::detail {
namespace {

/// The unsigned decimal number that is all of `s`, or -1. (A plain int, not std::optional<int>:
/// GCC 12 at -O2 folds `v && *v >= 1` into one branch that reads the disengaged payload, which
/// valgrind reports as a jump on an uninitialised value.)
int integer(std::string_view s) {
    int v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size() || v < 0) return -1;
    return v;
}

std::optional<int> day_number(const Context& ctx, std::size_t i) {
    if (i >= ctx.size() || ctx.doc.tokens()[i].kind != text::TokenKind::Number) return std::nullopt;
    std::string_view t = ctx.tok(i);
    // ordinals: 1st 2nd 3rd 4th
    if (t.size() > 2 && (t.ends_with("st") || t.ends_with("nd") || t.ends_with("rd") || t.ends_with("th")))
        t.remove_suffix(2);
    int v = integer(t);
    if (v >= 1 && v <= 31) return v;
    return std::nullopt;
}

std::optional<int> year_number(const Context& ctx, std::size_t i) {
    if (i >= ctx.size() || ctx.doc.tokens()[i].kind != text::TokenKind::Number) return std::nullopt;
    int v = integer(ctx.tok(i));
    if (v >= 1900 && v <= 2100) return v;
    return std::nullopt;
}

/// A span of days [first, last] said as one expression ("last week"): its month when both ends lie
/// in one month, its year when in one year, else nothing.
std::optional<DateMatch> week_match(const DateValue& first, const DateValue& last, std::size_t length) {
    if (first.year == last.year && first.month == last.month) return DateMatch{DateValue::ym(first.year, first.month), length, true};
    if (first.year == last.year) return DateMatch{DateValue::y(first.year), length, true};
    return std::nullopt;
}

bool valid(int y, int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m); }

/// A month name at token i. A capitalized abbreviation without its period ("Nov", "Jun", "Sept")
/// counts only when `beside_number`: the caller has a day or year next to it ("Nov 8, 2022",
/// "5 Jun 2022", "Thu, Apr 15"), so the words "Mar" or "Jan" (a first name) stay words.
std::optional<int> month_at(const Context& ctx, std::size_t i, bool beside_number) {
    std::string_view t = ctx.tok(i);
    if (auto m = lexicon::month(t)) return m;
    if (!beside_number || !ctx.upper(i) || t.size() < 3 || t.size() > 4) return std::nullopt;
    std::string dotted(t);
    dotted += '.';
    return lexicon::month(dotted);
}

/// Year of a month mentioned without one: the anchor's year, or the year before when the month
/// is later than the anchor's month (news looks back: "in November" written in June).
std::optional<int> year_for_month(const Context& ctx, int month, bool future) {
    const DateValue& a = ctx.out.anchor;
    if (a.precision < DatePrecision::Month) return a.precision == DatePrecision::Year ? std::optional<int>(a.year) : std::nullopt;
    if (future) return month < a.month ? a.year + 1 : a.year;
    return month > a.month ? a.year - 1 : a.year;
}

}  // namespace

DateValue resolve_weekday(const Context& ctx, int weekday) {
    const DateValue& a = ctx.out.anchor;
    DateValue v;
    if (a.precision == DatePrecision::Day) {
        int back = (a.weekday - weekday + 7) % 7;
        int delta = -back;
        if (!ctx.anchor_is_publication && back > 3) delta = 7 - back;  // nearest, ties to the past
        v = add_days(a, delta);
    }
    v.weekday = weekday;
    return v;
}

std::optional<DateMatch> date_at(const Context& ctx, std::size_t i, const DateValue& discourse) {
    if (i >= ctx.size()) return std::nullopt;
    const auto& tokens = ctx.doc.tokens();
    const DateValue& anchor = ctx.out.anchor;
    // ISO 2023-07-13 and d/m/y 16/04/2008
    if (tokens[i].kind == text::TokenKind::Number) {
        std::string_view t = ctx.tok(i);
        if (auto iso = DateValue::parse_iso(t); iso && t.size() == 10) return DateMatch{*iso, 1, false};
        int a = 0, b = 0, c = 0;
        char s1 = 0, s2 = 0;
        std::string buf(t);
        if (std::sscanf(buf.c_str(), "%d%c%d%c%d", &a, &s1, &b, &s2, &c) == 5 && s1 == s2 && (s1 == '/' || s1 == '.') &&
            c >= 1900 && c <= 2100) {
            int d = a, m = b;
            if (a <= 12 && b > 12) std::swap(d, m);  // m/d/y when the second number cannot be a month
            if (valid(c, m, d)) return DateMatch{DateValue::ymd(c, m, d), 1, false};
        }
        // "09/07 - 2018" (a site's day/month, a dash, the year)
        if (int d2 = 0, m2 = 0; std::sscanf(buf.c_str(), "%d/%d%c", &d2, &m2, &s1) == 2 && ctx.tok(i + 1) == "-")
            if (auto y = year_number(ctx, i + 2); y && valid(*y, m2, d2)) return DateMatch{DateValue::ymd(*y, m2, d2), 3, false};
        // 13 July 2023 / 13 July
        if (auto d = day_number(ctx, i)) {
            std::size_t k = i + 1;
            if (ctx.punct(k, ".")) ++k;
            if (auto m = month_at(ctx, k, true)) {
                if (auto y = year_number(ctx, k + 1); y && valid(*y, *m, *d))
                    return DateMatch{DateValue::ymd(*y, *m, *d), k + 2 - i, false};
                if (auto y = year_for_month(ctx, *m, false); y && valid(*y, *m, *d))
                    return DateMatch{DateValue::ymd(*y, *m, *d), k + 1 - i, true};
            }
        }
        // a year on its own, after "in": "in 2017"
        if (auto y = year_number(ctx, i); y && i > 0 && ctx.is(i - 1, "in")) return DateMatch{DateValue::y(*y), 1, false};
        return std::nullopt;
    }
    if (tokens[i].kind != text::TokenKind::Word) return std::nullopt;
    // Month Day, Year / Month Day / Month Year / Month
    if (auto m = month_at(ctx, i, day_number(ctx, i + 1) || year_number(ctx, i + 1)); m && ctx.upper(i)) {
        // "May" is also a modal verb: only a month when a number follows or it is preceded by in/last/early ...
        if (auto d = day_number(ctx, i + 1)) {
            std::size_t k = i + 2;
            if (ctx.comma(k)) ++k;
            if (auto y = year_number(ctx, k); y && valid(*y, *m, *d)) return DateMatch{DateValue::ymd(*y, *m, *d), k + 1 - i, false};
            if (auto y = year_for_month(ctx, *m, false); y && valid(*y, *m, *d))
                return DateMatch{DateValue::ymd(*y, *m, *d), 2, true};
            return std::nullopt;
        }
        if (auto y = year_number(ctx, i + 1)) return DateMatch{DateValue::ym(*y, *m), 2, false};
        // "in October last year", "since March this year"
        if ((ctx.is(i + 1, "last") || ctx.is(i + 1, "this")) && ctx.is(i + 2, "year") && anchor.known())
            return DateMatch{DateValue::ym(ctx.is(i + 1, "last") ? anchor.year - 1 : anchor.year, *m), 3, true};
        bool cue = i > 0 && (ctx.is(i - 1, "in") || ctx.is(i - 1, "last") || ctx.is(i - 1, "early") ||
                             ctx.is(i - 1, "late") || ctx.is(i - 1, "mid") || ctx.is(i - 1, "since") ||
                             ctx.is(i - 1, "this") || ctx.is(i - 1, "next") || ctx.is(i - 1, "until"));
        if (*m == 5 && !cue) return std::nullopt;
        if (cue) {
            bool future = ctx.is(i - 1, "next") || ctx.is(i - 1, "until");
            if (auto y = year_for_month(ctx, *m, future)) return DateMatch{DateValue::ym(*y, *m), 1, true};
        }
        return std::nullopt;
    }
    if (auto wd = lexicon::weekday(ctx.tok(i)); wd && ctx.upper(i)) {
        std::size_t len = 1;
        // "Thursday, July 13, 2023": the explicit date wins
        if (ctx.comma(i + 1))
            if (auto explicit_date = date_at(ctx, i + 2, discourse); explicit_date && !explicit_date->relative)
                return DateMatch{explicit_date->value, explicit_date->length + 2, false};
        if (auto explicit_date = date_at(ctx, i + 1, discourse); explicit_date && !explicit_date->relative &&
                                                                  explicit_date->value.precision == DatePrecision::Day)
            return DateMatch{explicit_date->value, explicit_date->length + 1, false};
        return DateMatch{resolve_weekday(ctx, *wd), len, true};
    }
    if (auto rel = lexicon::relative_day(ctx.tok(i))) {
        if (anchor.precision == DatePrecision::Day) return DateMatch{add_days(anchor, *rel), 1, true};
        return std::nullopt;
    }
    // "the day before" / "the previous day" / "a day earlier"
    if ((ctx.is(i, "the") || ctx.is(i, "a")) && ctx.is(i + 1, "day") &&
        (ctx.is(i + 2, "before") || ctx.is(i + 2, "earlier")) && discourse.precision == DatePrecision::Day)
        return DateMatch{add_days(discourse, -1), 3, true};
    if (ctx.is(i, "the") && ctx.is(i + 1, "previous") && ctx.is(i + 2, "day") && discourse.precision == DatePrecision::Day)
        return DateMatch{add_days(discourse, -1), 3, true};
    if (ctx.is(i, "this") && ctx.is(i + 1, "year") && anchor.known()) return DateMatch{DateValue::y(anchor.year), 2, true};
    // "last month", "this month", "earlier this month" (the month before the anchor's, or its own)
    if ((ctx.is(i, "last") || ctx.is(i, "this")) && ctx.is(i + 1, "month") && anchor.precision >= DatePrecision::Month) {
        int y = anchor.year, m = anchor.month;
        if (ctx.is(i, "last") && --m == 0) {
            m = 12;
            --y;
        }
        return DateMatch{DateValue::ym(y, m), 2, true};
    }
    if (ctx.is(i, "last") && ctx.is(i + 1, "week") && anchor.precision == DatePrecision::Day) {
        // "last week": Monday to Sunday of the week before the anchor's; as precise as the days
        // allow - the month when the whole week lies in one ("last week" written on 2 June 2022
        // is 23-29 May: 2022-05), else the year
        const int back = weekday_of(anchor.year, anchor.month, anchor.day);
        return week_match(add_days(anchor, -back - 7), add_days(anchor, -back - 1), 2);
    }
    if (ctx.is(i, "this") && ctx.is(i + 1, "week") && anchor.precision == DatePrecision::Day) {
        // "earlier this week", "this week": from Monday to the anchor's day
        const int back = weekday_of(anchor.year, anchor.month, anchor.day);
        return week_match(add_days(anchor, -back), anchor, 2);
    }
    if (ctx.is(i, "last") && ctx.is(i + 1, "year") && anchor.known())
        return DateMatch{DateValue::y(anchor.year - 1), 2, true};
    return std::nullopt;
}

void find_anchor_date(Context& ctx) {
    const auto& paragraphs_sentences = ctx.doc.sentences();
    // The first body paragraph: the first line of running prose (long, ends with a full stop).
    std::uint32_t body_paragraph = 0;
    bool found_body = false;
    for (std::size_t s = 0; s < paragraphs_sentences.size() && !found_body; ++s) {
        const auto& sen = paragraphs_sentences[s];
        if (ctx.boilerplate[s]) continue;
        std::size_t words = 0;
        for (std::size_t k = sen.first_token; k < sen.end_token; ++k) words += ctx.word(k);
        // prose ends with a full stop (or a closing quote after one); headlines do not
        std::size_t last = sen.end_token - 1;
        while (last > sen.first_token && ctx.doc.tokens()[last].kind == text::TokenKind::Punct &&
               !ctx.punct(last, ".") && !ctx.punct(last, "!") && !ctx.punct(last, "?"))
            --last;
        bool stops = ctx.punct(last, ".") || ctx.punct(last, "!") || ctx.punct(last, "?");
        if (words >= 10 && stops) {
            body_paragraph = sen.paragraph;
            ctx.body_start = sen.first_token;
            // move to the first sentence of that paragraph
            for (std::size_t k = s; k-- > 0;) {
                if (paragraphs_sentences[k].paragraph != sen.paragraph) break;
                ctx.body_start = paragraphs_sentences[k].first_token;
            }
            found_body = true;
        }
    }
    // The dateline: a place opening a paragraph, closed by a dash within a few tokens
    // ("ABUJA, June 6 (Reuters) -", "MANILA, Philippines (AP) —", "(CNN) —", "Brussels, 15 February
    // (PAP) -"): upper case, or a capitalized word followed by "," or "(". A picture caption can
    // look like the first prose paragraph; a dateline in one of the next three paragraphs moves the
    // body start there.
    ctx.dateline_end = ctx.body_start;
    if (found_body) {
        auto dash = [&](std::size_t k) {
            std::string_view t = ctx.tok(k);
            return t == "-" || t == "\u2013" || t == "\u2014" || t == "--";
        };
        // "Lagos - Nigeria took over ...", "Buenos Aires – The ...": a city the gazetteer knows,
        // written in mixed case, then a dash; returns the token after the dash, or 0
        auto city_dash_end = [&](std::size_t b) -> std::size_t {
            std::string key;
            for (std::size_t len = 1; len <= 3 && b + len < ctx.size(); ++len) {
                const std::size_t k = b + len - 1;
                if (!ctx.upper(k) || (len > 1 && ctx.doc.tokens()[k].line_before)) return 0;
                key += (len > 1 ? " " : "") + ctx.low(k);
                if (!dash(k + 1) || ctx.doc.tokens()[k + 1].line_before) continue;
                if (const auto* hits = ctx.gaz.lookup(key))
                    for (const auto& h : *hits)
                        if (h.kind == GazetteerKind::City) return k + 2;
            }
            return 0;
        };
        auto dateline_end_at = [&](std::size_t b) -> std::size_t {
            if (std::size_t end = city_dash_end(b)) return end;
            bool opens = (ctx.word(b) && ctx.doc.tokens()[b].all_upper && ctx.tok(b).size() > 1) || ctx.punct(b, "(") ||
                         (ctx.upper(b) && (ctx.punct(b + 1, ",") || ctx.punct(b + 1, "(")));
            for (std::size_t k = b + 1; opens && k < std::min(ctx.size(), b + 14); ++k) {
                if (ctx.doc.tokens()[k].line_before) break;  // a dateline is on one line ("ADVERTISEMENT" is not one)
                if (dash(k)) return k + 1;
                // "Lima, Oct 7 (EFE).- ": the agency's full stop before the dash
                if (ctx.punct(k, ".") && !(ctx.punct(k - 1, ")") && (ctx.tok(k + 1) == "-" || ctx.tok(k + 1) == "\u2013" ||
                                                                     ctx.tok(k + 1) == "\u2014")))
                    break;
            }
            return 0;
        };
        const auto& sens = ctx.doc.sentences();
        std::uint32_t first_paragraph = body_paragraph;
        for (std::size_t s = 0; s < sens.size(); ++s) {
            const auto& sen = sens[s];
            if (sen.first_token < ctx.body_start || sen.paragraph > first_paragraph + 3) continue;
            if (s > 0 && sens[s - 1].paragraph == sen.paragraph) continue;  // paragraph openings only
            if (std::size_t end = dateline_end_at(sen.first_token)) {
                ctx.body_start = sen.first_token;
                ctx.dateline_end = end;
                body_paragraph = sen.paragraph;
                break;
            }
        }
    }
    DateValue none;
    if (auto d = DateValue::parse_iso(ctx.doc.article().date); d && d->precision == DatePrecision::Day) {
        ctx.out.anchor = *d;
        ctx.anchor_is_publication = true;
        return;
    }
    // Header lines and the dateline: a full date there is the publication date.
    int header_year = 0;
    // A copyright line's year ("(c) EFE 2022. All rights reserved.", "© 2019 Reuters") is the year
    // of a dateline that gives only a month and a day ("Lima, Oct 7 (EFE).-")
    int copyright_year = 0;
    for (std::size_t i = 0; i < ctx.size() && !copyright_year; ++i) {
        const bool mark = ctx.tok(i) == "\u00A9" || ctx.is(i, "copyright") ||
                          (ctx.punct(i, "(") && ctx.is(i + 1, "c") && ctx.punct(i + 2, ")"));
        if (!mark) continue;
        for (std::size_t k = i + 1; k < std::min(ctx.size(), i + 6) && !copyright_year; ++k)
            if (auto y = year_number(ctx, k)) copyright_year = *y;
    }
    for (std::size_t s = 0; s < paragraphs_sentences.size(); ++s) {
        const auto& sen = paragraphs_sentences[s];
        if (found_body && sen.paragraph > body_paragraph) break;
        bool dateline_zone = found_body && sen.paragraph == body_paragraph;
        std::size_t end = dateline_zone ? std::min<std::size_t>(sen.end_token, sen.first_token + 12) : sen.end_token;
        for (std::size_t i = sen.first_token; i < end; ++i) {
            auto m = date_at(ctx, i, none);
            if (!m) {
                if (auto y = year_number(ctx, i); y && !header_year) header_year = *y;
                continue;
            }
            if (m->value.precision == DatePrecision::Day && !m->relative) {
                ctx.out.anchor = m->value;
                ctx.anchor_is_publication = true;
                return;
            }
            if (m->value.precision >= DatePrecision::Month && !header_year) header_year = m->value.year;
        }
        if (dateline_zone) {
            // "ABUJA, June 6 (Reuters)": a month and day with the year from the header (or the
            // copyright line)
            if (!header_year) header_year = copyright_year;
            if (header_year) {
                ctx.out.anchor = DateValue::y(header_year);
                for (std::size_t i = sen.first_token; i < end; ++i) {
                    // "June 6", "Oct. 7", and in a dateline "Oct 7" (an abbreviation without its period)
                    auto mo = lexicon::month(ctx.tok(i));
                    if (!mo && ctx.upper(i) && ctx.tok(i).size() == 3) mo = lexicon::month(std::string(ctx.tok(i)) + ".");
                    if (mo && ctx.upper(i) && day_number(ctx, i + 1) && valid(header_year, *mo, *day_number(ctx, i + 1))) {
                        ctx.out.anchor = DateValue::ymd(header_year, *mo, *day_number(ctx, i + 1));
                        ctx.anchor_is_publication = true;
                        return;
                    }
                }
                ctx.out.anchor = DateValue{};
            }
            break;
        }
    }
    // Otherwise the first full date in the text (a caption, a statement): weekdays resolve to the nearest.
    for (std::size_t i = 0; i < ctx.size(); ++i) {
        if (ctx.ignored[i] && !ctx.doc.tokens()[i].upper) continue;
        auto m = date_at(ctx, i, none);
        if (m && m->value.precision == DatePrecision::Day && !m->relative) {
            ctx.out.anchor = m->value;
            ctx.anchor_is_publication = false;
            return;
        }
    }
    if (header_year) ctx.out.anchor = DateValue::y(header_year);
}

}  // namespace readout::extract::detail
