#include "readout/rdf/term.hpp"

#include "readout/rdf/vocabulary.hpp"

namespace readout::rdf {

bool Iri::is_valid() const noexcept {
    if (value_.empty()) return false;
    for (unsigned char c : value_) {
        if (c <= 0x20) return false;
        switch (c) {
            case '<': case '>': case '"': case '{': case '}': case '|': case '^': case '`': case '\\':
                return false;
            default: break;
        }
    }
    return value_.find(':') != std::string::npos;
}

Literal::Literal(std::string lexical) : lexical_(std::move(lexical)), datatype_(xsd::string()) {}

Literal::Literal(std::string lexical, Iri datatype)
    : lexical_(std::move(lexical)), datatype_(std::move(datatype)) {}

Literal Literal::with_language(std::string lexical, std::string language) {
    Literal l(std::move(lexical), rdf_ns::lang_string());
    l.language_ = std::move(language);
    return l;
}

bool Literal::is_plain() const noexcept { return language_.empty() && datatype_ == xsd::string(); }

std::size_t TermHash::operator()(const Term& t) const noexcept {
    std::hash<std::string> h;
    return std::visit(
        [&](const auto& v) -> std::size_t {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, Iri>) {
                return h(v.str()) * 3;
            } else if constexpr (std::is_same_v<T, BlankNode>) {
                return h(v.label()) * 3 + 1;
            } else {
                return (h(v.lexical()) ^ (h(v.datatype().str()) << 1) ^ (h(v.language()) << 2)) * 3 + 2;
            }
        },
        t);
}

}  // namespace readout::rdf
