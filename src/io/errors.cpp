#include "readout/io/errors.hpp"

namespace readout::io {
namespace {

std::string located(const std::string& file, std::uint32_t line, std::uint32_t column, const std::string& message) {
    Diagnostic d;
    d.severity = Severity::Error;
    d.file = file;
    d.line = line;
    d.column = column;
    d.message = message;
    return format(d);
}

}  // namespace

ParseError::ParseError(std::string file_, std::uint32_t line_, std::uint32_t column_, std::string message_)
    : std::runtime_error(located(file_, line_, column_, message_)),
      file(std::move(file_)),
      line(line_),
      column(column_),
      message(std::move(message_)) {}

Diagnostic ParseError::diagnostic() const {
    Diagnostic d;
    d.severity = Severity::Error;
    d.file = file;
    d.line = line;
    d.column = column;
    d.message = message;
    return d;
}

WriteError::WriteError(std::string path_, std::string message_)
    : std::runtime_error(path_.empty() ? message_ : path_ + ": " + message_),
      path(std::move(path_)),
      message(std::move(message_)) {}

LookupError::LookupError(std::string name_, std::string message_)
    : std::runtime_error(std::move(message_)), name(std::move(name_)) {}

}  // namespace readout::io
