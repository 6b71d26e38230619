#!/usr/bin/env node
// The generic NER peer of the benchmark: the `compromise` package tags people, places and
// organizations in every article of a JSON Lines file, on one core. Prints key=value lines.
//   node bench/node/ner.js ARTICLES.jsonl [MAX_ARTICLES]
'use strict';
const fs = require('fs');
const nlp = require('compromise');

const [file, maxArg] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node ner.js ARTICLES.jsonl [MAX_ARTICLES]\n');
  process.exit(2);
}
const max = maxArg ? parseInt(maxArg, 10) : Infinity;
const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, max);
const texts = lines.map((l) => JSON.parse(l)).map((a) => `${a.title}\n\n${a.text}`);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
let people = 0, places = 0, orgs = 0;
const start = process.hrtime.bigint();
for (const t of texts) {
  const doc = nlp(t);
  people += doc.people().out('array').length;
  places += doc.places().out('array').length;
  orgs += doc.organizations().out('array').length;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
process.stdout.write(`articles=${texts.length}\nbytes=${bytes}\nseconds=${seconds.toFixed(3)}\n` +
  `mb_per_s=${(bytes / 1e6 / seconds).toFixed(4)}\narticles_per_s=${(texts.length / seconds).toFixed(2)}\n` +
  `people=${people}\nplaces=${places}\norganizations=${orgs}\n`);
