// The actor diagram in Graphviz DOT, and its rendering through Graphviz's `dot` program.

#include "readout/io/dot.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <ostream>

#include "detail.hpp"
#include "readout/io/errors.hpp"
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

/// Fill and border colours of the clusters, in turn.
struct ClusterColour {
    const char* fill;
    const char* border;
};
constexpr ClusterColour kClusterColours[] = {
    {"#e8f0fe", "#7a9fd9"}, {"#fde8e7", "#d98b85"}, {"#e6f4ea", "#7bb58e"}, {"#fef6dc", "#d4b25a"},
    {"#f3e8fd", "#ad8ad6"}, {"#e0f4f6", "#6fb2ba"}, {"#fce8f3", "#d688b3"}, {"#eef0f2", "#9aa1a8"},
};

constexpr const char* kFocusFill = "#ffe9a8";

std::string lines(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) {
        if (p.empty()) continue;
        if (!out.empty()) out += "\\n";
        out += dot_escape(p);
    }
    return out;
}

/// Breaks text into lines of about `width` characters at spaces, so long titles make tall
/// boxes rather than wide ones.
std::vector<std::string> wrap(const std::string& text, std::size_t width) {
    std::vector<std::string> out;
    std::string line;
    std::size_t line_chars = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t space = text.find(' ', start);
        std::string word = text.substr(start, space == std::string::npos ? std::string::npos : space - start);
        start = space == std::string::npos ? text.size() : space + 1;
        if (word.empty()) continue;
        std::size_t chars = 0;
        text::for_each_code_point(word, [&](char32_t, std::string_view) { ++chars; });
        if (!line.empty() && line_chars + 1 + chars > width) {
            out.push_back(std::move(line));
            line.clear();
            line_chars = 0;
        }
        if (!line.empty()) {
            line += ' ';
            ++line_chars;
        }
        line += word;
        line_chars += chars;
    }
    if (!line.empty()) out.push_back(std::move(line));
    return out;
}

constexpr std::size_t kWrapWidth = 30;

std::string cluster_key(const Actor& a, DotCluster cluster) {
    switch (cluster) {
        case DotCluster::Country: return a.country;
        case DotCluster::Organization: return a.organization;
        case DotCluster::None: break;
    }
    return {};
}

/// "Name\nRole, Organization", or role and organization on lines of their own, each wrapped,
/// when that is too long; the organization is left out when the cluster already names it.
std::string person_label(const Actor& a, const std::string& cluster) {
    std::vector<std::string> parts{a.name};
    Actor shown = a;
    if (a.organization == cluster) shown.organization.clear();
    std::string caption = shown.caption();
    std::size_t chars = 0;
    text::for_each_code_point(caption, [&](char32_t, std::string_view) { ++chars; });
    if (chars <= kWrapWidth) {
        parts.push_back(caption);
    } else {
        for (const std::string* piece : {&shown.role, &shown.organization}) {
            for (auto& l : wrap(*piece, kWrapWidth)) parts.push_back(std::move(l));
        }
    }
    return lines(parts);
}

std::string penwidth(std::size_t meetings) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", std::min(1.0 + 1.5 * static_cast<double>(meetings - 1), 10.0));
    return buf;
}

/// Writes the people in `shown` (indexes into g.people), grouped in clusters.
void write_people(const ActorGraph& g, const std::vector<std::size_t>& shown, std::ostream& out, DotCluster cluster) {
    // Clusters by name; people without one stay outside.
    std::map<std::string, std::vector<std::size_t>> clusters;
    std::vector<std::size_t> loose;
    for (std::size_t i : shown) {
        std::string key = cluster_key(g.people[i], cluster);
        if (key.empty()) {
            loose.push_back(i);
        } else {
            clusters[key].push_back(i);
        }
    }
    auto write_person = [&](std::size_t i, const std::string& indent) {
        const Actor& a = g.people[i];
        out << indent << "p" << i << " [label=\"" << person_label(a, cluster_key(a, cluster))
            << "\", tooltip=" << dot_quote(a.iri);
        if (a.focus) out << ", fillcolor=\"" << kFocusFill << "\", penwidth=2";
        out << "];\n";
    };
    std::size_t c = 0;
    for (const auto& [name, members] : clusters) {
        const ClusterColour& colour = kClusterColours[c % std::size(kClusterColours)];
        out << "  subgraph cluster_" << c++ << " {\n";
        out << "    label=" << dot_quote(name) << "; style=\"rounded,filled\"; fillcolor=\"" << colour.fill
            << "\"; color=\"" << colour.border << "\";\n";
        for (std::size_t i : members) write_person(i, "    ");
        out << "  }\n";
    }
    for (std::size_t i : loose) write_person(i, "  ");
}

/// The people a view draws: those with a tie (People) or a meeting (Meetings), and the focus;
/// everyone with `isolated`.
std::vector<std::size_t> shown_people(const ActorGraph& g, const DotOptions& o) {
    std::vector<bool> linked(g.people.size(), false);
    if (o.view == DotView::People) {
        for (const ActorTie& t : g.ties) linked[t.a] = linked[t.b] = true;
    } else {
        for (std::size_t i = 0; i < g.people.size(); ++i) linked[i] = g.people[i].meeting_count > 0;
    }
    std::vector<std::size_t> shown;
    for (std::size_t i = 0; i < g.people.size(); ++i) {
        if (linked[i] || g.people[i].focus || o.isolated) shown.push_back(i);
    }
    return shown;
}

