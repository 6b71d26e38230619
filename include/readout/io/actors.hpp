#pragma once
/// \file
/// The actors view of a graph: the people, the meetings they took part in, the issues discussed
/// there, and the ties between people who met. The actor diagram (DOT) and the GraphML export
/// both draw this view, so they always agree on who is in it.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "readout/extract/date_value.hpp"
#include "readout/store/store.hpp"

namespace readout::io {

/// Which part of the graph the actors view keeps.
struct ActorOptions {
    /// A person's name (matched with Store::find_by_name): keep only people within `depth`
    /// meeting hops of them. Unset: everyone.
    std::optional<std::string> focus;
    /// Hops from the focus (0 = the focus alone). Ignored without a focus.
    int depth = 2;
    /// Keep only meetings whose date overlaps [from, to] (each bound of year, month or day
    /// precision, inclusive). With a bound set, meetings known only by weekday or not dated are
    /// left out, and so are people who took part in no meeting that is kept.
    std::optional<extract::DateValue> from;
    /// Upper bound of the date range (see `from`).
    std::optional<extract::DateValue> to;
};

/// A person of the view.
struct Actor {
    store::TermId id = store::kNoTerm;  ///< the person's term in the store
    std::string iri;                    ///< the person's IRI
    std::string name;                   ///< rdfs:label, or the last segment of the IRI
    std::string role;                   ///< the role of the main position ("former X" when it ended), or empty
    std::string organization;           ///< the organization or country of the main position, or empty
    std::string country;                ///< the country the person serves or belongs to, or empty
    bool focus = false;                 ///< true for the person named by ActorOptions::focus
    std::size_t meeting_count = 0;      ///< meetings of the view this person took part in

    /// "Role, Organization", "Role", "Organization" or empty.
    [[nodiscard]] std::string caption() const;
};

/// An issue discussed at a meeting of the view.
struct ActorIssue {
    store::TermId id = store::kNoTerm;  ///< the issue's term in the store
    std::string iri;                    ///< the issue's IRI
    std::string name;                   ///< its label
};

/// A meeting (or call) of the view.
struct ActorMeeting {
    store::TermId id = store::kNoTerm;  ///< the meeting's term in the store
    std::string iri;                    ///< the meeting's IRI
    std::string place;                  ///< the location's name, else the venue's, or empty
    std::string date;                   ///< ISO date (YYYY-MM-DD, YYYY-MM or YYYY), or empty
    std::string weekday;                ///< the weekday when no date is known, or empty
    bool call = false;                  ///< true for a ro:Call (phone or video)
    std::vector<std::size_t> people;    ///< indexes into ActorGraph::people, ascending
    std::vector<std::size_t> issues;    ///< indexes into ActorGraph::issues, ascending

    /// The date, else the weekday, else "undated".
    [[nodiscard]] std::string when() const;
    /// "place, when"; the place alone when no date or weekday is known; `when()` without a place.
    [[nodiscard]] std::string line() const;
};

/// Two people who met: one tie per pair, however many meetings.
struct ActorTie {
    std::size_t a = 0;                 ///< index into ActorGraph::people (a < b)
    std::size_t b = 0;                 ///< index into ActorGraph::people
    std::vector<std::size_t> meetings; ///< indexes into ActorGraph::meetings, in date order
};

/// The actors view. Every list is in a deterministic order: people and issues by name (then IRI),
/// meetings by date (undated last, then place, then IRI), ties by (a, b).
struct ActorGraph {
    std::vector<Actor> people;          ///< the people
    std::vector<ActorMeeting> meetings; ///< the meetings with at least one person of the view
    std::vector<ActorIssue> issues;     ///< the issues discussed at those meetings
    std::vector<ActorTie> ties;         ///< the pairs of people who took part in a common meeting
};

/// Computes the actors view. People are the ro:Person resources that took part in a ro:Meeting
/// or ro:Call or hold a position. A person's main position is the current one best attested
/// (most evidence, then one with an organization); their country is that position's organization
/// when it is a ro:Country, else that organization's ro:country, else a ro:Country they are
/// ro:memberOf. Throws LookupError when `focus` matches no person of the view.
[[nodiscard]] ActorGraph actor_graph(const store::Store& store, const ActorOptions& options = {});

}  // namespace readout::io
