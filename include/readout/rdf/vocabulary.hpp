#pragma once
/// \file
/// The IRIs of the vocabularies readout writes: its own `ro:` ontology and the W3C terms it uses.
/// Each term is a function returning a reference to a single static Iri.

#include <string_view>

#include "readout/rdf/term.hpp"

namespace readout::rdf {

/// Namespace IRIs.
namespace ns {
inline constexpr std::string_view rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";  ///< the `rdf:` namespace
inline constexpr std::string_view rdfs = "http://www.w3.org/2000/01/rdf-schema#";  ///< the `rdfs:` namespace
inline constexpr std::string_view xsd = "http://www.w3.org/2001/XMLSchema#";  ///< the `xsd:` namespace
inline constexpr std::string_view owl = "http://www.w3.org/2002/07/owl#";  ///< the `owl:` namespace
inline constexpr std::string_view ro = "https://w3id.org/readout/ontology#";  ///< the `ro:` namespace
inline constexpr std::string_view schema = "https://schema.org/";  ///< the `schema:` namespace
inline constexpr std::string_view prov = "http://www.w3.org/ns/prov#";  ///< the `prov:` namespace
inline constexpr std::string_view org = "http://www.w3.org/ns/org#";  ///< the `org:` namespace
/// Default base for minted resources; `--base` changes it.
inline constexpr std::string_view default_base = "https://w3id.org/readout/id/";
}  // namespace ns

/// rdf: terms.
namespace rdf_ns {
const Iri& type();  ///< `rdf:type`
const Iri& lang_string();  ///< `rdf:langString`
}  // namespace rdf_ns

/// rdfs: terms.
namespace rdfs {
const Iri& label();  ///< `rdfs:label`
}  // namespace rdfs

/// xsd: datatypes.
namespace xsd {
const Iri& string();  ///< `xsd:string`
const Iri& date();  ///< `xsd:date`
const Iri& g_year_month();  ///< `xsd:gYearMonth`
const Iri& g_year();  ///< `xsd:gYear`
const Iri& integer();  ///< `xsd:integer`
const Iri& non_negative_integer();  ///< `xsd:nonNegativeInteger`
const Iri& decimal();  ///< `xsd:decimal`
const Iri& double_();  ///< `xsd:double`
const Iri& boolean();  ///< `xsd:boolean`
}  // namespace xsd

/// The readout ontology (`ro:`), documented in ontology/readout.ttl.
namespace ro {
// classes
const Iri& Article();  ///< `ro:Article`
const Iri& Person();  ///< `ro:Person`
const Iri& Organization();  ///< `ro:Organization`
const Iri& Place();  ///< `ro:Place`
const Iri& Country();  ///< `ro:Country`
const Iri& City();  ///< `ro:City`
const Iri& Venue();  ///< `ro:Venue`
const Iri& Meeting();  ///< `ro:Meeting`
const Iri& Call();  ///< `ro:Call`
const Iri& Event();  ///< `ro:Event`
const Iri& Issue();  ///< `ro:Issue`
const Iri& Position();  ///< `ro:Position`
const Iri& Role();  ///< `ro:Role`
const Iri& Evidence();  ///< `ro:Evidence`
// properties
const Iri& alias();  ///< `ro:alias`
const Iri& holds();  ///< `ro:holds`
const Iri& role();  ///< `ro:role`
const Iri& organization();  ///< `ro:organization`
const Iri& memberOf();  ///< `ro:memberOf`
const Iri& participant();  ///< `ro:participant`
const Iri& location();  ///< `ro:location`
const Iri& venue();  ///< `ro:venue`
const Iri& date();  ///< `ro:date`
const Iri& weekday();  ///< `ro:weekday`
const Iri& partOf();  ///< `ro:partOf`
const Iri& discussedAt();  ///< `ro:discussedAt`
const Iri& source();  ///< `ro:source`
const Iri& evidence();  ///< `ro:evidence`
const Iri& sentence();  ///< `ro:sentence`
const Iri& start();  ///< `ro:start`
const Iri& end();  ///< `ro:end`
const Iri& country();  ///< `ro:country`
const Iri& latitude();  ///< `ro:latitude`
const Iri& longitude();  ///< `ro:longitude`
const Iri& title();  ///< `ro:title`
const Iri& url();  ///< `ro:url`
const Iri& published();  ///< `ro:published`
const Iri& former();  ///< `ro:former`
// resolution records: what `readout extract` adds so that `readout merge` can resolve across shards
const Iri& identifier();  ///< `ro:identifier`
const Iri& index();  ///< `ro:index`
const Iri& partialName();  ///< `ro:partialName`
const Iri& form();  ///< `ro:form`
const Iri& count();  ///< `ro:count`
const Iri& countryCode();  ///< `ro:countryCode`
const Iri& principal();  ///< `ro:principal`
}  // namespace ro

/// The prefixes readout declares in Turtle and the JSON-LD context, in output order.
struct Prefix {
    std::string_view name;  ///< the prefix, without the colon ("ro")
    std::string_view iri;   ///< the namespace IRI it stands for
};
/// The prefix table shared by every writer; sets `count` to its number of entries.
const Prefix* prefixes(std::size_t& count);

}  // namespace readout::rdf
