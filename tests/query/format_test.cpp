#include <catch2/catch.hpp>

#include <rapidjson/document.h>

#include "fixture.hpp"
#include "readout/query/engine.hpp"
#include "readout/query/format.hpp"

using namespace readout;
using namespace readout::query;
using readout::query::test::Fixture;
using readout::query::test::kBase;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t eol = text.find('\n', i);
        if (eol == std::string::npos) eol = text.size();
        out.push_back(text.substr(i, eol - i));
        i = eol + 1;
    }
    return out;
}

/// A minimal RFC 4180 reader for checking the writer.
std::vector<std::vector<std::string>> read_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false, was_quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"' && field.empty() && !was_quoted) {
            quoted = was_quoted = true;
        } else if (c == ',') {
            rows.back().push_back(field);
            field.clear();
            was_quoted = false;
        } else if (c == '\n') {
            rows.back().push_back(field);
            field.clear();
            was_quoted = false;
            rows.emplace_back();
        } else {
            field += c;
        }
    }
    if (rows.back().empty()) rows.pop_back();
    return rows;
}

/// Undoes the TSV escapes of format_result.
std::string tsv_unescape(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) {
            const char e = s[++i];
            out += e == 't' ? '\t' : e == 'n' ? '\n' : e == 'r' ? '\r' : e;
        } else {
            out += s[i];
        }
    }
    return out;
}

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> out(1);
    for (char c : line) {
        if (c == '\t') out.emplace_back();
        else out.back() += c;
    }
    return out;
}

/// A result whose values hold every character that needs care in some format.
Result hostile() {
    Result r;
    r.status = Status::Ok;
    r.form = "who-met";
    r.answer_column = "person";
    r.columns = {"place", "date"};
    r.rows.push_back(Row{"Quote \" and, comma", kBase + "person/q", {"tab\there", "line\nbreak"},
                         {Evidence{kBase + "article/a", "He said \"no\", twice.\\", 1, 20}}});
    r.rows.push_back(Row{" leading space", kBase + "person/s", {"back\\slash", "cr\rlf"}, {}});
    r.rows.push_back(Row{"ctrl\x01\x1f", "", {"{\"json\": [1]}", "\xff"}, {}});
    return r;
}

}  // namespace

TEST_CASE("output format names", "[query][format]") {
    CHECK(parse_output_format("table") == OutputFormat::Table);
    CHECK(parse_output_format("JSON") == OutputFormat::Json);
    CHECK(parse_output_format("tsv") == OutputFormat::Tsv);
    CHECK(parse_output_format("Csv") == OutputFormat::Csv);
    CHECK_FALSE(parse_output_format("xml"));
    CHECK_FALSE(parse_output_format(""));
}

