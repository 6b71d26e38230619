// N-Triples and N-Quads, read without Raptor: the input is read in large blocks, each line is
// parsed where it lies in the block, and terms are interned straight into the store (views into
// the block; a copy only for text holding escapes). Validates what Raptor's parsers and the Raptor
// path of read_graph validated: UTF-8, IRI characters and absoluteness, escapes, blank node labels,
// language tags, the number of terms, and blank graph names (not supported).

#include <cstring>
#include <istream>

#include "detail.hpp"
#include "readout/rdf/vocabulary.hpp"
#include "readout/text/unicode.hpp"

namespace readout::io::detail {
namespace {

constexpr std::size_t kBlock = std::size_t{1} << 20;  // bytes read at once

/// A syntax error at a byte offset of the line being parsed.
struct LineError {
    std::size_t offset;
    std::string message;
};

bool is_alpha(unsigned char c) noexcept { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_digit(unsigned char c) noexcept { return c >= '0' && c <= '9'; }
int hex_value(unsigned char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

/// PN_CHARS_BASE of the N-Triples grammar, for code points beyond ASCII.
bool is_name_start_cp(char32_t c) noexcept {
    return (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) ||
           (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) ||
           (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) ||
           (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}
/// PN_CHARS beyond ASCII: PN_CHARS_BASE, U+00B7, combining marks and the undertie.
bool is_name_cp(char32_t c) noexcept {
    return is_name_start_cp(c) || c == 0xB7 || (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
}

/// True when an IRI starts with a scheme ("http:", "urn:"): N-Triples IRIs are absolute.
bool has_scheme(std::string_view iri) noexcept {
    if (iri.empty() || !is_alpha(static_cast<unsigned char>(iri[0]))) return false;
    for (std::size_t i = 1; i < iri.size(); ++i) {
        auto c = static_cast<unsigned char>(iri[i]);
        if (c == ':') return true;
        if (!is_alpha(c) && !is_digit(c) && c != '+' && c != '-' && c != '.') return false;
    }
    return false;
}

/// Characters an IRIREF may not hold, raw or escaped (Iri::is_valid's set).
bool forbidden_in_iri(char32_t c) noexcept {
    return c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' ||
           c == '`' || c == '\\';
}

/// Parses the statements of one line. Views point into the block; `scratch_*` hold unescaped text.
class LineParser {
public:
    LineParser(store::Store& store, bool quads) : store_(store), quads_(quads) {}

    /// Parses `line` (without its '\n'); throws LineError.
    void parse(std::string_view line) {
        line_ = line;
        pos_ = 0;
        for (;;) {
            skip_space(true);
            if (pos_ == line_.size()) return;
            if (line_[pos_] == '#') {
                while (pos_ < line_.size() && line_[pos_] != '\r') ++pos_;
                continue;
            }
            statement();
            skip_space(false);
            if (pos_ < line_.size() && line_[pos_] != '\r' && line_[pos_] != '#') {
                fail("expected the end of the line after '.'");
            }
        }
    }

private:
    [[noreturn]] void fail(std::string message) const { throw LineError{pos_, std::move(message)}; }
    [[noreturn]] void fail_at(std::size_t at, std::string message) const { throw LineError{at, std::move(message)}; }

    void skip_space(bool newlines) {
        while (pos_ < line_.size()) {
            char c = line_[pos_];
            if (c == ' ' || c == '\t' || (newlines && c == '\r')) ++pos_;
            else break;
        }
    }
    [[nodiscard]] bool at(char c) const { return pos_ < line_.size() && line_[pos_] == c; }

    void statement() {
        store::QuadIds q;
        if (at('<')) q.subject = iri(subject_cache_);
        else if (at('_')) q.subject = blank();
        else fail(at('"') ? "a literal cannot be a subject" : "expected an IRI or a blank node as the subject");
        skip_space(false);
        if (!at('<')) fail(at('_') ? "a blank node cannot be a predicate" : "expected an IRI as the predicate");
        q.predicate = iri(predicate_cache_);
        skip_space(false);
        if (at('<')) q.object = iri(object_cache_);
        else if (at('_')) q.object = blank();
        else if (at('"')) q.object = literal();
        else fail("expected an IRI, a blank node or a literal as the object");
        skip_space(false);
        if (at('<') || at('_')) {
            if (!quads_) fail("N-Triples has no graph names (is this N-Quads?)");
            if (at('_')) fail("a graph name must be an IRI (blank node graph names are not supported)");
            q.graph = iri(graph_cache_);
            skip_space(false);
        }
        if (!at('.')) fail(pos_ == line_.size() ? "expected '.' at the end of the statement" : "expected '.' after the last term");
        ++pos_;
        store_.add(q);
    }

    /// One remembered term per position: statements in a row often share subject, predicate or graph.
    struct Cache {
        std::string text;
        store::TermId id = store::kNoTerm;
    };

    /// IRIREF; `pos_` is on '<'.
    store::TermId iri(Cache& cache) {
        const std::size_t start = pos_;
        std::string_view value = iri_text();
        if (cache.id != store::kNoTerm && cache.text == value) return cache.id;
        if (!has_scheme(value)) fail_at(start, "relative IRI <" + std::string(value) + "> (N-Triples IRIs are absolute)");
        cache.id = store_.intern_iri(value);
        cache.text.assign(value);
        return cache.id;
    }

    /// The text of an IRIREF at '<', unescaped; leaves `pos_` after '>'.
    std::string_view iri_text() {
        const std::size_t start = ++pos_;
        std::size_t i = start;
        bool escaped = false;
        for (;; ++i) {
            if (i == line_.size()) fail_at(start - 1, "unterminated IRI (no '>')");
            auto c = static_cast<unsigned char>(line_[i]);
            if (c == '>') break;
            if (c == '\\') {
                escaped = true;
                ++i;  // checked below
                continue;
            }
            if (c < 0x80 && forbidden_in_iri(c)) {
                pos_ = i;
                fail(c <= 0x20 ? "space or control character in an IRI" : std::string("character '") + static_cast<char>(c) + "' in an IRI");
            }
        }
        std::string_view raw = line_.substr(start, i - start);
        pos_ = i + 1;
        if (!escaped) return raw;
        scratch_iri_.clear();
        for (std::size_t k = 0; k < raw.size(); ++k) {
            if (raw[k] != '\\') {
                scratch_iri_.push_back(raw[k]);
                continue;
            }
            char32_t cp = unicode_escape(start + k);
            if (forbidden_in_iri(cp)) fail_at(start + k, "the escape \\" + std::string(raw.substr(k + 1, 1)) + " gives a character not allowed in an IRI");
            text::append_utf8(scratch_iri_, cp);
            k += raw[k + 1] == 'u' ? 5 : 9;
        }
        return scratch_iri_;
    }

    /// The code point of a \uXXXX or \UXXXXXXXX escape at `at` (the backslash).
    char32_t unicode_escape(std::size_t at) const {
        char kind = at + 1 < line_.size() ? line_[at + 1] : '\0';
        std::size_t digits = kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
        if (digits == 0) fail_at(at, "invalid escape in an IRI (only \\u and \\U are allowed)");
        char32_t cp = 0;
        for (std::size_t k = 0; k < digits; ++k) {
            int h = at + 2 + k < line_.size() ? hex_value(static_cast<unsigned char>(line_[at + 2 + k])) : -1;
            if (h < 0) fail_at(at, std::string("\\") + kind + " needs " + std::to_string(digits) + " hexadecimal digits");
            cp = cp << 4 | static_cast<char32_t>(h);
        }
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) fail_at(at, "the escape is not a Unicode character");
        return cp;
    }

    /// BLANK_NODE_LABEL; `pos_` is on '_'.
    store::TermId blank() {
        const std::size_t start = pos_;
        if (pos_ + 1 >= line_.size() || line_[pos_ + 1] != ':') fail("expected '_:' to start a blank node");
        pos_ += 2;
        const std::size_t label_start = pos_;
        std::size_t last_non_dot = pos_;
        while (pos_ < line_.size()) {
            auto c = static_cast<unsigned char>(line_[pos_]);
            bool first = pos_ == label_start;
            if (c < 0x80) {
                bool ok = is_alpha(c) || is_digit(c) || c == '_' || (!first && (c == '-' || c == '.'));
                if (!ok) break;
                ++pos_;
                if (c != '.') last_non_dot = pos_;
            } else {
                char32_t cp;
                std::size_t n = text::decode_utf8(line_, pos_, cp);
                if (n == 0 || !(first ? is_name_start_cp(cp) : is_name_cp(cp))) break;
                pos_ += n;
                last_non_dot = pos_;
            }
        }
        pos_ = last_non_dot;  // a label does not end with '.': that is the end of the statement
        if (pos_ == label_start) fail_at(start, "empty blank node label");
        return store_.intern_blank(line_.substr(label_start, pos_ - label_start));
    }

    /// STRING_LITERAL_QUOTE with its language tag or datatype; `pos_` is on '"'.
    store::TermId literal() {
        const std::size_t start = ++pos_;
        std::size_t i = start;
        bool escaped = false;
        for (;; ++i) {
            if (i >= line_.size()) fail_at(start - 1, "unterminated string (no closing '\"' on this line)");
            char c = line_[i];
            if (c == '"') break;
            if (c == '\\') {
                escaped = true;
                ++i;
            } else if (c == '\r') {
                pos_ = i;
                fail("carriage return in a string (write it as \\r)");
            }
        }
        std::string_view lexical = line_.substr(start, i - start);
        pos_ = i + 1;
        if (escaped) lexical = unescape_string(lexical, start);
        if (at('@')) {
            const std::size_t tag_start = ++pos_;
            while (pos_ < line_.size() && is_alpha(static_cast<unsigned char>(line_[pos_]))) ++pos_;
            if (pos_ == tag_start) fail("expected a language tag after '@'");
            while (at('-')) {
                std::size_t sub = ++pos_;
                while (pos_ < line_.size() && (is_alpha(static_cast<unsigned char>(line_[pos_])) || is_digit(static_cast<unsigned char>(line_[pos_])))) ++pos_;
                if (pos_ == sub) fail("expected letters or digits after '-' in a language tag");
            }
            std::string_view tag = line_.substr(tag_start, pos_ - tag_start);
            if (tag.size() > 255) fail_at(tag_start, "language tag longer than 255 characters");
            return store_.intern_literal(lexical, {}, tag);
        }
        if (at('^')) {
            if (pos_ + 1 >= line_.size() || line_[pos_ + 1] != '^') fail("expected '^^' before a datatype");
            pos_ += 2;
            if (!at('<')) fail("expected a datatype IRI after '^^'");
            const std::size_t dt_start = pos_;
            std::string_view datatype = iri_text();
            if (!has_scheme(datatype)) fail_at(dt_start, "relative datatype IRI <" + std::string(datatype) + ">");
            if (datatype == rdf::rdf_ns::lang_string().str()) fail_at(dt_start, "rdf:langString needs a language tag");
            // the datatype may live in scratch_iri_; intern_literal copies what it keeps
            return store_.intern_literal(lexical, datatype, {});
        }
        return store_.intern_literal(lexical, {}, {});
    }

    /// The lexical form of a string with escapes (ECHAR, UCHAR); `offset` is its start in the line.
    std::string_view unescape_string(std::string_view raw, std::size_t offset) {
        scratch_literal_.clear();
        for (std::size_t k = 0; k < raw.size(); ++k) {
            char c = raw[k];
            if (c != '\\') {
                scratch_literal_.push_back(c);
                continue;
            }
            char e = raw[k + 1];  // the scan guarantees a character after a backslash
            switch (e) {
                case 't': scratch_literal_ += '\t'; break;
                case 'b': scratch_literal_ += '\b'; break;
                case 'n': scratch_literal_ += '\n'; break;
                case 'r': scratch_literal_ += '\r'; break;
                case 'f': scratch_literal_ += '\f'; break;
                case '"': scratch_literal_ += '"'; break;
                case '\'': scratch_literal_ += '\''; break;
                case '\\': scratch_literal_ += '\\'; break;
                case 'u':
                case 'U': {
                    text::append_utf8(scratch_literal_, unicode_escape(offset + k));
                    k += e == 'u' ? 4 : 8;
                    break;
                }
                default: fail_at(offset + k, std::string("unknown escape \\") + e + " in a string");
            }
            ++k;
        }
        return scratch_literal_;
    }

    store::Store& store_;
    const bool quads_;
    std::string_view line_;
    std::size_t pos_ = 0;
    std::string scratch_iri_, scratch_literal_;
    Cache subject_cache_, predicate_cache_, object_cache_, graph_cache_;
};

}  // namespace

void read_ntriples(std::istream& in, GraphFormat format, const std::string& origin, store::Store& store) {
    LineParser parser(store, format == GraphFormat::NQuads);
    std::string buffer(kBlock, '\0');
    std::size_t begin = 0, end = 0;  // unparsed bytes of the buffer
    std::uint32_t line_number = 1;
    bool eof = false, first_block = true;

    auto error_at = [&](std::string_view line, std::size_t offset, const std::string& message) {
        LineIndex index(line);
        return ParseError(origin, line_number, index.column_of(offset), message);
    };
    auto parse_line = [&](std::string_view line) {
        if (std::size_t bad = invalid_utf8_at(line); bad != std::string_view::npos) {
            throw error_at(line, bad, invalid_utf8_message(static_cast<unsigned char>(line[bad])));
        }
        try {
            parser.parse(line);
        } catch (const LineError& e) {
            throw error_at(line, e.offset, e.message);
        }
    };

    while (!eof) {
        // keep the unparsed tail (a partial line) at the front and fill the rest
        if (begin > 0) {
            std::memmove(buffer.data(), buffer.data() + begin, end - begin);
            end -= begin;
            begin = 0;
        }
        if (end == buffer.size()) buffer.resize(buffer.size() * 2);  // a line longer than the buffer
        in.read(buffer.data() + end, static_cast<std::streamsize>(buffer.size() - end));
        end += static_cast<std::size_t>(in.gcount());
        if (in.bad()) throw ParseError(origin, 0, 0, "read error");
        eof = in.eof() || in.gcount() == 0;
        if (first_block) {
            first_block = false;
            if (end >= 3 && std::memcmp(buffer.data(), "\xEF\xBB\xBF", 3) == 0) begin = 3;  // a byte order mark is not content
        }
        for (;;) {
            const char* nl = static_cast<const char*>(std::memchr(buffer.data() + begin, '\n', end - begin));
            if (!nl) break;
            auto stop = static_cast<std::size_t>(nl - buffer.data());
            parse_line(std::string_view(buffer.data() + begin, stop - begin));
            begin = stop + 1;
            ++line_number;
        }
        if (eof && begin < end) {
            parse_line(std::string_view(buffer.data() + begin, end - begin));
            begin = end;
        }
    }
}

}  // namespace readout::io::detail
