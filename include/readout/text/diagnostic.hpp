#pragma once
/// \file
/// Diagnostics: what the library reports instead of printing. Each carries where it applies.

#include <cstdint>
#include <string>
#include <vector>

namespace readout {

/// How serious a diagnostic is.
enum class Severity : std::uint8_t { Note, Warning, Error };

/// One message about the input, with its location (line and column are 1-based; 0 = unknown).
struct Diagnostic {
    Severity severity = Severity::Error;
    std::string file;
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    std::string message;
};

/// "file:line:column: severity: message", omitting unknown parts.
std::string format(const Diagnostic& d);

/// A list of diagnostics collected by a stage.
using Diagnostics = std::vector<Diagnostic>;

}  // namespace readout
