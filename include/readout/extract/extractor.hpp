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
    std::string_view name;  ///< the extractor
    std::string_view reads;  ///< what it uses from the document and earlier extractors
    std::string_view adds;  ///< what it adds to the extraction
};

/// The extractors in pipeline order. The order matters: each reads what the ones before it added.
const std::vector<ExtractorInfo>& extractors();

/// Runs every extractor over the document.
[[nodiscard]] ArticleExtraction extract(const text::Document& doc, const Gazetteer& gazetteer = Gazetteer::builtin());

}  // namespace readout::extract
