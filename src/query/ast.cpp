#include "readout/query/ast.hpp"

#include <cstdio>

#include "overload.hpp"
#include "readout/rdf/escape.hpp"

namespace readout::query {
namespace {

using detail::Overload;

std::string quote(const Name& name) {
    if (name.kind == NameKind::Iri) return "<" + rdf::escape_iri(name.text) + ">";
    return "\"" + rdf::escape_string_literal(name.text) + "\"";
}

std::string term_text(const PatternTerm& term) {
    if (const auto* v = std::get_if<Variable>(&term)) return "?" + v->name;
    return rdf::to_ntriples(std::get<rdf::Term>(term));
}

std::string pad(int value, int width) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%0*d", width, value);
    return buf;
}

}  // namespace

std::string DateFilter::iso() const {
    std::string out = pad(year, 4);
    if (month > 0) out += "-" + pad(month, 2);
    if (month > 0 && day > 0) out += "-" + pad(day, 2);
    return out;
}

bool DateFilter::contains(std::string_view lexical) const {
    const std::string prefix = iso();
    if (lexical.substr(0, prefix.size()) != prefix) return false;
    // "2023-07" must not match "2023-070..." and "2023" must not match "20231": the next
    // character, if any, has to start the next component (or a time zone / time part).
    if (lexical.size() == prefix.size()) return true;
    const char next = lexical[prefix.size()];
    if (day > 0) return next == 'Z' || next == '+' || next == 'T';
    return next == '-';
}

std::string form_name(const Question& question) {
    return std::visit(Overload{
                          [](const WhoAttended&) { return std::string("who-attended"); },
                          [](const WhoMet&) { return std::string("who-met"); },
                          [](const WhereMet&) { return std::string("where-met"); },
                          [](const WhenMet&) { return std::string("when-met"); },
                          [](const DiscussedAt&) { return std::string("discussed-at"); },
                          [](const DiscussedBetween&) { return std::string("discussed-between"); },
                          [](const WhoIs&) { return std::string("who-is"); },
                          [](const RoleOf&) { return std::string("role-of"); },
                          [](const Meetings&) { return std::string("meetings"); },
                          [](const Connection&) { return std::string("connection"); },
                          [](const PatternQuery&) { return std::string("pattern"); },
                      },
                      question);
}

std::string to_string(const Question& question) {
    const std::string head = "(" + form_name(question);
    return std::visit(
        Overload{
            [&](const WhoAttended& q) { return head + " " + quote(q.target) + ")"; },
            [&](const WhoMet& q) { return head + " " + quote(q.person) + ")"; },
            [&](const WhereMet& q) { return head + " " + quote(q.first) + " " + quote(q.second) + ")"; },
            [&](const WhenMet& q) { return head + " " + quote(q.first) + " " + quote(q.second) + ")"; },
            [&](const DiscussedAt& q) { return head + " " + quote(q.target) + ")"; },
            [&](const DiscussedBetween& q) { return head + " " + quote(q.first) + " " + quote(q.second) + ")"; },
            [&](const WhoIs& q) {
                std::string out = head + " " + quote(q.subject);
                for (const auto& r : q.readings) {
                    out += " (role " + quote(r.role);
                    if (r.organization) out += " of " + quote(*r.organization);
                    out += ")";
                }
                return out + ")";
            },
            [&](const RoleOf& q) { return head + " " + quote(q.person) + ")"; },
            [&](const Meetings& q) {
                std::string out = head;
                if (q.person) out += " of " + quote(*q.person);
                if (q.place) out += " in " + quote(*q.place);
                if (q.date) out += " on " + q.date->iso();
                return out + ")";
            },
            [&](const Connection& q) { return head + " " + quote(q.from) + " " + quote(q.to) + ")"; },
            [&](const PatternQuery& q) {
                std::string out = head + " (";
                for (std::size_t i = 0; i < q.projection.size(); ++i)
                    out += (i ? " ?" : "?") + q.projection[i].name;
                out += ")";
                for (const auto& p : q.patterns)
                    out += " (" + term_text(p.subject) + " " + term_text(p.predicate) + " " + term_text(p.object) + ")";
                return out + ")";
            },
        },
        question);
}

}  // namespace readout::query
