#pragma once
// A small JSON tree that remembers where each value starts, so JSON-LD errors can point at a
// line and column. Parsed with RapidJSON's SAX reader; RapidJSON stays inside json_dom.cpp.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "detail.hpp"

namespace readout::io::detail::json {

enum class Kind : std::uint8_t { Null, Bool, Number, String, Array, Object };

struct Value;

/// One member of an object, with where its key starts.
struct Member {
    std::string key;
    std::size_t key_offset = 0;
    std::vector<Value> value;  // exactly one element (a vector breaks the recursive type)
};

/// A JSON value. Numbers keep their lexical form.
struct Value {
    Kind kind = Kind::Null;
    bool boolean = false;
    std::string text;             // string contents, or the number as written
    std::vector<Value> items;     // arrays
    std::vector<Member> members;  // objects, in document order
    std::size_t offset = 0;       // byte offset of the first character

    [[nodiscard]] bool is_object() const noexcept { return kind == Kind::Object; }
    [[nodiscard]] bool is_array() const noexcept { return kind == Kind::Array; }
    [[nodiscard]] bool is_string() const noexcept { return kind == Kind::String; }
    [[nodiscard]] bool is_null() const noexcept { return kind == Kind::Null; }
    /// The value of member `key`, or nullptr.
    [[nodiscard]] const Value* find(std::string_view key) const noexcept;
};

/// Maximum nesting of arrays and objects.
inline constexpr std::size_t kMaxDepth = 256;

/// Parses a complete JSON text (RFC 8259; UTF-8 already checked). Throws ParseError with the
/// line and column of the problem.
[[nodiscard]] Value parse(std::string_view text, const std::string& origin, const LineIndex& lines);

/// Human name of a kind ("an object", "a string", ...), for messages.
[[nodiscard]] const char* describe(Kind kind) noexcept;

}  // namespace readout::io::detail::json
