// The actor diagram: people as nodes, meetings between them as edges, in Graphviz DOT.

#include "readout/io/dot.hpp"

#include <algorithm>
#include <cstdio>
#include <deque>
#include <map>
#include <ostream>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "readout/io/errors.hpp"
#include "readout/rdf/vocabulary.hpp"
#include "readout/text/unicode.hpp"

namespace readout::io {

std::string dot_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    text::for_each_code_point(text, [&](char32_t cp, std::string_view bytes) {
        switch (cp) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': break;
            default:
                if (cp < 0x20 || cp == 0x7F) {
                    out += ' ';
                } else {
                    out.append(bytes);
                }
        }
    });
    return out;
}

std::string dot_quote(std::string_view text) { return "\"" + dot_escape(text) + "\""; }

namespace {

using store::TermId;

struct Person {
    TermId id = store::kNoTerm;
    std::string name;
    std::string caption;  // "Role, Organization"
};

struct Pair {
    std::vector<std::pair<std::string, std::string>> meetings;  // (sort key, line)
};

std::optional<TermId> id_of(const store::Store& s, const rdf::Iri& iri) { return s.find(rdf::Term{iri}); }

std::string fallback_name(const store::Store& s, TermId id) {
    std::string iri = store::lexical_of(s, id);
    auto slash = iri.find_last_of("/#");
    return slash == std::string::npos ? iri : iri.substr(slash + 1);
}

std::string name_of(const store::Store& s, TermId id) {
    std::string label = store::label_of(s, id);
    return label.empty() ? fallback_name(s, id) : label;
}

}  // namespace

