#include "names.hpp"

#include "readout/text/document.hpp"
#include "readout/text/unicode.hpp"

namespace readout::resolve::detail {

std::vector<std::string> name_tokens(std::string_view name) {
    std::vector<std::string> out;
    for (const auto& t : text::tokenize(name)) {
        if (t.kind != text::TokenKind::Word) continue;
        out.push_back(text::normalize_key(name.substr(t.span.begin, t.span.size())));
    }
    return out;
}

bool after_patronymic(const std::vector<std::string>& words, std::size_t i) {
    if (i == 0 || i >= words.size()) return false;
    const std::string& p = words[i - 1];
    return p == "bin" || p == "ibn" || p == "bint" || p == "binti";
}

std::string bare(const std::string& w) {
    for (std::string_view p : {"al-", "el-", "ad-", "as-", "ash-", "at-", "an-", "ar-", "az-"})
        if (w.size() > p.size() + 1 && w.compare(0, p.size(), p) == 0) return w.substr(p.size());
    return w;
}

}  // namespace readout::resolve::detail
