#include "readout/extract/lexicon.hpp"

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "readout/text/unicode.hpp"

namespace readout::extract::lexicon {
namespace {

bool is_key_space(unsigned char u) noexcept { return u == ' ' || u == '\t' || u == '\n' || u == '\r'; }

/// A fixed set of words with values, looked up by a word's key: normalize_key(word) less
/// trailing periods. Open addressing over a power-of-two table of views into static strings,
/// built once. Most words are turned away before any key is made: by their length (a key is
/// never longer than its word) and by their first letter; short ASCII words without white space
/// (nearly every token) are lower-cased on the stack, anything else goes through normalize_key.
/// The first two bytes filter too: a table keeps which pairs its entries start with.
class WordTable {
public:
    WordTable(std::initializer_list<std::pair<std::string_view, int>> words) : slots_(16) {
        for (const auto& [w, v] : words) insert(w, v);  // the first value of a word wins
    }
    template <std::size_t N>
    explicit WordTable(const std::string_view (&list)[N]) : slots_(16) {
        for (std::string_view w : list) insert(w, 1);
    }

    /// The value of the word whose key `word` has, or nullptr.
    [[nodiscard]] const int* find(std::string_view word) const {
        if (word.size() < min_size_) return nullptr;
        const auto first = static_cast<unsigned char>(word[0]);
        // an ASCII first byte that is not white space is the key's first byte, lower-cased
        if (first < 0x80 && !is_key_space(first) && !first_byte(lower(first))) return nullptr;
        if (word.size() >= 2 && pairs_exact_) {
            // and so are the first two, unless the second is a period that may end the key
            const auto second = static_cast<unsigned char>(word[1]);
            if (first < 0x80 && second < 0x80 && !is_key_space(first) && !is_key_space(second) && second != '.' &&
                !pair(lower(first), lower(second)))
                return nullptr;
        }
        std::size_t n = word.size();
        bool fast = n <= kShort;
        for (std::size_t i = 0; fast && i < n; ++i) {
            const auto u = static_cast<unsigned char>(word[i]);
            fast = u < 0x80 && !is_key_space(u);
        }
        if (fast) {
            // printable ASCII: the key is the word lower-cased, less its trailing periods
            while (n > 0 && word[n - 1] == '.') --n;
            if (n >= 64 || !((sizes_ >> n) & 1u)) return nullptr;  // no entry is that long
            char buf[kShort];
            for (std::size_t i = 0; i < n; ++i) buf[i] = lower(static_cast<unsigned char>(word[i]));
            return lookup(std::string_view(buf, n));
        }
        std::string k = text::normalize_key(word);
        while (!k.empty() && k.back() == '.') k.pop_back();
        return lookup(k);
    }
    [[nodiscard]] bool contains(std::string_view word) const { return find(word) != nullptr; }

private:
    static constexpr std::size_t kShort = 32;
    struct Slot {
        std::string_view word;
        int value = 0;
        bool used = false;
    };
    static char lower(unsigned char u) noexcept { return static_cast<char>(u >= 'A' && u <= 'Z' ? u - 'A' + 'a' : u); }
    static std::size_t hash(std::string_view w) noexcept {
        std::uint64_t h = 14695981039346656037ull;  // FNV-1a
        for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        return static_cast<std::size_t>(h ^ (h >> 29));
    }
    [[nodiscard]] bool first_byte(char c) const noexcept {
        const auto u = static_cast<unsigned char>(c);
        return (first_[u >> 6] >> (u & 63)) & 1u;
    }
    [[nodiscard]] bool pair(char a, char b) const noexcept {
        const std::size_t bit = static_cast<std::size_t>(static_cast<unsigned char>(a)) * 128 + static_cast<unsigned char>(b);
        return (pairs_[bit >> 6] >> (bit & 63)) & 1u;
    }
    [[nodiscard]] const int* lookup(std::string_view key) const noexcept {
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t at = hash(key) & mask; slots_[at].used; at = (at + 1) & mask)
            if (slots_[at].word == key) return &slots_[at].value;
        return nullptr;
    }
    void insert(std::string_view w, int v) {
        if ((count_ + 1) * 3 > slots_.size()) {
            std::vector<Slot> old = std::move(slots_);
            slots_.assign(old.size() * 2, Slot{});
            for (const auto& s : old)
                if (s.used) put(s.word, s.value);
        }
        if (put(w, v)) ++count_;
        min_size_ = std::min(min_size_, w.size());
        if (w.size() < 64) sizes_ |= std::uint64_t{1} << w.size();
        // entries are keys already (lower case, folded): a non-ASCII first byte sets no bit,
        // and a word starting with one is never turned away by its first byte
        if (!w.empty()) {
            const auto u = static_cast<unsigned char>(w[0]);
            if (u < 0x80) first_[u >> 6] |= std::uint64_t{1} << (u & 63);
        }
        if (w.size() >= 2) {
            const auto a = static_cast<unsigned char>(w[0]), b = static_cast<unsigned char>(w[1]);
            if (a >= 0x80 || b >= 0x80) {
                pairs_exact_ = false;  // an entry the pair filter cannot describe: no filter
            } else {
                const std::size_t bit = std::size_t{a} * 128 + b;
                pairs_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
            }
        }
    }
    bool put(std::string_view w, int v) {
        const std::size_t mask = slots_.size() - 1;
        std::size_t at = hash(w) & mask;
        while (slots_[at].used) {
            if (slots_[at].word == w) return false;
            at = (at + 1) & mask;
        }
        slots_[at] = Slot{w, v, true};
        return true;
    }
    std::vector<Slot> slots_;
    std::size_t count_ = 0;
    std::size_t min_size_ = static_cast<std::size_t>(-1);
    std::uint64_t first_[2] = {0, 0};
    std::uint64_t sizes_ = 0;  // bit k: an entry has k bytes
    std::uint64_t pairs_[128 * 128 / 64] = {};  // the first two bytes of the entries of two bytes or more
    bool pairs_exact_ = true;
};

}  // namespace

