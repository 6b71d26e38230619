#pragma once
/// \file
/// A resolved article held as one block of bytes until the cross-article merge.
///
/// A corpus keeps every ResolvedArticle until Resolver::finish() has seen them all. As
/// structures they are hundreds of small heap blocks each (every name, alias set node, map node
/// and evidence sentence its own allocation, each sentence copied once per fact citing it), and
/// the allocator's overhead on those blocks is a large part of a build's memory. Packed, an
/// article is one allocation: strings inline, each evidence sentence once, numbers as varints.

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "readout/resolve/resolved_article.hpp"

namespace readout::resolve {

/// The encoding of one ResolvedArticle; unpack() gives back an article equal to the one packed.
class PackedArticle {
public:
    /// An empty block (unpack() of it fails: only pack() makes a valid one).
    PackedArticle() = default;
    /// Takes bytes that bytes() gave (within one version of the library: the format is private
    /// and not meant for storage). unpack() checks them as it reads.
    [[nodiscard]] static PackedArticle from_bytes(std::string bytes) {
        PackedArticle p;
        p.bytes_ = std::move(bytes);
        return p;
    }
    /// The encoded bytes.
    [[nodiscard]] std::string_view bytes() const noexcept { return bytes_; }
    /// The size of the encoding in bytes.
    [[nodiscard]] std::size_t size() const noexcept { return bytes_.size(); }
    /// Frees the block.
    void clear() noexcept { std::string().swap(bytes_); }
    bool operator==(const PackedArticle&) const = default;

private:
    friend PackedArticle pack(const ResolvedArticle& article);
    std::string bytes_;
};

/// Encodes `article` in one block of bytes.
[[nodiscard]] PackedArticle pack(const ResolvedArticle& article);

/// Decodes a block made by pack(). Throws std::invalid_argument when the bytes are not a whole
/// encoding (an empty or truncated block).
[[nodiscard]] ResolvedArticle unpack(const PackedArticle& packed);

/// Decodes only the article entity (kb.articles.front(), first in the encoding; an empty one
/// when the article has none): what the merge orders articles by.
[[nodiscard]] ArticleEntity unpack_article_entity(const PackedArticle& packed);

/// What unpack_persons() decodes: the article's entity and its people, nothing else.
struct PackedPersons {
    std::vector<PersonEntity> persons;  ///< as ResolvedArticle::kb.persons
    std::vector<bool> person_partial;  ///< as ResolvedArticle::person_partial
    std::vector<std::map<std::string, int>> person_forms;  ///< as ResolvedArticle::person_forms
};

/// Decodes only the persons with their forms (they come second in the encoding). Cheaper than unpack() when the rest is not needed.
[[nodiscard]] PackedPersons unpack_persons(const PackedArticle& packed);

}  // namespace readout::resolve
