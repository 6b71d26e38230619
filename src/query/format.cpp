#include "readout/query/format.hpp"

#include <algorithm>

#include "readout/rdf/escape.hpp"
#include "readout/text/unicode.hpp"

namespace readout::query {
namespace {

bool in(char32_t cp, char32_t lo, char32_t hi) { return cp >= lo && cp <= hi; }

/// Terminal columns of one code point (after wcwidth: wide East Asian 2, marks 0).
std::size_t cp_width(char32_t cp) {
    if (cp == 0) return 0;
    if (cp < 0x20 || in(cp, 0x7F, 0x9F)) return 0;
    if (in(cp, 0x0300, 0x036F) || in(cp, 0x0483, 0x0489) || in(cp, 0x0591, 0x05BD) || in(cp, 0x0610, 0x061A) ||
        in(cp, 0x064B, 0x065F) || in(cp, 0x0E31, 0x0E31) || in(cp, 0x0E34, 0x0E3A) || in(cp, 0x0E47, 0x0E4E) ||
        in(cp, 0x1AB0, 0x1AFF) || in(cp, 0x1DC0, 0x1DFF) || in(cp, 0x200B, 0x200F) || in(cp, 0x2028, 0x202E) ||
        in(cp, 0x2060, 0x2064) || in(cp, 0x20D0, 0x20FF) || in(cp, 0xFE00, 0xFE0F) || in(cp, 0xFE20, 0xFE2F) ||
        cp == 0xFEFF || in(cp, 0xE0100, 0xE01EF))
        return 0;
    if (in(cp, 0x1100, 0x115F) || in(cp, 0x231A, 0x231B) || in(cp, 0x2329, 0x232A) || in(cp, 0x2E80, 0x303E) ||
        in(cp, 0x3041, 0x33FF) || in(cp, 0x3400, 0x4DBF) || in(cp, 0x4E00, 0x9FFF) || in(cp, 0xA000, 0xA4CF) ||
        in(cp, 0xA960, 0xA97F) || in(cp, 0xAC00, 0xD7A3) || in(cp, 0xF900, 0xFAFF) || in(cp, 0xFE10, 0xFE19) ||
        in(cp, 0xFE30, 0xFE6F) || in(cp, 0xFF00, 0xFF60) || in(cp, 0xFFE0, 0xFFE6) || in(cp, 0x1F300, 0x1F64F) ||
        in(cp, 0x1F900, 0x1F9FF) || in(cp, 0x20000, 0x2FFFD) || in(cp, 0x30000, 0x3FFFD))
        return 2;
    return 1;
}

/// Cell text for a terminal: valid UTF-8, line breaks and tabs as spaces, other controls as U+FFFD.
/// One pass; printable ASCII (most cells) is copied in runs without decoding.
std::string clean_cell(std::string_view s) {
    static constexpr std::string_view replacement = "\xEF\xBF\xBD";
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t j = i;
        while (j < s.size() && static_cast<unsigned char>(s[j]) >= 0x20 && static_cast<unsigned char>(s[j]) < 0x7F) ++j;
        out.append(s.substr(i, j - i));
        if (j == s.size()) break;
        i = j;
        char32_t cp = 0;
        const std::size_t n = text::decode_utf8(s, i, cp);
        if (n == 0) {  // not UTF-8: one byte becomes U+FFFD, as rdf::sanitize_utf8 does
            out += replacement;
            ++i;
            continue;
        }
        if (cp == '\t' || cp == '\n' || cp == '\r') out += ' ';
        else if (cp < 0x20 || in(cp, 0x7F, 0x9F)) out += replacement;
        else out.append(s.substr(i, n));
        i += n;
    }
    return out;
}

void pad_to(std::string& out, std::string_view cell, std::size_t width) {
    out += cell;
    for (std::size_t w = display_width(cell); w < width; ++w) out += ' ';
}

/// Appends aligned lines for a grid of cells (first row = header), with a dashed rule under it.
void render_grid(std::string& out, const std::vector<std::vector<std::string>>& grid, std::string_view indent,
                 const std::vector<std::vector<std::string>>* after_row = nullptr) {
    if (grid.empty()) return;
    std::vector<std::size_t> widths(grid.front().size(), 0);
    for (const auto& row : grid)
        for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], display_width(row[c]));
    auto line = [&](const std::vector<std::string>& row) {
        std::string l(indent);
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (c + 1 == row.size()) l += row[c];
            else {
                pad_to(l, row[c], widths[c]);
                l += "  ";
            }
        }
        while (!l.empty() && l.back() == ' ') l.pop_back();
        out += l + "\n";
    };
    line(grid.front());
    std::string rule(indent);
    for (std::size_t c = 0; c < widths.size(); ++c) {
        rule += std::string(std::max<std::size_t>(widths[c], 1), '-');
        if (c + 1 < widths.size()) rule += "  ";
    }
    out += rule + "\n";
    for (std::size_t r = 1; r < grid.size(); ++r) {
        line(grid[r]);
        if (after_row)
            for (const auto& extra : (*after_row)[r - 1]) out += extra + "\n";
    }
}

