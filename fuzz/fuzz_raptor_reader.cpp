// libFuzzer harness: the Turtle, N-Triples and N-Quads readers (Raptor underneath). The first byte
// picks the syntax. Input that parses must write back in every format and read back again: readout
// never emits a file its own readers (and so consumers) reject.
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
    readout::fuzz::read_and_round_trip(std::string(reinterpret_cast<const char*>(data) + 1, size - 1), format);
    return 0;
}
