#include "jsonld_context.hpp"

#include <memory>
#include <stdexcept>

#include "readout/io/graph_io.hpp"

namespace readout::io::detail::jsonld {

void Reporter::fail(std::size_t offset, const std::string& message) const {
    auto [line, column] = lines.locate(offset);
    throw ParseError(origin, line, column, message);
}

bool is_keyword(std::string_view s) noexcept {
    static constexpr std::string_view kKeywords[] = {
        "@base", "@container", "@context", "@direction", "@graph", "@id", "@import", "@included", "@index",
        "@json", "@language", "@list", "@nest", "@none", "@prefix", "@propagate", "@protected", "@reverse",
        "@set", "@type", "@value", "@version", "@vocab"};
    for (auto k : kKeywords) {
        if (s == k) return true;
    }
    return false;
}

namespace {

/// "@" followed by letters only: reserved for future keywords, ignored.
bool looks_like_keyword(std::string_view s) noexcept {
    if (s.size() < 2 || s[0] != '@') return false;
    for (char c : s.substr(1)) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
    }
    return true;
}

bool ends_with_gen_delim(std::string_view iri) noexcept {
    if (iri.empty()) return false;
    char c = iri.back();
    return c == ':' || c == '/' || c == '?' || c == '#' || c == '[' || c == ']' || c == '@';
}

struct Parts {
    std::string scheme;
    bool has_authority = false;
    std::string authority;
    std::string path;
    bool has_query = false;
    std::string query;
    bool has_fragment = false;
    std::string fragment;
};

Parts split(std::string_view iri) {
    Parts p;
    std::size_t i = 0;
    std::size_t colon = iri.find(':');
    if (colon != std::string_view::npos && colon > 0) {
        bool scheme = true;
        for (std::size_t k = 0; k < colon; ++k) {
            char c = iri[k];
            bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                      (k > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
            if (!ok) scheme = false;
        }
        if (scheme) {
            p.scheme = std::string(iri.substr(0, colon));
            i = colon + 1;
        }
    }
    if (iri.substr(i, 2) == "//") {
        p.has_authority = true;
        std::size_t end = iri.find_first_of("/?#", i + 2);
        if (end == std::string_view::npos) end = iri.size();
        p.authority = std::string(iri.substr(i + 2, end - i - 2));
        i = end;
    }
    std::size_t end = iri.find_first_of("?#", i);
    if (end == std::string_view::npos) end = iri.size();
    p.path = std::string(iri.substr(i, end - i));
    i = end;
    if (i < iri.size() && iri[i] == '?') {
        p.has_query = true;
        end = iri.find('#', i);
        if (end == std::string_view::npos) end = iri.size();
        p.query = std::string(iri.substr(i + 1, end - i - 1));
        i = end;
    }
    if (i < iri.size() && iri[i] == '#') {
        p.has_fragment = true;
        p.fragment = std::string(iri.substr(i + 1));
    }
    return p;
}

std::string remove_dot_segments(std::string_view path) {
    std::string in(path);
    std::string out;
    while (!in.empty()) {
        if (in.rfind("../", 0) == 0) {
            in.erase(0, 3);
        } else if (in.rfind("./", 0) == 0) {
            in.erase(0, 2);
        } else if (in.rfind("/./", 0) == 0) {
            in.replace(0, 3, "/");
        } else if (in == "/.") {
            in = "/";
        } else if (in.rfind("/../", 0) == 0 || in == "/..") {
            in = in == "/.." ? "/" : in.substr(3);
            auto pos = out.rfind('/');
            out.erase(pos == std::string::npos ? 0 : pos);
        } else if (in == "." || in == "..") {
            in.clear();
        } else {
            std::size_t start = in[0] == '/' ? 1 : 0;
            std::size_t next = in.find('/', start);
            if (next == std::string::npos) next = in.size();
            out += in.substr(0, next);
            in.erase(0, next);
        }
    }
    return out;
}

std::string join(const Parts& p) {
    std::string s;
    if (!p.scheme.empty()) s += p.scheme + ":";
    if (p.has_authority) s += "//" + p.authority;
    s += p.path;
    if (p.has_query) s += "?" + p.query;
    if (p.has_fragment) s += "#" + p.fragment;
    return s;
}

}  // namespace

bool is_absolute_iri(std::string_view iri) noexcept {
    std::size_t colon = iri.find(':');
    if (colon == std::string_view::npos || colon == 0) return false;
    for (std::size_t k = 0; k < colon; ++k) {
        char c = iri[k];
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                  (k > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
        if (!ok) return false;
    }
    // found by fuzz_jsonld_reader: an "@base" of "ht<<tp://..." made IRIs no Turtle reader accepts
    for (unsigned char c : iri) {
        if (c <= 0x20 || std::string_view("<>\"{}|^`\\").find(static_cast<char>(c)) != std::string_view::npos) return false;
    }
    return true;
}

bool is_language_tag(std::string_view tag) noexcept {
    // found by fuzz_jsonld_reader: "@language": " zh" was written to Turtle as "..."@ zh
    std::size_t part = 0;
    for (std::size_t i = 0; i <= tag.size(); ++i) {
        if (i == tag.size() || tag[i] == '-') {
            if (part == 0 || part > 8) return false;
            part = 0;
            continue;
        }
        char c = tag[i];
        bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        bool digit = c >= '0' && c <= '9';
        if (!(letter || (digit && i > 0 && tag.find('-') < i))) return false;
        ++part;
    }
    return true;
}

std::string resolve_iri(std::string_view base, std::string_view reference) {
    Parts r = split(reference);
    Parts b = split(base);
    Parts t;
    if (!r.scheme.empty()) {
        t = r;
        t.path = remove_dot_segments(r.path);
    } else {
        if (r.has_authority) {
            t.has_authority = true;
            t.authority = r.authority;
            t.path = remove_dot_segments(r.path);
            t.has_query = r.has_query;
            t.query = r.query;
        } else {
            if (r.path.empty()) {
                t.path = b.path;
                t.has_query = r.has_query || b.has_query;
                t.query = r.has_query ? r.query : b.query;
            } else {
                if (r.path[0] == '/') {
                    t.path = remove_dot_segments(r.path);
                } else {
                    std::string merged;
                    if (b.has_authority && b.path.empty()) {
                        merged = "/" + r.path;
                    } else {
                        auto pos = b.path.rfind('/');
                        merged = (pos == std::string::npos ? std::string() : b.path.substr(0, pos + 1)) + r.path;
                    }
                    t.path = remove_dot_segments(merged);
                }
                t.has_query = r.has_query;
                t.query = r.query;
            }
            t.has_authority = b.has_authority;
            t.authority = b.authority;
        }
        t.scheme = b.scheme;
    }
    t.has_fragment = r.has_fragment;
    t.fragment = r.fragment;
    return join(t);
}

const TermDefinition* Context::find(std::string_view term) const {
    auto it = terms.find(term);
    return it == terms.end() ? nullptr : &it->second;
}

namespace {

/// Processes one local context object into `result` (JSON-LD 1.1 Context Processing, the
/// subset described in the header).
class LocalProcessor {
public:
    LocalProcessor(Context& result, const json::Value& local, const Reporter& reporter)
        : result_(result), local_(local), reporter_(reporter) {}

    void run() {
        for (const auto& m : local_.members) {
            const json::Value& v = m.value.front();
            if (m.key == "@version") {
                if (v.kind != json::Kind::Number || (v.text != "1.1" && v.text != "1.10")) {
                    reporter_.fail(v.offset, "@version must be 1.1");
                }
            } else if (m.key == "@base") {
                if (v.is_null()) {
                    result_.base.reset();
                } else if (v.is_string()) {
                    if (is_absolute_iri(v.text)) {
                        result_.base = v.text;
                    } else if (result_.base) {
                        result_.base = resolve_iri(*result_.base, v.text);
                    } else {
                        reporter_.fail(v.offset, "relative @base '" + v.text + "' with no document base");
                    }
                } else {
                    reporter_.fail(v.offset, "@base must be a string or null");
                }
            } else if (m.key == "@language") {
                if (v.is_null()) {
                    result_.language.reset();
                } else if (v.is_string()) {
                    if (!is_language_tag(v.text)) reporter_.fail(v.offset, "'" + v.text + "' is not a language tag");
                    result_.language = v.text;
                } else {
                    reporter_.fail(v.offset, "@language must be a string or null");
                }
            } else if (m.key == "@import") {
                reporter_.fail(v.offset, "@import is not supported");
            } else if (m.key == "@propagate" || m.key == "@protected" || m.key == "@direction") {
                // accepted and ignored: readout keeps no base direction and never redefines terms
            }
        }
        // @vocab after @base, since a relative vocabulary is resolved against the base.
        if (const json::Value* v = local_.find("@vocab")) {
            if (v->is_null()) {
                result_.vocab.reset();
            } else if (v->is_string()) {
                auto iri = expand(v->text, true, true, v->offset);
                if (!iri) reporter_.fail(v->offset, "@vocab '" + v->text + "' does not expand to an IRI");
                result_.vocab = *iri;
            } else {
                reporter_.fail(v->offset, "@vocab must be a string or null");
            }
        }
        for (const auto& m : local_.members) {
            if (m.key.empty() || m.key[0] != '@') define(m.key, m.key_offset);
        }
    }

    std::optional<std::string> expand(std::string_view value, bool vocab, bool document_relative, std::size_t offset) {
        if (is_keyword(value)) return std::string(value);
        if (looks_like_keyword(value)) return std::nullopt;
        if (local_.find(value)) define(std::string(value), offset);  // fails on cycles
        if (vocab) {
            if (const TermDefinition* def = result_.find(value)) {
                if (def->null_mapping) return std::nullopt;
                return def->iri;
            }
        }
        std::size_t colon = value.find(':');
        if (colon != std::string_view::npos && colon > 0) {
            std::string_view prefix = value.substr(0, colon);
            std::string_view suffix = value.substr(colon + 1);
            if (prefix == "_" || suffix.substr(0, 2) == "//") return std::string(value);
            if (local_.find(prefix)) define(std::string(prefix), offset);  // fails on cycles
            if (const TermDefinition* def = result_.find(prefix); def && def->prefix && !def->null_mapping) {
                return def->iri + std::string(suffix);
            }
            if (is_absolute_iri(value)) return std::string(value);
        }
        if (vocab && result_.vocab) return *result_.vocab + std::string(value);
        if (document_relative && result_.base) return resolve_iri(*result_.base, value);
        return std::nullopt;
    }

private:
    void define(const std::string& term, std::size_t offset) {
        auto it = defined_.find(term);
        if (it != defined_.end()) {
            if (!it->second) reporter_.fail(offset, "cyclic IRI mapping for term '" + term + "'");
            return;
        }
        defined_[term] = false;
        const json::Value* value = local_.find(term);
        TermDefinition def;
        if (term.empty()) reporter_.fail(offset, "empty term");
        if (is_keyword(term) || looks_like_keyword(term)) {
            defined_[term] = true;  // keyword-like terms are ignored
            return;
        }
        bool simple = false;
        const json::Value* id = nullptr;
        if (value->is_null()) {
            def.null_mapping = true;
        } else if (value->is_string()) {
            simple = true;
            id = value;
        } else if (value->is_object()) {
            for (const auto& m : value->members) {
                const json::Value& v = m.value.front();
                if (m.key == "@id") {
                    id = &v;
                    if (v.is_null()) def.null_mapping = true;
                    else if (!v.is_string()) reporter_.fail(v.offset, "@id of term '" + term + "' must be a string");
                } else if (m.key == "@reverse") {
                    if (!v.is_string()) reporter_.fail(v.offset, "@reverse of term '" + term + "' must be a string");
                    auto iri = expand(v.text, true, false, v.offset);
                    if (!iri || (!is_absolute_iri(*iri) && iri->rfind("_:", 0) != 0)) {
                        reporter_.fail(v.offset, "@reverse of term '" + term + "' is not an IRI");
                    }
                    def.iri = *iri;
                    def.reverse = true;
                } else if (m.key == "@type") {
                    if (!v.is_string()) reporter_.fail(v.offset, "@type of term '" + term + "' must be a string");
                    if (v.text == "@id" || v.text == "@vocab" || v.text == "@none") {
                        def.type = v.text;
                    } else if (v.text == "@json") {
                        reporter_.fail(v.offset, "JSON literals (@json) are not supported");
                    } else {
                        auto iri = expand(v.text, true, false, v.offset);
                        if (!iri || !is_absolute_iri(*iri)) {
                            reporter_.fail(v.offset, "@type of term '" + term + "' is not an absolute IRI");
                        }
                        def.type = *iri;
                    }
                } else if (m.key == "@language") {
                    def.has_language = true;
                    if (v.is_string() && !is_language_tag(v.text))
                        reporter_.fail(v.offset, "'" + v.text + "' is not a language tag");
                    if (v.is_string()) def.language = v.text;
                    else if (!v.is_null()) reporter_.fail(v.offset, "@language must be a string or null");
                } else if (m.key == "@container") {
                    std::vector<const json::Value*> entries;
                    if (v.is_array()) {
                        for (const auto& item : v.items) entries.push_back(&item);
                    } else {
                        entries.push_back(&v);
                    }
                    for (const json::Value* e : entries) {
                        if (!e->is_string()) reporter_.fail(e->offset, "@container must be a string");
                        if (e->text == "@set") continue;
                        if (e->text == "@list" || e->text == "@language" || e->text == "@index") {
                            def.container = e->text;
                        } else {
                            reporter_.fail(e->offset, "@container " + e->text + " is not supported");
                        }
                    }
                } else if (m.key == "@context") {
                    reporter_.fail(v.offset, "scoped contexts (@context in a term definition) are not supported");
                } else if (m.key == "@prefix") {
                    if (v.kind != json::Kind::Bool) reporter_.fail(v.offset, "@prefix must be true or false");
                    def.prefix = v.boolean;
                } else if (m.key == "@protected" || m.key == "@nest" || m.key == "@direction" || m.key == "@index") {
                    // ignored
                } else {
                    reporter_.fail(m.key_offset, "invalid key '" + m.key + "' in the definition of term '" + term + "'");
                }
            }
        } else {
            reporter_.fail(value->offset, "the definition of term '" + term + "' must be a string, an object or null");
        }

        if (!def.null_mapping && !def.reverse) {
            if (id) {
                auto iri = expand(id->text, true, false, id->offset);
                if (!iri) reporter_.fail(id->offset, "term '" + term + "' does not map to an IRI");
                def.iri = *iri;
            } else if (term.find(':') != std::string::npos) {
                auto iri = expand(term, true, false, offset);
                if (!iri) reporter_.fail(offset, "term '" + term + "' does not map to an IRI");
                def.iri = *iri;
            } else if (result_.vocab) {
                def.iri = *result_.vocab + term;
            } else {
                reporter_.fail(offset, "term '" + term + "' has no @id and there is no @vocab");
            }
            if (simple && ends_with_gen_delim(def.iri)) def.prefix = true;
        }
        result_.terms[term] = std::move(def);
        defined_[term] = true;
    }

    Context& result_;
    const json::Value& local_;
    const Reporter& reporter_;
    std::map<std::string, bool, std::less<>> defined_;
};

}  // namespace

std::optional<std::string> Context::expand_iri(std::string_view value, bool vocab_relative,
                                               bool document_relative) const {
    if (is_keyword(value)) return std::string(value);
    if (looks_like_keyword(value)) return std::nullopt;
    if (vocab_relative) {
        if (const TermDefinition* def = find(value)) {
            if (def->null_mapping) return std::nullopt;
            return def->iri;
        }
    }
    std::size_t colon = value.find(':');
    if (colon != std::string_view::npos && colon > 0) {
        std::string_view prefix = value.substr(0, colon);
        std::string_view suffix = value.substr(colon + 1);
        if (prefix == "_" || suffix.substr(0, 2) == "//") return std::string(value);
        if (const TermDefinition* def = find(prefix); def && def->prefix && !def->null_mapping) {
            return def->iri + std::string(suffix);
        }
        if (is_absolute_iri(value)) return std::string(value);
    }
    if (vocab_relative && vocab) return *vocab + std::string(value);
    if (document_relative && base) return resolve_iri(*base, value);
    return std::nullopt;
}

Context Context::with(const json::Value& local, const Reporter& reporter) const {
    Context result = *this;
    if (local.is_null()) {
        Context fresh;
        fresh.base = base;
        return fresh;
    }
    if (local.is_array()) {
        for (const auto& item : local.items) result = result.with(item, reporter);
        return result;
    }
    if (local.is_string()) {
        std::string_view iri = local.text;
        if (iri == kContextIri || iri == "https://w3id.org/readout/context") {
            return result.with(readout_context_value(), reporter);
        }
        reporter.fail(local.offset, "remote context <" + local.text + "> cannot be loaded (use an inline context or <" +
                                        std::string(kContextIri) + ">)");
    }
    if (!local.is_object()) reporter.fail(local.offset, "@context must be an object, an array, a string or null");
    if (local.find("@context")) {
        reporter.fail(local.find("@context")->offset, "a context cannot contain @context");
    }
    LocalProcessor(result, local, reporter).run();
    return result;
}

std::string Context::compact_iri(const std::string& iri) const {
    std::string best = iri;
    for (const auto& [name, def] : terms) {
        if (!def.prefix || def.null_mapping || def.reverse || def.iri.empty()) continue;
        if (iri.size() <= def.iri.size() || iri.compare(0, def.iri.size(), def.iri) != 0) continue;
        std::string_view suffix = std::string_view(iri).substr(def.iri.size());
        if (suffix.substr(0, 2) == "//") continue;
        std::string candidate = name + ":" + std::string(suffix);
        if (find(candidate)) continue;
        if (candidate.size() < best.size()) best = std::move(candidate);
    }
    return best;
}

std::string Context::compact_vocab(const std::string& iri) const {
    const std::string* best = nullptr;
    for (const auto& [name, def] : terms) {
        if (def.iri != iri || def.null_mapping || def.reverse || def.type || def.has_language || !def.container.empty()) {
            continue;
        }
        if (!best || name.size() < best->size()) best = &name;
    }
    return best ? *best : compact_iri(iri);
}

const std::pair<const std::string, TermDefinition>* Context::property_term(const std::string& iri) const {
    const std::pair<const std::string, TermDefinition>* best = nullptr;
    for (const auto& entry : terms) {
        const TermDefinition& def = entry.second;
        if (def.iri != iri || def.null_mapping || def.reverse || def.has_language || !def.container.empty()) continue;
        if (def.type == "@vocab" || def.type == "@none") continue;
        if (!best || entry.first.size() < best->first.size()) best = &entry;
    }
    return best;
}

namespace {

struct ReadoutContext {
    std::string text;
    std::unique_ptr<LineIndex> lines;
    json::Value document;
    const json::Value* local = nullptr;
    Context context;
};

const ReadoutContext& readout() {
    // Built once, in place (the line index and `local` point into it), and never freed.
    static const ReadoutContext* ctx = [] {
        auto c = std::make_unique<ReadoutContext>();
        c->text = std::string(jsonld_context_document());
        if (c->text.empty()) throw std::runtime_error("readout's JSON-LD context (context.jsonld) is not embedded");
        c->lines = std::make_unique<LineIndex>(c->text);
        const std::string origin = "context.jsonld";
        c->document = json::parse(c->text, origin, *c->lines);
        c->local = c->document.find("@context");
        if (!c->local) throw std::runtime_error("context.jsonld has no @context");
        Reporter reporter{origin, *c->lines};
        c->context = Context().with(*c->local, reporter);
        return c.release();
    }();
    return *ctx;
}

}  // namespace

const Context& readout_context() { return readout().context; }

const json::Value& readout_context_value() { return *readout().local; }

}  // namespace readout::io::detail::jsonld
