#include "readout/query/parser.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

#include "readout/query/format.hpp"
#include "readout/rdf/escape.hpp"
#include "readout/rdf/vocabulary.hpp"
#include "readout/text/unicode.hpp"

namespace readout::query {
namespace {

// ---------------------------------------------------------------- forms, for error messages

const std::string kWhoAttended = "who attended <place | venue | event | meeting>";
const std::string kWhoMet = "who met <person>";
const std::string kWhereMet = "where did <person> meet <person>";
const std::string kWhenMet = "when did <person> meet <person>";
const std::string kDiscussedAt = "what was discussed at <place | event | meeting>";
const std::string kDiscussedBetween = "what did <person> and <person> discuss";
const std::string kWhoIsPerson = "who is <person>";
const std::string kRoleOf = "role of <person>";
const std::string kWhoIsRole = "who is <role> [of <organization | country>]";
const std::string kMeetings = "meetings [of <person>] [in <place>] [on|in <date>]";
const std::string kConnection = "how is <person> connected to <person>";
const std::string kPattern = "select ?var ... [where] { <subject> <predicate> <object> . ... }";

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/// Length in bytes of a white-space character at `pos` (ASCII or Unicode), or 0.
std::size_t space_at(std::string_view s, std::size_t pos) {
    if (pos >= s.size()) return 0;
    if (is_ascii_space(s[pos])) return 1;
    char32_t cp = 0;
    std::size_t n = text::decode_utf8(s, pos, cp);
    if (n > 1 && text::is_space(cp)) return n;
    return 0;
}

/// The run of non-space bytes starting at `pos`, at most 40 bytes (cut at a UTF-8 boundary).
std::string word_at(std::string_view s, std::size_t pos) {
    std::size_t end = pos;
    while (end < s.size() && space_at(s, end) == 0) ++end;
    if (end - pos > 40) {
        end = pos + 40;
        while (end > pos && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    }
    return std::string(s.substr(pos, end - pos));
}

[[noreturn]] void fail(std::string_view question, std::size_t pos, std::string message,
                       std::vector<std::string> forms) {
    pos = std::min(pos, question.size());
    throw ParseError(std::string(question), pos, word_at(question, pos), std::move(message), std::move(forms));
}

// ---------------------------------------------------------------- dates

constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",
                                                      "may",     "june",     "july",      "august",
                                                      "september", "october", "november", "december"};

/// 1..12 for a month name or its abbreviation (3 letters, or "sept"), optionally with a final '.'.
int month_number(std::string_view word) {
    std::string w = lower_ascii(word);
    if (!w.empty() && w.back() == '.') w.pop_back();
    if (w.size() < 3) return 0;
    for (std::size_t i = 0; i < kMonths.size(); ++i) {
        if (w == kMonths[i] || w == kMonths[i].substr(0, 3)) return static_cast<int>(i) + 1;
    }
    if (w == "sept") return 9;
    return 0;
}

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int to_int(std::string_view s) {
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}

std::string month_title(int month) {
    std::string m(kMonths[static_cast<std::size_t>(month - 1)]);
    m[0] = static_cast<char>(m[0] - 'a' + 'A');
    return m;
}

int days_in_month(int year, int month) {
    static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
    return days[static_cast<std::size_t>(month - 1)];
}

struct DateWord {
    std::string text;  // without trailing commas
    std::size_t position = 0;
};

/// Outcome of reading a date: the filter, or the index of the word at fault and why.
struct DateParse {
    std::optional<DateFilter> date;
    std::size_t bad_word = 0;
    std::string why;
};

DateParse fail_date(std::size_t word, std::string why) { return DateParse{std::nullopt, word, std::move(why)}; }

/// "13", "13th", "1st", "2nd", "3rd" -> 13 / 1 / 2 / 3; 0 when not a day number.
int day_number(std::string_view w) {
    std::string s = lower_ascii(w);
    for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
        if (s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0) {
            s.resize(s.size() - suffix.size());
            break;
        }
    }
    if (!all_digits(s) || s.size() > 2) return 0;
    return to_int(s);
}

bool is_year(std::string_view w) { return w.size() == 4 && all_digits(w); }

DateParse read_date(const std::vector<DateWord>& words) {
    const std::string_view expected_date = "expected a date such as 2023-07-13, 2023-07, 2023, July 2023 or 13 July 2023";
    if (words.empty()) return fail_date(0, std::string(expected_date));
    if (words.size() > 3) return fail_date(3, "unexpected word after the date");
    const auto& w = words;
    auto with_day = [&](int year, int month, std::size_t day_word, std::string_view day_text) -> DateParse {
        int day = day_number(day_text);
        if (day < 1 || day > days_in_month(year, month))
            return fail_date(day_word, "no such day in " + month_title(month) +
                                           " " + std::to_string(year));
        return DateParse{DateFilter{year, month, day}, 0, {}};
    };
    if (w.size() == 1) {
        const std::string& s = w[0].text;
        // YYYY, YYYY-MM, YYYY-MM-DD
        if (is_year(s)) return DateParse{DateFilter{to_int(s), 0, 0}, 0, {}};
        if (s.size() >= 7 && is_year(s.substr(0, 4)) && s[4] == '-' && all_digits(s.substr(5, 2)) &&
            (s.size() == 7 || (s.size() == 10 && s[7] == '-' && all_digits(s.substr(8, 2))))) {
            int year = to_int(s.substr(0, 4));
            int month = to_int(s.substr(5, 2));
            if (month < 1 || month > 12) return fail_date(0, "no month " + std::to_string(month));
            if (s.size() == 7) return DateParse{DateFilter{year, month, 0}, 0, {}};
            int day = to_int(s.substr(8, 2));
            if (day < 1 || day > days_in_month(year, month))
                return fail_date(0, "no such day in " + month_title(month) +
                                        " " + std::to_string(year));
            return DateParse{DateFilter{year, month, day}, 0, {}};
        }
        return fail_date(0, std::string(expected_date));
    }
    if (w.size() == 2) {
        // Month YYYY
        int month = month_number(w[0].text);
        if (month == 0) return fail_date(0, "expected a month name");
        if (!is_year(w[1].text)) return fail_date(1, "expected a four-digit year");
        return DateParse{DateFilter{to_int(w[1].text), month, 0}, 0, {}};
    }
    // DD Month YYYY | Month DD YYYY
    if (!is_year(w[2].text)) {
        if (month_number(w[0].text) == 0 && month_number(w[1].text) == 0) return fail_date(0, std::string(expected_date));
        return fail_date(2, "expected a four-digit year");
    }
    const int year = to_int(w[2].text);
    if (int month = month_number(w[0].text)) return with_day(year, month, 1, w[1].text);
    if (int month = month_number(w[1].text)) return with_day(year, month, 0, w[0].text);
    return fail_date(0, std::string(expected_date));
}

/// Splits a date phrase into words at white space and commas.
std::vector<DateWord> date_words(std::string_view text, std::size_t offset) {
    std::vector<DateWord> out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (std::size_t n = space_at(text, i); n > 0 || text[i] == ',') {
            i += n > 0 ? n : 1;
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && space_at(text, j) == 0 && text[j] != ',') ++j;
        out.push_back(DateWord{std::string(text.substr(i, j - i)), offset + i});
        i = j;
    }
    return out;
}

