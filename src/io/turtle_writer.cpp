// Turtle, written without Raptor in the layout Raptor's Turtle serializer used (byte for byte on
// graphs it wrote faithfully): the prefixes, then the subjects (IRIs in byte order, then blank
// nodes by label), each with its predicate-object pairs sorted (IRIs, then literals, then blank
// nodes), objects of one predicate joined by ", ", predicates by " ;", `rdf:type` as `a`, and every
// blank node that exactly one triple refers to nested as `[ ... ]` inside it.
//
// Where Raptor's output changed the graph this writer stays faithful instead: numbers and booleans
// are written bare only in forms that read back the same, controls are escaped (rdf/escape), a
// blank node on a loop of single references is labelled rather than lost, and lists are plain
// rdf:first / rdf:rest statements. Terms are read as views and written into a large buffer; the
// only per-graph memory is a byte per term, the sorted subject list and the blank node labels.

#include <algorithm>
#include <cstring>
#include <ostream>
#include <unordered_map>

#include "detail.hpp"
#include "readout/rdf/escape.hpp"
#include "readout/rdf/vocabulary.hpp"

namespace readout::io::detail {
namespace {

/// Blank nodes nested deeper than this are written at the top level with their label instead
/// (bounds the writer's recursion on long chains).
constexpr std::uint32_t kMaxNesting = 64;

using TermKind = store::Store::TermView::Kind;  // not `Kind`: json::Kind shares this namespace in a unity build
using TermView = store::Store::TermView;

/// Compares the strings a1+a2 and b1+b2 byte by byte (unsigned), without joining them.
int compare_joined(std::string_view a1, std::string_view a2, std::string_view b1, std::string_view b2) noexcept {
    for (;;) {
        if (a1.empty()) std::swap(a1, a2);
        if (b1.empty()) std::swap(b1, b2);
        if (a1.empty() || b1.empty()) return static_cast<int>(!a1.empty()) - static_cast<int>(!b1.empty());
        const std::size_t n = std::min(a1.size(), b1.size());
        if (const int c = std::memcmp(a1.data(), b1.data(), n)) return c;
        a1.remove_prefix(n);
        b1.remove_prefix(n);
    }
}

int compare_bytes(std::string_view a, std::string_view b) noexcept { return compare_joined(a, {}, b, {}); }

/// Raptor's term order: IRIs, then literals (lexical form, then language, then datatype; a
/// missing one first), then blank nodes (by label).
int compare_terms(const TermView& a, const TermView& b, const std::string& a_label, const std::string& b_label) {
    auto rank = [](TermKind k) { return k == TermKind::Iri ? 0 : k == TermKind::Literal ? 1 : 2; };
    if (a.kind != b.kind) return rank(a.kind) - rank(b.kind);
    switch (a.kind) {
        case TermKind::Iri: return compare_joined(a.iri_head, a.text, b.iri_head, b.text);
        case TermKind::Blank: return compare_bytes(a_label, b_label);
        case TermKind::Literal: break;
    }
    if (const int c = compare_bytes(a.text, b.text)) return c;
    auto optional_compare = [](std::string_view x, std::string_view y) {
        if (x.empty() || y.empty()) return static_cast<int>(!x.empty()) - static_cast<int>(!y.empty());
        return compare_bytes(x, y);
    };
    if (const int c = optional_compare(a.language, b.language)) return c;
    return optional_compare(a.datatype, b.datatype);
}

class TurtleWriter {
public:
    TurtleWriter(const store::Store& store, std::ostream& out)
        : store_(store), blanks_(store), out_(out), flags_(store.term_count(), 0) {
        buffer_.reserve(kWriteBufferBytes + 4096);
        std::size_t count = 0;
        const rdf::Prefix* table = rdf::prefixes(count);
        prefixes_.push_back({"rdf", rdf::ns::rdf});  // Raptor's Turtle writer always declared rdf: first
        for (std::size_t i = 0; i < count; ++i) {
            if (table[i].name != "rdf") prefixes_.push_back(table[i]);
        }
        rdf_type_ = std::string(rdf::ns::rdf) + "type";
        rdf_nil_ = std::string(rdf::ns::rdf) + "nil";
    }

    void write() {
        for (const rdf::Prefix& p : prefixes_) {
            buffer_ += "@prefix ";
            buffer_ += p.name;
            buffer_ += ": <";
            append_iri_escaped(buffer_, p.iri, rdf::EscapeStyle::Utf8);
            buffer_ += "> .\n";
        }
        buffer_ += '\n';
        count_roles();
        decide_nesting();
        for (store::TermId s : sorted_subjects()) top_level(s);
        flush();
    }

private:
    // flags_ per term id
    static constexpr std::uint8_t kSubject = 1;  // subject of some triple
    static constexpr std::uint8_t kOnceObject = 2;  // object of exactly one triple (blank nodes only)
    static constexpr std::uint8_t kManyObject = 4;  // object of two or more triples (blank nodes only)
    static constexpr std::uint8_t kNested = 8;  // written nested inside the one triple that refers to it

