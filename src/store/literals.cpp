#include "literals.hpp"

#include "readout/rdf/vocabulary.hpp"

namespace readout::store::detail {
namespace {
constexpr const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
}  // namespace

const char* weekday_name(int weekday) noexcept { return weekday >= 0 && weekday < 7 ? kWeekdays[weekday] : ""; }

int weekday_from_name(std::string_view name) noexcept {
    for (int i = 0; i < 7; ++i)
        if (name == kWeekdays[i]) return i;
    return -1;
}

rdf::Literal date_literal(const extract::DateValue& date) {
    switch (date.precision) {
        case extract::DatePrecision::Day: return rdf::Literal(date.iso(), rdf::xsd::date());
        case extract::DatePrecision::Month: return rdf::Literal(date.iso(), rdf::xsd::g_year_month());
        default: return rdf::Literal(date.iso(), rdf::xsd::g_year());
    }
}

std::optional<extract::DateValue> date_from_literal(const rdf::Literal& literal) {
    const auto& dt = literal.datatype();
    const auto& lex = literal.lexical();
    std::size_t expected = dt == rdf::xsd::date() ? 10 : dt == rdf::xsd::g_year_month() ? 7 : dt == rdf::xsd::g_year() ? 4 : 0;
    if (expected == 0 || lex.size() != expected) return std::nullopt;
    auto d = extract::DateValue::parse_iso(lex);
    if (d) d->weekday = -1;
    return d;
}

}  // namespace readout::store::detail
