// m_shared js_runtime: the boundary between plain JavaScript values and compiled Python.
//
// Published modules wrap every exported Python function with `exportFunction`,
// so callers pass and receive plain JS values (objects, arrays, strings,
// numbers, booleans, null) and see Python exceptions as real JS `Error`s.
// Inside, values are the Transcrypt runtime's dicts, lists and tuples.

import {
  BaseException, Exception, __kwargtrans__, __m_shared_dict_of__, __m_shared_kwargs__, __m_shared_line_tables__,
  __m_shared_plain_keys__, dict, isinstance, str,
} from './org.transcrypt.__runtime__.js';

const DEEP_STACK = 200;

// A plain object is data, whatever its keys: {"__class__": 1} from JSON is a dict to convert (whose
// key then fails loudly, see js_runtime/overlay/dicts.extend.js), not a Transcrypt object to pass on.
function isPlainObject(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** A plain JS value as the Python value CPython would get from the same JSON. */
export function toPython(value) {
  const type = typeof value;
  // Speed: a str, number or bool is its own Python value, tested first (a function of an int, such as the
  // benchmark's tax_on, is a call of ~20 ns: the tests of the rare kinds before it cost ~1 ns of that)
  if (type === 'string' || type === 'number' || type === 'boolean') return value;
  if (type !== 'object') {
    if (type === 'function') return AS_PYTHON.get(value) ?? toPythonFunction(value);
    if (type === 'bigint' || type === 'symbol') throw notJson(type);
    return null;  // undefined
  }
  if (value === null) return null;
  if (Array.isArray(value)) return listOf(value);  // a new JS array is a Python list
  if (isPlainObject(value) || isPlainElsewhere(value)) return __m_shared_dict_of__(value, toPython);
  // a Python object made on the JS side (an exported class called there) is itself; other objects are no JSON
  if (value.__class__ === undefined) throw notJson(value.constructor?.name || 'object');
  return value;
}

// A new JS array of the items converted. Observed before (with value.map(toPython)): map skips the holes of a
// sparse array, so [1, , 3] and new Array(3) reached Python with holes, read as undefined: `item is None`
// was False and a comprehension over it raised IndexError, where CPython, given the same array as JSON
// ([1,null,3]), has None. A loop reads a hole as undefined, which toPython makes None.
// Speed: as fast as map on a dense array (benchmarks/runtime.py --boundary, in the commit's message).
function listOf(array) {
  // (pushed: an array made by new Array(length) stays of V8's holey kind, slower to read, however filled)
  const result = [];
  for (let index = 0; index < array.length; index++) result.push(toPython(array[index]));
  return result;
}

// A plain object of another realm (an iframe's, a vm context's) has that realm's Object.prototype
function isPlainElsewhere(value) {
  const prototype = Object.getPrototypeOf(value);
  return Object.getPrototypeOf(prototype) === null && Object.prototype.toString.call(value) === '[object Object]'
    && !('__class__' in value);
}

// Observed: a Date, Map, Set, BigInt or class instance passed to shared code reached it as an object no
// Python code could read (str() of a Date gave JavaScript's text, len() of a Set raised TypeError, a Map
// converted to {} on the way back), where a server receiving the same data as JSON gets strings and dicts.
function notJson(kind) {
  return new MSharedError(`m_shared: a ${kind} was passed to shared code, which takes JSON values (plain objects, `
    + 'arrays, strings, numbers, booleans and null): pass a Date as its ISO string, a Map or a class instance as a '
    + 'plain object, a Set as an array');
}

/** A Python value as a plain JS value: dicts become objects, lists/tuples/sets arrays, dataclasses objects. */
export function toJavaScript(value) {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object') return typeof value === 'function' ? toJavaScriptFunction(value) : value;
  if (Array.isArray(value)) {
    const result = [];
    for (let index = 0; index < value.length; index++) result.push(toJavaScript(value[index]));
    return result;
  }
  const pythonClass = value.__class__;
  if (pythonClass === dict) {
    // A dict's keys are its own enumerable properties and nothing else is (dict.patch.js): a spread
    // copies them, in that order, as own data properties ("__proto__" too). Speed: V8 clones the
    // shape at once instead of storing key by key (the valid order of benchmarks/runtime.py as a
    // dict: 444 -> 210 ns); then the values that are not plain already are converted in place.
    // (throws where the order of CPython's keys is lost, or a key is no str: dicts.extend.js)
    const keys = value.__m_shared_typed__ === undefined ? value.py_keys() : __m_shared_plain_keys__(value);
    const result = { ...value };
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index];
      const item = result[key];
      if (typeof item === 'object' || item === undefined || typeof item === 'function') {
        if (key === '__proto__') {  // an own key, as JSON.parse makes it, never the prototype
          // (the spread made it an own, enumerable, writable property: only its value changes)
          Object.defineProperty(result, key, { value: toJavaScript(item) });
        } else {
          result[key] = toJavaScript(item);
        }
      }
    }
    return result;
  }
  const kind = typeof pythonClass === 'function' ? kindOf(value, pythonClass)
    : { error: isinstance(value, BaseException), fields: value.__m_shared_fields__, plain: null };
  if (kind.error) return toError(value);
  if (kind.plain !== null) return kind.plain(value, toJavaScript);
  const fields = kind.fields;
  if (fields) {
    const result = {};
    for (let index = 0; index < fields.length; index++) {
      const name = fields[index];
      result[name] = toJavaScript(value[name]);
    }
    return result;
  }
  return value;
}

