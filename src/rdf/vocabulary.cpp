#include "readout/rdf/vocabulary.hpp"

#include <string>

namespace readout::rdf {
namespace {
Iri make(std::string_view base, std::string_view local) {
    std::string s(base);
    s += local;
    return Iri(std::move(s));
}
}  // namespace

#define READOUT_TERM(NS_FN, BASE, FN, LOCAL) \
    const Iri& FN() {                        \
        static const Iri iri = make(BASE, LOCAL); \
        return iri;                          \
    }

namespace rdf_ns {
READOUT_TERM(rdf, ns::rdf, type, "type")
READOUT_TERM(rdf, ns::rdf, lang_string, "langString")
}  // namespace rdf_ns

namespace rdfs {
READOUT_TERM(rdfs, ns::rdfs, label, "label")
}  // namespace rdfs

namespace xsd {
READOUT_TERM(xsd, ns::xsd, string, "string")
READOUT_TERM(xsd, ns::xsd, date, "date")
READOUT_TERM(xsd, ns::xsd, g_year_month, "gYearMonth")
READOUT_TERM(xsd, ns::xsd, g_year, "gYear")
READOUT_TERM(xsd, ns::xsd, integer, "integer")
READOUT_TERM(xsd, ns::xsd, non_negative_integer, "nonNegativeInteger")
READOUT_TERM(xsd, ns::xsd, decimal, "decimal")
READOUT_TERM(xsd, ns::xsd, double_, "double")
READOUT_TERM(xsd, ns::xsd, boolean, "boolean")
}  // namespace xsd

namespace ro {
READOUT_TERM(ro, ns::ro, Article, "Article")
READOUT_TERM(ro, ns::ro, Person, "Person")
READOUT_TERM(ro, ns::ro, Organization, "Organization")
READOUT_TERM(ro, ns::ro, Place, "Place")
READOUT_TERM(ro, ns::ro, Country, "Country")
READOUT_TERM(ro, ns::ro, City, "City")
READOUT_TERM(ro, ns::ro, Venue, "Venue")
READOUT_TERM(ro, ns::ro, Meeting, "Meeting")
READOUT_TERM(ro, ns::ro, Call, "Call")
READOUT_TERM(ro, ns::ro, Event, "Event")
READOUT_TERM(ro, ns::ro, Issue, "Issue")
READOUT_TERM(ro, ns::ro, Position, "Position")
READOUT_TERM(ro, ns::ro, Role, "Role")
READOUT_TERM(ro, ns::ro, Evidence, "Evidence")
READOUT_TERM(ro, ns::ro, alias, "alias")
READOUT_TERM(ro, ns::ro, holds, "holds")
READOUT_TERM(ro, ns::ro, role, "role")
READOUT_TERM(ro, ns::ro, organization, "organization")
READOUT_TERM(ro, ns::ro, memberOf, "memberOf")
READOUT_TERM(ro, ns::ro, participant, "participant")
READOUT_TERM(ro, ns::ro, location, "location")
READOUT_TERM(ro, ns::ro, venue, "venue")
READOUT_TERM(ro, ns::ro, date, "date")
READOUT_TERM(ro, ns::ro, weekday, "weekday")
READOUT_TERM(ro, ns::ro, partOf, "partOf")
READOUT_TERM(ro, ns::ro, discussedAt, "discussedAt")
READOUT_TERM(ro, ns::ro, source, "source")
READOUT_TERM(ro, ns::ro, evidence, "evidence")
READOUT_TERM(ro, ns::ro, sentence, "sentence")
READOUT_TERM(ro, ns::ro, start, "start")
READOUT_TERM(ro, ns::ro, end, "end")
READOUT_TERM(ro, ns::ro, country, "country")
READOUT_TERM(ro, ns::ro, latitude, "latitude")
READOUT_TERM(ro, ns::ro, longitude, "longitude")
READOUT_TERM(ro, ns::ro, title, "title")
READOUT_TERM(ro, ns::ro, url, "url")
READOUT_TERM(ro, ns::ro, published, "published")
READOUT_TERM(ro, ns::ro, former, "former")
READOUT_TERM(ro, ns::ro, identifier, "identifier")
READOUT_TERM(ro, ns::ro, index, "index")
READOUT_TERM(ro, ns::ro, partialName, "partialName")
READOUT_TERM(ro, ns::ro, form, "form")
READOUT_TERM(ro, ns::ro, count, "count")
READOUT_TERM(ro, ns::ro, countryCode, "countryCode")
READOUT_TERM(ro, ns::ro, principal, "principal")
}  // namespace ro

#undef READOUT_TERM

const Prefix* prefixes(std::size_t& count) {
    static const Prefix table[] = {
        {"ro", ns::ro},   {"rdf", ns::rdf},       {"rdfs", ns::rdfs},
        {"xsd", ns::xsd}, {"schema", ns::schema}, {"prov", ns::prov},
    };
    count = sizeof(table) / sizeof(table[0]);
    return table;
}

}  // namespace readout::rdf
