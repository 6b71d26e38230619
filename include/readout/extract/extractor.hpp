#pragma once
/// \file
/// Running the extractors over a document.

#include <string_view>
#include <vector>

#include "readout/extract/assertions.hpp"
#include "readout/extract/gazetteer.hpp"
#include "readout/text/document.hpp"

namespace readout::extract {

/// What one extractor reads and adds, in the order they run.
struct ExtractorInfo {
    std::string_view name;
    std::string_view reads;
    std::string_view adds;
};

/// The extractors in pipeline order. The order matters: each reads what the ones before it added.
const std::vector<ExtractorInfo>& extractors();

/// Runs every extractor over the document.
[[nodiscard]] ArticleExtraction extract(const text::Document& doc, const Gazetteer& gazetteer = Gazetteer::builtin());

}  // namespace readout::extract
