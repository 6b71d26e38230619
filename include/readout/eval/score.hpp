#pragma once
/// \file
/// Scoring a graph against gold annotations: the C++ twin of the project's `score.py`
/// (persons, roles, roles with organization, meetings, participants, locations, dates, issues),
/// so users can measure extraction on articles they annotated themselves. The gold format is the
/// one `GUIDELINES.md` describes: people, places and meetings keyed by human-readable names.

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "readout/store/store.hpp"
#include "readout/text/diagnostic.hpp"

namespace readout::eval {

/// A gold annotation file that cannot be read or does not follow the format.
class GoldError : public std::runtime_error {
public:
    /// An error with its location.
    explicit GoldError(Diagnostic d) : std::runtime_error(format(d)), diagnostic_(std::move(d)) {}
    /// Where and what: file, line and column of the offending JSON value.
    [[nodiscard]] const Diagnostic& diagnostic() const noexcept { return diagnostic_; }

private:
    Diagnostic diagnostic_;
};

/// A role a gold person holds.
struct GoldRole {
    std::string role;                         ///< the title
    std::vector<std::string> organizations;  ///< the organization and its aliases
    bool required = true;                     ///< false: neither rewarded nor penalised
};

/// A gold person (several files naming the same person are merged).
struct GoldPerson {
    std::string name;                  ///< canonical name
    std::vector<std::string> aliases;  ///< other surface forms
    std::vector<GoldRole> roles;       ///< posts held
    bool required = false;             ///< false: neither rewarded nor penalised
};

/// A gold place, with aliases.
struct GoldPlace {
    std::string name;                  ///< canonical name
    std::vector<std::string> aliases;  ///< other names
};

/// An issue discussed at a gold meeting.
struct GoldIssue {
    std::string label;                 ///< short noun phrase
    std::vector<std::string> aliases;  ///< other phrasings that count
    bool required = true;              ///< false: neither rewarded nor penalised
};

/// A gold meeting.
struct GoldMeeting {
    std::string id;                                  ///< name used in notes
    std::vector<std::string> participants;           ///< gold person names
    std::vector<std::string> optional_participants;  ///< may be present without penalty
    std::optional<std::string> location;             ///< gold place name
    std::optional<std::string> date;  ///< ISO 8601 at day, month or year precision
    std::vector<GoldIssue> issues;  ///< what was discussed
    bool required = true;           ///< false: neither rewarded nor penalised
};

/// Gold annotations, possibly merged from several files.
struct Gold {
    std::vector<GoldPerson> persons;    ///< people in the news
    std::vector<GoldPlace> places;      ///< places, with aliases
    std::vector<GoldMeeting> meetings;  ///< meetings that happened

    /// Reads and merges gold files; throws GoldError naming the file, line and column.
    [[nodiscard]] static Gold load(const std::vector<std::string>& paths);
    /// Parses one gold document held in memory (`name` is used in errors).
    [[nodiscard]] static Gold parse(std::string_view json, const std::string& name);
    /// Merges `other` into this gold set (persons and places by name).
    void merge(Gold other);
};

/// Precision, recall and F1, each rounded to three decimals.
struct Prf {
    double precision = 0;  ///< share of the output that is right
    double recall = 0;     ///< share of the gold that was found
    double f1 = 0;         ///< harmonic mean of the two
    bool operator==(const Prf&) const = default;
};

/// The figures of one scoring run.
struct Report {
    Prf persons;                         ///< people matched by name or alias
    Prf roles;                           ///< titles
    Prf roles_org;                       ///< titles with their organization
    Prf meetings;                        ///< meetings paired with gold meetings
    std::size_t meeting_duplicates = 0;  ///< extra output meetings that fit a paired gold meeting
    Prf participants;                    ///< participants of paired meetings
    double location_accuracy = 1.0;      ///< paired meetings with the right place
    double date_accuracy = 1.0;          ///< paired meetings with the right date
    Prf issues;                          ///< issues of paired meetings
    double overall = 0;                  ///< mean of the seven headline figures
};

/// A report with, when asked for, one note per miss ("person missed: …", "meeting not in gold: …").
struct Scored {
    Report report;                   ///< the figures
    std::vector<std::string> notes;  ///< one line per miss, when details were asked for
};

/// Scores the graph in `store` (the `ro:` vocabulary) against `gold`.
[[nodiscard]] Scored score(const store::Store& store, const Gold& gold, bool details = false);

/// The normalization the matcher compares phrases with: lower case, possessive "'s" and
/// punctuation dropped, hyphens as spaces, "under secretary" as one word, the articles and
/// "of/for/and" dropped, spaces collapsed.
[[nodiscard]] std::string normalize_phrase(std::string_view s);

/// True when one normalized phrase occurs in the other at word boundaries.
[[nodiscard]] bool contains_phrase(std::string_view a, std::string_view b);

/// The report as aligned text lines (the layout of score.py), notes indented below.
[[nodiscard]] std::string format_text(const Scored& scored);
/// The report as one JSON object (the keys of score.py --json).
[[nodiscard]] std::string format_json(const Report& report);

}  // namespace readout::eval