    struct Property {
        store::TermId predicate;
        store::TermId object;
        TermView p;
        TermView o;
    };

    bool blank(store::TermId id) const { return store_.term_view(id).kind == TermKind::Blank; }

    void count_roles() {
        store_.for_each_triple([&](const store::QuadIds& t) {
            flags_[t.subject] |= kSubject;
            if (!blank(t.object)) return;
            std::uint8_t& f = flags_[t.object];
            if (f & (kOnceObject | kManyObject)) {
                f = static_cast<std::uint8_t>((f & ~kOnceObject) | kManyObject);
            } else {
                f |= kOnceObject;
                referrer_[t.object] = t.subject;
            }
        });
    }

    /// A blank node that is a subject and the object of one triple is nested there, unless its
    /// chain of single referrers loops (no top-level subject would ever write it) or runs deeper
    /// than kMaxNesting: then it is written at the top level, labelled.
    void decide_nesting() {
        // depths: written at the top level; on the path being walked
        constexpr std::uint32_t kTop = 0, kVisiting = 0xFFFFFFFFu;
        constexpr std::size_t kNoLoop = static_cast<std::size_t>(-1);
        std::unordered_map<store::TermId, std::uint32_t> depth;  // nesting depth of each candidate
        auto candidate = [&](store::TermId id) {
            return (flags_[id] & (kSubject | kOnceObject | kManyObject)) == (kSubject | kOnceObject);
        };
        std::vector<store::TermId> path;
        for (const auto& entry : referrer_) {
            const store::TermId node = entry.first;
            if (!candidate(node) || depth.count(node)) continue;
            path.clear();
            store::TermId cur = node;
            std::uint32_t base = kTop;
            std::size_t loop_from = kNoLoop;  // where a loop of single references starts in path
            for (;;) {
                if (!candidate(cur)) break;  // written at the top level: its children start at depth 1
                auto it = depth.find(cur);
                if (it != depth.end()) {
                    if (it->second == kVisiting) {
                        loop_from = static_cast<std::size_t>(std::find(path.begin(), path.end(), cur) - path.begin());
                    } else {
                        base = it->second;
                    }
                    break;
                }
                depth.emplace(cur, kVisiting);
                path.push_back(cur);
                cur = referrer_.at(cur);
            }
            // Every node of a loop is labelled (which one would do depends on where the walk
            // started; all of them gives the same output whatever the order); what hangs off a loop
            // or a top-level node nests under it.
            for (std::size_t i = loop_from; i < path.size(); ++i) depth[path[i]] = kTop;
            for (std::size_t i = std::min(loop_from, path.size()); i-- > 0;) {
                std::uint32_t d = base + 1;
                if (d > kMaxNesting) d = kTop;
                depth[path[i]] = d;
                base = d;
            }
        }
        for (const auto& [node, d] : depth) {
            if (d != kTop && d != kVisiting) flags_[node] |= kNested;
        }
    }

    /// Subjects in Raptor's order: IRIs by their bytes, then blank nodes by label.
    std::vector<store::TermId> sorted_subjects() const {
        struct IriSubject {
            store::TermId id;
            std::string_view head, text;
        };
        std::vector<IriSubject> iris;
        std::vector<store::TermId> blanks;
        for (store::TermId id = 0; id < flags_.size(); ++id) {
            if (!(flags_[id] & kSubject)) continue;
            const TermView v = store_.term_view(id);
            if (v.kind == TermKind::Blank) {
                if (!(flags_[id] & kNested)) blanks.push_back(id);
            } else {
                iris.push_back({id, v.iri_head, v.text});
            }
        }
        std::sort(iris.begin(), iris.end(), [](const IriSubject& a, const IriSubject& b) {
            return compare_joined(a.head, a.text, b.head, b.text) < 0;
        });
        std::sort(blanks.begin(), blanks.end(),
                  [&](store::TermId a, store::TermId b) { return blanks_.label(a) < blanks_.label(b); });
        std::vector<store::TermId> out;
        out.reserve(iris.size() + blanks.size());
        for (const auto& s : iris) out.push_back(s.id);
        out.insert(out.end(), blanks.begin(), blanks.end());
        return out;
    }

    void top_level(store::TermId subject) {
        const TermView v = store_.term_view(subject);
        if (v.kind == TermKind::Blank) {
            if (flags_[subject] & (kOnceObject | kManyObject)) {
                buffer_ += "_:";
                buffer_ += blanks_.label(subject);
            } else {
                buffer_ += "[]";
            }
        } else {
            resource(v);
        }
        properties(subject, 1);
        buffer_ += " .\n\n";
        if (buffer_.size() >= kWriteBufferBytes) flush();
    }

