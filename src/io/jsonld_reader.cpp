// JSON-LD input: expansion straight to quads (JSON-LD 1.1 Expansion + Deserialize to RDF for the
// features listed in jsonld_context.hpp, plus @graph, @list, @set, @reverse, @included and
// native numbers and booleans). Reads readout's own output and generic expanded or compacted
// documents with inline contexts.

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "detail.hpp"
#include "jsonld_context.hpp"
#include "readout/rdf/vocabulary.hpp"

namespace readout::io::detail {
namespace {

using jsonld::Context;
using jsonld::TermDefinition;
using json::Kind;

std::string document_base(const std::string& origin) {
    if (origin.empty() || origin.front() == '<') return "file:///dev/stdin";
    std::error_code ec;
    std::filesystem::path abs = std::filesystem::absolute(origin, ec);
    return "file://" + (ec ? origin : abs.generic_string());
}

std::string canonical_double(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.15E", v);
    std::string s(buf);
    auto e = s.find('E');
    std::string mantissa = s.substr(0, e);
    std::string exponent = s.substr(e + 1);
    while (mantissa.size() > 1 && mantissa.back() == '0') mantissa.pop_back();
    if (mantissa.back() == '.') mantissa += '0';
    bool negative = !exponent.empty() && exponent[0] == '-';
    std::size_t k = (!exponent.empty() && (exponent[0] == '-' || exponent[0] == '+')) ? 1 : 0;
    while (k + 1 < exponent.size() && exponent[k] == '0') ++k;
    return mantissa + "E" + (negative ? "-" : "") + exponent.substr(k);
}

class Expander {
public:
    Expander(const std::string& origin, const LineIndex& lines, PendingQuads& quads)
        : reporter_{origin, lines}, quads_(quads), base_(document_base(origin)) {}

    void document(const json::Value& root) {
        Context ctx;
        ctx.base = base_;
        if (root.is_array()) {
            for (const auto& item : root.items) top_level(item, ctx);
        } else if (root.is_object()) {
            top_level(root, ctx);
        } else {
            fail(root, "a JSON-LD document must be an object or an array, not " + std::string(json::describe(root.kind)));
        }
    }

private:
    [[noreturn]] void fail(const json::Value& at, const std::string& message) const { reporter_.fail(at.offset, message); }
    [[noreturn]] void fail_at(std::size_t offset, const std::string& message) const { reporter_.fail(offset, message); }

    void top_level(const json::Value& v, const Context& active) {
        if (!v.is_object()) {
            if (v.is_array()) {
                for (const auto& item : v.items) top_level(item, active);
                return;
            }
            if (v.is_null()) return;
            fail(v, "expected a node object, found " + std::string(json::describe(v.kind)));
        }
        // {"@context": ..., "@graph": [...]} with nothing else: the graph is the default graph.
        bool only_graph = v.find("@graph") != nullptr;
        for (const auto& m : v.members) {
            if (m.key != "@context" && m.key != "@graph") only_graph = false;
        }
        if (only_graph) {
            std::optional<Context> scratch;
            const Context& ctx = with_context(v, active, scratch);
            graph_contents(*v.find("@graph"), ctx, std::nullopt);
            return;
        }
        if (v.find("@value") || v.find("@list") || v.find("@set")) return;  // free-floating values are dropped
        node(v, active, std::nullopt);
    }

    /// The active context inside `obj`: `active` itself, or `scratch` holding `active` updated
    /// with obj's @context (copying the context only when there is one).
    const Context& with_context(const json::Value& obj, const Context& active, std::optional<Context>& scratch) const {
        const json::Value* local = obj.find("@context");
        if (!local) return active;
        return scratch.emplace(active.with(*local, reporter_));
    }

    void graph_contents(const json::Value& v, const Context& ctx, const std::optional<rdf::Iri>& graph) {
        if (v.is_array()) {
            for (const auto& item : v.items) graph_contents(item, ctx, graph);
        } else if (v.is_object()) {
            if (v.find("@value") || v.find("@list") || v.find("@set")) return;
            node(v, ctx, graph);
        } else if (!v.is_null()) {
            fail(v, "@graph must hold node objects, found " + std::string(json::describe(v.kind)));
        }
    }