void write_actor_diagram(const store::Store& s, std::ostream& out, const DotOptions& options) {
    auto type = id_of(s, rdf::rdf_ns::type());
    auto person_class = id_of(s, rdf::ro::Person());
    auto meeting_class = id_of(s, rdf::ro::Meeting());
    auto participant = id_of(s, rdf::ro::participant());
    auto holds = id_of(s, rdf::ro::holds());
    auto role = id_of(s, rdf::ro::role());
    auto organization = id_of(s, rdf::ro::organization());
    auto former = id_of(s, rdf::ro::former());
    auto location = id_of(s, rdf::ro::location());
    auto venue = id_of(s, rdf::ro::venue());
    auto date = id_of(s, rdf::ro::date());
    auto weekday = id_of(s, rdf::ro::weekday());

    std::unordered_set<TermId> people_set;
    if (type && person_class) {
        for (TermId p : s.subjects(*type, *person_class)) people_set.insert(p);
    }

    // Meetings: co-participation of each pair of people.
    std::map<std::pair<TermId, TermId>, Pair> pairs;
    std::unordered_set<TermId> in_diagram;
    if (type && meeting_class && participant) {
        for (TermId m : s.subjects(*type, *meeting_class)) {
            std::vector<TermId> who;
            for (TermId p : s.objects(m, *participant)) {
                if (people_set.count(p)) who.push_back(p);
            }
            std::sort(who.begin(), who.end());
            who.erase(std::unique(who.begin(), who.end()), who.end());
            for (TermId p : who) in_diagram.insert(p);
            if (who.size() < 2) continue;

            std::string place;
            if (location) {
                if (auto l = s.object(m, *location)) place = name_of(s, *l);
            }
            if (place.empty() && venue) {
                if (auto v = s.object(m, *venue)) place = name_of(s, *v);
            }
            std::string when;
            if (date) {
                if (auto d = s.object(m, *date)) when = store::lexical_of(s, *d);
            }
            if (when.empty() && weekday) {
                if (auto w = s.object(m, *weekday)) when = store::lexical_of(s, *w);
            }
            std::string line = place.empty() ? (when.empty() ? "undated" : when)
                                             : (when.empty() ? place : place + ", " + when);
            std::string sort_key = (when.empty() ? "~" : when) + "\x1F" + line;
            for (std::size_t i = 0; i < who.size(); ++i) {
                for (std::size_t j = i + 1; j < who.size(); ++j) {
                    pairs[{who[i], who[j]}].meetings.emplace_back(sort_key, line);
                }
            }
        }
    }
    if (holds) {
        for (TermId p : people_set) {
            if (!s.objects(p, *holds).empty()) in_diagram.insert(p);
        }
    }

    // Focus: people within `depth` hops of the named person.
    std::unordered_set<TermId> focus_ids;
    if (options.focus) {
        for (TermId candidate : s.find_by_name(*options.focus)) {
            if (in_diagram.count(candidate)) focus_ids.insert(candidate);
        }
        if (focus_ids.empty()) {
            throw LookupError(*options.focus, "no person named '" + *options.focus + "' in the actor diagram");
        }
        std::unordered_map<TermId, std::vector<TermId>> adjacent;
        for (const auto& [key, pair] : pairs) {
            adjacent[key.first].push_back(key.second);
            adjacent[key.second].push_back(key.first);
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
        std::unordered_set<TermId> kept;
        for (const auto& [id, d] : distance) kept.insert(id);
        in_diagram = std::move(kept);
    }

    std::vector<Person> people;
    for (TermId p : in_diagram) {
        Person person;
        person.id = p;
        person.name = name_of(s, p);
        if (holds) {
            // the main role: the current post best attested (most evidence, then with an organization)
            std::optional<TermId> pos;
            std::size_t best = 0;
            const auto evidence = id_of(s, rdf::ro::evidence());
            for (TermId candidate : s.objects(p, *holds)) {
                std::size_t score = 1 + (evidence ? 2 * s.objects(candidate, *evidence).size() : 0);
                if (organization && s.object(candidate, *organization)) score += 1;
                if (former && s.object(candidate, *former)) score = 0;
                if (!pos || score > best) {
                    pos = candidate;
                    best = score;
                }
            }
            if (pos) {
                std::string role_name, org_name;
                if (role) {
                    if (auto r = s.object(*pos, *role)) role_name = name_of(s, *r);
                }
                if (organization) {
                    if (auto o = s.object(*pos, *organization)) org_name = name_of(s, *o);
                }
                if (former && !role_name.empty()) {
                    if (auto f = s.object(*pos, *former); f && store::lexical_of(s, *f) == "true") {
                        role_name = "former " + role_name;
                    }
                }
                person.caption = role_name.empty() ? org_name : org_name.empty() ? role_name : role_name + ", " + org_name;
            }
        }
        people.push_back(std::move(person));
    }
    std::sort(people.begin(), people.end(), [&](const Person& a, const Person& b) {
        if (a.name != b.name) return a.name < b.name;
        return store::lexical_of(s, a.id) < store::lexical_of(s, b.id);
    });
    std::unordered_map<TermId, std::size_t> index;
    for (std::size_t i = 0; i < people.size(); ++i) index[people[i].id] = i;

    out << "// Actor diagram written by readout: people, and the meetings between them.\n";
    out << "graph actors {\n";
    out << "  graph [overlap=false, splines=true, fontname=\"Helvetica\"];\n";
    out << "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#eef3fb\", fontname=\"Helvetica\"];\n";
    out << "  edge [fontname=\"Helvetica\", fontsize=10, color=\"#55667788\"];\n";
    for (std::size_t i = 0; i < people.size(); ++i) {
        const Person& p = people[i];
        std::string label = dot_escape(p.name);
        if (!p.caption.empty()) label += "\\n" + dot_escape(p.caption);
        out << "  p" << i << " [label=\"" << label << "\", tooltip=" << dot_quote(store::lexical_of(s, p.id));
        if (focus_ids.count(p.id)) out << ", fillcolor=\"#ffe9a8\", penwidth=2";
        out << "];\n";
    }
    std::vector<std::tuple<std::size_t, std::size_t, const Pair*>> edges;
    for (const auto& [key, pair] : pairs) {
        auto a = index.find(key.first);
        auto b = index.find(key.second);
        if (a == index.end() || b == index.end()) continue;
        std::size_t x = std::min(a->second, b->second);
        std::size_t y = std::max(a->second, b->second);
        edges.emplace_back(x, y, &pair);
    }
    std::sort(edges.begin(), edges.end(), [](const auto& l, const auto& r) {
        return std::tie(std::get<0>(l), std::get<1>(l)) < std::tie(std::get<0>(r), std::get<1>(r));
    });
    for (const auto& [x, y, pair] : edges) {
        auto meetings = pair->meetings;
        std::sort(meetings.begin(), meetings.end());
        std::string label;
        for (const auto& m : meetings) {
            if (!label.empty()) label += "\\n";
            label += dot_escape(m.second);
        }
        char width[32];
        std::snprintf(width, sizeof width, "%.1f", std::min(1.0 + 1.5 * static_cast<double>(meetings.size() - 1), 10.0));
        out << "  p" << x << " -- p" << y << " [label=\"" << label << "\", penwidth=" << width
            << ", weight=" << meetings.size() << "];\n";
    }
    out << "}\n";
    if (!out) throw WriteError("", "output stream failed while writing the actor diagram");
}

}  // namespace readout::io
