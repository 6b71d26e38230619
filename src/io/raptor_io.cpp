// Raptor2: the Turtle serializer for writing; the Turtle, N-Triples and N-Quads parsers for reading
// (read_graph reads N-Triples and N-Quads with read_ntriples; Raptor's parsers for them are the
// reference the tests and fuzz_raptor_reader compare it with).

#include <raptor2.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "detail.hpp"
#include "readout/rdf/escape.hpp"
#include "readout/rdf/vocabulary.hpp"

namespace readout::io::detail {
namespace {

/// The first error Raptor logged (warnings are ignored).
struct LogSink {
    raptor_parser* parser = nullptr;  // while parsing: where to ask for a location Raptor left out
    bool failed = false;
    int line = -1;
    int column = -1;
    std::string message;
};

// Callbacks run inside Raptor's C code: they must not let exceptions escape.
void log_handler(void* user_data, raptor_log_message* message) noexcept {
    auto* sink = static_cast<LogSink*>(user_data);
    if (message->level < RAPTOR_LOG_LEVEL_ERROR || sink->failed) return;
    sink->failed = true;
    try {
        sink->message = message->text ? message->text : "unknown error";
    } catch (...) {
        sink->message.clear();
    }
    raptor_locator* loc = message->locator;
    if ((!loc || loc->line <= 0) && sink->parser) loc = raptor_parser_get_locator(sink->parser);
    if (loc) {
        sink->line = loc->line;
        sink->column = loc->column;
    }
}

/// Anonymous blank nodes get ids starting with \x01, which no syntax can write, so they can be
/// told from labelled ones.
unsigned char* generate_bnodeid(void* user_data, unsigned char* user_bnodeid) noexcept {
    if (user_bnodeid) return user_bnodeid;
    auto* counter = static_cast<std::uint64_t*>(user_data);
    char id[32];
    int n = std::snprintf(id, sizeof id, "\x01%llu", static_cast<unsigned long long>((*counter)++));
    auto* out = static_cast<unsigned char*>(std::malloc(static_cast<std::size_t>(n) + 1));
    if (out) std::memcpy(out, id, static_cast<std::size_t>(n) + 1);
    return out;
}

/// One raptor_world per call: Raptor state never leaks between calls or threads.
class World {
public:
    World() : world_(raptor_new_world()) {
        if (!world_) throw std::bad_alloc();
        raptor_world_set_log_handler(world_, &sink_, log_handler);
        raptor_world_set_generate_bnodeid_handler(world_, &bnode_counter_, generate_bnodeid);
        if (raptor_world_open(world_) != 0) {
            raptor_free_world(world_);
            throw std::runtime_error("cannot initialise Raptor");
        }
    }
    ~World() { raptor_free_world(world_); }
    World(const World&) = delete;
    World& operator=(const World&) = delete;
    raptor_world* get() const noexcept { return world_; }
    LogSink& sink() noexcept { return sink_; }

private:
    raptor_world* world_;
    LogSink sink_;
    std::uint64_t bnode_counter_ = 0;
};

// ---------------------------------------------------------------------------------------------
// Writing

int os_write_byte(void* context, const int byte) noexcept {
    auto* os = static_cast<std::ostream*>(context);
    try {
        os->put(static_cast<char>(byte));
    } catch (...) {
        return 1;  // the stream is bad; write_turtle reports it
    }
    return os->good() ? 0 : 1;
}

int os_write_bytes(void* context, const void* ptr, size_t size, size_t nmemb) noexcept {
    auto* os = static_cast<std::ostream*>(context);
    try {
        os->write(static_cast<const char*>(ptr), static_cast<std::streamsize>(size * nmemb));
    } catch (...) {
        return 0;
    }
    return os->good() ? static_cast<int>(nmemb) : 0;
}

const raptor_iostream_handler kOstreamHandler = {
    2, nullptr, nullptr, os_write_byte, os_write_bytes, nullptr, nullptr, nullptr,
};

/// raptor_terms for the store's term ids, made once and freed at the end.
class TermCache {
public:
    TermCache(raptor_world* world, const store::Store& store, const BlankLabels& blanks)
        : world_(world), store_(store), blanks_(blanks), terms_(store.term_count(), nullptr) {}
    ~TermCache() {
        for (raptor_term* t : terms_) {
            if (t) raptor_free_term(t);
        }
        for (auto& [iri, uri] : datatypes_) raptor_free_uri(uri);
    }
    TermCache(const TermCache&) = delete;
    TermCache& operator=(const TermCache&) = delete;

