#include "readout/text/unicode.hpp"

#include <array>

namespace readout::text {

std::size_t decode_utf8(std::string_view s, std::size_t pos, char32_t& cp) noexcept {
    if (pos >= s.size()) return 0;
    const auto b0 = static_cast<unsigned char>(s[pos]);
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    }
    std::size_t len;
    char32_t min;
    if ((b0 & 0xE0) == 0xC0) {
        len = 2; cp = b0 & 0x1F; min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3; cp = b0 & 0x0F; min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        len = 4; cp = b0 & 0x07; min = 0x10000;
    } else {
        return 0;
    }
    if (pos + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[pos + k]);
        if ((b & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

namespace {

// ASCII folding of U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A).
constexpr std::array<const char*, 0x180 - 0xC0> kLatin = {
    // C0
    "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",
    // D0
    "D", "N", "O", "O", "O", "O", "O", "x", "O", "U", "U", "U", "U", "Y", "Th", "ss",
    // E0
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    // F0
    "d", "n", "o", "o", "o", "o", "o", "/", "o", "u", "u", "u", "u", "y", "th", "y",
    // 100
    "A", "a", "A", "a", "A", "a", "C", "c", "C", "c", "C", "c", "C", "c", "D", "d",
    // 110
    "D", "d", "E", "e", "E", "e", "E", "e", "E", "e", "E", "e", "G", "g", "G", "g",
    // 120
    "G", "g", "G", "g", "H", "h", "H", "h", "I", "i", "I", "i", "I", "i", "I", "i",
    // 130
    "I", "i", "IJ", "ij", "J", "j", "K", "k", "k", "L", "l", "L", "l", "L", "l", "L",
    // 140
    "l", "L", "l", "N", "n", "N", "n", "N", "n", "n", "N", "n", "O", "o", "O", "o",
    // 150
    "O", "o", "OE", "oe", "R", "r", "R", "r", "R", "r", "S", "s", "S", "s", "S", "s",
    // 160
    "S", "s", "T", "t", "T", "t", "T", "t", "U", "u", "U", "u", "U", "u", "U", "u",
    // 170
    "U", "u", "U", "u", "W", "w", "Y", "y", "Y", "Z", "z", "Z", "z", "Z", "z", "s",
};

// Base letters of the Vietnamese block U+1EA0..U+1EF9 (Latin Extended Additional), pairs upper/lower.
constexpr const char* kVietnamese =
    "AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy";

const char* fold_cp(char32_t cp) {
    if (cp >= 0xC0 && cp < 0x180) return kLatin[cp - 0xC0];
    if (cp >= 0x1EA0 && cp <= 0x1EF9) {
        static thread_local char buf[2];
        buf[0] = kVietnamese[cp - 0x1EA0];
        buf[1] = 0;
        return buf;
    }
    switch (cp) {
        case 0x01A0: return "O";   case 0x01A1: return "o";   // Ơ ơ
        case 0x01AF: return "U";   case 0x01B0: return "u";   // Ư ư
        case 0x0218: return "S";   case 0x0219: return "s";   // Ș ș
        case 0x021A: return "T";   case 0x021B: return "t";   // Ț ț
        case 0x018F: return "E";   case 0x0259: return "e";   // Ə ə
        case 0x01CD: return "A";   case 0x01CE: return "a";
        case 0x01E6: return "G";   case 0x01E7: return "g";
        case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0x02BC: case 0x02BB: return "'";
        case 0x201C: case 0x201D: case 0x201E: case 0x2033: return "\"";
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: return "-";
        case 0x00A0: case 0x2002: case 0x2003: case 0x2009: case 0x202F: return " ";
        case 0x2026: return "...";
        default: return nullptr;
    }
}

}  // namespace

namespace {

/// Length of the leading run of ASCII bytes of `s`.
std::size_t ascii_prefix(std::string_view s) noexcept {
    std::size_t i = 0;
    while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
    return i;
}

bool is_key_space(unsigned char u) noexcept { return u <= ' ' && (u == ' ' || u == '\t' || u == '\n' || u == '\r'); }
char ascii_lower(unsigned char u) noexcept { return static_cast<char>(static_cast<unsigned>(u - 'A') < 26u ? u + ('a' - 'A') : u); }

/// Calls `fn(piece)` with the ASCII folding of each code point of `s` from `i` on, as
/// fold_to_ascii writes it (invalid bytes and combining marks give nothing).
template <typename Fn>
void fold_from(std::string_view s, std::size_t i, Fn&& fn) {
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            fn(s.substr(i, 1));
            ++i;
            continue;
        }
        char32_t cp;
        std::size_t n = decode_utf8(s, i, cp);
        if (n == 0) {
            ++i;
            continue;
        }
        if (const char* f = fold_cp(cp)) {
            fn(std::string_view(f));
        } else if (cp >= 0x0300 && cp <= 0x036F) {
            // combining diacritical marks: drop
        } else {
            fn(s.substr(i, n));
        }
        i += n;
    }
}

}  // namespace

std::string fold_to_ascii(std::string_view s) {
    const std::size_t ascii = ascii_prefix(s);
    if (ascii == s.size()) return std::string(s);  // nothing to fold
    std::string out;
    out.reserve(s.size());
    out.append(s.substr(0, ascii));
    fold_from(s, ascii, [&](std::string_view piece) { out.append(piece); });
    return out;
}

std::string normalize_key(std::string_view s) {
    // ASCII text of up to 64 bytes (every token, nearly every name): one pass into a stack
    // buffer, lower-casing and collapsing white space; the first byte beyond ASCII sends it to
    // the folding pass below.
    if (s.size() <= 64) {
        char buf[64];
        char* o = buf;
        bool gap = false, ascii = true;
        for (char c : s) {
            const auto u = static_cast<unsigned char>(c);
            if (u >= 0x80) {
                ascii = false;
                break;
            }
            if (u <= ' ' && is_key_space(u)) {
                gap = o != buf;
                continue;
            }
            if (gap) {
                *o++ = ' ';
                gap = false;
            }
            *o++ = ascii_lower(u);
        }
        if (ascii) return std::string(buf, static_cast<std::size_t>(o - buf));
    }
    std::string out;
    normalize_key_into(s, out);
    return out;
}

void normalize_key_into(std::string_view s, std::string& out) {
    const std::size_t ascii = ascii_prefix(s);
    // One pass: fold each code point, then collapse white space and lower-case the folded bytes
    // (the same as lower-casing and collapsing the whole fold_to_ascii(s)).
    out.clear();
    if (s.size() > 15) out.reserve(s.size());  // shorter keys fit the string's own buffer
    bool space = false;
    auto put = [&](std::string_view piece) {
        for (char c : piece) {
            const auto u = static_cast<unsigned char>(c);
            if (is_key_space(u)) {
                space = !out.empty();
                continue;
            }
            if (space) {
                out += ' ';
                space = false;
            }
            out += ascii_lower(u);
        }
    };
    put(s.substr(0, ascii));
    fold_from(s, ascii, put);
}

bool is_upper(char32_t cp) noexcept {
    if (cp >= 'A' && cp <= 'Z') return true;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return true;
    if (cp >= 0x100 && cp < 0x180) {
        // Latin Extended-A alternates upper/lower, with a shift between U+0138 and U+0149.
        if (cp == 0x138 || cp == 0x149 || cp == 0x17F) return false;
        if (cp >= 0x139 && cp <= 0x148) return (cp % 2) == 1;
        if (cp >= 0x179 && cp <= 0x17E) return (cp % 2) == 1;
        if (cp == 0x178) return true;
        return (cp % 2) == 0;
    }
    if (cp >= 0x1EA0 && cp <= 0x1EF9) return (cp % 2) == 0;
    if (cp == 0x01A0 || cp == 0x01AF || cp == 0x0218 || cp == 0x021A || cp == 0x018F) return true;
    if (cp >= 0x391 && cp <= 0x3A9) return true;
    if (cp >= 0x400 && cp <= 0x42F) return true;
    return false;
}

char32_t to_lower(char32_t cp) noexcept {
    if (!is_upper(cp)) return cp;
    if (cp < 0x80 || (cp >= 0xC0 && cp <= 0xDE) || (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x410 && cp <= 0x42F))
        return cp + 32;
    if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
    if (cp == 0x178) return 0xFF;
    if (cp == 0x18F) return 0x259;
    return cp + 1;  // Latin Extended-A/B and Vietnamese pairs: the lower case follows the upper
}

bool is_letter(char32_t cp) noexcept {
    if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')) return true;
    if (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) return true;
    if (cp >= 0x1E00 && cp <= 0x1EFF) return true;
    if (cp >= 0x370 && cp <= 0x3FF) return true;
    if (cp >= 0x400 && cp <= 0x52F) return true;
    if (cp >= 0x590 && cp <= 0x6FF) return true;  // Hebrew, Arabic
    if (cp >= 0x900 && cp <= 0xDFF) return true;  // Indic
    if (cp >= 0xE00 && cp <= 0xEFF) return true;  // Thai, Lao
    if (cp >= 0x1100 && cp <= 0x11FF) return true;
    if (cp >= 0x3040 && cp <= 0x30FF) return true;
    if (cp >= 0x3400 && cp <= 0x9FFF) return true;
    if (cp >= 0xAC00 && cp <= 0xD7AF) return true;
    return false;
}

bool is_space(char32_t cp) noexcept {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0 ||
           cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
           cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

bool starts_upper(std::string_view s) noexcept {
    char32_t cp;
    return decode_utf8(s, 0, cp) != 0 && is_upper(cp);
}

}  // namespace readout::text
