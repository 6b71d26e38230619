// The score report as text (the layout of score.py) and as JSON (the keys of score.py --json).

#include <cstdio>

#include "readout/eval/score.hpp"

namespace readout::eval {

namespace {

/// A figure as Python prints a float rounded to three decimals: "0.731", "0.8", "1.0".
std::string figure(double x) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.3f", x);
    std::string s = buf;
    while (s.size() > 1 && s.back() == '0' && s[s.size() - 2] != '.') s.pop_back();
    return s;
}

std::string fixed3(double x) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.3f", x);
    return buf;
}

std::string padded(std::string key) {
    if (key.size() < 20) key.append(20 - key.size(), ' ');
    return key;
}

template <typename Fn>
void each_figure(const Report& r, Fn&& fn) {
    fn("persons", &r.persons, 0.0, false);
    fn("roles", &r.roles, 0.0, false);
    fn("roles+org", &r.roles_org, 0.0, false);
    fn("meetings", &r.meetings, 0.0, false);
    fn("meeting_duplicates", nullptr, static_cast<double>(r.meeting_duplicates), true);
    fn("participants", &r.participants, 0.0, false);
    fn("location_accuracy", nullptr, r.location_accuracy, false);
    fn("date_accuracy", nullptr, r.date_accuracy, false);
    fn("issues", &r.issues, 0.0, false);
    fn("overall", nullptr, r.overall, false);
}

}  // namespace

std::string format_text(const Scored& scored) {
    std::string out;
    each_figure(scored.report, [&](const char* key, const Prf* p, double v, bool count) {
        out += padded(key);
        if (p) {
            out += " P=" + fixed3(p->precision) + " R=" + fixed3(p->recall) + " F1=" + fixed3(p->f1);
        } else {
            out += " " + (count ? std::to_string(static_cast<long long>(v)) : figure(v));
        }
        out += "\n";
    });
    for (const auto& n : scored.notes) out += "  - " + n + "\n";
    return out;
}

std::string format_json(const Report& report) {
    std::string out = "{";
    each_figure(report, [&](const char* key, const Prf* p, double v, bool count) {
        if (out.size() > 1) out += ", ";
        out += std::string("\"") + key + "\": ";
        if (p) out += "[" + figure(p->precision) + ", " + figure(p->recall) + ", " + figure(p->f1) + "]";
        else out += count ? std::to_string(static_cast<long long>(v)) : figure(v);
    });
    return out + "}";
}

}  // namespace readout::eval
