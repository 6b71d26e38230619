// libFuzzer harness: the Turtle, N-Triples and N-Quads readers (Raptor for Turtle, readout's own
// streaming reader for N-Triples and N-Quads). The first byte picks the syntax. Input that parses
// must write back in every format and read back again: readout never emits a file its own readers
// (and so consumers) reject. N-Triples and N-Quads are also read by Raptor's parsers: where both
// readers accept an input they must read the same quads.
#include "fuzz_target.hpp"
#include <cstddef>
#include <cstdint>
#include <string>

#include "graph_oracle.hpp"

READOUT_FUZZ_TARGET(raptor_reader) {
    using readout::io::GraphFormat;
    if (size == 0) return 0;
    static constexpr GraphFormat kFormats[] = {GraphFormat::Turtle, GraphFormat::NTriples, GraphFormat::NQuads};
    GraphFormat format = kFormats[data[0] % 3];
    std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    if (format != GraphFormat::Turtle) readout::fuzz::same_as_raptor(text, format);
    readout::fuzz::read_and_round_trip(text, format);
    return 0;
}