TEST_CASE("JSON parses back to the same rows", "[query][format][json]") {
    const Fixture f;
    const Engine engine(f.store);
    SECTION("an answer with evidence") {
        auto r = engine.ask("who met Sergey Lavrov");
        REQUIRE(r.status == Status::Ok);
        const std::string json = format_result(r, OutputFormat::Json, true);
        rapidjson::Document doc;
        doc.Parse(json.c_str(), json.size());
        REQUIRE_FALSE(doc.HasParseError());
        REQUIRE(doc.IsArray());
        REQUIRE(doc.Size() == 2);
        const auto& first = doc[0];
        CHECK(std::string(first["label"].GetString()) == "José Manuel Albares");
        CHECK(std::string(first["iri"].GetString()) == kBase + "person/jose-manuel-albares");
        CHECK(std::string(first["place"].GetString()) == "Madrid");
        CHECK(std::string(first["date"].GetString()) == "2023");
        REQUIRE(first["evidence"].IsArray());
        REQUIRE(first["evidence"].Size() == 1);
        CHECK(std::string(first["evidence"][0]["article"].GetString()) == kBase + "article/002_a3");
        CHECK(first["evidence"][0]["start"].GetUint64() == 0);
        CHECK(first["evidence"][0]["end"].GetUint64() == 95);
        CHECK(std::string(doc[1]["evidence"][0]["sentence"].GetString()) ==
              "Lavrov said, \"we talked\" about Ukraine with Wang.");
        // Without evidence there is no "evidence" key.
        const std::string plain = format_result(r, OutputFormat::Json, false);
        rapidjson::Document doc2;
        doc2.Parse(plain.c_str(), plain.size());
        REQUIRE_FALSE(doc2.HasParseError());
        CHECK_FALSE(doc2[0].HasMember("evidence"));
    }
    SECTION("hostile values round-trip") {
        const Result r = hostile();
        const std::string json = format_result(r, OutputFormat::Json, true);
        rapidjson::Document doc;
        doc.Parse(json.c_str(), json.size());
        INFO(json);
        REQUIRE_FALSE(doc.HasParseError());
        REQUIRE(doc.Size() == 3);
        for (rapidjson::SizeType k = 0; k < 2; ++k) {
            CHECK(std::string(doc[k]["label"].GetString()) == r.rows[k].label);
            CHECK(std::string(doc[k]["place"].GetString()) == r.rows[k].values[0]);
            CHECK(std::string(doc[k]["date"].GetString()) == r.rows[k].values[1]);
        }
        CHECK(std::string(doc[0]["evidence"][0]["sentence"].GetString()) == "He said \"no\", twice.\\");
        CHECK(std::string(doc[2]["label"].GetString(), doc[2]["label"].GetStringLength()) == "ctrl\x01\x1f");
        CHECK(doc[2]["iri"].IsNull());
        CHECK(std::string(doc[2]["date"].GetString()) == "\xEF\xBF\xBD");  // invalid UTF-8 became U+FFFD
    }
    SECTION("no answer is an empty array") {
        auto r = engine.ask("who met Wang Wenbin");
        CHECK(format_result(r, OutputFormat::Json, true) == "[]\n");
        auto u = engine.ask("who met Wang");
        CHECK(format_result(u, OutputFormat::Json, false) == "[]\n");
    }
}

TEST_CASE("TSV escapes tabs, newlines and backslashes", "[query][format][tsv]") {
    const Result r = hostile();
    const std::string tsv = format_result(r, OutputFormat::Tsv, false);
    const auto lines = lines_of(tsv);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == "label\tiri\tplace\tdate");
    CHECK(lines[1] == "Quote \" and, comma\t" + kBase + "person/q\ttab\\there\tline\\nbreak");
    CHECK(lines[2] == " leading space\t" + kBase + "person/s\tback\\\\slash\tcr\\rlf");
    for (std::size_t k = 1; k < 3; ++k) {
        auto cells = split_tabs(lines[k]);
        REQUIRE(cells.size() == 4);
        CHECK(tsv_unescape(cells[0]) == r.rows[k - 1].label);
        CHECK(tsv_unescape(cells[2]) == r.rows[k - 1].values[0]);
        CHECK(tsv_unescape(cells[3]) == r.rows[k - 1].values[1]);
    }
    SECTION("with evidence, a row repeats per evidence and rows without evidence keep empty cells") {
        const auto ev = lines_of(format_result(r, OutputFormat::Tsv, true));
        REQUIRE(ev.size() == 4);
        CHECK(ev[0] == "label\tiri\tplace\tdate\tevidence_article\tevidence_sentence\tevidence_start\tevidence_end");
        auto cells = split_tabs(ev[1]);
        REQUIRE(cells.size() == 8);
        CHECK(cells[4] == kBase + "article/a");
        CHECK(tsv_unescape(cells[5]) == "He said \"no\", twice.\\");
        CHECK(cells[6] == "1");
        CHECK(cells[7] == "20");
        CHECK(split_tabs(ev[2]).size() == 8);
    }
    SECTION("a result that is not Ok is the header alone") {
        Result none;
        none.status = Status::NoAnswer;
        none.columns = {"place"};
        CHECK(format_result(none, OutputFormat::Tsv, false) == "label\tiri\tplace\n");
    }
}

