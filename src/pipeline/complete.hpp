// The last steps every way of building shares: merge across articles, mint, fill the store.
// Internal to the pipeline stage.
#pragma once

#include <string>

#include "readout/pipeline/build.hpp"
#include "readout/resolve/resolver.hpp"

namespace readout::pipeline::detail {

/// Merges the resolver's articles (consuming them) and adds the knowledge to `result.store` under
/// IRIs minted from `base`; keeps it in `result.knowledge` only with `keep_knowledge` (else it
/// is released while the store is filled). Counts people and meetings either way.
void complete_build(resolve::Resolver& resolver, const std::string& base, bool keep_knowledge, BuildResult& result);

}  // namespace readout::pipeline::detail