    rdf::Term identifier(const json::Value& v, const std::string& expanded) {
        if (expanded.rfind("_:", 0) == 0) return quads_.labelled_blank(std::string_view(expanded).substr(2));
        if (!jsonld::is_absolute_iri(expanded)) fail(v, "'" + v.text + "' is not an absolute IRI (or holds spaces or <>\"{}|^`\\)");
        return rdf::Iri(expanded);
    }

    /// Processes a node object; returns its subject.
    rdf::Term node(const json::Value& obj, const Context& active, const std::optional<rdf::Iri>& graph) {
        std::optional<Context> scratch;
        const Context& ctx = with_context(obj, active, scratch);
        rdf::Term subject;
        if (const json::Value* id = obj.find("@id")) {
            if (!id->is_string()) fail(*id, "@id must be a string");
            auto iri = ctx.expand_iri(id->text, false, true);
            if (!iri) fail(*id, "@id '" + id->text + "' does not expand to an IRI");
            subject = identifier(*id, *iri);
        } else {
            subject = quads_.anonymous_blank();
        }

        for (const auto& m : obj.members) {
            const json::Value& v = m.value.front();
            const std::string& key = m.key;
            if (key == "@context" || key == "@id" || key == "@index") continue;
            if (key == "@type") {
                auto type_value = [&](const json::Value& t) {
                    if (!t.is_string()) fail(t, "@type values must be strings");
                    auto iri = ctx.expand_iri(t.text, true, true);
                    if (!iri) fail(t, "@type '" + t.text + "' does not expand to an IRI");
                    add(subject, rdf::rdf_ns::type(), identifier(t, *iri), graph);
                };
                if (v.is_array()) {
                    for (const auto& t : v.items) type_value(t);
                } else {
                    type_value(v);
                }
            } else if (key == "@graph") {
                const auto* iri = std::get_if<rdf::Iri>(&subject);
                if (!iri) fail(v, "a named graph needs an IRI @id (blank node graph names are not supported)");
                graph_contents(v, ctx, *iri);
            } else if (key == "@reverse") {
                if (!v.is_object()) fail(v, "@reverse must be an object");
                for (const auto& r : v.members) {
                    auto prop = property(r.key, ctx);
                    if (!prop) continue;
                    each_value(r.value.front(), nullptr, ctx, graph, [&](rdf::Term o, const json::Value& at) {
                        if (rdf::is_literal(o)) fail(at, "@reverse values must be nodes, not literals");
                        add(std::move(o), *prop, subject, graph);
                    });
                }
            } else if (key == "@included") {
                graph_contents(v, ctx, graph);
            } else if (key[0] == '@') {
                if (jsonld::is_keyword(key)) fail_at(m.key_offset, key + " is not allowed in a node object");
                // other "@..." keys are reserved and ignored
            } else {
                const TermDefinition* def = ctx.find(key);
                auto prop = property(key, ctx);
                if (!prop) continue;  // keys that map to no IRI are dropped, as JSON-LD says
                bool reverse = def && def->reverse;
                each_value(v, def, ctx, graph, [&](rdf::Term o, const json::Value& at) {
                    if (reverse) {
                        if (rdf::is_literal(o)) fail(at, "values of a reverse property must be nodes");
                        add(std::move(o), *prop, subject, graph);
                    } else {
                        add(subject, *prop, std::move(o), graph);
                    }
                });
            }
        }
        return subject;
    }

    std::optional<rdf::Iri> property(const std::string& key, const Context& ctx) const {
        auto iri = ctx.expand_iri(key, true, false);
        if (!iri || iri->rfind("_:", 0) == 0 || !jsonld::is_absolute_iri(*iri)) return std::nullopt;
        return rdf::Iri(*iri);
    }

