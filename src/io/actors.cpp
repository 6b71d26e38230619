// The actors view: people, their meetings, the issues discussed, and who met whom.

#include "readout/io/actors.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "readout/io/errors.hpp"
#include "readout/rdf/vocabulary.hpp"

namespace readout::io {

std::string Actor::caption() const {
    if (role.empty()) return organization;
    if (organization.empty()) return role;
    return role + ", " + organization;
}

std::string ActorMeeting::when() const {
    if (!date.empty()) return date;
    if (!weekday.empty()) return weekday;
    return "undated";
}

std::string ActorMeeting::line() const {
    if (place.empty()) return when();
    if (date.empty() && weekday.empty()) return place;
    return place + ", " + when();
}

namespace {

using store::TermId;

/// The ids of the vocabulary terms the view reads (unset when the store never uses them).
struct Vocab {
    explicit Vocab(const store::Store& s)
        : type(id(s, rdf::rdf_ns::type())),
          person(id(s, rdf::ro::Person())),
          meeting(id(s, rdf::ro::Meeting())),
          call(id(s, rdf::ro::Call())),
          country_class(id(s, rdf::ro::Country())),
          participant(id(s, rdf::ro::participant())),
          holds(id(s, rdf::ro::holds())),
          role(id(s, rdf::ro::role())),
          organization(id(s, rdf::ro::organization())),
          former(id(s, rdf::ro::former())),
          evidence(id(s, rdf::ro::evidence())),
          location(id(s, rdf::ro::location())),
          venue(id(s, rdf::ro::venue())),
          date(id(s, rdf::ro::date())),
          weekday(id(s, rdf::ro::weekday())),
          country(id(s, rdf::ro::country())),
          member_of(id(s, rdf::ro::memberOf())),
          discussed_at(id(s, rdf::ro::discussedAt())) {}

    static std::optional<TermId> id(const store::Store& s, const rdf::Iri& iri) { return s.find(rdf::Term{iri}); }

