#include "readout/query/engine.hpp"

#include <algorithm>
#include <charconv>
#include <limits>
#include <set>
#include <unordered_map>

#include "readout/query/parser.hpp"
#include "readout/text/unicode.hpp"

namespace readout::query {

std::string_view to_string(Status status) noexcept {
    switch (status) {
        case Status::Ok: return "ok";
        case Status::NoAnswer: return "no-answer";
        case Status::Ambiguous: return "ambiguous";
        case Status::Unknown: return "unknown";
    }
    return "unknown";
}

using store::kNoTerm;
using store::TermId;

/// Ids of the vocabulary terms the engine uses; kNoTerm for terms the store does not hold.
struct EngineVocab {
    TermId type, label, Person, Organization, Place, Country, City, Venue, Meeting, Call, Event, Issue, Role;
    TermId holds, role, organization, participant, location, venue, date, weekday, partOf, discussedAt, source,
        evidence, sentence, start, end, country, former;

    explicit EngineVocab(const store::Store& s) {
        auto id = [&s](const rdf::Iri& iri) { return s.find(rdf::Term{iri}).value_or(kNoTerm); };
        namespace ro = rdf::ro;
        type = id(rdf::rdf_ns::type());
        label = id(rdf::rdfs::label());
        Person = id(ro::Person());
        Organization = id(ro::Organization());
        Place = id(ro::Place());
        Country = id(ro::Country());
        City = id(ro::City());
        Venue = id(ro::Venue());
        Meeting = id(ro::Meeting());
        Call = id(ro::Call());
        Event = id(ro::Event());
        Issue = id(ro::Issue());
        Role = id(ro::Role());
        holds = id(ro::holds());
        role = id(ro::role());
        organization = id(ro::organization());
        participant = id(ro::participant());
        location = id(ro::location());
        venue = id(ro::venue());
        date = id(ro::date());
        weekday = id(ro::weekday());
        partOf = id(ro::partOf());
        discussedAt = id(ro::discussedAt());
        source = id(ro::source());
        evidence = id(ro::evidence());
        sentence = id(ro::sentence());
        start = id(ro::start());
        end = id(ro::end());
        country = id(ro::country());
        former = id(ro::former());
    }
};

namespace {

/// Edit distance over bytes counting insertions, deletions, substitutions and transpositions of
/// neighbours (optimal string alignment); returns `limit + 1` when the distance exceeds `limit`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
    if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit) return limit + 1;
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t row_min = d[i][0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            row_min = std::min(row_min, d[i][j]);
        }
        if (row_min > limit + 1) return limit + 1;
    }
    return std::min(d[a.size()][b.size()], limit + 1);
}

/// Words of a normalized name, split as the store splits them (spaces and hyphens).
std::vector<std::string> key_words(std::string_view key) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < key.size()) {
        while (i < key.size() && (key[i] == ' ' || key[i] == '-')) ++i;
        std::size_t j = i;
        while (j < key.size() && key[j] != ' ' && key[j] != '-') ++j;
        if (j > i) out.emplace_back(key.substr(i, j - i));
        i = j;
    }
    return out;
}

/// Stable-sorts `items` by label, ignoring case and diacritics first (text::normalize_key) and
/// then by bytes, then by `tie_less`; each label is normalized once, not at every comparison.
template <class T, class LabelOf, class TieLess>
void sort_by_label(std::vector<T>& items, LabelOf label_of, TieLess tie_less) {
    std::vector<std::pair<std::string, std::size_t>> keys;
    keys.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) keys.emplace_back(text::normalize_key(label_of(items[i])), i);
    std::stable_sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
        if (a.first != b.first) return a.first < b.first;
        const std::string& la = label_of(items[a.second]);
        const std::string& lb = label_of(items[b.second]);
        if (la != lb) return la < lb;
        return tie_less(items[a.second], items[b.second]);
    });
    std::vector<T> sorted;
    sorted.reserve(items.size());
    for (const auto& k : keys) sorted.push_back(std::move(items[k.second]));
    items = std::move(sorted);
}

/// A name that failed to resolve, as a finished Result.
struct Failure {
    Result result;
};

/// One answering pass: the store, its vocabulary ids and the options.
class Answerer {
public:
    Answerer(const store::Store& s, const EngineVocab& v, const EngineOptions& options) : s_(s), v_(v), options_(options) {}

