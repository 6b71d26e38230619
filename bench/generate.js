#!/usr/bin/env node
// Deterministic benchmark corpus: N invented news-style articles about diplomacy, as .txt files and
// JSON Lines, with gold facts in the format of the evaluation guidelines (shared/eval/GUIDELINES.md).
//
//   node bench/generate.js --articles N [--seed S] --out DIR [--no-txt] [--no-jsonl] [--no-gold]
//
// Writes DIR/txt/NNNNNN.txt (first line = headline), DIR/articles.jsonl ({id,url,title,date,text})
// and DIR/gold.json. Same N and seed give byte-identical output. People are invented from
// combinatorial given/family name pools of many cultures; countries and cities come from
// ontology/gazetteer/*.tsv; venues, events and agencies are invented. Needs only Node.js.
'use strict';
const fs = require('fs');
const path = require('path');

// ------------------------------------------------------------------ arguments
function parseArgs(argv) {
  const a = { articles: 100, seed: 1, out: null, txt: true, jsonl: true, gold: true };
  for (let i = 0; i < argv.length; ++i) {
    const k = argv[i];
    if (k === '--articles') a.articles = parseInt(argv[++i], 10);
    else if (k === '--seed') a.seed = parseInt(argv[++i], 10);
    else if (k === '--out') a.out = argv[++i];
    else if (k === '--no-txt') a.txt = false;
    else if (k === '--no-jsonl') a.jsonl = false;
    else if (k === '--no-gold') a.gold = false;
    else if (k === '--help' || k === '-h') a.help = true;
    else throw new Error(`unknown argument ${k}`);
  }
  return a;
}