std::string format_table(const Result& result, bool with_evidence) {
    std::string out;
    if (result.status != Status::Ok) {
        out += clean_cell(result.message) + "\n";
        if (!result.candidates.empty()) {
            std::vector<std::vector<std::string>> grid{{"candidate", "type", "iri"}};
            for (const auto& c : result.candidates)
                grid.push_back({clean_cell(c.label), clean_cell(c.type), clean_cell(c.iri)});
            render_grid(out, grid, "  ");
        }
        return out;
    }
    const bool show_iri = result.form != "pattern";
    std::vector<std::vector<std::string>> grid;
    std::vector<std::string> header{result.answer_column.empty() ? "label" : clean_cell(result.answer_column)};
    for (const auto& c : result.columns) header.push_back(clean_cell(c));
    if (show_iri) header.emplace_back("iri");
    grid.push_back(std::move(header));
    std::vector<std::vector<std::string>> evidence_lines;
    for (const auto& row : result.rows) {
        std::vector<std::string> cells{clean_cell(row.label)};
        for (std::size_t c = 0; c < result.columns.size(); ++c)
            cells.push_back(c < row.values.size() ? clean_cell(row.values[c]) : std::string{});
        if (show_iri) cells.push_back(clean_cell(row.iri));
        grid.push_back(std::move(cells));
        std::vector<std::string> lines;
        if (with_evidence) {
            for (const auto& e : row.evidence) {
                std::string l = "    <- " + clean_cell(e.article);
                if (!e.sentence.empty() || e.end > 0)
                    l += " [" + std::to_string(e.start) + "-" + std::to_string(e.end) + "] \"" + clean_cell(e.sentence) +
                         "\"";
                lines.push_back(std::move(l));
            }
        }
        evidence_lines.push_back(std::move(lines));
    }
    render_grid(out, grid, "", &evidence_lines);
    return out;
}

void json_string(std::string& out, std::string_view s) {
    const std::string valid = rdf::sanitize_utf8(s);
    out += '"';
    for (char ch : valid) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (c < 0x20 || c == 0x7F) {
                    static const char* hex = "0123456789abcdef";
                    out += "\\u00";
                    out += hex[c >> 4];
                    out += hex[c & 0xF];
                } else {
                    out += ch;
                }
        }
    }
    out += '"';
}

std::string format_json(const Result& result, bool with_evidence) {
    if (result.status != Status::Ok || result.rows.empty()) return "[]\n";
    std::string out = "[\n";
    for (std::size_t r = 0; r < result.rows.size(); ++r) {
        const Row& row = result.rows[r];
        out += "  {\"label\": ";
        json_string(out, row.label);
        out += ", \"iri\": ";
        if (row.iri.empty()) out += "null";
        else json_string(out, row.iri);
        for (std::size_t c = 0; c < result.columns.size(); ++c) {
            out += ", ";
            json_string(out, result.columns[c]);
            out += ": ";
            json_string(out, c < row.values.size() ? row.values[c] : std::string{});
        }
        if (with_evidence) {
            out += ", \"evidence\": [";
            for (std::size_t e = 0; e < row.evidence.size(); ++e) {
                const Evidence& ev = row.evidence[e];
                out += e ? ", {\"article\": " : "{\"article\": ";
                json_string(out, ev.article);
                out += ", \"sentence\": ";
                json_string(out, ev.sentence);
                out += ", \"start\": " + std::to_string(ev.start) + ", \"end\": " + std::to_string(ev.end) + "}";
            }
            out += "]";
        }
        out += r + 1 < result.rows.size() ? "},\n" : "}\n";
    }
    out += "]\n";
    return out;
}

