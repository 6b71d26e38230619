#include "complete.hpp"

#include <utility>

#include "readout/store/graph_builder.hpp"

namespace readout::pipeline::detail {

void complete_build(resolve::Resolver& resolver, const std::string& base, bool keep_knowledge, BuildResult& result) {
    resolve::KnowledgeBase knowledge = resolver.finish();
    result.people = knowledge.persons.size();
    result.meetings = knowledge.meetings.size();
    store::MintOptions mint;
    mint.base = base;
    if (keep_knowledge) {
        store::add_knowledge(knowledge, result.store, mint);
        result.knowledge = std::move(knowledge);
    } else {
        store::add_knowledge(std::move(knowledge), result.store, mint);
    }
}

}  // namespace readout::pipeline::detail
