#!/usr/bin/env node
// Prints the statements of a JSON-LD file as the reference processor (jsonld.js) reads them, as a
// JSON array of [subject, predicate, object, "iri" | "literal", language] (graph names dropped),
// so tests can compare exact strings. Remote contexts are refused.
//
//   node statements.js FILE.jsonld
'use strict';

const fs = require('fs');
const jsonld = require('jsonld');

const noNetwork = async (url) => {
  throw new Error(`refusing to load remote document ${url}`);
};

(async () => {
  const doc = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const quads = await jsonld.toRDF(doc, { documentLoader: noNetwork, safe: true });
  const out = quads.map((q) => [
    q.subject.value,
    q.predicate.value,
    q.object.value,
    q.object.termType === 'Literal' ? 'literal' : 'iri',
    q.object.termType === 'Literal' ? (q.object.language || '').toLowerCase() : '',
  ]);
  process.stdout.write(JSON.stringify(out));
})().catch((e) => {
  console.error(`statements.js: ${e.message}`);
  process.exit(1);
});
