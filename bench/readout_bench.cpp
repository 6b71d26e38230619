// readout_bench: measures, in one process, what spawning the CLI cannot: the time to load a graph,
// the store's memory per triple, the latency of name-anchored questions on the loaded graph, and
// the speed of writing it back as N-Triples and Turtle. Prints `key=value` lines for bench/run.sh.
// The load is timed to the point where the store can answer: reading the file (`read_*`) and
// building the indexes questions use (`index_*`, otherwise built by the first question).
//
//   readout_bench GRAPH [--questions N] [--write-dir DIR] [--answers FILE]
//
// Question latency is timed three ways, each over the same questions: `who_met_*` is the answer
// alone (Engine::ask without evidence: resolving the name and building the query::Result, as
// `readout query` asks), `who_met_table_*` the same answer and its table (format_result, what
// `readout query` prints), `who_met_why_*` the answer with evidence and its table with evidence
// lines (`readout query --why`). --answers FILE writes
// every question's table and JSON with evidence to FILE, for diffing two builds' answers.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <sys/resource.h>
#include <time.h>

#include "readout/io/graph_io.hpp"
#include "readout/query/engine.hpp"
#include "readout/query/format.hpp"
#include "readout/rdf/vocabulary.hpp"
#include "readout/store/store.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

/// Resident set size of this process now, from /proc/self/status (kB), or 0.
long rss_kb() {
    std::ifstream in("/proc/self/status");
    std::string key;
    while (in >> key) {
        if (key == "VmRSS:") {
            long kb = 0;
            in >> kb;
            return kb;
        }
        in.ignore(4096, '\n');
    }
    return 0;
}

/// CPU time (user + system) this process has used so far, in seconds.
double cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto secs = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return secs(usage.ru_utime) + secs(usage.ru_stime);
}

/// Peak resident set size of this process so far (kB).
long peak_rss_kb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

/// Labels of up to `limit` resources that are subjects of (?, p, o), spread evenly over them.
std::vector<std::string> sample_labels(const readout::store::Store& store, readout::store::TermId p,
                                       readout::store::TermId o, std::size_t limit) {
    std::vector<std::string> out;
    auto subjects = store.subjects(p, o);
    if (subjects.empty()) return out;
    std::size_t step = std::max<std::size_t>(1, subjects.size() / limit);
    for (std::size_t i = 0; i < subjects.size() && out.size() < limit; i += step) {
        auto label = readout::store::label_of(store, subjects[i]);
        if (!label.empty()) out.push_back(label);
    }
    return out;
}

/// CPU time used by this thread, in microseconds: unlike wall time, it does not count the time
/// other processes held the CPU, which on a shared machine makes up most of a wall-clock tail.
double thread_cpu_us() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e6 + static_cast<double>(t.tv_nsec) / 1e3;
}

struct Percentiles {
    double mean_us = 0, p50_us = 0, p99_us = 0, max_us = 0;
};

Percentiles percentiles(std::vector<double> us) {
    Percentiles p;
    if (us.empty()) return p;
    double sum = 0;
    for (double x : us) sum += x;
    std::sort(us.begin(), us.end());
    p.mean_us = sum / static_cast<double>(us.size());
    p.p50_us = us[us.size() / 2];
    p.p99_us = us[std::min(us.size() - 1, us.size() * 99 / 100)];
    p.max_us = us.back();
    return p;
}

struct Latency {
    Percentiles wall, cpu;
    std::size_t answered = 0, count = 0;
    std::size_t rendered_bytes = 0;  // bytes of the rendered answers, when rendering is timed
    std::string slowest;  // the question with the most CPU time
};

/// What is timed per question: the answer alone, or the answer and its rendering.
enum class Timed { Answer, Table, TableWithEvidence };

