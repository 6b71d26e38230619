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
    Severity severity = Severity::Error;  ///< how bad it is
    std::string file;  ///< the input it is about
    std::uint32_t line = 0;  ///< 1-based line, 0 when unknown
    std::uint32_t column = 0;  ///< 1-based column in characters, 0 when unknown
    std::string message;  ///< what is wrong
};

/// "file:line:column: severity: message", omitting unknown parts.
std::string format(const Diagnostic& d);

/// A list of diagnostics collected by a stage.
using Diagnostics = std::vector<Diagnostic>;

}  // namespace readout
