#include "readout/extract/date_value.hpp"

#include <cstdio>

namespace readout::extract {

// Howard Hinnant's civil calendar algorithms.
std::int64_t days_from_civil(int y, int m, int d) noexcept {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civil_from_days(std::int64_t z, int& y, int& m, int& d) noexcept {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2));
}

int weekday_of(int y, int m, int d) noexcept {
    std::int64_t z = days_from_civil(y, m, d);
    // 1970-01-01 was a Thursday (3 when Monday = 0)
    return static_cast<int>(((z % 7) + 7 + 3) % 7);
}

int days_in_month(int y, int m) noexcept {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return days[m - 1];
}

DateValue DateValue::ymd(int y, int m, int d) {
    DateValue v;
    v.year = y; v.month = m; v.day = d;
    v.precision = DatePrecision::Day;
    v.weekday = weekday_of(y, m, d);
    return v;
}

DateValue DateValue::ym(int y, int m) {
    DateValue v;
    v.year = y; v.month = m;
    v.precision = DatePrecision::Month;
    return v;
}

DateValue DateValue::y(int y) {
    DateValue v;
    v.year = y;
    v.precision = DatePrecision::Year;
    return v;
}

DateValue add_days(const DateValue& d, int days) {
    if (d.precision != DatePrecision::Day) return d;
    int y, m, dd;
    civil_from_days(days_from_civil(d.year, d.month, d.day) + days, y, m, dd);
    return DateValue::ymd(y, m, dd);
}

std::string DateValue::iso() const {
    char buf[16];
    switch (precision) {
        case DatePrecision::Day: std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day); return buf;
        case DatePrecision::Month: std::snprintf(buf, sizeof buf, "%04d-%02d", year, month); return buf;
        case DatePrecision::Year: std::snprintf(buf, sizeof buf, "%04d", year); return buf;
        default: return {};
    }
}

bool DateValue::contradicts(const DateValue& o) const noexcept {
    if (weekday >= 0 && o.weekday >= 0 && weekday != o.weekday) return true;
    if (precision == DatePrecision::None || o.precision == DatePrecision::None) return false;
    if (year != o.year) return true;
    if (precision >= DatePrecision::Month && o.precision >= DatePrecision::Month && month != o.month) return true;
    if (precision == DatePrecision::Day && o.precision == DatePrecision::Day && day != o.day) return true;
    return false;
}

std::optional<DateValue> DateValue::parse_iso(std::string_view s) {
    auto digits = [&](std::size_t pos, std::size_t n, int& out) {
        if (pos + n > s.size()) return false;
        int v = 0;
        for (std::size_t i = 0; i < n; ++i) {
            char c = s[pos + i];
            if (c < '0' || c > '9') return false;
            v = v * 10 + (c - '0');
        }
        out = v;
        return true;
    };
    int y = 0, m = 0, d = 0;
    if (!digits(0, 4, y)) return std::nullopt;
    if (s.size() == 4) return DateValue::y(y);
    if (s.size() < 7 || s[4] != '-' || !digits(5, 2, m) || m < 1 || m > 12) return std::nullopt;
    if (s.size() == 7) return DateValue::ym(y, m);
    if (s.size() < 10 || s[7] != '-' || !digits(8, 2, d) || d < 1 || d > days_in_month(y, m)) return std::nullopt;
    if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return std::nullopt;
    return DateValue::ymd(y, m, d);
}

}  // namespace readout::extract