// ---------------------------------------------------------------- the question forms

enum class TokenKind { Word, Quoted, Iri };

struct Token {
    std::string text;        // unescaped for Quoted, IRI without brackets for Iri
    std::size_t begin = 0;   // byte range in the question
    std::size_t end = 0;
    TokenKind kind = TokenKind::Word;
};

/// True for an opening double quote: '"' or U+201C.
std::size_t open_quote_at(std::string_view s, std::size_t pos) {
    if (s[pos] == '"') return 1;
    if (s.substr(pos, 3) == "\xE2\x80\x9C") return 3;
    return 0;
}
std::size_t close_quote_at(std::string_view s, std::size_t pos) {
    if (s[pos] == '"') return 1;
    if (s.substr(pos, 3) == "\xE2\x80\x9D") return 3;
    return 0;
}

class FormParser {
public:
    explicit FormParser(std::string_view q) : q_(q) { lex(); }

    Question parse() {
        if (toks_.empty()) fail(q_, q_.size(), "empty question", question_forms());
        const std::string first = kw(0);
        if (first == "who") return parse_who();
        if (first == "where" || first == "when") return parse_where_when(first == "where");
        if (first == "what") return parse_what();
        if (first == "role" || first == "roles") {
            expect_kw(1, {"of"}, "expected 'of'", {kRoleOf});
            return RoleOf{name(2, toks_.size(), "a person's name", {kRoleOf})};
        }
        if (first == "meetings" || first == "meeting") return parse_meetings();
        if (first == "how") return parse_connection();
        fail(q_, toks_[0].begin, "unknown question", question_forms());
    }

private:
    std::string_view q_;
    std::vector<Token> toks_;

