#include "readout/text/document.hpp"

#include <algorithm>
#include <array>

#include "readout/text/unicode.hpp"

namespace readout::text {
namespace {

struct Cp {
    char32_t cp = 0;
    std::uint32_t pos = 0;
    std::uint32_t len = 1;
};

// Character classes, answered from a table for ASCII and by unicode.hpp's functions beyond it.
enum : std::uint8_t { kAlpha = 1, kUpper = 2, kDigit = 4, kSpace = 8 };
constexpr std::array<std::uint8_t, 128> kAsciiClass = [] {
    std::array<std::uint8_t, 128> t{};
    for (int c = 'a'; c <= 'z'; ++c) t[c] = kAlpha;
    for (int c = 'A'; c <= 'Z'; ++c) t[c] = kAlpha | kUpper;
    for (int c = '0'; c <= '9'; ++c) t[c] = kDigit;
    for (int c : {' ', '\t', '\n', '\v', '\f', '\r'}) t[c] = kSpace;
    return t;
}();
bool ascii_is(char32_t c, std::uint8_t cls) { return c < 0x80 && (kAsciiClass[c] & cls) != 0; }
bool ascii_upper(char32_t c) { return ascii_is(c, kUpper); }
bool ascii_alpha(char32_t c) { return ascii_is(c, kAlpha); }
bool ascii_alnum(unsigned char b) { return ascii_is(b, kAlpha | kDigit); }
bool letter(char32_t c) { return c < 0x80 ? ascii_alpha(c) : is_letter(c); }
bool upper_letter(char32_t c) { return c < 0x80 ? ascii_upper(c) : is_upper(c); }
bool white_space(char32_t c) { return c < 0x80 ? ascii_is(c, kSpace) : is_space(c); }
bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }
bool is_hyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }
bool is_word_char(char32_t c) { return letter(c) || is_digit(c) || (c >= 0x300 && c <= 0x36F); }
bool is_line_break(char32_t c) { return c == '\n' || c == 0x2028 || c == 0x2029; }
bool is_punct(char32_t c) {
    switch (c) {
        case '.': case ',': case ';': case ':': case '!': case '?': case '(': case ')': case '[': case ']':
        case '{': case '}': case '"': case '\'': case '-': case '/': case '|': case '*':
        case 0x2018: case 0x2019: case 0x201C: case 0x201D: case 0x2013: case 0x2014: case 0x2026:
        case 0x00AB: case 0x00BB: case 0x2022: case 0x00B7:
            return true;
        default:
            return false;
    }
}

constexpr std::array<std::string_view, 64> kAbbreviations = {
    "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "adm.", "cmdr.",
    "gov.", "sen.", "rep.", "rev.", "hon.", "st.", "sr.", "jr.", "mt.", "ft.", "no.", "vs.", "v.", "etc.",
    "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
    "inc.", "corp.", "ltd.", "co.", "dept.", "univ.", "approx.", "est.", "pres.", "amb.", "sec.", "min.",
    "e.g.", "i.e.", "a.m.", "p.m.", "u.s.", "u.n.", "u.k.", "e.u.", "d.c.", "al.", "cf.",
};

}  // namespace

