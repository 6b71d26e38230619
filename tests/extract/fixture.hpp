#pragma once
// A small gazetteer and helpers for extraction tests. People here are invented.

#include <algorithm>
#include <string>
#include <vector>

#include "readout/extract/extractor.hpp"
#include "readout/text/document.hpp"

namespace fixture {

inline const readout::extract::Gazetteer& gazetteer() {
    static const auto g = readout::extract::Gazetteer::from_tsv(
        "# key\tname\taliases\tdemonyms\tcapital\tlat\tlon\n"
        "GH\tGhana\t\tGhanaian|Ghanaians\tAccra\t8\t-1\n"
        "NG\tNigeria\t\tNigerian|Nigerians\tAbuja\t10\t8\n"
        "CL\tChile\t\tChilean|Chileans\tSantiago\t-30\t-71\n"
        "US\tUnited States\tUS|U.S.|USA|America|United States of America\tAmerican|Americans\tWashington\t38\t-97\n"
        "SG\tSingapore\t\tSingaporean\tSingapore\t1.3\t103.8\n",
        "# name\tcountry\tlat\tlon\tpopulation\tcapital\taliases\n"
        "Lagos\tNG\t6.45\t3.39\t9000000\t0\t\n"
        "Santiago\tCL\t-33.45\t-70.66\t6000000\t1\t\n"
        "Singapore\tSG\t1.29\t103.85\t5600000\t1\t\n"
        "Accra\tGH\t5.55\t-0.2\t2000000\t1\t\n"
        "Abuja\tNG\t9.06\t7.5\t1200000\t1\t\n"
        "Washington\tUS\t38.9\t-77\t700000\t1\tWashington, D.C.|Washington DC\n",
        "# name\tkind\tcountry\tlat\tlon\taliases\n"
        "Zanzibar\tisland\tTZ\t-6.1\t39.3\t\n",
        "# name\taliases\tkind\tcountry\n"
        "African Union\tAU\tinternational\t\n"
        "United States Department of State\tState Department|US State Department|Department of State\tgovernment\tUS\n",
        "# title\tcanonical\tkind\torg_hint\n"
        "foreign minister\tForeign Minister\tminister\tministry:foreign\n"
        "deputy foreign minister\tDeputy Foreign Minister\tminister\tministry:foreign\n"
        "minister of foreign affairs\tForeign Minister\tminister\tministry:foreign\n"
        "president\tPresident\thead_of_state\t\n"
        "prime minister\tPrime Minister\thead_of_government\t\n"
        "pm\tPrime Minister\thead_of_government\t\n"
        "spokeswoman\tSpokesperson\tspokesperson\t\n"
        "spokesman\tSpokesman\tspokesperson\t\n"
        "ambassador\tAmbassador\tdiplomat\t\n"
        "permanent representative\tPermanent Representative\tdiplomat\t\n"
        "secretary-general\tSecretary-General\tofficial\t\n"
        "minister\tMinister\tminister\t\n"
        "secretary of state\tSecretary of State\tminister\t\n"
        "trade minister\tTrade Minister\tminister\t\n",
        "# name\tgender\nRosa\tf\nKofi\tm\n");
    return g;
}

inline readout::text::Document doc(std::string text, std::string date = {}) {
    readout::text::Article a;
    a.id = "test";
    a.text = std::move(text);
    a.date = std::move(date);
    return readout::text::Document(std::move(a));
}

/// The labels of a meeting's issues, in order.
inline std::vector<std::string> issue_labels(const readout::extract::MeetingAssertion& m) {
    std::vector<std::string> out;
    for (const auto& i : m.issues) out.push_back(i.label);
    return out;
}

/// Surface text of a mention.
inline std::string surface(const readout::text::Document& d, const readout::extract::ArticleExtraction& ex,
                           readout::extract::MentionId m) {
    return std::string(d.text(ex.mentions[m].span));
}

/// Surface texts of mentions (a meeting's participants, its companions), sorted.
template <class Ids>
std::vector<std::string> surfaces(const readout::text::Document& d, const readout::extract::ArticleExtraction& ex,
                                  const Ids& ids) {
    std::vector<std::string> out;
    for (auto m : ids) out.push_back(surface(d, ex, m));
    std::sort(out.begin(), out.end());
    return out;
}

/// Surface texts of the article's person mentions, in text order.
inline std::vector<std::string> persons(const readout::text::Document& d, const readout::extract::ArticleExtraction& ex) {
    std::vector<std::string> out;
    for (readout::extract::MentionId m = 0; m < ex.mentions.size(); ++m)
        if (ex.mentions[m].kind == readout::extract::MentionKind::Person) out.push_back(surface(d, ex, m));
    return out;
}

}  // namespace fixture
