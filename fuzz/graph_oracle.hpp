#pragma once
// Shared by the graph-reader fuzzers: read `text` as `format`; a ParseError is a fine outcome, but
// a graph that was read must survive writing in every RDF format and reading back with the same
// number of quads (or triples, for the formats that hold only the union of the graphs).
#include <cstdio>
#include <sstream>
#include <string>

#include "../src/io/detail.hpp"
#include "../tests/io/support.hpp"
#include "readout/io/graph_io.hpp"

namespace readout::fuzz {

inline store::Store read_or_trap(const std::string& text, io::GraphFormat format, bool must_parse) {
    store::Store s;
    std::istringstream in(text);
    try {
        io::read_graph(in, format, "fuzz", s);
    } catch (const io::ParseError& e) {
        if (must_parse) {
            std::fprintf(stderr, "readout wrote %s it cannot read back: %s\n---\n%s\n---\n",
                         std::string(io::format_name(format)).c_str(), e.what(), text.c_str());
            __builtin_trap();
        }
        throw;
    }
    return s;
}

inline void read_and_round_trip(const std::string& text, io::GraphFormat format) {
    store::Store s;
    try {
        s = read_or_trap(text, format, false);
    } catch (const io::ParseError&) {
        return;
    }
    for (auto out : {io::GraphFormat::Turtle, io::GraphFormat::NTriples, io::GraphFormat::NQuads,
                     io::GraphFormat::JsonLd}) {
        std::ostringstream os;
        io::write_graph(s, out, os);
        store::Store back = read_or_trap(os.str(), out, true);
        bool quads = out == io::GraphFormat::NQuads;
        if ((quads ? back.quad_count() : back.triple_count()) != (quads ? s.quad_count() : s.triple_count())) {
            std::fprintf(stderr, "%s round trip changed the number of statements\n",
                         std::string(io::format_name(out)).c_str());
            __builtin_trap();
        }
    }
    std::ostringstream dot;
    io::write_graph(s, io::GraphFormat::Dot, dot);
}

/// N-Triples / N-Quads: when readout's streaming reader and Raptor's parser (the reader it
/// replaced) both accept `text`, they must have read the same quads (blank node labels aside).
inline void same_as_raptor(const std::string& text, io::GraphFormat format) {
    // Raptor cuts a literal short at U+0000 (raw or escaped); readout keeps the whole lexical form.
    for (std::string_view nul : {std::string_view("\0", 1), std::string_view("\\u0000"), std::string_view("\\U00000000")}) {
        if (text.find(nul) != std::string::npos) return;
    }
    // Raptor 2.0.15 silently drops every statement after a comment line holding a '"'.
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        auto first = line.find_first_not_of(" \t\r");
        if (first != std::string::npos && line[first] == '#' && line.find('"') != std::string::npos) return;
    }
    store::Store ours, raptor;
    try {
        std::istringstream in(text);
        io::read_graph(in, format, "fuzz", ours);
        io::detail::read_document(text, format, "fuzz", raptor);
    } catch (const io::ParseError&) {
        return;
    }
    if (io_test::canonical(ours) != io_test::canonical(raptor)) {
        std::fprintf(stderr, "the %s reader and Raptor read different quads from:\n---\n%s\n---\n",
                     std::string(io::format_name(format)).c_str(), text.c_str());
        __builtin_trap();
    }
}

}  // namespace readout::fuzz
