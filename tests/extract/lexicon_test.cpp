#include <catch2/catch.hpp>

#include "readout/extract/lexicon.hpp"

using namespace readout::extract;

TEST_CASE("lexicon compares words lower-cased and folded, without their trailing periods") {
    CHECK(lexicon::month("July") == 7);
    CHECK(lexicon::month("JULY") == 7);
    CHECK(lexicon::month("Sept.") == 9);
    CHECK(lexicon::month("sept") == 9);
    CHECK(lexicon::month("Jan.") == 1);
    CHECK(lexicon::month("Jan") == std::nullopt);  // an abbreviation only with its period
    CHECK(lexicon::month("Mar") == std::nullopt);
    CHECK(lexicon::month("May") == 5);
    CHECK(lexicon::month("") == std::nullopt);
    CHECK(lexicon::month(".") == std::nullopt);
    CHECK(lexicon::weekday("Thursday") == 3);
    CHECK(lexicon::weekday("thursday.") == 3);
    CHECK(lexicon::weekday("Thu.") == std::nullopt);
    CHECK(lexicon::relative_day("Yesterday") == -1);
    CHECK(lexicon::relative_day("tonight") == 0);
    CHECK(lexicon::relative_day("TOMORROW") == 1);
    CHECK(lexicon::relative_day("week") == std::nullopt);
    CHECK(lexicon::is_honorific("Mr."));
    CHECK(lexicon::is_honorific("Se\xC3\xB1or"));  // folded: senor
    CHECK_FALSE(lexicon::is_honorific("Mister"));
    CHECK(lexicon::is_negation_cue("did not"));   // a two-word entry, through normalize_key
    CHECK(lexicon::is_negation_cue("  Did   NOT "));
    CHECK(lexicon::is_negation_cue("n't"));
    CHECK(lexicon::is_remote_cue("video-conference"));
    CHECK(lexicon::is_venue_head("Hotel"));
    CHECK_FALSE(lexicon::is_venue_head("Hotels"));
    CHECK(lexicon::is_capitalized_function_word("The"));
    CHECK_FALSE(lexicon::is_capitalized_function_word("Theresa"));
    CHECK(lexicon::is_speech_verb("said"));
    CHECK(lexicon::is_common_plural("Officials"));
    CHECK(lexicon::is_person_noun("spokeswoman"));
    CHECK(lexicon::is_event_head("Summit"));
    CHECK(lexicon::is_organization_head("Ministry"));
    CHECK(lexicon::is_irrealis_cue("would"));
    CHECK(lexicon::is_name_particle("van"));
    // a word longer than the short-word buffer still works
    CHECK_FALSE(lexicon::is_venue_head("abcdefghijklmnopqrstuvwxyzabcdefghijklmnop"));
    CHECK(lexicon::is_venue_head("palace................................................"));
}
