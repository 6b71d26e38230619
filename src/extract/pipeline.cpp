#include "context.hpp"
#include "readout/extract/extractor.hpp"

namespace readout::extract {

const std::vector<ExtractorInfo>& extractors() {
    static const std::vector<ExtractorInfo> list = {
        {"boilerplate", "sentences, tokens", "boilerplate sentences; ignored credit tokens"},
        {"anchor-date", "article date, header lines, dateline, body dates", "anchor date; body start"},
        {"gazetteer", "tokens; gazetteers", "Country, City, Region, Organization, Role mentions; dateline city"},
        {"names", "tokens; gazetteer mentions", "Person, Venue, Organization, Event mentions; venues' cities"},
        {"roles", "Person, Role, Country, Organization mentions", "role assertions"},
        {"meetings", "all mentions; anchor date; sentences", "meeting and call assertions with place, date, issues"},
    };
    return list;
}

ArticleExtraction extract(const text::Document& doc, const Gazetteer& gazetteer) {
    detail::Context ctx(doc, gazetteer);
    // The order is the one extractors() documents.
    detail::mark_boilerplate(ctx);
    detail::find_anchor_date(ctx);
    detail::find_gazetteer_mentions(ctx);
    detail::find_names(ctx);
    detail::find_roles(ctx);
    detail::find_meetings(ctx);
    return std::move(ctx.out);
}

}  // namespace readout::extract