    void lex() {
        std::size_t i = 0;
        while (i < q_.size()) {
            if (std::size_t n = space_at(q_, i)) {
                i += n;
                continue;
            }
            if (std::size_t n = open_quote_at(q_, i)) {
                Token t{{}, i, 0, TokenKind::Quoted};
                std::size_t j = i + n;
                bool closed = false;
                while (j < q_.size()) {
                    if (q_[j] == '\\' && j + 1 < q_.size()) {
                        t.text += q_[j + 1];
                        j += 2;
                        continue;
                    }
                    if (std::size_t c = close_quote_at(q_, j)) {
                        j += c;
                        closed = true;
                        break;
                    }
                    t.text += q_[j++];
                }
                if (!closed) fail(q_, i, "unterminated quoted name", {});
                t.end = j;
                toks_.push_back(std::move(t));
                i = j;
                continue;
            }
            if (q_[i] == '<') {
                std::size_t j = i + 1;
                while (j < q_.size() && q_[j] != '>' && space_at(q_, j) == 0 && q_[j] != '<') ++j;
                if (j >= q_.size() || q_[j] != '>') fail(q_, i, "unterminated IRI (expected '>')", {});
                if (j == i + 1) fail(q_, i, "empty IRI", {});
                toks_.push_back(Token{std::string(q_.substr(i + 1, j - i - 1)), i, j + 1, TokenKind::Iri});
                i = j + 1;
                continue;
            }
            std::size_t j = i;
            while (j < q_.size() && space_at(q_, j) == 0) ++j;
            toks_.push_back(Token{std::string(q_.substr(i, j - i)), i, j, TokenKind::Word});
            i = j;
        }
        // A final '?' or '!' (alone or glued to the last word) ends the question.
        while (!toks_.empty() && toks_.back().kind == TokenKind::Word) {
            Token& t = toks_.back();
            while (!t.text.empty() && (t.text.back() == '?' || t.text.back() == '!')) {
                t.text.pop_back();
                --t.end;
            }
            if (!t.text.empty()) break;
            toks_.pop_back();
        }
    }

    /// Lower-cased keyword at token i ("" for quoted, IRI or missing tokens).
    [[nodiscard]] std::string kw(std::size_t i) const {
        if (i >= toks_.size() || toks_[i].kind != TokenKind::Word) return {};
        return lower_ascii(toks_[i].text);
    }

    [[nodiscard]] std::size_t pos(std::size_t i) const { return i < toks_.size() ? toks_[i].begin : q_.size(); }

    void expect_kw(std::size_t i, std::initializer_list<std::string_view> words, std::string message,
                   std::vector<std::string> forms) const {
        const std::string k = kw(i);
        for (auto w : words)
            if (k == w) return;
        fail(q_, pos(i), std::move(message), std::move(forms));
    }

    /// First token index in [from, to) holding keyword `k`, or `to`.
    [[nodiscard]] std::size_t find_kw(std::size_t from, std::size_t to, std::string_view k) const {
        for (std::size_t i = from; i < to; ++i)
            if (kw(i) == k) return i;
        return to;
    }

    /// The name made of tokens [from, to).
    [[nodiscard]] Name name(std::size_t from, std::size_t to, std::string_view what,
                            std::vector<std::string> forms) const {
        if (from >= to) fail(q_, pos(from), "expected " + std::string(what), std::move(forms));
        if (to - from == 1 && toks_[from].kind != TokenKind::Word) {
            const Token& t = toks_[from];
            if (t.text.empty()) fail(q_, t.begin, "expected " + std::string(what) + ", not an empty name", std::move(forms));
            return Name{t.text, t.begin, t.kind == TokenKind::Quoted ? NameKind::Quoted : NameKind::Iri};
        }
        for (std::size_t i = from; i < to; ++i)
            if (toks_[i].kind != TokenKind::Word)
                fail(q_, toks_[i].begin, "a quoted name or IRI must stand alone", std::move(forms));
        return Name{std::string(q_.substr(toks_[from].begin, toks_[to - 1].end - toks_[from].begin)), toks_[from].begin,
                    NameKind::Words};
    }

