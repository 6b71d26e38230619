#include <catch2/catch.hpp>

#include <sstream>

#include "readout/text/article_reader.hpp"
#include "readout/text/document.hpp"
#include "readout/text/unicode.hpp"

using namespace readout::text;

namespace {
std::vector<std::string> words(std::string_view s) {
    std::vector<std::string> out;
    for (const auto& t : tokenize(s)) out.emplace_back(s.substr(t.span.begin, t.span.size()));
    return out;
}
Document doc(std::string text) {
    Article a;
    a.id = "t";
    a.text = std::move(text);
    return Document(std::move(a));
}
}  // namespace

TEST_CASE("tokenizer works on byte offsets through multi-byte letters, quotes and invalid bytes") {
    const std::string s = "Ana\u2019s \u00C9.U. talks\u2026 \u017D. \u0141\u00F3d\u017A-based \u00C9LYS\u00C9E 1,000.5th "
                          "\"ministers\u2019\" x\u2026y";
    CHECK(words(s) == std::vector<std::string>{"Ana", "\u2019s", "\u00C9.U.", "talks", "\u2026", "\u017D.",
                                               "\u0141\u00F3d\u017A-based", "\u00C9LYS\u00C9E", "1,000.5th", "\"",
                                               "ministers", "\u2019", "\"", "x", "\u2026", "y"});
    auto t = tokenize(s);
    REQUIRE(t.size() == 16);
    CHECK(t[1].kind == TokenKind::Possessive);
    CHECK(t[2].all_upper);
    CHECK(t[7].all_upper);
    CHECK(t[8].kind == TokenKind::Number);
    CHECK(t[11].kind == TokenKind::Possessive);
    CHECK(t[14].kind == TokenKind::Punct);
    // an invalid byte is one symbol token of one byte
    auto bad = tokenize("a \xFF b");
    REQUIRE(bad.size() == 3);
    CHECK(bad[1].kind == TokenKind::Symbol);
    CHECK(bad[1].span == Span{2, 3});
}

TEST_CASE("tokenizer keeps abbreviations, splits possessives and keeps hyphenated names") {
    CHECK(words("U.S. envoy Mr. Smith met Nigeria's minister.") ==
          std::vector<std::string>{"U.S.", "envoy", "Mr.", "Smith", "met", "Nigeria", "'s", "minister", "."});
    CHECK(words("Owusu-Ansah met al-Sudani") == std::vector<std::string>{"Owusu-Ansah", "met", "al-Sudani"});
    CHECK(words("the ministers’ meeting") == std::vector<std::string>{"the", "ministers", "’", "meeting"});
    CHECK(words("Türkiye’s envoy") == std::vector<std::string>{"Türkiye", "’s", "envoy"});
    CHECK(words("$1,000 on 2019-06-04 at 14:32") ==
          std::vector<std::string>{"$", "1,000", "on", "2019-06-04", "at", "14:32"});
    CHECK(words("Antony J. Blinken") == std::vector<std::string>{"Antony", "J.", "Blinken"});
}

TEST_CASE("token spans are byte offsets into the text") {
    std::string s = "Élysée Palace — “talks”";
    auto toks = tokenize(s);
    REQUIRE(toks.size() == 6);
    CHECK(s.substr(toks[0].span.begin, toks[0].span.size()) == "Élysée");
    CHECK(toks[0].upper);
    CHECK(s.substr(toks[3].span.begin, toks[3].span.size()) == "“");
}

TEST_CASE("sentences split at terminal punctuation and line breaks, not at abbreviations") {
    auto d = doc("Headline without stop\nThe U.S. envoy met Mr. Jones on Monday. They talked. \"Yes,\" he said.\n\nNext paragraph here");
    REQUIRE(d.sentences().size() == 5);
    CHECK(d.text(d.sentences()[0].span) == "Headline without stop");
    CHECK(d.text(d.sentences()[1].span) == "The U.S. envoy met Mr. Jones on Monday.");
    CHECK(d.text(d.sentences()[2].span) == "They talked.");
    CHECK(d.text(d.sentences()[3].span) == "\"Yes,\" he said.");
    CHECK(d.sentences()[4].paragraph > d.sentences()[3].paragraph);
}

TEST_CASE("unicode helpers fold diacritics and decode safely") {
    CHECK(normalize_key("  Łukasz   ŻUKOWSKI ") == "lukasz zukowski");
    CHECK(normalize_key("Nguyễn Phú Trọng") == "nguyen phu trong");
    CHECK(fold_to_ascii("’") == "'");
    char32_t cp;
    CHECK(decode_utf8("\xC3\x28", 0, cp) == 0);      // invalid continuation
    CHECK(decode_utf8("\xE0\x80\xAF", 0, cp) == 0);  // overlong
    CHECK(decode_utf8("\xED\xA0\x80", 0, cp) == 0);  // surrogate
    CHECK(is_upper(U'Ş'));
    CHECK_FALSE(is_upper(U'ş'));
    CHECK(to_lower(U'Ş') == U'ş');
    CHECK(to_lower(U'É') == U'é');
    CHECK(to_lower(U'Ł') == U'ł');
    CHECK(to_lower(U'Ž') == U'ž');
    CHECK(to_lower(U'Ё') == U'ё');
    CHECK(to_lower(U'Д') == U'д');
    CHECK(to_lower(U'Ω') == U'ω');
    CHECK(to_lower(U'Ỹ') == U'ỹ');
    CHECK(to_lower(U'x') == U'x');
    CHECK(to_lower(U'中') == U'中');
}

TEST_CASE("article reader: text, JSON Lines, bad lines and missing files") {
    ReadResult r;
    std::istringstream jl(
        "{\"id\":\"a1\",\"date\":\"2020-01-02\",\"title\":\"T\",\"text\":\"Body one.\"}\n"
        "not json\n"
        "{\"id\":\"a3\",\"text\":\"\"}\n"
        "\n"
        "{\"id\":7,\"text\":\"Body \\u00e9.\"}\n");
    read_jsonl_articles(jl, "x.jsonl", r);
    REQUIRE(r.articles.size() == 2);
    CHECK(r.articles[0].id == "a1");
    CHECK(r.articles[0].date == "2020-01-02");
    CHECK(r.articles[1].id == "7");
    CHECK(r.articles[1].text == "Body é.");
    CHECK(r.skipped == 2);
    REQUIRE(r.diagnostics.size() == 2);
    CHECK(r.diagnostics[0].line == 2);
    CHECK(r.diagnostics[1].line == 3);

    ReadResult t;
    read_text_article("\xEF\xBB\xBFTitle line\r\nBody \xFF text.\r\n", "a.txt", "a", t);
    REQUIRE(t.articles.size() == 1);
    CHECK(t.articles[0].title == "Title line");
    CHECK(t.articles[0].text.find("\xEF\xBF\xBD") != std::string::npos);
    CHECK(t.diagnostics.size() == 1);

    std::istringstream none;
    auto missing = read_articles({"/nonexistent/file.txt"}, none);
    CHECK(missing.articles.empty());
    CHECK(missing.skipped == 1);
    CHECK(missing.diagnostics.at(0).message.find("no such file") != std::string::npos);
}
