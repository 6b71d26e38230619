#pragma once
/// \file
/// Small UTF-8 helpers: decoding, case and diacritic folding for Latin scripts.

#include <cstddef>
#include <string>
#include <string_view>

namespace readout::text {

/// Decodes one UTF-8 sequence at `pos`. Returns its length in bytes and sets `cp`,
/// or returns 0 when the bytes there are not valid UTF-8 (overlong, surrogate, truncated).
std::size_t decode_utf8(std::string_view s, std::size_t pos, char32_t& cp) noexcept;

/// Calls `fn(cp, bytes)` for each code point of `s`, in order. An invalid byte is passed as
/// U+FFFD with `bytes` holding the replacement character's UTF-8, so escapers never copy bad input.
template <typename Fn>
void for_each_code_point(std::string_view s, Fn&& fn) {
    static constexpr std::string_view replacement = "\xEF\xBF\xBD";
    std::size_t i = 0;
    while (i < s.size()) {
        char32_t cp;
        std::size_t n = decode_utf8(s, i, cp);
        if (n == 0) {
            fn(char32_t{0xFFFD}, replacement);
            ++i;
        } else {
            fn(cp, s.substr(i, n));
            i += n;
        }
    }
}

/// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

/// Folds Latin letters with diacritics to ASCII (é→e, ß→ss, ł→l, ı→i) and typographic
/// quotes and dashes to their ASCII forms; other characters are kept.
[[nodiscard]] std::string fold_to_ascii(std::string_view s);

/// Lower-cased, diacritic-folded, whitespace-collapsed form of a name, with typographic
/// apostrophes made ASCII: the key used to compare surface forms.
[[nodiscard]] std::string normalize_key(std::string_view s);
/// normalize_key(s) written into `out` (replacing its contents), reusing its buffer.
void normalize_key_into(std::string_view s, std::string& out);

/// The lower-case form of an upper-case letter of the scripts is_upper() knows; other code points unchanged.
[[nodiscard]] char32_t to_lower(char32_t cp) noexcept;

/// True when the code point is an upper-case letter (ASCII, Latin-1, Latin Extended-A/B, Greek, Cyrillic).
[[nodiscard]] bool is_upper(char32_t cp) noexcept;
/// True when the code point is a letter of any case in the scripts above (or any code point ≥ U+0370
/// in a letter block: CJK, Arabic and others count as letters).
[[nodiscard]] bool is_letter(char32_t cp) noexcept;
/// True for Unicode white space, including no-break space.
[[nodiscard]] bool is_space(char32_t cp) noexcept;

/// True when the first character of `s` is an upper-case letter.
[[nodiscard]] bool starts_upper(std::string_view s) noexcept;

}  // namespace readout::text
