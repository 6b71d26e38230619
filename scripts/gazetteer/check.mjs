#!/usr/bin/env node
// Validates ontology/gazetteer/*.tsv: UTF-8, LF endings, '#' header naming the columns, column counts,
// no tabs inside fields, unique keys, allowed enum values, coordinates in range, every country's
// capital present in cities.tsv with capital=1, and every country key used exists in countries.tsv.
// Usage: node check.mjs [dir]   (exit status 1 on any problem)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SPECS = {
  'countries.tsv': { columns: ['key', 'name', 'aliases', 'demonyms', 'capital', 'lat', 'lon'], unique: ['key', 'name'] },
  'cities.tsv': { columns: ['name', 'country', 'lat', 'lon', 'population', 'capital', 'aliases'] },
  'regions.tsv': { columns: ['name', 'kind', 'country', 'lat', 'lon', 'aliases'], unique: [['name', 'country', 'kind']] },
  'organizations.tsv': { columns: ['name', 'aliases', 'kind', 'country'], unique: ['name'] },
  'roles.tsv': { columns: ['title', 'canonical', 'kind', 'org_hint'], unique: ['title'] },
  'given_names.tsv': { columns: ['name', 'gender'], unique: ['name'], optional: true },
};
const ENUMS = {
  'regions.tsv': { kind: ['island', 'atoll', 'state', 'province', 'region', 'territory'] },
  'organizations.tsv': { kind: ['international', 'government', 'ministry', 'party', 'military', 'media', 'company', 'ngo', 'university'] },
  'roles.tsv': { kind: ['head_of_state', 'head_of_government', 'minister', 'diplomat', 'spokesperson', 'official', 'legislator', 'military', 'royal', 'party', 'expert', 'other'] },
  'given_names.tsv': { gender: ['male', 'female', 'unisex'] },
  'cities.tsv': { capital: ['0', '1'] },
};

function readTable(dir, file, spec, problems) {
  const p = path.join(dir, file);
  if (!fs.existsSync(p)) {
    if (!spec.optional) problems.push(`${file}: missing`);
    return null;
  }
  const buf = fs.readFileSync(p);
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    problems.push(`${file}: not valid UTF-8`);
    return null;
  }
  if (text.charCodeAt(0) === 0xfeff) problems.push(`${file}: has a byte-order mark`);
  if (text.includes('\r')) problems.push(`${file}: contains CR characters (must be LF only)`);
  if (!text.endsWith('\n')) problems.push(`${file}: does not end with a newline`);
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const header = `# ${spec.columns.join('\t')}`;
  if (lines[0] !== header) problems.push(`${file}: header is ${JSON.stringify(lines[0])}, expected ${JSON.stringify(header)}`);
  const rows = [];
  lines.slice(1).forEach((line, i) => {
    const n = i + 2;
    if (line.startsWith('#')) { problems.push(`${file}:${n}: comment line after the header`); return; }
    const f = line.split('\t');
    if (f.length !== spec.columns.length) { problems.push(`${file}:${n}: ${f.length} fields, expected ${spec.columns.length}`); return; }
    f.forEach((v, j) => {
      if (v !== v.trim()) problems.push(`${file}:${n}: field ${spec.columns[j]} has surrounding whitespace`);
      if (/[\u0000-\u001f\u007f]/.test(v)) problems.push(`${file}:${n}: field ${spec.columns[j]} has a control character`);
      if (v.split('|').some((x, _, all) => all.length > 1 && x === '')) problems.push(`${file}:${n}: field ${spec.columns[j]} has an empty '|' item`);
    });
    rows.push(Object.fromEntries(spec.columns.map((c, j) => [c, f[j]])));
  });
  return rows;
}

export function checkAll(dir) {
  const problems = [];
  const tables = {};
  for (const [file, spec] of Object.entries(SPECS)) {
    const rows = readTable(dir, file, spec, problems);
    if (!rows) continue;
    tables[file] = rows;
    for (const u of spec.unique || []) {
      const cols = Array.isArray(u) ? u : [u];
      const seen = new Set();
      for (const r of rows) {
        const k = cols.map((c) => r[c]).join('\u0001');
        if (seen.has(k)) problems.push(`${file}: duplicate ${cols.join('+')}: ${cols.map((c) => r[c]).join(' / ')}`);
        seen.add(k);
      }
    }
    for (const [col, allowed] of Object.entries(ENUMS[file] || {})) {
      for (const r of rows) if (!allowed.includes(r[col])) problems.push(`${file}: ${col}=${JSON.stringify(r[col])} not allowed (${r[spec.columns[0]]})`);
    }
    for (const r of rows) {
      if (!r[spec.columns[0]]) problems.push(`${file}: empty ${spec.columns[0]}`);
      for (const [c, lim] of [['lat', 90], ['lon', 180]]) {
        if (c in r && r[c] !== '' && !(Math.abs(+r[c]) <= lim)) problems.push(`${file}: bad ${c} ${r[c]} (${r[spec.columns[0]]})`);
      }
    }
  }

  const countries = tables['countries.tsv'] || [];
  const keys = new Set(countries.map((c) => c.key));
  for (const c of countries) if (!/^[A-Z]{2}$/.test(c.key)) problems.push(`countries.tsv: bad key ${c.key}`);
  if (countries.length && countries.length < 197) problems.push(`countries.tsv: only ${countries.length} countries (expected 193 UN members + VA, PS, TW, XK)`);

  const cities = tables['cities.tsv'] || [];
  const capitals = new Map();
  for (const c of cities) {
    if (!keys.has(c.country)) problems.push(`cities.tsv: unknown country ${c.country} (${c.name})`);
    if (!/^\d+$/.test(c.population)) problems.push(`cities.tsv: bad population ${c.population} (${c.name})`);
    if (c.capital === '1') {
      if (capitals.has(c.country)) problems.push(`cities.tsv: two capitals for ${c.country}: ${capitals.get(c.country)} and ${c.name}`);
      capitals.set(c.country, c.name);
    }
  }
  for (let i = 1; i < cities.length; i++) {
    if (+cities[i].population > +cities[i - 1].population) { problems.push('cities.tsv: not sorted by population descending'); break; }
  }
  for (const c of countries) {
    if (!c.capital) { problems.push(`countries.tsv: ${c.key} has no capital`); continue; }
    if (capitals.get(c.key) !== c.capital) problems.push(`countries.tsv: capital ${c.capital} of ${c.key} is not in cities.tsv with capital=1 (found ${capitals.get(c.key) ?? 'none'})`);
  }
  for (const file of ['regions.tsv', 'organizations.tsv']) {
    for (const r of tables[file] || []) if (r.country && !keys.has(r.country)) problems.push(`${file}: unknown country ${r.country} (${r.name})`);
  }
  for (const r of tables['roles.tsv'] || []) {
    if (r.title !== r.title.toLowerCase()) problems.push(`roles.tsv: title not lower case: ${r.title}`);
  }
  const size = fs.existsSync(path.join(dir, 'cities.tsv')) ? fs.statSync(path.join(dir, 'cities.tsv')).size : 0;
  if (size > 3.5 * 1024 * 1024) problems.push(`cities.tsv: ${size} bytes, over the ~3 MB budget`);
  return problems;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] || path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../ontology/gazetteer');
  const problems = checkAll(dir);
  for (const p of problems) console.error(p);
  console.log(problems.length ? `check: ${problems.length} problems` : 'check: ok');
  process.exit(problems.length ? 1 : 0);
}
