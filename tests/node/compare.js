#!/usr/bin/env node
// Compares RDF datasets canonically (RDFC-1.0, blank nodes relabelled) using the reference
// JSON-LD processor (jsonld.js) and rdf-canonize: readout's JSON-LD output is expanded by
// jsonld.js, N-Triples / N-Quads files are parsed by rdf-canonize. Language tags are compared
// lower-cased (jsonld.js lower-cases them), and xsd:double values in jsonld.js's canonical form
// (jsonld.js rewrites every xsd:double lexical form, "1.5" becomes "1.5E0"). Exits 0 when all
// files hold the same dataset.
//
//   node compare.js [--union] [--lenient] FILE...      (.jsonld/.json, .nt, .nq)
//   --union   drop graph names first (compare the union of the graphs)
//   --lenient let jsonld.js drop keys that map to nothing (by default its safe mode makes that
//             an error, which catches output that would lose data)
'use strict';

const fs = require('fs');
const path = require('path');
const jsonld = require('jsonld');
const canonize = require('rdf-canonize');

const XSD_DOUBLE = 'http://www.w3.org/2001/XMLSchema#double';

// What jsonld.js makes of an xsd:double lexical form.
function canonicalDouble(lexical) {
  const v = parseFloat(lexical);
  if (!Number.isFinite(v)) return String(v);
  return v.toExponential(15).replace(/(\d)0*e\+?/, '$1E');
}

const noNetwork = async (url) => {
  throw new Error(`refusing to load remote document ${url}: readout output must be self-contained`);
};

async function load(file, union, safe) {
  const text = fs.readFileSync(file, 'utf8');
  let quads;
  const ext = path.extname(file).toLowerCase();
  if (ext === '.jsonld' || ext === '.json') {
    quads = await jsonld.toRDF(JSON.parse(text), { documentLoader: noNetwork, safe });
  } else if (ext === '.nt' || ext === '.nq') {
    quads = canonize.NQuads.parse(text);
  } else {
    throw new Error(`${file}: unknown extension ${ext}`);
  }
  for (const q of quads) {
    if (q.object.termType === 'Literal' && q.object.language) {
      q.object.language = q.object.language.toLowerCase();
    }
    if (q.object.termType === 'Literal' && q.object.datatype && q.object.datatype.value === XSD_DOUBLE) {
      q.object.value = canonicalDouble(q.object.value);
    }
    if (union) q.graph = { termType: 'DefaultGraph', value: '' };
  }
  const canonical = await canonize.canonize(quads, { algorithm: 'RDFC-1.0' });
  const lines = [...new Set(canonical.split('\n').filter((l) => l.length > 0))].sort();
  return lines;
}

async function main() {
  const args = process.argv.slice(2);
  const union = args.includes('--union');
  const safe = !args.includes('--lenient');
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length < 2) {
    console.error('usage: compare.js [--union] [--lenient] FILE FILE...');
    process.exit(2);
  }
  const reference = await load(files[0], union, safe);
  let failed = 0;
  for (const file of files.slice(1)) {
    const other = await load(file, union, safe);
    const a = new Set(reference);
    const b = new Set(other);
    const missing = reference.filter((l) => !b.has(l));
    const extra = other.filter((l) => !a.has(l));
    if (missing.length || extra.length) {
      failed++;
      console.log(`FAIL ${file} differs from ${files[0]} (${reference.length} vs ${other.length} quads)`);
      for (const l of missing.slice(0, 20)) console.log(`  - ${l}`);
      for (const l of extra.slice(0, 20)) console.log(`  + ${l}`);
    } else {
      console.log(`ok   ${file} = ${files[0]} (${other.length} quads)`);
    }
  }
  if (reference.length === 0) {
    console.log(`FAIL ${files[0]} holds no quads`);
    failed++;
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(1);
});