std::string tsv_field(std::string_view s) {
    const std::string valid = rdf::sanitize_utf8(s);
    std::string out;
    for (char c : valid) {
        switch (c) {
            case '\t': out += "\\t"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\\': out += "\\\\"; break;
            default: out += c;
        }
    }
    return out;
}

std::string csv_field(std::string_view s) {
    const std::string valid = rdf::sanitize_utf8(s);
    const bool quote = valid.find_first_of(",\"\r\n") != std::string::npos ||
                       (!valid.empty() && (valid.front() == ' ' || valid.back() == ' '));
    if (!quote) return valid;
    std::string out = "\"";
    for (char c : valid) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string format_delimited(const Result& result, bool with_evidence, bool csv) {
    const char sep = csv ? ',' : '\t';
    auto field = [csv](std::string_view s) { return csv ? csv_field(s) : tsv_field(s); };
    std::vector<std::string> header{"label", "iri"};
    header.insert(header.end(), result.columns.begin(), result.columns.end());
    if (with_evidence)
        for (const char* h : {"evidence_article", "evidence_sentence", "evidence_start", "evidence_end"})
            header.emplace_back(h);
    auto line = [&](const std::vector<std::string>& cells) {
        std::string l;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            if (c) l += sep;
            l += field(cells[c]);
        }
        return l + "\n";
    };
    std::string out = line(header);
    if (result.status != Status::Ok) return out;
    for (const auto& row : result.rows) {
        std::vector<std::string> cells{row.label, row.iri};
        for (std::size_t c = 0; c < result.columns.size(); ++c)
            cells.push_back(c < row.values.size() ? row.values[c] : std::string{});
        if (!with_evidence) {
            out += line(cells);
            continue;
        }
        if (row.evidence.empty()) {
            cells.insert(cells.end(), 4, std::string{});
            out += line(cells);
            continue;
        }
        for (const auto& e : row.evidence) {
            auto full = cells;
            full.push_back(e.article);
            full.push_back(e.sentence);
            full.push_back(std::to_string(e.start));
            full.push_back(std::to_string(e.end));
            out += line(full);
        }
    }
    return out;
}

}  // namespace

std::size_t display_width(std::string_view s) {
    std::size_t width = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        const auto byte = static_cast<unsigned char>(s[i]);
        if (byte < 0x80) {  // ASCII: printable is one column, controls none
            width += byte >= 0x20 && byte != 0x7F ? 1 : 0;
            ++i;
            continue;
        }
        char32_t cp = 0;
        std::size_t n = text::decode_utf8(s, i, cp);
        if (n == 0) {
            ++width;  // shown as a replacement character
            ++i;
            continue;
        }
        width += cp_width(cp);
        i += n;
    }
    return width;
}

std::optional<OutputFormat> parse_output_format(std::string_view name) {
    std::string n(name);
    for (char& c : n)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (n == "table") return OutputFormat::Table;
    if (n == "json") return OutputFormat::Json;
    if (n == "tsv") return OutputFormat::Tsv;
    if (n == "csv") return OutputFormat::Csv;
    return std::nullopt;
}

std::string format_result(const Result& result, OutputFormat format, bool with_evidence) {
    switch (format) {
        case OutputFormat::Table: return format_table(result, with_evidence);
        case OutputFormat::Json: return format_json(result, with_evidence);
        case OutputFormat::Tsv: return format_delimited(result, with_evidence, false);
        case OutputFormat::Csv: return format_delimited(result, with_evidence, true);
    }
    return {};
}

}  // namespace readout::query
