#pragma once
// Internal helpers of the io stage, shared by the Raptor, JSON-LD and DOT code. Not installed.

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "readout/io/errors.hpp"
#include "readout/io/graph_io.hpp"
#include "readout/rdf/escape.hpp"
#include "readout/rdf/term.hpp"
#include "readout/store/store.hpp"

namespace readout::io::detail {

/// Bytes the direct writers (N-Triples, N-Quads, Turtle) buffer before one write to the stream.
inline constexpr std::size_t kWriteBufferBytes = std::size_t{1} << 20;

/// rdf::append_escaped_iri, with a fast path: an IRI whose bytes are all printable ASCII that an
/// IRIREF holds as is (nearly every IRI) is appended in one copy; the rest go to rdf/escape.
void append_iri_escaped(std::string& out, std::string_view iri, rdf::EscapeStyle style);

/// Maps byte offsets of a text to 1-based line and column (columns count code points).
class LineIndex {
public:
    explicit LineIndex(std::string_view text);
    /// Line (1-based) of a byte offset.
    [[nodiscard]] std::uint32_t line_of(std::size_t offset) const;
    /// Column (1-based, in code points) of a byte offset.
    [[nodiscard]] std::uint32_t column_of(std::size_t offset) const;
    /// Line and column of a byte offset; the end of a text that ends with a newline counts as
    /// the end of its last line.
    [[nodiscard]] std::pair<std::uint32_t, std::uint32_t> locate(std::size_t offset) const;
    /// Number of lines (a final newline does not start a new line).
    [[nodiscard]] std::uint32_t line_count() const;
    /// The text of a 1-based line, without its newline.
    [[nodiscard]] std::string_view line_text(std::uint32_t line) const;
    /// Column (1-based, code points) of a 0-based byte column within a line.
    [[nodiscard]] std::uint32_t column_from_byte(std::uint32_t line, std::size_t byte_column) const;

private:
    std::string_view text_;
    std::vector<std::size_t> starts_;
};

/// Throws ParseError at the first invalid UTF-8 sequence of `text`.
void check_utf8(std::string_view text, const LineIndex& lines, const std::string& origin);

/// The byte offset of the first invalid UTF-8 sequence of `text`, or npos when it is valid.
[[nodiscard]] std::size_t invalid_utf8_at(std::string_view text) noexcept;

/// The message for invalid UTF-8 at `byte`: "invalid UTF-8 (byte 0xC3)".
[[nodiscard]] std::string invalid_utf8_message(unsigned char byte);

/// Quads read from one document, kept apart until the whole document parsed. Blank nodes are
/// document-local: labelled ones keep their label unless the store already has it, anonymous
/// ones get fresh labels that clash with nothing.
class PendingQuads {
public:
    /// A blank node written with a label in the document.
    rdf::Term labelled_blank(std::string_view label);
    /// A blank node without a label (a fresh one per call).
    rdf::Term anonymous_blank();
    /// The unlabelled blank node a parser identifies by `parser_id` (the same node for the same id).
    rdf::Term anonymous_blank_for(std::string_view parser_id);
    /// Records a quad.
    void add(rdf::Term subject, rdf::Iri predicate, rdf::Term object, std::optional<rdf::Iri> graph);
    /// Number of quads recorded.
    [[nodiscard]] std::size_t size() const noexcept { return quads_.size(); }
    /// Adds every quad to the store, renaming blank nodes as described above.
    void commit(store::Store& store);

private:
    struct Quad {
        rdf::Term s;
        rdf::Iri p;
        rdf::Term o;
        std::optional<rdf::Iri> g;
    };
    std::vector<Quad> quads_;
    std::uint64_t anonymous_ = 0;
};

/// Blank-node labels for one output: labels safe in N-Triples, Turtle and JSON-LD
/// ([A-Za-z_][A-Za-z0-9_-]*, but not Raptor's genidN) are kept, others get fresh "bN" labels
/// unique in the output.
class BlankLabels {
public:
    explicit BlankLabels(const store::Store& store);
    /// The output label of a blank-node term id.
    [[nodiscard]] const std::string& label(store::TermId id) const;

private:
    std::unordered_map<store::TermId, std::string> labels_;
};

/// True when `label` can be written as `_:label` in N-Triples, N-Quads and Turtle as Raptor reads them.
[[nodiscard]] bool is_safe_blank_label(std::string_view label) noexcept;

/// `s` with ASCII letters lower-cased (for extensions and format names).
[[nodiscard]] std::string lower_ascii(std::string_view s);

/// Reads a whole document held in memory (JSON-LD with read_jsonld, the other syntaxes with
/// Raptor's parsers) and adds its quads to `store` once it has all parsed.
void read_document(std::string_view text, GraphFormat format, const std::string& origin, store::Store& store);

// ---- the format back ends
/// Turtle in the layout of Raptor's Turtle serializer, written directly (turtle_writer.cpp).
void write_turtle(const store::Store& store, std::ostream& out);
/// Turtle, N-Triples or N-Quads through Raptor's parsers.
void read_raptor(std::string_view text, GraphFormat format, const std::string& origin, const LineIndex& lines,
                 PendingQuads& quads);
/// N-Triples (the distinct triples) or N-Quads (every quad), in the store's order, ASCII-escaped.
void write_ntriples(const store::Store& store, GraphFormat format, std::ostream& out);
void write_jsonld(const store::Store& store, std::ostream& out);
/// Reads N-Triples or N-Quads from `in` in blocks, adding each statement to `store` as it is parsed
/// (blank node labels as written). On a ParseError the store holds the statements before the bad
/// line: read_graph parses into a staging store for that reason.
void read_ntriples(std::istream& in, GraphFormat format, const std::string& origin, store::Store& store);
void read_jsonld(std::string_view text, const std::string& origin, const LineIndex& lines, PendingQuads& quads);

}  // namespace readout::io::detail
