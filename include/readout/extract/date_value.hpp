#pragma once
/// \file
/// Calendar dates of varying precision, and weekday constraints.

#include <cstdint>
#include <optional>
#include <string>

namespace readout::extract {

/// How precisely a date is known.
enum class DatePrecision : std::uint8_t { None, Year, Month, Day };

/// A date known to day, month or year precision, or only as a weekday, or not at all.
struct DateValue {
    int year = 0;  ///< the year, when precision >= Year
    int month = 0;   ///< 1-12 when precision >= Month
    int day = 0;     ///< 1-31 when precision == Day
    DatePrecision precision = DatePrecision::None;  ///< how much of the date is known
    int weekday = -1;  ///< 0=Monday..6=Sunday when the text names one (even without a date)

    /// True when at least the year is known.
    [[nodiscard]] bool known() const noexcept { return precision != DatePrecision::None; }
    /// ISO 8601 form: YYYY-MM-DD, YYYY-MM or YYYY; empty when unknown.
    [[nodiscard]] std::string iso() const;
    /// True when the two values cannot describe the same day (different year/month/day where both
    /// are known, or different weekdays).
    [[nodiscard]] bool contradicts(const DateValue& other) const noexcept;
    auto operator<=>(const DateValue&) const = default;

    /// A day-precision date.
    static DateValue ymd(int y, int m, int d);
    /// A month-precision date.
    static DateValue ym(int y, int m);
    /// A year-precision date.
    static DateValue y(int y);
    /// Parses ISO 8601 (YYYY-MM-DD, YYYY-MM, YYYY, or a longer timestamp starting with a date).
    static std::optional<DateValue> parse_iso(std::string_view s);
};

/// Days since 1970-01-01 of a valid y-m-d (proleptic Gregorian).
[[nodiscard]] std::int64_t days_from_civil(int y, int m, int d) noexcept;
/// The y-m-d of a day count since 1970-01-01.
void civil_from_days(std::int64_t z, int& y, int& m, int& d) noexcept;
/// Weekday of a date, 0=Monday..6=Sunday.
[[nodiscard]] int weekday_of(int y, int m, int d) noexcept;
/// Number of days in a month.
[[nodiscard]] int days_in_month(int y, int m) noexcept;
/// Adds days to a day-precision date.
[[nodiscard]] DateValue add_days(const DateValue& d, int days);

}  // namespace readout::extract
