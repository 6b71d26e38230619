#include "readout/store/store.hpp"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "readout/rdf/vocabulary.hpp"
#include "readout/text/unicode.hpp"

namespace readout::store {
namespace {

/// 64-bit finalizer (splitmix64): spreads the bits of combined ids over the whole word.
std::uint64_t mix(std::uint64_t x) noexcept {
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

std::uint64_t hash_triple(TermId s, TermId p, TermId o) noexcept {
    return mix((static_cast<std::uint64_t>(s) << 32 | p) ^ mix(o + 0x9E3779B97F4A7C15ull));
}

std::uint64_t hash_quad(const QuadIds& q) noexcept { return mix(hash_triple(q.subject, q.predicate, q.object) ^ q.graph); }

/// Hash of a byte string, 8 bytes at a time (the store's own: std::hash goes a byte at a time).
std::uint64_t hash_bytes(std::string_view s) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    std::size_t n = s.size();
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ (n * 0xC2B2AE3D27D4EB4Full);
    auto load = [](const unsigned char* q, std::size_t k) {
        std::uint64_t v = 0;
        std::memcpy(&v, q, k);
        return v;
    };
    while (n >= 8) {
        h = (h ^ load(p, 8)) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    if (n) h = (h ^ load(p, n)) * 0xC4CEB9FE1A85EC53ull;
    return mix(h);
}

/// An open-addressing hash set of 32-bit ids (linear probing, load at most 3/4). The ids point
/// into the store's own arrays; each slot also keeps 32 bits of its entry's hash, so a probe
/// compares an entry's key (a read at random into the arrays) only when those bits match, and
/// growing the table needs no rehashing of keys.
class IdTable {
public:
    /// The id whose entry `eq` accepts among those hashed to `h`, or kNoTerm.
    template <class Eq>
    [[nodiscard]] std::uint32_t find(std::uint64_t h, Eq&& eq) const {
        if (slots_.empty()) return kNoTerm;
        const auto tag = static_cast<std::uint32_t>(h);
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = tag & mask;; i = (i + 1) & mask) {
            const Slot v = slots_[i];
            if (v.id == kNoTerm) return kNoTerm;
            if (v.tag == tag && eq(v.id)) return v.id;
        }
    }
    /// Adds `id` (hashed to `h`).
    void insert(std::uint64_t h, std::uint32_t id) {
        if ((count_ + 1) * 4 > slots_.size() * 3) {
            std::vector<Slot> old = std::move(slots_);
            slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
            for (const Slot& v : old)
                if (v.id != kNoTerm) place(v);
        }
        place(Slot{static_cast<std::uint32_t>(h), id});
        ++count_;
    }
    [[nodiscard]] std::size_t bytes() const noexcept { return slots_.capacity() * sizeof(Slot); }

private:
    struct Slot {
        std::uint32_t tag = 0;
        std::uint32_t id = kNoTerm;
    };
    void place(Slot v) {
        const std::size_t mask = slots_.size() - 1;
        std::size_t i = v.tag & mask;
        while (slots_[i].id != kNoTerm) i = (i + 1) & mask;
        slots_[i] = v;
    }
    std::vector<Slot> slots_;
    std::size_t count_ = 0;
};

/// A growing array kept in blocks of kPerBlock elements, so that growing it never moves what it
/// holds (a doubling std::vector holds its elements twice while it reallocates, and has room
/// for up to twice as many after).
template <class T>
class BlockArray {
public:
    static constexpr std::size_t kShift = 16;
    static constexpr std::size_t kPerBlock = std::size_t{1} << kShift;

    void push_back(const T& value) {
        if (size_ == blocks_.size() * kPerBlock) blocks_.push_back(std::make_unique<T[]>(kPerBlock));
        blocks_[size_ >> kShift][size_ & (kPerBlock - 1)] = value;
        ++size_;
    }
    [[nodiscard]] const T& operator[](std::size_t i) const { return blocks_[i >> kShift][i & (kPerBlock - 1)]; }
    [[nodiscard]] T& operator[](std::size_t i) { return blocks_[i >> kShift][i & (kPerBlock - 1)]; }
    [[nodiscard]] std::size_t size() const noexcept { return size_; }
    /// Bytes allocated.
    [[nodiscard]] std::size_t bytes() const noexcept {
        return blocks_.size() * kPerBlock * sizeof(T) + blocks_.capacity() * sizeof(blocks_[0]);
    }

private:
    std::vector<std::unique_ptr<T[]>> blocks_;
    std::size_t size_ = 0;
};

/// Quad indexes grouped by one position (subject or object), in insertion order within a group.
struct Grouped {
    std::vector<std::uint32_t> offsets;  // per term id, into items; size term_count + 1
    std::vector<std::uint32_t> items;    // quad indexes