bool is_abbreviation(std::string_view w) noexcept {
    // the listed abbreviations are short: lower-case on the stack
    char lower[16];
    if (w.size() <= sizeof lower) {
        for (std::size_t i = 0; i < w.size(); ++i) {
            const char c = w[i];
            lower[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        }
        const std::string_view l(lower, w.size());
        if (std::find(kAbbreviations.begin(), kAbbreviations.end(), l) != kAbbreviations.end()) return true;
    }
    // Letter-period sequences: U.S.A.  D.C.
    if (w.size() >= 4 && w.size() % 2 == 0) {
        bool dotted = true;
        for (std::size_t i = 0; i < w.size(); ++i)
            if ((i % 2 == 1) != (w[i] == '.')) dotted = false;
        if (dotted) return true;
    }
    return false;
}

std::vector<Token> tokenize(std::string_view text) {
    // Positions are byte offsets; at(p) decodes the code point starting at p (ASCII without
    // decoding), and next(p) is the offset of the one after it.
    const std::size_t n = text.size();
    auto at = [&](std::size_t p) -> Cp {
        const auto b = static_cast<unsigned char>(text[p]);
        if (b < 0x80) return Cp{b, static_cast<std::uint32_t>(p), 1};
        char32_t cp;
        std::size_t len = decode_utf8(text, p, cp);
        if (len == 0) return Cp{0xFFFD, static_cast<std::uint32_t>(p), 1};
        return Cp{cp, static_cast<std::uint32_t>(p), static_cast<std::uint32_t>(len)};
    };
    auto cp_at = [&](std::size_t p) { return at(p).cp; };
    auto next = [&](std::size_t p) { return p + at(p).len; };
    std::vector<Token> out;
    out.reserve(n / 5 + 16);  // news text: a token per five or six bytes
    std::size_t i = 0;
    bool space = false, line = false;
    auto push = [&](std::size_t from, std::size_t to, TokenKind kind) {
        Token t;
        t.span = Span{static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(to)};
        t.kind = kind;
        t.space_before = space || out.empty();
        t.line_before = line || out.empty();
        if (kind == TokenKind::Word) {
            int letters = 0, uppers = 0;
            for (std::size_t k = from; k < to;) {
                const auto b = static_cast<unsigned char>(text[k]);
                if (b < 0x80) {  // ASCII from the table
                    const std::uint8_t cls = kAsciiClass[b];
                    if (k == from) t.upper = (cls & kUpper) != 0;
                    letters += cls & kAlpha;
                    uppers += (cls & kUpper) >> 1;
                    ++k;
                    continue;
                }
                const Cp c = at(k);
                if (k == from) t.upper = upper_letter(c.cp);
                if (letter(c.cp)) {
                    ++letters;
                    uppers += upper_letter(c.cp);
                }
                k += c.len;
            }
            t.all_upper = letters >= 2 && letters == uppers;
        }
        out.push_back(t);
        space = line = false;
    };
    while (i < n) {
        const Cp ci = at(i);
        const char32_t c = ci.cp;
        const std::size_t i1 = i + ci.len;  // the next code point
        if (white_space(c) || c == 0xFEFF || c == 0x200B || c == 0) {
            space = true;
            if (is_line_break(c)) line = true;
            i = i1;
            continue;
        }
        if (is_digit(c)) {
            std::size_t j = i1;
            while (j < n) {
                const Cp d = at(j);
                if (is_digit(d.cp)) {
                    j += d.len;
                } else if ((d.cp == ',' || d.cp == '.' || d.cp == '/' || d.cp == ':' || is_hyphen(d.cp)) &&
                           j + d.len < n && is_digit(cp_at(j + d.len))) {
                    j = next(j + d.len);
                } else {
                    break;
                }
            }
            // ordinal and unit suffixes glued to digits: 1st, 20th, 5pm
            while (j < n && letter(cp_at(j))) j = next(j);
            push(i, j, TokenKind::Number);
            i = j;
            continue;
        }
        if (letter(c)) {
            std::size_t j = i1;
            // ASCII letters and digits first, without decoding (the loop below would take them one by one)
            while (j < n && ascii_alnum(static_cast<unsigned char>(text[j]))) ++j;
            bool dotted = false;  // ends with the period of a dotted abbreviation
            while (j < n) {
                const Cp d = at(j);
                const std::size_t j1 = j + d.len;
                if (is_word_char(d.cp)) {
                    j = j1;
                } else if ((is_apostrophe(d.cp) || is_hyphen(d.cp)) && j1 < n && is_word_char(cp_at(j1))) {
                    // possessive 's stays separate: "Nigeria's" -> "Nigeria" "'s"
                    const std::size_t j2 = next(j1);
                    if (is_apostrophe(d.cp) && (text[j1] == 's' || text[j1] == 'S') &&
                        (j2 >= n || !is_word_char(cp_at(j2))))
                        break;
                    j = j2;
                } else if (d.cp == '.' && j == i1 && j1 < n && letter(cp_at(j1)) && next(j1) < n &&
                           text[next(j1)] == '.') {
                    // dotted abbreviation U.S. / U.N. / D.C.: j moves to the period after each letter
                    j = next(j1);
                    while (j + 1 < n && letter(cp_at(j + 1)) && next(j + 1) < n && text[next(j + 1)] == '.')
                        j = next(j + 1);
                    ++j;  // include the final period
                    dotted = true;
                    break;
                } else {
                    break;
                }
            }
            // A known abbreviation or an initial takes its period: "Mr." "Gen." "J."
            if (j < n && text[j] == '.' && !dotted) {
                std::string_view w = text.substr(i, j + 1 - i);
                bool initial = j == i1 && upper_letter(c);
                if (is_abbreviation(w) || initial) ++j;
            }
            push(i, j, TokenKind::Word);
            i = j;
            continue;
        }
        if (is_apostrophe(c)) {
            // possessive after a word: 's or a bare trailing apostrophe (ministers')
            bool after_word = !out.empty() && !space && out.back().kind == TokenKind::Word;
            if (after_word && i1 < n && (text[i1] == 's' || text[i1] == 'S') &&
                (i1 + 1 >= n || !is_word_char(cp_at(i1 + 1)))) {
                push(i, i1 + 1, TokenKind::Possessive);
                i = i1 + 1;
                continue;
            }
            if (after_word && (i1 >= n || !is_word_char(cp_at(i1)))) {
                std::string_view prev = text.substr(out.back().span.begin, out.back().span.size());
                if (!prev.empty() && (prev.back() == 's' || prev.back() == 'S')) {
                    push(i, i1, TokenKind::Possessive);
                    i = i1;
                    continue;
                }
            }
        }
        if (c == '.' && i + 2 < n && text[i + 1] == '.' && text[i + 2] == '.') {
            push(i, i + 3, TokenKind::Punct);
            i += 3;
            continue;
        }
        push(i, i1, is_punct(c) ? TokenKind::Punct : TokenKind::Symbol);
        i = i1;
    }
    return out;
}

Document::Document(Article article) : article_(std::move(article)) {
    tokens_ = tokenize(article_.text);
    token_sentence_.assign(tokens_.size(), 0);
    const std::string_view t = article_.text;
    auto tok = [&](std::size_t k) { return t.substr(tokens_[k].span.begin, tokens_[k].span.size()); };
    auto is_closer = [&](std::size_t k) {
        std::string_view s = tok(k);
        return s == "\"" || s == "\u201D" || s == "\u2019" || s == ")" || s == "]" || s == "'";
    };
    std::uint32_t paragraph = 0;
    std::size_t start = 0;
    auto close = [&](std::size_t end) {
        if (end <= start) return;
        Sentence s;
        s.first_token = static_cast<std::uint32_t>(start);
        s.end_token = static_cast<std::uint32_t>(end);
        s.span = Span{tokens_[start].span.begin, tokens_[end - 1].span.end};
        s.paragraph = paragraph;
        for (std::size_t k = start; k < end; ++k) token_sentence_[k] = static_cast<std::uint32_t>(sentences_.size());
        sentences_.push_back(s);
        start = end;
    };
    for (std::size_t k = 0; k < tokens_.size(); ++k) {
        if (k > 0 && tokens_[k].line_before) {
            close(k);
            // a blank line or any line break starts a new paragraph (news text keeps one per line)
            ++paragraph;
        }
        std::string_view s = tok(k);
        bool terminal = s == "." || s == "!" || s == "?" || s == "...";
        if (!terminal) {
            // an abbreviation at the very end of a sentence: "... in the U.S. The next ..."
            continue;
        }
        std::size_t end = k + 1;
        // closing quotes and brackets stick to the stop; a quote after a space opens the next sentence
        while (end < tokens_.size() && !tokens_[end].line_before && !tokens_[end].space_before && is_closer(end)) ++end;
        if (end >= tokens_.size() || tokens_[end].line_before) {
            k = end - 1;
            continue;  // the line break closes it
        }
        if (!tokens_[end].space_before) continue;  // "3.5" never reaches here; "e.g.x" stays
        std::string_view next = tok(end);
        bool next_starts = tokens_[end].upper || tokens_[end].kind == TokenKind::Number || next == "\"" ||
                           next == "\u201C" || next == "\u2018" || next == "(" || next == "\u201D";
        if (!next_starts) continue;
        close(end);
        k = end - 1;
    }
    close(tokens_.size());
    paragraphs_ = tokens_.empty() ? 0 : paragraph + 1;
}

Span Document::token_span(std::size_t first, std::size_t end) const noexcept {
    if (first >= end || end > tokens_.size()) return Span{};
    return Span{tokens_[first].span.begin, tokens_[end - 1].span.end};
}

}  // namespace readout::text