    Result operator()(const WhoAttended& q) { return guarded([&] { return who_attended(q); }); }
    Result operator()(const WhoMet& q) { return guarded([&] { return who_met(q); }); }
    Result operator()(const WhereMet& q) { return guarded([&] { return where_met(q.first, q.second); }); }
    Result operator()(const WhenMet& q) { return guarded([&] { return when_met(q.first, q.second); }); }
    Result operator()(const DiscussedAt& q) { return guarded([&] { return discussed_at(q); }); }
    Result operator()(const DiscussedBetween& q) { return guarded([&] { return discussed_between(q); }); }
    Result operator()(const WhoIs& q) { return guarded([&] { return who_is(q); }); }
    Result operator()(const RoleOf& q) { return guarded([&] { return positions_of(resolve(q.person, person_classes(), "person")); }); }
    Result operator()(const Meetings& q) { return guarded([&] { return meetings(q); }); }
    Result operator()(const Connection& q) { return guarded([&] { return connection(q); }); }
    Result operator()(const PatternQuery& q) { return pattern(q); }

private:
    const store::Store& s_;
    const EngineVocab& v_;
    const EngineOptions& options_;

    template <class F>
    Result guarded(F&& f) {
        try {
            return f();
        } catch (Failure& failure) {
            return std::move(failure.result);
        }
    }

    // ------------------------------------------------------------ store helpers

    [[nodiscard]] std::vector<TermId> subjects(TermId p, TermId o) const {
        if (p == kNoTerm || o == kNoTerm) return {};
        return s_.subjects(p, o);
    }
    [[nodiscard]] std::vector<TermId> objects(TermId subject, TermId p) const {
        if (p == kNoTerm || subject == kNoTerm) return {};
        return s_.objects(subject, p);
    }
    [[nodiscard]] std::optional<TermId> object(TermId subject, TermId p) const {
        if (p == kNoTerm || subject == kNoTerm) return std::nullopt;
        return s_.object(subject, p);
    }
    [[nodiscard]] bool has(TermId subject, TermId p, TermId o) const {
        return subject != kNoTerm && p != kNoTerm && o != kNoTerm && s_.contains(subject, p, o);
    }
    [[nodiscard]] bool has_type(TermId x, TermId cls) const { return has(x, v_.type, cls); }
    [[nodiscard]] bool has_any_type(TermId x, const std::vector<TermId>& classes) const {
        return std::any_of(classes.begin(), classes.end(), [&](TermId c) { return has_type(x, c); });
    }
    [[nodiscard]] std::string label(TermId x) const {
        if (auto l = object(x, v_.label)) return store::lexical_of(s_, *l);
        return store::lexical_of(s_, x);
    }
    [[nodiscard]] std::string iri(TermId x) const { return s_.is_literal(x) ? std::string{} : s_.lexical(x); }
    [[nodiscard]] std::string lexical(std::optional<TermId> x) const { return x ? store::lexical_of(s_, *x) : std::string{}; }

    /// Local name of the most specific ro: class of a resource ("City" rather than "Place").
    [[nodiscard]] std::string type_name(TermId x) const {
        std::string best;
        for (TermId t : objects(x, v_.type)) {
            const std::string i = iri(t);
            if (i.rfind(rdf::ns::ro, 0) != 0) continue;
            std::string local = i.substr(rdf::ns::ro.size());
            if (best.empty() || best == "Place") best = local;
        }
        return best;
    }

    [[nodiscard]] std::vector<TermId> person_classes() const { return {v_.Person}; }
    [[nodiscard]] std::vector<TermId> target_classes() const {
        return {v_.Place, v_.City, v_.Country, v_.Venue, v_.Event, v_.Meeting, v_.Call};
    }
    [[nodiscard]] std::vector<TermId> place_classes() const { return {v_.Place, v_.City, v_.Country, v_.Venue}; }
    [[nodiscard]] std::vector<TermId> org_classes() const { return {v_.Organization, v_.Country}; }