    template <class Key>
    void build(std::size_t terms, const BlockArray<QuadIds>& quads, Key key) {
        offsets.assign(terms + 1, 0);
        for (std::size_t i = 0; i < quads.size(); ++i) ++offsets[key(quads[i]) + 1];
        for (std::size_t i = 1; i < offsets.size(); ++i) offsets[i] += offsets[i - 1];
        items.resize(quads.size());
        std::vector<std::uint32_t> fill(offsets.begin(), offsets.end() - 1);
        for (std::size_t i = 0; i < quads.size(); ++i) items[fill[key(quads[i])]++] = static_cast<std::uint32_t>(i);
    }
    /// The quad indexes of a term's group.
    [[nodiscard]] std::pair<const std::uint32_t*, const std::uint32_t*> of(TermId t) const {
        if (t + 1 >= offsets.size()) return {nullptr, nullptr};
        return {items.data() + offsets[t], items.data() + offsets[t + 1]};
    }
    [[nodiscard]] std::size_t bytes() const noexcept {
        return (offsets.capacity() + items.capacity()) * sizeof(std::uint32_t);
    }
};

void split_words(std::string_view key, const std::function<void(std::string_view)>& fn) {
    std::size_t i = 0;
    while (i < key.size()) {
        while (i < key.size() && (key[i] == ' ' || key[i] == '-')) ++i;
        std::size_t j = i;
        while (j < key.size() && key[j] != ' ' && key[j] != '-') ++j;
        if (j > i) fn(key.substr(i, j - i));
        i = j;
    }
}

/// The dictionary's bytes: encoded terms one after another in blocks of kBlock bytes, so that
/// growing it never moves what is there (a std::string doubled: while it reallocated it held
/// the text three times over, and up to twice the text after). Positions are offsets in one
/// space where block b covers [b * kBlock, (b + 1) * kBlock). A term never straddles two blocks:
/// one that does not fit in the rest of a block starts the next one, and one longer than a block
/// gets a run of blocks in one piece. The term between `start` (where the one before ended) and
/// `end` therefore begins at `start`, or at the next block boundary when it ends past it.
class TermArena {
public:
    static constexpr std::uint64_t kBlock = std::uint64_t{1} << 20;

    /// Appends `bytes` (not empty); returns where they end.
    std::uint64_t append(std::string_view bytes) {
        if (bytes.size() > bases_.size() * kBlock - size_) {
            const std::uint64_t blocks = (bytes.size() + kBlock - 1) / kBlock;
            size_ = bases_.size() * kBlock;
            auto& run = runs_.emplace_back(new char[blocks * kBlock]);
            for (std::uint64_t b = 0; b < blocks; ++b) bases_.push_back(run.get() + b * kBlock);
        }
        std::copy(bytes.begin(), bytes.end(), bases_[size_ / kBlock] + size_ % kBlock);
        size_ += bytes.size();
        return size_;
    }
    /// The term between the end of the one before (`start`) and its own `end`.
    [[nodiscard]] std::string_view view(std::uint64_t start, std::uint64_t end) const {
        if (start % kBlock != 0) {
            const std::uint64_t next = start - start % kBlock + kBlock;
            if (end > next) start = next;
        }
        return {bases_[start / kBlock] + start % kBlock, end - start};
    }
    /// Bytes allocated.
    [[nodiscard]] std::size_t bytes() const noexcept {
        return bases_.size() * kBlock + bases_.capacity() * sizeof(char*) + runs_.capacity() * sizeof(runs_[0]);
    }

private:
    std::vector<std::unique_ptr<char[]>> runs_;  // the allocations
    std::vector<char*> bases_;                   // per block: where it starts
    std::uint64_t size_ = 0;                     // where the next term goes
};

// Term encoding in the dictionary arena: one tag byte, then
//   'I' prefix id (2 bytes) + the rest of the IRI   (prefix = up to the last '/' or '#')
//   'i' the whole IRI (when the prefix table is full)
//   'B' blank node label        'S' lexical form of an xsd:string literal
//   'L' tag length (1 byte), language tag, lexical form
//   'T' datatype id (4 bytes), lexical form
constexpr std::size_t kMaxPrefixes = 0xFFFF;

void put_u16(std::string& out, std::uint32_t v) {
    out.push_back(static_cast<char>(v & 0xFF));
    out.push_back(static_cast<char>(v >> 8));
}
void put_u32(std::string& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
std::uint32_t get_u(std::string_view in, std::size_t bytes) {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < bytes; ++i) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(in[i])) << (8 * i);
    return v;
}

std::size_t prefix_length(std::string_view iri) {
    auto cut = iri.find_last_of("/#");
    return cut == std::string_view::npos ? 0 : cut + 1;
}

/// Strings numbered in order of first use (IRI prefixes, datatypes).
struct StringIds {
    std::vector<std::string> strings;
    IdTable ids;