    raptor_term* get(store::TermId id) {
        raptor_term*& slot = terms_.at(id);
        if (!slot) slot = make(id);
        if (!slot) throw WriteError("", "Raptor could not represent a term");
        return slot;
    }

private:
    raptor_term* make(store::TermId id) {
        const rdf::Term& term = store_.term(id);
        if (const auto* iri = std::get_if<rdf::Iri>(&term)) {
            return raptor_new_term_from_counted_uri_string(
                world_, reinterpret_cast<const unsigned char*>(iri->str().data()), iri->str().size());
        }
        if (std::holds_alternative<rdf::BlankNode>(term)) {
            const std::string& label = blanks_.label(id);
            return raptor_new_term_from_counted_blank(world_, reinterpret_cast<const unsigned char*>(label.data()),
                                                      label.size());
        }
        const auto& lit = std::get<rdf::Literal>(term);
        raptor_uri* datatype = nullptr;
        if (lit.language().empty() && !(lit.datatype() == rdf::xsd::string())) {
            auto it = datatypes_.find(lit.datatype().str());
            if (it == datatypes_.end()) {
                const std::string& dt = lit.datatype().str();
                raptor_uri* uri = raptor_new_uri_from_counted_string(
                    world_, reinterpret_cast<const unsigned char*>(dt.data()), dt.size());
                if (!uri) throw WriteError("", "invalid datatype IRI <" + dt + ">");
                it = datatypes_.emplace(dt, uri).first;
            }
            datatype = it->second;
        }
        if (lit.language().size() > 255) throw WriteError("", "language tag too long: " + lit.language());
        const auto* lang =
            lit.language().empty() ? nullptr : reinterpret_cast<const unsigned char*>(lit.language().c_str());
        // Raptor cuts a literal short at NUL and at U+FFFE/U+FFFF: hand it the portable text.
        const std::string lexical = rdf::portable_text(lit.lexical());
        return raptor_new_term_from_counted_literal(world_, reinterpret_cast<const unsigned char*>(lexical.data()),
                                                    lexical.size(), datatype, lang,
                                                    static_cast<unsigned char>(lit.language().size()));
    }

    raptor_world* world_;
    const store::Store& store_;
    const BlankLabels& blanks_;
    std::vector<raptor_term*> terms_;
    std::unordered_map<std::string, raptor_uri*> datatypes_;
};

class Serializer {
public:
    Serializer(World& world, const char* name, raptor_iostream* stream) : world_(world) {
        ser_ = raptor_new_serializer(world.get(), name);
        if (!ser_) throw WriteError("", std::string("Raptor has no serializer '") + name + "'");
        stream_ = stream;
    }
    ~Serializer() { raptor_free_serializer(ser_); }
    Serializer(const Serializer&) = delete;
    Serializer& operator=(const Serializer&) = delete;

