#pragma once
/// \file
/// The plain syntax tree of a question: one struct per question form, held in a std::variant.
/// Names stay strings here; the engine resolves them against a store.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "readout/rdf/term.hpp"

namespace readout::query {

/// How a name was written in the question.
enum class NameKind {
    Words,   ///< bare words, e.g. `Ana Duarte`
    Quoted,  ///< a double-quoted string, e.g. `"Ana Duarte"` (escapes `\"` and `\\` removed)
    Iri,     ///< an IRI in angle brackets, e.g. `<person/wang-yi>` (relative to the engine's base)
};

/// A name as written in the question, with the byte offset where it starts.
struct Name {
    std::string text;          ///< the name (for NameKind::Iri: the IRI without the brackets)
    std::size_t position = 0;  ///< byte offset of the name in the question
    NameKind kind = NameKind::Words;  ///< how the name was written
    bool operator==(const Name&) const = default;
};

/// A calendar filter of day, month or year precision ("2023-07-13", "2023-07", "2023").
struct DateFilter {
    int year = 0;  ///< the year
    int month = 0;  ///< 1..12, or 0 for a whole year
    int day = 0;    ///< 1..31, or 0 for a whole month or year
    /// ISO form of the filter: "2023-07-13", "2023-07" or "2023".
    [[nodiscard]] std::string iso() const;
    /// True when an xsd:date / xsd:gYearMonth / xsd:gYear lexical form lies within the filter
    /// ("2023-07-13" is within "2023-07"; "2023-07" is not within "2023-07-13").
    [[nodiscard]] bool contains(std::string_view lexical) const;
    bool operator==(const DateFilter&) const = default;
};

/// `who attended <place | venue | event | meeting>`
struct WhoAttended {
    Name target;  ///< the place, venue, event or meeting
    bool operator==(const WhoAttended&) const = default;
};

/// `who met <person>`
struct WhoMet {
    Name person;  ///< the person
    bool operator==(const WhoMet&) const = default;
};

/// `where did <person> meet <person>`
struct WhereMet {
    Name first;  ///< one person
    Name second;  ///< the other person
    bool operator==(const WhereMet&) const = default;
};

/// `when did <person> meet <person>`
struct WhenMet {
    Name first;  ///< one person
    Name second;  ///< the other person
    bool operator==(const WhenMet&) const = default;
};

/// `what was discussed at <place | event | meeting>`
struct DiscussedAt {
    Name target;  ///< the place, event or meeting
    bool operator==(const DiscussedAt&) const = default;
};

/// `what did <person> and <person> discuss`
struct DiscussedBetween {
    Name first;  ///< one person
    Name second;  ///< the other person
    bool operator==(const DiscussedBetween&) const = default;
};

/// One way of reading the phrase of `who is <phrase>` as a role, optionally of an organization.
struct RoleReading {
    Name role;  ///< the role title
    std::optional<Name> organization;  ///< the organization or country, when the phrase names one
    bool operator==(const RoleReading&) const = default;
};

/// `who is <phrase>`: either a person (answered with their positions) or a role, optionally
/// of an organization or country (answered with the people holding it). Which one is decided
/// by the engine against the store; the parser lists the readings of the phrase as a role.
struct WhoIs {
    Name subject;                       ///< the whole phrase, as a person's name
    std::vector<RoleReading> readings;  ///< the phrase read as `<role>`, `<role> of <org>` or `<org> <role>`
    bool operator==(const WhoIs&) const = default;
};

/// `role of <person>`
struct RoleOf {
    Name person;  ///< the person
    bool operator==(const RoleOf&) const = default;
};

/// `meetings [of|with <person>] [in <place>] [on|in <date>]`
struct Meetings {
    std::optional<Name> person;  ///< only meetings of this person
    std::optional<Name> place;  ///< only meetings in this place
    std::optional<DateFilter> date;  ///< only meetings on this day, month or year
    bool operator==(const Meetings&) const = default;
};

/// `how is <person> connected to <person>`
struct Connection {
    Name from;  ///< where the chain starts
    Name to;  ///< where it ends
    bool operator==(const Connection&) const = default;
};

/// A variable of the pattern form, without its `?`.
struct Variable {
    std::string name;  ///< the name, without `?`
    bool operator==(const Variable&) const = default;
};

/// A position of a triple pattern: a variable or a constant term. Prefixed names and `a` are
/// already expanded; an IRI without a scheme is kept relative and resolved by the engine.
using PatternTerm = std::variant<Variable, rdf::Term>;

/// One triple pattern of the pattern form.
struct TriplePattern {
    PatternTerm subject;  ///< subject position
    PatternTerm predicate;  ///< predicate position
    PatternTerm object;  ///< object position
    std::size_t position = 0;  ///< byte offset of the pattern's subject in the question
    bool operator==(const TriplePattern&) const = default;
};

/// `select ?a ?b where { ?a <p> ?b . ... }`: a basic graph pattern with a projection.
struct PatternQuery {
    std::vector<Variable> projection;  ///< never empty (`*` is expanded by the parser)
    std::vector<TriplePattern> patterns;  ///< the basic graph pattern
    bool operator==(const PatternQuery&) const = default;
};

/// A parsed question: exactly one of the forms.
using Question = std::variant<WhoAttended, WhoMet, WhereMet, WhenMet, DiscussedAt, DiscussedBetween, WhoIs, RoleOf,
                              Meetings, Connection, PatternQuery>;

/// Short kebab-case name of the form of a question ("who-met", "pattern", ...).
[[nodiscard]] std::string form_name(const Question& question);

/// A canonical one-line rendering of the syntax tree, for tests and `--explain`-style output,
/// e.g. `(where-met "Duarte" "Mary Osei")`.
[[nodiscard]] std::string to_string(const Question& question);

}  // namespace readout::query