    [[nodiscard]] std::optional<std::uint32_t> find(std::string_view s) const {
        const std::uint32_t id = ids.find(hash_bytes(s), [&](std::uint32_t i) { return strings[i] == s; });
        if (id == kNoTerm) return std::nullopt;
        return id;
    }
    std::uint32_t intern(std::string_view s) {
        if (auto id = find(s)) return *id;
        auto id = static_cast<std::uint32_t>(strings.size());
        strings.emplace_back(s);
        ids.insert(hash_bytes(s), id);
        return id;
    }
    [[nodiscard]] std::size_t bytes() const {
        std::size_t n = ids.bytes() + strings.capacity() * sizeof(std::string);
        for (const auto& x : strings) n += x.capacity() + 1;
        return n;
    }
};

/// Resources under each of a set of keys (normalized names, or words of them), in the order first
/// added. Keys are kept once in an arena; most keys name one resource, kept inline.
class NameTable {
public:
    /// Adds `id` under `key` unless it is there already.
    void add_unique(std::string_view key, TermId id) {
        std::uint64_t h = hash_bytes(key);
        std::uint32_t k = find(h, key);
        if (k == kNoTerm) {
            k = static_cast<std::uint32_t>(entries_.size());
            ends_.push_back(key.empty() ? (ends_.empty() ? 0 : ends_.back()) : keys_.append(key));
            entries_.push_back(Entry{id, id, kNoTerm});
            table_.insert(h, k);
            return;
        }
        Entry& e = entries_[k];
        // Resources are mostly named right after they are minted, so the id is usually new and
        // larger than all before: no scan (a scan each time made common words quadratic).
        if (id <= e.max) {
            if (id == e.first) return;
            if (e.more != kNoTerm) {
                const auto& more = more_[e.more];
                if (std::find(more.begin(), more.end(), id) != more.end()) return;
            }
        }
        if (e.more == kNoTerm) {
            e.more = static_cast<std::uint32_t>(more_.size());
            more_.emplace_back();
        }
        more_[e.more].push_back(id);
        e.max = std::max(e.max, id);
    }
    /// The resources under `key`, in the order added.
    [[nodiscard]] std::vector<TermId> find(std::string_view key) const {
        const std::uint32_t k = find(hash_bytes(key), key);
        if (k == kNoTerm) return {};
        const Entry& e = entries_[k];
        std::vector<TermId> out{e.first};
        if (e.more != kNoTerm) out.insert(out.end(), more_[e.more].begin(), more_[e.more].end());
        return out;
    }
    /// Calls `fn(key, id)` for every key and each of its resources.
    void for_each(const std::function<void(std::string_view, TermId)>& fn) const {
        for (std::uint32_t k = 0; k < entries_.size(); ++k) {
            const std::string_view key = key_of(k);
            fn(key, entries_[k].first);
            if (entries_[k].more != kNoTerm)
                for (TermId id : more_[entries_[k].more]) fn(key, id);
        }
    }
    [[nodiscard]] std::size_t bytes() const noexcept {
        std::size_t n = keys_.bytes() + ends_.capacity() * sizeof(std::uint64_t) + entries_.capacity() * sizeof(Entry) +
                        table_.bytes() + more_.capacity() * sizeof(more_[0]);
        for (const auto& m : more_) n += m.capacity() * sizeof(TermId);
        return n;
    }

private:
    struct Entry {
        TermId first;  // the first resource
        TermId max;    // the largest id under the key: a larger one cannot be there yet
        std::uint32_t more;  // index into more_ of the others, or kNoTerm
    };
    [[nodiscard]] std::string_view key_of(std::uint32_t k) const {
        const std::uint64_t start = k == 0 ? 0 : ends_[k - 1];
        return start == ends_[k] ? std::string_view{} : keys_.view(start, ends_[k]);
    }
    [[nodiscard]] std::uint32_t find(std::uint64_t h, std::string_view key) const {
        return table_.find(h, [&](std::uint32_t k) { return key_of(k) == key; });
    }
    TermArena keys_;
    std::vector<std::uint64_t> ends_;
    std::vector<Entry> entries_;
    std::vector<std::vector<TermId>> more_;
    IdTable table_;
};

}  // namespace

