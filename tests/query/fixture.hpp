#pragma once
// A small hand-built store in the exact shape readout writes (see the graph description in
// docs-src/query.md): six people, four meetings of every date precision, a phone call, a person
// with two positions, an ambiguous surname ("Wang") and a name full of syntax characters.
//
//   M1 2023-07-13 (xsd:date)       Jakarta (ro:location)               Antony Blinken, Wang Yi       ASEAN event
//   M2 2023-07    (xsd:gYearMonth) Jakarta Convention Center (ro:venue) Sergey Lavrov, Wang Yi        ASEAN event
//   M3 2023       (xsd:gYear)      Madrid                              José Manuel Albares, Sergey Lavrov
//   M4 undated, weekday Sunday     Beijing                             Antony Blinken, Qin Gang
//   C1 2023-07-20 phone call (ro:Call)                                 Antony Blinken, Sergey Lavrov

#include <optional>
#include <string>

#include "readout/rdf/term.hpp"
#include "readout/rdf/vocabulary.hpp"
#include "readout/store/store.hpp"

namespace readout::query::test {

inline const std::string kBase = "https://w3id.org/readout/id/";

inline rdf::Iri id(const std::string& path) { return rdf::Iri(kBase + path); }

/// Builds the fixture store.
class Fixture {
public:
    Fixture() { build(); }
    store::Store store;

    /// The odd person's label: quotes, braces, a backslash and an apostrophe.
    static std::string odd_name() { return "Robert \"Bob\" {O'Neil} \\ Jr"; }

private:
    std::optional<rdf::Iri> graph_;  // the article asserting what is added next; nullopt = default graph

    void add(const rdf::Iri& s, const rdf::Iri& p, const rdf::Term& o) { store.add(rdf::Triple{s, p, o}, graph_); }
    void entity(const std::string& path, const rdf::Iri& type, const std::string& label,
                std::initializer_list<std::string> aliases = {}) {
        const auto saved = graph_;
        graph_.reset();
        add(id(path), rdf::rdf_ns::type(), type);
        add(id(path), rdf::rdfs::label(), rdf::Literal(label));
        for (const auto& a : aliases) add(id(path), rdf::ro::alias(), rdf::Literal(a));
        graph_ = saved;
    }
    void article(const std::string& slug, const std::string& headline, const std::string& date) {
        entity("article/" + slug, rdf::ro::Article(), headline);
        graph_ = id("article/" + slug);
        add(id("article/" + slug), rdf::ro::url(), rdf::Iri("https://news.example/" + slug));
        add(id("article/" + slug), rdf::ro::published(), rdf::Literal(date, rdf::xsd::date()));
    }
    /// Provenance of a meeting/call/position: ro:source and an ro:evidence node in the current article graph.
    void provenance(const rdf::Iri& node, const std::string& article_slug, int start, int end,
                    const std::string& sentence) {
        const rdf::Iri art = id("article/" + article_slug);
        const rdf::Iri ev = id("evidence/" + article_slug + "/" + std::to_string(start) + "-" + std::to_string(end));
        add(node, rdf::ro::source(), art);
        add(node, rdf::ro::evidence(), ev);
        add(ev, rdf::rdf_ns::type(), rdf::ro::Evidence());
        add(ev, rdf::ro::source(), art);
        add(ev, rdf::ro::sentence(), rdf::Literal(sentence));
        add(ev, rdf::ro::start(), rdf::Literal(std::to_string(start), rdf::xsd::integer()));
        add(ev, rdf::ro::end(), rdf::Literal(std::to_string(end), rdf::xsd::integer()));
    }
    void position(const std::string& person, const std::string& role, const std::string& org_path, bool former,
                  const std::string& article_slug, int start, int end, const std::string& sentence) {
        const std::string org_slug = org_path.substr(org_path.find('/') + 1);
        const rdf::Iri pos = id("position/" + person + "/" + role + "/" + org_slug);
        {
            const auto saved = graph_;
            graph_.reset();
            add(pos, rdf::rdf_ns::type(), rdf::ro::Position());
            graph_ = saved;
        }
        add(id("person/" + person), rdf::ro::holds(), pos);
        add(pos, rdf::ro::role(), id("role/" + role));
        add(pos, rdf::ro::organization(), id(org_path));
        add(id("person/" + person), rdf::ro::memberOf(), id(org_path));
        if (former) add(pos, rdf::ro::former(), rdf::Literal("true", rdf::xsd::boolean()));
        provenance(pos, article_slug, start, end, sentence);
    }
    rdf::Iri meeting(const std::string& path, const rdf::Iri& type, const std::string& label,
                     std::initializer_list<std::string> people) {
        const rdf::Iri m = id(path);
        entity(path, type, label);
        for (const auto& p : people) add(m, rdf::ro::participant(), id("person/" + p));
        return m;
    }

