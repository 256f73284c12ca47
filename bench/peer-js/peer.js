'use strict';
// The peer benchmark's toy law (shared/bench/README.md) in json-rules-engine, on a pair of population files:
// timed, and checked against the expected columns when the files carry them. Issue 4, part 3.
//   node peer.js [persons.csv households.csv]     (default: bench/peer/sample-100k)
//
// json-rules-engine decides rules over facts; it has no arithmetic, sums or dates. So, as its documentation
// suggests, what needs computing is a fact (a function the almanac calls): a person's age, a household's size,
// income, ceilings and statuses. The rules themselves hold the law's logic: the comparisons with the ceilings,
// the "or" of the routes, and vt feeding social_energy_tariff (a runtime fact set when the vt rule succeeds,
// the rules ordered by priority). uitpas_reduced is decided per person by a second engine.
const fs = require('fs');
const path = require('path');
const { Engine } = require('json-rules-engine');

const PERIOD_START = { year: 2024, month: 1, day: 1 };

// The four dated parameters, valid from 1 January of each year.
const PARAMETERS = [
  { from: 2022, vtBase: 24500, vtPerMember: 4500, heatingBase: 22500, heatingPerMember: 4150 },
  { from: 2023, vtBase: 25200, vtPerMember: 4650, heatingBase: 23200, heatingPerMember: 4250 },
  { from: 2024, vtBase: 26000, vtPerMember: 4800, heatingBase: 24000, heatingPerMember: 4400 },
];
const law = PARAMETERS.filter(p => p.from <= PERIOD_START.year).pop();

function readCsv(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter(l => l.length > 0).map(l => l.replace(/\r$/, ''));
  const header = lines[0].split(',');
  return { header, rows: lines.slice(1).map(l => l.split(',')) };
}

function householdEngine() {
  const engine = new Engine([], { allowUndefinedFacts: false });
  engine.addRule({
    name: 'vt', priority: 3,
    conditions: { any: [
      { fact: 'anyLeefloon', operator: 'equal', value: true },
      { fact: 'anyIgo', operator: 'equal', value: true },
      { fact: 'householdIncome', operator: 'lessThanInclusive', value: { fact: 'vtCeiling' } },
    ] },
    event: { type: 'vt' },
    onSuccess: (event, almanac) => almanac.addRuntimeFact('vt', true),
  });
  engine.addRule({
    name: 'social_energy_tariff', priority: 2,
    conditions: { any: [
      { fact: 'vt', operator: 'equal', value: true },
      { fact: 'anyLeefloon', operator: 'equal', value: true },
    ] },
    event: { type: 'social_energy_tariff' },
  });
  engine.addRule({
    name: 'heating_allowance', priority: 2,
    conditions: { all: [
      { fact: 'heatingType', operator: 'equal', value: 'heating_oil' },
      { fact: 'householdIncome', operator: 'lessThanInclusive', value: { fact: 'heatingCeiling' } },
    ] },
    event: { type: 'heating_allowance' },
  });
  return engine;
}

function personEngine() {
  const engine = new Engine([], { allowUndefinedFacts: false });
  engine.addRule({
    name: 'uitpas_reduced',
    conditions: { any: [
      { fact: 'householdVt', operator: 'equal', value: true },
      { fact: 'debtMediation', operator: 'equal', value: true },
    ] },
    event: { type: 'uitpas_reduced' },
  });
  // Completed years on the period start.
  engine.addFact('age', async (params, almanac) => {
    const [y, m, d] = (await almanac.factValue('birthDate')).split('-').map(Number);
    const before = PERIOD_START.month < m || (PERIOD_START.month === m && PERIOD_START.day < d);
    return PERIOD_START.year - y - (before ? 1 : 0);
  });
  return engine;
}

async function main() {
  const root = path.resolve(__dirname, '..', '..');
  const personsFile = process.argv[2] || path.join(root, 'bench', 'peer', 'sample-100k', 'persons.csv');
  const householdsFile = process.argv[3] || path.join(root, 'bench', 'peer', 'sample-100k', 'households.csv');

  let start = process.hrtime.bigint();
  const persons = readCsv(personsFile);
  const households = readCsv(householdsFile);
  const membersOf = new Map();
  for (const p of persons.rows) {
    if (!membersOf.has(p[1])) membersOf.set(p[1], []);
    membersOf.get(p[1]).push(p);
  }
  const loadSeconds = Number(process.hrtime.bigint() - start) / 1e9;

  const hEngine = householdEngine();
  const pEngine = personEngine();
  const results = { vt: new Map(), social_energy_tariff: new Map(), heating_allowance: new Map(), age: new Map(), uitpas_reduced: new Map() };
  start = process.hrtime.bigint();
  for (const h of households.rows) {
    const members = membersOf.get(h[0]) || [];
    const size = members.length;
    const { events } = await hEngine.run({
      heatingType: h[1],
      householdIncome: members.reduce((sum, p) => sum + Number(p[4]), 0),
      anyLeefloon: members.some(p => p[5] === '1'),
      anyIgo: members.some(p => p[6] === '1'),
      vtCeiling: law.vtBase + law.vtPerMember * (size - 1),
      heatingCeiling: law.heatingBase + law.heatingPerMember * (size - 1),
      vt: false,
    });
    const got = new Set(events.map(e => e.type));
    for (const output of ['vt', 'social_energy_tariff', 'heating_allowance']) results[output].set(h[0], got.has(output) ? 1 : 0);
    for (const p of members) {
      const { events: personEvents, almanac } = await pEngine.run({ householdVt: got.has('vt'), debtMediation: p[7] === '1', birthDate: p[3] });
      results.age.set(p[0], await almanac.factValue('age'));
      results.uitpas_reduced.set(p[0], personEvents.length > 0 ? 1 : 0);
    }
  }
  const evaluateSeconds = Number(process.hrtime.bigint() - start) / 1e9;

  // Check against the expected columns the files carry.
  const differences = {};
  const check = (name, table, idColumn) => {
    const column = table.header.indexOf(name);
    if (column < 0) return;
    differences[name] = 0;
    for (const row of table.rows) if (Number(row[column]) !== results[name].get(row[idColumn])) differences[name]++;
  };
  for (const name of ['age', 'uitpas_reduced']) check(name, persons, 0);
  for (const name of ['vt', 'social_energy_tariff', 'heating_allowance']) check(name, households, 0);

  const n = persons.rows.length;
  console.log(`json-rules-engine ${require('json-rules-engine/package.json').version} on node ${process.version}: ${n} persons in ${households.rows.length} households`);
  console.log(`  load (s)       ${loadSeconds.toFixed(3)}`);
  console.log(`  evaluate (s)   ${evaluateSeconds.toFixed(3)}   ${(n / evaluateSeconds).toFixed(0)} persons/s`);
  const compared = Object.keys(differences);
  const bad = compared.filter(k => differences[k] > 0);
  console.log(compared.length === 0 ? '  check: the files carry no expected columns'
    : bad.length === 0 ? `  check: equal to the expected columns on all ${compared.length} outputs (${compared.join(', ')})`
    : `  check: DIFFER: ${bad.map(k => `${k} on ${differences[k]} rows`).join(', ')}`);
  process.exitCode = bad.length === 0 ? 0 : 1;
}

main().catch(e => { console.error(e); process.exitCode = 2; });
