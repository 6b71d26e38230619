// JSON-LD output: compact form with readout's context embedded inline, one node object per
// subject, a single default graph holding the union of all named graphs.

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <algorithm>
#include <ostream>
#include <unordered_map>

#include "detail.hpp"
#include "jsonld_context.hpp"
#include "readout/rdf/escape.hpp"
#include "readout/rdf/vocabulary.hpp"

namespace readout::io::detail {
namespace {

// RapidJSON 1.1's PrettyWriter cannot take write flags, so strings are made valid UTF-8 here
// (Emitter::string) instead of by kWriteValidateEncodingFlag.
using JsonWriter = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

class Emitter {
public:
    Emitter(const store::Store& store, std::ostream& out)
        : store_(store), ctx_(jsonld::readout_context()), blanks_(store), stream_(out), w_(stream_) {
        w_.SetIndent(' ', 2);
        w_.SetFormatOptions(rapidjson::kFormatSingleLineArray);
    }

    void run() {
        std::vector<store::QuadIds> triples = store_.triples();
        std::unordered_map<store::TermId, std::vector<std::size_t>> by_subject;
        std::vector<store::TermId> subjects;
        for (std::size_t i = 0; i < triples.size(); ++i) {
            auto [it, fresh] = by_subject.try_emplace(triples[i].subject);
            if (fresh) subjects.push_back(triples[i].subject);
            it->second.push_back(i);
        }
        std::sort(subjects.begin(), subjects.end(), [&](store::TermId a, store::TermId b) {
            const rdf::Term& ta = store_.term(a);
            const rdf::Term& tb = store_.term(b);
            if (ta.index() != tb.index()) return ta.index() < tb.index();
            return node_id(a) < node_id(b);
        });
        // node_id() caches, so the sort above filled the cache for every subject

        check(w_.StartObject());
        key("@context");
        copy(jsonld::readout_context_value());
        key("@graph");
        check(w_.StartArray());
        for (store::TermId s : subjects) node(s, triples, by_subject[s]);
        check(w_.EndArray());
        check(w_.EndObject());
        stream_.Flush();
    }

private:
    void check(bool ok) {
        if (!ok) throw WriteError("", "JSON-LD writer failed");
    }
    void key(std::string_view k) { check(w_.Key(k.data(), static_cast<rapidjson::SizeType>(k.size()), true)); }
    void string(std::string_view s) {
        std::string clean = rdf::is_valid_utf8(s) ? std::string(s) : rdf::sanitize_utf8(s);
        check(w_.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()), true));
    }

    /// Copies a parsed JSON value (the context) to the output.
    void copy(const json::Value& v) {
        switch (v.kind) {
            case json::Kind::Null: check(w_.Null()); break;
            case json::Kind::Bool: check(w_.Bool(v.boolean)); break;
            case json::Kind::Number:
                // RawValue, not RawNumber: RapidJSON 1.1 writes raw numbers as quoted strings.
                check(w_.RawValue(v.text.data(), v.text.size(), rapidjson::kNumberType));
                break;
            case json::Kind::String: string(v.text); break;
            case json::Kind::Array:
                check(w_.StartArray());
                for (const auto& item : v.items) copy(item);
                check(w_.EndArray());
                break;
            case json::Kind::Object:
                check(w_.StartObject());
                for (const auto& m : v.members) {
                    key(m.key);
                    copy(m.value.front());
                }
                check(w_.EndObject());
                break;
        }
    }

    /// The @id of a node: "_:label", a compact IRI with a context prefix, or the full IRI.
    const std::string& node_id(store::TermId id) {
        auto it = ids_.find(id);
        if (it != ids_.end()) return it->second;
        const rdf::Term& t = store_.term(id);
        std::string out;
        if (const auto* iri = std::get_if<rdf::Iri>(&t)) {
            out = ctx_.compact_iri(iri->str());
        } else if (rdf::is_blank(t)) {
            out = "_:" + blanks_.label(id);
        }
        return ids_.emplace(id, std::move(out)).first->second;
    }

