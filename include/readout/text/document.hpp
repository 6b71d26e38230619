#pragma once
/// \file
/// The document model: an article's text with tokens, sentences and paragraphs as byte spans.
/// Nothing downstream copies text without its span; surfaces are views into the document.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "readout/text/article.hpp"

namespace readout::text {

/// A half-open byte range [begin, end) into a document's text.
struct Span {
    std::uint32_t begin = 0;  ///< first byte
    std::uint32_t end = 0;  ///< one past the last byte
    [[nodiscard]] std::uint32_t size() const noexcept { return end - begin; }  ///< length in bytes
    [[nodiscard]] bool empty() const noexcept { return end <= begin; }  ///< true when it covers no byte
    [[nodiscard]] bool contains(const Span& o) const noexcept { return begin <= o.begin && o.end <= end; }  ///< true when `o` lies within
    [[nodiscard]] bool overlaps(const Span& o) const noexcept { return begin < o.end && o.begin < end; }  ///< true when they share a byte
    auto operator<=>(const Span&) const = default;
};

/// What a token is made of.
enum class TokenKind : std::uint8_t {
    Word,         ///< letters, possibly with inner apostrophes, hyphens or periods (U.S., Owusu-Ansah)
    Number,       ///< digits, possibly with , . / : - inside (1,000  7-1/2  14:32)
    Possessive,   ///< 's or ’s or a lone trailing apostrophe after a plural
    Punct,        ///< one punctuation mark (or an ellipsis)
    Symbol,       ///< anything else ($ % @ #, emoji ...)
};

/// One token.
struct Token {
    Span span;  ///< where the token is
    TokenKind kind = TokenKind::Word;  ///< what it is made of
    bool upper = false;          ///< first character is an upper-case letter
    bool all_upper = false;      ///< every letter is upper case (and there are at least two)
    bool space_before = false;   ///< white space separates it from the previous token
    bool line_before = false;    ///< a line break separates it from the previous token
};

/// One sentence: a run of tokens within one paragraph.
struct Sentence {
    Span span;  ///< where the sentence is
    std::uint32_t first_token = 0;  ///< index of its first token
    std::uint32_t end_token = 0;    ///< one past its last token
    std::uint32_t paragraph = 0;    ///< index of the paragraph (line block) holding it
};

/// An article split into paragraphs, sentences and tokens.
class Document {
public:
    /// Tokenizes and sentence-splits the article text. The article is moved in and owned.
    explicit Document(Article article);

    /// The article this document was built from.
    [[nodiscard]] const Article& article() const noexcept { return article_; }
    /// The full text.
    [[nodiscard]] std::string_view text() const noexcept { return article_.text; }
    /// The text of a span.
    [[nodiscard]] std::string_view text(Span s) const noexcept {
        return std::string_view(article_.text).substr(s.begin, s.size());
    }
    /// All tokens, in order.
    [[nodiscard]] const std::vector<Token>& tokens() const noexcept { return tokens_; }
    /// The text of token i.
    [[nodiscard]] std::string_view token_text(std::size_t i) const noexcept { return text(tokens_[i].span); }
    /// All sentences, in order.
    [[nodiscard]] const std::vector<Sentence>& sentences() const noexcept { return sentences_; }
    /// Index of the sentence holding token i.
    [[nodiscard]] std::uint32_t sentence_of_token(std::size_t i) const noexcept { return token_sentence_[i]; }
    /// The span covering tokens [first, end).
    [[nodiscard]] Span token_span(std::size_t first, std::size_t end) const noexcept;
    /// Number of paragraphs.
    [[nodiscard]] std::uint32_t paragraph_count() const noexcept { return paragraphs_; }

private:
    Article article_;
    std::vector<Token> tokens_;
    std::vector<Sentence> sentences_;
    std::vector<std::uint32_t> token_sentence_;
    std::uint32_t paragraphs_ = 0;
};

/// Splits text into tokens (exposed for tests).
[[nodiscard]] std::vector<Token> tokenize(std::string_view text);

/// True for abbreviations whose period does not end a sentence (Mr., Dr., Gen., U.S., Jan. ...).
[[nodiscard]] bool is_abbreviation(std::string_view word_with_period) noexcept;

}  // namespace readout::text
