#include "readout/resolve/packed_article.hpp"

#include <cstdint>
#include <cstring>
#include <map>
#include <stdexcept>
#include <tuple>

namespace readout::resolve {
namespace {

// The encoding, in order (every field of every struct of knowledge.hpp: a field added there
// must be added here, and the round-trip test in tests/resolve sets every one):
//   articles; persons; person_partial; person_forms  -- the front unpack_persons() reads
//   places; organizations; events; issues; sentences; positions; meetings
// Unsigned numbers are LEB128 varints, signed ones zigzag-encoded varints, an Index is stored
// plus one (kNone becomes 0), a string is its length and its bytes, a double its 8 bytes.
// Evidence names its sentence by number in the article's table of distinct sentences.

class Writer {
public:
    void u(std::uint64_t v) {
        while (v >= 0x80) {
            out_.push_back(static_cast<char>(v | 0x80));
            v >>= 7;
        }
        out_.push_back(static_cast<char>(v));
    }
    void s(std::int64_t v) { u((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63)); }
    void idx(Index i) { u(static_cast<Index>(i + 1)); }
    void str(std::string_view v) {
        u(v.size());
        out_.append(v);
    }
    void f64(const std::optional<double>& v) {
        u(v ? 1 : 0);
        if (!v) return;
        char b[sizeof(double)];
        std::memcpy(b, &*v, sizeof b);
        out_.append(b, sizeof b);
    }
    void strings(const std::set<std::string>& v) {
        u(v.size());
        for (const auto& x : v) str(x);
    }
    void indexes(const auto& v) {  // std::vector<Index> or std::set<Index>
        u(v.size());
        for (Index i : v) idx(i);
    }
    void date(const extract::DateValue& d) {
        s(d.year);
        s(d.month);
        s(d.day);
        u(static_cast<std::uint8_t>(d.precision));
        s(d.weekday);
    }
    std::string take() {
        out_.shrink_to_fit();
        return std::move(out_);
    }

private:
    std::string out_;
};

class Reader {
public:
    explicit Reader(std::string_view bytes) : p_(bytes.data()), end_(bytes.data() + bytes.size()) {}
    std::uint64_t u() {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            need(1);
            auto b = static_cast<unsigned char>(*p_++);
            v |= static_cast<std::uint64_t>(b & 0x7F) << shift;
            if (!(b & 0x80)) return v;
        }
        fail();
    }
    std::int64_t s() {
        std::uint64_t v = u();
        return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
    }
    int i32() { return static_cast<int>(s()); }
    Index idx() { return static_cast<Index>(u()) - 1; }
    std::size_t count() {  // a number of elements: each takes at least one byte
        std::uint64_t n = u();
        if (n > static_cast<std::uint64_t>(end_ - p_)) fail();
        return static_cast<std::size_t>(n);
    }
    std::string_view view() {
        std::size_t n = count();
        std::string_view v(p_, n);
        p_ += n;
        return v;
    }
    std::string str() { return std::string(view()); }
    std::optional<double> f64() {
        if (!u()) return std::nullopt;
        need(sizeof(double));
        double d;
        std::memcpy(&d, p_, sizeof d);
        p_ += sizeof d;
        return d;
    }
    std::set<std::string> strings() {
        std::set<std::string> v;
        for (std::size_t n = count(); n-- > 0;) v.emplace_hint(v.end(), view());
        return v;
    }
    std::vector<Index> index_vector() {
        std::vector<Index> v(count());
        for (auto& i : v) i = idx();
        return v;
    }
    std::set<Index> index_set() {
        std::set<Index> v;
        for (std::size_t n = count(); n-- > 0;) v.emplace_hint(v.end(), idx());
        return v;
    }
    extract::DateValue date() {
        extract::DateValue d;
        d.year = i32();
        d.month = i32();
        d.day = i32();
        d.precision = static_cast<extract::DatePrecision>(u());
        d.weekday = i32();
        return d;
    }
    bool done() const noexcept { return p_ == end_; }
    [[noreturn]] static void fail() { throw std::invalid_argument("not a whole packed article"); }

private:
    void need(std::size_t n) const {
        if (static_cast<std::size_t>(end_ - p_) < n) fail();
    }
    const char* p_;
    const char* end_;
};

void write_article(Writer& w, const ArticleEntity& a) {
    w.str(a.id);
    w.str(a.url);
    w.str(a.title);
    w.date(a.published);
}

ArticleEntity read_article(Reader& r) {
    ArticleEntity a;
    a.id = r.str();
    a.url = r.str();
    a.title = r.str();
    a.published = r.date();
    return a;
}

std::vector<ArticleEntity> read_articles(Reader& r) {
    std::vector<ArticleEntity> v(r.count());
    for (auto& a : v) a = read_article(r);
    return v;
}

// The persons section, into the given vectors.
void read_persons(Reader& r, std::vector<PersonEntity>& persons, std::vector<bool>& partial,
                  std::vector<std::map<std::string, int>>& forms) {
    persons.resize(r.count());
    for (auto& p : persons) {
        p.name = r.str();
        p.aliases = r.strings();
    }
    partial.resize(r.count());
    for (std::size_t i = 0; i < partial.size(); ++i) partial[i] = r.u() != 0;
    forms.resize(r.count());
    for (auto& f : forms)
        for (std::size_t n = r.count(); n-- > 0;) {
            std::string_view form = r.view();
            f.emplace_hint(f.end(), std::string(form), r.i32());
        }
}

// Sentences are told apart by where they are and what they say (an article read back from
// RDF could in principle carry two texts for one span).
using SentenceKey = std::tuple<std::uint32_t, std::uint32_t, std::string_view>;

void write_evidence(Writer& w, const std::vector<Evidence>& evidence, const std::map<SentenceKey, std::size_t>& table) {
    w.u(evidence.size());
    for (const auto& e : evidence) {
        w.idx(e.article);
        w.u(table.at(SentenceKey{e.sentence.begin, e.sentence.end, e.text}));
    }
}

struct Sentence {
    text::Span span;
    std::string_view text;
};

std::vector<Evidence> read_evidence(Reader& r, const std::vector<Sentence>& table) {
    std::vector<Evidence> v(r.count());
    for (auto& e : v) {
        e.article = r.idx();
        std::uint64_t k = r.u();
        if (k >= table.size()) Reader::fail();
        e.sentence = table[k].span;
        e.text = std::string(table[k].text);
    }
    return v;
}

}  // namespace

