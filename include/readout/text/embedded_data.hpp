#pragma once
/// \file
/// Data files compiled into the library at build time: the ontology, its JSON-LD context and
/// the gazetteers under ontology/gazetteer/.

#include <cstddef>
#include <optional>
#include <string_view>

namespace readout::text {

/// One embedded file: its base name and contents.
struct EmbeddedFile {
    std::string_view name;  ///< base name ("readout.ttl")
    std::string_view data;  ///< contents
};

/// All embedded files; sets `count`.
const EmbeddedFile* embedded_files(std::size_t& count);

/// The contents of the embedded file with this base name (e.g. "countries.tsv").
std::optional<std::string_view> embedded_file(std::string_view name);

}  // namespace readout::text
