#pragma once
/// \file
/// The IRIs of the vocabularies readout writes: its own `ro:` ontology and the W3C terms it uses.
/// Each term is a function returning a reference to a single static Iri.

#include <string_view>

#include "readout/rdf/term.hpp"

namespace readout::rdf {

/// Namespace IRIs.
namespace ns {
inline constexpr std::string_view rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view rdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view xsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view owl = "http://www.w3.org/2002/07/owl#";
inline constexpr std::string_view ro = "https://w3id.org/readout/ontology#";
inline constexpr std::string_view schema = "https://schema.org/";
inline constexpr std::string_view prov = "http://www.w3.org/ns/prov#";
inline constexpr std::string_view org = "http://www.w3.org/ns/org#";
/// Default base for minted resources; `--base` changes it.
inline constexpr std::string_view default_base = "https://w3id.org/readout/id/";
}  // namespace ns

/// rdf: terms.
namespace rdf_ns {
const Iri& type();
const Iri& lang_string();
}  // namespace rdf_ns

/// rdfs: terms.
namespace rdfs {
const Iri& label();
}  // namespace rdfs

/// xsd: datatypes.
namespace xsd {
const Iri& string();
const Iri& date();
const Iri& g_year_month();
const Iri& g_year();
const Iri& integer();
const Iri& non_negative_integer();
const Iri& decimal();
const Iri& double_();
const Iri& boolean();
}  // namespace xsd

/// The readout ontology (`ro:`), documented in ontology/readout.ttl.
namespace ro {
// classes
const Iri& Article();
const Iri& Person();
const Iri& Organization();
const Iri& Place();
const Iri& Country();
const Iri& City();
const Iri& Venue();
const Iri& Meeting();
const Iri& Call();
const Iri& Event();
const Iri& Issue();
const Iri& Position();
const Iri& Role();
const Iri& Evidence();
// properties
const Iri& alias();
const Iri& holds();
const Iri& role();
const Iri& organization();
const Iri& memberOf();
const Iri& participant();
const Iri& location();
const Iri& venue();
const Iri& date();
const Iri& weekday();
const Iri& partOf();
const Iri& discussedAt();
const Iri& source();
const Iri& evidence();
const Iri& sentence();
const Iri& start();
const Iri& end();
const Iri& country();
const Iri& latitude();
const Iri& longitude();
const Iri& title();
const Iri& url();
const Iri& published();
const Iri& former();
// resolution records: what `readout extract` adds so that `readout merge` can resolve across shards
const Iri& identifier();
const Iri& index();
const Iri& partialName();
const Iri& form();
const Iri& count();
const Iri& countryCode();
const Iri& principal();
}  // namespace ro

/// The prefixes readout declares in Turtle and the JSON-LD context, in output order.
struct Prefix {
    std::string_view name;
    std::string_view iri;
};
/// The prefix table shared by every writer.
const Prefix* prefixes(std::size_t& count);

}  // namespace readout::rdf