    void declare_prefixes() {
        std::size_t count = 0;
        const rdf::Prefix* table = rdf::prefixes(count);
        for (std::size_t i = 0; i < count; ++i) {
            if (table[i].name == "rdf") continue;  // Raptor's Turtle serializer always declares rdf:
            std::string iri(table[i].iri);
            std::string name(table[i].name);
            raptor_uri* uri = raptor_new_uri(world_.get(), reinterpret_cast<const unsigned char*>(iri.c_str()));
            int rc = raptor_serializer_set_namespace(ser_, uri, reinterpret_cast<const unsigned char*>(name.c_str()));
            raptor_free_uri(uri);
            if (rc != 0) throw WriteError("", "cannot declare prefix " + name);
        }
    }
    void start() { check(raptor_serializer_start_to_iostream(ser_, nullptr, stream_), "start"); }
    void add(raptor_term* s, raptor_term* p, raptor_term* o, raptor_term* g) {
        raptor_statement st;
        raptor_statement_init(&st, world_.get());
        st.subject = s;
        st.predicate = p;
        st.object = o;
        st.graph = g;
        check(raptor_serializer_serialize_statement(ser_, &st), "write a statement");
    }
    void end() { check(raptor_serializer_serialize_end(ser_), "finish"); }

private:
    void check(int rc, const char* what) {
        if (rc != 0) {
            std::string msg = std::string("Raptor serializer failed to ") + what;
            if (world_.sink().failed) msg += ": " + world_.sink().message;
            throw WriteError("", msg);
        }
    }
    World& world_;
    raptor_serializer* ser_ = nullptr;
    raptor_iostream* stream_ = nullptr;
};

/// Blank nodes Raptor's Turtle serializer would drop: it nests every blank node referenced
/// exactly once inside its referrer, so blank nodes whose chain of single referrers loops back
/// are never written at the top level (and nor is anything nested in them).
std::unordered_set<store::TermId> cyclic_blank_nodes(const store::Store& store, const std::vector<store::QuadIds>& triples) {
    std::unordered_map<store::TermId, std::uint32_t> in_degree;
    std::unordered_map<store::TermId, store::TermId> referrer;
    for (const auto& t : triples) {
        if (!rdf::is_blank(store.term(t.object))) continue;
        ++in_degree[t.object];
        referrer[t.object] = t.subject;
    }
    enum class State : std::uint8_t { Visiting, Safe, Lost };
    std::unordered_map<store::TermId, State> state;
    std::unordered_set<store::TermId> lost;
    for (const auto& [node, degree] : in_degree) {
        if (degree != 1 || state.count(node)) continue;
        std::vector<store::TermId> path;
        store::TermId cur = node;
        State verdict = State::Safe;
        for (;;) {
            auto it = state.find(cur);
            if (it != state.end()) {
                verdict = it->second == State::Visiting ? State::Lost : it->second;
                break;
            }
            auto deg = in_degree.find(cur);
            bool nested = rdf::is_blank(store.term(cur)) && deg != in_degree.end() && deg->second == 1;
            if (!nested) {
                verdict = State::Safe;
                break;
            }
            state[cur] = State::Visiting;
            path.push_back(cur);
            cur = referrer[cur];
        }
        for (store::TermId n : path) {
            state[n] = verdict;
            if (verdict == State::Lost) lost.insert(n);
        }
    }
    return lost;
}

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

std::string_view drop_sign(std::string_view s) {
    return (!s.empty() && (s[0] == '+' || s[0] == '-')) ? s.substr(1) : s;
}

/// Turtle INTEGER, DECIMAL and DOUBLE productions.
bool turtle_integer(std::string_view s) { return all_digits(drop_sign(s)); }
bool turtle_decimal(std::string_view s) {
    s = drop_sign(s);
    auto dot = s.find('.');
    if (dot == std::string_view::npos) return false;
    std::string_view before = s.substr(0, dot), after = s.substr(dot + 1);
    return (before.empty() || all_digits(before)) && all_digits(after);
}
bool turtle_double(std::string_view s) {
    s = drop_sign(s);
    auto e = s.find_first_of("eE");
    if (e == std::string_view::npos) return false;
    std::string_view mantissa = s.substr(0, e), exponent = drop_sign(s.substr(e + 1));
    if (!all_digits(exponent)) return false;
    auto dot = mantissa.find('.');
    if (dot == std::string_view::npos) return all_digits(mantissa);
    std::string_view before = mantissa.substr(0, dot), after = mantissa.substr(dot + 1);
    if (before.empty()) return all_digits(after);
    return all_digits(before) && (after.empty() || all_digits(after));
}

/// False for literals that Raptor's Turtle serializer would write in a form that reads back
/// differently or is not valid Turtle: it writes integer, decimal, double and boolean values
/// bare whenever strtol or strtod accept them ("6"^^xsd:decimal becomes 6, an integer;
/// "1.5"^^xsd:double becomes a decimal; "0"^^xsd:boolean becomes false), and it writes control
/// characters raw (a raw CR in a short string is not Turtle).
bool turtle_safe(const rdf::Literal& lit) {
    const std::string& lex = lit.lexical();
    for (unsigned char c : lex) {
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) return false;
    }
    if (!lit.language().empty()) return true;
    const rdf::Iri& dt = lit.datatype();
    char* end = nullptr;
    if (dt == rdf::xsd::integer()) {
        std::strtol(lex.c_str(), &end, 10);
        bool bare = end != lex.c_str() && *end == '\0';
        return !bare || turtle_integer(lex);
    }
    if (dt == rdf::xsd::decimal() || dt == rdf::xsd::double_()) {
        std::strtod(lex.c_str(), &end);
        bool bare = end != lex.c_str() && *end == '\0';
        return !bare || (dt == rdf::xsd::decimal() ? turtle_decimal(lex) : turtle_double(lex));
    }
    if (dt == rdf::xsd::boolean()) return lex != "0" && lex != "1";
    return true;
}

/// Splits triples between Raptor's Turtle serializer and an N-Triples tail (valid Turtle too):
/// the tail gets triples with literals Raptor would alter, and every triple touching a group of
/// connected blank nodes that has such a triple or a cycle Raptor would drop.
std::vector<bool> turtle_tail(const store::Store& store, const std::vector<store::QuadIds>& triples) {
    std::unordered_map<store::TermId, store::TermId> parent;
    auto find = [&](store::TermId x) {
        auto it = parent.find(x);
        if (it == parent.end()) {
            parent.emplace(x, x);
            return x;
        }
        store::TermId root = x;
        while (parent[root] != root) root = parent[root];
        while (parent[x] != root) {
            store::TermId next = parent[x];
            parent[x] = root;
            x = next;
        }
        return root;
    };
    auto blank = [&](store::TermId t) { return rdf::is_blank(store.term(t)); };
    for (const auto& t : triples) {
        if (blank(t.subject) && blank(t.object)) parent[find(t.subject)] = find(t.object);
    }
    std::vector<bool> unsafe(triples.size(), false);
    std::unordered_set<store::TermId> marked;
    for (store::TermId n : cyclic_blank_nodes(store, triples)) marked.insert(find(n));
    // Lists: Raptor writes one whose head nothing refers to as "[](...) ." (not Turtle), and a list
    // node that is not a plain cell (no rdf:first, extra properties) as a shorter list, losing the
    // rest of its subject's statements (both found by fuzz_raptor_reader). readout's own graphs hold
    // no lists, so every blank node with rdf:first or rdf:rest goes to the N-Triples section.
    const auto first = store.find(rdf::Term{rdf::Iri(std::string(rdf::ns::rdf) + "first")});
    const auto rest = store.find(rdf::Term{rdf::Iri(std::string(rdf::ns::rdf) + "rest")});
    for (const auto& t : triples) {
        bool list_link = (first && t.predicate == *first) || (rest && t.predicate == *rest);
        if (list_link && blank(t.subject)) marked.insert(find(t.subject));
    }
    for (std::size_t i = 0; i < triples.size(); ++i) {
        const rdf::Term object = store.term(triples[i].object);
        const auto* lit = std::get_if<rdf::Literal>(&object);
        if (lit && !turtle_safe(*lit)) {
            unsafe[i] = true;
            if (blank(triples[i].subject)) marked.insert(find(triples[i].subject));
        }
    }
    std::vector<bool> tail(triples.size(), false);
    for (std::size_t i = 0; i < triples.size(); ++i) {
        const auto& t = triples[i];
        tail[i] = unsafe[i] || (blank(t.subject) && marked.count(find(t.subject))) ||
                  (blank(t.object) && marked.count(find(t.object)));
    }
    return tail;
}

}  // namespace

