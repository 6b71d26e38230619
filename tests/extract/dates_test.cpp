// Date rules on sentences written for these tests (invented people).
#include <catch2/catch.hpp>

#include "fixture.hpp"

using namespace readout::extract;

TEST_CASE("dates: month abbreviations without a period count beside a day or a year") {
    const char* body = "\n\nRosa Alvear met Tunde Bakare in Abuja on Tuesday to discuss port fees.\n";
    for (const char* header : {"Updated: Nov 8, 2022, 19:45 IST", "Published On 8 Nov 2022", "Tue, Nov 8, 2022",
                               "Last updated 8th Nov 2022 09:10 AM"}) {
        auto d = fixture::doc(std::string("Talks in Abuja\n\n") + header + body);
        auto ex = extract(d, fixture::gazetteer());
        INFO(header);
        CHECK(ex.anchor.iso() == "2022-11-08");
        REQUIRE(ex.meetings.size() == 1);
        CHECK(ex.meetings[0].date.iso() == "2022-11-08");  // a Tuesday
    }
    // without a number beside it the abbreviation is a word: a first name, not January
    auto d = fixture::doc("Talks in Abuja\n\nJan Novak met Tunde Bakare in Abuja in 2022 to discuss port fees.\n");
    auto ex = extract(d, fixture::gazetteer());
    REQUIRE(ex.meetings.size() == 1);
    CHECK(ex.meetings[0].date.iso() == "2022");
}

TEST_CASE("dates: 'last week' and 'earlier this week' are the month their days lie in, else the year") {
    struct Case {
        const char* when;
        const char* published;
        const char* iso;
    };
    // 2022-06-02 is a Thursday: last week is 23-29 May, this week 30 May - 2 June
    for (const Case c : {Case{"last week", "2022-06-02", "2022-05"}, Case{"earlier this week", "2022-06-09", "2022-06"},
                         Case{"earlier this week", "2022-06-02", "2022"}, Case{"last week", "2022-01-05", ""}}) {
        auto d = fixture::doc(std::string("Rosa Alvear met Tunde Bakare in Abuja ") + c.when + ".\n", c.published);
        auto ex = extract(d, fixture::gazetteer());
        INFO(c.when << " / " << c.published);
        REQUIRE(ex.meetings.size() == 1);
        CHECK(ex.meetings[0].date.iso() == c.iso);
    }
}

TEST_CASE("dates: 'Lima, Oct 7 (EFE).-' is a dateline whose year the copyright line gives") {
    auto d = fixture::doc(
        "Talks in Lima\n\n"
        "Lima, Oct 7 (EFE).- Kofi Mensah and Rosa Alvear met on Thursday in Lima.\n\n"
        "(c) EFE 2022. All rights reserved.\n");
    auto ex = extract(d, fixture::gazetteer());
    CHECK(ex.anchor.iso() == "2022-10-07");
    REQUIRE(ex.meetings.size() == 1);
    CHECK(ex.meetings[0].date.iso() == "2022-10-06");
}