// A Python function that reaches JavaScript as a value (a module constant `check = _check` or `= lambda`, a
// function in a dict, one a shared function returns) takes and returns plain values too, as an exported
// function does. Observed before: it came raw, and a plain object passed to it crashed on its first
// `doc.get(...)`. One wrapper per function, so a function keeps its identity; a class stays itself (its
// instances are Python objects), and a wrapper passed back into shared code is the function again.
// AS_JS maps a Python value to the JS value it stands for, AS_PYTHON the other way: a function and its
// wrapper, a JS callback and its Python wrapper, a Python exception and the Error it crossed as.
const AS_JS = new WeakMap();
const AS_PYTHON = new WeakMap();

function toJavaScriptFunction(fn) {
  if (fn.__bases__ !== undefined || AS_PYTHON.has(fn)) return fn;
  let wrapped = AS_JS.get(fn);
  if (wrapped === undefined) {
    wrapped = exportFunction(fn, fn.name || '<function>');
    AS_JS.set(fn, wrapped);
    AS_PYTHON.set(wrapped, fn);
  }
  return wrapped;
}

// A JS function passed into shared code (an argument, a keyword option, a value in an object or array)
// is called by Python code with Python values, and what it returns is used as a Python value. Observed
// before: it got dicts and tuples as Transcrypt objects, and the plain object it returned crashed the
// caller's `.get()` (undefined, not None, for no return). Its wrapper converts as the boundary does: it
// receives plain values (keyword arguments as a trailing options object, as exports take them) and
// its result becomes a Python value (undefined is None). What it throws is raised in Python as an
// Exception whose str() is the error's message, so `except Exception` catches it as it would catch a
// Python callback's error; if the exception leaves shared code, the caller gets its own error back
// (or, raised `from` it, as the cause). An Error made from a Python exception is that exception again;
// m_shared's loud failures stay loud.
function toPythonFunction(fn) {
  const wrapped = (...args) => {
    args = args.map((arg) => toJavaScript(__m_shared_kwargs__(arg) ? dict(arg) : arg));  // keywords: a dict
    try {
      return toPython(fn(...args));
    } catch (thrown) {
      if (thrown?.name === 'MSharedError') throw thrown;
      const exception = AS_PYTHON.get(thrown) ?? Exception(thrown?.message ?? String(thrown));
      AS_JS.set(exception, thrown);
      throw exception;
    }
  };
  AS_PYTHON.set(fn, wrapped);
  AS_JS.set(wrapped, fn);
  return wrapped;
}