Latency time_questions(const readout::query::Engine& engine, const std::vector<std::string>& questions, Timed what) {
    std::vector<double> wall, cpu;
    Latency l;
    double slowest_us = -1;
    std::size_t rendered = 0;
    for (const auto& q : questions) {
        const auto start = Clock::now();
        const double cpu_start = thread_cpu_us();
        auto result = engine.ask(q);
        if (what != Timed::Answer)
            rendered += readout::query::format_result(result, readout::query::OutputFormat::Table,
                                                      what == Timed::TableWithEvidence)
                            .size();
        cpu.push_back(thread_cpu_us() - cpu_start);
        wall.push_back(seconds_since(start) * 1e6);
        if (result.status == readout::query::Status::Ok) ++l.answered;
        if (cpu.back() > slowest_us) {
            slowest_us = cpu.back();
            l.slowest = q;
        }
    }
    l.count = wall.size();
    l.rendered_bytes = rendered;
    l.wall = percentiles(std::move(wall));
    l.cpu = percentiles(std::move(cpu));
    return l;
}

void print_latency(const char* name, const Latency& l) {
    std::printf("%s_questions=%zu\n%s_answered=%zu\n", name, l.count, name, l.answered);
    std::printf("%s_mean_us=%.1f\n%s_p50_us=%.1f\n%s_p99_us=%.1f\n%s_max_us=%.1f\n", name, l.wall.mean_us, name,
                l.wall.p50_us, name, l.wall.p99_us, name, l.wall.max_us);
    std::printf("%s_cpu_mean_us=%.1f\n%s_cpu_p50_us=%.1f\n%s_cpu_p99_us=%.1f\n%s_cpu_max_us=%.1f\n", name, l.cpu.mean_us,
                name, l.cpu.p50_us, name, l.cpu.p99_us, name, l.cpu.max_us);
    std::printf("%s_cpu_slowest=%s\n", name, l.slowest.c_str());
    if (l.rendered_bytes) std::printf("%s_rendered_bytes=%zu\n", name, l.rendered_bytes);
}

/// Times `questions` as answers, as tables and as tables with evidence; prints each under `name`.
/// `engine` answers without evidence, `engine_why` with it (as `readout query --why` asks).
void time_all(const readout::query::Engine& engine, const readout::query::Engine& engine_why, const std::string& name,
              const std::vector<std::string>& questions) {
    for (auto [what, suffix] : {std::pair{Timed::Answer, ""}, std::pair{Timed::Table, "_table"},
                                std::pair{Timed::TableWithEvidence, "_why"}}) {
        const auto& e = what == Timed::TableWithEvidence ? engine_why : engine;
        // A first pass warms caches; the second is measured.
        (void)time_questions(e, questions, what);
        print_latency((name + suffix).c_str(), time_questions(e, questions, what));
    }
}

/// Writes each question with its answer as a table and as JSON, both with evidence.
void write_answers(const readout::query::Engine& engine, const std::vector<std::string>& questions, std::ostream& out) {
    using namespace readout::query;
    for (const auto& q : questions) {
        const Result r = engine.ask(q);
        out << "## " << q << "\n" << to_string(r.status) << "\n"
            << format_result(r, OutputFormat::Table, true) << format_result(r, OutputFormat::Json, true);
    }
}

}  // namespace

