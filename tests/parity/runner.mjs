// Parity runner: imports every published corpus module of a built project, calls each case
// through exactly what `m shared build` publishes (plain JS values in and out), and prints one
// JSON document: for each case, its result tagged by type, or the error it threw (with the arguments
// after the call when the call changed them).
//
// usage: node runner.mjs <out-dir> <cases.json>   (cases.json: [{key, module, case, args}])
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';

const [outDir, casesFile] = process.argv.slice(2);
const cases = JSON.parse(readFileSync(casesFile, 'utf8'));

// Type-tagged value, mirroring tests/parity/harness.py `tag`: numbers that are integers are
// ints (JS has no separate float type, so an integral CPython float compares unequal).
function tag(value) {
  if (value === null || value === undefined) return ['None'];
  if (typeof value === 'boolean') return ['bool', value];
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return ['float', 'nan'];
    if (!Number.isFinite(value)) return ['float', value > 0 ? 'inf' : '-inf'];
    if (Object.is(value, -0)) return ['float', '-0.0'];
    return Number.isInteger(value) ? ['int', value] : ['float', value];
  }
  if (typeof value === 'string') return ['str', value];
  if (Array.isArray(value)) return ['list', value.map(tag)];
  if (value instanceof Error) return ['error', value.name, value.message];
  if (typeof value === 'object') {
    if (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null) {
      return ['dict', Object.keys(value).map((key) => [['str', key], tag(value[key])])];
    }
    return ['object', String(value && value.constructor && value.constructor.name)];
  }
  return ['unknown', typeof value];
}

const modules = new Map();
async function load(name) {
  if (!modules.has(name)) {
    const url = pathToFileURL(resolve(join(outDir, ...name.split('.').slice(1))) + '.js').href;
    modules.set(name, import(url).then((m) => ({ m }), (e) => ({ e })));
  }
  return modules.get(name);
}

const results = {};
for (const { key, module, case: name, args } of cases) {
  const loaded = await load(module);
  if (loaded.e) {
    results[key] = ['error', 'ModuleLoadError', `${loaded.e.name}: ${loaded.e.message}`];
    continue;
  }
  const fn = loaded.m[name];
  if (typeof fn !== 'function') {
    results[key] = ['error', 'MissingExport', `${module} does not export ${name}`];
    continue;
  }
  const before = JSON.stringify(tag(args));
  try {
    results[key] = tag(fn(...args));
  } catch (error) {
    results[key] = error instanceof Error ? ['error', error.name, error.message] : ['error', 'NonError', String(error)];
  }
  // The caller's arguments are part of what it sees: as harness.py's run_cpython
  const after = tag(args);
  if (JSON.stringify(after) !== before) results[key] = ['changed arguments', results[key], after];
}
process.stdout.write(JSON.stringify(results));
