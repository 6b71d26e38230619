// Reading gold annotation files (GUIDELINES.md format) with RapidJSON.

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "readout/eval/score.hpp"

namespace readout::eval {

namespace {

using Value = rapidjson::Value;

[[noreturn]] void fail(const std::string& file, std::uint32_t line, std::uint32_t column, std::string message) {
    throw GoldError(Diagnostic{Severity::Error, file, line, column, std::move(message)});
}

/// Reads the fields of one gold document; `where` names the JSON path in errors.
class Reader {
public:
    explicit Reader(std::string file) : file_(std::move(file)) {}

    [[noreturn]] void wrong(const std::string& where, const char* expected) const {
        fail(file_, 0, 0, where + ": expected " + expected);
    }

    const Value* member(const Value& obj, const char* key) const {
        auto it = obj.FindMember(key);
        if (it == obj.MemberEnd() || it->value.IsNull()) return nullptr;
        return &it->value;
    }

    std::string string(const Value& obj, const char* key, const std::string& where) const {
        const Value* v = member(obj, key);
        if (!v || !v->IsString()) wrong(where + "." + key, "a string");
        return {v->GetString(), v->GetStringLength()};
    }

    std::optional<std::string> optional_string(const Value& obj, const char* key, const std::string& where) const {
        const Value* v = member(obj, key);
        if (!v) return std::nullopt;
        if (!v->IsString()) wrong(where + "." + key, "a string or null");
        return std::string(v->GetString(), v->GetStringLength());
    }

    std::vector<std::string> strings(const Value& obj, const char* key, const std::string& where) const {
        std::vector<std::string> out;
        const Value* v = member(obj, key);
        if (!v) return out;
        if (!v->IsArray()) wrong(where + "." + key, "an array of strings");
        for (const auto& s : v->GetArray()) {
            if (!s.IsString()) wrong(where + "." + key, "an array of strings");
            out.emplace_back(s.GetString(), s.GetStringLength());
        }
        return out;
    }

    bool flag(const Value& obj, const char* key, bool fallback, const std::string& where) const {
        const Value* v = member(obj, key);
        if (!v) return fallback;
        if (!v->IsBool()) wrong(where + "." + key, "true or false");
        return v->GetBool();
    }

    template <typename Fn>
    void each(const Value& obj, const char* key, const std::string& where, Fn&& fn) const {
        const Value* v = member(obj, key);
        if (!v) return;
        if (!v->IsArray()) wrong(where + "." + key, "an array");
        std::size_t i = 0;
        for (const auto& e : v->GetArray()) {
            std::string at = where + "." + key + "[" + std::to_string(i++) + "]";
            if (!e.IsObject()) wrong(at, "an object");
            fn(e, at);
        }
    }

private:
    std::string file_;
};

void add_unique(std::vector<std::string>& into, const std::vector<std::string>& from) {
    for (const auto& s : from)
        if (std::find(into.begin(), into.end(), s) == into.end()) into.push_back(s);
}

}  // namespace

Gold Gold::parse(std::string_view json, const std::string& name) {
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseFullPrecisionFlag>(json.data(), json.size());
    if (doc.HasParseError()) {
        std::size_t offset = std::min(doc.GetErrorOffset(), json.size());
        std::uint32_t line = 1, column = 1;
        for (std::size_t i = 0; i < offset; ++i) {
            if (json[i] == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<unsigned char>(json[i]) & 0xC0) != 0x80) {
                ++column;
            }
        }
        fail(name, line, column, std::string("invalid JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()));
    }
    Reader r(name);
    if (!doc.IsObject()) r.wrong("(top level)", "an object with persons, places and meetings");
    Gold g;
    r.each(doc, "persons", "", [&](const Value& p, const std::string& at) {
        GoldPerson person;
        person.name = r.string(p, "name", at);
        person.aliases = r.strings(p, "aliases", at);
        person.required = r.flag(p, "required", true, at);
        r.each(p, "roles", at, [&](const Value& ro, const std::string& rat) {
            GoldRole role;
            role.role = r.string(ro, "role", rat);
            if (auto org = r.optional_string(ro, "organization", rat); org && !org->empty())
                role.organizations.push_back(*org);
            for (auto& a : r.strings(ro, "org_aliases", rat))
                if (!a.empty()) role.organizations.push_back(std::move(a));
            role.required = r.flag(ro, "required", true, rat);
            person.roles.push_back(std::move(role));
        });
        g.persons.push_back(std::move(person));
    });
    // "organizations" are matched through the roles' org_aliases; only places are needed here.
    r.each(doc, "places", "", [&](const Value& p, const std::string& at) {
        g.places.push_back(GoldPlace{r.string(p, "name", at), r.strings(p, "aliases", at)});
    });
    r.each(doc, "meetings", "", [&](const Value& m, const std::string& at) {
        GoldMeeting meeting;
        meeting.id = r.optional_string(m, "id", at).value_or(at);
        meeting.participants = r.strings(m, "participants", at);
        meeting.optional_participants = r.strings(m, "optional_participants", at);
        meeting.location = r.optional_string(m, "location", at);
        meeting.date = r.optional_string(m, "date", at);
        meeting.required = r.flag(m, "required", true, at);
        r.each(m, "issues", at, [&](const Value& i, const std::string& iat) {
            meeting.issues.push_back(
                GoldIssue{r.string(i, "label", iat), r.strings(i, "aliases", iat), r.flag(i, "required", true, iat)});
        });
        g.meetings.push_back(std::move(meeting));
    });
    // One file may name a person twice (once per article): merge like several files.
    Gold merged;
    merged.merge(std::move(g));
    return merged;
}

void Gold::merge(Gold other) {
    std::map<std::string, std::size_t> person_at, place_at;
    for (std::size_t i = 0; i < persons.size(); ++i) person_at[persons[i].name] = i;
    for (std::size_t i = 0; i < places.size(); ++i) place_at[places[i].name] = i;
    for (auto& p : other.persons) {
        auto [it, fresh] = person_at.emplace(p.name, persons.size());
        if (fresh) {
            persons.push_back(std::move(p));
            continue;
        }
        auto& cur = persons[it->second];
        add_unique(cur.aliases, p.aliases);
        for (auto& r : p.roles) cur.roles.push_back(std::move(r));
        cur.required = cur.required || p.required;
    }
    for (auto& p : other.places) {
        auto [it, fresh] = place_at.emplace(p.name, places.size());
        if (fresh) places.push_back(std::move(p));
        else add_unique(places[it->second].aliases, p.aliases);
    }
    for (auto& m : other.meetings) meetings.push_back(std::move(m));
}

Gold Gold::load(const std::vector<std::string>& paths) {
    Gold all;
    for (const auto& path : paths) {
        std::ifstream in(path, std::ios::binary);
        if (!in) fail(path, 0, 0, "cannot open gold file");
        std::ostringstream ss;
        ss << in.rdbuf();
        all.merge(parse(ss.str(), path));
    }
    return all;
}

}  // namespace readout::eval