void write_turtle(const store::Store& store, std::ostream& out) {
    World world;
    BlankLabels blanks(store);
    TermCache terms(world.get(), store, blanks);
    raptor_iostream* stream = raptor_new_iostream_from_handler(world.get(), &out, &kOstreamHandler);
    if (!stream) throw WriteError("", "cannot create a Raptor stream");
    struct StreamGuard {
        raptor_iostream* s;
        ~StreamGuard() { raptor_free_iostream(s); }
    } guard{stream};

    std::vector<store::QuadIds> triples = store.triples();
    std::vector<bool> tail = turtle_tail(store, triples);
    {
        Serializer ser(world, "turtle", stream);
        ser.declare_prefixes();
        ser.start();
        for (std::size_t i = 0; i < triples.size(); ++i) {
            if (tail[i]) continue;
            const auto& t = triples[i];
            ser.add(terms.get(t.subject), terms.get(t.predicate), terms.get(t.object), nullptr);
        }
        ser.end();
    }
    if (std::find(tail.begin(), tail.end(), true) != tail.end()) {
        // N-Triples statements are Turtle too; blank node labels are shared with the part above.
        const char* note =
            "\n# Statements Raptor's Turtle writer cannot abbreviate faithfully, as N-Triples.\n";
        raptor_iostream_counted_string_write(note, std::strlen(note), stream);
        Serializer ser(world, "ntriples", stream);
        ser.start();
        for (std::size_t i = 0; i < triples.size(); ++i) {
            if (!tail[i]) continue;
            const auto& t = triples[i];
            ser.add(terms.get(t.subject), terms.get(t.predicate), terms.get(t.object), nullptr);
        }
        ser.end();
    }
    if (!out) throw WriteError("", "output stream failed");
}

