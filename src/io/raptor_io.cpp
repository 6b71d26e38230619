// Raptor2: the Turtle, N-Triples and N-Quads parsers, for reading only (turtle_writer.cpp writes Turtle)
// (read_graph reads N-Triples and N-Quads with read_ntriples; Raptor's parsers for them are the
// reference the tests and fuzz_raptor_reader compare it with).

#include <raptor2.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
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

}  // namespace

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
