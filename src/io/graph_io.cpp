#include "readout/io/graph_io.hpp"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>
#include <unordered_set>

#include "detail.hpp"
#include "readout/io/dot.hpp"
#include "readout/io/graphml.hpp"
#include "readout/text/embedded_data.hpp"
#include "readout/text/unicode.hpp"

namespace readout::io {
namespace detail {

// ---- LineIndex

LineIndex::LineIndex(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') starts_.push_back(i + 1);
    }
}

std::uint32_t LineIndex::line_of(std::size_t offset) const {
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    return static_cast<std::uint32_t>(it - starts_.begin());
}

std::uint32_t LineIndex::column_of(std::size_t offset) const {
    std::uint32_t line = line_of(offset);
    std::size_t start = starts_[line - 1];
    return column_from_byte(line, std::min(offset, text_.size()) - start);
}

std::pair<std::uint32_t, std::uint32_t> LineIndex::locate(std::size_t offset) const {
    std::uint32_t line = line_of(offset);
    if (line > line_count()) {
        line = line_count();
        return {line, column_from_byte(line, line_text(line).size())};
    }
    return {line, column_of(offset)};
}

std::uint32_t LineIndex::line_count() const {
    if (text_.empty()) return 1;
    auto n = static_cast<std::uint32_t>(starts_.size());
    return text_.back() == '\n' ? n - 1 : n;
}

std::string_view LineIndex::line_text(std::uint32_t line) const {
    if (line == 0 || line > starts_.size()) return {};
    std::size_t start = starts_[line - 1];
    std::size_t end = line < starts_.size() ? starts_[line] - 1 : text_.size();
    return text_.substr(start, end - start);
}

std::uint32_t LineIndex::column_from_byte(std::uint32_t line, std::size_t byte_column) const {
    std::string_view t = line_text(line);
    std::uint32_t column = 1;
    std::size_t i = 0;
    while (i < byte_column && i < t.size()) {
        char32_t cp;
        std::size_t n = text::decode_utf8(t, i, cp);
        i += n == 0 ? 1 : n;
        ++column;
    }
    return column;
}

std::size_t invalid_utf8_at(std::string_view text) noexcept {
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        // ASCII runs, eight bytes at a time
        while (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, text.data() + i, 8);
            if (word & 0x8080808080808080ull) break;
            i += 8;
        }
        if (i == n) break;
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        char32_t cp;
        std::size_t len = text::decode_utf8(text, i, cp);
        if (len == 0) return i;
        i += len;
    }
    return std::string_view::npos;
}

void check_utf8(std::string_view text, const LineIndex& lines, const std::string& origin) {
    std::size_t i = invalid_utf8_at(text);
    if (i != std::string_view::npos) {
        throw ParseError(origin, lines.line_of(i), lines.column_of(i), invalid_utf8_message(static_cast<unsigned char>(text[i])));
    }
}

std::string invalid_utf8_message(unsigned char byte) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02X", byte);
    return std::string("invalid UTF-8 (byte ") + buf + ")";
}

// ---- PendingQuads

rdf::Term PendingQuads::labelled_blank(std::string_view label) { return rdf::BlankNode("u" + std::string(label)); }

rdf::Term PendingQuads::anonymous_blank() { return rdf::BlankNode("a" + std::to_string(anonymous_++)); }

rdf::Term PendingQuads::anonymous_blank_for(std::string_view parser_id) {
    return rdf::BlankNode("ar" + std::string(parser_id));
}

void PendingQuads::add(rdf::Term subject, rdf::Iri predicate, rdf::Term object, std::optional<rdf::Iri> graph) {
    quads_.push_back(Quad{std::move(subject), std::move(predicate), std::move(object), std::move(graph)});
}