    /// The key and term definition of a predicate (cached).
    const std::pair<std::string, const jsonld::TermDefinition*>& property(store::TermId p) {
        auto it = properties_.find(p);
        if (it != properties_.end()) return it->second;
        const std::string iri = std::get<rdf::Iri>(store_.term(p)).str();
        const auto* term = ctx_.property_term(iri);
        std::pair<std::string, const jsonld::TermDefinition*> entry =
            term ? std::pair{term->first, &term->second}
                 : std::pair<std::string, const jsonld::TermDefinition*>{ctx_.compact_iri(iri), nullptr};
        return properties_.emplace(p, std::move(entry)).first->second;
    }

    void node(store::TermId subject, const std::vector<store::QuadIds>& triples, const std::vector<std::size_t>& rows) {
        const rdf::Iri& type_iri = rdf::rdf_ns::type();
        std::vector<store::TermId> types;
        std::vector<store::TermId> predicates;  // first-appearance order
        std::unordered_map<store::TermId, std::vector<store::TermId>> values;
        for (std::size_t r : rows) {
            const auto& t = triples[r];
            const rdf::Term& p = store_.term(t.predicate);
            if (std::get<rdf::Iri>(p) == type_iri && !rdf::is_literal(store_.term(t.object))) {
                types.push_back(t.object);
                continue;
            }
            auto [it, fresh] = values.try_emplace(t.predicate);
            if (fresh) predicates.push_back(t.predicate);
            it->second.push_back(t.object);
        }

        check(w_.StartObject());
        key("@id");
        string(node_id(subject));
        if (!types.empty()) {
            key("@type");
            if (types.size() > 1) check(w_.StartArray());
            for (store::TermId t : types) {
                const rdf::Term& term = store_.term(t);
                if (const auto* iri = std::get_if<rdf::Iri>(&term)) {
                    string(ctx_.compact_vocab(iri->str()));
                } else {
                    string(node_id(t));
                }
            }
            if (types.size() > 1) check(w_.EndArray());
        }
        for (store::TermId p : predicates) {
            const auto& [name, def] = property(p);
            key(name);
            const auto& objects = values[p];
            if (objects.size() > 1) check(w_.StartArray());
            for (store::TermId o : objects) value(def, o);
            if (objects.size() > 1) check(w_.EndArray());
        }
        check(w_.EndObject());
    }

    void value(const jsonld::TermDefinition* def, store::TermId object) {
        const rdf::Term& t = store_.term(object);
        if (!rdf::is_literal(t)) {
            if (def && def->type == "@id") {
                string(node_id(object));
            } else {
                check(w_.StartObject());
                key("@id");
                string(node_id(object));
                check(w_.EndObject());
            }
            return;
        }
        const auto& lit = std::get<rdf::Literal>(t);
        if (!lit.language().empty()) {
            check(w_.StartObject());
            key("@value");
            string(lit.lexical());
            key("@language");
            string(lit.language());
            check(w_.EndObject());
            return;
        }
        bool plain = lit.datatype() == rdf::xsd::string();
        bool bare = plain ? (def == nullptr || (!def->type && !def->has_language))
                          : (def != nullptr && def->type == lit.datatype().str());
        if (bare) {
            string(lit.lexical());
            return;
        }
        check(w_.StartObject());
        key("@value");
        string(lit.lexical());
        if (!plain) {
            key("@type");
            string(ctx_.compact_vocab(lit.datatype().str()));
        }
        check(w_.EndObject());
    }

    const store::Store& store_;
    const jsonld::Context& ctx_;
    BlankLabels blanks_;
    std::unordered_map<store::TermId, std::string> ids_;
    std::unordered_map<store::TermId, std::pair<std::string, const jsonld::TermDefinition*>> properties_;
    rapidjson::OStreamWrapper stream_;
    JsonWriter w_;
};

}  // namespace

void write_jsonld(const store::Store& store, std::ostream& out) {
    Emitter(store, out).run();
    out << '\n';
    if (!out) throw WriteError("", "output stream failed");
}

}  // namespace readout::io::detail
