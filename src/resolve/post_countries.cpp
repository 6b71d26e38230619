#include "post_countries.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "readout/text/unicode.hpp"

namespace readout::resolve::detail {

namespace {

/// The kind of a canonical title ("Deputy Foreign Minister" → minister): the title itself, else
/// without its leading words, else without its "to/for/of ..." tail.
std::string role_kind(const extract::Gazetteer& gaz, const std::string& title) {
    std::string t = text::normalize_key(title);
    // a canonical title ("Spokesperson"), or a title as news writes it ("spokesman", "State Councillor")
    auto kind_of = [&](const std::string& key) -> const extract::RoleEntry* {
        if (const auto* r = gaz.role_by_canonical(key)) return r;
        if (const auto* hits = gaz.lookup(extract::Gazetteer::phrase_key(key)))
            for (const auto& h : *hits)
                if (h.kind == extract::GazetteerKind::Role) return &gaz.roles()[h.index];
        return nullptr;
    };
    for (int pass = 0; pass < 2; ++pass) {
        std::string rest = t;
        while (!rest.empty()) {
            if (const auto* r = kind_of(rest)) return r->kind;
            auto sp = rest.find(' ');
            if (sp == std::string::npos) break;
            rest = rest.substr(sp + 1);
        }
        std::size_t cut = std::string::npos;
        for (const char* w : {" to ", " for ", " of "}) cut = std::min(cut, t.find(w));
        if (cut == std::string::npos) break;
        t = t.substr(0, cut);
    }
    return {};
}

bool national(const std::string& kind, bool diplomats) {
    static const std::set<std::string> kinds = {"head_of_state", "head_of_government", "minister", "official",
                                                "legislator",    "military",           "spokesperson", "royal"};
    return kinds.count(kind) || (diplomats && kind == "diplomat");
}

class Inference {
public:
    Inference(KnowledgeBase& kb, const extract::Gazetteer& gaz) : kb_(kb), gaz_(gaz) {}

    /// The ISO code of the country a person serves, from a post with an organization.
    [[nodiscard]] std::string country_of(Index person) const {
        for (const auto& pos : kb_.positions) {
            if (pos.person != person || pos.organization.empty() || pos.former) continue;
            return pos.organization.is_country ? kb_.places[pos.organization.index].country
                                                : kb_.organizations[pos.organization.index].country;
        }
        return {};
    }

    /// Org-less posts of a person that the rule may fill.
    [[nodiscard]] std::vector<PositionEntity*> open_posts(Index person, bool diplomats) {
        std::vector<PositionEntity*> out;
        if (!country_of(person).empty()) return out;  // the text already says whom the person serves
        for (auto& pos : kb_.positions)
            if (pos.person == person && pos.organization.empty() && !pos.former &&
                national(role_kind(gaz_, pos.role), diplomats))
                out.push_back(&pos);
        return out;
    }