    [[nodiscard]] std::string absolute(const std::string& text) const {
        // An IRI has a scheme: letters, digits, '+', '-', '.' before the first ':'.
        const std::size_t colon = text.find(':');
        const bool has_scheme =
            colon != std::string::npos && colon > 0 && std::isalpha(static_cast<unsigned char>(text[0])) &&
            std::all_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(colon), [](char c) {
                return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
            });
        return has_scheme ? text : options_.base + text;
    }

    // ------------------------------------------------------------ names

    [[nodiscard]] std::vector<TermId> typed(std::vector<TermId> ids, const std::vector<TermId>& classes) const {
        std::erase_if(ids, [&](TermId id) { return !has_any_type(id, classes); });
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        return ids;
    }

    [[nodiscard]] Candidate candidate(TermId id) const { return Candidate{label(id), iri(id), type_name(id)}; }

    [[nodiscard]] std::vector<Candidate> candidates(const std::vector<TermId>& ids) const {
        std::vector<Candidate> out;
        for (TermId id : ids) out.push_back(candidate(id));
        sort_by_label(out, [](const Candidate& c) -> const std::string& { return c.label; },
                      [](const Candidate& a, const Candidate& b) { return a.iri < b.iri; });
        return out;
    }

    /// Resources whose full name (label or alias) is `text`, with a leading "the" optional.
    [[nodiscard]] std::vector<TermId> exact(const std::string& text, const std::vector<TermId>& classes) const {
        auto ids = typed(s_.find_by_name(text), classes);
        if (ids.empty()) {
            const std::string key = text::normalize_key(text);
            if (key.rfind("the ", 0) == 0) ids = typed(s_.find_by_name(key.substr(4)), classes);
        }
        return ids;
    }

    /// Resources for which every word of `text` is a word of some label or alias.
    [[nodiscard]] std::vector<TermId> by_words(const std::string& text, const std::vector<TermId>& classes) const {
        auto words = key_words(text::normalize_key(text));
        if (words.size() > 1 && words.front() == "the") words.erase(words.begin());
        if (words.empty()) return {};
        std::vector<TermId> ids = typed(s_.find_by_name_word(words[0]), classes);
        for (std::size_t k = 1; k < words.size() && !ids.empty(); ++k) {
            auto more = typed(s_.find_by_name_word(words[k]), classes);
            std::vector<TermId> both;
            std::set_intersection(ids.begin(), ids.end(), more.begin(), more.end(), std::back_inserter(both));
            ids = std::move(both);
        }
        return ids;
    }

    [[noreturn]] void ambiguous(const Name& name, const std::vector<TermId>& ids, std::string_view what) const {
        Result r;
        r.status = Status::Ambiguous;
        r.name = name.text;
        r.name_position = name.position;
        r.candidates = candidates(ids);
        r.message = "\"" + name.text + "\" could be more than one " + std::string(what) + ": ";
        for (std::size_t k = 0; k < r.candidates.size(); ++k) r.message += (k ? ", " : "") + r.candidates[k].label;
        r.message += ". Which one? Ask again with the full name, or with the IRI in angle brackets.";
        throw Failure{std::move(r)};
    }

    [[noreturn]] void unknown(const Name& name, const std::vector<TermId>& classes, std::string_view what) const {
        Result r;
        r.status = Status::Unknown;
        r.name = name.text;
        r.name_position = name.position;
        if (name.kind != NameKind::Iri) r.candidates = suggestions(name.text, classes);
        r.message = "No " + std::string(what) + " named \"" + name.text + "\" is known.";
        if (!r.candidates.empty()) {
            r.message += " Did you mean ";
            for (std::size_t k = 0; k < r.candidates.size(); ++k) {
                if (k) r.message += k + 1 == r.candidates.size() ? " or " : ", ";
                r.message += r.candidates[k].label;
            }
            r.message += "?";
        }
        throw Failure{std::move(r)};
    }

    /// The closest known names of the wanted classes. Scores, best first: a prefix of the full
    /// name (0), a prefix of one of its words (1), the full name within edit distance d (2 + 2d),
    /// one word within d (3 + 2d). Only the best-scoring names are offered.
    [[nodiscard]] std::vector<Candidate> suggestions(const std::string& text, const std::vector<TermId>& classes) const {
        std::string q = text::normalize_key(text);
        if (q.rfind("the ", 0) == 0) q.erase(0, 4);
        if (q.empty()) return {};
        const std::size_t limit = std::max<std::size_t>(1, q.size() / 3);
        const bool single_word = key_words(q).size() == 1;
        const std::size_t none = std::numeric_limits<std::size_t>::max();
        std::unordered_map<TermId, std::size_t> best;  // resource -> score
        s_.for_each_name([&](std::string_view name, TermId id) {
            std::size_t score = none;
            const auto words = key_words(name);
            if (q.size() >= 2 && name.substr(0, q.size()) == q) {
                score = 0;
            } else if (q.size() >= 2 && std::any_of(words.begin(), words.end(), [&](const std::string& w) {
                           return std::string_view(w).substr(0, q.size()) == q;
                       })) {
                score = 1;
            } else {
                if (std::size_t d = edit_distance(q, name, limit); d <= limit) score = 2 + 2 * d;
                if (single_word)
                    for (const auto& w : words)
                        if (std::size_t d = edit_distance(q, w, limit); d <= limit) score = std::min(score, 3 + 2 * d);
            }
            if (score == none) return;
            auto it = best.find(id);
            if (it != best.end() && it->second <= score) return;
            if (!has_any_type(id, classes)) return;
            best[id] = score;
        });
        std::size_t top = none;
        for (const auto& [id, score] : best) top = std::min(top, score);
        std::vector<TermId> ids;
        for (const auto& [id, score] : best)
            if (score == top) ids.push_back(id);
        auto out = candidates(ids);
        if (out.size() > options_.max_suggestions) out.resize(options_.max_suggestions);
        return out;
    }

    /// Resolves a name to exactly one resource of the given classes, or throws a Failure.
    TermId resolve(const Name& name, const std::vector<TermId>& classes, std::string_view what) const {
        if (name.kind == NameKind::Iri) {
            auto id = s_.find(rdf::Term{rdf::Iri(absolute(name.text))});
            if (id && has_any_type(*id, classes)) return *id;
            unknown(name, classes, what);
        }
        auto ids = exact(name.text, classes);
        if (ids.empty()) ids = by_words(name.text, classes);
        if (ids.size() == 1) return ids.front();
        if (ids.size() > 1) ambiguous(name, ids, what);
        unknown(name, classes, what);
    }

    // ------------------------------------------------------------ meetings

    [[nodiscard]] bool is_meeting(TermId m) const { return has_type(m, v_.Meeting); }

    [[nodiscard]] std::vector<TermId> meetings_of(TermId person) const {
        auto ms = subjects(v_.participant, person);
        std::erase_if(ms, [&](TermId m) { return !is_meeting(m); });
        return ms;
    }

    /// Meetings held at a meeting, event, venue, place (directly or at a venue there) or in a
    /// country: ascending and distinct.
    [[nodiscard]] std::vector<TermId> meetings_at(TermId x) const {
        std::vector<TermId> out;
        auto add = [&](TermId m) {
            if (is_meeting(m)) out.push_back(m);
        };
        if (x == kNoTerm) return out;
        add(x);
        // One pass over the triples pointing at x (and at each city of a country), not one per property.
        std::vector<TermId> cities;
        auto at_place = [&](TermId place, bool direct) {
            for (const auto& t : s_.match(store::Pattern{kNoTerm, kNoTerm, place})) {
                if (direct && (t.predicate == v_.partOf || t.predicate == v_.venue)) add(t.subject);
                if (direct && t.predicate == v_.country) cities.push_back(t.subject);
                if (t.predicate != v_.location) continue;
                add(t.subject);
                if (has_type(t.subject, v_.Venue))
                    for (TermId m : subjects(v_.venue, t.subject)) add(m);
            }
        };
        at_place(x, true);
        if (has_type(x, v_.Country))
            for (TermId city : cities) at_place(city, false);
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

    /// Where a meeting was: its location, else its venue's location, else its venue.
    [[nodiscard]] std::optional<TermId> place_of(TermId m) const {
        if (auto l = object(m, v_.location)) return l;
        if (auto venue = object(m, v_.venue)) {
            if (auto l = object(*venue, v_.location)) return l;
            return venue;
        }
        return std::nullopt;
    }
    [[nodiscard]] std::string place_label(TermId m) const {
        auto p = place_of(m);
        return p ? label(*p) : std::string{};
    }
    /// The date of a meeting (xsd:date, gYearMonth or gYear lexical form), else its weekday.
    [[nodiscard]] std::string date_of(TermId m) const {
        if (auto d = object(m, v_.date)) return lexical(d);
        return lexical(object(m, v_.weekday));
    }

    [[nodiscard]] static std::uint64_t to_u64(const std::string& s) {
        std::uint64_t v = 0;
        std::from_chars(s.data(), s.data() + s.size(), v);
        return v;
    }

    /// Evidence behind a meeting or position: its ro:evidence nodes, and bare ro:source articles.
    [[nodiscard]] std::vector<Evidence> evidence_of(TermId node) const {
        std::vector<Evidence> out;
        if (node == kNoTerm) return out;
        std::vector<TermId> sources;
        for (const auto& t : s_.match(store::Pattern{node, kNoTerm, kNoTerm})) {
            if (t.predicate == v_.source) sources.push_back(t.object);
            if (t.predicate != v_.evidence || v_.evidence == kNoTerm) continue;
            // One pass over the evidence node: the first object of each property, as object() gives.
            std::optional<TermId> article, sentence, start, end;
            for (const auto& f : s_.match(store::Pattern{t.object, kNoTerm, kNoTerm})) {
                auto first = [&](std::optional<TermId>& slot, TermId p) {
                    if (p != kNoTerm && f.predicate == p && !slot) slot = f.object;
                };
                first(article, v_.source);
                first(sentence, v_.sentence);
                first(start, v_.start);
                first(end, v_.end);
            }
            Evidence e;
            if (article) e.article = iri(*article);
            e.sentence = lexical(sentence);
            e.start = to_u64(lexical(start));
            e.end = to_u64(lexical(end));
            out.push_back(std::move(e));
        }
        // Articles named only by ro:source, unless some evidence sentence already comes from them.
        const std::size_t with_sentence = out.size();
        for (TermId a : sources) {
            std::string article = iri(a);
            const auto covered = std::any_of(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(with_sentence),
                                             [&](const Evidence& e) { return e.article == article; });
            if (!covered) out.push_back(Evidence{std::move(article), {}, 0, 0});
        }
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

    [[nodiscard]] std::string sources_of(TermId node) const {
        std::vector<std::string> sources;
        for (TermId a : objects(node, v_.source)) sources.push_back(iri(a));
        std::sort(sources.begin(), sources.end());
        std::string out;
        for (const auto& src : sources) out += (out.empty() ? "" : " ") + src;
        return out;
    }

    [[nodiscard]] static Row meeting_row(TermId m, std::string label_text, std::string iri_text,
                                         std::vector<std::string> values) {
        return Row{std::move(label_text), std::move(iri_text), std::move(values), {}, {m}};
    }

    /// Fills each row's evidence from its sources. Each source node's evidence is read once,
    /// copied to the rows that name it and dropped, so no more of it is held at a time.
    void fill_evidence(std::vector<Row>& rows) const {
        std::vector<std::pair<TermId, std::size_t>> uses;  // (source node, row), by node
        for (std::size_t k = 0; k < rows.size(); ++k)
            for (TermId node : rows[k].sources) uses.emplace_back(node, k);
        std::sort(uses.begin(), uses.end());
        for (std::size_t i = 0; i < uses.size();) {
            const auto evidence = evidence_of(uses[i].first);
            std::size_t j = i;
            for (; j < uses.size() && uses[j].first == uses[i].first; ++j) {
                auto& ev = rows[uses[j].second].evidence;
                ev.insert(ev.end(), evidence.begin(), evidence.end());
            }
            i = j;
        }
        // One source's evidence is already sorted and distinct.
        for (auto& row : rows) {
            if (row.sources.size() < 2) continue;
            std::sort(row.evidence.begin(), row.evidence.end());
            row.evidence.erase(std::unique(row.evidence.begin(), row.evidence.end()), row.evidence.end());
        }
    }

    // ------------------------------------------------------------ results

    static Result make(std::string answer_column, std::vector<std::string> columns) {
        Result r;
        r.status = Status::Ok;
        r.answer_column = std::move(answer_column);
        r.columns = std::move(columns);
        return r;
    }

    /// Sorts rows by label, values and IRI, merges identical rows (their sources join), reads
    /// the evidence when asked for, and turns an empty result into NoAnswer with `nothing` as
    /// the message.
    Result finish(Result r, std::string nothing, bool keep_order = false) const {
        if (!keep_order) {
            sort_by_label(r.rows, [](const Row& row) -> const std::string& { return row.label; },
                          [](const Row& a, const Row& b) {
                              if (a.values != b.values) return a.values < b.values;
                              return a.iri < b.iri;
                          });
            std::vector<Row> merged;
            for (auto& row : r.rows) {
                if (!merged.empty() && merged.back().label == row.label && merged.back().iri == row.iri &&
                    merged.back().values == row.values) {
                    auto& src = merged.back().sources;
                    src.insert(src.end(), row.sources.begin(), row.sources.end());
                    std::sort(src.begin(), src.end());
                    src.erase(std::unique(src.begin(), src.end()), src.end());
                } else {
                    merged.push_back(std::move(row));
                }
            }
            r.rows = std::move(merged);
        }
        if (options_.evidence) fill_evidence(r.rows);
        if (r.rows.empty()) {
            r.status = Status::NoAnswer;
            r.message = std::move(nothing);
        }
        return r;
    }

    // ------------------------------------------------------------ the forms

    Result who_attended(const WhoAttended& q) {
        const TermId target = resolve(q.target, target_classes(), "place, venue, event or meeting");
        // (person, meeting) pairs sorted by person then meeting: one row per person, its meetings
        // ascending and distinct (meetings_at lists each meeting once, objects each participant once).
        // Each pair is one integer (person high, meeting low), which sorts faster than a pair.
        std::vector<std::uint64_t> attended;
        for (TermId m : meetings_at(target))
            for (TermId p : objects(m, v_.participant)) attended.push_back(std::uint64_t{p} << 32 | m);
        std::sort(attended.begin(), attended.end());
        Result r = make("person", {"meetings"});
        for (std::size_t i = 0; i < attended.size();) {
            const auto p = static_cast<TermId>(attended[i] >> 32);
            std::size_t j = i;
            std::vector<TermId> ms;
            for (; j < attended.size() && static_cast<TermId>(attended[j] >> 32) == p; ++j)
                ms.push_back(static_cast<TermId>(attended[j]));
            r.rows.push_back(Row{label(p), iri(p), {std::to_string(j - i)}, {}, std::move(ms)});
            i = j;
        }
        return finish(std::move(r), "No meeting with known participants is recorded at " + label(target) + ".");
    }

    Result who_met(const WhoMet& q) {
        const TermId person = resolve(q.person, person_classes(), "person");
        Result r = make("person", {"place", "date"});
        // The same people are met again and again: each one's label and IRI are read once.
        std::unordered_map<TermId, std::pair<std::string, std::string>> named;
        for (TermId m : meetings_of(person)) {
            const auto others = objects(m, v_.participant);
            if (others.size() < 2) continue;
            // The meeting's place and date once, whoever the other participants are.
            const std::vector<std::string> values{place_label(m), date_of(m)};
            for (TermId other : others) {
                if (other == person) continue;
                auto [it, added] = named.try_emplace(other);
                if (added) it->second = {label(other), iri(other)};
                r.rows.push_back(Row{it->second.first, it->second.second, values, {}, {m}});
            }
        }
        return finish(std::move(r), "No meeting of " + label(person) + " with anyone is recorded.");
    }

    /// Meetings both people took part in.
    std::vector<TermId> shared_meetings(const Name& first, const Name& second, TermId& a, TermId& b) {
        a = resolve(first, person_classes(), "person");
        b = resolve(second, person_classes(), "person");
        std::vector<TermId> out;
        for (TermId m : meetings_of(a))
            if (has(m, v_.participant, b)) out.push_back(m);
        return out;
    }

    Result where_met(const Name& first, const Name& second) {
        TermId a = kNoTerm, b = kNoTerm;
        auto ms = shared_meetings(first, second, a, b);
        Result r = make("place", {"date"});
        for (TermId m : ms)
            if (auto p = place_of(m)) r.rows.push_back(meeting_row(m, label(*p), iri(*p), {date_of(m)}));
        return finish(std::move(r), ms.empty() ? "No meeting of " + label(a) + " and " + label(b) + " is recorded."
                                               : label(a) + " and " + label(b) + " met, but where is not recorded.");
    }

    Result when_met(const Name& first, const Name& second) {
        TermId a = kNoTerm, b = kNoTerm;
        auto ms = shared_meetings(first, second, a, b);
        Result r = make("date", {"place"});
        for (TermId m : ms) {
            std::string d = date_of(m);
            if (!d.empty()) r.rows.push_back(meeting_row(m, d, iri(m), {place_label(m)}));
        }
        return finish(std::move(r), ms.empty() ? "No meeting of " + label(a) + " and " + label(b) + " is recorded."
                                               : label(a) + " and " + label(b) + " met, but when is not recorded.");
    }

    void add_issues(Result& r, TermId m) const {
        for (TermId issue : subjects(v_.discussedAt, m))
            r.rows.push_back(meeting_row(m, label(issue), iri(issue), {date_of(m), place_label(m)}));
    }

    Result discussed_at(const DiscussedAt& q) {
        const TermId target = resolve(q.target, target_classes(), "place, event or meeting");
        Result r = make("issue", {"date", "place"});
        for (TermId m : meetings_at(target)) add_issues(r, m);
        return finish(std::move(r), "No issue is recorded as discussed at " + label(target) + ".");
    }

    Result discussed_between(const DiscussedBetween& q) {
        TermId a = kNoTerm, b = kNoTerm;
        auto ms = shared_meetings(q.first, q.second, a, b);
        Result r = make("issue", {"date", "place"});
        for (TermId m : ms) add_issues(r, m);
        return finish(std::move(r), ms.empty() ? "No meeting of " + label(a) + " and " + label(b) + " is recorded."
                                               : "No issue is recorded for the meetings of " + label(a) + " and " +
                                                     label(b) + ".");
    }

    [[nodiscard]] std::string former_of(TermId position) const {
        for (TermId f : objects(position, v_.former)) {
            const std::string lex = store::lexical_of(s_, f);
            if (lex == "true" || lex == "1") return "true";
        }
        return "false";
    }

    Result positions_of(TermId person) {
        Result r = make("role", {"person", "organization", "former", "sources"});
        for (TermId pos : objects(person, v_.holds)) {
            auto role = object(pos, v_.role);
            auto org = object(pos, v_.organization);
            r.rows.push_back(Row{role ? label(*role) : std::string{}, iri(pos),
                                 {label(person), org ? label(*org) : std::string{}, former_of(pos), sources_of(pos)},
                                 {},
                                 {pos}});
        }
        return finish(std::move(r), "No position of " + label(person) + " is recorded.");
    }

    Result who_is(const WhoIs& q) {
        // 1. the whole phrase as a person's full name or alias
        auto people = exact(q.subject.text, person_classes());
        if (people.size() == 1) return positions_of(people.front());
        if (people.size() > 1) ambiguous(q.subject, people, "person");
        // 2. the phrase as a role, optionally of an organization or country
        const RoleReading* unknown_org = nullptr;  // a known role of an unknown organization
        for (const auto& reading : q.readings) {
            auto roles = exact(reading.role.text, {v_.Role});
            if (roles.empty()) continue;
            std::optional<TermId> org;
            if (reading.organization) {
                auto orgs = exact(reading.organization->text, org_classes());
                if (orgs.empty()) {
                    if (!unknown_org) unknown_org = &reading;
                    continue;
                }
                if (orgs.size() > 1) ambiguous(*reading.organization, orgs, "organization or country");
                org = orgs.front();
            }
            return holders(roles, org);
        }
        // 3. a surname or other single word of a person's name
        people = by_words(q.subject.text, person_classes());
        if (people.size() == 1) return positions_of(people.front());
        if (people.size() > 1) ambiguous(q.subject, people, "person");
        if (unknown_org) unknown(*unknown_org->organization, org_classes(), "organization or country");
        unknown(q.subject, {v_.Person, v_.Role}, "person or role");
    }

    Result holders(const std::vector<TermId>& roles, std::optional<TermId> org) {
        Result r = make("person", {"role", "organization", "former"});
        for (TermId role : roles)
            for (TermId pos : subjects(v_.role, role)) {
                if (org && !has(pos, v_.organization, *org)) continue;
                auto pos_org = object(pos, v_.organization);
                for (TermId person : subjects(v_.holds, pos))
                    r.rows.push_back(Row{label(person), iri(person),
                                         {label(role), pos_org ? label(*pos_org) : std::string{}, former_of(pos)},
                                         {},
                                         {pos}});
            }
        std::string what = label(roles.front());
        if (org) what += " of " + label(*org);
        return finish(std::move(r), "No one is recorded as " + what + ".");
    }

    Result meetings(const Meetings& q) {
        std::optional<std::set<TermId>> candidates;
        auto narrow = [&](const std::set<TermId>& ms) {
            if (!candidates) {
                candidates = ms;
                return;
            }
            std::set<TermId> both;
            std::set_intersection(candidates->begin(), candidates->end(), ms.begin(), ms.end(),
                                  std::inserter(both, both.end()));
            candidates = std::move(both);
        };
        std::string scope;
        if (q.person) {
            const TermId p = resolve(*q.person, person_classes(), "person");
            auto ms = meetings_of(p);
            narrow(std::set<TermId>(ms.begin(), ms.end()));
            scope += " of " + label(p);
        }
        if (q.place) {
            const TermId place = resolve(*q.place, target_classes(), "place");
            const auto at = meetings_at(place);
            narrow(std::set<TermId>(at.begin(), at.end()));
            scope += " in " + label(place);
        }
        if (!candidates) {
            auto ms = subjects(v_.type, v_.Meeting);
            candidates = std::set<TermId>(ms.begin(), ms.end());
        }
        Result r = make("meeting", {"date", "place", "participants"});
        for (TermId m : *candidates) {
            if (q.date) {
                bool within = false;
                for (TermId d : objects(m, v_.date)) within = within || q.date->contains(store::lexical_of(s_, d));
                if (!within) continue;
            }
            std::vector<std::string> names;
            for (TermId p : objects(m, v_.participant)) names.push_back(label(p));
            sort_by_label(names, [](const std::string& n) -> const std::string& { return n; },
                          [](const std::string&, const std::string&) { return false; });
            std::string joined;
            for (const auto& n : names) joined += (joined.empty() ? "" : ", ") + n;
            r.rows.push_back(meeting_row(m, label(m), iri(m), {date_of(m), place_label(m), joined}));
        }
        if (q.date) scope += " on " + q.date->iso();
        return finish(std::move(r), "No meeting" + scope + " is recorded.");
    }

    Result connection(const Connection& q) {
        const TermId a = resolve(q.from, person_classes(), "person");
        const TermId b = resolve(q.to, person_classes(), "person");
        Result r = make("meeting", {"step", "from", "to", "date", "place"});
        if (a == b || v_.participant == kNoTerm) return finish(std::move(r), label(a) + " and " + label(b) + " are the same person.");
        const auto path = s_.shortest_path(a, b, {v_.participant});
        for (std::size_t k = 1; k + 1 < path.size(); k += 2) {
            const TermId m = path[k];
            r.rows.push_back(meeting_row(m, label(m), iri(m),
                                         {std::to_string(k / 2 + 1), label(path[k - 1]), label(path[k + 1]), date_of(m),
                                          place_label(m)}));
        }
        return finish(std::move(r), "No chain of meetings connects " + label(a) + " and " + label(b) + ".",
                      /*keep_order=*/true);
    }

    // ------------------------------------------------------------ the pattern form

    Result pattern(const PatternQuery& q) {
        std::vector<std::string> columns;
        for (const auto& v : q.projection) columns.push_back("?" + v.name);
        Result r = make("label", columns);

        // Variables by index; constants by id (kNoTerm + missing flag when the store lacks them).
        std::vector<std::string> vars;
        auto var_index = [&](const std::string& name) {
            auto it = std::find(vars.begin(), vars.end(), name);
            if (it != vars.end()) return static_cast<std::size_t>(it - vars.begin());
            vars.push_back(name);
            return vars.size() - 1;
        };
        struct Slot {
            bool is_var = false;
            std::size_t var = 0;
            TermId id = kNoTerm;
        };
        struct Compiled {
            Slot s, p, o;
        };
        std::vector<Compiled> patterns;
        bool impossible = false;
        auto compile = [&](const PatternTerm& t) {
            Slot slot;
            if (const auto* v = std::get_if<Variable>(&t)) {
                slot.is_var = true;
                slot.var = var_index(v->name);
                return slot;
            }
            rdf::Term term = std::get<rdf::Term>(t);
            if (auto* i = std::get_if<rdf::Iri>(&term)) *i = rdf::Iri(absolute(i->str()));
            if (auto id = s_.find(term)) slot.id = *id;
            else impossible = true;
            return slot;
        };
        for (const auto& p : q.patterns) patterns.push_back(Compiled{compile(p.subject), compile(p.predicate), compile(p.object)});
        const std::string nothing = "No match for the pattern.";
        if (impossible || patterns.empty()) return finish(std::move(r), nothing);

        std::vector<std::vector<TermId>> rows{std::vector<TermId>(vars.size(), kNoTerm)};
        std::vector<bool> bound(vars.size(), false);
        std::vector<bool> done(patterns.size(), false);
        std::vector<std::optional<std::size_t>> constant_cost(patterns.size());
        for (std::size_t step = 0; step < patterns.size() && !rows.empty(); ++step) {
            // The most selective pattern next: the fewest matches for its constant subject or object,
            // then a subject or object bound by an earlier pattern, then anything else.
            std::size_t pick = patterns.size();
            std::size_t pick_cost = std::numeric_limits<std::size_t>::max();
            for (std::size_t k = 0; k < patterns.size(); ++k) {
                if (done[k]) continue;
                const auto& c = patterns[k];
                std::size_t cost = std::numeric_limits<std::size_t>::max() - 1;
                if (!c.s.is_var || !c.o.is_var) {
                    if (!constant_cost[k])
                        constant_cost[k] = s_.match(store::Pattern{c.s.is_var ? kNoTerm : c.s.id,
                                                                   c.p.is_var ? kNoTerm : c.p.id,
                                                                   c.o.is_var ? kNoTerm : c.o.id})
                                               .size();
                    cost = *constant_cost[k];
                }
                if ((c.s.is_var && bound[c.s.var]) || (c.o.is_var && bound[c.o.var])) cost = std::min<std::size_t>(cost, 16);
                else if (c.s.is_var && c.o.is_var) cost = std::min(cost, s_.quad_count() + 1);
                if (cost < pick_cost) {
                    pick = k;
                    pick_cost = cost;
                }
            }
            done[pick] = true;
            const auto& c = patterns[pick];
            std::vector<std::vector<TermId>> next;
            for (const auto& row : rows) {
                auto value = [&](const Slot& slot) {
                    if (!slot.is_var) return slot.id;
                    return bound[slot.var] ? row[slot.var] : kNoTerm;
                };
                for (const auto& t : s_.match(store::Pattern{value(c.s), value(c.p), value(c.o)})) {
                    std::vector<TermId> extended = row;
                    bool consistent = true;
                    auto bind = [&](const Slot& slot, TermId id) {
                        if (!slot.is_var) return;
                        TermId& cell = extended[slot.var];
                        if (cell == kNoTerm) cell = id;
                        else if (cell != id) consistent = false;
                    };
                    bind(c.s, t.subject);
                    bind(c.p, t.predicate);
                    bind(c.o, t.object);
                    if (consistent) next.push_back(std::move(extended));
                }
            }
            rows = std::move(next);
            for (const Slot* slot : {&c.s, &c.p, &c.o})
                if (slot->is_var) bound[slot->var] = true;
        }
        for (const auto& row : rows) {
            Row out;
            for (std::size_t k = 0; k < q.projection.size(); ++k) {
                const auto it = std::find(vars.begin(), vars.end(), q.projection[k].name);
                const TermId id = it == vars.end() ? kNoTerm : row[static_cast<std::size_t>(it - vars.begin())];
                out.values.push_back(id == kNoTerm ? std::string{} : store::lexical_of(s_, id));
                if (k == 0 && id != kNoTerm) {
                    out.label = rdf::is_literal(s_.term(id)) ? store::lexical_of(s_, id) : label(id);
                    out.iri = iri(id);
                }
            }
            r.rows.push_back(std::move(out));
        }
        return finish(std::move(r), nothing);
    }
};

}  // namespace

Engine::Engine(const store::Store& store, EngineOptions options)
    : store_(&store), options_(std::move(options)), vocab_(std::make_shared<const EngineVocab>(store)),
      vocab_terms_(store.term_count()) {}

Result Engine::answer(const Question& question) const {
    // The dictionary only grows and keeps its ids: the ids looked up at construction stay valid
    // until a term is added (which could be a vocabulary term the store lacked then).
    std::optional<EngineVocab> fresh;
    if (store_->term_count() != vocab_terms_) fresh.emplace(*store_);
    Answerer answerer(*store_, fresh ? *fresh : *vocab_, options_);
    Result r = std::visit(answerer, question);
    r.form = form_name(question);
    return r;
}

Result Engine::ask(std::string_view question) const { return answer(parse(question)); }

}  // namespace readout::query