struct Store::Impl {
    // ---- dictionary: every term encoded once in one arena
    TermArena arena;
    std::vector<std::uint64_t> offsets{0};  // term id is between offsets[id] and offsets[id + 1] (TermArena::view)
    IdTable term_table;
    StringIds prefixes;
    StringIds datatypes;

    // ---- quads
    BlockArray<QuadIds> quads;
    std::vector<bool> first_of_triple;   // quad i is the first quad of its triple
    std::vector<bool> in_default_graph;  // for a first quad: the triple is also in the default graph
    IdTable triple_table;                // distinct triples -> their first quad
    // Quads in a named graph that are not the first quad of their triple (a first quad is found
    // through triple_table): for N-Triples none, for a build about a third of the quads.
    IdTable named_table;
    std::size_t triple_count = 0;
    std::vector<TermId> graph_ids;
    std::vector<bool> is_graph;  // per term id: used as a graph name

    // ---- indexes by subject and by object, built on first use after a change
    mutable std::mutex index_mutex;
    mutable std::atomic<bool> index_ready{false};
    mutable Grouped by_subject, by_object;

    // ---- the name index (rdfs:label and ro:alias), built on first use from the quads added since
    mutable std::mutex names_mutex;
    mutable std::atomic<std::size_t> names_done{0};  // quads indexed by name so far
    mutable NameTable names;
    mutable NameTable name_words;
    TermId label_id = kNoTerm;
    TermId alias_id = kNoTerm;
    std::string scratch;  // the encoded term being interned

    [[nodiscard]] std::size_t term_count() const noexcept { return offsets.size() - 1; }
    [[nodiscard]] std::string_view encoded(TermId id) const {
        return arena.view(offsets[id], offsets[id + 1]);
    }

    /// Encodes `term` into `out`; with `add` false, returns false when the term cannot be in the
    /// dictionary (its IRI prefix or datatype was never seen).
    bool encode(const rdf::Term& term, std::string& out, bool add) {
        if (const auto* iri = std::get_if<rdf::Iri>(&term)) return encode_iri(iri->str(), out, add);
        if (const auto* b = std::get_if<rdf::BlankNode>(&term)) {
            encode_blank(b->label(), out);
            return true;
        }
        const auto& lit = std::get<rdf::Literal>(term);
        return encode_literal(lit.lexical(), lit.language().empty() ? std::string_view(lit.datatype().str()) : "",
                              lit.language(), out, add);
    }

    bool encode_iri(std::string_view v, std::string& out, bool add) {
        out.clear();
        std::size_t cut = prefix_length(v);
        std::optional<std::uint32_t> id = prefixes.find(v.substr(0, cut));
        if (!id && add && prefixes.strings.size() < kMaxPrefixes) id = prefixes.intern(v.substr(0, cut));
        if (id) {
            out.push_back('I');
            put_u16(out, *id);
            out.append(v.substr(cut));
        } else if (prefixes.strings.size() >= kMaxPrefixes) {
            out.push_back('i');
            out.append(v);
        } else {
            return false;
        }
        return true;
    }

    static void encode_blank(std::string_view label, std::string& out) {
        out.clear();
        out.push_back('B');
        out.append(label);
    }

    /// A literal: language-tagged when `language` is not empty, else of `datatype` (empty: xsd:string).
    bool encode_literal(std::string_view lexical, std::string_view datatype, std::string_view language, std::string& out,
                        bool add) {
        out.clear();
        if (!language.empty()) {
            if (language.size() > 255) throw std::length_error("language tag longer than 255 bytes");
            out.push_back('L');
            out.push_back(static_cast<char>(language.size()));
            out.append(language);
        } else if (datatype.empty() || datatype == rdf::xsd::string().str()) {
            out.push_back('S');
        } else {
            std::optional<std::uint32_t> dt = add ? datatypes.intern(datatype) : datatypes.find(datatype);
            if (!dt) return false;
            out.push_back('T');
            put_u32(out, *dt);
        }
        out.append(lexical);
        return true;
    }

    /// The id of an encoded term, adding it when new.
    TermId intern_encoded(std::string_view e) {
        TermId id = find_encoded(e);
        if (id != kNoTerm) return id;
        if (term_count() >= kNoTerm - 1) throw std::length_error("too many terms for 32-bit term ids");
        id = static_cast<TermId>(term_count());
        offsets.push_back(arena.append(e));
        term_table.insert(hash_encoded(e), id);
        index_ready.store(false, std::memory_order_relaxed);
        return id;
    }

