// GraphML export of the actors view through Boost.Graph's write_graphml.

#include "readout/io/graphml.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/property_map/dynamic_property_map.hpp>

#include <algorithm>
#include <ostream>

#include "readout/io/errors.hpp"
#include "readout/text/unicode.hpp"

namespace readout::io {

std::string xml_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    text::for_each_code_point(text, [&](char32_t cp, std::string_view bytes) {
        if (cp == '\r') return;
        if ((cp < 0x20 && cp != '\t' && cp != '\n') || cp == 0xFFFE || cp == 0xFFFF) {
            out += ' ';
        } else {
            out.append(bytes);
        }
    });
    return out;
}

namespace {

struct Node {
    std::string label, iri, role, organization, country;
    int meetings = 0;
};

struct Link {
    std::string label, places, dates, meetings;
    int weight = 0;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, Node, Link>;

/// Appends `value` to a "; "-separated list unless the list already holds it.
void add_distinct(std::string& list, std::vector<std::string>& seen, const std::string& value) {
    if (value.empty() || std::find(seen.begin(), seen.end(), value) != seen.end()) return;
    seen.push_back(value);
    if (!list.empty()) list += "; ";
    list += value;
}

}  // namespace

void write_graphml(const store::Store& store, std::ostream& out, const ActorOptions& options) {
    const ActorGraph actors = actor_graph(store, options);
    Graph g;
    for (const Actor& a : actors.people) {
        Node n;
        n.label = xml_text(a.name);
        n.iri = xml_text(a.iri);
        n.role = xml_text(a.role);
        n.organization = xml_text(a.organization);
        n.country = xml_text(a.country);
        n.meetings = static_cast<int>(a.meeting_count);
        boost::add_vertex(std::move(n), g);
    }
    for (const ActorTie& t : actors.ties) {
        Link l;
        l.weight = static_cast<int>(t.meetings.size());
        std::vector<std::string> places, dates;
        for (std::size_t mi : t.meetings) {
            const ActorMeeting& m = actors.meetings[mi];
            if (!l.label.empty()) l.label += "; ";
            l.label += m.line();
            add_distinct(l.places, places, m.place);
            add_distinct(l.dates, dates, m.date.empty() ? m.weekday : m.date);
            if (!l.meetings.empty()) l.meetings += ' ';
            l.meetings += m.iri;
        }
        l.label = xml_text(l.label);
        l.places = xml_text(l.places);
        l.dates = xml_text(l.dates);
        l.meetings = xml_text(l.meetings);
        boost::add_edge(t.a, t.b, std::move(l), g);
    }

    boost::dynamic_properties dp;
    dp.property("label", boost::get(&Node::label, g));
    dp.property("iri", boost::get(&Node::iri, g));
    dp.property("role", boost::get(&Node::role, g));
    dp.property("organization", boost::get(&Node::organization, g));
    dp.property("country", boost::get(&Node::country, g));
    dp.property("meetings", boost::get(&Node::meetings, g));
    dp.property("label", boost::get(&Link::label, g));
    dp.property("weight", boost::get(&Link::weight, g));
    dp.property("places", boost::get(&Link::places, g));
    dp.property("dates", boost::get(&Link::dates, g));
    dp.property("meetings", boost::get(&Link::meetings, g));
    boost::write_graphml(out, g, dp, true);
    out.flush();
    if (!out) throw WriteError("", "output stream failed while writing GraphML");
}

}  // namespace readout::io
