#pragma once
/// \file
/// GraphML export of the actors view, written with Boost.Graph's GraphML writer, for Gephi,
/// NetworkX, yEd, Cytoscape and other graph tools. Boost types stay inside the implementation.

#include <iosfwd>
#include <string>
#include <string_view>

#include "readout/io/actors.hpp"
#include "readout/store/store.hpp"

namespace readout::io {

/// Writes the actors view (see actor_graph()) as an undirected GraphML graph.
///
/// Nodes are people (ids n0, n1, ... in name order) with the string attributes `label` (name),
/// `iri`, `role`, `organization`, `country` and the int attribute `meetings` (how many meetings
/// they took part in). Edges join two people who met (one edge per pair) with the int attribute
/// `weight` (number of meetings) and the string attributes `label` ("place, date" per meeting,
/// joined by "; "), `places` and `dates` (distinct values in date order, joined by "; ") and
/// `meetings` (the meetings' IRIs, space-separated). Empty attributes are written as empty
/// strings. Every text goes through xml_text(). Throws LookupError for an unknown focus and
/// WriteError when the stream goes bad.
void write_graphml(const store::Store& store, std::ostream& out, const ActorOptions& options = {});

/// Makes text legal as XML 1.0 character data: the characters XML 1.0 forbids (C0 controls other
/// than tab and newline, U+FFFE, U+FFFF) become spaces, carriage returns are dropped (XML parsers
/// would turn them into newlines anyway) and invalid UTF-8 becomes U+FFFD. Markup characters
/// (& < > " ') are left for Boost's writer, which replaces them by entities. The one place text
/// bound for XML is cleaned.
[[nodiscard]] std::string xml_text(std::string_view text);

}  // namespace readout::io
