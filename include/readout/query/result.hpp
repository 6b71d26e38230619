#pragma once
/// \file
/// The answer to a question: a status, named columns and rows, each row with its evidence.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "readout/store/store.hpp"

namespace readout::query {

/// How a question was answered.
enum class Status {
    Ok,         ///< rows hold the answers
    NoAnswer,   ///< the question was understood and its names known, but nothing was found
    Ambiguous,  ///< a name matched several resources; `candidates` lists them, choose one
    Unknown,    ///< a name matched nothing; `candidates` lists the closest known names
};

/// "ok", "no-answer", "ambiguous" or "unknown".
[[nodiscard]] std::string_view to_string(Status status) noexcept;

/// Where an answer comes from: a sentence of an article (offsets are UTF-8 bytes of the
/// article text). `sentence` is empty and offsets 0 when only the article is known.
struct Evidence {
    std::string article;  ///< article IRI
    std::string sentence;  ///< the sentence, empty when unknown
    std::uint64_t start = 0;  ///< byte offset of the sentence in the article text
    std::uint64_t end = 0;  ///< byte offset just past it
    auto operator<=>(const Evidence&) const = default;
};

/// One answer: its label and IRI, the extra columns, and the evidence behind it.
struct Row {
    std::string label;                ///< the answer's label (or a literal's lexical form)
    std::string iri;                  ///< the answer's IRI (empty for a literal answer)
    std::vector<std::string> values;  ///< one value per entry of Result::columns
    /// Sorted by article, then start: the evidence of every node of `sources`. Left empty when
    /// the engine is asked for no evidence (EngineOptions::evidence).
    std::vector<Evidence> evidence;
    /// Store ids of the meetings or positions the answer comes from, ascending and distinct
    /// (empty for a pattern's rows): `evidence` is read from their ro:evidence and ro:source.
    std::vector<store::TermId> sources{};
};

/// A resource offered when a name was ambiguous or unknown.
struct Candidate {
    std::string label;  ///< its label
    std::string iri;  ///< its IRI
    std::string type;  ///< local name of its ro: class ("Person", "City", ...), or empty
    bool operator==(const Candidate&) const = default;
};

/// The answer to one question.
struct Result {
    Status status = Status::NoAnswer;  ///< whether there is an answer, and if not why
    std::string form;                  ///< form name of the question ("who-met", ...)
    std::string answer_column;         ///< what the label column holds ("person", "place", ...)
    std::vector<std::string> columns;  ///< names of the extra columns, after "label" and "iri"
    std::vector<Row> rows;             ///< sorted by label, then values, then IRI (paths: in path order)
    std::string name;                  ///< for Ambiguous/Unknown: the name that failed to resolve
    std::size_t name_position = 0;     ///< its byte offset in the question
    std::vector<Candidate> candidates; ///< Ambiguous: the matches; Unknown: the closest names
    std::string message;               ///< one human-readable sentence for any status but Ok
};

}  // namespace readout::query
