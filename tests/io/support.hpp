#pragma once
// Shared helpers for the io tests: hand-built stores and a canonical form of a store's quads
// that ignores blank node labels.

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "readout/io/graph_io.hpp"
#include "readout/rdf/escape.hpp"
#include "readout/rdf/vocabulary.hpp"
#include "readout/store/store.hpp"

namespace io_test {

using namespace readout;

inline rdf::Iri iri(const std::string& s) { return rdf::Iri(s); }
inline rdf::Iri id(const std::string& path) { return rdf::Iri(std::string(rdf::ns::default_base) + path); }
inline rdf::Iri ex(const std::string& local) { return rdf::Iri("http://example.org/" + local); }
inline rdf::Literal lit(const std::string& s) { return rdf::Literal(s); }
inline rdf::Literal typed(const std::string& s, const rdf::Iri& dt) { return rdf::Literal(s, dt); }
inline rdf::BlankNode blank(const std::string& label) { return rdf::BlankNode(label); }

inline void add(store::Store& s, rdf::Term subj, const rdf::Iri& p, rdf::Term obj,
                const std::optional<rdf::Iri>& g = std::nullopt) {
    s.add(rdf::Triple{std::move(subj), p, std::move(obj)}, g);
}

/// Literals that break naive escaping. (U+0000 is left out: Raptor's parsers cannot read it.)
inline std::vector<std::string> nasty_strings() {
    return {
        "plain",
        "",
        "double \"quotes\" inside",
        "ends with a quote\"",
        "triple \"\"\" quotes \"\"",
        "back\\slash and ends with one\\",
        "C:\\path\\n not a newline",
        "line one\nline two\n",
        "tab\there",
        "carriage\rreturn and \r\n crlf",
        "controls \x01\x02\x07\x08\x0b\x0c\x1b\x1f\x7f end",
        "<>{}|^` and ${json} and @id",
        "emoji 😀 🇺🇳 👩‍👩‍👧",
        "王毅 会见 布林肯",
        "العربية وزير الخارجية",
        "Ελληνικά Русский עברית हिन्दी",
        "combining e\xCC\x81 vs \xC3\xA9",
        "U+FEFF \xEF\xBB\xBF and U+2028 \xE2\x80\xA8 and U+FFFD \xEF\xBF\xBD",
        "a long one " + std::string(300, 'x'),
        "   leading and trailing spaces   ",
        "'single' quotes and # hash and . dot ;,",
    };
}

/// A store with nasty literals, language tags, typed values, blank node shapes that trip
/// serializers (shared, nested, cycles, self loops, lists), odd labels and named graphs.
inline store::Store nasty_store() {
    store::Store s;
    const rdf::Iri& type = rdf::rdf_ns::type();
    rdf::Iri person = id("person/antony-blinken");
    rdf::Iri article = id("article/000_2d9272706c5d0ec8");
    rdf::Iri article2 = id("article/001_ffee");
    add(s, person, type, rdf::ro::Person());
    add(s, person, rdf::rdfs::label(), lit("Antony Blinken"));
    int i = 0;
    for (const auto& text : nasty_strings()) {
        add(s, ex("literals"), ex("p" + std::to_string(i++)), lit(text));
    }
    // the same text in several positions of one subject
    for (const auto& text : nasty_strings()) add(s, ex("many"), rdf::ro::alias(), lit(text));
    // language tags, as written (case kept)
    add(s, person, rdf::ro::alias(), rdf::Literal::with_language("Blinken", "en"));
    add(s, person, rdf::ro::alias(), rdf::Literal::with_language("Colour", "en-GB"));
    add(s, person, rdf::ro::alias(), rdf::Literal::with_language("Außenminister \"Blinken\"", "de"));
    add(s, person, rdf::ro::alias(), rdf::Literal::with_language("布林肯", "zh-Hant-TW"));
    add(s, person, rdf::ro::alias(), rdf::Literal::with_language("Blinken", "EN"));
    // typed values
    rdf::Iri meeting = id("meeting/2023-07-13/jakarta/antony-blinken--wang-yi");
    add(s, meeting, type, rdf::ro::Meeting(), article);
    add(s, meeting, rdf::ro::date(), typed("2023-07-13", rdf::xsd::date()), article);
    add(s, meeting, rdf::ro::date(), typed("2023-07", rdf::xsd::g_year_month()), article2);
    add(s, meeting, rdf::ro::date(), typed("2023", rdf::xsd::g_year()), article2);
    add(s, meeting, rdf::ro::participant(), person, article);
    add(s, meeting, rdf::ro::participant(), person, article2);  // same triple, two graphs
    add(s, meeting, rdf::ro::participant(), lit("not an IRI"), article2);
    add(s, meeting, rdf::ro::weekday(), lit("Thursday"), article);
    add(s, meeting, rdf::ro::source(), article, article);
    rdf::Iri evidence = id("evidence/000_2d9272706c5d0ec8/434-697");
    add(s, evidence, rdf::ro::start(), typed("434", rdf::xsd::integer()), article);
    add(s, evidence, rdf::ro::end(), typed("697", rdf::xsd::integer()), article);
    add(s, evidence, rdf::ro::end(), lit("697"), article);                               // plain where a type is coerced
    add(s, evidence, rdf::ro::start(), typed("+0434", rdf::xsd::integer()), article);    // non-canonical lexical form
    add(s, evidence, rdf::ro::start(), typed("abc", rdf::xsd::integer()), article);      // ill-typed
    add(s, evidence, rdf::ro::start(), typed("434", rdf::xsd::non_negative_integer()), article);
    add(s, id("city/jakarta"), rdf::ro::latitude(), typed("-6.2", rdf::xsd::decimal()));
    add(s, id("city/jakarta"), rdf::ro::longitude(), typed("106.816666", rdf::xsd::decimal()));
    add(s, id("city/jakarta"), ex("population"), typed("1.05e7", rdf::xsd::double_()));
    add(s, id("position/x"), rdf::ro::former(), typed("true", rdf::xsd::boolean()));
    add(s, id("position/x"), rdf::ro::former(), typed("0", rdf::xsd::boolean()));
    // values Raptor's Turtle writer would write bare and so change
    add(s, ex("numbers"), ex("decimal"), typed("106", rdf::xsd::decimal()));
    add(s, ex("numbers"), ex("decimal"), typed("1e3", rdf::xsd::decimal()));
    add(s, ex("numbers"), ex("double"), typed("1.5", rdf::xsd::double_()));
    add(s, ex("numbers"), ex("double"), typed("inf", rdf::xsd::double_()));
    add(s, ex("numbers"), ex("double"), typed("-2.5E-3", rdf::xsd::double_()));
    add(s, ex("numbers"), ex("integer"), typed(" 5", rdf::xsd::integer()));
    add(s, ex("numbers"), ex("integer"), typed("-12", rdf::xsd::integer()));
    add(s, ex("numbers"), ex("boolean"), typed("1", rdf::xsd::boolean()));
    add(s, ex("numbers"), ex("nested"), blank("num1"));
    add(s, blank("num1"), ex("decimal"), typed("7", rdf::xsd::decimal()));
    add(s, blank("num1"), ex("inner"), blank("num2"));
    add(s, blank("num2"), ex("value"), lit("nested under a blank node with an odd number"));
    add(s, article, rdf::ro::published(), typed("2023-07-13", rdf::xsd::date()));
    add(s, article, rdf::ro::published(), typed("2023-07", rdf::xsd::g_year_month()));
    add(s, article, rdf::ro::url(), iri("https://example.org/news/über-talks?a=1&b=%20x#frag"));
    add(s, article, ex("custom"), typed("x y", iri("http://example.org/dt#custom")));
    add(s, article, ex("xml"), typed("<b>bold</b>", iri(std::string(rdf::ns::rdf) + "XMLLiteral")));
    add(s, article, type, rdf::ro::Article());
    add(s, article, type, ex("OtherClass"));
    add(s, article, type, lit("a literal type"));
    add(s, ex("über/straße"), ex("ünïcode-prédicate"), ex("ключ"));
    add(s, ex("vocab-object"), ex("refers"), rdf::ro::Person());
    // blank nodes
    add(s, person, ex("shared"), blank("shared1"));
    add(s, ex("other"), ex("shared"), blank("shared1"));
    add(s, blank("shared1"), rdf::rdfs::label(), lit("shared blank"));
    add(s, person, ex("nested"), blank("nest1"));
    add(s, blank("nest1"), ex("inner"), blank("nest2"));
    add(s, blank("nest2"), ex("value"), lit("deep"));
    add(s, blank("cyc1"), ex("next"), blank("cyc2"));
    add(s, blank("cyc2"), ex("next"), blank("cyc1"));
    add(s, blank("cyc2"), ex("hangs"), blank("cyc3"));
    add(s, blank("cyc3"), ex("value"), lit("hanging off a cycle"));
    add(s, blank("self"), ex("loop"), blank("self"));
    add(s, blank("free"), ex("value"), lit("unreferenced"));
    add(s, blank("weird label!"), ex("value"), lit("odd label"));
    add(s, ex("refers-weird"), ex("to"), blank("weird label!"));
    add(s, blank("0digit"), ex("value"), lit("label starts with a digit"));
    add(s, blank("genid1"), ex("value"), lit("looks like a generated id"));
    add(s, ex("anon"), ex("to"), blank("genid2"));
    // an rdf:List
    rdf::Iri first(std::string(rdf::ns::rdf) + "first");
    rdf::Iri rest(std::string(rdf::ns::rdf) + "rest");
    rdf::Iri nil(std::string(rdf::ns::rdf) + "nil");
    add(s, ex("listed"), ex("items"), blank("l1"));
    add(s, blank("l1"), first, lit("one"));
    add(s, blank("l1"), rest, blank("l2"));
    add(s, blank("l2"), first, ex("two"));
    add(s, blank("l2"), rest, nil);
    // blank nodes inside a named graph
    add(s, meeting, ex("note"), blank("gnote"), article);
    add(s, blank("gnote"), ex("value"), lit("in a graph"), article);
    return s;
}

/// The running example of the project: Blinken meets Wang Yi in Jakarta.
/// `s` written in `format`, as text.
inline std::string write_text(const store::Store& s, io::GraphFormat format) {
    std::ostringstream out;
    io::write_graph(s, format, out);
    return out.str();
}

/// A store read from `text` in `format`.
inline store::Store read_text(const std::string& text, io::GraphFormat format) {
    std::istringstream in(text);
    store::Store s;
    io::read_graph(in, format, "<test>", s);
    return s;
}

inline store::Store sample_store() {
    using namespace readout::rdf;
    store::Store s;
    const Iri& type = rdf_ns::type();
    Iri article = id("article/000_2d9272706c5d0ec8");
    Iri blinken = id("person/antony-blinken");
    Iri wang = id("person/wang-yi");
    Iri retno = id("person/retno-marsudi");
    Iri pos_b = id("position/antony-blinken/secretary-of-state/united-states");
    Iri pos_w = id("position/wang-yi/director-of-the-foreign-affairs-commission/chinese-communist-party");
    Iri pos_r = id("position/retno-marsudi/foreign-minister/indonesia");
    Iri sos = id("role/secretary-of-state");
    Iri director = id("role/director-of-the-foreign-affairs-commission");
    Iri fm = id("role/foreign-minister");
    Iri us = id("country/united-states");
    Iri indonesia = id("country/indonesia");
    Iri ccp = id("organization/chinese-communist-party");
    Iri jakarta = id("city/jakarta");
    Iri event = id("event/asean-foreign-ministers-meeting");
    Iri meeting = id("meeting/2023-07-13/jakarta/antony-blinken--wang-yi");
    Iri meeting2 = id("meeting/2023-07-12/jakarta/antony-blinken--retno-marsudi");
    Iri meeting3 = id("meeting/2023-07-14/jakarta/antony-blinken--wang-yi");
    Iri evidence = id("evidence/000_2d9272706c5d0ec8/434-697");
    Iri issue = id("issue/taiwan-strait");

    add(s, blinken, type, ro::Person());
    add(s, blinken, rdfs::label(), lit("Antony Blinken"));
    add(s, blinken, ro::alias(), lit("Blinken"));
    add(s, blinken, ro::holds(), pos_b, article);
    add(s, pos_b, type, ro::Position(), article);
    add(s, pos_b, ro::role(), sos, article);
    add(s, pos_b, ro::organization(), us, article);
    add(s, pos_b, ro::source(), article, article);
    add(s, pos_b, ro::evidence(), evidence, article);
    add(s, sos, type, ro::Role());
    add(s, sos, rdfs::label(), lit("Secretary of State"));
    add(s, us, type, ro::Country());
    add(s, us, rdfs::label(), lit("United States"));
    add(s, us, ro::alias(), lit("US"));
    add(s, wang, type, ro::Person());
    add(s, wang, rdfs::label(), lit("Wang Yi"));
    add(s, wang, ro::alias(), lit("Wang"));
    add(s, wang, ro::holds(), pos_w, article);
    add(s, pos_w, type, ro::Position(), article);
    add(s, pos_w, ro::role(), director, article);
    add(s, pos_w, ro::organization(), ccp, article);
    add(s, director, type, ro::Role());
    add(s, director, rdfs::label(), lit("Director of the Foreign Affairs Commission"));
    add(s, ccp, type, ro::Organization());
    add(s, ccp, rdfs::label(), lit("Chinese Communist Party"));
    add(s, retno, type, ro::Person());
    add(s, retno, rdfs::label(), lit("Retno Marsudi"));
    add(s, retno, ro::holds(), pos_r, article);
    add(s, pos_r, type, ro::Position(), article);
    add(s, pos_r, ro::role(), fm, article);
    add(s, pos_r, ro::organization(), indonesia, article);
    add(s, fm, type, ro::Role());
    add(s, fm, rdfs::label(), lit("Foreign Minister"));
    add(s, indonesia, type, ro::Country());
    add(s, indonesia, rdfs::label(), lit("Indonesia"));
    add(s, jakarta, type, ro::City());
    add(s, jakarta, rdfs::label(), lit("Jakarta"));
    add(s, jakarta, ro::country(), indonesia);
    add(s, jakarta, ro::latitude(), typed("-6.2", xsd::decimal()));
    add(s, jakarta, ro::longitude(), typed("106.816666", xsd::decimal()));
    add(s, event, type, ro::Event());
    add(s, event, rdfs::label(), lit("ASEAN Foreign Ministers' Meeting"));
    for (const Iri* m : {&meeting, &meeting2, &meeting3}) {
        add(s, *m, type, ro::Meeting(), article);
        add(s, *m, ro::location(), jakarta, article);
        add(s, *m, ro::partOf(), event, article);
        add(s, *m, ro::source(), article, article);
        add(s, *m, ro::evidence(), evidence, article);
    }
    add(s, meeting, ro::participant(), blinken, article);
    add(s, meeting, ro::participant(), wang, article);
    add(s, meeting, ro::date(), typed("2023-07-13", xsd::date()), article);
    add(s, meeting2, ro::participant(), blinken, article);
    add(s, meeting2, ro::participant(), retno, article);
    add(s, meeting2, ro::date(), typed("2023-07-12", xsd::date()), article);
    add(s, meeting3, ro::participant(), blinken, article);
    add(s, meeting3, ro::participant(), wang, article);
    add(s, meeting3, ro::weekday(), lit("Friday"), article);
    add(s, evidence, type, ro::Evidence(), article);
    add(s, evidence, ro::source(), article, article);
    add(s, evidence, ro::sentence(),
        lit("In another sign of warming ties, Blinken met Wang Yi, China's top diplomat, in Jakarta on Thursday."),
        article);
    add(s, evidence, ro::start(), typed("434", xsd::integer()), article);
    add(s, evidence, ro::end(), typed("697", xsd::integer()), article);
    add(s, issue, type, ro::Issue());
    add(s, issue, rdfs::label(), lit("Taiwan Strait"));
    add(s, issue, ro::discussedAt(), meeting, article);
    add(s, article, type, ro::Article());
    add(s, article, rdfs::label(), lit("Blinken, Wang hold hours of talks"));
    add(s, article, ro::url(), iri("https://example.org/news/blinken-wang"));
    add(s, article, ro::published(), typed("2023-07-13", xsd::date()));
    return s;
}

/// The store's quads (or distinct triples) as sorted N-Quads lines, blank nodes relabelled
/// canonically, so two stores compare equal exactly when they are isomorphic (for the graphs
/// the tests build).
inline std::vector<std::string> canonical(const store::Store& s, bool with_graphs = true) {
    std::vector<store::QuadIds> quads;
    if (with_graphs) {
        s.for_each_quad([&](const store::QuadIds& q) { quads.push_back(q); });
    } else {
        quads = s.triples();
        for (auto& q : quads) q.graph = store::kNoTerm;
    }
    auto is_blank = [&](store::TermId t) { return t != store::kNoTerm && rdf::is_blank(s.term(t)); };
    auto text = [&](store::TermId t) { return t == store::kNoTerm ? std::string() : rdf::to_ntriples(s.term(t)); };
    std::map<store::TermId, std::string> sig;
    for (const auto& q : quads) {
        for (store::TermId t : {q.subject, q.object}) {
            if (is_blank(t)) sig[t] = "";
        }
    }
    // Colour refinement: a blank node's signature is the sorted set of its quads with the
    // current signatures of the blank nodes in them.
    for (int round = 0; round < 8; ++round) {
        std::map<store::TermId, std::vector<std::string>> parts;
        for (const auto& q : quads) {
            auto show = [&](store::TermId t, store::TermId self) {
                if (t == self) return std::string("@self");
                return is_blank(t) ? "_:{" + sig[t] + "}" : text(t);
            };
            for (store::TermId t : {q.subject, q.object}) {
                if (!is_blank(t)) continue;
                parts[t].push_back(show(q.subject, t) + " " + text(q.predicate) + " " + show(q.object, t) + " " +
                                   text(q.graph));
            }
        }
        std::map<store::TermId, std::string> next;
        for (auto& [t, v] : parts) {
            std::sort(v.begin(), v.end());
            std::string joined;
            for (const auto& line : v) joined += line + "|";
            next[t] = std::to_string(std::hash<std::string>{}(joined));
        }
        sig = std::move(next);
    }
    std::vector<std::pair<std::string, store::TermId>> order;
    for (const auto& [t, h] : sig) order.emplace_back(h, t);
    std::sort(order.begin(), order.end());
    std::map<store::TermId, std::string> label;
    for (std::size_t i = 0; i < order.size(); ++i) label[order[i].second] = "_:c" + std::to_string(i);
    std::vector<std::string> lines;
    for (const auto& q : quads) {
        auto show = [&](store::TermId t) { return is_blank(t) ? label[t] : text(t); };
        std::string line = show(q.subject) + " " + text(q.predicate) + " " + show(q.object);
        if (q.graph != store::kNoTerm) line += " " + text(q.graph);
        lines.push_back(line + " .");
    }
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    return lines;
}

/// How many times `needle` occurs in `text` (overlapping occurrences count).
inline std::size_t occurrences(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (auto pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + 1)) ++n;
    return n;
}

/// A fresh empty directory under the build tree's temporary area.
inline std::filesystem::path scratch_dir(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() / ("readout-io-test-" + name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

}  // namespace io_test