TEST_CASE("CSV quotes by RFC 4180", "[query][format][csv]") {
    const Result r = hostile();
    const std::string csv = format_result(r, OutputFormat::Csv, true);
    const auto lines = lines_of(csv);
    CHECK(lines[0] == "label,iri,place,date,evidence_article,evidence_sentence,evidence_start,evidence_end");
    CHECK(lines[1].rfind("\"Quote \"\" and, comma\"," + kBase + "person/q,tab\there,\"line", 0) == 0);
    const auto rows = read_csv(csv);
    REQUIRE(rows.size() == 4);
    for (std::size_t k = 1; k < 3; ++k) {
        REQUIRE(rows[k].size() == 8);
        CHECK(rows[k][0] == r.rows[k - 1].label);
        CHECK(rows[k][1] == r.rows[k - 1].iri);
        CHECK(rows[k][2] == r.rows[k - 1].values[0]);
        CHECK(rows[k][3] == r.rows[k - 1].values[1]);
    }
    CHECK(rows[1][5] == "He said \"no\", twice.\\");
    CHECK(rows[1][6] == "1");
    CHECK(rows[2][4].empty());
    // Plain fields are not quoted.
    const std::string simple = format_result(Engine(Fixture().store).ask("who met Qin Gang"), OutputFormat::Csv, false);
    CHECK(simple == "label,iri,place,date\nAntony Blinken," + kBase + "person/antony-blinken,Beijing,Sunday\n");
}

TEST_CASE("display width counts terminal columns", "[query][format][table]") {
    CHECK(display_width("") == 0);
    CHECK(display_width("Wang Yi") == 7);
    CHECK(display_width("José") == 4);
    CHECK(display_width("Jose\xCC\x81") == 4);  // e + combining acute
    CHECK(display_width("王毅") == 4);
    CHECK(display_width("서울") == 4);
    CHECK(display_width("Ｗ") == 2);               // full-width Latin
    CHECK(display_width("a\xE2\x80\x8B" "b") == 2);  // zero-width space
    CHECK(display_width("\xff") == 1);
    CHECK(display_width("a\x01" "b\x7f") == 2);  // ASCII controls take no column
    CHECK(display_width("ab\xC3" "c") == 4);     // a cut sequence is one replacement column
}

TEST_CASE("table cells are cleaned byte by byte, ASCII runs and all", "[query][format][table]") {
    Result r;
    r.status = Status::Ok;
    r.form = "who-met";
    r.answer_column = "person";
    r.columns = {"place"};
    // Printable ASCII runs around a tab, a C0 and a C1 control, DEL, a stray continuation byte,
    // a cut two-byte sequence and valid multi-byte text.
    r.rows = {Row{"Ann\tLee\x02x\xC2\x85y\x7fz", kBase + "person/a", {"S\x80o \xC3 Paulo \xC3\xA9"}, {}}};
    const auto lines = lines_of(format_result(r, OutputFormat::Table, false));
    REQUIRE(lines.size() == 3);
    const std::string bad = "\xEF\xBF\xBD";
    CHECK(lines[2] == "Ann Lee" + bad + "x" + bad + "y" + bad + "z  S" + bad + "o " + bad + " Paulo \xC3\xA9  " + kBase + "person/a");
}

