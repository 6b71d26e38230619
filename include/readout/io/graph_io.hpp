#pragma once
/// \file
/// Reading and writing the graph: Turtle, N-Triples and N-Quads through Raptor2, JSON-LD through
/// RapidJSON, and two views of who met whom: a Graphviz actor diagram and GraphML. Raptor and RapidJSON stay inside the implementation.
///
/// What each format holds:
/// - N-Quads: every quad, with its named graph (the article that asserted it).
/// - Turtle, N-Triples, JSON-LD: the union of all graphs (distinct triples); JSON-LD is a single
///   default graph in compact form with the project context embedded inline (`@context`).
/// - DOT: not RDF; the actor diagram of write_actor_diagram (write only).
/// - GraphML: not RDF; the actors view of write_graphml, for Gephi and NetworkX (write only).
///
/// Blank nodes keep their labels where the syntax allows (labels that are not safe in every
/// syntax are renamed consistently within one output). When reading into a store that already
/// holds a blank node of the same label, the incoming one is renamed, so merged files never
/// share blank nodes by accident.

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "readout/io/errors.hpp"
#include "readout/rdf/vocabulary.hpp"
#include "readout/store/store.hpp"

namespace readout::io {

/// The syntaxes readout writes (DOT, GraphML) and reads and writes (the others).
enum class GraphFormat { Turtle, NTriples, NQuads, JsonLd, Dot, GraphML };

/// The format of a file name by its extension (case-insensitive): .ttl .nt .nq
/// .jsonld/.json-ld/.json .dot/.gv .graphml; nullopt for anything else.
[[nodiscard]] std::optional<GraphFormat> format_from_path(const std::filesystem::path& path);

/// The format of a name as given on a command line (case-insensitive): "turtle"/"ttl",
/// "ntriples"/"nt", "nquads"/"nq", "jsonld"/"json-ld", "dot"/"gv", "graphml"; nullopt for anything else.
[[nodiscard]] std::optional<GraphFormat> format_from_name(std::string_view name);

/// The canonical short name of a format ("turtle", "ntriples", "nquads", "jsonld", "dot", "graphml").
[[nodiscard]] std::string_view format_name(GraphFormat format) noexcept;

/// The usual file extension of a format, with the dot (".ttl", ".nt", ".nq", ".jsonld", ".dot", ".graphml").
[[nodiscard]] std::string_view format_extension(GraphFormat format) noexcept;

/// True for the formats read_graph accepts (all but Dot and GraphML).
[[nodiscard]] bool is_readable(GraphFormat format) noexcept;

/// Options for writing.
struct WriteOptions {
    /// The base the graph's resources were minted under. Outputs use absolute IRIs (no `\@base`),
    /// so this only names the resource namespace; it is kept for writers that want it.
    std::string base = std::string(rdf::ns::default_base);
};

/// Writes the whole store to `out` in `format`. Throws WriteError when the serializer fails
/// or the stream goes bad.
void write_graph(const store::Store& store, GraphFormat format, std::ostream& out, const WriteOptions& options = {});

/// Writes the store to `path`: to a temporary file in the same directory, then renamed over
/// `path`, so a failure never leaves a truncated or partial file and the previous file stays.
/// Throws WriteError.
void write_graph_file(const store::Store& store, GraphFormat format, const std::filesystem::path& path,
                      const WriteOptions& options = {});

/// Calls `body` with a stream on a temporary file next to `path` (same directory, so the rename
/// is atomic), then flushes, syncs and renames it over `path`. If `body` throws or any step
/// fails, the temporary file is removed, `path` is left as it was, and the exception propagates
/// (I/O failures as WriteError). A new file gets the usual permissions (0666 less the umask);
/// an existing file keeps its permission bits.
void write_file_atomically(const std::filesystem::path& path, const std::function<void(std::ostream&)>& body);

/// Reads `in` as `format` and adds its quads to `store` (so several files can be merged).
/// `origin` names the input in errors and is the base for relative IRIs. The store is changed
/// only when the whole input parsed. Throws ParseError{file, line, column, message} on syntax
/// errors, invalid UTF-8 and unsupported constructs (and for Dot and GraphML, which cannot be read).
void read_graph(std::istream& in, GraphFormat format, const std::string& origin, store::Store& store);

/// Reads one file into a new store; the format comes from the extension unless given.
/// Throws ParseError (also when the file cannot be opened or the format is unknown).
[[nodiscard]] store::Store read_graph_file(const std::filesystem::path& path,
                                           std::optional<GraphFormat> format = std::nullopt);

/// The JSON-LD context readout writes (the contents of ontology/context.jsonld).
[[nodiscard]] std::string_view jsonld_context_document();

}  // namespace readout::io
