// libFuzzer harness: the JSON-LD reader. Input that parses must write back in every format and
// read back again (see graph_oracle.hpp).
#include "fuzz_target.hpp"
#include <cstddef>
#include <cstdint>
#include <string>

#include "graph_oracle.hpp"

READOUT_FUZZ_TARGET(jsonld_reader) {
    readout::fuzz::read_and_round_trip(std::string(reinterpret_cast<const char*>(data), size),
                                       readout::io::GraphFormat::JsonLd);
    return 0;
}
