#include "complete.hpp"

#include "readout/store/graph_builder.hpp"

namespace readout::pipeline::detail {

void complete_build(const resolve::Resolver& resolver, const std::string& base, BuildResult& result) {
    result.knowledge = resolver.finish();
    store::MintOptions mint;
    mint.base = base;
    store::add_knowledge(result.knowledge, result.store, mint);
}

}  // namespace readout::pipeline::detail