    Question parse_who() {
        const std::string second = kw(1);
        if (second == "attended") return WhoAttended{name(2, toks_.size(), "a place, venue, event or meeting", {kWhoAttended})};
        if (second == "met") return WhoMet{name(2, toks_.size(), "a person's name", {kWhoMet})};
        if (second == "is" || second == "was") {
            WhoIs q;
            q.subject = name(2, toks_.size(), "a person's name or a role", {kWhoIsPerson, kWhoIsRole});
            q.readings = role_readings(2, toks_.size());
            return q;
        }
        fail(q_, pos(1), "expected 'attended', 'met' or 'is' after 'who'",
             {kWhoAttended, kWhoMet, kWhoIsPerson, kWhoIsRole});
    }

    /// Name from tokens with a leading "the" dropped and a possessive "'s" removed when `possessive`.
    [[nodiscard]] Name phrase(std::size_t from, std::size_t to, bool possessive) const {
        if (to - from > 1 && kw(from) == "the") ++from;
        Name n = name(from, to, "a name", {});
        if (possessive) {
            for (std::string_view s : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
                if (n.text.size() > s.size() && n.text.compare(n.text.size() - s.size(), s.size(), s) == 0) {
                    n.text.resize(n.text.size() - s.size());
                    break;
                }
            }
        }
        return n;
    }

    [[nodiscard]] std::vector<RoleReading> role_readings(std::size_t from, std::size_t to) const {
        std::vector<RoleReading> out;
        auto add = [&](RoleReading r) {
            if (std::find(out.begin(), out.end(), r) == out.end()) out.push_back(std::move(r));
        };
        if (to - from == 1 && toks_[from].kind != TokenKind::Word) {
            add(RoleReading{name(from, to, "a role", {}), std::nullopt});
            return out;
        }
        if (kw(from) == "the" || kw(from) == "a" || kw(from) == "an") {
            if (to - from > 1) ++from;
        }
        add(RoleReading{name(from, to, "a role", {}), std::nullopt});
        for (std::size_t k = from + 1; k + 1 < to; ++k)
            if (kw(k) == "of") add(RoleReading{name(from, k, "a role", {}), phrase(k + 1, to, false)});
        for (std::size_t k = from + 1; k < to; ++k)
            if (kw(k) != "of" && kw(k - 1) != "of") add(RoleReading{name(k, to, "a role", {}), phrase(from, k, true)});
        return out;
    }

    Question parse_where_when(bool where) {
        const std::vector<std::string> forms = {where ? kWhereMet : kWhenMet};
        expect_kw(1, {"did"}, "expected 'did'", forms);
        const std::size_t n = toks_.size();
        const std::size_t meet = find_kw(2, n, "meet");
        if (meet == n) fail(q_, q_.size(), "expected 'meet <person>'", forms);
        Name a, b;
        const std::size_t conj = find_kw(2, meet, "and");
        if (meet + 1 == n && meet > 2 && conj < meet) {  // where did A and B meet
            a = name(2, conj, "a person's name", forms);
            b = name(conj + 1, meet, "a person's name", forms);
        } else {
            a = name(2, meet, "a person's name", forms);
            b = name(meet + 1, n, "a person's name after 'meet'", forms);
        }
        if (where) return WhereMet{std::move(a), std::move(b)};
        return WhenMet{std::move(a), std::move(b)};
    }

    Question parse_what() {
        const std::string second = kw(1);
        const std::size_t n = toks_.size();
        if (second == "was" || second == "is") {
            expect_kw(2, {"discussed"}, "expected 'discussed'", {kDiscussedAt});
            expect_kw(3, {"at", "in", "during"}, "expected 'at'", {kDiscussedAt});
            return DiscussedAt{name(4, n, "a place, event or meeting", {kDiscussedAt})};
        }
        if (second == "did") {
            const std::vector<std::string> forms = {kDiscussedBetween};
            if (n < 3 || kw(n - 1) != "discuss") fail(q_, q_.size(), "expected 'discuss' at the end", forms);
            const std::size_t conj = find_kw(2, n - 1, "and");
            if (conj == n - 1) fail(q_, pos(n - 1), "expected 'and <person>'", forms);
            return DiscussedBetween{name(2, conj, "a person's name", forms),
                                    name(conj + 1, n - 1, "a person's name after 'and'", forms)};
        }
        fail(q_, pos(1), "expected 'was discussed at' or 'did'", {kDiscussedAt, kDiscussedBetween});
    }