TEST_CASE("tables align columns by display width", "[query][format][table]") {
    Result r;
    r.status = Status::Ok;
    r.form = "who-met";
    r.answer_column = "person";
    r.columns = {"place", "date"};
    r.rows = {Row{"王毅", kBase + "person/wang-yi", {"北京", "2023"}, {}},
              Row{"José Manuel Albares", kBase + "person/jose", {"Madrid", "2023-07"}, {}},
              Row{"Zoe\xCC\x88", kBase + "person/zoe", {"Bogotá", "2023-07-13"}, {}},
              Row{"Tab\tand\nnewline", kBase + "person/t", {"x", "y"}, {}}};
    const std::string table = format_result(r, OutputFormat::Table, false);
    const auto lines = lines_of(table);
    REQUIRE(lines.size() == 6);
    CHECK(lines[0].rfind("person", 0) == 0);
    CHECK(lines[1].find_first_not_of("- ") == std::string::npos);
    // The place, date and IRI columns start at the same display column on every line.
    const std::vector<std::vector<std::string>> cells = {{"place", "date", "iri"},
                                                         {"北京", "2023", kBase + "person/wang-yi"},
                                                         {"Madrid", "2023-07", kBase + "person/jose"},
                                                         {"Bogotá", "2023-07-13", kBase + "person/zoe"},
                                                         {"x", "y", kBase + "person/t"}};
    const std::vector<std::size_t> line_of = {0, 2, 3, 4, 5};
    std::vector<std::size_t> expected;
    for (std::size_t k = 0; k < cells.size(); ++k) {
        const std::string& line = lines[line_of[k]];
        std::size_t from = 0;
        std::vector<std::size_t> cols;
        for (const auto& cell : cells[k]) {
            const std::size_t at = line.find(cell, from);
            REQUIRE(at != std::string::npos);
            cols.push_back(display_width(line.substr(0, at)));
            from = at + cell.size();
        }
        if (k == 0) expected = cols;
        INFO("line: " << line);
        CHECK(cols == expected);
    }
    CHECK(expected[0] == std::string("José Manuel Albares").size() - 1 + 2);  // widest label + gap
    // Control characters never reach the terminal; no line has trailing spaces.
    CHECK(table.find('\t') == std::string::npos);
    CHECK(lines[5].rfind("Tab and newline", 0) == 0);
    for (const auto& l : lines) CHECK((l.empty() || l.back() != ' '));
}

TEST_CASE("tables show evidence under rows and explain statuses", "[query][format][table]") {
    const Fixture f;
    const Engine engine(f.store);
    SECTION("evidence lines") {
        const std::string t = format_result(engine.ask("who met Qin Gang"), OutputFormat::Table, true);
        const auto lines = lines_of(t);
        REQUIRE(lines.size() == 4);
        CHECK(lines[3] == "    <- " + kBase + "article/002_a3 [200-300] \"Blinken met Qin Gang in Beijing on Sunday.\"");
        CHECK(format_result(engine.ask("who met Qin Gang"), OutputFormat::Table, false).find("<-") == std::string::npos);
    }
    SECTION("ambiguous") {
        const std::string t = format_result(engine.ask("who met Wang"), OutputFormat::Table, false);
        const auto lines = lines_of(t);
        REQUIRE(lines.size() == 5);
        CHECK(lines[0].find("\"Wang\" could be more than one person") == 0);
        CHECK(lines[1] == "  candidate    type    iri");
        CHECK(lines[3] == "  Wang Wenbin  Person  " + kBase + "person/wang-wenbin");
        CHECK(lines[4] == "  Wang Yi      Person  " + kBase + "person/wang-yi");
    }
    SECTION("no answer") {
        auto r = engine.ask("who met Wang Wenbin");
        CHECK(format_result(r, OutputFormat::Table, true) == r.message + "\n");
    }
    SECTION("the pattern form shows its variables and no separate IRI column") {
        auto r = engine.ask("select ?c where { ?c ro:country <country/china> }");
        const auto lines = lines_of(format_result(r, OutputFormat::Table, false));
        REQUIRE(lines.size() == 3);
        CHECK(lines[0] == "label    ?c");
        CHECK(lines[2] == "Beijing  " + kBase + "city/beijing");
    }
}