// ---------------------------------------------------------------------------------------------
// Reading

namespace {

/// Language tags of each line of an N-Triples / N-Quads document, as written. Raptor's
/// N-Triples parser lower-cases them; this restores the original spelling.
std::unordered_map<std::uint32_t, std::vector<std::string>> language_tags_by_line(std::string_view text) {
    std::unordered_map<std::uint32_t, std::vector<std::string>> tags;
    std::uint32_t line = 1;
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        char c = text[i];
        if (c == '\n') {
            ++line;
            ++i;
        } else if (c == '#') {
            while (i < n && text[i] != '\n') ++i;
        } else if (c == '<') {
            while (i < n && text[i] != '>' && text[i] != '\n') ++i;
            if (i < n && text[i] == '>') ++i;
        } else if (c == '"') {
            ++i;
            while (i < n && text[i] != '"' && text[i] != '\n') i += text[i] == '\\' ? 2 : 1;
            if (i < n && text[i] == '"') {
                ++i;
                if (i < n && text[i] == '@') {
                    std::size_t start = ++i;
                    while (i < n && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '-')) ++i;
                    tags[line].emplace_back(text.substr(start, i - start));
                }
            }
        } else {
            ++i;
        }
    }
    return tags;
}

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
    }
    return true;
}

struct ParseContext {
    raptor_parser* parser = nullptr;
    PendingQuads* quads = nullptr;
    const std::unordered_map<std::uint32_t, std::vector<std::string>>* tags = nullptr;
    bool failed = false;
    int line = -1;
    std::string message;

    void fail(std::string why) {
        if (failed) return;
        failed = true;
        message = std::move(why);
        if (raptor_locator* loc = raptor_parser_get_locator(parser)) line = loc->line;
        raptor_parser_parse_abort(parser);
    }

    std::string uri_string(raptor_uri* uri) {
        size_t len = 0;
        unsigned char* s = raptor_uri_as_counted_string(uri, &len);
        return std::string(reinterpret_cast<const char*>(s), len);
    }

