// The literal forms of dates and weekdays, shared by everything in the store stage that writes
// or reads them (the graph builder and the article records). Internal to the store stage.
#pragma once

#include <optional>
#include <string_view>

#include "readout/extract/date_value.hpp"
#include "readout/rdf/term.hpp"

namespace readout::store::detail {

/// The English name of a weekday, 0 = Monday .. 6 = Sunday; "" out of range.
[[nodiscard]] const char* weekday_name(int weekday) noexcept;

/// The weekday (0 = Monday .. 6 = Sunday) of an English weekday name; -1 when it is none.
[[nodiscard]] int weekday_from_name(std::string_view name) noexcept;

/// A known date as a literal: xsd:date, xsd:gYearMonth or xsd:gYear by its precision.
[[nodiscard]] rdf::Literal date_literal(const extract::DateValue& date);

/// The date a date_literal() denotes, with no weekday (-1); nullopt for any other literal.
[[nodiscard]] std::optional<extract::DateValue> date_from_literal(const rdf::Literal& literal);

}  // namespace readout::store::detail
