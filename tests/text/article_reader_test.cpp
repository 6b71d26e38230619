// The article reader on odd input: what is repaired, what is skipped, and where it is reported.
// (The end-to-end cases, with data files, are tests/e2e/bad_input.sh.)

#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "readout/text/article_reader.hpp"

using namespace readout;
using namespace readout::text;
using namespace std::string_literals;

namespace {

ReadResult read_text(const std::string& content, const ReadLimits& limits = {}) {
    ReadResult r;
    read_text_article(content, "a.txt", "a", r, limits);
    return r;
}

ReadResult read_jsonl(const std::string& content, const ReadLimits& limits = {}) {
    ReadResult r;
    std::istringstream in(content);
    read_jsonl_articles(in, "x.jsonl", r, limits);
    return r;
}

ReadResult read_stdin(const std::string& content, const ReadLimits& limits = {}) {
    std::istringstream in(content);
    return read_articles({"-"}, in, limits);
}

}  // namespace

TEST_CASE("CRLF and lone CR line ends are read as LF", "[text][reader]") {
    auto r = read_text("Title\r\n\r\nOne.\rTwo.\r\n");
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].text == "Title\n\nOne.\nTwo.\n");
    CHECK(r.diagnostics.empty());
    CHECK(read_text("\xEF\xBB\xBFTitle\r\nBody.").articles.at(0).text == "Title\nBody.");
}

TEST_CASE("invalid UTF-8 and NUL are replaced, reported at the first one", "[text][reader]") {
    auto r = read_text("Title\nBody line\nab\xFFz\x00.\n"s);
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].text == "Title\nBody line\nab\xEF\xBF\xBDz .\n");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].severity == Severity::Warning);
    CHECK(r.diagnostics[0].line == 3);
    CHECK(r.diagnostics[0].column == 3);
    CHECK(r.diagnostics[0].message.rfind("2 invalid UTF-8", 0) == 0);
    CHECK(r.skipped == 0);
}

TEST_CASE("binary data, UTF-16 and HTML pages are skipped with an error", "[text][reader]") {
    std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1f\xf3\xff", 33);
    auto bin = read_text(png + std::string(20, 'a'));
    CHECK(bin.articles.empty());
    CHECK(bin.skipped == 1);
    CHECK(bin.diagnostics.at(0).message.find("binary") != std::string::npos);

    auto utf16 = read_text(std::string("\xFF\xFET\0i\0t\0l\0e\0", 12));
    CHECK(utf16.articles.empty());
    CHECK(utf16.diagnostics.at(0).message.find("UTF-16") != std::string::npos);

    auto html = read_text("\n  <!doctype HTML>\n<html><body><p>Talks.</p></body></html>");
    CHECK(html.articles.empty());
    CHECK(html.diagnostics.at(0).message.find("HTML page") != std::string::npos);

    // text that merely mentions tags, and text with a few control characters, is still text
    CHECK(read_text("Title\nThe <html> tag was discussed.\n").articles.size() == 1);
    CHECK(read_text("Title\nA form feed \f and a bell \a in a long enough line of text.\n").articles.size() == 1);
}

TEST_CASE("size and line length limits skip the article and say which limit", "[text][reader]") {
    ReadLimits limits;
    limits.max_article_bytes = 100;
    limits.max_line_bytes = 20;
    auto big = read_text(std::string(101, 'a'), limits);
    CHECK(big.skipped == 1);
    CHECK(big.diagnostics.at(0).message.find("--max-article-bytes") != std::string::npos);
    auto long_line = read_text("Title\nshort\n" + std::string(21, 'b') + "\n", limits);
    CHECK(long_line.skipped == 1);
    CHECK(long_line.diagnostics.at(0).line == 3);
    CHECK(long_line.diagnostics.at(0).message.find("--max-line-bytes") != std::string::npos);
    CHECK(read_text("Title\nshort\n" + std::string(20, 'b') + "\n", limits).articles.size() == 1);
}

TEST_CASE("JSON Lines: a line over the limit is skipped without losing the next", "[text][reader]") {
    ReadLimits limits;
    limits.max_article_bytes = 64;
    auto r = read_jsonl("{\"id\":\"big\",\"text\":\"" + std::string(500, 'x') + "\"}\r\n{\"id\":\"next\",\"text\":\"Body.\"}\r\n",
                        limits);
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].id == "next");
    CHECK(r.articles[0].origin == "x.jsonl:2");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].line == 1);
    CHECK(r.diagnostics[0].message.find("is 523 bytes, over the limit of 64 bytes") != std::string::npos);
}

TEST_CASE("JSON Lines: fields are cleaned, blank text is an error, newlines leave the title", "[text][reader]") {
    auto r = read_jsonl("{\"id\":\"a\\u0000b\",\"title\":\"T1\\nT2\",\"text\":\"A\\r\\nB\"}\n{\"id\":\"c\",\"text\":\"  \"}\n");
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].id == "a b");
    CHECK(r.articles[0].title == "T1 T2");
    CHECK(r.articles[0].text == "A\nB");
    CHECK(r.skipped == 1);
    CHECK(r.diagnostics.back().line == 2);
}

TEST_CASE("standard input: JSON Lines keep their line numbers, text keeps its BOM out", "[text][reader]") {
    auto jl = read_stdin("\n\n  {\"id\":\"s1\",\"text\":\"Body.\"}\nnot json\n");
    REQUIRE(jl.articles.size() == 1);
    CHECK(jl.articles[0].origin == "<stdin>:3");
    CHECK(jl.diagnostics.at(0).line == 4);
    auto text = read_stdin("\xEF\xBB\xBFTitle\nBody.\n");
    REQUIRE(text.articles.size() == 1);
    CHECK(text.articles[0].title == "Title");
    auto odd = read_stdin("\xEF\xBBX Title and a body long enough to be text\n");  // a broken BOM is kept, repaired
    REQUIRE(odd.articles.size() == 1);
    CHECK(odd.articles[0].text.rfind("\xEF\xBF\xBD", 0) == 0);
    ReadLimits limits;
    limits.max_article_bytes = 10;
    CHECK(read_stdin(std::string(100, 'z'), limits).skipped == 1);
}

TEST_CASE("JSON Lines: deep nesting is an error, not a stack overflow", "[text][reader]") {
    ReadLimits limits;
    limits.max_article_bytes = 4u * 1024u * 1024u;
    auto r = read_jsonl("{\"id\":\"deep\",\"text\":" + std::string(2000000, '[') + "\n{\"id\":\"next\",\"text\":\"Body.\"}\n",
                        limits);
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].id == "next");
    CHECK(r.skipped == 1);
    CHECK(r.diagnostics.at(0).line == 1);
}