    Question parse_connection() {
        const std::vector<std::string> forms = {kConnection};
        expect_kw(1, {"is", "are"}, "expected 'is'", forms);
        const std::size_t n = toks_.size();
        const std::size_t c = find_kw(2, n, "connected");
        if (c == n) fail(q_, q_.size(), "expected 'connected to <person>'", forms);
        if (c + 1 == n) {  // how are A and B connected
            const std::size_t conj = find_kw(2, c, "and");
            if (conj == c) fail(q_, q_.size(), "expected 'to <person>'", forms);
            return Connection{name(2, conj, "a person's name", forms), name(conj + 1, c, "a person's name", forms)};
        }
        expect_kw(c + 1, {"to", "with"}, "expected 'to'", forms);
        return Connection{name(2, c, "a person's name", forms), name(c + 2, n, "a person's name after 'to'", forms)};
    }

    /// True when the word at i looks like the start of a date (a digit or a month name).
    [[nodiscard]] bool looks_like_date(std::size_t i) const {
        if (i >= toks_.size() || toks_[i].kind != TokenKind::Word) return false;
        const std::string& t = toks_[i].text;
        return (!t.empty() && t[0] >= '0' && t[0] <= '9') || month_number(t) != 0;
    }

    [[nodiscard]] DateParse date_from(std::size_t i) const {
        const std::size_t begin = pos(i);
        return read_date(date_words(q_.substr(begin), begin));
    }

    Question parse_meetings() {
        const std::vector<std::string> forms = {kMeetings};
        const std::size_t n = toks_.size();
        Meetings q;
        // The date clause: the first 'on'/'in' whose remainder reads as a date.
        std::size_t d = n;
        for (std::size_t k = 1; k < n; ++k) {
            const std::string w = kw(k);
            if (w != "on" && w != "in") continue;
            DateParse p = date_from(k + 1);
            if (p.date) {
                q.date = p.date;
                d = k;
                break;
            }
            if (w == "on" || looks_like_date(k + 1)) {
                auto words = date_words(q_.substr(pos(k + 1)), pos(k + 1));
                std::size_t at = p.bad_word < words.size() ? words[p.bad_word].position : q_.size();
                fail(q_, at, p.why, forms);
            }
        }
        if (d == 1) return q;
        const std::string w = kw(1);
        if (w == "of" || w == "with") {
            const std::size_t in = find_kw(2, d, "in");
            q.person = name(2, in, "a person's name", forms);
            if (in < d) q.place = name(in + 1, d, "a place", forms);
        } else if (w == "in" || w == "at") {
            q.place = name(2, d, "a place", forms);
        } else {
            fail(q_, pos(1), "expected 'of <person>', 'in <place>' or 'on <date>'", forms);
        }
        return q;
    }
};

// ---------------------------------------------------------------- the pattern form

class PatternParser {
public:
    PatternParser(std::string_view q, std::size_t start) : q_(q), i_(start) {}

    PatternQuery parse() {
        PatternQuery out;
        skip_ws();
        if (word_is("distinct")) {
            i_ += 8;
            skip_ws();
        }
        bool star = false;
        std::vector<std::size_t> projection_pos;
        if (peek() == '*') {
            star = true;
            ++i_;
        } else {
            while (peek() == '?' || peek() == '$') {
                std::size_t at = i_;
                Variable v = variable();
                if (std::find(out.projection.begin(), out.projection.end(), v) == out.projection.end()) {
                    out.projection.push_back(v);
                    projection_pos.push_back(at);
                }
                skip_ws();
            }
            if (out.projection.empty()) error(i_, "expected a variable such as ?person, or '*'");
        }
        skip_ws();
        if (word_is("where")) i_ += 5;
        skip_ws();
        bool braces = false;
        if (peek() == '{') {
            braces = true;
            ++i_;
        }
        triples(out, braces);
        skip_ws();
        if (out.patterns.empty()) error(i_, "expected a triple pattern");
        if (braces) {
            skip_ws();
            if (peek() != '}') error(i_, "expected '}'");
            ++i_;
        }
        skip_ws();
        if (i_ < q_.size()) error(i_, braces ? "unexpected text after '}'" : "expected '.' between patterns");

        std::vector<Variable> seen;
        auto note = [&](const PatternTerm& t) {
            if (const auto* v = std::get_if<Variable>(&t))
                if (std::find(seen.begin(), seen.end(), *v) == seen.end()) seen.push_back(*v);
        };
        for (const auto& p : out.patterns) {
            note(p.subject);
            note(p.predicate);
            note(p.object);
        }
        if (star) {
            out.projection = seen;
        } else {
            for (std::size_t k = 0; k < out.projection.size(); ++k)
                if (std::find(seen.begin(), seen.end(), out.projection[k]) == seen.end())
                    error(projection_pos[k], "variable ?" + out.projection[k].name + " does not occur in the pattern");
        }
        return out;
    }

private:
    std::string_view q_;
    std::size_t i_;