void PendingQuads::commit(store::Store& store) {
    // Labels written in the document, which fresh labels must avoid.
    std::unordered_set<std::string> document_labels;
    auto note = [&](const rdf::Term& t) {
        if (const auto* b = std::get_if<rdf::BlankNode>(&t); b && b->label()[0] == 'u') {
            document_labels.insert(b->label().substr(1));
        }
    };
    for (const auto& q : quads_) {
        note(q.s);
        note(q.o);
    }
    std::unordered_map<std::string, std::string> renamed;  // internal key -> store label
    std::unordered_set<std::string> assigned;
    std::uint64_t counter = 0;
    auto taken = [&](const std::string& label) {
        return document_labels.count(label) || assigned.count(label) ||
               store.find(rdf::Term{rdf::BlankNode(label)}).has_value();
    };
    auto fresh = [&]() {
        std::string label;
        do {
            label = "b" + std::to_string(counter++);
        } while (taken(label));
        assigned.insert(label);
        return label;
    };
    auto map = [&](rdf::Term& t) {
        auto* b = std::get_if<rdf::BlankNode>(&t);
        if (!b) return;
        const std::string& key = b->label();
        auto it = renamed.find(key);
        if (it == renamed.end()) {
            std::string label;
            if (key[0] == 'u' && !store.find(rdf::Term{rdf::BlankNode(key.substr(1))})) {
                label = key.substr(1);
                assigned.insert(label);
            } else {
                label = fresh();
            }
            it = renamed.emplace(key, std::move(label)).first;
        }
        t = rdf::BlankNode(it->second);
    };
    for (auto& q : quads_) {
        map(q.s);
        map(q.o);
    }
    for (auto& q : quads_) {
        store.add(rdf::Triple{std::move(q.s), std::move(q.p), std::move(q.o)}, q.g);
    }
    quads_.clear();
}

void read_document(std::string_view text, GraphFormat format, const std::string& origin, store::Store& store) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a byte order mark is not content
    LineIndex lines(text);
    check_utf8(text, lines, origin);
    PendingQuads quads;
    if (format == GraphFormat::JsonLd) {
        read_jsonld(text, origin, lines, quads);
    } else {
        read_raptor(text, format, origin, lines, quads);
    }
    quads.commit(store);
}

// ---- BlankLabels

bool is_safe_blank_label(std::string_view label) noexcept {
    if (label.empty()) return false;
    // Raptor names unlabelled blank nodes genid1, genid2, ... when it reads, so such labels
    // would merge with them in Raptor-based readers (rapper, Redland).
    if (label.size() > 5 && label.substr(0, 5) == "genid" &&
        label.find_first_not_of("0123456789", 5) == std::string_view::npos) {
        return false;
    }
    auto alpha = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; };
    if (!alpha(label[0])) return false;
    for (char c : label) {
        if (!alpha(c) && !(c >= '0' && c <= '9') && c != '-') return false;
    }
    return true;
}

BlankLabels::BlankLabels(const store::Store& store) {
    std::unordered_set<std::string> kept;
    std::vector<store::TermId> unsafe;
    for (store::TermId id = 0; id < store.term_count(); ++id) {
        const store::Store::TermView v = store.term_view(id);
        if (v.kind != store::Store::TermView::Kind::Blank) continue;
        if (is_safe_blank_label(v.text)) {
            kept.emplace(v.text);
            labels_.emplace(id, std::string(v.text));
        } else {
            unsafe.push_back(id);
        }
    }
    std::uint64_t counter = 0;
    for (store::TermId id : unsafe) {
        std::string label;
        do {
            label = "b" + std::to_string(counter++);
        } while (kept.count(label));
        kept.insert(label);
        labels_.emplace(id, std::move(label));
    }
}

const std::string& BlankLabels::label(store::TermId id) const { return labels_.at(id); }

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

}  // namespace detail

// ---- formats

std::optional<GraphFormat> format_from_path(const std::filesystem::path& path) {
    std::string ext = detail::lower_ascii(path.extension().string());
    if (ext == ".ttl" || ext == ".turtle") return GraphFormat::Turtle;
    if (ext == ".nt") return GraphFormat::NTriples;
    if (ext == ".nq") return GraphFormat::NQuads;
    if (ext == ".jsonld" || ext == ".json-ld" || ext == ".json") return GraphFormat::JsonLd;
    if (ext == ".dot" || ext == ".gv") return GraphFormat::Dot;
    if (ext == ".graphml") return GraphFormat::GraphML;
    return std::nullopt;
}

std::optional<GraphFormat> format_from_name(std::string_view name) {
    std::string n = detail::lower_ascii(name);
    if (n == "turtle" || n == "ttl") return GraphFormat::Turtle;
    if (n == "ntriples" || n == "nt" || n == "n-triples") return GraphFormat::NTriples;
    if (n == "nquads" || n == "nq" || n == "n-quads") return GraphFormat::NQuads;
    if (n == "jsonld" || n == "json-ld") return GraphFormat::JsonLd;
    if (n == "dot" || n == "gv" || n == "graphviz") return GraphFormat::Dot;
    if (n == "graphml") return GraphFormat::GraphML;
    return std::nullopt;
}