// What the boundary makes of a class's instances, remembered per class: whether it derives from
// BaseException (the isinstance() walk through the bases cost ~5 % of a validator returning a list
// of issues), a dataclass's fields, and its __m_shared_plain__, which builds the plain object as an
// object literal (one V8 shape, no store by a computed key: ~3x faster than copying field by field).
// The class asked last is answered first: a list of issues asks about one class again and again.
const CLASS_KINDS = new WeakMap();
let lastClass = null;
let lastKind = null;

function kindOf(value, pythonClass) {
  if (pythonClass === lastClass) return lastKind;
  let kind = CLASS_KINDS.get(pythonClass);
  if (kind === undefined) {
    const fields = value.__m_shared_fields__;
    // a dataclass's own conversion (m_shared/lower.py _lower_dataclass), read from the class: unbound
    const plain = fields ? pythonClass.__m_shared_plain__ : undefined;
    kind = {
      error: isinstance(value, BaseException),
      fields: fields ? Array.from(fields) : null,
      plain: typeof plain === 'function' ? plain : null,
    };
    CLASS_KINDS.set(pythonClass, kind);
  }
  lastClass = pythonClass;
  lastKind = kind;
  return kind;
}

/** A subclass of Error per Python exception class, so `err instanceof ValidationError` works. */
const errorClasses = new Map();

export function errorClassFor(pythonClass) {
  let errorClass = errorClasses.get(pythonClass);
  if (errorClass) return errorClass;
  const base = pythonClass.__bases__ && pythonClass.__bases__.length && pythonClass.__bases__[0] !== BaseException
    && pythonClass.__bases__[0].__name__ ? errorClassFor(pythonClass.__bases__[0]) : Error;
  const name = pythonClass.__name__;
  errorClass = { [name]: class extends base {} }[name];
  Object.defineProperty(errorClass.prototype, 'name', { value: name, writable: true, configurable: true });
  errorClasses.set(pythonClass, errorClass);
  return errorClass;
}

// `stack` is the program's own attribute, if any (the runtime keeps the trace in __m_shared_stack__,
// overlay exception-stack.edit.json); it is not copied over the Error's own stack either.
const OWN_EXCEPTION_ATTRIBUTES = new Set(['__args__', '__m_shared_stack__', 'stack', '__class__', '__cause__', '__context__']);

// An exception whose __str__ raises still reaches the caller as an Error, with the text CPython's
// traceback prints for it. Observed: the exception from __str__ escaped the boundary as a bare Python
// object, which is no Error (`String(err)` itself threw).
function textOf(exception) {
  try {
    return str(exception);
  } catch {
    return '<exception str() failed>';
  }
}

/** A Python exception instance as a JS Error carrying its name, str(), attributes and cause. */
export function toError(exception) {
  if (AS_JS.has(exception)) return AS_JS.get(exception);  // raised by a JS callback: what it threw
  const ErrorClass = errorClassFor(exception.__class__);
  const error = new ErrorClass(textOf(exception));
  for (const key of Object.keys(exception)) {
    if (!OWN_EXCEPTION_ATTRIBUTES.has(key)) error[key] = toJavaScript(exception[key]);
  }
  error.args = toJavaScript(exception.__args__ || []);
  if (exception.__cause__) error.cause = toJavaScript(exception.__cause__);
  if (exception.__m_shared_stack__) error.pythonStack = exception.__m_shared_stack__;
  const classes = [];
  for (let cls = exception.__class__; cls && cls.__name__ && cls !== BaseException; cls = cls.__bases__ && cls.__bases__[0]) {
    classes.push(cls.__name__);
  }
  Object.defineProperty(error, 'pythonClasses', { value: classes });
  AS_PYTHON.set(error, exception);
  return error;
}

/** An error from JS itself inside shared code: a bug m_shared did not catch; never pass it off as a Python error. */
export class MSharedError extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = 'MSharedError';
  }
}

// ---- Python locations of JavaScript stack frames --------------------------------------------
// Each published module registers its raw file's line table with the runtime
// (js_runtime/overlay/line_tables.extend.js): [[jsLine, pyLine, function], ...] breakpoints,
// `function` indexing its list of qualified Python names. The table comes as the base64 VLQ string
// m_shared/sourcemap.py encode_rows writes (each number the difference from the row before) and is
// decoded when first needed.
const modules = __m_shared_line_tables__; // raw file name ('shared.orders.js') -> { pythonFile, names, table }

