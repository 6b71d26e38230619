#pragma once
// Private to the resolve stage: the words of a person's name, as the merge compares them.

#include <string>
#include <string_view>
#include <vector>

namespace readout::resolve::detail {

/// The words of a name, each folded (normalize_key), punctuation dropped.
[[nodiscard]] std::vector<std::string> name_tokens(std::string_view name);

/// True when word i of a name follows a patronymic particle ("bin", "ibn", "bint", "binti"):
/// "Salman" in "Mohammed bin Salman" is the father's name, never the person's own short form.
[[nodiscard]] bool after_patronymic(const std::vector<std::string>& words, std::size_t i);

/// "al-dossary" -> "dossary": Arabic names are written with and without the article.
[[nodiscard]] std::string bare(const std::string& word);

}  // namespace readout::resolve::detail
