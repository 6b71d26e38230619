#pragma once
/// \file
/// The actor diagram: who met whom, as a Graphviz DOT graph, and its rendering to SVG or PNG
/// through Graphviz's `dot` program.

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "readout/io/actors.hpp"
#include "readout/store/store.hpp"

namespace readout::io {

/// What the nodes of the actor diagram are.
enum class DotView {
    People,    ///< people, an edge for each pair who met, labelled with places and dates
    Meetings,  ///< people, meetings and issues: person -- meeting -- issue
};

/// How people are grouped into boxes (Graphviz clusters).
enum class DotCluster {
    None,          ///< no grouping
    Country,       ///< by the country they serve or belong to (Actor::country)
    Organization,  ///< by the organization of their main position (Actor::organization)
};

/// What the actor diagram shows: the part of the graph (ActorOptions), the view and the grouping.
struct DotOptions : ActorOptions {
    /// People only, or people, meetings and issues.
    DotView view = DotView::People;
    /// The grouping of people into clusters.
    DotCluster cluster = DotCluster::Country;
    /// Also draw the people with no tie (People view) or no meeting (Meetings view), such as
    /// those known only by their post. The focus is always drawn.
    bool isolated = false;
};

/// The cluster option named on a command line: "country", "organization"/"org" or "none".
[[nodiscard]] std::optional<DotCluster> dot_cluster_from_name(std::string_view name);

/// The view named on a command line: "people" or "meetings".
[[nodiscard]] std::optional<DotView> dot_view_from_name(std::string_view name);

/// Writes the actors view (see actor_graph()) as an undirected DOT graph.
///
/// People are boxes labelled "Name\nRole" (plus the organization when it is not the cluster's
/// name; long captions wrapped), the focus highlighted, grouped in one coloured cluster per
/// country or organization. In the People view each pair who met gets one edge labelled with
/// one "place, date" line per meeting, whose penwidth grows with the number of meetings; edges
/// run from the person with more ties, so `dot` ranks the busiest people on top. In the
/// Meetings view (rankdir=LR) each meeting is an ellipse ("place\ndate"; dashed for calls)
/// joined to its participants and to the issues (notes) discussed there. A legend line ends the
/// graph. Output is deterministic. Throws LookupError when the focus matches no person,
/// WriteError when the stream goes bad.
void write_actor_diagram(const store::Store& store, std::ostream& out, const DotOptions& options = {});

/// Escapes text for the inside of a DOT double-quoted string used as a label: `"` and `\` are
/// backslash-escaped, a newline becomes the `\n` line break, carriage returns are dropped,
/// other control characters become spaces and invalid UTF-8 becomes U+FFFD. The one place
/// DOT text is escaped.
[[nodiscard]] std::string dot_escape(std::string_view text);

/// `"` + dot_escape(text) + `"`.
[[nodiscard]] std::string dot_quote(std::string_view text);

/// The files `readout dot` writes: the DOT source, or a picture rendered by Graphviz.
enum class DiagramFormat { Dot, Svg, Png };

/// The diagram format of a file name by its extension (case-insensitive): .dot/.gv, .svg, .png.
[[nodiscard]] std::optional<DiagramFormat> diagram_format_from_path(const std::filesystem::path& path);

/// The diagram format named on a command line: "dot"/"gv", "svg", "png".
[[nodiscard]] std::optional<DiagramFormat> diagram_format_from_name(std::string_view name);

/// Renders DOT source to SVG or PNG by running Graphviz's `program` (normally "dot", looked up on
/// PATH) and writes the picture to `out`; DiagramFormat::Dot copies the source. Returns what the
/// program reported on its standard error (warnings), one entry per line, for the caller to show.
/// Throws WriteError when the program cannot be run (with a hint to install Graphviz), when it
/// fails (with its messages) or when `out` goes bad.
std::vector<std::string> render_diagram(std::string_view dot_source, DiagramFormat format, std::ostream& out,
                                        const std::string& program = "dot");

}  // namespace readout::io