const VLQ_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeRows(text, width) {
  const rows = [];
  const row = new Array(width).fill(0);
  let column = 0;
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = VLQ_DIGITS.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) { shift += 5; continue; }
    row[column] += value & 1 ? -(value >> 1) : value >> 1;
    value = shift = 0;
    if (++column === width) { rows.push(row.slice()); column = 0; }
  }
  return rows;
}

function lineTable(module) {
  if (typeof module.table === 'string') module.table = decodeRows(module.table, 3);
  return module.table;
}

const FRAME = /^\s*at (?:(.*?) \()?(.*?):(\d+):(\d+)\)?$/;

function pythonLocation(module, jsLine) {
  const table = lineTable(module);
  let low = 0;
  let high = table.length - 1;
  let found = null;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (table[middle][0] <= jsLine) { found = table[middle]; low = middle + 1; } else { high = middle - 1; }
  }
  return found && found[1] > 0 ? { line: found[1], function: module.names[found[2]] } : null;
}

/** The stack frames of an error that lie in shared code, innermost first, as Python locations. */
export function pythonFrames(error) {
  const stack = error && typeof error.stack === 'string' ? error.stack : '';
  const frames = [];
  for (const text of stack.split('\n')) {
    const match = FRAME.exec(text);
    if (!match) continue;
    const module = modules.get(match[2].split(/[\\/]/).pop().split('?')[0]);
    const location = module && pythonLocation(module, Number(match[3]));
    if (!location) continue;
    const previous = frames[frames.length - 1];
    // Transcrypt wraps calls in anonymous closures: several JS frames for one Python line.
    if (previous && previous.file === module.pythonFile && previous.line === location.line) continue;
    frames.push({ file: module.pythonFile, ...location });
  }
  return frames;
}

/** A Python-style traceback of an error thrown from shared code (frames through the published line tables). */
export function formatPythonTraceback(error) {
  // A JS error inside shared code is rethrown as an MSharedError from this module, whose own stack
  // holds no shared frame: its Python frames are those of the error it wraps.
  const wrapped = error instanceof MSharedError && error.cause instanceof Error ? error.cause : error;
  let frames = pythonFrames(error.pythonStack ? { stack: error.pythonStack } : wrapped);
  if (error.pythonStack) {
    // A Python exception's stack is taken in its constructor: CPython's traceback starts at the
    // `raise`, so the frames of the exception classes' own __init__ are left out.
    const classes = new Set(error.pythonClasses || [error.name]);
    while (frames.length > 1 && classes.has(frames[0].function.replace(/\.__init__$/, ''))
           && frames[0].function.endsWith('.__init__')) frames = frames.slice(1);
  }
  const lines = ['Traceback (most recent call last):'];
  for (const frame of frames.slice().reverse()) {
    lines.push(`  File "${frame.file}", line ${frame.line}, in ${frame.function.split('.').pop()}`);
  }
  lines.push(`${error.name}: ${error.message}`);
  return lines.join('\n');
}

// Transcrypt spends several JS frames per Python call: keep enough of them (V8 keeps 10 by default) for
// errors to reach the shared function's frames; restored on the way out. Other engines have no limit.
function deepenStacks() {
  const limit = Error.stackTraceLimit;
  if (typeof limit !== 'number' || limit >= DEEP_STACK) return null;
  Error.stackTraceLimit = DEEP_STACK;
  return limit;
}

function restoreStacks(limit) {
  if (limit !== null) Error.stackTraceLimit = limit;
}

function translateThrown(thrown, where) {
  if (thrown !== null && typeof thrown === 'object' && isinstance(thrown, BaseException)) return toError(thrown);
  // m_shared's own loud failures (MSharedError, or the runtime overlay's plain Errors named so) pass unchanged
  if (thrown?.name === 'MSharedError') return thrown;
  const detail = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
  const [frame] = thrown instanceof Error ? pythonFrames(thrown) : [];
  const location = frame ? `${frame.file}, line ${frame.line}` : where;
  const error = new MSharedError(`m_shared: JavaScript error in ${location} (${where}): ${detail}`, { cause: thrown });
  if (frame) Object.assign(error, { pythonFile: frame.file, pythonLine: frame.line });
  return error;
}