    std::optional<TermId> type, person, meeting, call, country_class, participant, holds, role, organization, former,
        evidence, location, venue, date, weekday, country, member_of, discussed_at;
};

/// The objects of (s, p, ?o), ordered by their lexical form, so that what the view picks does
/// not depend on the order the graph was read in (Turtle and N-Quads files differ there).
std::vector<TermId> all_objects(const store::Store& s, TermId subject, std::optional<TermId> predicate) {
    if (!predicate) return {};
    std::vector<TermId> objects = s.objects(subject, *predicate);
    if (objects.size() > 1) {
        std::vector<std::pair<std::string, TermId>> keyed;
        for (TermId o : objects) keyed.emplace_back(store::lexical_of(s, o), o);
        std::sort(keyed.begin(), keyed.end());
        for (std::size_t i = 0; i < keyed.size(); ++i) objects[i] = keyed[i].second;
    }
    return objects;
}

/// The first of all_objects(), if any.
std::optional<TermId> first_object(const store::Store& s, TermId subject, std::optional<TermId> predicate) {
    auto objects = all_objects(s, subject, predicate);
    if (objects.empty()) return std::nullopt;
    return objects.front();
}

std::vector<TermId> instances(const store::Store& s, const Vocab& v, std::optional<TermId> cls) {
    if (!v.type || !cls) return {};
    return s.subjects(*v.type, *cls);
}

std::string name_of(const store::Store& s, TermId id) {
    std::string label = store::label_of(s, id);
    if (!label.empty()) return label;
    std::string iri = store::lexical_of(s, id);
    auto slash = iri.find_last_of("/#");
    return slash == std::string::npos ? iri : iri.substr(slash + 1);
}

bool is_a(const store::Store& s, const Vocab& v, TermId resource, std::optional<TermId> cls) {
    return v.type && cls && s.contains(resource, *v.type, *cls);
}

/// The first and last day (days since 1970-01-01) a date of any precision covers.
std::pair<std::int64_t, std::int64_t> span(const extract::DateValue& d) {
    using extract::DatePrecision;
    switch (d.precision) {
        case DatePrecision::Day: {
            auto day = extract::days_from_civil(d.year, d.month, d.day);
            return {day, day};
        }
        case DatePrecision::Month:
            return {extract::days_from_civil(d.year, d.month, 1),
                    extract::days_from_civil(d.year, d.month, extract::days_in_month(d.year, d.month))};
        case DatePrecision::Year:
            return {extract::days_from_civil(d.year, 1, 1), extract::days_from_civil(d.year, 12, 31)};
        case DatePrecision::None: break;
    }
    return {0, -1};
}

bool in_range(const std::string& iso, const ActorOptions& o) {
    if (!o.from && !o.to) return true;
    auto d = extract::DateValue::parse_iso(iso);
    if (!d || !d->known()) return false;
    auto [first, last] = span(*d);
    if (o.from && last < span(*o.from).first) return false;
    if (o.to && first > span(*o.to).second) return false;
    return true;
}

/// True when a position is marked ro:former true.
bool is_former(const store::Store& s, const Vocab& v, TermId position) {
    auto f = first_object(s, position, v.former);
    if (!f) return false;
    std::string value = store::lexical_of(s, *f);
    return value == "true" || value == "1";
}

/// The current position best attested: most evidence, then one with an organization, then the
/// first IRI; a former post only when there is nothing else.
std::optional<TermId> main_position(const store::Store& s, const Vocab& v, TermId person) {
    std::optional<TermId> best;
    std::size_t best_score = 0;
    for (TermId candidate : all_objects(s, person, v.holds)) {
        std::size_t score = 1 + 2 * all_objects(s, candidate, v.evidence).size();
        if (first_object(s, candidate, v.organization)) score += 1;
        if (is_former(s, v, candidate)) score = 0;
        if (!best || score > best_score) {
            best = candidate;
            best_score = score;
        }
    }
    return best;
}

/// The country of a person: the (current) main position's organization when it is a country, else
/// that organization's country, else a country they are a member of, else the country of another
/// current post.
std::string country_of(const store::Store& s, const Vocab& v, TermId person, std::optional<TermId> main) {
    auto country_of_org = [&](TermId org) -> std::optional<TermId> {
        if (is_a(s, v, org, v.country_class)) return org;
        return first_object(s, org, v.country);
    };
    if (main && !is_former(s, v, *main)) {
        if (auto org = first_object(s, *main, v.organization)) {
            if (auto c = country_of_org(*org)) return name_of(s, *c);
        }
    }
    for (TermId org : all_objects(s, person, v.member_of)) {
        if (is_a(s, v, org, v.country_class)) return name_of(s, org);
    }
    for (TermId pos : all_objects(s, person, v.holds)) {
        if (is_former(s, v, pos)) continue;
        if (auto org = first_object(s, pos, v.organization)) {
            if (auto c = country_of_org(*org)) return name_of(s, *c);
        }
    }
    return {};
}

Actor make_actor(const store::Store& s, const Vocab& v, TermId person) {
    Actor a;
    a.id = person;
    a.iri = store::lexical_of(s, person);
    a.name = name_of(s, person);
    auto pos = main_position(s, v, person);
    if (pos) {
        if (auto r = first_object(s, *pos, v.role)) a.role = name_of(s, *r);
        if (auto o = first_object(s, *pos, v.organization)) a.organization = name_of(s, *o);
        if (!a.role.empty() && is_former(s, v, *pos)) {
            a.role = "former " + a.role;
        }
    }
    a.country = country_of(s, v, person, pos);
    return a;
}

/// A meeting as read from the store, before people are numbered.
struct RawMeeting {
    ActorMeeting meeting;
    std::vector<TermId> who;
};

std::tuple<int, std::string, std::string, std::string> meeting_order(const ActorMeeting& m) {
    int rank = !m.date.empty() ? 0 : !m.weekday.empty() ? 1 : 2;
    return {rank, m.date.empty() ? m.weekday : m.date, m.place, m.iri};
}

}  // namespace

ActorGraph actor_graph(const store::Store& s, const ActorOptions& options) {
    const Vocab v(s);
    std::unordered_set<TermId> people_set;
    for (TermId p : instances(s, v, v.person)) people_set.insert(p);

    // Meetings and calls in the date range, with the people who took part.
    std::vector<RawMeeting> raw;
    std::unordered_set<TermId> seen_meetings;
    for (auto cls : {v.meeting, v.call}) {
        for (TermId m : instances(s, v, cls)) {
            if (!seen_meetings.insert(m).second) continue;
            RawMeeting r;
            r.meeting.id = m;
            r.meeting.iri = store::lexical_of(s, m);
            r.meeting.call = cls == v.call;
            if (auto d = first_object(s, m, v.date)) r.meeting.date = store::lexical_of(s, *d);
            if (r.meeting.date.empty()) {
                if (auto w = first_object(s, m, v.weekday)) r.meeting.weekday = store::lexical_of(s, *w);
            }
            if (!in_range(r.meeting.date, options)) continue;
            if (auto l = first_object(s, m, v.location)) {
                r.meeting.place = name_of(s, *l);
            } else if (auto ve = first_object(s, m, v.venue)) {
                r.meeting.place = name_of(s, *ve);
            }
            for (TermId p : all_objects(s, m, v.participant)) {
                if (people_set.count(p)) r.who.push_back(p);
            }
            std::sort(r.who.begin(), r.who.end());
            r.who.erase(std::unique(r.who.begin(), r.who.end()), r.who.end());
            if (!r.who.empty()) raw.push_back(std::move(r));
        }
    }

    std::unordered_set<TermId> in_view;
    for (const auto& r : raw) in_view.insert(r.who.begin(), r.who.end());
    if (!options.from && !options.to && v.holds) {
        for (TermId p : people_set) {
            if (!s.objects(p, *v.holds).empty()) in_view.insert(p);
        }
    }

    // Focus: people within `depth` hops of the named person.
    std::unordered_set<TermId> focus_ids;
    if (options.focus) {
        for (TermId candidate : s.find_by_name(*options.focus)) {
            if (in_view.count(candidate)) focus_ids.insert(candidate);
        }
        if (focus_ids.empty()) {
            throw LookupError(*options.focus, "no person named '" + *options.focus + "' in the actor diagram");
        }
        std::unordered_map<TermId, std::vector<TermId>> adjacent;
        for (const auto& r : raw) {
            for (TermId a : r.who) {
                for (TermId b : r.who) {
                    if (a != b) adjacent[a].push_back(b);
                }
            }
        }
        std::unordered_map<TermId, int> distance;
        std::deque<TermId> queue;
        for (TermId f : focus_ids) {
            distance[f] = 0;
            queue.push_back(f);
        }
        while (!queue.empty()) {
            TermId cur = queue.front();
            queue.pop_front();
            if (distance[cur] >= options.depth) continue;
            for (TermId next : adjacent[cur]) {
                if (distance.count(next)) continue;
                distance[next] = distance[cur] + 1;
                queue.push_back(next);
            }
        }
        in_view.clear();
        for (const auto& [id, d] : distance) in_view.insert(id);
    }

    ActorGraph g;
    for (TermId p : in_view) {
        g.people.push_back(make_actor(s, v, p));
        g.people.back().focus = focus_ids.count(p) > 0;
    }
    std::sort(g.people.begin(), g.people.end(),
              [](const Actor& a, const Actor& b) { return std::tie(a.name, a.iri) < std::tie(b.name, b.iri); });
    std::unordered_map<TermId, std::size_t> person_index;
    for (std::size_t i = 0; i < g.people.size(); ++i) person_index[g.people[i].id] = i;

    // Meetings with someone of the view, in date order; their issues.
    std::sort(raw.begin(), raw.end(),
              [](const RawMeeting& a, const RawMeeting& b) { return meeting_order(a.meeting) < meeting_order(b.meeting); });
    std::map<std::pair<std::string, std::string>, TermId> issue_order;
    for (auto& r : raw) {
        for (TermId p : r.who) {
            if (auto it = person_index.find(p); it != person_index.end()) r.meeting.people.push_back(it->second);
        }
        if (r.meeting.people.empty()) continue;
        std::sort(r.meeting.people.begin(), r.meeting.people.end());
        if (v.discussed_at) {
            for (TermId issue : s.subjects(*v.discussed_at, r.meeting.id)) {
                issue_order.emplace(std::pair{name_of(s, issue), store::lexical_of(s, issue)}, issue);
            }
        }
        g.meetings.push_back(std::move(r.meeting));
    }
    std::unordered_map<TermId, std::size_t> issue_index;
    for (const auto& [key, id] : issue_order) {
        issue_index[id] = g.issues.size();
        g.issues.push_back(ActorIssue{id, key.second, key.first});
    }

    std::map<std::pair<std::size_t, std::size_t>, std::vector<std::size_t>> ties;
    for (std::size_t mi = 0; mi < g.meetings.size(); ++mi) {
        ActorMeeting& m = g.meetings[mi];
        if (v.discussed_at) {
            for (TermId issue : s.subjects(*v.discussed_at, m.id)) m.issues.push_back(issue_index.at(issue));
            std::sort(m.issues.begin(), m.issues.end());
            m.issues.erase(std::unique(m.issues.begin(), m.issues.end()), m.issues.end());
        }
        for (std::size_t i = 0; i < m.people.size(); ++i) {
            ++g.people[m.people[i]].meeting_count;
            for (std::size_t j = i + 1; j < m.people.size(); ++j) ties[{m.people[i], m.people[j]}].push_back(mi);
        }
    }
    for (auto& [pair, meetings] : ties) g.ties.push_back(ActorTie{pair.first, pair.second, std::move(meetings)});
    return g;
}

}  // namespace readout::io