    [[noreturn]] void error(std::size_t at, std::string message) const { fail(q_, at, std::move(message), {kPattern}); }

    [[nodiscard]] char peek() const { return i_ < q_.size() ? q_[i_] : '\0'; }

    void skip_ws() {
        while (std::size_t n = space_at(q_, i_)) i_ += n;
    }

    /// True when the word at the cursor is `w` (case-insensitive) followed by a non-name character.
    [[nodiscard]] bool word_is(std::string_view w) const {
        if (q_.size() - i_ < w.size() || lower_ascii(q_.substr(i_, w.size())) != w) return false;
        const std::size_t e = i_ + w.size();
        return e == q_.size() || !(std::isalnum(static_cast<unsigned char>(q_[e])) || q_[e] == '_' || q_[e] == ':');
    }

    static bool name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

    Variable variable() {
        const std::size_t at = i_;
        ++i_;
        const std::size_t b = i_;
        while (i_ < q_.size() && name_char(q_[i_])) ++i_;
        if (i_ == b) error(at, "expected a variable name after '" + std::string(1, q_[at]) + "'");
        return Variable{std::string(q_.substr(b, i_ - b))};
    }

    void triples(PatternQuery& out, bool braces) {
        while (true) {
            skip_ws();
            if (i_ >= q_.size() || (braces && peek() == '}')) return;
            const std::size_t at = i_;
            PatternTerm subject = term(Position::Subject);
            while (true) {
                skip_ws();
                PatternTerm predicate = term(Position::Predicate);
                while (true) {
                    skip_ws();
                    PatternTerm object = term(Position::Object);
                    out.patterns.push_back(TriplePattern{subject, predicate, std::move(object), at});
                    skip_ws();
                    if (peek() != ',') break;
                    ++i_;
                }
                if (peek() != ';') break;
                ++i_;
                skip_ws();
                if (peek() == '.' || peek() == '}' || i_ >= q_.size()) break;
            }
            skip_ws();
            if (peek() == '.') {
                ++i_;
                continue;
            }
            if (i_ >= q_.size() || (braces && peek() == '}')) return;
            error(i_, "expected '.' between patterns");
        }
    }

    enum class Position { Subject, Predicate, Object };

    static std::string_view position_name(Position p) {
        switch (p) {
            case Position::Subject: return "subject";
            case Position::Predicate: return "predicate";
            case Position::Object: return "object";
        }
        return "";
    }

    PatternTerm term(Position where) {
        const std::size_t at = i_;
        const char c = peek();
        if (i_ >= q_.size() || (c == '}' || c == '.' || c == ';' || c == ',' || c == '{'))
            error(at, "expected the " + std::string(position_name(where)) + " of a triple pattern");
        if (c == '?' || c == '$') return variable();
        if (c == '<') return rdf::Term{iri_ref()};
        if (c == '"' || c == '\'') {
            if (where != Position::Object) error(at, "a literal can only be the object of a pattern");
            return rdf::Term{literal()};
        }
        if ((c >= '0' && c <= '9') || ((c == '+' || c == '-') && i_ + 1 < q_.size() &&
                                       std::isdigit(static_cast<unsigned char>(q_[i_ + 1])))) {
            if (where != Position::Object) error(at, "a number can only be the object of a pattern");
            return rdf::Term{number()};
        }
        if (c == '_' && i_ + 1 < q_.size() && q_[i_ + 1] == ':')
            error(at, "blank nodes are not supported in patterns; use a variable");
        if (std::isalpha(static_cast<unsigned char>(c))) {
            std::string w = pname_text();
            if (w == "a") {
                if (where != Position::Predicate) error(at, "'a' stands for rdf:type and can only be a predicate");
                return rdf::Term{rdf::rdf_ns::type()};
            }
            if (w == "true" || w == "false") {
                if (where != Position::Object) error(at, "a boolean can only be the object of a pattern");
                return rdf::Term{rdf::Literal(w, rdf::xsd::boolean())};
            }
            if (w.find(':') == std::string::npos) error(at, "expected a variable, <IRI>, prefixed name or literal");
            return rdf::Term{expand(w, at)};
        }
        error(at, "expected a variable, <IRI>, prefixed name or literal");
    }