    /// "\n" and the indent of a nesting level (Raptor's: four spaces a level).
    void newline(std::uint32_t level) {
        buffer_ += '\n';
        buffer_.append(4 * static_cast<std::size_t>(level), ' ');
    }

    void properties(store::TermId subject, std::uint32_t level) {
        if (props_.size() < level) props_.resize(level);
        std::vector<Property>& props = props_[level - 1];
        props.clear();
        for (const store::QuadIds& t : store_.match(store::Pattern{subject, store::kNoTerm, store::kNoTerm})) {
            props.push_back({t.predicate, t.object, store_.term_view(t.predicate), store_.term_view(t.object)});
        }
        auto label = [&](const Property& p) -> const std::string& {
            return p.o.kind == TermKind::Blank ? blanks_.label(p.object) : empty_;
        };
        std::sort(props.begin(), props.end(), [&](const Property& a, const Property& b) {
            if (a.predicate != b.predicate) {
                return compare_joined(a.p.iri_head, a.p.text, b.p.iri_head, b.p.text) < 0;
            }
            return compare_terms(a.o, b.o, label(a), label(b)) < 0;
        });
        // props_ may grow while nested blank nodes are written: index, do not hold references
        for (std::size_t i = 0; i < props_[level - 1].size(); ++i) {
            const Property p = props_[level - 1][i];
            if (i > 0 && props_[level - 1][i - 1].predicate == p.predicate) {
                buffer_ += ", ";
            } else {
                if (i > 0) buffer_ += " ;";
                newline(level);
                predicate(p.p);
                buffer_ += ' ';
            }
            object(p.object, p.o, level);
        }
    }

    void predicate(const TermView& v) {
        if (joined(v) == rdf_type_) {
            buffer_ += 'a';
        } else {
            iri(v);
        }
    }

    void object(store::TermId id, const TermView& v, std::uint32_t level) {
        switch (v.kind) {
            case TermKind::Iri: resource(v); return;
            case TermKind::Literal: literal(v); return;
            case TermKind::Blank: break;
        }
        if (flags_[id] & kNested) {
            buffer_ += '[';
            properties(id, level + 1);
            newline(level);
            buffer_ += ']';
        } else {
            buffer_ += "_:";
            buffer_ += blanks_.label(id);
        }
    }

    /// A subject or object IRI: rdf:nil as `( )`, as Raptor wrote it.
    void resource(const TermView& v) {
        if (joined(v) == rdf_nil_) {
            buffer_ += "( )";
        } else {
            iri(v);
        }
    }

    void literal(const TermView& v) {
        if (!v.datatype.empty() && rdf::is_bare_turtle_literal(v.text, v.datatype)) {
            buffer_ += v.text;
            return;
        }
        rdf::append_turtle_string(buffer_, v.text);
        if (!v.language.empty()) {
            buffer_ += '@';
            buffer_ += v.language;
        } else if (!v.datatype.empty()) {
            buffer_ += "^^";
            iri(TermView{TermKind::Iri, v.datatype, {}, {}, {}});
        }
    }

    /// An IRI as a prefixed name when a declared prefix covers it and the rest is a plain local
    /// name, else as `<IRI>`.
    void iri(const TermView& v) {
        const std::string& full = joined(v);
        for (const rdf::Prefix& p : prefixes_) {
            if (full.size() > p.iri.size() && full.starts_with(p.iri) &&
                rdf::is_plain_turtle_local_name(std::string_view(full).substr(p.iri.size()))) {
                buffer_ += p.name;
                buffer_ += ':';
                buffer_.append(full, p.iri.size());
                return;
            }
        }
        buffer_ += '<';
        append_iri_escaped(buffer_, full, rdf::EscapeStyle::Utf8);
        buffer_ += '>';
    }

    /// The whole IRI of a view, in a scratch string reused between calls.
    const std::string& joined(const TermView& v) {
        scratch_.assign(v.iri_head);
        scratch_ += v.text;
        return scratch_;
    }

    void flush() {
        out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
        buffer_.clear();
        if (!out_) throw WriteError("", "output stream failed");
    }

    const store::Store& store_;
    BlankLabels blanks_;
    std::ostream& out_;
    std::vector<std::uint8_t> flags_;
    std::unordered_map<store::TermId, store::TermId> referrer_;  // blank node -> subject of the one triple naming it
    std::vector<rdf::Prefix> prefixes_;
    std::vector<std::vector<Property>> props_;  // one list per nesting level
    std::string rdf_type_, rdf_nil_;
    std::string buffer_, scratch_;
    const std::string empty_;
};

}  // namespace

void write_turtle(const store::Store& store, std::ostream& out) { TurtleWriter(store, out).write(); }

}  // namespace readout::io::detail
