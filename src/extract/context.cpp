#include "context.hpp"

#include "readout/text/unicode.hpp"

namespace readout::extract::detail {

Context::Context(const text::Document& d, const Gazetteer& g) : doc(d), gaz(g) {
    const std::size_t n = doc.tokens().size();
    token_mention.assign(n, kNoMention);
    ignored.assign(n, false);
    boilerplate.assign(doc.sentences().size(), false);
    caption.assign(doc.sentences().size(), false);
    low_.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        // normalize_key of the token: printable ASCII (nearly every token) is lower-cased in place
        const std::string_view t = doc.token_text(i);
        std::string& w = low_.emplace_back(t);
        for (char& c : w) {
            const auto u = static_cast<unsigned char>(c);
            if (static_cast<unsigned char>(u - '!') >= 0x80 - '!') {  // space, control or not ASCII
                w = text::normalize_key(t);
                break;
            }
            if (static_cast<unsigned>(u - 'A') < 26u) c = static_cast<char>(u + ('a' - 'A'));
        }
    }
}

MentionId Context::add_mention(std::size_t first, std::size_t end, MentionKind kind, std::string canonical,
                               std::string key, std::string country) {
    Mention m;
    m.span = doc.token_span(first, end);
    m.kind = kind;
    m.sentence = doc.sentence_of_token(first);
    m.canonical = std::move(canonical);
    m.key = std::move(key);
    m.country = std::move(country);
    auto id = static_cast<MentionId>(out.mentions.size());
    out.mentions.push_back(std::move(m));
    mention_tokens_.emplace_back(first, end);
    for (std::size_t i = first; i < end; ++i) token_mention[i] = id;
    return id;
}

void Context::narrow_mention(MentionId m, std::size_t first, std::size_t end) {
    auto [old_first, old_end] = mention_tokens_[m];
    for (std::size_t i = old_first; i < old_end; ++i)
        if (token_mention[i] == m) token_mention[i] = kNoMention;
    for (std::size_t i = first; i < end; ++i) token_mention[i] = m;
    mention_tokens_[m] = {first, end};
    out.mentions[m].span = doc.token_span(first, end);
}

bool Context::counterpart(std::size_t i) const noexcept {
    if (is(i, "counterpart") || is(i, "counterparts")) return true;
    if (!(is(i, "peer") || is(i, "peers")) || i == 0) return false;
    auto owner = [&](std::size_t k) { return is(k, "his") || is(k, "her") || is(k, "their") || is(k, "its"); };
    if (owner(i - 1)) return true;
    return i >= 2 && is_kind(i - 1, MentionKind::Country) && owner(i - 2);
}

}  // namespace readout::extract::detail