    rdf::Iri iri_ref() {
        const std::size_t at = i_;
        ++i_;
        const std::size_t b = i_;
        while (i_ < q_.size() && q_[i_] != '>') {
            const char c = q_[i_];
            if (space_at(q_, i_) || c == '<' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`' ||
                c == '\\')
                error(at, "unterminated or invalid IRI (expected '>')");
            ++i_;
        }
        if (i_ >= q_.size()) error(at, "unterminated IRI (expected '>')");
        std::string iri(q_.substr(b, i_ - b));
        ++i_;
        if (iri.empty()) error(at, "empty IRI");
        return rdf::Iri(std::move(iri));
    }

    /// A prefixed name or bare word: letters, digits, '_', '-', ':', and '.' not at the end.
    std::string pname_text() {
        const std::size_t b = i_;
        while (i_ < q_.size()) {
            const char c = q_[i_];
            if (name_char(c) || c == '-' || c == ':') {
                ++i_;
            } else if (c == '.' && i_ + 1 < q_.size() && (name_char(q_[i_ + 1]) || q_[i_ + 1] == '-')) {
                ++i_;
            } else {
                break;
            }
        }
        return std::string(q_.substr(b, i_ - b));
    }

    rdf::Iri expand(const std::string& pname, std::size_t at) const {
        const std::size_t colon = pname.find(':');
        const std::string prefix = pname.substr(0, colon);
        std::size_t count = 0;
        const rdf::Prefix* table = rdf::prefixes(count);
        for (std::size_t k = 0; k < count; ++k)
            if (table[k].name == prefix) return rdf::Iri(std::string(table[k].iri) + pname.substr(colon + 1));
        std::string known;
        for (std::size_t k = 0; k < count; ++k) known += (k ? ", " : "") + std::string(table[k].name) + ":";
        fail(q_, at, "unknown prefix '" + prefix + ":' (known: " + known + ")", {kPattern});
    }

    rdf::Literal literal() {
        const std::size_t at = i_;
        const char quote = q_[i_++];
        std::string value;
        bool closed = false;
        while (i_ < q_.size()) {
            const char c = q_[i_];
            if (c == quote) {
                ++i_;
                closed = true;
                break;
            }
            if (c == '\n' || c == '\r') break;
            if (c != '\\') {
                value += c;
                ++i_;
                continue;
            }
            const std::size_t esc = i_;
            if (i_ + 1 >= q_.size()) break;
            const char e = q_[i_ + 1];
            i_ += 2;
            switch (e) {
                case 't': value += '\t'; break;
                case 'n': value += '\n'; break;
                case 'r': value += '\r'; break;
                case 'b': value += '\b'; break;
                case 'f': value += '\f'; break;
                case '"': value += '"'; break;
                case '\'': value += '\''; break;
                case '\\': value += '\\'; break;
                case 'u':
                case 'U': {
                    const std::size_t len = e == 'u' ? 4 : 8;
                    if (i_ + len > q_.size()) error(esc, "invalid \\" + std::string(1, e) + " escape");
                    char32_t cp = 0;
                    for (std::size_t k = 0; k < len; ++k) {
                        const char h = q_[i_ + k];
                        int v = (h >= '0' && h <= '9')   ? h - '0'
                                : (h >= 'a' && h <= 'f') ? h - 'a' + 10
                                : (h >= 'A' && h <= 'F') ? h - 'A' + 10
                                                         : -1;
                        if (v < 0) error(esc, "invalid \\" + std::string(1, e) + " escape");
                        cp = (cp << 4) | static_cast<char32_t>(v);
                    }
                    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) error(esc, "escape is not a Unicode character");
                    text::append_utf8(value, cp);
                    i_ += len;
                    break;
                }
                default: error(esc, "invalid escape '\\" + std::string(1, e) + "'");
            }
        }
        if (!closed) error(at, "unterminated string literal");
        if (peek() == '@') {
            const std::size_t b = ++i_;
            while (i_ < q_.size() && (std::isalnum(static_cast<unsigned char>(q_[i_])) || q_[i_] == '-')) ++i_;
            std::string lang(q_.substr(b, i_ - b));
            if (lang.empty() || !std::isalpha(static_cast<unsigned char>(lang[0])) || lang.back() == '-')
                error(b - 1, "expected a language tag after '@'");
            return rdf::Literal::with_language(std::move(value), lower_ascii(lang));
        }
        if (q_.substr(i_, 2) == "^^") {
            i_ += 2;
            const std::size_t dt_at = i_;
            if (peek() == '<') return rdf::Literal(std::move(value), iri_ref());
            if (std::isalpha(static_cast<unsigned char>(peek()))) {
                std::string w = pname_text();
                if (w.find(':') != std::string::npos) return rdf::Literal(std::move(value), expand(w, dt_at));
            }
            error(dt_at, "expected a datatype IRI after '^^'");
        }
        return rdf::Literal(std::move(value));
    }

    rdf::Literal number() {
        const std::size_t b = i_;
        if (peek() == '+' || peek() == '-') ++i_;
        while (i_ < q_.size() && std::isdigit(static_cast<unsigned char>(q_[i_]))) ++i_;
        bool decimal = false;
        if (peek() == '.' && i_ + 1 < q_.size() && std::isdigit(static_cast<unsigned char>(q_[i_ + 1]))) {
            decimal = true;
            ++i_;
            while (i_ < q_.size() && std::isdigit(static_cast<unsigned char>(q_[i_]))) ++i_;
        }
        if (i_ < q_.size() && (std::isalpha(static_cast<unsigned char>(q_[i_])) || q_[i_] == '_'))
            error(b, "invalid number");
        std::string lexical(q_.substr(b, i_ - b));
        if (lexical[0] == '+') lexical.erase(0, 1);
        return rdf::Literal(std::move(lexical), decimal ? rdf::xsd::decimal() : rdf::xsd::integer());
    }
};

/// Replaces control characters and invalid UTF-8 so that one byte of the echo is one column.
std::string echo_line(std::string_view question) {
    std::string out;
    std::size_t i = 0;
    while (i < question.size()) {
        char32_t cp = 0;
        std::size_t n = text::decode_utf8(question, i, cp);
        if (n == 0) {
            out += '?';
            ++i;
        } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
            out += ' ';
            i += n;
        } else {
            out.append(question.substr(i, n));
            i += n;
        }
    }
    return out;
}

std::string compose(const std::string& question, std::size_t position, const std::string& word,
                    const std::string& message, const std::vector<std::string>& forms) {
    std::string out = message;
    out += word.empty() ? " at the end of the question" : " at '" + rdf::sanitize_utf8(word) + "'";
    out += " (byte " + std::to_string(position) + ")\n";
    std::string line = echo_line(question);
    // The caret goes under the same bytes in the echoed line (echo_line keeps byte offsets
    // for valid UTF-8; invalid bytes became single '?').
    std::size_t echo_pos = echo_line(std::string_view(question).substr(0, position)).size();
    out += "  " + line + "\n";
    out += "  " + std::string(display_width(std::string_view(line).substr(0, echo_pos)), ' ');
    out += std::string(std::max<std::size_t>(1, display_width(echo_line(word))), '^') + "\n";
    if (!forms.empty()) {
        out += forms.size() == 1 ? "expected:\n" : "expected one of:\n";
        for (const auto& f : forms) out += "  " + f + "\n";
    }
    out.pop_back();
    return out;
}

}  // namespace

ParseError::ParseError(std::string question, std::size_t position, std::string word, std::string message,
                       std::vector<std::string> forms)
    : std::runtime_error(compose(question, position, word, message, forms)),
      question_(std::move(question)),
      position_(position),
      word_(std::move(word)),
      message_(std::move(message)),
      forms_(std::move(forms)) {}

const std::vector<std::string>& question_forms() {
    static const std::vector<std::string> forms = {kWhoAttended, kWhoMet,         kWhereMet,  kWhenMet,
                                                   kDiscussedAt, kDiscussedBetween, kWhoIsPerson, kRoleOf,
                                                   kWhoIsRole,   kMeetings,       kConnection, kPattern};
    return forms;
}

std::optional<DateFilter> parse_date(std::string_view text) { return read_date(date_words(text, 0)).date; }

Question parse(std::string_view question) {
    // The pattern form has its own lexical rules; everything else is words.
    std::size_t i = 0;
    while (std::size_t n = space_at(question, i)) i += n;
    if (question.size() - i >= 6 && lower_ascii(question.substr(i, 6)) == "select" &&
        (question.size() == i + 6 || space_at(question, i + 6) || question[i + 6] == '?' || question[i + 6] == '$' ||
         question[i + 6] == '*'))
        return PatternParser(question, i + 6).parse();
    return FormParser(question).parse();
}

}  // namespace readout::query