    std::optional<rdf::Term> convert(const raptor_term* t) {
        switch (t->type) {
            case RAPTOR_TERM_TYPE_URI: {
                // Raptor's N-Quads parser lets "<a<b>" through; such an IRI would make every
                // Turtle or N-Triples file written from it unreadable (found by fuzz_raptor_reader).
                rdf::Iri iri(uri_string(t->value.uri));
                if (!iri.is_valid()) throw std::runtime_error("invalid IRI <" + iri.str() + ">");
                return iri;
            }
            case RAPTOR_TERM_TYPE_BLANK: {
                std::string_view id(reinterpret_cast<const char*>(t->value.blank.string), t->value.blank.string_len);
                if (!id.empty() && id[0] == '\x01') return quads->anonymous_blank_for(id);
                return quads->labelled_blank(id);
            }
            case RAPTOR_TERM_TYPE_LITERAL: {
                const auto& v = t->value.literal;
                std::string lexical(reinterpret_cast<const char*>(v.string), v.string_len);
                if (v.language && v.language_len > 0) {
                    std::string lang(reinterpret_cast<const char*>(v.language), v.language_len);
                    if (tags) {
                        raptor_locator* loc = raptor_parser_get_locator(parser);
                        if (loc && loc->line > 0) {
                            auto it = tags->find(static_cast<std::uint32_t>(loc->line));
                            if (it != tags->end()) {
                                for (const auto& original : it->second) {
                                    if (iequals(original, lang)) {
                                        lang = original;
                                        break;
                                    }
                                }
                            }
                        }
                    }
                    return rdf::Literal::with_language(std::move(lexical), std::move(lang));
                }
                if (v.datatype) {
                    rdf::Iri datatype(uri_string(v.datatype));
                    if (!datatype.is_valid()) throw std::runtime_error("invalid datatype IRI <" + datatype.str() + ">");
                    return rdf::Literal(std::move(lexical), std::move(datatype));
                }
                return rdf::Literal(std::move(lexical));
            }
            default: return std::nullopt;
        }
    }
};

void add_statement(ParseContext* ctx, raptor_statement* st);

void statement_handler(void* user_data, raptor_statement* st) noexcept {
    auto* ctx = static_cast<ParseContext*>(user_data);
    if (ctx->failed) return;
    try {
        add_statement(ctx, st);
    } catch (const std::exception& e) {
        try {
            ctx->fail(e.what());
        } catch (...) {
            ctx->failed = true;
        }
    } catch (...) {
        ctx->failed = true;
    }
}

void add_statement(ParseContext* ctx, raptor_statement* st) {
    auto s = ctx->convert(st->subject);
    auto p = ctx->convert(st->predicate);
    auto o = ctx->convert(st->object);
    if (!s || !p || !o || !rdf::is_iri(*p) || rdf::is_literal(*s)) {
        ctx->fail("unsupported statement");
        return;
    }
    std::optional<rdf::Iri> graph;
    if (st->graph) {
        auto g = ctx->convert(st->graph);
        if (!g || !rdf::is_iri(*g)) {
            ctx->fail("a graph name must be an IRI (blank node graph names are not supported)");
            return;
        }
        graph = std::get<rdf::Iri>(*g);
    }
    ctx->quads->add(std::move(*s), std::get<rdf::Iri>(std::move(*p)), std::move(*o), std::move(graph));
}

std::string base_uri_for(const std::string& origin) {
    if (origin.empty() || origin.front() == '<') return "file:///dev/stdin";
    std::error_code ec;
    std::filesystem::path abs = std::filesystem::absolute(origin, ec);
    unsigned char* s = raptor_uri_filename_to_uri_string((ec ? origin : abs.string()).c_str());
    if (!s) return "file:///dev/stdin";
    std::string out(reinterpret_cast<const char*>(s));
    raptor_free_memory(s);
    return out;
}

std::string tidy_message(std::string msg) {
    for (const char* from : {"$end", "end of file"}) {
        auto pos = msg.find(from);
        if (pos != std::string::npos) msg.replace(pos, std::strlen(from), "end of input");
    }
    return msg;
}