    static void assign(const std::vector<PositionEntity*>& posts, Index country) {
        for (auto* pos : posts) pos->organization = OrgRef{true, country};
    }

private:
    KnowledgeBase& kb_;
    const extract::Gazetteer& gaz_;
};

void dateline_hosts(KnowledgeBase& kb, const extract::Gazetteer& gaz, const ArticleFacts& facts, Inference& inf) {
    auto place_country = [&](Index place) -> std::string {
        return place == kNone ? std::string() : kb.places[place].country;
    };

    // 2. the country of the dateline, for the hosts: people who met nobody from that country.
    // A visitor is the one who meets the dateline country's officials ("X, on a visit, met the
    // president"); a host meets foreigners or nobody at all.
    std::string home = place_country(facts.dateline);
    if (home.empty()) return;
    // A story from a summit or forum held in the dateline's country is filed where delegations
    // gather: the dateline is nobody's home, not even of those quoted there who met nobody. (A forum
    // elsewhere, previewed at home, is no such story.)
    if (std::any_of(kb.meetings.begin(), kb.meetings.end(), [&](const MeetingEntity& m) {
            if (m.event == kNone) return false;
            std::string c = place_country(m.location);
            return c.empty() || c == home;
        }))
        return;
    // Who is a visitor is decided from what the text says before this rule assigns anything, so
    // the order of persons does not matter.
    std::vector<bool> visitor(kb.persons.size(), false);
    for (Index p = 0; p < kb.persons.size(); ++p) {
        visitor[p] = std::any_of(kb.meetings.begin(), kb.meetings.end(), [&](const MeetingEntity& m) {
            if (std::find(m.participants.begin(), m.participants.end(), p) == m.participants.end()) return false;
            std::string c = place_country(m.location);
            if (!c.empty() && c != home) return true;  // met abroad: not at home in the dateline country
            // one who meets the dateline country's people is the visitor - unless a known
            // foreigner is at the same meeting: then the visitor is that foreigner, and an official
            // named without a country beside the hosts is one of them ("Pompeo met King X; Foreign
            // Minister Y also attended")
            const bool foreigner_there = std::any_of(m.participants.begin(), m.participants.end(), [&](Index q) {
                const std::string qc = inf.country_of(q);
                return q != p && !qc.empty() && qc != home;
            });
            return !foreigner_there && std::any_of(m.participants.begin(), m.participants.end(),
                                                   [&](Index q) { return q != p && inf.country_of(q) == home; });
        });
    }
    // One holder at a time: a head of state or government of the dateline country already named in
    // the article leaves another holder of that title to another country ("Samoan Prime Minister X
    // ... Prime Minister Albanese" filed from Apia).
    auto home_holder_of = [&](const PositionEntity& pos) {
        const std::string k = role_kind(gaz, pos.role);
        if (k != "head_of_state" && k != "head_of_government") return false;
        return std::any_of(kb.positions.begin(), kb.positions.end(), [&](const PositionEntity& other) {
            return other.person != pos.person && !other.former && other.organization.is_country &&
                   !other.organization.empty() && kb.places[other.organization.index].country == home &&
                   text::normalize_key(other.role) == text::normalize_key(pos.role);
        });
    };
    // (a place only the lead names is weaker: it makes hosts only of those who met someone)
    auto met_someone = [&](Index p) {
        return std::any_of(kb.meetings.begin(), kb.meetings.end(), [&](const MeetingEntity& m) {
            return m.kind == extract::EncounterKind::Meeting &&
                   std::find(m.participants.begin(), m.participants.end(), p) != m.participants.end();
        });
    };
    for (Index p = 0; p < kb.persons.size(); ++p) {
        if (visitor[p] || (facts.extraction.dateline_from_lead && !met_someone(p))) continue;
        auto posts = inf.open_posts(p, false);
        posts.erase(std::remove_if(posts.begin(), posts.end(),
                                   [&](const PositionEntity* pos) {
                                       std::string k = role_kind(gaz, pos->role);
                                       return (k != "head_of_state" && k != "head_of_government" &&
                                               k != "minister" && k != "spokesperson" && k != "legislator" &&
                                               k != "royal") ||
                                              home_holder_of(*pos);
                                   }),
                    posts.end());
        if (!posts.empty()) Inference::assign(posts, facts.country_place(home));
    }
}

/// 3. the visitor's country is the one the story is about besides the host's: one who met (or called) a person
/// of country H, with a national title and no country, is of the country the article names most
/// after H and the dateline's - if it names it at least three times and twice as often as any other
/// ("Foreign Minister Penny Wong met Samoa's prime minister", in a story full of "Australia").
void visitors_from_the_story(KnowledgeBase& kb, const ArticleFacts& facts, Inference& inf) {
    const std::string home = facts.dateline == kNone ? std::string() : kb.places[facts.dateline].country;
    std::map<std::string, int> named;
    for (const auto& m : facts.extraction.mentions)
        if (m.kind == extract::MentionKind::Country && !m.key.empty()) ++named[m.key];
    for (Index p = 0; p < kb.persons.size(); ++p) {
        auto posts = inf.open_posts(p, false);
        if (posts.empty()) continue;
        std::set<std::string> met;  // the countries of the people p met
        for (const auto& m : kb.meetings) {
            // (a call says as much as a meeting about whom p is not)
            if (std::find(m.participants.begin(), m.participants.end(), p) == m.participants.end()) continue;
            for (Index q : m.participants)
                if (q != p)
                    if (std::string c = inf.country_of(q); !c.empty()) met.insert(c);
        }
        if (met.empty()) continue;
        std::string best;
        int first = 0, second = 0;
        for (const auto& [iso, n] : named) {
            if (met.count(iso) || iso == home) continue;
            if (n > first) {
                second = first;
                first = n;
                best = iso;
            } else if (n > second) {
                second = n;
            }
        }
        if (first >= 3 && first >= 2 * second) Inference::assign(posts, facts.country_place(best));
    }
}

}  // namespace

void infer_post_countries(KnowledgeBase& kb, const extract::Gazetteer& gaz, const ArticleFacts& facts) {
    Inference inf(kb, gaz);

    // 0. a person serves one country: a national title without one ("State Councilor X", "First
    // Deputy Minister X") takes the country of the person's other post in the article.
    for (Index p = 0; p < kb.persons.size(); ++p) {
        std::string iso = inf.country_of(p);
        if (iso.empty()) continue;
        std::vector<PositionEntity*> posts;
        for (auto& pos : kb.positions)
            if (pos.person == p && pos.organization.empty() && !pos.former && national(role_kind(gaz, pos.role), true))
                posts.push_back(&pos);
        Inference::assign(posts, facts.country_place(iso));
    }

    // 1. the accompanied principal's country (again after rule 2, which may give the principal one)
    auto accompanied = [&] {
        for (const auto& a : facts.extraction.meetings)
            for (const auto& acc : a.accompaniments) {
                Index official = facts.person_of[acc.official], principal = facts.person_of[acc.principal];
                if (official == kNone || principal == kNone || official == principal) continue;
                std::string iso = inf.country_of(principal);
                if (iso.empty()) continue;
                auto posts = inf.open_posts(official, true);
                if (!posts.empty()) Inference::assign(posts, facts.country_place(iso));
            }
    };
    accompanied();
    dateline_hosts(kb, gaz, facts, inf);
    accompanied();
    visitors_from_the_story(kb, facts, inf);
    accompanied();
}

}  // namespace readout::resolve::detail