void write_people_view(const ActorGraph& g, std::ostream& out, const DotOptions& o) {
    write_people(g, shown_people(g, o), out, o.cluster);
    // Each edge runs from the person with more ties, so `dot` ranks the busiest people on top.
    std::vector<std::size_t> ties(g.people.size(), 0);
    for (const ActorTie& t : g.ties) ++ties[t.a], ++ties[t.b];
    for (const ActorTie& t : g.ties) {
        std::vector<std::string> parts;
        for (std::size_t m : t.meetings) parts.push_back(g.meetings[m].line());
        auto [from, to] = ties[t.b] > ties[t.a] ? std::pair{t.b, t.a} : std::pair{t.a, t.b};
        out << "  p" << from << " -- p" << to << " [label=\"" << lines(parts) << "\", penwidth=" << penwidth(t.meetings.size())
            << ", weight=" << t.meetings.size() << "];\n";
    }
}

void write_meetings_view(const ActorGraph& g, std::ostream& out, const DotOptions& o) {
    write_people(g, shown_people(g, o), out, o.cluster);
    for (std::size_t i = 0; i < g.meetings.size(); ++i) {
        const ActorMeeting& m = g.meetings[i];
        out << "  m" << i << " [label=\"" << lines({m.place, m.when()}) << "\", tooltip=" << dot_quote(m.iri)
            << ", shape=ellipse, fillcolor=\"#fff4d6\"" << (m.call ? ", style=\"filled,dashed\"" : "") << "];\n";
    }
    for (std::size_t i = 0; i < g.issues.size(); ++i) {
        const ActorIssue& issue = g.issues[i];
        out << "  i" << i << " [label=\"" << lines(wrap(issue.name, kWrapWidth)) << "\", tooltip=" << dot_quote(issue.iri)
            << ", shape=note, style=filled, fillcolor=\"#e3f2e1\"];\n";
    }
    for (std::size_t i = 0; i < g.meetings.size(); ++i) {
        for (std::size_t p : g.meetings[i].people) out << "  p" << p << " -- m" << i << ";\n";
    }
    for (std::size_t i = 0; i < g.meetings.size(); ++i) {
        for (std::size_t issue : g.meetings[i].issues) out << "  m" << i << " -- i" << issue << " [style=dashed];\n";
    }
}

}  // namespace

std::optional<DotCluster> dot_cluster_from_name(std::string_view name) {
    std::string n = detail::lower_ascii(name);
    if (n == "country") return DotCluster::Country;
    if (n == "organization" || n == "organisation" || n == "org") return DotCluster::Organization;
    if (n == "none") return DotCluster::None;
    return std::nullopt;
}

std::optional<DotView> dot_view_from_name(std::string_view name) {
    std::string n = detail::lower_ascii(name);
    if (n == "people" || n == "actors") return DotView::People;
    if (n == "meetings") return DotView::Meetings;
    return std::nullopt;
}

void write_actor_diagram(const store::Store& s, std::ostream& out, const DotOptions& options) {
    const ActorGraph g = actor_graph(s, options);
    const bool meetings = options.view == DotView::Meetings;
    out << "// Actor diagram written by readout: "
        << (meetings ? "people, their meetings and the issues discussed.\n" : "people, and the meetings between them.\n");
    out << "graph actors {\n";
    out << "  graph [fontname=\"Helvetica\", fontsize=12, overlap=false, splines=true, pad=0.3, nodesep=0.5, "
           "ranksep=0.9"
        << (meetings ? ", rankdir=LR" : "") << "];\n";
    out << "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", color=\"#5b6b7f\", "
           "fontname=\"Helvetica\", fontsize=11];\n";
    out << "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#6b7c93\", fontcolor=\"#39475a\"];\n";
    if (meetings) {
        write_meetings_view(g, out, options);
    } else {
        write_people_view(g, out, options);
    }
    out << "  label=\""
        << (meetings ? "people \u2014 meetings (dashed: calls) \u2014 issues discussed"
                     : "a line per pair who met: place and date of each meeting; thicker: more meetings")
        << "\"; labelloc=b; fontsize=10; fontcolor=\"#5b6b7f\";\n";
    out << "}\n";
    if (!out) throw WriteError("", "output stream failed while writing the actor diagram");
}

std::optional<DiagramFormat> diagram_format_from_path(const std::filesystem::path& path) {
    std::string ext = detail::lower_ascii(path.extension().string());
    if (ext == ".dot" || ext == ".gv") return DiagramFormat::Dot;
    if (ext == ".svg") return DiagramFormat::Svg;
    if (ext == ".png") return DiagramFormat::Png;
    return std::nullopt;
}

std::optional<DiagramFormat> diagram_format_from_name(std::string_view name) {
    std::string n = detail::lower_ascii(name);
    if (n == "dot" || n == "gv" || n == "graphviz") return DiagramFormat::Dot;
    if (n == "svg") return DiagramFormat::Svg;
    if (n == "png") return DiagramFormat::Png;
    return std::nullopt;
}

}  // namespace readout::io