    template <typename Fn>
    void each_value(const json::Value& v, const TermDefinition* def, const Context& ctx,
                    const std::optional<rdf::Iri>& graph, Fn&& fn) {
        std::string container = def ? def->container : std::string();
        if (container == "@list" && !(v.is_object() && v.find("@list"))) {
            std::vector<const json::Value*> items;
            if (v.is_array()) {
                for (const auto& item : v.items) items.push_back(&item);
            } else if (!v.is_null()) {
                items.push_back(&v);
            }
            fn(list(items, def, ctx, graph), v);
            return;
        }
        if (container == "@language" && v.is_object()) {
            for (const auto& m : v.members) {
                auto one = [&](const json::Value& s) {
                    if (s.is_null()) return;
                    if (!s.is_string()) fail(s, "language map values must be strings");
                    if (m.key == "@none") {
                        fn(rdf::Literal(s.text), s);
                    } else {
                        if (!jsonld::is_language_tag(m.key)) fail(s, "'" + m.key + "' is not a language tag");
                        fn(rdf::Literal::with_language(s.text, m.key), s);
                    }
                };
                const json::Value& lv = m.value.front();
                if (lv.is_array()) {
                    for (const auto& s : lv.items) one(s);
                } else {
                    one(lv);
                }
            }
            return;
        }
        if (container == "@index" && v.is_object() && !v.find("@value") && !v.find("@id")) {
            TermDefinition plain = *def;
            plain.container.clear();
            for (const auto& m : v.members) each_value(m.value.front(), &plain, ctx, graph, fn);
            return;
        }
        if (v.is_array()) {
            for (const auto& item : v.items) each_value(item, def, ctx, graph, fn);
            return;
        }
        if (v.is_object() && v.find("@set")) {
            for (const auto& m : v.members) {
                if (m.key != "@set" && m.key != "@index") fail_at(m.key_offset, "a @set object cannot have " + m.key);
            }
            TermDefinition plain = def ? *def : TermDefinition{};
            plain.container.clear();
            each_value(*v.find("@set"), def ? &plain : nullptr, ctx, graph, fn);
            return;
        }
        if (auto term = object(v, def, ctx, graph)) fn(std::move(*term), v);
    }

    rdf::Term list(const std::vector<const json::Value*>& items, const TermDefinition* def, const Context& ctx,
                   const std::optional<rdf::Iri>& graph) {
        std::vector<rdf::Term> members;
        TermDefinition element = def ? *def : TermDefinition{};
        element.container.clear();
        for (const json::Value* item : items) {
            each_value(*item, def ? &element : nullptr, ctx, graph, [&](rdf::Term t, const json::Value&) {
                members.push_back(std::move(t));
            });
        }
        rdf::Term nil = rdf::Iri(std::string(rdf::ns::rdf) + "nil");
        if (members.empty()) return nil;
        rdf::Iri first(std::string(rdf::ns::rdf) + "first");
        rdf::Iri rest(std::string(rdf::ns::rdf) + "rest");
        std::vector<rdf::Term> cells;
        for (std::size_t i = 0; i < members.size(); ++i) cells.push_back(quads_.anonymous_blank());
        for (std::size_t i = 0; i < members.size(); ++i) {
            add(cells[i], first, members[i], graph);
            add(cells[i], rest, i + 1 < members.size() ? cells[i + 1] : nil, graph);
        }
        return cells.front();
    }

    /// A native JSON number as JSON-LD turns it into RDF: xsd:double in canonical form when it has
    /// a fraction, is at least 1e21 or is typed xsd:double, else an xsd:integer (or the given type).
    rdf::Literal number_literal(const json::Value& v, const std::optional<std::string>& type) {
        const std::string& lex = v.text;
        bool integral_syntax = lex.find_first_of(".eE") == std::string::npos;
        double d = std::strtod(lex.c_str(), nullptr);
        bool as_double = type && *type == rdf::xsd::double_().str();
        if (std::fmod(d, 1.0) != 0.0 || std::fabs(d) >= 1e21) as_double = true;
        if (as_double) return rdf::Literal(canonical_double(d), rdf::Iri(type ? *type : rdf::xsd::double_().str()));
        std::string integer;
        if (integral_syntax) {
            integer = lex;
        } else {
            char buf[64];
            std::snprintf(buf, sizeof buf, "%.0f", d);
            integer = buf;
        }
        if (integer == "-0") integer = "0";
        return rdf::Literal(integer, rdf::Iri(type ? *type : rdf::xsd::integer().str()));
    }