    [[nodiscard]] rdf::Term decode(TermId id) const {
        std::string_view e = encoded(id);
        std::string_view body = e.substr(1);
        switch (e[0]) {
            case 'I': return rdf::Iri(prefixes.strings[get_u(body, 2)] + std::string(body.substr(2)));
            case 'i': return rdf::Iri(std::string(body));
            case 'B': return rdf::BlankNode(std::string(body));
            case 'S': return rdf::Literal(std::string(body));
            case 'L': {
                std::size_t n = static_cast<unsigned char>(body[0]);
                return rdf::Literal::with_language(std::string(body.substr(1 + n)), std::string(body.substr(1, n)));
            }
            default: return rdf::Literal(std::string(body.substr(4)), rdf::Iri(datatypes.strings[get_u(body, 4)]));
        }
    }

    [[nodiscard]] std::uint64_t hash_encoded(std::string_view e) const noexcept { return hash_bytes(e); }

    [[nodiscard]] TermId find_encoded(std::string_view e) const {
        return term_table.find(hash_encoded(e), [&](std::uint32_t id) { return encoded(id) == e; });
    }

    [[nodiscard]] std::uint32_t first_quad(TermId s, TermId p, TermId o) const {
        return triple_table.find(hash_triple(s, p, o), [&](std::uint32_t i) {
            const auto& q = quads[i];
            return q.subject == s && q.predicate == p && q.object == o;
        });
    }

    void ensure_index() const {
        if (index_ready.load(std::memory_order_acquire)) return;
        std::lock_guard<std::mutex> lock(index_mutex);
        if (index_ready.load(std::memory_order_relaxed)) return;
        by_subject.build(term_count(), quads, [](const QuadIds& q) { return q.subject; });
        by_object.build(term_count(), quads, [](const QuadIds& q) { return q.object; });
        index_ready.store(true, std::memory_order_release);
    }

    /// Brings the name index up to date: the label and alias triples added since, in the order
    /// they were added (the order Store::add met them in).
    void ensure_names() const {
        if (names_done.load(std::memory_order_acquire) == quads.size()) return;
        std::lock_guard<std::mutex> lock(names_mutex);
        std::size_t i = names_done.load(std::memory_order_relaxed);
        std::string key;
        for (; i < quads.size(); ++i) {
            if (!first_of_triple[i]) continue;
            const QuadIds& q = quads[i];
            if (q.predicate == label_id || q.predicate == alias_id) index_name(q.subject, q.object, key);
        }
        names_done.store(i, std::memory_order_release);
    }

    void index_name(TermId subject, TermId object, std::string& key) const {
        std::string_view e = encoded(object);
        std::string_view lexical;
        switch (e.empty() ? '\0' : e[0]) {
            case 'S': lexical = e.substr(1); break;
            case 'L': lexical = e.substr(2 + static_cast<unsigned char>(e[1])); break;
            case 'T': lexical = e.substr(5); break;
            default: return;  // not a literal
        }
        text::normalize_key_into(lexical, key);
        names.add_unique(key, subject);
        split_words(key, [&](std::string_view w) { name_words.add_unique(w, subject); });
    }
};

Store::Store() : impl_(std::make_unique<Impl>()) {
    impl_->label_id = intern(rdf::rdfs::label());
    impl_->alias_id = intern(rdf::ro::alias());
}
Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

TermId Store::intern(const rdf::Term& term) {
    std::string& buffer = impl_->scratch;  // not thread_local: a TLS lookup per call in a shared library
    impl_->encode(term, buffer, true);
    return impl_->intern_encoded(buffer);
}

TermId Store::intern(const rdf::Iri& iri) { return intern_iri(iri.str()); }

TermId Store::intern_iri(std::string_view iri) {
    std::string& buffer = impl_->scratch;
    impl_->encode_iri(iri, buffer, true);
    return impl_->intern_encoded(buffer);
}

TermId Store::intern_blank(std::string_view label) {
    std::string& buffer = impl_->scratch;
    Impl::encode_blank(label, buffer);
    return impl_->intern_encoded(buffer);
}

TermId Store::intern_literal(std::string_view lexical, std::string_view datatype, std::string_view language) {
    std::string& buffer = impl_->scratch;
    impl_->encode_literal(lexical, datatype, language, buffer, true);
    return impl_->intern_encoded(buffer);
}