    void build() {
        namespace ro = rdf::ro;
        // entities (default graph)
        entity("person/antony-blinken", ro::Person(), "Antony Blinken", {"Blinken", "Tony Blinken"});
        entity("person/wang-yi", ro::Person(), "Wang Yi");
        entity("person/wang-wenbin", ro::Person(), "Wang Wenbin");
        entity("person/sergey-lavrov", ro::Person(), "Sergey Lavrov", {"Lavrov"});
        entity("person/jose-manuel-albares", ro::Person(), "José Manuel Albares", {"Albares"});
        entity("person/qin-gang", ro::Person(), "Qin Gang");
        entity("person/robert-bob-o-neil-jr", ro::Person(), odd_name());
        entity("country/united-states", ro::Country(), "United States", {"US", "U.S."});
        entity("country/china", ro::Country(), "China", {"Chinese"});
        entity("country/indonesia", ro::Country(), "Indonesia");
        entity("country/russia", ro::Country(), "Russia");
        entity("country/spain", ro::Country(), "Spain");
        entity("organization/central-foreign-affairs-commission", ro::Organization(),
               "Central Foreign Affairs Commission");
        entity("organization/chinese-foreign-ministry", ro::Organization(), "Chinese Foreign Ministry");
        entity("city/jakarta", ro::City(), "Jakarta");
        entity("city/beijing", ro::City(), "Beijing");
        entity("city/madrid", ro::City(), "Madrid");
        entity("venue/jakarta-convention-center", ro::Venue(), "Jakarta Convention Center");
        entity("event/asean-foreign-ministers-meeting", ro::Event(), "ASEAN Foreign Ministers' Meeting", {"AMM"});
        entity("role/secretary-of-state", ro::Role(), "Secretary of State");
        entity("role/foreign-minister", ro::Role(), "Foreign Minister");
        entity("role/director", ro::Role(), "Director");
        entity("role/spokesperson", ro::Role(), "Spokesperson");
        entity("role/adviser", ro::Role(), "Adviser");
        entity("issue/taiwan-strait", ro::Issue(), "Taiwan Strait");
        entity("issue/fentanyl", ro::Issue(), "Fentanyl");
        entity("issue/war-in-ukraine", ro::Issue(), "War in Ukraine");
        add(id("city/jakarta"), ro::country(), id("country/indonesia"));
        add(id("city/jakarta"), ro::latitude(), rdf::Literal("-6.2", rdf::xsd::decimal()));
        add(id("city/jakarta"), ro::longitude(), rdf::Literal("106.8", rdf::xsd::decimal()));
        add(id("city/beijing"), ro::country(), id("country/china"));
        add(id("city/madrid"), ro::country(), id("country/spain"));
        add(id("venue/jakarta-convention-center"), ro::location(), id("city/jakarta"));

        // article 000_a1: Blinken and Wang Yi in Jakarta
        article("000_a1", "Blinken, Wang hold hours of talks", "2023-07-13");
        auto m1 = meeting("meeting/2023-07-13/jakarta/antony-blinken--wang-yi", ro::Meeting(),
                          "Meeting of Antony Blinken and Wang Yi in Jakarta", {"antony-blinken", "wang-yi"});
        add(m1, ro::location(), id("city/jakarta"));
        add(m1, ro::partOf(), id("event/asean-foreign-ministers-meeting"));
        add(m1, ro::date(), rdf::Literal("2023-07-13", rdf::xsd::date()));
        provenance(m1, "000_a1", 434, 697,
                   "In another sign of warming ties, Blinken met Wang Yi in Jakarta on Thursday.");
        add(id("issue/taiwan-strait"), ro::discussedAt(), m1);
        add(id("issue/fentanyl"), ro::discussedAt(), m1);
        position("antony-blinken", "secretary-of-state", "country/united-states", false, "000_a1", 0, 52,
                 "US Secretary of State Antony Blinken arrived on Wednesday.");
        position("wang-yi", "director", "organization/central-foreign-affairs-commission", false, "000_a1", 53, 140,
                 "Wang Yi, director of the Central Foreign Affairs Commission office, led the delegation.");

        // article 001_a2: Lavrov and Wang Yi at the convention centre; a phone call
        article("001_a2", "Lavrov meets Wang on ASEAN sidelines", "2023-07-14");
        auto m2 = meeting("meeting/2023-07/jakarta-convention-center/sergey-lavrov--wang-yi", ro::Meeting(),
                          "Meeting of Sergey Lavrov and Wang Yi at Jakarta Convention Center",
                          {"sergey-lavrov", "wang-yi"});
        add(m2, ro::venue(), id("venue/jakarta-convention-center"));
        add(m2, ro::partOf(), id("event/asean-foreign-ministers-meeting"));
        add(m2, ro::date(), rdf::Literal("2023-07", rdf::xsd::g_year_month()));
        provenance(m2, "001_a2", 100, 180, "Lavrov said, \"we talked\" about Ukraine with Wang.");
        add(id("issue/war-in-ukraine"), ro::discussedAt(), m2);
        auto c1 = meeting("call/2023-07-20/antony-blinken--sergey-lavrov", ro::Call(),
                          "Call between Antony Blinken and Sergey Lavrov", {"antony-blinken", "sergey-lavrov"});
        add(c1, ro::date(), rdf::Literal("2023-07-20", rdf::xsd::date()));
        provenance(c1, "001_a2", 200, 260, "Blinken later spoke to Lavrov by phone.");
        position("wang-yi", "foreign-minister", "country/china", true, "001_a2", 0, 60,
                 "Wang Yi, a former foreign minister, ...");
        position("sergey-lavrov", "foreign-minister", "country/russia", false, "001_a2", 61, 99,
                 "Russian Foreign Minister Sergey Lavrov ...");
        position("wang-wenbin", "spokesperson", "organization/chinese-foreign-ministry", false, "001_a2", 300, 360,
                 "Foreign ministry spokesperson Wang Wenbin said ...");

        // article 002_a3: Albares and Lavrov in Madrid; Blinken and Qin Gang in Beijing on a Sunday
        article("002_a3", "Diplomatic round-up", "2023-08-01");
        auto m3 = meeting("meeting/2023/madrid/jose-manuel-albares--sergey-lavrov", ro::Meeting(),
                          "Meeting of José Manuel Albares and Sergey Lavrov in Madrid",
                          {"jose-manuel-albares", "sergey-lavrov"});
        add(m3, ro::location(), id("city/madrid"));
        add(m3, ro::date(), rdf::Literal("2023", rdf::xsd::g_year()));
        provenance(m3, "002_a3", 0, 95, "Albares met Lavrov in Madrid earlier this year.");
        add(id("issue/war-in-ukraine"), ro::discussedAt(), m3);
        auto m4 = meeting("meeting/undated/beijing/antony-blinken--qin-gang", ro::Meeting(),
                          "Meeting of Antony Blinken and Qin Gang in Beijing", {"antony-blinken", "qin-gang"});
        add(m4, ro::location(), id("city/beijing"));
        add(m4, ro::weekday(), rdf::Literal("Sunday"));
        provenance(m4, "002_a3", 200, 300, "Blinken met Qin Gang in Beijing on Sunday.");
        position("qin-gang", "foreign-minister", "country/china", false, "002_a3", 301, 350,
                 "Chinese Foreign Minister Qin Gang ...");
        position("jose-manuel-albares", "foreign-minister", "country/spain", false, "002_a3", 96, 150,
                 "Spain's foreign minister, José Manuel Albares, ...");
        position("robert-bob-o-neil-jr", "adviser", "country/united-states", false, "002_a3", 400, 420,
                 "An adviser said so.");
    }
};

}  // namespace readout::query::test