/// Where on a line Raptor stopped, when its locator has no column (its Turtle parser never sets
/// one) but its message says: an end-of-input error stopped at the end of the text; the lexer's
/// "syntax error at 'X'" stopped at X, known when X stands exactly once on the line. Otherwise
/// nullopt: the error keeps its line and gets no column rather than a guessed one.
std::optional<std::pair<std::uint32_t, std::uint32_t>> position_from_message(std::string_view message,
                                                                              std::string_view text,
                                                                              const LineIndex& lines,
                                                                              std::uint32_t line) {
    if (message.find("$end") != std::string_view::npos || message.starts_with("End of file")) {
        return lines.locate(text.size());
    }
    constexpr std::string_view kAt = "syntax error at '";
    if (line == 0 || !message.starts_with(kAt) || !message.ends_with('\'')) return std::nullopt;
    std::string_view token = message.substr(kAt.size(), message.size() - kAt.size() - 1);
    std::string_view line_text = lines.line_text(line);
    std::size_t at = token.empty() ? std::string_view::npos : line_text.find(token);
    if (at == std::string_view::npos || line_text.find(token, at + 1) != std::string_view::npos) return std::nullopt;
    return std::pair{line, lines.column_from_byte(line, at)};
}

}  // namespace

void read_raptor(std::string_view text, GraphFormat format, const std::string& origin, const LineIndex& lines,
                 PendingQuads& quads) {
    const char* name = format == GraphFormat::Turtle     ? "turtle"
                       : format == GraphFormat::NTriples ? "ntriples"
                                                         : "nquads";
    World world;
    raptor_parser* parser = raptor_new_parser(world.get(), name);
    if (!parser) throw ParseError(origin, 0, 0, std::string("Raptor has no parser '") + name + "'");
    struct ParserGuard {
        raptor_parser* p;
        ~ParserGuard() { raptor_free_parser(p); }
    } parser_guard{parser};

    std::unordered_map<std::uint32_t, std::vector<std::string>> tags;
    ParseContext ctx;
    ctx.parser = parser;
    ctx.quads = &quads;
    if (format != GraphFormat::Turtle) {
        tags = language_tags_by_line(text);
        ctx.tags = &tags;
    }
    raptor_parser_set_statement_handler(parser, &ctx, statement_handler);
    world.sink().parser = parser;

    std::string base = base_uri_for(origin);
    raptor_uri* base_uri = raptor_new_uri(world.get(), reinterpret_cast<const unsigned char*>(base.c_str()));
    struct UriGuard {
        raptor_uri* u;
        ~UriGuard() {
            if (u) raptor_free_uri(u);
        }
    } uri_guard{base_uri};

    int rc = raptor_parser_parse_start(parser, base_uri);
    if (rc == 0) {
        rc = raptor_parser_parse_chunk(parser, reinterpret_cast<const unsigned char*>(text.data()), text.size(), 1);
    }
    LogSink& sink = world.sink();
    sink.parser = nullptr;
    auto located = [&](int line, int column, const std::string& message) -> ParseError {
        std::uint32_t l = line > 0 ? static_cast<std::uint32_t>(line) : 0;
        if (l > lines.line_count()) l = lines.line_count();  // "unexpected end of input" after a final newline
        std::uint32_t c = 0;
        if (l > 0 && column >= 0 && static_cast<std::size_t>(column) <= lines.line_text(l).size()) {
            c = lines.column_from_byte(l, static_cast<std::size_t>(column));
        } else if (auto at = position_from_message(message, text, lines, l)) {
            std::tie(l, c) = *at;
        }
        return ParseError(origin, l, c, tidy_message(message));
    };
    if (sink.failed) throw located(sink.line, sink.column, sink.message);
    if (ctx.failed) throw located(ctx.line, -1, ctx.message);
    if (rc != 0) throw ParseError(origin, 0, 0, std::string("the ") + name + " parser failed");
}

}  // namespace readout::io::detail