/**
 * Wrap a compiled Python function so it takes and returns plain JS values.
 * `where` is its dotted Python name (`shared.orders.validate_order`), `positional` the number of its
 * positional parameters. Keyword-only parameters are passed in a trailing options object:
 * `f(a, b, { strict: true })` calls `f(a, b, strict=True)`. Published modules write one short call
 * per function (positional arguments, the defaults left out): every byte is shipped to every page.
 */
export function exportFunction(fn, where, positional = 0, keywordOnly = [], standardSchema = false) {
  const name = where.slice(where.lastIndexOf('.') + 1);
  const keywordNames = new Set(keywordOnly);
  // count 1 or 2: fn (first[, second]); otherwise fn (...pythonArgs)
  const invoke = (count, first, second, pythonArgs) => {
    const limit = deepenStacks();
    let result;
    try {
      result = count === 1 ? fn(first) : count === 2 ? fn(first, second) : fn(...pythonArgs);
    } catch (thrown) {
      throw translateThrown(thrown, where);
    } finally {
      restoreStacks(limit);
    }
    return toJavaScript(result);
  };
  const general = function (...args) {
    let keywords = null;
    if (keywordNames.size && args.length > positional && isPlainObject(args[args.length - 1])
        && Object.keys(args[args.length - 1]).every((key) => keywordNames.has(key))) {
      keywords = args.pop();
    }
    const pythonArgs = args.map(toPython);
    if (keywords) {
      const converted = {};
      for (const key of Object.keys(keywords)) converted[key] = toPython(keywords[key]);
      pythonArgs.push(__kwargtrans__(converted));
    }
    return invoke(-1, null, null, pythonArgs);
  };
  // Speed: the usual call, one or two arguments to a function without keyword-only parameters, is
  // converted and passed on without the arrays of the general path (~20 ns a call: for a function of
  // an int, half of what the boundary cost)
  const wrapped = keywordNames.size ? general : function (first, second) {
    const count = arguments.length;
    if (count === 1) return invoke(1, toPython(first), null, null);
    if (count === 2) return invoke(2, toPython(first), toPython(second), null);
    return general(...arguments);
  };
  Object.defineProperty(wrapped, 'name', { value: name });
  if (standardSchema) Object.defineProperty(wrapped, '~standard', { value: standardSchemaProps(wrapped, where) });
  return wrapped;
}

// ---- Standard Schema V1 (https://standardschema.dev) -------------------------------------------
// A validator decorated with @standard_schema returns a list of issues: strings, or objects with a
// `message` and a `field` or `path` ("lines.0.quantity" or a list of keys). Empty means valid.

function issuePath(path) {
  if (path === undefined || path === null || path === '') return undefined;
  const keys = Array.isArray(path) ? path : String(path).split('.');
  return keys.map((key) => (typeof key === 'string' && /^(0|[1-9][0-9]*)$/.test(key) ? Number(key) : key));
}

function toIssue(issue) {
  if (typeof issue === 'string') return { message: issue };
  if (issue === null || typeof issue !== 'object' || typeof issue.message !== 'string') {
    throw new MSharedError(`m_shared: a Standard Schema validator returned an issue without a message: ${JSON.stringify(issue)}`);
  }
  const path = issuePath(issue.path ?? issue.field);
  return path ? { message: issue.message, path } : { message: issue.message };
}

function standardSchemaProps(validator, where) {
  return Object.freeze({
    version: 1,
    vendor: 'm_shared',
    validate(value) {
      const issues = validator(value);
      if (!Array.isArray(issues)) {
        throw new MSharedError(`m_shared: ${where} is a @standard_schema validator and must return a list of issues`);
      }
      return issues.length === 0 ? { value } : { issues: issues.map(toIssue) };
    },
  });
}

/** A module-level constant as a plain value. */
export function exportValue(value) {
  return toJavaScript(value);
}
