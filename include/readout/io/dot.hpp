#pragma once
/// \file
/// The actor diagram: who met whom, as a Graphviz DOT graph.

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "readout/store/store.hpp"

namespace readout::io {

/// What the actor diagram shows.
struct DotOptions {
    /// A person's name (matched with Store::find_by_name): show only people within `depth`
    /// meeting hops of them. Unset: everyone.
    std::optional<std::string> focus;
    /// Hops from the focus (0 = the focus alone). Ignored without a focus.
    int depth = 2;
};

/// Writes an undirected DOT graph. Nodes are the people (ro:Person) who took part in a
/// ro:Meeting or hold a position, labelled "Name\nRole, Organization" from their first position.
/// Each pair of people who were participants of the same meeting gets one edge labelled with
/// one "place, date" line per meeting; its penwidth grows with the number of meetings.
/// Output is deterministic (sorted by name). Throws LookupError when `focus` matches no person
/// in the diagram, WriteError when the stream goes bad.
void write_actor_diagram(const store::Store& store, std::ostream& out, const DotOptions& options = {});

/// Escapes text for the inside of a DOT double-quoted string used as a label: `"` and `\` are
/// backslash-escaped, a newline becomes the `\n` line break, carriage returns are dropped,
/// other control characters become spaces and invalid UTF-8 becomes U+FFFD. The one place
/// DOT text is escaped.
[[nodiscard]] std::string dot_escape(std::string_view text);

/// `"` + dot_escape(text) + `"`.
[[nodiscard]] std::string dot_quote(std::string_view text);

}  // namespace readout::io
