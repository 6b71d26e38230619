// The last steps every way of building shares: merge across articles, mint, fill the store.
// Internal to the pipeline stage.
#pragma once

#include <string>

#include "readout/pipeline/build.hpp"
#include "readout/resolve/resolver.hpp"

namespace readout::pipeline::detail {

/// Merges the resolver's articles into `result.knowledge` and adds it to `result.store` under
/// IRIs minted from `base`.
void complete_build(const resolve::Resolver& resolver, const std::string& base, BuildResult& result);

}  // namespace readout::pipeline::detail