int main(int argc, char** argv) {
    namespace fs = std::filesystem;
    using namespace readout;
    if (argc < 2) {
        std::cerr << "usage: readout_bench GRAPH [--questions N] [--write-dir DIR] [--answers FILE]\n";
        return 2;
    }
    fs::path graph = argv[1];
    std::size_t n_questions = 1000;
    fs::path write_dir, answers;
    for (int i = 2; i + 1 < argc; i += 2) {
        std::string k = argv[i];
        if (k == "--questions") n_questions = std::strtoul(argv[i + 1], nullptr, 10);
        else if (k == "--write-dir") write_dir = argv[i + 1];
        else if (k == "--answers") answers = argv[i + 1];
        else {
            std::cerr << "readout_bench: unknown option " << k << "\n";
            return 2;
        }
    }

    long rss_before = rss_kb();
    auto start = Clock::now();
    double cpu_start = cpu_seconds();
    store::Store st;
    try {
        st = io::read_graph_file(graph);
    } catch (const io::ParseError& e) {
        std::cerr << "readout_bench: " << e.what() << "\n";
        return 3;
    }
    const double read_s = seconds_since(start);
    const double read_cpu_s = cpu_seconds() - cpu_start;
    // The indexes questions need (by subject, by object, by name) are built on first use; build
    // them here so that the load is timed to the point where the store can answer.
    const auto index_start = Clock::now();
    const double index_cpu_start = cpu_seconds();
    st.build_indexes();
    const double index_s = seconds_since(index_start);
    const double index_cpu_s = cpu_seconds() - index_cpu_start;
    const double load_s = read_s + index_s;
    const double load_cpu_s = read_cpu_s + index_cpu_s;
    long rss_after = rss_kb();
    long peak_after_load = peak_rss_kb();
    std::size_t triples = st.triple_count();
    std::printf("graph_bytes=%ju\n", static_cast<std::uintmax_t>(fs::file_size(graph)));
    std::printf("triples=%zu\nquads=%zu\nterms=%zu\n", triples, st.quad_count(), st.term_count());
    std::printf("load_s=%.3f\nload_cpu_s=%.3f\nload_triples_per_s=%.0f\n", load_s, load_cpu_s,
                static_cast<double>(triples) / load_s);
    std::printf("read_s=%.3f\nread_cpu_s=%.3f\nindex_s=%.3f\nindex_cpu_s=%.3f\n", read_s, read_cpu_s, index_s, index_cpu_s);
    std::printf("store_bytes=%zu\nstore_bytes_per_triple=%.1f\n", st.memory_bytes(),
                static_cast<double>(st.memory_bytes()) / static_cast<double>(std::max<std::size_t>(triples, 1)));
    std::printf("rss_growth_bytes_per_triple=%.1f\n",
                static_cast<double>(rss_after - rss_before) * 1024.0 / static_cast<double>(std::max<std::size_t>(triples, 1)));
    std::printf("rss_after_load_kb=%ld\n", rss_after);
    // the peak while loading (the block buffer, the staging store growing) over the memory before it
    std::printf("load_peak_growth_bytes_per_triple=%.1f\n",
                static_cast<double>(peak_after_load - rss_before) * 1024.0 / static_cast<double>(std::max<std::size_t>(triples, 1)));

    // Name-anchored questions: who met <person>, who attended <place>.
    auto id = [&](const rdf::Term& t) { return st.find(t).value_or(store::kNoTerm); };
    auto type = id(rdf::Term{rdf::rdf_ns::type()});
    auto people = sample_labels(st, type, id(rdf::Term{rdf::ro::Person()}), n_questions);
    auto cities = sample_labels(st, type, id(rdf::Term{rdf::ro::City()}), n_questions);
    // Without --why the CLI asks for no evidence; with it, the engine reads it (query.cpp).
    query::EngineOptions without_evidence;
    without_evidence.evidence = false;
    query::Engine engine(st, without_evidence), engine_why(st);
    std::vector<std::string> who_met, who_attended;
    for (const auto& p : people) who_met.push_back("who met \"" + p + "\"");
    for (const auto& c : cities) who_attended.push_back("who attended \"" + c + "\"");
    time_all(engine, engine_why, "who_met", who_met);
    time_all(engine, engine_why, "who_attended", who_attended);
    if (!answers.empty()) {
        std::ofstream out(answers, std::ios::binary);
        write_answers(engine_why, who_met, out);
        write_answers(engine_why, who_attended, out);
        if (!out.flush()) {
            std::cerr << "readout_bench: cannot write " << answers << "\n";
            return 4;
        }
    }

    if (!write_dir.empty()) {
        for (auto [format, name] : {std::pair{io::GraphFormat::NTriples, "nt"}, std::pair{io::GraphFormat::Turtle, "ttl"}}) {
            fs::path out = write_dir / (std::string("bench_out.") + name);
            auto t0 = Clock::now();
            double c0 = cpu_seconds();
            io::write_graph_file(st, format, out);
            double s = seconds_since(t0);
            std::printf("write_%s_cpu_s=%.3f\n", name, cpu_seconds() - c0);
            double mb = static_cast<double>(fs::file_size(out)) / 1e6;
            std::printf("write_%s_s=%.3f\nwrite_%s_mb=%.1f\nwrite_%s_mb_per_s=%.1f\nwrite_%s_triples_per_s=%.0f\n", name, s,
                        name, mb, name, mb / s, name, static_cast<double>(triples) / s);
            fs::remove(out);
        }
    }
    std::printf("rss_peak_kb=%ld\n", peak_rss_kb());
    return 0;
}
