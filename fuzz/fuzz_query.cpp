// libFuzzer harness: the question parser and the engine. Arbitrary text is parsed, answered over a
// small store and formatted in every output format; only query::ParseError may escape the parser.
#include "fuzz_target.hpp"
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "../tests/query/fixture.hpp"
#include "readout/query/engine.hpp"
#include "readout/query/format.hpp"
#include "readout/query/parser.hpp"

READOUT_FUZZ_TARGET(query) {
    using namespace readout;
    static const query::test::Fixture fixture;
    static const query::Engine engine(fixture.store);
    std::string_view question(reinterpret_cast<const char*>(data), size);
    query::Result result;
    try {
        result = engine.ask(question);
    } catch (const query::ParseError& e) {
        (void)e.what();
        return 0;
    }
    for (auto f : {query::OutputFormat::Table, query::OutputFormat::Json, query::OutputFormat::Tsv,
                   query::OutputFormat::Csv})
        (void)query::format_result(result, f, true);
    return 0;
}
