#include "readout/resolve/resolver.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>

#include "readout/extract/extractor.hpp"
#include "readout/text/unicode.hpp"
#include "names.hpp"
#include "office_holders.hpp"
#include "post_countries.hpp"

namespace readout::resolve {
namespace {

using extract::DatePrecision;
using extract::DateValue;
using extract::MentionId;
using extract::MentionKind;
using detail::after_patronymic;
using detail::bare;
using detail::name_tokens;

/// Position of a word in a name's words, comparing with and without an article prefix.
std::vector<std::string>::const_iterator find_word(const std::vector<std::string>& toks, const std::string& word) {
    for (auto it = toks.begin(); it != toks.end(); ++it)
        if (*it == word || bare(*it) == bare(word)) return it;
    return toks.end();
}

std::string nickname(const std::string& w) {
    static const std::unordered_map<std::string, std::string> map = {
        {"matt", "matthew"}, {"mike", "michael"}, {"bill", "william"}, {"bob", "robert"},   {"jim", "james"},
        {"joe", "joseph"},   {"tom", "thomas"},   {"dan", "daniel"},   {"dave", "david"},   {"chris", "christopher"},
        {"nick", "nicholas"}, {"tony", "anthony"}, {"alex", "alexander"}, {"ben", "benjamin"}, {"ed", "edward"},
        {"andy", "andrew"},  {"rob", "robert"},   {"liz", "elizabeth"}, {"kate", "katherine"}, {"jon", "jonathan"}};
    auto it = map.find(w);
    return it == map.end() ? w : it->second;
}

/// The common romanizations of one Cyrillic ending, written one way: "Zelenskiy", "Zelenskyy" and
/// "Zelensky"; "Dmitriy", "Dmitrii" and "Dmitry"; "Sergei" and "Sergey". Words under five letters
/// are left alone.
std::string romanization(std::string w) {
    if (w.size() < 5) return w;
    auto ends = [&](std::string_view e) { return w.size() > e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0; };
    if (ends("iy") || ends("yy") || ends("ii") || ends("ij")) {
        w.resize(w.size() - 2);
        w += 'y';
    } else if (ends("ei")) {
        w.back() = 'y';
    }
    return w;
}

bool is_initial(const std::string& w) { return w.size() == 2 && w[1] == '.'; }

/// "da Silva", "del Campo", "de la Cruz": a surname with its particle, not a full name.
bool particle_led(const std::vector<std::string>& toks) {
    static const std::set<std::string> particles = {"de", "da", "del", "della", "di", "do", "dos", "das", "du",
                                                    "van", "von", "der", "den", "la", "le", "ter", "zu"};
    return toks.size() >= 2 && toks.size() <= 3 && particles.count(toks.front()) != 0;
}

/// Index of the best title-free display form: the most frequent full form, then the longest.
std::string choose_name(const std::map<std::string, int>& forms) {
    std::string best;
    int best_count = -1;
    for (const auto& [form, count] : forms) {
        auto toks = name_tokens(form);
        auto best_toks = name_tokens(best);
        if (count > best_count || (count == best_count && toks.size() > best_toks.size())) {
            best = form;
            best_count = count;
        }
    }
    return best;
}

std::string place_key(const PlaceEntity& p) {
    switch (p.kind) {
        case PlaceKind::Country: return "country:" + p.country;
        case PlaceKind::City: return "city:" + text::normalize_key(p.name) + ":" + p.country;
        case PlaceKind::Region: return "region:" + text::normalize_key(p.name);
        case PlaceKind::Venue: return "venue:" + text::normalize_key(p.name);
    }
    return {};
}

/// Canonical venue names fold spelling variants: "Guest House" = "Guesthouse", leading "the" dropped.
std::string venue_key_name(std::string_view surface) {
    std::string k = text::normalize_key(surface);
    if (k.rfind("the ", 0) == 0) k = k.substr(4);
    std::size_t pos;
    while ((pos = k.find("guest house")) != std::string::npos) k.replace(pos, 11, "guesthouse");
    // "Al-Yamamah Palace" and "Al Yamamah Palace" are one place
    std::replace(k.begin(), k.end(), '-', ' ');
    return k;
}

bool compatible_places(const KnowledgeBase& kb, Index a, Index b) {
    if (a == kNone || b == kNone) return true;
    return place_key(kb.places[a]) == place_key(kb.places[b]);
}

template <typename T>
void add_unique(std::vector<T>& v, const T& x) {
    if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

std::size_t overlap(const std::vector<Index>& a, const std::vector<Index>& b) {
    std::size_t n = 0;
    for (auto x : a)
        if (std::find(b.begin(), b.end(), x) != b.end()) ++n;
    return n;
}

void merge_dates(DateValue& into, const DateValue& from) {
    if (from.precision > into.precision) {
        int wd = into.weekday;
        into = from;
        if (into.weekday < 0) into.weekday = wd;
    }
    if (into.weekday < 0) into.weekday = from.weekday;
}

/// True when an unplaced meeting happened where the story is filed from: a meeting in person,
/// and, when the place is only the lead's, one not dated to just a month or a year (background).
bool takes_dateline(const extract::ArticleExtraction& ex, const MeetingEntity& m) {
    if (m.kind != extract::EncounterKind::Meeting) return false;
    return !(ex.dateline_from_lead && m.date.known() && m.date.precision != DatePrecision::Day);
}

/// Drops the spare capacity of every vector of a resolved article: a corpus keeps one per
/// article until the merge, and vectors grown by doubling hold a third more on average.
void compact(ResolvedArticle& L) {
    auto fit = [](auto& v) { v.shrink_to_fit(); };  // libstdc++ moves the elements to an exact fit
    KnowledgeBase& kb = L.kb;
    fit(kb.articles);
    fit(kb.persons);
    fit(kb.places);
    fit(kb.organizations);
    fit(kb.events);
    fit(kb.issues);
    for (auto& p : kb.positions) fit(p.evidence);
    fit(kb.positions);
    for (auto& m : kb.meetings) {
        fit(m.participants);
        fit(m.principals);
        fit(m.evidence);
    }
    fit(kb.meetings);
    fit(L.person_partial);
    fit(L.person_forms);
}

}  // namespace

std::string person_key(std::string_view name) {
    std::string key;
    for (const auto& w : name_tokens(name)) {
        if (is_initial(w) || w == "jr." || w == "jr" || w == "sr." || w == "sr" || w == "mr." || w == "mr" ||
            w == "ms." || w == "ms" || w == "mrs." || w == "dr.")
            continue;
        if (!key.empty()) key += ' ';
        key += key.empty() ? nickname(romanization(w)) : romanization(w);
    }
    return key;
}

struct Resolver::Impl {
    const extract::Gazetteer& gaz;
    std::vector<PackedArticle> locals;  // packed: a fraction of the memory of the structures
    explicit Impl(const extract::Gazetteer& g) : gaz(g) {}
};

Resolver::Resolver(const extract::Gazetteer& gazetteer) : impl_(std::make_unique<Impl>(gazetteer)) {}
Resolver::~Resolver() = default;

ResolvedArticle resolve_article(const text::Document& doc, const extract::ArticleExtraction& ex,
                                const extract::Gazetteer& gaz) {
    ResolvedArticle L;
    KnowledgeBase& kb = L.kb;
    ArticleEntity art;
    art.id = doc.article().id;
    art.url = doc.article().url;
    art.title = doc.article().title;
    if (auto d = DateValue::parse_iso(doc.article().date)) art.published = *d;
    kb.articles.push_back(art);
    const Index article = 0;

    auto evidence_of = [&](std::uint32_t sentence) {
        const auto& s = doc.sentences()[sentence];
        return Evidence{article, s.span, std::string(doc.text(s.span))};
    };

    // ---- persons: full names first, then single words resolved to them
    std::vector<Index> person_of(ex.mentions.size(), kNone);
    std::unordered_map<std::string, Index> by_key;
    auto new_person = [&](const std::string& name, bool partial) {
        kb.persons.push_back(PersonEntity{name, {}});
        L.person_partial.push_back(partial);
        L.person_forms.emplace_back();
        return static_cast<Index>(kb.persons.size() - 1);
    };
    for (MentionId m = 0; m < ex.mentions.size(); ++m) {
        const auto& mm = ex.mentions[m];
        if (mm.kind != MentionKind::Person || mm.partial_name) continue;
        auto toks = name_tokens(mm.canonical);
        if (toks.size() < 2 || particle_led(toks)) continue;
        std::string key = person_key(mm.canonical);
        auto it = by_key.find(key);
        Index p = it != by_key.end() ? it->second : new_person(mm.canonical, false);
        by_key[key] = p;
        person_of[m] = p;
        L.person_forms[p][mm.canonical]++;
    }
    // Longer forms absorb shorter ones with the same first and last word ("Luis Arriola" ~ "Luis Arriola Benavides")
    std::vector<Index> alias_of(kb.persons.size());
    std::iota(alias_of.begin(), alias_of.end(), 0);
    std::vector<std::vector<std::string>> key_tokens;  // per person, computed once (the loop below is quadratic)
    key_tokens.reserve(kb.persons.size());
    for (const auto& person : kb.persons) key_tokens.push_back(name_tokens(person_key(person.name)));
    for (Index a = 0; a < kb.persons.size(); ++a)
        for (Index b = 0; b < kb.persons.size(); ++b) {
            if (a == b) continue;
            const auto& ta = key_tokens[a];
            const auto& tb = key_tokens[b];
            if (ta.size() < tb.size() && ta.front() == tb.front() &&
                std::all_of(ta.begin(), ta.end(), [&](const std::string& w) {
                    return std::find(tb.begin(), tb.end(), w) != tb.end();
                }))
                alias_of[a] = b;
        }
    for (auto& p : person_of)
        if (p != kNone) {
            while (alias_of[p] != p) p = alias_of[p];
        }
    // single words: a surname, a family name written first, or a given name
    std::vector<std::vector<std::string>> full_tokens;  // the full names' words, computed once
    full_tokens.reserve(kb.persons.size());
    for (const auto& person : kb.persons) full_tokens.push_back(name_tokens(person.name));
    for (MentionId m = 0; m < ex.mentions.size(); ++m) {
        const auto& mm = ex.mentions[m];
        if (mm.kind != MentionKind::Person || person_of[m] != kNone) continue;
        std::string word = text::normalize_key(mm.canonical);
        auto words = name_tokens(mm.canonical);
        Index best = kNone;
        int best_rank = 99;
        for (Index p = 0; p < kb.persons.size(); ++p) {
            if (L.person_partial[p] || alias_of[p] != p) continue;
            const auto& toks = full_tokens[p];  // persons made in this loop are partial: skipped above
            // "del Campo" / "da Silva": a particle-led surname matches the same run of words
            auto pos = words.size() > 1 ? std::search(toks.begin(), toks.end(), words.begin(), words.end())
                                        : find_word(toks, word);
            if (pos == toks.end()) continue;
            // "King Salman" is not "Mohammed bin Salman": a father's name is nobody's short form
            if (words.size() == 1 && after_patronymic(toks, static_cast<std::size_t>(pos - toks.begin()))) continue;
            if (words.size() > 1 && pos + static_cast<std::ptrdiff_t>(words.size()) == toks.end()) pos = toks.end() - 1;
            // last word (surname) ranks first, then first word (family name first), then inner words;
            // among equals the person introduced first wins
            int rank = (pos + 1 == toks.end()) ? 0 : (pos == toks.begin() ? 1 : 2);
            if (rank < best_rank) {
                best_rank = rank;
                best = p;
            }
        }
        if (best == kNone) {
            auto it = by_key.find("~" + word);
            if (it != by_key.end()) {
                best = it->second;
            } else {
                best = new_person(mm.canonical, true);
                alias_of.push_back(best);  // alias_of covers every person (found by fuzz_extract)
            }
            by_key["~" + word] = best;
        }
        person_of[m] = best;
        L.person_forms[best][mm.canonical]++;
    }
    for (Index p = 0; p < kb.persons.size(); ++p) {
        std::map<std::string, int> full;
        for (const auto& [form, n] : L.person_forms[p])
            if (name_tokens(form).size() >= 2) full[form] += n;
        // alias_of covers the full names only: persons made for single words since are their own
        for (Index q = 0; q < alias_of.size(); ++q)
            if (q != p && alias_of[q] == p)
                for (const auto& [form, n] : L.person_forms[q]) {
                    full[form] += n;
                    L.person_forms[p][form] += n;
                }
        if (!full.empty()) kb.persons[p].name = choose_name(full);
        for (const auto& [form, n] : L.person_forms[p])
            if (form != kb.persons[p].name) kb.persons[p].aliases.insert(form);
    }

    // ---- places and organizations
    std::unordered_map<std::string, Index> place_index, org_index;
    auto place_of = [&](MentionId m) -> Index {
        if (m == extract::kNoMention) return kNone;
        const auto& mm = ex.mentions[m];
        PlaceEntity p;
        std::string surface(doc.text(mm.span));
        switch (mm.kind) {
            case MentionKind::Country: {
                p.kind = PlaceKind::Country;
                p.country = mm.key;
                p.name = mm.canonical;
                if (const auto* c = gaz.country_by_key(mm.key)) {
                    p.lat = c->lat;
                    p.lon = c->lon;
                }
                break;
            }
            case MentionKind::City: {
                p.kind = PlaceKind::City;
                p.name = mm.canonical;
                p.country = mm.country;
                std::size_t row = std::strtoul(mm.key.c_str(), nullptr, 10);
                if (!mm.key.empty() && row < gaz.cities().size()) {
                    p.lat = gaz.cities()[row].lat;
                    p.lon = gaz.cities()[row].lon;
                }
                break;
            }
            case MentionKind::Region: {
                p.kind = PlaceKind::Region;
                p.name = mm.canonical;
                p.country = mm.country;
                std::size_t row = std::strtoul(mm.key.c_str(), nullptr, 10);
                if (!mm.key.empty() && row < gaz.regions().size() && gaz.regions()[row].has_coordinates) {
                    p.lat = gaz.regions()[row].lat;
                    p.lon = gaz.regions()[row].lon;
                }
                break;
            }
            case MentionKind::Venue: {
                p.kind = PlaceKind::Venue;
                p.name = surface;
                if (p.name.rfind("the ", 0) == 0 || p.name.rfind("The ", 0) == 0) p.name = p.name.substr(4);
                break;
            }
            default:
                return kNone;
        }
        std::string key = p.kind == PlaceKind::Venue ? "venue:" + venue_key_name(p.name) : place_key(p);
        auto it = place_index.find(key);
        Index idx;
        if (it == place_index.end()) {
            kb.places.push_back(p);
            idx = static_cast<Index>(kb.places.size() - 1);
            place_index[key] = idx;
        } else {
            idx = it->second;
        }
        if (surface != kb.places[idx].name) kb.places[idx].aliases.insert(surface);
        return idx;
    };
    auto org_of = [&](const std::string& name, const std::string& surface, const std::string& country) -> Index {
        std::string key = text::normalize_key(name);
        auto it = org_index.find(key);
        Index idx;
        if (it == org_index.end()) {
            kb.organizations.push_back(OrganizationEntity{name, {}, country});
            idx = static_cast<Index>(kb.organizations.size() - 1);
            org_index[key] = idx;
        } else {
            idx = it->second;
        }
        if (!surface.empty() && surface != name) kb.organizations[idx].aliases.insert(surface);
        return idx;
    };

    // The country with an ISO code as a place of this article (created on first use).
    auto country_place = [&](const std::string& iso) -> Index {
        const auto* c = gaz.country_by_key(iso);
        if (!c) return kNone;
        PlaceEntity pe;
        pe.kind = PlaceKind::Country;
        pe.name = c->name;
        pe.country = c->key;
        pe.lat = c->lat;
        pe.lon = c->lon;
        std::string key = place_key(pe);
        auto it = place_index.find(key);
        if (it == place_index.end()) {
            kb.places.push_back(pe);
            it = place_index.emplace(key, static_cast<Index>(kb.places.size() - 1)).first;
        }
        return it->second;
    };

    // ---- positions
    for (const auto& r : ex.roles) {
        Index p = person_of[r.person];
        if (p == kNone) continue;
        OrgRef org;
        if (r.organization != extract::kNoMention) {
            const auto& om = ex.mentions[r.organization];
            if (om.kind == MentionKind::Country) {
                org = OrgRef{true, place_of(r.organization)};
            } else {
                org = OrgRef{false, org_of(om.canonical, std::string(doc.text(om.span)), om.country)};
            }
        } else if (!r.organization_country.empty()) {
            if (Index c = country_place(r.organization_country); c != kNone) org = OrgRef{true, c};
        } else if (!r.organization_name.empty()) {
            // a body named only in the role phrase ("a fellow at the Centre for Global Energy Studies")
            org = OrgRef{false, org_of(r.organization_name, r.organization_surface, {})};
        }
        PositionEntity* existing = nullptr;
        for (auto& pos : kb.positions)
            if (pos.person == p && text::normalize_key(pos.role) == text::normalize_key(r.title) &&
                (pos.organization == org || org.empty() || pos.organization.empty()))
                existing = &pos;
        if (!existing) {
            kb.positions.push_back(PositionEntity{p, r.title, org, r.former, {}, {}});
            existing = &kb.positions.back();
        }
        if (existing->organization.empty()) existing->organization = org;
        existing->articles.insert(article);
        Evidence ev = evidence_of(r.sentence);
        if (std::find(existing->evidence.begin(), existing->evidence.end(), ev) == existing->evidence.end())
            existing->evidence.push_back(ev);
    }

    // ---- counterparts hold the same post in their own country: "X met his Iraqi counterpart, Y"
    for (const auto& c : ex.counterpart_roles) {
        Index p = person_of[c.person], of = person_of[c.of];
        if (p == kNone || of == kNone || p == of) continue;
        bool has_post = false;
        const PositionEntity* model = nullptr;
        for (const auto& pos : kb.positions) {
            if (pos.person == p) has_post = true;
            if (pos.person == of && !model && !pos.former) model = &pos;
        }
        if (!model) continue;
        OrgRef org;
        if (Index ci = country_place(c.country); ci != kNone) org = OrgRef{true, ci};
        // a country's own name for the foreign ministry's post ("External Affairs Minister") is
        // "Foreign Minister" elsewhere
        std::string role = model->role;
        if (const auto* entry = gaz.role_by_canonical(role); entry && entry->org_hint == "ministry:foreign" &&
                                                             entry->kind == "minister" && role.find("Deputy") == std::string::npos &&
                                                             role.find("Vice") == std::string::npos)
            role = "Foreign Minister";
        if (has_post) {
            // "his Ecuadorian counterpart, X" and later "X, who was appointed foreign minister in
            // April": the counterpart's country is that post's
            if (org.empty()) continue;
            for (auto& pos : kb.positions)
                if (pos.person == p && pos.organization.empty() && !pos.former &&
                    text::normalize_key(pos.role) == text::normalize_key(role))
                    pos.organization = org;
            continue;
        }
        PositionEntity np{p, role, org, false, {article}, {evidence_of(c.sentence)}};
        kb.positions.push_back(std::move(np));
    }

    // ---- meetings
    auto country_of_person = [&](Index p) -> std::string {
        for (const auto& pos : kb.positions)
            if (pos.person == p && !pos.organization.empty()) {
                if (pos.organization.is_country) return kb.places[pos.organization.index].country;
                return kb.organizations[pos.organization.index].country;
            }
        return {};
    };
    auto issue_of = [&](const extract::IssuePhrase& ip) -> Index {
        std::string key = text::normalize_key(ip.label);
        for (Index i = 0; i < kb.issues.size(); ++i)
            if (text::normalize_key(kb.issues[i].label) == key) return i;
        kb.issues.push_back(IssueEntity{ip.label, {}});
        return static_cast<Index>(kb.issues.size() - 1);
    };
    std::unordered_map<std::string, Index> event_index;
    auto event_of = [&](MentionId m) -> Index {
        if (m == extract::kNoMention) return kNone;
        std::string name = ex.mentions[m].canonical;
        std::string key = text::normalize_key(name);
        auto it = event_index.find(key);
        if (it != event_index.end()) return it->second;
        kb.events.push_back(EventEntity{name, {}});
        event_index[key] = static_cast<Index>(kb.events.size() - 1);
        return static_cast<Index>(kb.events.size() - 1);
    };
    // meetings of this article set apart from the others ("held separate talks"), by index
    std::vector<bool> apart(kb.meetings.size(), false);
    for (const auto& a : ex.meetings) {
        MeetingEntity me;
        me.kind = a.kind;
        for (auto m : a.participants)
            if (person_of[m] != kNone) add_unique(me.principals, person_of[m]);
        // "her Nigerian counterpart": the person of that country, other than the principals, who holds
        // the post of the person whose counterpart is meant; when that person's post is not known, the
        // first person of that country with a post. ("His Saudi counterpart" of a foreign minister is
        // not the crown prince, even when the article names no Saudi foreign minister.)
        for (const auto& c : a.counterparts) {
            if (c.country.empty()) continue;
            const Index of = c.of == extract::kNoMention ? kNone : person_of[c.of];
            std::set<std::string> posts;  // the canonical titles the referent holds
            for (const auto& pos : kb.positions)
                if (of != kNone && pos.person == of && !pos.former) posts.insert(text::normalize_key(pos.role));
            Index found = kNone;
            for (Index p = 0; p < kb.persons.size() && found == kNone; ++p) {
                if (std::find(me.principals.begin(), me.principals.end(), p) != me.principals.end()) continue;
                if (country_of_person(p) != c.country) continue;
                if (posts.empty()) found = p;
                for (const auto& pos : kb.positions)
                    if (pos.person == p && !pos.former && posts.count(text::normalize_key(pos.role))) found = p;
            }
            if (found != kNone) add_unique(me.principals, found);
        }
        me.participants = me.principals;
        for (auto m : a.accompanying)
            if (person_of[m] != kNone) add_unique(me.participants, person_of[m]);
        if (me.principals.size() < 2) continue;
        me.location = place_of(a.location);
        me.venue = place_of(a.venue);
        if (me.venue != kNone && me.location != kNone) kb.places[me.venue].city = me.location;
        me.event = event_of(a.event);
        me.date = a.date;
        for (const auto& ip : a.issues) me.issues.insert(issue_of(ip));
        me.articles.insert(article);
        me.evidence.push_back(evidence_of(a.sentence));
        // within the article: the same principals and no contradiction -> the same meeting
        const Index dateline_place = place_of(ex.dateline);
        MeetingEntity* same = nullptr;
        std::size_t same_index = 0;
        for (std::size_t i = 0; i < kb.meetings.size(); ++i) {
            auto& e = kb.meetings[i];
            if (e.kind != me.kind) continue;
            std::size_t shared = overlap(e.principals, me.principals);
            bool subset = shared == std::min(e.principals.size(), me.principals.size());
            // a meeting set apart ("Before the trilateral session, X held separate talks with Y")
            // is not part of a larger one with the same people
            if ((a.separate || apart[i]) && !(shared == e.principals.size() && shared == me.principals.size())) continue;
            if (shared < 2 && !(shared >= 1 && subset && std::min(e.principals.size(), me.principals.size()) == 1))
                continue;
            // an unplaced meeting happened at the dateline (filled in below): "met in Tarawa today" and
            // "first discussed it when he visited Wellington" are two meetings
            auto placed = [&](const MeetingEntity& x) {
                return x.location == kNone && takes_dateline(ex, x) ? dateline_place : x.location;
            };
            if (e.date.contradicts(me.date) || !compatible_places(kb, placed(e), placed(me))) continue;
            if (e.venue != kNone && me.venue != kNone && e.venue != me.venue) continue;
            same = &e;
            same_index = i;
        }
        if (!same) {
            kb.meetings.push_back(std::move(me));
            apart.push_back(a.separate);
            continue;
        }
        if (a.separate) apart[same_index] = true;
        for (auto p : me.principals) add_unique(same->principals, p);
        for (auto p : me.participants) add_unique(same->participants, p);
        if (same->location == kNone) same->location = me.location;
        if (same->venue == kNone) same->venue = me.venue;
        if (same->event == kNone) same->event = me.event;
        merge_dates(same->date, me.date);
        same->issues.insert(me.issues.begin(), me.issues.end());
        for (auto& ev : me.evidence)
            if (std::find(same->evidence.begin(), same->evidence.end(), ev) == same->evidence.end())
                same->evidence.push_back(ev);
    }
    // A venue the article places in a city anywhere ("Hyderabad House in New Delhi", a caption) is
    // there for the meetings at it that name no city.
    for (auto& m : kb.meetings) {
        if (m.location != kNone || m.venue == kNone || kb.places[m.venue].city != kNone) continue;
        for (const auto& [venue, city] : ex.venue_cities)
            if (place_of(venue) == m.venue) {
                kb.places[m.venue].city = place_of(city);
                break;
            }
    }
    // A meeting on the sidelines of a gathering the article places elsewhere ("talks on the sidelines
    // of the G7 summit in Hiroshima ... also met Y on the sidelines of the summit") is there too.
    for (auto& m : kb.meetings) {
        if (m.location != kNone || m.event == kNone) continue;
        for (const auto& other : kb.meetings)
            if (&other != &m && other.event == m.event && other.location != kNone) {
                m.location = other.location;
                break;
            }
    }
    // A meeting whose sentences name no place happened where the story is filed from (the dateline)
    // - unless the story follows a trip abroad: an unplaced meeting of someone the article last
    // reported (in its order) at a meeting in another country than the dateline's, within a few days
    // of it, is there too ("NEW DELHI - X held talks in Moscow on Tuesday ... Later on Wednesday, X
    // met Y").
    Index dateline = place_of(ex.dateline);
    auto within_days = [](const DateValue& a, const DateValue& b) {
        if (a.precision != DatePrecision::Day || b.precision != DatePrecision::Day)
            return a.precision == DatePrecision::None && b.precision == DatePrecision::None;
        const auto d = extract::days_from_civil(a.year, a.month, a.day) - extract::days_from_civil(b.year, b.month, b.day);
        return d >= -3 && d <= 3;
    };
    const std::string dateline_country = dateline == kNone ? std::string() : kb.places[dateline].country;
    for (std::size_t i = 0; i < kb.meetings.size(); ++i) {
        MeetingEntity& m = kb.meetings[i];
        if (m.kind != extract::EncounterKind::Meeting || m.location != kNone || m.venue != kNone) continue;
        for (std::size_t j = i; j-- > 0;) {
            const MeetingEntity& prev = kb.meetings[j];
            if (prev.kind != extract::EncounterKind::Meeting || overlap(prev.principals, m.principals) == 0) continue;
            if (prev.location != kNone && kb.places[prev.location].country != dateline_country &&
                within_days(prev.date, m.date))
                m.location = prev.location;
            break;  // the shared principal's last reported meeting decides
        }
    }
    for (auto& m : kb.meetings) {
        std::sort(m.participants.begin(), m.participants.end());
        std::sort(m.principals.begin(), m.principals.end());
        // a venue the article places elsewhere ("at the X Guest House in Beijing") places the meeting
        if (m.location == kNone && m.venue != kNone && kb.places[m.venue].city != kNone)
            m.location = kb.places[m.venue].city;
        if (takes_dateline(ex, m) && m.location == kNone && dateline != kNone) {
            m.location = dateline;
            if (m.venue != kNone && kb.places[m.venue].city == kNone) kb.places[m.venue].city = dateline;
        }
    }
    detail::infer_post_countries(kb, gaz, detail::ArticleFacts{ex, person_of, dateline, country_place});
    // evidence in sentence order, so that a record read back from RDF compares equal
    for (auto& p : kb.positions) std::sort(p.evidence.begin(), p.evidence.end());
    for (auto& m : kb.meetings) std::sort(m.evidence.begin(), m.evidence.end());
    compact(L);
    return L;
}

void Resolver::add(const text::Document& doc, const extract::ArticleExtraction& ex) {
    add(resolve_article(doc, ex, impl_->gaz));
}

void Resolver::add(const ResolvedArticle& article) { impl_->locals.push_back(pack(article)); }

void Resolver::add(PackedArticle article) { impl_->locals.push_back(std::move(article)); }

KnowledgeBase Resolver::finish() {
    // Articles are merged in a canonical order, so that the graph is the same whatever order
    // they were read in, and a corpus resolved in shards merges to the graph built whole.
    // They are held packed and decoded pass by pass (the persons of every article are needed
    // before any article's positions and meetings can be mapped); each is released after its
    // last pass, so that the articles and the merged knowledge are never both whole in memory.
    auto& packed = impl_->locals;
    std::vector<ArticleEntity> entities;
    entities.reserve(packed.size());
    for (const auto& P : packed) entities.push_back(unpack_article_entity(P));
    std::vector<std::size_t> order(packed.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        const auto& a = entities[x];
        const auto& b = entities[y];
        return std::tie(a.id, a.url, a.title, a.published) < std::tie(b.id, b.url, b.title, b.published);
    });
    const std::size_t n_articles = packed.size();
    KnowledgeBase g;
    // ---- persons across articles: the same key is the same person; a lone word joins the one
    //      full name in the corpus it belongs to (by last word first), or stays on its own.
    std::unordered_map<std::string, Index> person_index;
    std::vector<std::vector<Index>> person_map(n_articles);
    std::vector<std::map<std::string, int>> forms;
    auto add_person = [&](const std::string& key, const std::string& name) {
        auto it = person_index.find(key);
        if (it != person_index.end()) return it->second;
        g.persons.push_back(PersonEntity{name, {}});
        forms.emplace_back();
        person_index[key] = static_cast<Index>(g.persons.size() - 1);
        return static_cast<Index>(g.persons.size() - 1);
    };
    // A name not seen before may be another spelling of a known holder of the same single-holder
    // post at the same time (detail::OfficeHolders says when); it joins that person.
    detail::OfficeHolders holders(impl_->gaz);
    // ---- articles, places, organizations, events, issues: by key
    std::unordered_map<std::string, Index> place_index, org_index, event_index, issue_index;
    std::vector<std::vector<Index>> place_map(n_articles), org_map(n_articles),
        event_map(n_articles), issue_map(n_articles);
    // ---- pass 1: full names; articles, places, organizations, events and issues by key
    for (std::size_t a = 0; a < n_articles; ++a) {
        const ResolvedArticle L = unpack(packed[order[a]]);
        const KnowledgeBase& kb = L.kb;
        person_map[a].assign(L.kb.persons.size(), kNone);
        for (Index p = 0; p < L.kb.persons.size(); ++p) {
            if (L.person_partial[p]) continue;
            std::string key = person_key(L.kb.persons[p].name);
            if (!person_index.count(key))
                if (Index known = holders.find(L, p, person_map[a]); known != kNone) person_index[key] = known;
            Index gp = add_person(key, L.kb.persons[p].name);
            person_map[a][p] = gp;
            holders.add(L, p, gp, L.kb.persons[p].name);
            for (const auto& [form, n] : L.person_forms[p]) forms[gp][form] += n;
        }
        g.articles.push_back(std::move(entities[order[a]]));
        for (const auto& p : kb.places) {
            std::string key = p.kind == PlaceKind::Venue ? "venue:" + venue_key_name(p.name) : place_key(p);
            auto it = place_index.find(key);
            Index gi;
            if (it == place_index.end()) {
                g.places.push_back(p);
                g.places.back().city = kNone;
                gi = place_index[key] = static_cast<Index>(g.places.size() - 1);
            } else {
                gi = it->second;
                g.places[gi].aliases.insert(p.aliases.begin(), p.aliases.end());
                if (p.name != g.places[gi].name) g.places[gi].aliases.insert(p.name);
            }
            place_map[a].push_back(gi);
        }
        for (Index i = 0; i < kb.places.size(); ++i)
            if (kb.places[i].city != kNone && g.places[place_map[a][i]].city == kNone)
                g.places[place_map[a][i]].city = place_map[a][kb.places[i].city];
        for (const auto& o : kb.organizations) {
            std::string key = text::normalize_key(o.name);
            auto it = org_index.find(key);
            Index gi;
            if (it == org_index.end()) {
                g.organizations.push_back(o);
                gi = org_index[key] = static_cast<Index>(g.organizations.size() - 1);
            } else {
                gi = it->second;
                g.organizations[gi].aliases.insert(o.aliases.begin(), o.aliases.end());
            }
            org_map[a].push_back(gi);
        }
        for (const auto& e : kb.events) {
            std::string key = text::normalize_key(e.name);
            auto it = event_index.find(key);
            Index gi;
            if (it == event_index.end()) {
                g.events.push_back(e);
                gi = event_index[key] = static_cast<Index>(g.events.size() - 1);
            } else {
                gi = it->second;
            }
            event_map[a].push_back(gi);
        }
        for (const auto& is : kb.issues) {
            std::string key = text::normalize_key(is.label);
            auto it = issue_index.find(key);
            Index gi;
            if (it == issue_index.end()) {
                g.issues.push_back(is);
                gi = issue_index[key] = static_cast<Index>(g.issues.size() - 1);
            } else {
                gi = it->second;
            }
            issue_map[a].push_back(gi);
        }
    }
    std::vector<ArticleEntity>().swap(entities);
    // Persons of two words or more by each of their words (without an article prefix, as
    // find_word compares), in order; kept up to date as lone words add persons. Looking a word up
    // here instead of scanning every person keeps the merge linear in the corpus.
    std::unordered_map<std::string, std::vector<Index>> by_word;
    std::vector<std::string> last_word;  // per person: its bare last word ("" when under two words)
    auto index_persons = [&] {
        for (auto q = static_cast<Index>(last_word.size()); q < g.persons.size(); ++q) {
            auto toks = name_tokens(g.persons[q].name);
            last_word.push_back(toks.size() < 2 || after_patronymic(toks, toks.size() - 1) ? std::string()
                                                                                           : bare(toks.back()));
            if (toks.size() < 2) continue;
            for (std::size_t i = 0; i < toks.size(); ++i) {
                if (after_patronymic(toks, i)) continue;  // a father's name: see find_word's caller above
                auto& list = by_word[bare(toks[i])];
                if (list.empty() || list.back() != q) list.push_back(q);
            }
        }
    };
    // ---- pass 2: lone words, once every full name is known
    for (std::size_t a = 0; a < n_articles; ++a) {
        const PackedPersons L = unpack_persons(packed[order[a]]);
        for (Index p = 0; p < L.persons.size(); ++p) {
            if (!L.person_partial[p]) continue;
            std::string word = text::normalize_key(L.persons[p].name);
            std::string bare_word = bare(word);
            index_persons();
            std::vector<Index> by_last, by_any;
            if (auto it = by_word.find(bare_word); it != by_word.end())
                for (Index q : it->second) (last_word[q] == bare_word ? by_last : by_any).push_back(q);
            Index gp;
            if (by_last.size() == 1) gp = by_last.front();
            else if (by_last.empty() && by_any.size() == 1) gp = by_any.front();
            else gp = add_person("~" + word, L.persons[p].name);
            person_map[a][p] = gp;
            for (const auto& [form, n] : L.person_forms[p]) forms[gp][form] += n;
        }
    }
    for (Index p = 0; p < g.persons.size(); ++p) {
        std::map<std::string, int> full;
        for (const auto& [form, n] : forms[p])
            if (name_tokens(form).size() >= 2) full[form] += n;
        if (!full.empty()) g.persons[p].name = choose_name(full);
        for (const auto& [form, n] : forms[p])
            if (form != g.persons[p].name) g.persons[p].aliases.insert(form);
    }