std::optional<TermId> Store::find(const rdf::Term& term) const {
    thread_local std::string buffer;
    if (!impl_->encode(term, buffer, false)) return std::nullopt;
    TermId id = impl_->find_encoded(buffer);
    if (id == kNoTerm) return std::nullopt;
    return id;
}

rdf::Term Store::term(TermId id) const {
    if (id >= impl_->term_count()) throw std::out_of_range("no term with this id");
    return impl_->decode(id);
}
std::string Store::lexical(TermId id) const {
    const auto& d = *impl_;
    if (id >= d.term_count()) throw std::out_of_range("no term with this id");
    std::string_view e = d.encoded(id);
    std::string_view body = e.substr(1);
    switch (e[0]) {
        case 'I': {
            const std::string& prefix = d.prefixes.strings[get_u(body, 2)];
            std::string out;
            out.reserve(prefix.size() + body.size() - 2);
            out.append(prefix).append(body.substr(2));
            return out;
        }
        case 'i': return std::string(body);
        case 'B': return "_:" + std::string(body);
        case 'S': return std::string(body);
        case 'L': return std::string(body.substr(1 + static_cast<unsigned char>(body[0])));
        default: return std::string(body.substr(4));
    }
}

bool Store::is_literal(TermId id) const {
    if (id >= impl_->term_count()) throw std::out_of_range("no term with this id");
    const char tag = impl_->encoded(id)[0];
    return tag == 'S' || tag == 'L' || tag == 'T';
}

std::size_t Store::term_count() const noexcept { return impl_->term_count(); }

Store::TermView Store::term_view(TermId id) const {
    const auto& d = *impl_;
    if (id >= d.term_count()) throw std::out_of_range("no term with this id");
    std::string_view e = d.encoded(id);
    std::string_view body = e.substr(1);
    TermView v;
    switch (e[0]) {
        case 'I':
            v.iri_head = d.prefixes.strings[get_u(body, 2)];
            v.text = body.substr(2);
            break;
        case 'i': v.text = body; break;
        case 'B':
            v.kind = TermView::Kind::Blank;
            v.text = body;
            break;
        case 'S':
            v.kind = TermView::Kind::Literal;
            v.text = body;
            break;
        case 'L': {
            std::size_t n = static_cast<unsigned char>(body[0]);
            v.kind = TermView::Kind::Literal;
            v.language = body.substr(1, n);
            v.text = body.substr(1 + n);
            break;
        }
        default:
            v.kind = TermView::Kind::Literal;
            v.datatype = d.datatypes.strings[get_u(body, 4)];
            v.text = body.substr(4);
    }
    return v;
}

bool Store::add(const rdf::Triple& triple, const std::optional<rdf::Iri>& graph) {
    QuadIds q;
    q.subject = intern(triple.subject);
    q.predicate = intern(triple.predicate);
    q.object = intern(triple.object);
    q.graph = graph ? intern(*graph) : kNoTerm;
    return add(q);
}

bool Store::add(QuadIds q) {
    auto& d = *impl_;
    if (d.quads.size() >= kNoTerm - 1) throw std::length_error("too many quads for 32-bit indexes");
    const auto index = static_cast<std::uint32_t>(d.quads.size());
    const std::uint64_t h = hash_triple(q.subject, q.predicate, q.object);
    std::uint32_t first = d.triple_table.find(h, [&](std::uint32_t i) {
        const auto& x = d.quads[i];
        return x.subject == q.subject && x.predicate == q.predicate && x.object == q.object;
    });
    if (first != kNoTerm) {
        if (q.graph == kNoTerm) {
            if (d.in_default_graph[first]) return false;
            d.in_default_graph[first] = true;
        } else if (d.quads[first].graph == q.graph ||
                   d.named_table.find(hash_quad(q), [&](std::uint32_t i) { return d.quads[i] == q; }) != kNoTerm) {
            return false;
        }
    }
    d.quads.push_back(q);
    d.first_of_triple.push_back(first == kNoTerm);
    d.in_default_graph.push_back(first == kNoTerm && q.graph == kNoTerm);
    if (first == kNoTerm) {
        d.triple_table.insert(h, index);
        ++d.triple_count;
    } else if (q.graph != kNoTerm) {
        d.named_table.insert(hash_quad(q), index);
    }
    if (q.graph != kNoTerm) {
        if (q.graph >= d.is_graph.size()) d.is_graph.resize(std::max<std::size_t>(q.graph + 1, d.term_count()));
        if (!d.is_graph[q.graph]) {
            d.is_graph[q.graph] = true;
            d.graph_ids.push_back(q.graph);
        }
    }
    d.index_ready.store(false, std::memory_order_relaxed);
    return true;
}

