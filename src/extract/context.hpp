#pragma once
// Private to the extract stage: the state the extractors share while reading one document.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "readout/extract/assertions.hpp"
#include "readout/extract/gazetteer.hpp"
#include "readout/text/document.hpp"

namespace readout::extract::detail {

/// Equality of a string with a C string, for the rules' `ctx.low(i) == "met"`. The same result as
/// std's operator==, which calls basic_string::compare out of line (a strlen and a memcmp call for
/// every comparison, most of which fail on the length); inlined, the literal's length is a
/// constant and a mismatched length costs one compare. Being a non-template, it is preferred to
/// std's template for every `std::string == const char*` (and `!=`) written in this namespace.
[[nodiscard, gnu::always_inline]] inline bool operator==(const std::string& a, const char* b) noexcept {
    const std::size_t n = std::char_traits<char>::length(b);
    return a.size() == n && std::char_traits<char>::compare(a.data(), b, n) == 0;
}

/// Shared, append-only state of one document's extraction. Extractors run in a fixed order
/// (see pipeline.cpp); each reads what earlier ones added.
class Context {
public:
    Context(const text::Document& doc, const Gazetteer& gaz);

    const text::Document& doc;
    const Gazetteer& gaz;
    ArticleExtraction out;
    /// Per token: the mention covering it, or kNoMention.
    std::vector<MentionId> token_mention;
    /// Per token: true when the token is page furniture (credits, bylines) and carries no facts.
    /// (These flags are bytes, not std::vector<bool>: the rules read them for every token.)
    std::vector<std::uint8_t> ignored;
    /// Per sentence: true when the whole sentence is boilerplate.
    std::vector<std::uint8_t> boilerplate;
    /// Per sentence: true when it belongs to a picture caption (a paragraph with a credit tail).
    std::vector<std::uint8_t> caption;
    /// True when the anchor is a publication date (relative dates look backwards from it);
    /// false when it is a date found in the body (weekdays resolve to the nearest match).
    bool anchor_is_publication = false;
    /// First token of the first body paragraph (where a dateline "CITY, Month Day (Agency) -" stands).
    std::size_t body_start = 0;
    /// One past the last token of the dateline ("ABUJA, June 6 (Reuters) -"), or body_start when none.
    std::size_t dateline_end = 0;

    // ---- token helpers
    [[nodiscard]] std::size_t size() const noexcept { return doc.tokens().size(); }
    /// Token text; empty past the last token (rules look ahead freely).
    [[nodiscard, gnu::always_inline]] std::string_view tok(std::size_t i) const noexcept {
        return i < size() ? doc.token_text(i) : std::string_view();
    }
    /// Lower-cased, diacritic-folded token text; empty past the last token.
    [[nodiscard, gnu::always_inline]] const std::string& low(std::size_t i) const noexcept {
        return i < low_.size() ? low_[i] : kNoWord;
    }
    /// True when token i's low() form is `lower_word` (false past the last token). Inlined, so that
    /// a literal's length is a constant and most calls end on a length compare.
    [[nodiscard, gnu::always_inline]] bool is(std::size_t i, std::string_view lower_word) const noexcept {
        return i < low_.size() && low_[i].size() == lower_word.size() &&
               std::char_traits<char>::compare(low_[i].data(), lower_word.data(), lower_word.size()) == 0;
    }
    /// "counterpart(s)", or "peer(s)" right after a possessive, or after a nationality that follows
    /// one ("his Chilean peer", "their peers"): news English's words for a minister's opposite
    /// number. "peer" alone ("peer review", "a peer of the realm") is not one.
    [[nodiscard]] bool counterpart(std::size_t i) const noexcept;
    [[nodiscard]] bool word(std::size_t i) const noexcept {
        return i < size() && doc.tokens()[i].kind == text::TokenKind::Word;
    }
    [[nodiscard]] bool upper(std::size_t i) const noexcept { return i < size() && doc.tokens()[i].upper; }
    [[nodiscard, gnu::always_inline]] bool punct(std::size_t i, std::string_view p) const noexcept {
        return i < size() && doc.tokens()[i].kind == text::TokenKind::Punct && tok(i) == p;
    }
    /// Comma, or a dash used as a separator.
    [[nodiscard]] bool comma(std::size_t i) const noexcept { return punct(i, ","); }
    [[nodiscard]] bool possessive(std::size_t i) const noexcept {
        return i < size() && doc.tokens()[i].kind == text::TokenKind::Possessive;
    }
    [[nodiscard]] const text::Sentence& sentence(std::size_t s) const { return doc.sentences()[s]; }
    [[nodiscard]] std::uint32_t sentence_of(std::size_t i) const noexcept { return doc.sentence_of_token(i); }
    [[nodiscard]] std::size_t first_token_of_sentence(std::size_t i) const { return sentence(sentence_of(i)).first_token; }
    [[nodiscard]] std::size_t end_token_of_sentence(std::size_t i) const { return sentence(sentence_of(i)).end_token; }

    // ---- mention helpers
    MentionId add_mention(std::size_t first, std::size_t end, MentionKind kind, std::string canonical,
                          std::string key = {}, std::string country = {});
    [[nodiscard]] const Mention& mention(MentionId m) const { return out.mentions[m]; }
    [[nodiscard]] Mention& mention(MentionId m) { return out.mentions[m]; }
    [[nodiscard]] MentionId mention_at(std::size_t i) const noexcept {
        return i < token_mention.size() ? token_mention[i] : kNoMention;
    }
    [[nodiscard]] bool is_kind(std::size_t i, MentionKind k) const noexcept {
        MentionId m = mention_at(i);
        return m != kNoMention && out.mentions[m].kind == k;
    }
    /// First and one-past-last token of a mention.
    [[nodiscard]] std::pair<std::size_t, std::size_t> tokens_of(MentionId m) const { return mention_tokens_[m]; }
    /// Narrows a mention to tokens [first, end) (releasing the others).
    void narrow_mention(MentionId m, std::size_t first, std::size_t end);
    /// The surface text of a mention.
    [[nodiscard]] std::string_view surface(MentionId m) const { return doc.text(out.mentions[m].span); }

private:
    static inline const std::string kNoWord;  // low() past the last token
    std::vector<std::string> low_;
    std::vector<std::pair<std::size_t, std::size_t>> mention_tokens_;
};

// ---- the extractors, in pipeline order (pipeline.cpp documents what each reads and adds)
void mark_boilerplate(Context& ctx);
void find_anchor_date(Context& ctx);
void find_gazetteer_mentions(Context& ctx);
void find_unnamed_capitals(Context& ctx);
void find_dateline(Context& ctx);
void find_names(Context& ctx);
void find_roles(Context& ctx);
void find_meetings(Context& ctx);

// ---- shared rule helpers
/// A lower-case noun that names a person by relation to another: "his wife, X", "Obuchi's
/// predecessor, X" (mentions.cpp).
bool relation_noun(std::string_view low);

/// A date expression starting at token i: its value and token length. `ctx.out.anchor` resolves
/// relative forms; `discourse` is the last date the article talked about ("the day before").
struct DateMatch {
    DateValue value;
    std::size_t length = 0;
    bool relative = false;
};
std::optional<DateMatch> date_at(const Context& ctx, std::size_t i, const DateValue& discourse);
/// Resolves a weekday against the anchor (backwards from a publication date, nearest otherwise).
DateValue resolve_weekday(const Context& ctx, int weekday);

/// Issue phrases in a token range, after discussion cues ("discussed X, Y and Z").
std::vector<IssuePhrase> issues_in(const Context& ctx, std::size_t first, std::size_t end);

}  // namespace readout::extract::detail
