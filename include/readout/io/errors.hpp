#pragma once
/// \file
/// The exceptions the io stage throws: ParseError for unreadable input (with file, line and
/// column), WriteError for output that could not be written, LookupError for a name that
/// matches nothing.

#include <cstdint>
#include <stdexcept>
#include <string>

#include "readout/text/diagnostic.hpp"

namespace readout::io {

/// Input that cannot be read as the expected syntax. `line` and `column` are 1-based
/// (0 = unknown); columns count Unicode characters. what() is "file:line:column: error: message".
struct ParseError : std::runtime_error {
    /// Creates the error; `message` is the bare description without location.
    ParseError(std::string file, std::uint32_t line, std::uint32_t column, std::string message);

    /// The input name (a path, or a caller-chosen origin such as "<stdin>").
    std::string file;
    /// 1-based line, 0 when unknown.
    std::uint32_t line = 0;
    /// 1-based column in characters, 0 when unknown.
    std::uint32_t column = 0;
    /// The description without the location.
    std::string message;

    /// The same information as a Diagnostic of severity Error.
    [[nodiscard]] Diagnostic diagnostic() const;
};

/// Output that could not be produced or stored (I/O failure, serializer failure).
struct WriteError : std::runtime_error {
    /// Creates the error for `path` (empty when writing to a stream).
    WriteError(std::string path, std::string message);

    /// The file being written, empty for streams.
    std::string path;
    /// The description without the path.
    std::string message;
};

/// A name given by the caller (for instance the focus of a diagram) that matches nothing.
struct LookupError : std::runtime_error {
    /// Creates the error for the unmatched `name`.
    LookupError(std::string name, std::string message);

    /// The name that was looked up.
    std::string name;
};

}  // namespace readout::io