std::optional<int> month(std::string_view word) {
    static const WordTable full = {{"january", 1}, {"february", 2}, {"march", 3},     {"april", 4},
                                   {"may", 5},     {"june", 6},     {"july", 7},      {"august", 8},
                                   {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
                                   {"sept", 9}};
    // abbreviations only with their period, so "mar" or "jun" as words are not months
    static const WordTable abbr = {{"jan", 1}, {"feb", 2}, {"mar", 3},  {"apr", 4},  {"jun", 6},  {"jul", 7},
                                   {"aug", 8}, {"sep", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}};
    if (const int* m = full.find(word)) return *m;
    if (!word.empty() && word.back() == '.')
        if (const int* m = abbr.find(word)) return *m;
    return std::nullopt;
}

std::optional<int> weekday(std::string_view word) {
    static const WordTable days = {{"monday", 0}, {"tuesday", 1},  {"wednesday", 2}, {"thursday", 3},
                                   {"friday", 4}, {"saturday", 5}, {"sunday", 6}};
    if (const int* d = days.find(word)) return *d;
    return std::nullopt;
}

bool is_honorific(std::string_view w) {
    static constexpr std::string_view list[] = {
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "sheikh", "sheik", "prof",
        "madam", "mme", "m", "herr", "frau", "senor", "senora", "shri", "smt", "hon", "prince", "princess",
        "hrh", "h.e",
        // Malay styles: "Datuk Seri X", "Tun X", "Tengku X"
        "datuk", "dato", "datin", "seri", "tun", "tunku", "tengku"};
    static const WordTable table(list);
    return table.contains(w);
}

bool is_style(std::string_view written) { return written == "HE" || is_honorific(written); }

bool is_title_prefix(std::string_view low) {
    return low == "deputy" || low == "vice" || low == "assistant" || low == "first" || low == "acting" ||
           low == "associate" || low == "principal" || low == "under" || low == "junior" || low == "special" ||
           low == "permanent" || low == "executive" || low == "second";
}

bool is_name_particle(std::string_view w) {
    static constexpr std::string_view list[] = {
        "de", "da", "del", "della", "di", "do", "dos", "das", "du", "los", "las", "van", "von", "der", "den",
        "bin", "bint", "ibn", "al", "el", "la", "le", "y", "ben", "ter", "zu"};
    static const WordTable table(list);
    return table.contains(w);
}

bool is_capitalized_function_word(std::string_view w) {
    static constexpr std::string_view list[] = {
        "the", "a", "an", "in", "on", "at", "of", "for", "to", "from", "by", "with", "and", "or", "but", "as",
        "after", "before", "during", "while", "when", "where", "which", "who", "whom", "whose", "what", "why",
        "how", "if", "though", "although", "despite", "since", "until", "over", "under", "about", "against",
        "between", "among", "into", "through", "without", "within", "this", "that", "these", "those", "it",
        "its", "they", "their", "them", "he", "his", "him", "she", "her", "we", "our", "us", "you", "your",
        "i", "my", "me", "there", "here", "then", "now", "also", "however", "meanwhile", "earlier", "later",
        "last", "next", "both", "all", "some", "many", "most", "more", "other", "another", "each", "every",
        "no", "not", "yes", "one", "two", "three", "several", "few", "such", "so", "yet", "still", "just",
        "only", "even", "according", "asked", "speaking", "addressing", "describing", "following", "overall",
        "officials", "photo", "video", "update", "updated", "published", "read", "see", "related", "also",
        "breaking", "exclusive", "analysis", "opinion", "editorial", "live", "watch", "reporting", "writing",
        "editing", "additional", "coverage", "file", "handout", "credit", "source", "sources", "copyright",
        "leave", "share", "comment", "comments", "advertisement", "subscribe", "trending", "top", "world",
        "news", "home", "politics", "business", "markets", "tech", "sport", "sports", "culture", "min"};
    static const WordTable table(list);
    return table.contains(w);
}

bool is_venue_head(std::string_view w) {
    static constexpr std::string_view list[] = {
        "palace", "house", "hotel", "guesthouse", "guest", "hall", "resort", "centre", "center", "building",
        "headquarters", "hq", "residence", "villa", "castle", "mansion", "chancellery", "chancellory",
        "secretariat", "complex", "stadium", "pavilion", "manor", "lodge", "compound", "fort", "parliament",
        "capitol", "kremlin", "hotel", "inn", "plaza", "auditorium", "retreat"};
    static const WordTable table(list);
    return table.contains(w);
}

bool is_organization_head(std::string_view w) {
    static constexpr std::string_view list[] = {
        "ministry", "commission", "council", "department", "party", "union", "organisation", "organization",
        "association", "agency", "bank", "fund", "committee", "office", "embassy", "consulate", "university",
        "institute", "court", "assembly", "senate", "congress", "corporation", "company", "authority",
        "bureau", "service", "government", "administration", "cabinet", "federation", "league", "alliance",
        "front", "movement", "army", "navy", "police", "coalition", "foundation", "ministries", "chamber",
        "college", "colegio", "universidad", "instituto", "institut", "fundacion", "academy", "secretariat"};
    static const WordTable table(list);
    return table.contains(w);
}

bool is_event_head(std::string_view w) {
    static constexpr std::string_view list[] = {
        "summit", "conference", "meeting", "meetings", "ministerial", "forum", "dialogue", "session",
        "conclave", "convention", "games", "talks", "retreat", "congress", "assembly", "symposium", "expo",
        "gathering"};
    static const WordTable table(list);
    return table.contains(w);
}

bool is_speech_verb(std::string_view w) {
    static constexpr std::string_view list[] = {
        "said", "says", "say", "told", "tells", "tell", "added", "adds", "noted", "notes", "stressed",
        "stresses", "emphasized", "emphasised", "emphasizes", "emphasises", "warned", "warns", "insisted",
        "insists", "declared", "declares", "stated", "states", "explained", "explains", "remarked",
        "tweeted", "wrote", "writes", "announced", "announces", "urged", "urges", "argued", "argues",
        "asked", "asks", "replied", "responded"};
    static const WordTable table(list);
    return table.contains(w);
}

bool is_irrealis_cue(std::string_view w) {
    static constexpr std::string_view list[] = {
        "will", "would", "shall", "should", "could", "can", "may", "might", "must", "expected", "expects",
        "expect", "plan", "plans", "planned", "planning", "scheduled", "due", "hope", "hopes", "hoped",
        "hoping", "wants", "want", "wanted", "intends", "intend", "intended", "whether", "if", "set",
        "proposed", "proposes", "invited", "invites", "invite", "likely", "possible", "possibly", "upcoming",
        "next", "tomorrow", "seek", "seeking"};
    static const WordTable table(list);
    return table.contains(w);
}

bool is_negation_cue(std::string_view w) {
    static constexpr std::string_view list[] = {
        "not", "no", "never", "without", "neither", "nor", "cancelled", "canceled", "postponed",
        "called", "declined", "refused", "n't", "didn't", "did not", "won't", "none", "dropped", "scrapped",
        "deferred"};
    static const WordTable table(list);
    return table.contains(w);
}

bool is_remote_cue(std::string_view w) {
    static constexpr std::string_view list[] = {
        "phone", "telephone", "telephoned", "phoned", "video", "videoconference", "video-conference",
        "virtual", "virtually", "online", "teleconference", "videolink", "zoom", "call", "calls", "by"};
    static const WordTable table(list);
    return table.contains(w);
}

bool is_common_plural(std::string_view w) {
    static constexpr std::string_view list[] = {
        "leaders", "officials", "sources", "analysts", "experts", "diplomats", "ministers", "talks",
        "relations", "ties", "trade", "efforts", "tensions", "both", "people", "members", "delegates",
        "delegations", "reporters", "journalists", "critics", "observers", "residents", "citizens",
        "nations", "countries", "governments", "states", "forces", "troops", "negotiators", "lawmakers",
        "authorities", "police", "protesters", "witnesses", "organisers", "organizers", "participants",
        "investors", "traders", "aides", "spokesmen", "officers", "soldiers", "economists", "researchers",
        "insiders", "advisers", "advisors", "envoys", "ambassadors", "presidents", "premiers", "allies",
        "partners", "others", "many", "some", "several", "most", "all", "everyone", "nobody", "someone"};
    static const WordTable table(list);
    return table.contains(w);
}

std::optional<int> relative_day(std::string_view w) {
    static const WordTable days = {{"yesterday", -1}, {"today", 0}, {"tonight", 0}, {"tomorrow", 1}};
    if (const int* d = days.find(w)) return *d;
    return std::nullopt;
}

bool is_person_noun(std::string_view w) {
    static constexpr std::string_view list[] = {
        "official", "officials", "analyst", "expert", "researcher", "economist", "professor", "scholar",
        "diplomat", "spokesman", "spokeswoman", "spokesperson", "correspondent", "reporter", "editor",
        "lawmaker", "legislator", "activist", "adviser", "advisor", "aide", "envoy", "negotiator", "source"};
    static const WordTable table(list);
    return table.contains(w);
}

}  // namespace readout::extract::lexicon
