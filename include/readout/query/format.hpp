#pragma once
/// \file
/// Rendering a Result as a terminal table, JSON, TSV or CSV.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "readout/query/result.hpp"

namespace readout::query {

/// The output formats of format_result.
enum class OutputFormat { Table, Json, Tsv, Csv };

/// The format named "table", "json", "tsv" or "csv" (case-insensitive), if any.
[[nodiscard]] std::optional<OutputFormat> parse_output_format(std::string_view name);

/// Renders a result.
/// - Table: aligned columns (UTF-8 display widths), the label column headed by
///   Result::answer_column, the IRI last; with evidence, indented evidence lines under each row.
///   A result that is not Ok renders as its message, followed by the candidates.
/// - Json: an array with one object per row: "label", "iri", one key per column, and
///   "evidence": [{"article","sentence","start","end"}] when `with_evidence`.
/// - Tsv: header "label\tiri\t<columns>"; tab, newline, carriage return and backslash in values
///   are written `\t`, `\n`, `\r`, `\\`.
/// - Csv: RFC 4180 quoting (fields with `,` `"` CR LF or edge spaces are quoted, `"` doubled).
/// For Tsv and Csv with evidence, four columns evidence_article, evidence_sentence,
/// evidence_start, evidence_end are added and a row is repeated once per evidence.
/// Json, Tsv and Csv of a result that is not Ok hold no rows (the caller reports the message).
/// Every line ends with "\n"; invalid UTF-8 in values is replaced by U+FFFD.
[[nodiscard]] std::string format_result(const Result& result, OutputFormat format, bool with_evidence);

/// Columns of display on a terminal taken by UTF-8 text: East Asian wide and full-width
/// characters count 2, combining marks and zero-width characters 0, invalid bytes 1 each.
[[nodiscard]] std::size_t display_width(std::string_view text);

}  // namespace readout::query