std::size_t Store::quad_count() const noexcept { return impl_->quads.size(); }
std::size_t Store::triple_count() const { return impl_->triple_count; }

void Store::for_each_quad(const std::function<void(const QuadIds&)>& fn) const {
    const auto& quads = impl_->quads;
    for (std::size_t i = 0; i < quads.size(); ++i) fn(quads[i]);
}

void Store::for_each_triple(const std::function<void(const QuadIds&)>& fn) const {
    const auto& d = *impl_;
    for (std::size_t i = 0; i < d.quads.size(); ++i) {
        if (!d.first_of_triple[i]) continue;
        const auto& q = d.quads[i];
        fn(QuadIds{q.subject, q.predicate, q.object, kNoTerm});
    }
}

std::vector<QuadIds> Store::triples() const {
    std::vector<QuadIds> out;
    out.reserve(impl_->triple_count);
    for_each_triple([&](const QuadIds& t) { out.push_back(t); });
    return out;
}

std::vector<TermId> Store::graphs() const { return impl_->graph_ids; }

std::vector<QuadIds> Store::match(const Pattern& p) const {
    const auto& d = *impl_;
    std::vector<QuadIds> out;
    auto consider = [&](std::uint32_t i) {
        if (!d.first_of_triple[i]) return;  // each distinct triple once, at its first quad
        const auto& q = d.quads[i];
        if (p.subject != kNoTerm && q.subject != p.subject) return;
        if (p.predicate != kNoTerm && q.predicate != p.predicate) return;
        if (p.object != kNoTerm && q.object != p.object) return;
        out.push_back(QuadIds{q.subject, q.predicate, q.object, kNoTerm});
    };
    if (p.subject != kNoTerm || p.object != kNoTerm) {
        d.ensure_index();
        auto [it, end] = p.subject != kNoTerm ? d.by_subject.of(p.subject) : d.by_object.of(p.object);
        for (; it != end; ++it) consider(*it);
    } else {
        for (std::uint32_t i = 0; i < d.quads.size(); ++i) consider(i);
    }
    return out;
}

// objects() and subjects() are match() with one term taken from each triple, without building
// the triples first (questions call them once per meeting of an answer).
namespace {
template <class Pick>
std::vector<TermId> one_term_each(const Grouped& index, const std::vector<bool>& first_of_triple,
                                  const BlockArray<QuadIds>& quads, TermId key, TermId predicate, Pick pick) {
    std::vector<TermId> out;
    for (auto [it, end] = index.of(key); it != end; ++it) {
        if (!first_of_triple[*it]) continue;
        const auto& q = quads[*it];
        if (predicate == kNoTerm || q.predicate == predicate) out.push_back(pick(q));
    }
    return out;
}
}  // namespace

std::vector<TermId> Store::objects(TermId subject, TermId predicate) const {
    const auto& d = *impl_;
    if (subject == kNoTerm) {
        std::vector<TermId> out;
        for (const auto& q : match(Pattern{subject, predicate, kNoTerm})) out.push_back(q.object);
        return out;
    }
    d.ensure_index();
    return one_term_each(d.by_subject, d.first_of_triple, d.quads, subject, predicate,
                         [](const QuadIds& q) { return q.object; });
}

std::vector<TermId> Store::subjects(TermId predicate, TermId object) const {
    const auto& d = *impl_;
    if (object == kNoTerm) {
        std::vector<TermId> out;
        for (const auto& q : match(Pattern{kNoTerm, predicate, object})) out.push_back(q.subject);
        return out;
    }
    d.ensure_index();
    return one_term_each(d.by_object, d.first_of_triple, d.quads, object, predicate,
                         [](const QuadIds& q) { return q.subject; });
}

std::optional<TermId> Store::object(TermId subject, TermId predicate) const {
    const auto& d = *impl_;
    d.ensure_index();
    for (auto [it, end] = d.by_subject.of(subject); it != end; ++it)
        if (d.quads[*it].predicate == predicate) return d.quads[*it].object;
    return std::nullopt;
}

bool Store::contains(TermId s, TermId p, TermId o) const { return impl_->first_quad(s, p, o) != kNoTerm; }

std::vector<TermId> Store::graphs_of(TermId s, TermId p, TermId o) const {
    const auto& d = *impl_;
    std::vector<TermId> out;
    d.ensure_index();
    for (auto [it, end] = d.by_subject.of(s); it != end; ++it) {
        const auto& q = d.quads[*it];
        if (q.predicate == p && q.object == o) out.push_back(q.graph);
    }
    return out;
}

