#include "readout/text/embedded_data.hpp"

namespace readout::text {

std::optional<std::string_view> embedded_file(std::string_view name) {
    std::size_t n = 0;
    const EmbeddedFile* files = embedded_files(n);
    for (std::size_t i = 0; i < n; ++i)
        if (files[i].name == name) return files[i].data;
    return std::nullopt;
}

}  // namespace readout::text