// ------------------------------------------------------------------ seeded randomness
function makeRng(seed) {
  let s = (seed >>> 0) ^ 0x9e3779b9;
  const next = () => {  // mulberry32
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    chance: (p) => next() < p,
    shuffle: (xs) => {
      const out = xs.slice();
      for (let i = out.length - 1; i > 0; --i) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
  r.sample = (xs, n) => r.shuffle(xs).slice(0, n);
  return r;
}

// ------------------------------------------------------------------ gazetteer
function readTsv(file) {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
}

function loadGazetteer(root) {
  const dir = path.join(root, 'ontology', 'gazetteer');
  const cities = new Map();  // country key -> cities by population, largest first
  for (const [name, cc, , , pop, capital, aliases] of readTsv(path.join(dir, 'cities.tsv'))) {
    if (!cities.has(cc)) cities.set(cc, []);
    cities.get(cc).push({ name, pop: +pop, capital: capital === '1', aliases: aliases ? aliases.split('|') : [] });
  }
  const countries = [];
  for (const [key, name, aliases, demonyms, capital, lat, lon] of readTsv(path.join(dir, 'countries.tsv'))) {
    const list = (cities.get(key) || []).sort((x, y) => y.pop - x.pop);
    const cap = list.find((c) => c.capital) || list.find((c) => c.name === capital);
    const demonym = demonyms ? demonyms.split('|')[0] : '';
    if (!cap || !demonym || name.includes(',')) continue;
    countries.push({
      key, name, aliases: aliases ? aliases.split('|').filter((x) => x && !x.startsWith('the ')) : [],
      demonym, capital: cap, cities: [cap, ...list.filter((c) => c !== cap).slice(0, 4)], lat: +lat, lon: +lon,
    });
  }
  return countries;
}

// ------------------------------------------------------------------ invented people
// Name pools by culture. Full names are combinations drawn per person; none is a real person's.
const CULTURES = {
  english: { m: 'Edward Oliver Graham Rupert Callum Trevor Malcolm Gareth Simon Neville Douglas Howard Alistair Clive',
    f: 'Fiona Harriet Imogen Philippa Rosalind Gwen Moira Beatrice Verity Lorna Bronwen Tamsin',
    fam: 'Ashworth Pembroke Thornbury Whitcombe Fairley Haddon Kettering Lockwood Marchbank Radcliffe Stanbury Wetherell Ellingham Cresswell Dunmore' },
  spanish: { m: 'Alejandro Rodrigo Gonzalo Esteban Ignacio Mauricio Tomás Joaquín Cristóbal Leandro Fermín Aurelio',
    f: 'Valentina Ximena Paloma Mercedes Lucía Inés Rocío Graciela Soledad Beatriz Maite Consuelo',
    fam: 'Echeverría Villanueva Sandoval Quintero Arellano Bustamante Carrasco Olmedo Zamora Valdivia Montoya Irigoyen Cifuentes Larrañaga Ocampo',
    double: 0.4 },
  portuguese: { m: 'Fernando Rogério Anselmo Vinícius Otávio Leonardo Caetano Duarte Edson Reinaldo',
    f: 'Graça Conceição Luana Teresa Fabiana Heloísa Marta Rosângela Iara',
    fam: 'Figueiredo Magalhães Nogueira Azevedo Carvalhal Pimentel Quaresma Sampaio Teixeira Bettencourt Meireles', particle: 'da' },
  french: { m: 'Étienne Benoît Thibault Mathieu Laurent Gaspard Yannick Rémi Aurélien Baptiste',
    f: 'Solène Margaux Élodie Clémence Nathalie Aurélie Maëlle Capucine Sidonie',
    fam: 'Vautrin Lefebvre Marchand Roussel Garnier Fontaine Beaulieu Chevalier Duval Mercier Perrin Brossard Lacombe' },
  german: { m: 'Matthias Jörg Florian Torsten Henning Ulrich Dietmar Volker Rüdiger Lennart',
    f: 'Katrin Heike Annegret Sabine Friederike Mareike Silke Wiebke Dörte',
    fam: 'Brandauer Kessler Hoffmeister Lindemann Rautenberg Weißkopf Ziegler Falkenrath Oberländer Sturmfels Kranich Eisele' },
  polish: { m: 'Tomasz Krzysztof Wojciech Grzegorz Paweł Jarosław Mirosław Bartłomiej Zbigniew',
    f: 'Agnieszka Małgorzata Katarzyna Beata Dorota Ewa Joanna Grażyna Jadwiga',
    fam: 'Wiśniewski Zieliński Szymański Wróblewski Dąbrowski Jabłoński Górecki Kaczmarski Michalski Zawadzki', female: [/ski$/, 'ska', /cki$/, 'cka'] },
  russian: { m: 'Dmitri Arkady Gennady Konstantin Yevgeny Stanislav Vadim Rostislav Timofei',
    f: 'Svetlana Oksana Larisa Tatiana Galina Yelena Zinaida Alevtina',
    fam: 'Voronov Belyakov Zhuravlev Gromov Sokolov Tikhonov Morozov Lebedinsky Chernyshev Polyakov', female: [/ov$/, 'ova', /ev$/, 'eva', /sky$/, 'skaya'] },
  arabic: { m: 'Khalid Tariq Samir Walid Faisal Nabil Hisham Adel Ziad Karim Marwan Yousef',
    f: 'Layla Rania Huda Salma Noura Dalia Samira Hanan Lubna',
    fam: 'al-Masri Haddad al-Qasimi Barakat Mansour al-Sharif Khoury Saleh al-Tamimi Darwish Azzam Hamdan al-Rashidi Qabbani' },
  turkish: { m: 'Emre Murat Serkan Kerem Oğuz Burak Volkan Tolga Cem',
    f: 'Elif Zeynep Aylin Selin Defne Gülşen Nilüfer Ebru',
    fam: 'Aksoy Karaca Öztürk Korkmaz Çelikkol Şahin Aydın Erdem Güler Kocabaş Tunçel' },
  persian: { m: 'Dariush Kourosh Bahram Farhad Mehrdad Ramin Siavash Kamran',
    f: 'Shirin Parisa Nasrin Golnaz Mahsa Roya Azadeh',
    fam: 'Rostami Tehrani Farahani Kazemi Shirazi Nikpour Bagheri Ansari Golestani' },
  chinese: { order: 'family', m: 'Wenhao Jianguo Haoran Zhiyuan Junjie Guoqiang Dehua Zhenyu Bowen',
    f: 'Yufei Lihua Meiling Shufen Yanping Jiayi Xiurong Ruolan',
    fam: 'Liu Zhou Huang Zhao Sun Guo Luo Gao Lin Tang Feng Cao Xu Shen Pan' },
  vietnamese: { order: 'family', middle: 'Van Duc Minh Quoc Thanh Huu', middleF: 'Thi Ngoc Thu Kim',
    m: 'Hung Tuan Cuong Khanh Son Thang Hai Long', f: 'Lan Hoa Mai Phuong Huong Trang Linh',
    fam: 'Nguyen Tran Le Pham Hoang Vu Dang Bui Do Ngo', aliasGiven: true },
  korean: { order: 'family', m: 'Min-jun Ji-hoon Dong-hyun Sung-min Jae-won Tae-yang Hyun-woo',
    f: 'Seo-yeon Hye-jin Eun-ji Yoo-na Soo-ah Ji-woo Da-eun',
    fam: 'Park Choi Jung Kang Yoon Jang Han Oh Shin Seo Kwon' },
  japanese: { m: 'Hiroshi Takeshi Kenji Akira Daisuke Masato Ryota Kazuhiro', f: 'Yuko Naoko Haruka Emiko Ayumi Chihiro Sayaka',
    fam: 'Takahashi Nakamura Kobayashi Yamaguchi Matsumoto Inoue Fujiwara Hayashi Ishikawa Morita Kuroda' },
  indian: { m: 'Arvind Rajesh Sanjay Vikram Anil Prakash Rohit Manoj Suresh Harish', f: 'Priya Anjali Kavita Sunita Meera Deepa Lakshmi Rekha',
    fam: 'Sharma Iyer Menon Chatterjee Reddy Kulkarni Nair Bhattacharya Deshpande Malhotra Pillai Saxena' },
  eastafrican: { m: 'Baraka Juma Omari Hamisi Kiprono Mwita Tumaini Jabari', f: 'Amani Zawadi Neema Wanjiru Achieng Rehema Nyokabi',
    fam: 'Mwangi Otieno Kamau Wafula Njoroge Chege Mutua Onyango Kiprop Wekesa Barasa' },
  westafrican: { m: 'Kwame Kofi Yaw Chukwuemeka Oluwaseun Babatunde Emeka Abdoulaye Moussa Ibrahima', f: 'Adwoa Ama Ngozi Folake Aminata Fatou Chiamaka Yewande',
    fam: 'Mensah Boateng Okonkwo Adeyemi Nwosu Diallo Traoré Ouédraogo Asante Adebayo Sow Keita Owusu-Darko' },
  indonesian: { m: 'Budi Agus Hendra Rizal Wahyu Bambang Teguh', f: 'Siti Dewi Ratna Wulan Indah Lestari',
    fam: 'Santoso Wibowo Hidayat Kusuma Nugroho Saputra Halim Rahardjo Setiawan' },
  nordic: { m: 'Henrik Lars Magnus Anders Sigurd Espen Torbjørn', f: 'Ingrid Sigrid Astrid Linnea Kaja Solveig Ragnhild',
    fam: 'Lindqvist Haugland Bergström Nyström Dahlgren Eriksen Thorsen Holmberg Sandvik Åkesson' },
  greek: { m: 'Nikos Dimitris Yannis Kostas Stavros Andreas Panagiotis', f: 'Eleni Katerina Despina Athina Vasiliki Chrysa',
    fam: 'Papadakis Georgiou Nikolaidis Vlachos Antonopoulos Stavridis Christodoulou Kyriakou Mavridis' },
  italian: { m: 'Lorenzo Matteo Giacomo Stefano Massimo Riccardo Gianluca', f: 'Chiara Francesca Giulia Alessandra Serena Ludovica',
    fam: 'Bellucci Ferraro Moretti Colombo Rinaldi Galli Marchetti Santoro Bertolini Caputo' },
};
for (const c of Object.values(CULTURES)) {
  for (const k of ['m', 'f', 'fam', 'middle', 'middleF']) if (typeof c[k] === 'string') c[k] = c[k].split(' ');
}

// Countries whose culture the coordinates alone would get wrong.
const CULTURE_OF = {
  CN: 'chinese', TW: 'chinese', SG: 'chinese', VN: 'vietnamese', KR: 'korean', KP: 'korean', JP: 'japanese',
  IN: 'indian', NP: 'indian', LK: 'indian', BD: 'indian', PK: 'persian', IR: 'persian', AF: 'persian', TJ: 'persian',
  TR: 'turkish', AZ: 'turkish', RU: 'russian', BY: 'russian', UA: 'russian', KZ: 'russian', PL: 'polish', CZ: 'polish',
  SK: 'polish', DE: 'german', AT: 'german', CH: 'german', FR: 'french', BE: 'french', LU: 'french', SN: 'westafrican',
  BR: 'portuguese', PT: 'portuguese', AO: 'portuguese', MZ: 'portuguese', GR: 'greek', CY: 'greek', IT: 'italian',
  GB: 'english', IE: 'english', US: 'english', CA: 'english', AU: 'english', NZ: 'english', ID: 'indonesian',
  MY: 'indonesian', NO: 'nordic', SE: 'nordic', DK: 'nordic', FI: 'nordic', IS: 'nordic', PH: 'spanish',
};

function cultureOf(country) {
  if (CULTURE_OF[country.key]) return CULTURE_OF[country.key];
  const { lat, lon } = country;
  if (lon < -30) return 'spanish';
  if (lat > 35 && lon < 45) return ['french', 'german', 'italian', 'greek', 'polish'][country.key.charCodeAt(0) % 5];
  if (lat > 12 && lon >= 25 && lon < 62) return 'arabic';
  if (lat < 30 && lon >= -20 && lon < 25) return 'westafrican';
  if (lat < 30 && lon >= 25 && lon < 55) return 'eastafrican';
  if (lon >= 90) return 'indonesian';
  return 'indian';
}

// ------------------------------------------------------------------ the cast: who holds which post
// Posts a country's officials hold: gold title, how texts write it, and the portfolio words.
const POSTS = [
  { key: 'president', title: 'President', weight: 3, lower: 'president' },
  { key: 'pm', title: 'Prime Minister', weight: 3, lower: 'prime minister' },
  { key: 'fm', title: 'Foreign Minister', weight: 8, lower: 'foreign minister', long: 'minister of foreign affairs', ministry: 'foreign ministry' },
  { key: 'dm', title: 'Defence Minister', weight: 3, lower: 'defence minister', long: 'minister of defence', ministry: 'defence ministry' },
  { key: 'tm', title: 'Trade Minister', weight: 3, lower: 'trade minister', long: 'minister of trade', ministry: 'trade ministry' },
  { key: 'finm', title: 'Finance Minister', weight: 2, lower: 'finance minister', long: 'minister of finance', ministry: 'finance ministry' },
  { key: 'em', title: 'Energy Minister', weight: 2, lower: 'energy minister', long: 'minister of energy', ministry: 'energy ministry' },
  { key: 'dfm', title: 'Deputy Foreign Minister', weight: 2, lower: 'deputy foreign minister' },
];
const ACCOMPANY_POSTS = [
  { key: 'nsa', title: 'National Security Adviser', lower: 'national security adviser' },
  { key: 'dfm', title: 'Deputy Foreign Minister', lower: 'deputy foreign minister' },
  { key: 'tm', title: 'Trade Minister', lower: 'trade minister' },
  { key: 'em', title: 'Energy Minister', lower: 'energy minister' },
];

class Cast {
  constructor(rng) {
    this.rng = rng;
    this.used = new Set();
    this.byPost = new Map();
    this.persons = [];
  }
  // A new full name of a culture, never given to anyone before (the gold keys people by name).
  invent(culture) {
    for (let attempt = 0; ; ++attempt) {
      const p = this.draw(culture, attempt);
      if (this.used.has(p.name)) continue;
      this.used.add(p.name);
      return p;
    }
  }
  // A name for a byline or credit: not recorded, but never one of the people in the news.
  anyone(culture) {
    for (let attempt = 0; ; ++attempt) {
      const p = this.draw(culture, attempt);
      if (!this.used.has(p.name)) return p;
    }
  }
  // Draws a name; after many collisions, adds a middle initial (the pools are combinatorial).
  draw(culture, attempt) {
    const c = CULTURES[culture];
    const r = this.rng;
    const female = r.chance(0.4);
    let given = r.pick(female ? c.f : c.m);
    let fam = r.pick(c.fam);
    if (female && c.female) {
      for (let i = 0; i < c.female.length; i += 2) fam = fam.replace(c.female[i], c.female[i + 1]);
    }
    const surname0 = fam;
    if (attempt >= 8 && !c.order) fam = `${String.fromCharCode(65 + r.int(0, 25)).replace(/[IOQXZ]/, 'M')}. ${fam}`;
    if (attempt >= 40 && !c.order) fam = `${r.pick(female ? c.f : c.m)} ${fam}`;
    let name, aliases, surname;
    if (c.double && r.chance(c.double)) {
      const second = r.pick(c.fam.filter((x) => x !== surname0));
      name = `${given} ${fam} ${second}`;
      aliases = [surname0];
      surname = surname0;
    } else if (c.particle && r.chance(0.3)) {
      name = `${given} ${c.particle} ${fam}`;
      aliases = [surname0];
      surname = surname0;
    } else if (c.middle) {
      const middle = r.pick(female ? c.middleF : c.middle);
      if (attempt >= 8) given = `${r.pick(female ? c.middleF : c.middle)} ${given}`;
      name = `${fam} ${middle} ${given}`;
      aliases = [given.split(' ').pop()];
      surname = aliases[0];
    } else if (c.order === 'family') {
      if (attempt >= 8) given = `${given}${r.pick(female ? c.f : c.m).toLowerCase()}`;
      name = `${fam} ${given}`;
      aliases = [fam];
      surname = fam;
    } else {
      name = `${given} ${fam}`;
      aliases = [surname0];
      surname = surname0;
    }
    return { name, aliases, surname, female, roles: [], culture };
  }
  // The holder of a post in a country; an ambassador post is keyed by the host country too.
  holder(country, post, host) {
    const key = `${country.key}|${post.key}|${host ? host.key : ''}`;
    let p = this.byPost.get(key);
    if (!p) {
      p = this.invent(cultureOf(country));
      p.country = country;
      p.post = post;
      p.host = host;
      p.title = host ? `Ambassador to ${host.name}` : post.title;
      this.byPost.set(key, p);
      this.persons.push(p);
    }
    return p;
  }
  // Someone outside government quoted in an article (analysts, spokespeople).
  outsider(country) {
    const p = this.invent(cultureOf(country));
    p.country = country;
    this.persons.push(p);
    return p;
  }
}

// ------------------------------------------------------------------ dates
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY_MS = 86400000;
const pad = (n, w = 2) => String(n).padStart(w, '0');
const iso = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const addDays = (d, n) => new Date(d.getTime() + n * DAY_MS);
const mdy = (d) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
const dmy = (d) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
const md = (d) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;

// The header line(s) that state the publication date, in one of many house styles.
function pubHeader(rng, d) {
  const h = pad(rng.int(6, 22)), m = pad(rng.int(0, 59));
  return rng.pick([
    () => mdy(d),
    () => dmy(d),
    () => `${mdy(d)} / ${h}:${m} / Updated ${rng.int(1, 5)} hours ago`,
    () => `Published: ${WEEKDAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
    () => `Updated: ${iso(d)} ${h}:${m} GMT`,
    () => `${WEEKDAYS[d.getUTCDay()]} ${mdy(d)}`,
    () => `Posted ${MON[d.getUTCMonth()]}. ${d.getUTCDate()}, ${d.getUTCFullYear()} at ${h}:${m}`,
  ])();
}

// How the text dates a meeting `k` days before publication; returns [phrase, gold date].
function dayPhrase(rng, pub, k, style) {
  const d = addDays(pub, -k);
  const wd = WEEKDAYS[d.getUTCDay()];
  const options = [];
  if (k === 0) options.push('today', 'earlier today', `on ${wd}`, `on ${wd}`, `on ${md(d)}`);
  if (k === 1) options.push('yesterday', `late on ${wd}`, `on ${wd}`, `on ${wd} evening`);
  if (k >= 2 && k <= 6) options.push(`on ${wd}`, `on ${wd}`, `last ${wd}`, `on ${md(d)}`, `on ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`);
  if (style === 'explicit' || k > 6) options.length = 0, options.push(`on ${mdy(d)}`, `on ${dmy(d)}`, `on ${md(d)}`);
  return [rng.pick(options), iso(d)];
}

// ------------------------------------------------------------------ vocabulary of the stories
const ISSUES = [
  'maritime security', 'energy cooperation', 'trade barriers', 'the migration crisis', 'counterterrorism',
  'climate finance', 'debt relief', 'visa liberalization', 'fisheries', 'border demarcation', 'water sharing',
  'nuclear non-proliferation', 'food security', 'digital trade', 'refugee returns', 'arms control',
  'investment protection', 'customs procedures', 'a free trade agreement', 'cross-border rail links',
  'public health cooperation', 'the reopening of consulates', 'a prisoner exchange', 'ceasefire monitoring',
  'electricity interconnection', 'a gas pipeline project', 'tariffs on steel', 'student exchanges',
  'disaster preparedness', 'cybersecurity', 'port access', 'fertilizer supplies', 'air links', 'mining licences',
  'peacekeeping contributions', 'drug trafficking', 'the rights of migrant workers', 'wildlife trafficking',
  'rare earth exports', 'a currency swap line', 'vaccine production', 'desalination projects',
];
const VENUE_WORDS = ['Unity', 'Cedar', 'Independence', 'Liberty', 'Jade', 'Harbour', 'Republic', 'Sovereign',
  'Heritage', 'Crescent', 'Meridian', 'Lakeside', 'Marble', 'Summit', 'Riverside', 'Victory', 'Concord'];
const VENUE_HEADS = ['Palace', 'House', 'Hall', 'Hotel', 'Guesthouse', 'Conference Centre', 'Pavilion'];
const EVENT_KINDS = ['summit', 'ministerial meeting', 'annual conference', 'foreign ministers\' meeting', 'forum',
  'leaders\' retreat'];
const AGENCIES = ['Meridian Wire', 'Continental Press', 'Global Dispatch', 'Pan-Oceanic News', 'Northern Courier',
  'Atlas News Service', 'Riverbank Post', 'Compass Newswire'];
const PURPOSES = ['to ease tensions over {issue}', 'seeking to revive stalled talks on {issue}',
  'in a bid to settle a dispute over {issue}', 'as the two governments try to deepen ties',
  'amid a row over {issue}', 'in the first such visit in a decade', 'days after a spat over {issue}'];
const SAID = ['said', 'told reporters', 'said in a statement', 'told a news conference', 'said afterwards',
  'wrote on social media', 'told state television'];
const BACKGROUND = [
  'Trade between the two countries was worth about ${n} billion last year, according to official figures.',
  'Relations between {A} and {B} have been strained since a dispute over {issue} flared up {years} years ago.',
  'The two countries established diplomatic relations in {year} and have signed {small} agreements since.',
  'Analysts said the visit reflected {A}\'s effort to diversify its partners at a time of slowing growth.',
  'Officials from both sides have met {small} times this year, a pace not seen in more than a decade.',
  '{A} is one of the largest investors in {B}, with projects in energy, ports and telecommunications.',
  'More than {n}0,000 citizens of {A} live and work in {B}, according to the {A} embassy.',
  'The government in {capA} has been under pressure at home over rising prices of fuel and bread.',
  'Opposition lawmakers in {capB} criticised the talks, saying the government had given too much away.',
  'Inflation in {A} reached {small}.{small} percent in the last quarter, the central bank said.',
];

// ------------------------------------------------------------------ one article
class Writer {
  constructor(rng, countries, cast, gold) {
    this.rng = rng;
    this.countries = countries;
    this.cast = cast;
    this.gold = gold;
    this.history = [];  // meetings already reported, for follow-up stories
    this.venues = new Map();
  }

  venue(city) {
    if (!this.venues.has(city.name)) {
      const r = this.rng;
      this.venues.set(city.name, [0, 1, 2].map(() => `${r.pick(VENUE_WORDS)} ${r.pick(VENUE_HEADS)}`));
    }
    return this.rng.pick(this.venues.get(city.name));
  }

  // First mention of a person: title before the name, or an appositive role.
  intro(p, seen, s) {
    const r = this.rng;
    if (seen.has(p)) return r.chance(0.7) ? p.surname : (r.chance(0.5) ? `${p.female ? 'Ms' : 'Mr'} ${p.surname}` : p.name);
    seen.add(p);
    const c = p.country;
    if (p.host) {
      return r.pick([`${c.name}'s ambassador to ${p.host.name}, ${p.name},`, `${p.name}, ${c.name}'s ambassador to ${p.host.name},`,
        `${c.demonym} Ambassador ${p.name}`]);
    }
    const post = p.post;
    const forms = [`${c.demonym} ${post.title} ${p.name}`, `${c.name}'s ${post.title} ${p.name}`,
      `${p.name}, ${c.name}'s ${post.lower},`, `${c.demonym} ${post.lower} ${p.name}`];
    if (post.long) forms.push(`${p.name}, ${c.name}'s ${post.long},`, `${p.name}, the ${c.demonym} ${post.long},`);
    if (s === 'subject-plain') forms.push(`${post.title} ${p.name} of ${c.name}`);
    return r.pick(forms);
  }

  pickCountries() {
    const a = this.rng.pick(this.countries);
    let b;
    do b = this.rng.pick(this.countries); while (b === a);
    return [a, b];
  }

  post() {
    const total = POSTS.reduce((n, p) => n + p.weight, 0);
    let x = this.rng.next() * total;
    for (const p of POSTS) if ((x -= p.weight) < 0) return p;
    return POSTS[0];
  }

  issues(n) { return this.rng.sample(ISSUES, n); }

  issueSentence(who, issues) {
    const r = this.rng;
    const list = issues.length === 1 ? issues[0] : `${issues.slice(0, -1).join(', ')} and ${issues[issues.length - 1]}`;
    return r.pick([
      `${who} discussed ${list}, according to a joint statement.`,
      `The talks focused on ${list}, officials said.`,
      `They discussed ${list}.`,
      `The two sides discussed ${list}, the ${r.pick(['foreign ministry', 'presidency', 'government'])} said in a statement.`,
      `According to officials, the agenda included ${list}.`,
      `${who} also raised the issue of ${issues[0]}${issues.length > 1 ? ` and stressed the need for progress on ${issues.slice(1).join(' and ')}` : ''}.`,
    ]);
  }

  // A meeting sentence. a visits b (b is the host); returns the sentence.
  meetingSentence(a, b, seen, where, when, venue, event) {
    const r = this.rng;
    const A = this.intro(a, seen), B = this.intro(b, seen);
    const at = venue ? ` at ${venue} in ${where.name}` : ` in ${where.name}`;
    const pr = r.pick(PURPOSES).replace('{issue}', r.pick(ISSUES));
    const side = event ? ` on the sidelines of ${event} in ${where.name}` : at;
    return r.pick([
      `${A} met ${B}${side} ${when}, ${pr}.`,
      `${A} held talks with ${B}${side} ${when}.`,
      `${B} received ${A}${at} ${when}, ${pr}.`,
      `${A} and ${B} met ${when}${side}, officials from both countries said.`,
      `Talks between ${A} and ${B} took place ${when}${side}.`,
      `${A} sat down with ${B}${side} ${when} for what officials described as frank talks.`,
      `${A} called on ${B}${at} ${when}.`,
      `${B} hosted ${A} for talks${at} ${when}.`,
      `${A} shook hands with ${B} before their talks${side} ${when}.`,
    ]);
  }

  quote(p, seen) {
    const r = this.rng;
    const q = r.pick(['"We have agreed to keep talking, and that is already progress,"',
      '"Our countries have more that unites them than divides them,"', '"There is still a lot of work to do,"',
      '"We did not come here to sign papers but to build trust,"', '"The door remains open,"',
      '"Nobody gains from a quarrel between neighbours,"', '"This was a frank and useful exchange,"']);
    return `${q} ${this.intro(p, seen)} ${r.pick(SAID)}.`;
  }

  byline(r, agency) {
    const reporter = this.cast.anyone(r.pick(Object.keys(CULTURES)));
    return { reporter, line: r.pick([`By ${reporter.name}`, `By ${reporter.name}, ${agency}`, `${reporter.name} | ${agency}`]) };
  }

  meetingRecord(id, participants, place, date, issues, file, venue, event) {
    const m = { id, participants: participants.map((p) => p.name), optional_participants: [], location: place ? place.name : null,
      venue: venue || null, event: event || null, date, issues: issues.map((x) => ({ label: x, aliases: [], required: true })),
      articles: [file], required: true, _people: participants, _place: place };
    this.gold.meetings.push(m);
    this.history.push(m);
    if (this.history.length > 200) this.history.shift();
    return m;
  }

  // Builds one article; returns {title, date, text, file}.
  article(index) {
    const r = this.rng;
    const file = `${pad(index, 6)}.txt`;
    const pub = new Date(Date.UTC(1998, 0, 1) + r.int(0, 28 * 365) * DAY_MS);
    const agency = r.pick(AGENCIES);
    const seen = new Set();
    const people = new Set();
    const body = [];
    const kind = r.next();
    const [home, guest] = this.pickCountries();
    const city = r.chance(0.8) ? home.capital : r.pick(home.cities);
    const head = [];
    let title;

    if (kind < 0.12 && this.history.length > 0) {
      // A follow-up: the same meeting reported again, days later, in other words.
      const m = r.pick(this.history);
      const [a, b] = m._people;
      const date = new Date(`${m.date}T00:00:00Z`);
      const later = addDays(date, r.int(1, 5));
      title = r.pick([`What came of the ${m._place.name} talks`, `${a.country.name} and ${b.country.name} weigh next steps after talks`,
        `Analysis: ${a.surname}'s visit leaves questions unanswered`]);
      head.push(pubHeader(r, later));
      const issues = this.issues(r.int(1, 2));
      body.push(`When ${this.intro(a, seen)} met ${this.intro(b, seen)} in ${m._place.name} on ${md(date)}, the two discussed ${issues.join(' and ')}.`);
      body.push(this.quote(r.pick([a, b]), seen));
      for (const x of issues) if (!m.issues.some((i) => i.label === x)) m.issues.push({ label: x, aliases: [], required: true });
      m.articles.push(file);
      people.add(a).add(b);
      this.background(body, a.country, b.country);
      return this.finish(index, file, title, later, head, body, people, agency, city);
    }

    const hostPost = this.post();
    const guestPost = r.chance(0.7) ? hostPost : this.post();
    const b = this.cast.holder(home, hostPost);
    const a = this.cast.holder(guest, guestPost);
    people.add(a).add(b);
    const k = r.pick([0, 0, 1, 1, 2, 3, 4, 5]);
    const mdate = addDays(pub, -k);
    const [when, gdate] = dayPhrase(r, pub, k);
    const headerStyle = r.next();
    if (headerStyle < 0.45) head.push(pubHeader(r, pub));
    title = r.pick([`${guest.demonym}, ${home.demonym} ${hostPost.lower}s hold talks in ${city.name}`,
      `${a.surname} visits ${home.name} as ties warm`, `${guest.name} and ${home.name} seek to mend fences`,
      `Talks in ${city.name} focus on ${r.pick(ISSUES)}`, `UPDATE 1-${guest.name}, ${home.name} agree to step up cooperation`]);
    const dateline = headerStyle < 0.45
      ? `${city.name.toUpperCase()}, ${md(pub)} (${agency}) - `
      : headerStyle < 0.8 ? `${city.name.toUpperCase()}, ${mdy(pub)} (${agency}) -- ` : '';
    if (headerStyle >= 0.8) head.push(pubHeader(r, pub));

    const event = kind < 0.3 ? `the ${r.pick(['regional', 'annual', 'extraordinary'])} ${r.pick(EVENT_KINDS)} of ${r.pick(this.countries).demonym} and ${guest.demonym} officials` : null;
    const venue = r.chance(0.5) ? this.venue(city) : null;
    body.push(dateline + this.meetingSentence(a, b, seen, city, when, venue, event));
    const parts = [a, b];
    if (r.chance(0.5)) {
      const c = r.chance(0.5) ? this.cast.holder(guest, { key: 'amb' }, home) : this.cast.holder(guest, r.pick(ACCOMPANY_POSTS));
      parts.push(c);
      people.add(c);
      body.push(r.pick([`${this.intro(a, seen)} was accompanied by ${this.intro(c, seen)}.`,
        `${this.intro(c, seen)} also took part in the talks.`, `${this.intro(a, seen)} was joined by ${this.intro(c, seen)}.`]));
    }
    const issues = this.issues(r.int(1, 4));
    body.push(this.issueSentence(r.chance(0.5) ? `${a.surname} and ${b.surname}` : 'The two ministers', issues));
    this.meetingRecord(`m${index}-1`, parts, city, gdate, issues, file, venue, event);
    if (r.chance(0.7)) body.push(this.quote(r.pick([a, b]), seen));
    this.background(body, guest, home);

    // A second meeting: the guest calls on the head of state or government another day.
    if (r.chance(0.4) && k < 5) {
      const top = this.cast.holder(home, r.pick([POSTS[0], POSTS[1]]));
      if (top !== b && top !== a) {
        people.add(top);
        const k2 = k + r.int(1, 2);
        const [when2, gdate2] = dayPhrase(r, pub, k2);
        const v2 = r.chance(0.6) ? this.venue(city) : null;
        body.push(`${when2[0].toUpperCase()}${when2.slice(1)}, ` + this.meetingSentence(a, top, seen, city, '', v2, null).replace(/ +/g, ' ').replace(/ ([.,])/g, '$1'));
        const iss2 = this.issues(r.int(1, 2));
        body.push(this.issueSentence('They', iss2));
        this.meetingRecord(`m${index}-2`, [a, top], city, gdate2, iss2, file, v2, null);
      }
    }
    // An older meeting, dated to the month or not at all.
    if (r.chance(0.2)) {
      const other = this.cast.holder(r.pick(this.countries), this.post());
      if (other !== a && other !== b) {
        people.add(other);
        const back = addDays(pub, -r.int(40, 300));
        const place = r.pick(other.country.cities);
        const dated = back.getUTCFullYear() === pub.getUTCFullYear() && r.chance(0.7);
        const phrase = dated ? ` in ${MONTHS[back.getUTCMonth()]}` : '';
        const topic = r.pick(ISSUES);
        body.push(`${this.intro(a, seen)} had also met ${this.intro(other, seen)} in ${place.name}${phrase}, when they discussed ${topic}.`);
        this.meetingRecord(`m${index}-3`, [a, other], place, dated ? iso(back).slice(0, 7) : null, [topic], file, null, null);
      }
    }
    this.nonMeetings(body, seen, people, a, b, home, guest, pub);
    return this.finish(index, file, title, pub, head, body, people, agency, city);
  }

  // Things that are not in-person meetings: calls, plans, hopes, refusals.
  nonMeetings(body, seen, people, a, b, home, guest, pub) {
    const r = this.rng;
    const n = r.int(0, 2);
    for (let i = 0; i < n; ++i) {
      const x = this.cast.holder(r.pick([home, guest]), r.pick([POSTS[0], POSTS[1]]));
      const y = this.cast.holder(r.pick(this.countries), r.pick([POSTS[0], POSTS[1], POSTS[2]]));
      if (x === y || x === a || y === b) continue;
      people.add(x).add(y);
      const X = this.intro(x, seen), Y = this.intro(y, seen);
      const next = MONTHS[(pub.getUTCMonth() + r.int(1, 3)) % 12];
      body.push(r.pick([
        `${X} spoke by telephone with ${Y} last week, and the two agreed that their ministers should meet.`,
        `${X} is expected to travel to ${y.country.capital.name} in ${next} for talks with ${Y}.`,
        `${X} held a video call with ${Y} on the same day, the presidency said.`,
        `A meeting between ${X} and ${Y} that had been planned for this week was postponed.`,
        `${X} hopes to meet ${Y} later this year, officials said, although no date has been set.`,
        `${X} did not meet ${Y} during the visit, a spokesman said.`,
        `${X} will host ${Y} at a summit in ${x.country.capital.name} next year.`,
      ]));
    }
    if (r.chance(0.4)) {
      const analyst = this.cast.outsider(r.pick([home, guest]));
      people.add(analyst);
      analyst.roles.push({ role: 'analyst', organization: `${analyst.country.capital.name} Institute of International Affairs`, org_aliases: [], required: false });
      body.push(`"${r.pick(['The symbolism matters more than the substance', 'Both sides needed a win at home', 'Expect little before the elections'])}," said ${analyst.name}, an analyst at the ${analyst.country.capital.name} Institute of International Affairs.`);
      seen.add(analyst);
    }
  }

  background(body, A, B) {
    const r = this.rng;
    for (const t of r.sample(BACKGROUND, r.int(2, 4))) {
      body.push(t.replace(/\{A\}/g, A.name).replace(/\{B\}/g, B.name).replace('{capA}', A.capital.name).replace('{capB}', B.capital.name)
        .replace('{issue}', r.pick(ISSUES)).replace('{n}', r.int(2, 90)).replace('{years}', r.int(2, 9))
        .replace('{year}', r.int(1950, 1995)).replace(/\{small\}/g, () => r.int(2, 9)));
    }
  }

  finish(index, file, title, pub, head, body, people, agency, city) {
    const r = this.rng;
    const { reporter, line } = this.byline(r, agency);
    const top = [];
    if (r.chance(0.6)) top.push(line);
    top.push(...head);
    const tail = [];
    if (r.chance(0.5)) {
      const photographer = this.cast.anyone(r.pick(Object.keys(CULTURES)));
      tail.push(r.pick([`Photo: ${photographer.name}/${agency}`, `(${agency} Photo/${photographer.name})`, `Picture credit: ${photographer.name}`]));
    }
    if (r.chance(0.5)) {
      const topic = r.pick(ISSUES);
      tail.push(`${r.pick(['See also', 'Read more', 'Related', 'ALSO READ'])}: ${topic[0].toUpperCase()}${topic.slice(1)} talks stall again`);
    }
    if (r.chance(0.5)) tail.push(`Reporting by ${reporter.name} in ${city.name}; Editing by ${this.cast.anyone(r.pick(Object.keys(CULTURES))).name}`);
    if (r.chance(0.3)) tail.push(`© ${pub.getUTCFullYear()} ${agency}. All rights reserved.`);
    const text = [...top, '', body.join('\n\n'), '', ...tail].join('\n').replace(/,([.,])/g, '$1').replace(/\n{3,}/g, '\n\n').trim() + '\n';
    for (const p of people) {
      if (!p.articles) p.articles = [];
      p.articles.push(file);
    }
    return { file, id: pad(index, 6), title, date: iso(pub), text };
  }
}

// ------------------------------------------------------------------ gold
function goldJson(files, cast, meetings) {
  const persons = cast.persons.filter((p) => p.articles && p.articles.length).map((p) => {
    const roles = p.roles.slice();
    if (p.title) {
      const c = p.country;
      roles.unshift({ role: p.title, organization: c.name, org_aliases: [...c.aliases, c.demonym], required: true });
    }
    return { name: p.name, aliases: p.aliases, roles, required: true };
  });
  const places = new Map();
  for (const m of meetings) {
    if (m._place && !places.has(m._place.name)) places.set(m._place.name, { name: m._place.name, aliases: m._place.aliases, required: true });
  }
  const clean = meetings.map(({ _people, _place, ...m }) => m);
  return { articles: files, persons, organizations: [], places: [...places.values()], meetings: clean };
}

// ------------------------------------------------------------------ main
function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help || !args.out) {
    process.stdout.write('usage: node bench/generate.js --articles N [--seed S] --out DIR [--no-txt] [--no-jsonl] [--no-gold]\n');
    process.exit(args.help ? 0 : 2);
  }
  const root = path.resolve(__dirname, '..');
  const rng = makeRng(args.seed);
  const countries = loadGazetteer(root);
  const cast = new Cast(rng);
  const gold = { meetings: [] };
  const writer = new Writer(rng, countries, cast, gold);
  fs.mkdirSync(args.out, { recursive: true });
  const txtDir = path.join(args.out, 'txt');
  if (args.txt) fs.mkdirSync(txtDir, { recursive: true });
  const jsonl = args.jsonl ? fs.openSync(path.join(args.out, 'articles.jsonl'), 'w') : null;
  const files = [];
  let bytes = 0, bodyBytes = 0;  // title and body (the .txt files); body alone (what readout reads of a JSON line)
  let chunk = [];
  for (let i = 1; i <= args.articles; ++i) {
    const a = writer.article(i);
    files.push(a.file);
    const txt = `${a.title}\n\n${a.text}`;
    bytes += Buffer.byteLength(txt);
    bodyBytes += Buffer.byteLength(a.text);
    if (args.txt) fs.writeFileSync(path.join(txtDir, a.file), txt);
    if (jsonl !== null) {
      chunk.push(JSON.stringify({ id: a.id, url: `https://news.example.org/${a.date.slice(0, 4)}/${a.id}`, title: a.title, date: a.date, text: a.text }));
      if (chunk.length >= 1000) { fs.writeSync(jsonl, chunk.join('\n') + '\n'); chunk = []; }
    }
  }
  if (jsonl !== null) {
    if (chunk.length) fs.writeSync(jsonl, chunk.join('\n') + '\n');
    fs.closeSync(jsonl);
  }
  if (args.gold) fs.writeFileSync(path.join(args.out, 'gold.json'), JSON.stringify(goldJson(files, cast, gold.meetings)) + '\n');
  const persons = cast.persons.filter((p) => p.articles).length;
  process.stdout.write(`articles=${args.articles} bytes=${bytes} body_bytes=${bodyBytes} persons=${persons} meetings=${gold.meetings.length}\n`);
}

main();