    /// The term of one value (not an array); nullopt for null.
    std::optional<rdf::Term> object(const json::Value& v, const TermDefinition* def, const Context& ctx,
                                    const std::optional<rdf::Iri>& graph) {
        std::optional<std::string> coerced = def ? def->type : std::nullopt;
        switch (v.kind) {
            case Kind::Null: return std::nullopt;
            case Kind::String: {
                if (coerced == "@id" || coerced == "@vocab") {
                    auto iri = ctx.expand_iri(v.text, coerced == "@vocab", true);
                    if (!iri) fail(v, "'" + v.text + "' does not expand to an IRI");
                    return identifier(v, *iri);
                }
                if (coerced && *coerced != "@none") return rdf::Literal(v.text, rdf::Iri(*coerced));
                std::optional<std::string> language = ctx.language;
                if (def && def->has_language) language = def->language;
                if (language) return rdf::Literal::with_language(v.text, *language);
                return rdf::Literal(v.text);
            }
            case Kind::Number: {
                std::optional<std::string> type;
                if (coerced && (*coerced)[0] != '@') type = coerced;
                return number_literal(v, type);
            }
            case Kind::Bool: {
                std::string type = coerced && (*coerced)[0] != '@' ? *coerced : rdf::xsd::boolean().str();
                return rdf::Literal(v.boolean ? "true" : "false", rdf::Iri(type));
            }
            case Kind::Array: fail(v, "nested arrays are not allowed here");
            case Kind::Object: break;
        }
        if (const json::Value* value = v.find("@value")) return value_object(v, *value, ctx);
        if (const json::Value* items = v.find("@list")) {
            for (const auto& m : v.members) {
                if (m.key != "@list" && m.key != "@index") fail_at(m.key_offset, "a @list object cannot have " + m.key);
            }
            std::vector<const json::Value*> elements;
            if (items->is_array()) {
                for (const auto& item : items->items) elements.push_back(&item);
            } else if (!items->is_null()) {
                elements.push_back(items);
            }
            return list(elements, def, ctx, graph);
        }
        return node(v, ctx, graph);
    }

    std::optional<rdf::Term> value_object(const json::Value& obj, const json::Value& value, const Context& ctx) {
        const json::Value* type = nullptr;
        const json::Value* language = nullptr;
        for (const auto& m : obj.members) {
            const json::Value& mv = m.value.front();
            if (m.key == "@value" || m.key == "@index" || m.key == "@direction") continue;
            if (m.key == "@type") {
                type = &mv;
            } else if (m.key == "@language") {
                language = &mv;
            } else if (m.key == "@context") {
                fail_at(m.key_offset, "a value object cannot have @context");
            } else {
                fail_at(m.key_offset, "a value object cannot have '" + m.key + "'");
            }
        }
        if (type && language) fail(obj, "a value object cannot have both @type and @language");
        std::optional<std::string> datatype;
        if (type) {
            if (!type->is_string()) fail(*type, "@type of a value must be a string");
            if (type->text == "@json") fail(*type, "JSON literals (@json) are not supported");
            auto iri = ctx.expand_iri(type->text, true, true);
            if (!iri || !jsonld::is_absolute_iri(*iri) || iri->rfind("_:", 0) == 0) {
                fail(*type, "@type '" + type->text + "' is not an absolute IRI");
            }
            datatype = *iri;
        }
        switch (value.kind) {
            case Kind::Null: return std::nullopt;
            case Kind::String:
                if (language) {
                    if (language->is_null()) return rdf::Literal(value.text);
                    if (!language->is_string()) fail(*language, "@language must be a string");
                    if (!jsonld::is_language_tag(language->text))
                        fail(*language, "'" + language->text + "' is not a language tag");
                    return rdf::Literal::with_language(value.text, language->text);
                }
                if (datatype) return rdf::Literal(value.text, rdf::Iri(*datatype));
                return rdf::Literal(value.text);
            case Kind::Number:
                if (language) fail(*language, "@language needs a string @value");
                return number_literal(value, datatype);
            case Kind::Bool:
                if (language) fail(*language, "@language needs a string @value");
                return rdf::Literal(value.boolean ? "true" : "false",
                                    rdf::Iri(datatype ? *datatype : rdf::xsd::boolean().str()));
            default: fail(value, "@value must be a string, a number, a boolean or null");
        }
    }

    void add(rdf::Term s, rdf::Iri p, rdf::Term o, const std::optional<rdf::Iri>& g) {
        quads_.add(std::move(s), std::move(p), std::move(o), g);
    }

    jsonld::Reporter reporter_;
    PendingQuads& quads_;
    std::string base_;
};

}  // namespace

void read_jsonld(std::string_view text, const std::string& origin, const LineIndex& lines, PendingQuads& quads) {
    json::Value root = json::parse(text, origin, lines);
    Expander(origin, lines, quads).document(root);
}

}  // namespace readout::io::detail
