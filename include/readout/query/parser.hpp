#pragma once
/// \file
/// The question parser: text in, plain syntax tree out, or a ParseError that points at the word.

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "readout/query/ast.hpp"

namespace readout::query {

/// A question that does not fit any form. `what()` echoes the question with a caret line
/// under the offending word, and lists the forms that were expected.
class ParseError : public std::runtime_error {
public:
    /// Builds the error; `what()` is composed from all parts.
    ParseError(std::string question, std::size_t position, std::string word, std::string message,
               std::vector<std::string> forms);

    /// Byte offset of the offending word in the question (== question size at the end of input).
    [[nodiscard]] std::size_t position() const noexcept { return position_; }
    /// The word at which parsing failed (empty at the end of the question).
    [[nodiscard]] const std::string& word() const noexcept { return word_; }
    /// What went wrong, without the echo (e.g. "expected 'meet'").
    [[nodiscard]] const std::string& message() const noexcept { return message_; }
    /// The question forms the parser expected there (all forms when the form was not recognized).
    [[nodiscard]] const std::vector<std::string>& forms() const noexcept { return forms_; }
    /// The question as given.
    [[nodiscard]] const std::string& question() const noexcept { return question_; }

private:
    std::string question_;
    std::size_t position_;
    std::string word_;
    std::string message_;
    std::vector<std::string> forms_;
};

/// Every question form, one template per line of help ("who met <person>", ...).
[[nodiscard]] const std::vector<std::string>& question_forms();

/// Parses a question (keywords are case-insensitive; a trailing '?' is ignored).
/// Throws ParseError when the text fits no form.
[[nodiscard]] Question parse(std::string_view question);

/// Parses a date phrase: "2023-07-13", "2023-07", "2023", "July 2023", "13 July 2023",
/// "July 13, 2023". Returns nothing when the text is not a date.
[[nodiscard]] std::optional<DateFilter> parse_date(std::string_view text);

}  // namespace readout::query
