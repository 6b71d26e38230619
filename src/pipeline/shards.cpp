#include "readout/pipeline/shards.hpp"

#include "complete.hpp"
#include "readout/extract/extractor.hpp"
#include "readout/io/graph_io.hpp"
#include "readout/rdf/escape.hpp"
#include "readout/resolve/resolver.hpp"
#include "readout/store/article_record.hpp"

namespace readout::pipeline {

ExtractResult extract_stream(std::istream& in, std::ostream& out, const std::string& origin,
                             const std::function<void(const Diagnostic&)>& on_diagnostic, const ExtractOptions& options) {
    ExtractResult result;
    const auto& gazetteer = extract::Gazetteer::builtin();
    store::MintOptions mint;
    mint.base = options.base;
    auto write_quad = [&](const rdf::Quad& q) { out << rdf::to_nquads(q); };
    text::for_each_jsonl_article(
        in, origin,
        [&](text::Article&& article) {
            text::Document doc(std::move(article));
            auto resolved = resolve::resolve_article(doc, extract::extract(doc, gazetteer), gazetteer);
            store::write_article_record(resolved, write_quad, mint);
            if (!out) throw io::WriteError("", "output stream failed");
            ++result.articles;
        },
        [&](Diagnostic&& d) {
            if (d.severity == Severity::Error) ++result.skipped;
            on_diagnostic(d);
        },
        options.limits);
    out.flush();
    if (!out) throw io::WriteError("", "output stream failed");
    return result;
}

BuildResult merge_shards(const std::vector<std::string>& shards, std::istream& stdin_stream, const MergeOptions& options) {
    BuildResult result;
    resolve::Resolver resolver;
    for (const auto& shard : shards) {
        store::Store records;
        try {
            if (shard == "-") {
                io::read_graph(stdin_stream, io::GraphFormat::NQuads, "<stdin>", records);
            } else {
                // a shard is N-Quads whatever it is called, unless its extension says otherwise
                records = io::read_graph_file(shard, io::format_from_path(shard).value_or(io::GraphFormat::NQuads));
            }
        } catch (const io::ParseError& e) {
            result.diagnostics.push_back(e.diagnostic());
            ++result.skipped;
            continue;
        }
        auto read = store::read_article_records(records, shard == "-" ? "<stdin>" : shard);
        result.skipped += read.diagnostics.size();
        result.diagnostics.insert(result.diagnostics.end(), read.diagnostics.begin(), read.diagnostics.end());
        if (read.articles.empty() && read.diagnostics.empty())
            result.diagnostics.push_back(Diagnostic{Severity::Warning, shard, 0, 0,
                                                    "holds no article record (is it the output of readout extract?)"});
        result.articles += read.articles.size();
        for (auto& a : read.articles) resolver.add(std::move(a));
    }
    detail::complete_build(resolver, options.base, options.keep_knowledge, result);
    return result;
}

}  // namespace readout::pipeline