PackedArticle pack(const ResolvedArticle& article) {
    const KnowledgeBase& kb = article.kb;
    Writer w;
    w.u(kb.articles.size());
    for (const auto& a : kb.articles) write_article(w, a);
    w.u(kb.persons.size());
    for (const auto& p : kb.persons) {
        w.str(p.name);
        w.strings(p.aliases);
    }
    w.u(article.person_partial.size());
    for (bool b : article.person_partial) w.u(b ? 1 : 0);
    w.u(article.person_forms.size());
    for (const auto& f : article.person_forms) {
        w.u(f.size());
        for (const auto& [form, n] : f) {
            w.str(form);
            w.s(n);
        }
    }
    w.u(kb.places.size());
    for (const auto& p : kb.places) {
        w.u(static_cast<std::uint8_t>(p.kind));
        w.str(p.name);
        w.strings(p.aliases);
        w.str(p.country);
        w.idx(p.city);
        w.f64(p.lat);
        w.f64(p.lon);
    }
    w.u(kb.organizations.size());
    for (const auto& o : kb.organizations) {
        w.str(o.name);
        w.strings(o.aliases);
        w.str(o.country);
    }
    w.u(kb.events.size());
    for (const auto& e : kb.events) {
        w.str(e.name);
        w.strings(e.aliases);
    }
    w.u(kb.issues.size());
    for (const auto& i : kb.issues) {
        w.str(i.label);
        w.strings(i.aliases);
    }
    // each distinct sentence once, numbered in order of first citation
    std::map<SentenceKey, std::size_t> table;
    std::vector<const Evidence*> order;
    auto collect = [&](const std::vector<Evidence>& evs) {
        for (const auto& e : evs)
            if (table.try_emplace(SentenceKey{e.sentence.begin, e.sentence.end, e.text}, order.size()).second)
                order.push_back(&e);
    };
    for (const auto& p : kb.positions) collect(p.evidence);
    for (const auto& m : kb.meetings) collect(m.evidence);
    w.u(order.size());
    for (const Evidence* e : order) {
        w.u(e->sentence.begin);
        w.u(e->sentence.end);
        w.str(e->text);
    }
    w.u(kb.positions.size());
    for (const auto& p : kb.positions) {
        w.idx(p.person);
        w.str(p.role);
        w.u(p.organization.is_country ? 1 : 0);
        w.idx(p.organization.index);
        w.u(p.former ? 1 : 0);
        w.indexes(p.articles);
        write_evidence(w, p.evidence, table);
    }
    w.u(kb.meetings.size());
    for (const auto& m : kb.meetings) {
        w.u(static_cast<std::uint8_t>(m.kind));
        w.indexes(m.participants);
        w.indexes(m.principals);
        w.idx(m.location);
        w.idx(m.venue);
        w.idx(m.event);
        w.date(m.date);
        w.indexes(m.issues);
        w.indexes(m.articles);
        write_evidence(w, m.evidence, table);
    }
    PackedArticle packed;
    packed.bytes_ = w.take();
    return packed;
}