std::vector<TermId> Store::find_by_name(std::string_view name) const {
    impl_->ensure_names();
    return impl_->names.find(text::normalize_key(name));
}

std::vector<TermId> Store::find_by_name_word(std::string_view word) const {
    impl_->ensure_names();
    return impl_->name_words.find(text::normalize_key(word));
}

void Store::for_each_name(const std::function<void(std::string_view, TermId)>& fn) const {
    impl_->ensure_names();
    impl_->names.for_each(fn);
}

void Store::build_indexes() const {
    impl_->ensure_index();
    impl_->ensure_names();
}

std::vector<TermId> Store::shortest_path(TermId from, TermId to, const std::vector<TermId>& predicates) const {
    const auto& d = *impl_;
    if (from >= d.term_count() || to >= d.term_count()) return {};
    if (from == to) return {from};
    if (predicates.empty()) return {};
    d.ensure_index();
    // Breadth-first from `from` over the undirected edges with a wanted predicate. A vertex's
    // neighbours are visited in insertion order of their triples (its subject and object groups
    // merged by quad index), so the path found is the one a BFS over the whole undirected graph,
    // built in quad order, would find. The search stops as soon as `to` is reached.
    auto wanted = [&](std::uint32_t i) {
        return d.first_of_triple[i] &&
               std::find(predicates.begin(), predicates.end(), d.quads[i].predicate) != predicates.end();
    };
    // Calls `fn(v, w)` for each neighbour w of each v of `frontier`, in that order; stops when fn returns true.
    auto expand = [&](const std::vector<TermId>& frontier, auto&& fn) {
        for (TermId v : frontier) {
            auto [s, s_end] = d.by_subject.of(v);
            auto [o, o_end] = d.by_object.of(v);
            while (s != s_end || o != o_end) {
                const bool take_subject = o == o_end || (s != s_end && *s < *o);
                const std::uint32_t i = take_subject ? *s++ : *o++;
                if (!wanted(i)) continue;
                if (fn(v, take_subject ? d.quads[i].object : d.quads[i].subject)) return;
            }
        }
    };
    std::unordered_map<TermId, TermId> parent{{from, from}};
    std::vector<TermId> frontier{from}, next;
    // A second search from `to`, a layer at a time alongside, only to learn early that the two are
    // not connected (it exhausts the smaller component); once the searches touch, it stops.
    std::unordered_set<TermId> seen_back{to};
    std::vector<TermId> back{to}, back_next;
    bool touched = false;
    while (!frontier.empty()) {
        next.clear();
        std::vector<TermId> path;
        expand(frontier, [&](TermId v, TermId w) {
            if (!parent.emplace(w, v).second) return false;
            if (w == to) {
                path.push_back(to);
                for (TermId x = v; x != from; x = parent.at(x)) path.push_back(x);
                path.push_back(from);
                std::reverse(path.begin(), path.end());
                return true;
            }
            touched = touched || seen_back.count(w) > 0;
            next.push_back(w);
            return false;
        });
        if (!path.empty()) return path;
        std::swap(frontier, next);
        if (touched) continue;
        back_next.clear();
        expand(back, [&](TermId, TermId w) {
            if (!seen_back.insert(w).second) return false;
            if (parent.count(w)) touched = true;
            back_next.push_back(w);
            return touched;
        });
        if (!touched && back_next.empty()) return {};  // the component of `to` is done without `from`
        std::swap(back, back_next);
    }
    return {};
}

std::size_t Store::memory_bytes() const {
    const auto& d = *impl_;
    std::size_t bytes = sizeof(Impl) + d.arena.bytes() + d.offsets.capacity() * sizeof(std::uint64_t) +
                        d.term_table.bytes() + d.prefixes.bytes() + d.datatypes.bytes();
    bytes += d.quads.bytes() + (d.first_of_triple.capacity() + d.in_default_graph.capacity()) / 8;
    bytes += d.named_table.bytes() + d.triple_table.bytes() + d.by_subject.bytes() + d.by_object.bytes();
    bytes += d.graph_ids.capacity() * sizeof(TermId) + d.is_graph.capacity() / 8;
    bytes += d.names.bytes() + d.name_words.bytes();
    return bytes;
}

std::string label_of(const Store& store, TermId resource) {
    auto label = store.find(rdf::Term{rdf::rdfs::label()});
    if (!label) return {};
    auto o = store.object(resource, *label);
    return o ? lexical_of(store, *o) : std::string{};
}

std::string lexical_of(const Store& store, TermId term) { return store.lexical(term); }

}  // namespace readout::store
