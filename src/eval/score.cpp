// Scoring a graph against gold annotations. This follows score.py rule for rule, so that the two
// print the same figures: persons by their labels, roles by phrase containment, meetings paired
// with gold meetings by an optimal assignment on participant overlap, then participants, place,
// date and issues of each pair.

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>

#include "readout/eval/score.hpp"
#include "readout/rdf/vocabulary.hpp"
#include "readout/text/unicode.hpp"

namespace readout::eval {

namespace {

using store::Store;
using store::TermId;

bool is_word(char32_t cp) {
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_' ||
           (cp >= 0x80 && text::is_letter(cp));
}

/// Rounds to three decimals the way Python's round() does: correctly, on the binary value.
double round3(double x) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.3f", x);
    return std::strtod(buf, nullptr);
}

Prf prf(std::size_t tp_p, std::size_t n_out, std::size_t tp_r, std::size_t n_gold) {
    double p = n_out ? static_cast<double>(tp_p) / static_cast<double>(n_out) : (n_gold == 0 ? 1.0 : 0.0);
    double r = n_gold ? static_cast<double>(tp_r) / static_cast<double>(n_gold) : 1.0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    return {round3(p), round3(r), round3(f)};
}

/// Meeting-level date check: the output date must agree with the gold date at the gold's
/// precision, and may be more precise only when the gold is a full date.
bool date_ok(const std::optional<std::string>& out, const std::optional<std::string>& gold) {
    if (!gold) return !out;
    if (!out) return false;
    return out->compare(0, gold->size(), *gold) == 0 && out->size() >= gold->size() &&
           (out->size() == gold->size() || gold->size() == 10);
}

/// A candidate pairing of an output meeting with a gold meeting.
struct Candidate {
    double sim;
    bool location;
    bool date;
    std::size_t out, gold;
};

/// Pairs output meetings with gold meetings so that the summed fit is largest (the Hungarian
/// method on a square cost matrix; a pair nothing supports costs kBig and is dropped).
std::map<std::size_t, std::size_t> assign(const std::vector<Candidate>& cands, std::size_t n_out, std::size_t n_gold) {
    std::map<std::size_t, std::size_t> result;
    if (cands.empty()) return result;
    constexpr double kBig = 1000.0;
    const std::size_t n = std::max(n_out, n_gold);
    std::vector<std::vector<double>> cost(n, std::vector<double>(n, kBig));
    for (const auto& c : cands)
        cost[c.out][c.gold] = std::min(cost[c.out][c.gold],
                                       kBig - (10 * c.sim + 2 * (c.location ? 1 : 0) + 2 * (c.date ? 1 : 0) + 1));
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> u(n + 1, 0), v(n + 1, 0);
    std::vector<std::size_t> p(n + 1, 0), way(n + 1, 0);
    for (std::size_t i = 1; i <= n; ++i) {
        p[0] = i;
        std::size_t j0 = 0;
        std::vector<double> minv(n + 1, inf);
        std::vector<bool> used(n + 1, false);
        while (true) {
            used[j0] = true;
            std::size_t i0 = p[j0], j1 = 0;
            double delta = inf;
            for (std::size_t j = 1; j <= n; ++j) {
                if (used[j]) continue;
                double cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
                if (cur < minv[j]) {
                    minv[j] = cur;
                    way[j] = j0;
                }
                if (minv[j] < delta) {
                    delta = minv[j];
                    j1 = j;
                }
            }
            for (std::size_t j = 0; j <= n; ++j) {
                if (used[j]) {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
            if (p[j0] == 0) break;
        }
        while (true) {
            std::size_t j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
            if (j0 == 0) break;
        }
    }
    for (std::size_t j = 1; j <= n; ++j)
        if (p[j] && cost[p[j] - 1][j - 1] < kBig) result[p[j] - 1] = j - 1;
    return result;
}

/// Read access to the graph in the shapes the scorer needs.
class View {
public:
    explicit View(const Store& s) : s_(s) {}

    [[nodiscard]] std::optional<TermId> id(const rdf::Iri& iri) const { return s_.find(rdf::Term{iri}); }

    [[nodiscard]] std::vector<TermId> objects(TermId node, const std::optional<TermId>& pred) const {
        return pred ? s_.objects(node, *pred) : std::vector<TermId>{};
    }
    [[nodiscard]] std::vector<TermId> subjects(const std::optional<TermId>& pred, TermId node) const {
        return pred ? s_.subjects(*pred, node) : std::vector<TermId>{};
    }
    [[nodiscard]] std::string value(TermId t) const { return store::lexical_of(s_, t); }

    /// rdfs:label first, then ro:alias, then skos:altLabel values.
    [[nodiscard]] std::vector<std::string> labels(TermId node) const {
        std::vector<std::string> out;
        for (const auto& p : {label_, alias_, alt_})
            for (TermId o : objects(node, p)) out.push_back(value(o));
        return out;
    }
    [[nodiscard]] std::string label(TermId node) const {
        auto ls = labels(node);
        return ls.empty() ? value(node) : ls.front();
    }

private:
    const Store& s_;
    std::optional<TermId> label_ = id(rdf::rdfs::label());
    std::optional<TermId> alias_ = id(rdf::ro::alias());
    std::optional<TermId> alt_ = id(rdf::Iri("http://www.w3.org/2004/02/skos/core#altLabel"));
};

template <typename T>
std::size_t intersection_size(const std::set<T>& a, const std::set<T>& b) {
    std::size_t n = 0;
    for (const auto& x : a) n += b.count(x);
    return n;
}

}  // namespace

std::string normalize_phrase(std::string_view s) {
    // Lower case; typographic apostrophes as ASCII.
    std::u32string u;
    text::for_each_code_point(s, [&](char32_t cp, std::string_view) {
        if (cp == U'\u2019' || cp == U'\u2018') cp = '\'';
        u.push_back(text::to_lower(cp));
    });
    auto word_at = [&](std::size_t i) { return i < u.size() && is_word(u[i]); };
    // Drop a possessive "'s" at a word end; "co-op" is "coop"; other punctuation and hyphens are spaces.
    std::u32string v;
    for (std::size_t i = 0; i < u.size(); ++i) {
        if (u[i] == '\'' && i + 1 < u.size() && u[i + 1] == 's' && !word_at(i + 2)) {
            ++i;
            continue;
        }
        if (u.compare(i, 5, U"co-op") == 0 && (i == 0 || !is_word(u[i - 1]))) {
            v += U"coop";
            i += 4;
            continue;
        }
        v.push_back(is_word(u[i]) || text::is_space(u[i]) ? u[i] : U' ');
    }
    // Words, remembering which are separated by exactly one space ("under secretary").
    std::vector<std::u32string> words;
    std::vector<bool> single_space_before;
    std::size_t i = 0;
    while (i < v.size()) {
        std::size_t start = i;
        while (i < v.size() && text::is_space(v[i])) ++i;
        bool single = i - start == 1 && v[start] == ' ';
        std::size_t w = i;
        while (i < v.size() && !text::is_space(v[i])) ++i;
        if (i > w) {
            words.emplace_back(v.substr(w, i - w));
            single_space_before.push_back(single);
        }
    }
    static const std::set<std::u32string> stop = {U"the", U"of", U"for", U"and", U"a", U"an"};
    std::string out;
    for (std::size_t k = 0; k < words.size(); ++k) {
        std::u32string w = words[k];
        if (w == U"under" && k + 1 < words.size() && words[k + 1] == U"secretary" && single_space_before[k + 1]) {
            w = U"undersecretary";
            ++k;
        }
        if (stop.count(w)) continue;
        if (!out.empty()) out += ' ';
        for (char32_t cp : w) text::append_utf8(out, cp);
    }
    return out;
}

bool contains_phrase(std::string_view a, std::string_view b) {
    std::string na = normalize_phrase(a), nb = normalize_phrase(b);
    if (na.empty() || nb.empty()) return false;
    std::string pa = " " + na + " ", pb = " " + nb + " ";
    return na == nb || pa.find(pb) != std::string::npos || pb.find(pa) != std::string::npos;
}

Scored score(const Store& st, const Gold& gold, bool details) {
    Scored result;
    Report& report = result.report;
    auto& notes = result.notes;
    View g(st);
    auto type = g.id(rdf::rdf_ns::type());
    auto iri = [&](const rdf::Iri& i) { return g.id(i); };
    auto typed = [&](const rdf::Iri& cls) {
        auto c = iri(cls);
        return c ? g.subjects(type, *c) : std::vector<TermId>{};
    };

    // Gold surface forms → gold person names.
    std::unordered_map<std::string, std::set<std::string>> person_keys;
    std::map<std::string, const GoldPerson*> gold_person;
    for (const auto& p : gold.persons) {
        gold_person[p.name] = &p;
        person_keys[normalize_phrase(p.name)].insert(p.name);
        for (const auto& a : p.aliases) person_keys[normalize_phrase(a)].insert(p.name);
    }
    auto person_of = [&](const std::vector<std::string>& labels) -> std::optional<std::string> {
        for (const auto& s : labels) {
            auto it = person_keys.find(normalize_phrase(s));
            if (it != person_keys.end() && it->second.size() == 1) return *it->second.begin();
        }
        return std::nullopt;
    };
    auto place_names = [&](const std::string& name) {
        std::vector<std::string> names{name};
        for (const auto& p : gold.places)
            if (p.name == name) names.insert(names.end(), p.aliases.begin(), p.aliases.end());
        return names;
    };

    // ---- persons
    const auto persons = typed(rdf::ro::Person());
    std::map<TermId, std::optional<std::string>> person_gold;
    std::set<std::string> matched, required;
    std::size_t ok_out = 0;
    for (TermId n : persons) {
        person_gold[n] = person_of(g.labels(n));
        if (person_gold[n]) {
            matched.insert(*person_gold[n]);
            ++ok_out;
        } else if (details) {
            notes.push_back("person not in gold: " + g.label(n));
        }
    }
    for (const auto& p : gold.persons)
        if (p.required) required.insert(p.name);
    report.persons = prf(ok_out, persons.size(), intersection_size(matched, required), required.size());
    if (details)
        for (const auto& r : required)
            if (!matched.count(r)) notes.push_back("person missed: " + r);

    // ---- roles (title alone, and title with organization)
    using RoleKey = std::pair<std::string, std::size_t>;
    std::set<RoleKey> req_roles, found_title, found_both;
    for (const auto& p : gold.persons)
        if (p.required)
            for (std::size_t i = 0; i < p.roles.size(); ++i)
                if (p.roles[i].required) req_roles.insert({p.name, i});
    std::size_t out_roles = 0, ok_title = 0, ok_both = 0;
    auto holds = iri(rdf::ro::holds()), role_p = iri(rdf::ro::role()), org_p = iri(rdf::ro::organization()),
         title_p = iri(rdf::Iri(std::string(rdf::ns::ro) + "title"));
    for (TermId node : persons) {
        const auto& gname = person_gold[node];
        if (!gname) continue;
        const GoldPerson& gp = *gold_person.at(*gname);
        for (TermId pos : g.objects(node, holds)) {
            std::vector<std::string> titles, orgs;
            for (TermId r : g.objects(pos, role_p)) titles.push_back(g.label(r));
            if (titles.empty())
                for (TermId t : g.objects(pos, title_p)) titles.push_back(g.value(t));
            for (TermId o : g.objects(pos, org_p))
                for (auto& l : g.labels(o)) orgs.push_back(std::move(l));
            if (titles.empty()) continue;
            ++out_roles;
            bool hit_t = false, hit_b = false;
            for (std::size_t i = 0; i < gp.roles.size(); ++i) {
                const auto& r = gp.roles[i];
                if (!std::any_of(titles.begin(), titles.end(), [&](const auto& t) { return contains_phrase(t, r.role); }))
                    continue;
                hit_t = true;
                found_title.insert({gp.name, i});
                for (const auto& o : orgs)
                    for (const auto& on : r.organizations)
                        if (contains_phrase(o, on)) {
                            hit_b = true;
                            found_both.insert({gp.name, i});
                        }
            }
            ok_title += hit_t;
            ok_both += hit_b;
            if (details && (!hit_t || !hit_b))
                notes.push_back(std::string(hit_t ? "organization of role not in gold: " : "role not in gold: ") +
                                gp.name + ": " + titles.front() + " / " + (orgs.empty() ? std::string("-") : orgs.front()));
        }
    }
    report.roles = prf(ok_title, out_roles, intersection_size(found_title, req_roles), req_roles.size());
    report.roles_org = prf(ok_both, out_roles, intersection_size(found_both, req_roles), req_roles.size());
    if (details)
        for (const auto& [n, i] : req_roles)
            if (!found_title.count({n, i})) notes.push_back("role missed: " + n + ": " + gold_person.at(n)->roles[i].role);

    // ---- meetings
    struct OutMeeting {
        std::set<std::string> parts;
        std::vector<std::string> locs;
        std::optional<std::string> date;
        std::vector<std::string> issues;
    };
    auto participant = iri(rdf::ro::participant()), location = iri(rdf::ro::location()), date_p = iri(rdf::ro::date()),
         discussed = iri(rdf::ro::discussedAt());
    std::vector<OutMeeting> outm;
    for (TermId m : typed(rdf::ro::Meeting())) {
        OutMeeting om;
        for (TermId p : g.objects(m, participant)) {
            auto it = person_gold.find(p);
            om.parts.insert(it != person_gold.end() && it->second ? *it->second : "?" + g.label(p));
        }
        for (TermId l : g.objects(m, location))
            for (auto& s : g.labels(l)) om.locs.push_back(std::move(s));
        for (TermId d : g.objects(m, date_p)) {  // the least precise date, the first among equals
            std::string v = g.value(d);
            if (!om.date || v.size() < om.date->size()) om.date = v;
        }
        for (TermId i : g.subjects(discussed, m)) om.issues.push_back(g.label(i));
        outm.push_back(std::move(om));
    }
    auto loc_matches = [&](const OutMeeting& om, const std::string& gold_loc) {
        for (const auto& l : om.locs)
            for (const auto& n : place_names(gold_loc))
                if (contains_phrase(l, n)) return true;
        return false;
    };
    std::vector<Candidate> cands;
    for (std::size_t i = 0; i < outm.size(); ++i) {
        const auto& om = outm[i];
        for (std::size_t j = 0; j < gold.meetings.size(); ++j) {
            const auto& gm = gold.meetings[j];
            std::set<std::string> gparts(gm.participants.begin(), gm.participants.end());
            std::set<std::string> allowed = gparts;
            allowed.insert(gm.optional_participants.begin(), gm.optional_participants.end());
            std::size_t inter = intersection_size(om.parts, allowed);
            std::set<std::string> uni = om.parts;
            uni.insert(gparts.begin(), gparts.end());
            double sim = om.parts.empty() ? 0.0 : static_cast<double>(inter) / static_cast<double>(uni.size());
            bool loc_ok = om.locs.empty() || !gm.location || loc_matches(om, *gm.location);
            bool date_compat = true;
            if (om.date && gm.date) {
                std::size_t k = std::min(om.date->size(), gm.date->size());
                date_compat = om.date->compare(0, k, *gm.date, 0, k) == 0;
            }
            if (inter >= 1 && (sim >= 0.5 || inter >= 2) && loc_ok && date_compat)
                cands.push_back({sim, loc_ok && !om.locs.empty(), date_ok(om.date, gm.date), i, j});
        }
    }
    auto pair = assign(cands, outm.size(), gold.meetings.size());
    std::set<std::size_t> used_o, paired_gold;
    for (const auto& [i, j] : pair) {
        used_o.insert(i);
        paired_gold.insert(j);
    }
    std::map<std::size_t, std::size_t> duplicates;  // gold meeting → extra output meetings fitting it
    for (const auto& c : cands) {
        if (!used_o.count(c.out) && paired_gold.count(c.gold)) {
            ++duplicates[c.gold];
            used_o.insert(c.out);
        }
    }
    std::set<std::size_t> req_m;
    for (std::size_t j = 0; j < gold.meetings.size(); ++j)
        if (gold.meetings[j].required) req_m.insert(j);
    report.meetings = prf(pair.size(), outm.size(), intersection_size(paired_gold, req_m), req_m.size());
    for (const auto& [j, n] : duplicates) report.meeting_duplicates += n;

    std::size_t pt = 0, pn = 0, gt = 0, gn = 0, loc_ok = 0, loc_n = 0, date_hit = 0, date_n = 0;
    std::size_t it = 0, itn = 0, ig = 0, ign = 0;
    for (const auto& [i, j] : pair) {
        const auto& om = outm[i];
        const auto& gm = gold.meetings[j];
        if (!gm.required) continue;
        std::set<std::string> gparts(gm.participants.begin(), gm.participants.end());
        std::set<std::string> allowed = gparts;
        allowed.insert(gm.optional_participants.begin(), gm.optional_participants.end());
        pt += intersection_size(om.parts, allowed);
        pn += om.parts.size();
        gt += intersection_size(om.parts, gparts);
        gn += gm.participants.size();
        if (gm.location) {
            ++loc_n;
            bool lok = loc_matches(om, *gm.location);
            loc_ok += lok;
            if (details && !lok)
                notes.push_back("location of " + gm.id + ": got " + (om.locs.empty() ? std::string("None") : om.locs.front()) +
                                ", gold " + *gm.location);
        }
        ++date_n;
        bool dok = date_ok(om.date, gm.date);
        date_hit += dok;
        if (details && !dok)
            notes.push_back("date of " + gm.id + ": got " + om.date.value_or("None") + ", gold " +
                            gm.date.value_or("None"));
        auto issue_match = [](const std::string& lbl, const GoldIssue& gi) {
            if (contains_phrase(lbl, gi.label)) return true;
            return std::any_of(gi.aliases.begin(), gi.aliases.end(), [&](const auto& a) { return contains_phrase(lbl, a); });
        };
        for (const auto& lbl : om.issues) {
            ++itn;
            if (std::any_of(gm.issues.begin(), gm.issues.end(), [&](const auto& gi) { return issue_match(lbl, gi); }))
                ++it;
            else if (details)
                notes.push_back("issue not in gold at " + gm.id + ": " + lbl);
        }
        for (const auto& gi : gm.issues) {
            if (!gi.required) continue;
            ++ign;
            if (std::any_of(om.issues.begin(), om.issues.end(), [&](const auto& l) { return issue_match(l, gi); }))
                ++ig;
            else if (details)
                notes.push_back("issue missed at " + gm.id + ": " + gi.label);
        }
    }
    report.participants = prf(pt, pn, gt, gn);
    report.location_accuracy = loc_n ? round3(static_cast<double>(loc_ok) / static_cast<double>(loc_n)) : 1.0;
    report.date_accuracy = date_n ? round3(static_cast<double>(date_hit) / static_cast<double>(date_n)) : 1.0;
    report.issues = prf(it, itn, ig, ign);
    if (details) {
        for (std::size_t j : req_m)
            if (!paired_gold.count(j)) notes.push_back("meeting missed: " + gold.meetings[j].id);
        for (std::size_t i = 0; i < outm.size(); ++i) {
            if (used_o.count(i)) continue;
            std::string parts;
            for (const auto& p : outm[i].parts) parts += (parts.empty() ? "" : ", ") + p;
            notes.push_back("meeting not in gold: [" + parts + "] at " +
                            (outm[i].locs.empty() ? std::string("-") : outm[i].locs.front()) + " on " +
                            outm[i].date.value_or("None"));
        }
        for (const auto& [j, n] : duplicates)
            notes.push_back("duplicate of " + gold.meetings[j].id + ": " + std::to_string(n) + " extra");
    }
    double sum = report.persons.f1 + report.roles_org.f1 + report.meetings.f1 + report.participants.f1 +
                 report.issues.f1 + report.location_accuracy + report.date_accuracy;
    report.overall = round3(sum / 7.0);
    return result;
}

}  // namespace readout::eval