    auto map_evidence = [](std::vector<Evidence>& evs, Index article) {
        for (auto& e : evs) e.article = article;
    };
    auto map_org = [&](std::size_t a, OrgRef r) {
        if (r.empty()) return r;
        r.index = r.is_country ? place_map[a][r.index] : org_map[a][r.index];
        return r;
    };

    // ---- pass 3, each article released once read: positions (same person, title and
    //      organization are one) and meetings (gathered here, then a conservative union)
    std::vector<std::vector<Index>> positions_of;  // per person: their positions, in order
    std::vector<std::string> position_role;        // per position: its normalized title
    std::vector<MeetingEntity> all;
    for (std::size_t a = 0; a < n_articles; ++a) {
        ResolvedArticle L = unpack(packed[order[a]]);
        packed[order[a]].clear();
        for (auto& pos : L.kb.positions) {
            PositionEntity np = std::move(pos);
            np.person = person_map[a][np.person];
            np.organization = map_org(a, np.organization);
            np.articles = {static_cast<Index>(a)};
            map_evidence(np.evidence, static_cast<Index>(a));
            PositionEntity* same = nullptr;
            std::string role_key = text::normalize_key(np.role);
            if (np.person >= positions_of.size()) positions_of.resize(np.person + 1);
            for (Index i : positions_of[np.person]) {  // the last match wins, as in a scan of all positions
                auto& e = g.positions[i];
                if (position_role[i] == role_key &&
                    (e.organization == np.organization || e.organization.empty() || np.organization.empty()))
                    same = &e;
            }
            if (!same) {
                positions_of[np.person].push_back(static_cast<Index>(g.positions.size()));
                position_role.push_back(std::move(role_key));
                g.positions.push_back(std::move(np));
                continue;
            }
            if (same->organization.empty()) same->organization = np.organization;
            same->former = same->former && np.former;
            same->articles.insert(np.articles.begin(), np.articles.end());
            for (auto& ev : np.evidence) same->evidence.push_back(std::move(ev));
        }
        for (auto& m : L.kb.meetings) {
            MeetingEntity nm = std::move(m);
            for (auto& p : nm.participants) p = person_map[a][p];
            for (auto& p : nm.principals) p = person_map[a][p];
            std::sort(nm.participants.begin(), nm.participants.end());
            nm.participants.erase(std::unique(nm.participants.begin(), nm.participants.end()), nm.participants.end());
            std::sort(nm.principals.begin(), nm.principals.end());
            nm.principals.erase(std::unique(nm.principals.begin(), nm.principals.end()), nm.principals.end());
            if (nm.location != kNone) nm.location = place_map[a][nm.location];
            if (nm.venue != kNone) nm.venue = place_map[a][nm.venue];
            if (nm.event != kNone) nm.event = event_map[a][nm.event];
            std::set<Index> issues;
            for (auto i : nm.issues) issues.insert(issue_map[a][i]);
            nm.issues = issues;
            nm.articles = {static_cast<Index>(a)};
            map_evidence(nm.evidence, static_cast<Index>(a));
            if (nm.principals.size() >= 2) all.push_back(std::move(nm));
        }
    }
    std::vector<PackedArticle>().swap(packed);
    auto same_meeting = [&](const MeetingEntity& x, const MeetingEntity& y) {
        if (x.kind != y.kind) return false;
        if (*x.articles.begin() == *y.articles.begin()) return false;  // already merged within the article
        if (overlap(x.principals, y.principals) < 2) return false;
        if (!compatible_places(g, x.location, y.location)) return false;
        if (x.date.contradicts(y.date)) return false;
        // positive date evidence is required on both sides: a date or a weekday
        bool xd = x.date.known() || x.date.weekday >= 0, yd = y.date.known() || y.date.weekday >= 0;
        if (!xd || !yd) return false;
        // both only month/year precise: not enough to tell meetings apart unless the place agrees
        if (x.location == kNone && y.location == kNone && x.date.precision != DatePrecision::Day &&
            y.date.precision != DatePrecision::Day && !(x.date.weekday >= 0 && y.date.weekday >= 0))
            return false;
        return true;
    };
    std::vector<std::size_t> parent(all.size());
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](std::size_t i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    };
    // Meetings merge only when they share two principals and both have date evidence: compare each
    // such meeting only with the later ones that share a pair of principals with it (the groups
    // are the connected components, whatever order pairs are seen in). Indexing by one principal
    // made this quadratic in the meetings of the most-met person.
    auto dated = [](const MeetingEntity& m) { return m.date.known() || m.date.weekday >= 0; };
    auto pair_key = [](Index p, Index q) { return static_cast<std::uint64_t>(p) << 32 | q; };
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> by_pair;
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (!dated(all[i])) continue;
        const auto& ps = all[i].principals;  // sorted and distinct
        for (std::size_t x = 0; x < ps.size(); ++x)
            for (std::size_t y = x + 1; y < ps.size(); ++y) by_pair[pair_key(ps[x], ps[y])].push_back(i);
    }
    std::vector<std::size_t> compared(all.size(), static_cast<std::size_t>(-1));
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (!dated(all[i])) continue;
        const auto& ps = all[i].principals;
        for (std::size_t x = 0; x < ps.size(); ++x)
            for (std::size_t y = x + 1; y < ps.size(); ++y) {
                const auto& list = by_pair[pair_key(ps[x], ps[y])];
                // the list is in increasing order: start after i
                for (auto it = std::upper_bound(list.begin(), list.end(), i); it != list.end(); ++it) {
                    std::size_t j = *it;
                    if (compared[j] == i) continue;
                    compared[j] = i;
                    if (find(i) != find(j) && same_meeting(all[i], all[j])) parent[find(j)] = find(i);
                }
            }
    }
    std::vector<std::size_t> slot(all.size(), static_cast<std::size_t>(-1));
    for (std::size_t i = 0; i < all.size(); ++i) {
        std::size_t r = find(i);
        if (slot[r] == static_cast<std::size_t>(-1)) {
            slot[r] = g.meetings.size();
            g.meetings.push_back(std::move(all[i]));
            continue;
        }
        auto& into = g.meetings[slot[r]];
        auto& m = all[i];
        for (auto p : m.participants) add_unique(into.participants, p);
        for (auto p : m.principals) add_unique(into.principals, p);
        std::sort(into.participants.begin(), into.participants.end());
        std::sort(into.principals.begin(), into.principals.end());
        if (into.location == kNone) into.location = m.location;
        if (into.venue == kNone) into.venue = m.venue;
        if (into.event == kNone) into.event = m.event;
        merge_dates(into.date, m.date);
        into.issues.insert(m.issues.begin(), m.issues.end());
        into.articles.insert(m.articles.begin(), m.articles.end());
        for (auto& ev : m.evidence) into.evidence.push_back(std::move(ev));
        m = MeetingEntity{};
    }
    return g;
}

KnowledgeBase resolve_documents(const std::vector<text::Document>& docs, const extract::Gazetteer& gazetteer) {
    Resolver r(gazetteer);
    for (const auto& d : docs) r.add(d, extract::extract(d, gazetteer));
    return r.finish();
}

}  // namespace readout::resolve