ResolvedArticle unpack(const PackedArticle& packed) {
    Reader r(packed.bytes());
    ResolvedArticle L;
    KnowledgeBase& kb = L.kb;
    kb.articles = read_articles(r);
    read_persons(r, kb.persons, L.person_partial, L.person_forms);
    kb.places.resize(r.count());
    for (auto& p : kb.places) {
        p.kind = static_cast<PlaceKind>(r.u());
        p.name = r.str();
        p.aliases = r.strings();
        p.country = r.str();
        p.city = r.idx();
        p.lat = r.f64();
        p.lon = r.f64();
    }
    kb.organizations.resize(r.count());
    for (auto& o : kb.organizations) {
        o.name = r.str();
        o.aliases = r.strings();
        o.country = r.str();
    }
    kb.events.resize(r.count());
    for (auto& e : kb.events) {
        e.name = r.str();
        e.aliases = r.strings();
    }
    kb.issues.resize(r.count());
    for (auto& i : kb.issues) {
        i.label = r.str();
        i.aliases = r.strings();
    }
    std::vector<Sentence> table(r.count());
    for (auto& s : table) {
        s.span.begin = static_cast<std::uint32_t>(r.u());
        s.span.end = static_cast<std::uint32_t>(r.u());
        s.text = r.view();
    }
    kb.positions.resize(r.count());
    for (auto& p : kb.positions) {
        p.person = r.idx();
        p.role = r.str();
        p.organization.is_country = r.u() != 0;
        p.organization.index = r.idx();
        p.former = r.u() != 0;
        p.articles = r.index_set();
        p.evidence = read_evidence(r, table);
    }
    kb.meetings.resize(r.count());
    for (auto& m : kb.meetings) {
        m.kind = static_cast<extract::EncounterKind>(r.u());
        m.participants = r.index_vector();
        m.principals = r.index_vector();
        m.location = r.idx();
        m.venue = r.idx();
        m.event = r.idx();
        m.date = r.date();
        m.issues = r.index_set();
        m.articles = r.index_set();
        m.evidence = read_evidence(r, table);
    }
    if (!r.done()) Reader::fail();
    return L;
}

ArticleEntity unpack_article_entity(const PackedArticle& packed) {
    Reader r(packed.bytes());
    return r.count() ? read_article(r) : ArticleEntity{};
}

PackedPersons unpack_persons(const PackedArticle& packed) {
    Reader r(packed.bytes());
    for (std::size_t n = r.count(); n-- > 0;) {  // skipped, not decoded
        for (int field = 0; field < 3; ++field) (void)r.view();
        (void)r.date();
    }
    PackedPersons out;
    read_persons(r, out.persons, out.person_partial, out.person_forms);
    return out;
}

}  // namespace readout::resolve
