// N-Triples and N-Quads, written without Raptor: every term escaped by rdf/escape (ASCII style,
// which is what Raptor's serializers wrote) straight into a large buffer that goes to the stream
// in big writes.

#include <array>
#include <ostream>

#include "detail.hpp"
#include "readout/rdf/escape.hpp"

namespace readout::io::detail {

void append_iri_escaped(std::string& out, std::string_view iri, rdf::EscapeStyle style) {
    // ASCII an IRIREF holds as is: what rdf/escape copies unchanged (plain_in_iri there)
    static constexpr auto plain = [] {
        std::array<bool, 256> t{};
        for (int c = 0x21; c < 0x7F; ++c) t[static_cast<std::size_t>(c)] = true;
        for (char c : std::string_view("<>\"{}|^`\\")) t[static_cast<unsigned char>(c)] = false;
        return t;
    }();
    for (char c : iri)
        if (!plain[static_cast<unsigned char>(c)]) return rdf::append_escaped_iri(out, iri, style);
    out.append(iri);
}

namespace {

constexpr auto kStyle = rdf::EscapeStyle::Ascii;

class LineWriter {
public:
    LineWriter(const store::Store& store, std::ostream& out) : store_(store), blanks_(store), out_(out) {
        buffer_.reserve(kWriteBufferBytes + 4096);
    }

    /// One statement; `graph` is kNoTerm for the default graph.
    void statement(const store::QuadIds& q) {
        term(q.subject);
        buffer_ += ' ';
        term(q.predicate);
        buffer_ += ' ';
        term(q.object);
        if (q.graph != store::kNoTerm) {
            buffer_ += ' ';
            term(q.graph);
        }
        buffer_ += " .\n";
        if (buffer_.size() >= kWriteBufferBytes) flush();
    }

    void flush() {
        out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
        buffer_.clear();
        if (!out_) throw WriteError("", "output stream failed");
    }

private:
    void iri(std::string_view head, std::string_view rest) {
        buffer_ += '<';
        append_iri_escaped(buffer_, head, kStyle);
        append_iri_escaped(buffer_, rest, kStyle);
        buffer_ += '>';
    }

    void term(store::TermId id) {
        const store::Store::TermView v = store_.term_view(id);
        switch (v.kind) {
            case store::Store::TermView::Kind::Iri: iri(v.iri_head, v.text); break;
            case store::Store::TermView::Kind::Blank:
                buffer_ += "_:";
                buffer_ += blanks_.label(id);
                break;
            case store::Store::TermView::Kind::Literal:
                buffer_ += '"';
                rdf::append_escaped_literal(buffer_, v.text, kStyle);
                buffer_ += '"';
                if (!v.language.empty()) {
                    buffer_ += '@';
                    buffer_ += v.language;
                } else if (!v.datatype.empty()) {
                    buffer_ += "^^";
                    iri(v.datatype, {});
                }
                break;
        }
    }

    const store::Store& store_;
    BlankLabels blanks_;
    std::ostream& out_;
    std::string buffer_;
};

}  // namespace

void write_ntriples(const store::Store& store, GraphFormat format, std::ostream& out) {
    LineWriter writer(store, out);
    if (format == GraphFormat::NQuads) {
        store.for_each_quad([&](const store::QuadIds& q) { writer.statement(q); });
    } else {
        store.for_each_triple([&](const store::QuadIds& t) { writer.statement(t); });
    }
    writer.flush();
}

}  // namespace readout::io::detail
