#include "json_dom.hpp"

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

namespace readout::io::detail::json {

const Value* Value::find(std::string_view key) const noexcept {
    for (const auto& m : members) {
        if (m.key == key) return &m.value.front();
    }
    return nullptr;
}

const char* describe(Kind kind) noexcept {
    switch (kind) {
        case Kind::Null: return "null";
        case Kind::Bool: return "a boolean";
        case Kind::Number: return "a number";
        case Kind::String: return "a string";
        case Kind::Array: return "an array";
        case Kind::Object: return "an object";
    }
    return "a value";
}

namespace {

struct Builder : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Builder> {
    std::string_view text;
    const rapidjson::MemoryStream* stream = nullptr;
    std::size_t last_end = 0;
    std::vector<Value> stack;
    std::vector<std::pair<std::string, std::size_t>> keys;
    Value root;
    bool have_root = false;
    bool too_deep = false;
    std::size_t deep_offset = 0;

    std::size_t start_of_token() {
        std::size_t i = last_end;
        while (i < text.size()) {
            char c = text[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ':') {
                ++i;
            } else {
                break;
            }
        }
        return i;
    }
    void mark_end() { last_end = stream->Tell(); }
    /// RapidJSON's iterative parser calls the bracket handlers before it consumes the bracket.
    void mark_after_bracket() {
        std::size_t t = stream->Tell();
        bool bracket = t < text.size() && (text[t] == '{' || text[t] == '[' || text[t] == '}' || text[t] == ']');
        last_end = bracket ? t + 1 : t;
    }

    bool attach(Value v) {
        if (stack.empty()) {
            root = std::move(v);
            have_root = true;
            return true;
        }
        Value& top = stack.back();
        if (top.kind == Kind::Array) {
            top.items.push_back(std::move(v));
        } else {
            Member m;
            m.key = std::move(keys.back().first);
            m.key_offset = keys.back().second;
            keys.pop_back();
            m.value.push_back(std::move(v));
            top.members.push_back(std::move(m));
        }
        return true;
    }
    bool scalar(Kind kind, std::string text_value, bool b = false) {
        Value v;
        v.kind = kind;
        v.text = std::move(text_value);
        v.boolean = b;
        v.offset = start_of_token();
        mark_end();
        return attach(std::move(v));
    }

    bool Null() { return scalar(Kind::Null, {}); }
    bool Bool(bool b) { return scalar(Kind::Bool, b ? "true" : "false", b); }
    bool RawNumber(const char* str, rapidjson::SizeType len, bool) { return scalar(Kind::Number, std::string(str, len)); }
    bool String(const char* str, rapidjson::SizeType len, bool) { return scalar(Kind::String, std::string(str, len)); }
    bool Key(const char* str, rapidjson::SizeType len, bool) {
        keys.emplace_back(std::string(str, len), start_of_token());
        mark_end();
        return true;
    }
    bool open(Kind kind) {
        Value v;
        v.kind = kind;
        v.offset = start_of_token();
        mark_after_bracket();
        if (stack.size() >= kMaxDepth) {
            too_deep = true;
            deep_offset = v.offset;
            return false;
        }
        stack.push_back(std::move(v));
        return true;
    }
    bool close() {
        mark_after_bracket();
        Value v = std::move(stack.back());
        stack.pop_back();
        return attach(std::move(v));
    }
    bool StartObject() { return open(Kind::Object); }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool StartArray() { return open(Kind::Array); }
    bool EndArray(rapidjson::SizeType) { return close(); }
};

}  // namespace

Value parse(std::string_view text, const std::string& origin, const LineIndex& lines) {
    if (auto nul = text.find('\0'); nul != std::string_view::npos) {
        throw ParseError(origin, lines.line_of(nul), lines.column_of(nul), "NUL character in JSON text");
    }
    rapidjson::MemoryStream stream(text.data(), text.size());
    Builder builder;
    builder.text = text;
    builder.stream = &stream;
    rapidjson::Reader reader;
    constexpr unsigned kFlags = rapidjson::kParseValidateEncodingFlag | rapidjson::kParseNumbersAsStringsFlag |
                                rapidjson::kParseIterativeFlag;
    rapidjson::ParseResult ok = reader.Parse<kFlags>(stream, builder);
    if (builder.too_deep) {
        throw ParseError(origin, lines.line_of(builder.deep_offset), lines.column_of(builder.deep_offset),
                         "JSON nested deeper than " + std::to_string(kMaxDepth) + " levels");
    }
    if (!ok) {
        auto [line, column] = lines.locate(ok.Offset());
        std::string message = "invalid JSON: ";
        message += rapidjson::GetParseError_En(ok.Code());
        throw ParseError(origin, line, column, message);
    }
    return std::move(builder.root);
}

}  // namespace readout::io::detail::json
