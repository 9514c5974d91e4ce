// Node side of benchmarks/runtime.py: one variant per process, so module caches never mix.
//   node runtime_node.mjs '<json config>'
// config: { mode: "cold" | "rate",
//           variant: "published" | "raw" | "raw_per_call" | "handwritten" | "pyodide" | "pyodide_js",
//           target, handwritten, pyodide, files, cases: [[label, name, arg], ...],
//           coldCase: [label, name, arg], seconds, rounds, batch, pyBench }
// prints one JSON document: { coldMs } or { rates: {label: calls/s}, results: {label: plain result} }

import { pathToFileURL } from 'node:url';

const config = JSON.parse(process.argv[2]);
const url = (path) => pathToFileURL(path).href;

/** Loads a variant; returns { call(name, arg) -> result, prepare(arg) -> arg, plain(result) -> JSON-able }. */
async function load(variant) {
  if (variant === 'published') {
    const module = await import(url(`${config.target}/orders.js`));
    return { fn: (name) => module[name], prepare: (arg) => arg, plain: (result) => result };
  }
  if (variant === 'handwritten') {
    const module = await import(url(config.handwritten));
    return { fn: (name) => module[name], prepare: (arg) => arg, plain: (result) => result };
  }
  if (variant === 'raw' || variant === 'raw_per_call') {
    // Transcrypt's own output, called with Transcrypt values built by its runtime's dict and list.
    const module = await import(url(`${config.target}/_m_shared/shared.orders.js`));
    const { dict, list } = await import(url(`${config.target}/_m_shared/org.transcrypt.__runtime__.js`));
    const toRaw = (value) => {
      if (Array.isArray(value)) return list(value.map(toRaw));
      if (value !== null && typeof value === 'object') return dict(Object.entries(value).map(([k, v]) => [k, toRaw(v)]));
      return value;
    };
    const plain = (result) => (Array.isArray(result)
      ? result.map((issue) => ({ field: issue.field, message: issue.message })) : result);
    if (variant === 'raw_per_call') {
      // the caller converts its plain values with the runtime's dict/list on every call
      return { fn: (name) => { const f = module[name]; return (arg) => f(toRaw(arg)); }, prepare: (arg) => arg, plain };
    }
    return { fn: (name) => module[name], prepare: toRaw, plain };
  }
  if (variant === 'pyodide_js') {
    // Python functions called from JavaScript with plain values, as a page would call them: the
    // argument converted with to_py() and the result with to_js(), Pyodide's side of a boundary.
    const pyodide = await loadPyodideWithShared();
    pyodide.runPython(PY_PLAIN_CALLS);
    const plainCall = pyodide.globals.get('plain_call');
    return { fn: (name) => plainCall(name), prepare: (arg) => arg, plain: (result) => result ?? null };
  }
  throw new Error(`unknown variant ${variant}`);
}

const PY_PLAIN_CALLS = `
import dataclasses
from js import Object
from pyodide.ffi import to_js
from shared import orders

def _plain(value):
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value

def plain_call(name):
    fn = getattr(orders, name)
    def call(arg):
        return to_js(_plain(fn(arg.to_py() if hasattr(arg, "to_py") else arg)), dict_converter=Object.fromEntries)
    return call
`;

async function loadPyodideWithShared() {
  const { loadPyodide } = await import(url(`${config.pyodide}/pyodide.mjs`));
  const pyodide = await loadPyodide({ indexURL: `${config.pyodide}/` });
  for (const [path, text] of config.files) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const directory = `/home/pyodide/${parts.slice(0, i).join('/')}`;
      if (!pyodide.FS.analyzePath(directory).exists) pyodide.FS.mkdir(directory);
    }
    pyodide.FS.writeFile(`/home/pyodide/${path}`, text);
  }
  pyodide.runPython("import sys\nif '/home/pyodide' not in sys.path: sys.path.insert(0, '/home/pyodide')");
  return pyodide;
}

const touch = (result) => (result === null ? 0 : 1);

// Rates are calls per second of this process's CPU time, not of the clock on the wall: other work on
// the machine (a build, a test run) then slows a variant much less than it would its wall time.
function cpuMs() {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function measure(fn, arg) {
  let sink = 0;
  const warmUntil = performance.now() + 200; // warm-up: 2000 calls or 0.2 s, whichever comes first
  for (let i = 0; i < 2000 && (i % 50 || performance.now() < warmUntil); i++) sink += touch(fn(arg));
  const rates = [];
  const perRound = (config.seconds * 1000) / config.rounds;
  for (let round = 0; round < config.rounds; round++) {
    let calls = 0;
    const start = cpuMs();
    let now;
    do {
      for (let i = 0; i < config.batch; i++) sink += touch(fn(arg));
      calls += config.batch;
      now = cpuMs();
    } while (now - start < perRound);
    rates.push(calls / ((now - start) / 1000));
  }
  if (sink < 0) console.error(sink); // keep the results alive
  rates.sort((a, b) => a - b);
  return rates[rates.length >> 1];
}

const out = {};
if (config.variant === 'pyodide') {
  if (config.mode === 'cold') {
    const [, name, arg] = config.coldCase;
    const start = performance.now();
    const pyodide = await loadPyodideWithShared();
    pyodide.globals.set('ARG_JSON', JSON.stringify(arg));
    pyodide.runPython(`import json\nfrom shared.orders import ${name}\n${name}(json.loads(ARG_JSON))`);
    out.coldMs = performance.now() - start;
  } else {
    const pyodide = await loadPyodideWithShared();
    pyodide.runPython(config.pyBench);
    const run = pyodide.globals.get('run');
    Object.assign(out, JSON.parse(run(JSON.stringify(config.cases), config.seconds, config.rounds, config.batch)));
  }
} else if (config.mode === 'cold') {
  const [, name, arg] = config.coldCase;
  const start = performance.now();
  const variant = await load(config.variant);
  variant.fn(name)(variant.prepare(arg));
  out.coldMs = performance.now() - start;
} else {
  const variant = await load(config.variant);
  out.rates = {};
  out.results = {};
  for (const [label, name, arg] of config.cases) {
    const fn = variant.fn(name);
    const prepared = variant.prepare(arg); // raw: Transcrypt values built once, outside the timing
    out.results[label] = variant.plain(fn(prepared));
    out.rates[label] = measure(fn, prepared);
  }
}
console.log(JSON.stringify(out));