std::string_view format_name(GraphFormat format) noexcept {
    switch (format) {
        case GraphFormat::Turtle: return "turtle";
        case GraphFormat::NTriples: return "ntriples";
        case GraphFormat::NQuads: return "nquads";
        case GraphFormat::JsonLd: return "jsonld";
        case GraphFormat::Dot: return "dot";
        case GraphFormat::GraphML: return "graphml";
    }
    return "?";
}

std::string_view format_extension(GraphFormat format) noexcept {
    switch (format) {
        case GraphFormat::Turtle: return ".ttl";
        case GraphFormat::NTriples: return ".nt";
        case GraphFormat::NQuads: return ".nq";
        case GraphFormat::JsonLd: return ".jsonld";
        case GraphFormat::Dot: return ".dot";
        case GraphFormat::GraphML: return ".graphml";
    }
    return "";
}

bool is_readable(GraphFormat format) noexcept { return format != GraphFormat::Dot && format != GraphFormat::GraphML; }

std::string_view jsonld_context_document() {
    auto file = text::embedded_file("context.jsonld");
    return file ? *file : std::string_view{};
}

void write_graph(const store::Store& store, GraphFormat format, std::ostream& out, const WriteOptions& options) {
    (void)options;
    switch (format) {
        case GraphFormat::Turtle: detail::write_turtle(store, out); break;
        case GraphFormat::NTriples:
        case GraphFormat::NQuads: detail::write_ntriples(store, format, out); break;
        case GraphFormat::JsonLd: detail::write_jsonld(store, out); break;
        case GraphFormat::Dot: write_actor_diagram(store, out); break;
        case GraphFormat::GraphML: write_graphml(store, out); break;
    }
    out.flush();
    if (!out) throw WriteError("", "output stream failed while writing " + std::string(format_name(format)));
}

void write_graph_file(const store::Store& store, GraphFormat format, const std::filesystem::path& path,
                      const WriteOptions& options) {
    write_file_atomically(path, [&](std::ostream& out) {
        try {
            write_graph(store, format, out, options);
        } catch (const WriteError& e) {
            if (!e.path.empty()) throw;
            throw WriteError(path.string(), e.message);
        }
    });
}

namespace {

/// True when `store` holds nothing but what every new store holds.
bool is_new(const store::Store& store) {
    static const std::size_t initial_terms = store::Store().term_count();
    return store.quad_count() == 0 && store.term_count() == initial_terms;
}

/// Adds the quads of `staging` (read from one document) to `store`, renaming blank nodes that
/// `store` already has, as PendingQuads does for the other readers.
void merge_document(const store::Store& staging, store::Store& store) {
    detail::PendingQuads quads;
    auto term = [&](store::TermId id) {
        rdf::Term t = staging.term(id);
        if (const auto* b = std::get_if<rdf::BlankNode>(&t)) return quads.labelled_blank(b->label());
        return t;
    };
    staging.for_each_quad([&](const store::QuadIds& q) {
        std::optional<rdf::Iri> graph;
        if (q.graph != store::kNoTerm) graph = std::get<rdf::Iri>(staging.term(q.graph));
        quads.add(term(q.subject), std::get<rdf::Iri>(staging.term(q.predicate)), term(q.object), std::move(graph));
    });
    quads.commit(store);
}

}  // namespace

void read_graph(std::istream& in, GraphFormat format, const std::string& origin, store::Store& store) {
    if (!is_readable(format)) {
        throw ParseError(origin, 0, 0, std::string(format_name(format)) + " files are views of the graph and cannot be read as RDF");
    }
    if (format == GraphFormat::NTriples || format == GraphFormat::NQuads) {
        // Streamed into a staging store, so a bad line leaves `store` as it was; a new store
        // (the usual case) is then replaced by it at no cost.
        store::Store staging;
        detail::read_ntriples(in, format, origin, staging);
        if (is_new(store)) store = std::move(staging);
        else merge_document(staging, store);
        return;
    }
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) throw ParseError(origin, 0, 0, "read error");
    detail::read_document(text, format, origin, store);
}

store::Store read_graph_file(const std::filesystem::path& path, std::optional<GraphFormat> format) {
    if (!format) format = format_from_path(path);
    if (!format) {
        throw ParseError(path.string(), 0, 0,
                         "cannot tell the format from the extension '" + path.extension().string() +
                             "' (use .ttl, .nt, .nq or .jsonld)");
    }
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) throw ParseError(path.string(), 0, 0, "is a directory");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ParseError(path.string(), 0, 0, "cannot open the file");
    store::Store store;
    read_graph(in, *format, path.string(), store);
    return store;
}

}  // namespace readout::io
