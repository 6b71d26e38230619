#!/usr/bin/env node
// The generic NER peer of the benchmark: the `compromise` package tags people, places and
// organizations in every article of a JSON Lines file, on one core. Prints key=value lines.
//   node bench/node/ner.js ARTICLES.jsonl [MAX_ARTICLES] [--passes N]
//
// Measured as readout_extract_bench measures readout: in one process, after start-up, over texts
// already in memory. Node's start-up, loading compromise (load_s) and parsing the JSON are left
// out, as readout's start-up (loading its gazetteers) is left out of its rate. Passes over the
// articles for at least two seconds (at least one pass) warm the JIT up and are not counted; the
// next N passes (default 1) are timed. Both the main thread's wall time and the process's CPU time
// are taken (V8 compiles and collects garbage on helper threads too), and mb_per_s uses the
// smaller of the two: the figure most favourable to the peer. The text is each article's body
// (`text`), the bytes readout extracts from (readout does not read the JSON title).
'use strict';
const fs = require('fs');

const args = process.argv.slice(2);
let passes = 1;
const rest = [];
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--passes' && i + 1 < args.length) passes = Math.max(1, parseInt(args[++i], 10));
  else rest.push(args[i]);
}
const [file, maxArg] = rest;
if (!file) {
  process.stderr.write('usage: node ner.js ARTICLES.jsonl [MAX_ARTICLES] [--passes N]\n');
  process.exit(2);
}
const loadStart = process.hrtime.bigint();
const nlp = require('compromise');
const loadSeconds = Number(process.hrtime.bigint() - loadStart) / 1e9;
const max = maxArg ? parseInt(maxArg, 10) : Infinity;
const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, max);
const texts = lines.map((l) => JSON.parse(l).text);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

let people = 0, places = 0, orgs = 0;
function pass() {
  people = places = orgs = 0;
  for (const t of texts) {
    const doc = nlp(t);
    people += doc.people().out('array').length;
    places += doc.places().out('array').length;
    orgs += doc.organizations().out('array').length;
  }
}
// warm-up, not timed: at least one pass and two seconds, so that a small sample still reaches
// the JIT's steady state
const warmStart = process.hrtime.bigint();
do pass(); while (Number(process.hrtime.bigint() - warmStart) / 1e9 < 2);
const cpuStart = process.cpuUsage();
const start = process.hrtime.bigint();
for (let p = 0; p < passes; ++p) pass();
const wall = Number(process.hrtime.bigint() - start) / 1e9;
const used = process.cpuUsage(cpuStart);
const cpu = (used.user + used.system) / 1e6;
const seconds = Math.min(wall, cpu);
const total = bytes * passes;
process.stdout.write(`articles=${texts.length}\nbytes=${bytes}\npasses=${passes}\nload_s=${loadSeconds.toFixed(3)}\n` +
  `wall_s=${wall.toFixed(3)}\ncpu_s=${cpu.toFixed(3)}\nseconds=${seconds.toFixed(3)}\n` +
  `mb_per_s=${(total / 1e6 / seconds).toFixed(4)}\narticles_per_s=${(texts.length * passes / seconds).toFixed(2)}\n` +
  `people=${people}\nplaces=${places}\norganizations=${orgs}\n`);
