// m_shared js_runtime: the boundary between plain JavaScript values and compiled Python.
//
// Published modules wrap every exported Python function with `exportFunction`,
// so callers pass and receive plain JS values (objects, arrays, strings,
// numbers, booleans, null) and see Python exceptions as real JS `Error`s.
// Inside, values are the Transcrypt runtime's dicts, lists and tuples.

import {
  BaseException, __kwargtrans__, dict, isinstance, list, str,
} from './org.transcrypt.__runtime__.js';

const PLAIN_PROTOTYPES = new Set([Object.prototype, null]);

function isPlainObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    && PLAIN_PROTOTYPES.has(Object.getPrototypeOf(value)) && !('__class__' in value);
}

/** A plain JS value as the Python value CPython would get from the same JSON. */
export function toPython(value) {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return list(value.map(toPython));
  if (isPlainObject(value)) {
    const pairs = [];
    for (const key of Object.keys(value)) pairs.push([key, toPython(value[key])]);
    return dict(pairs);
  }
  return value;
}

/** A Python value as a plain JS value: dicts become objects, lists/tuples/sets arrays, dataclasses objects. */
export function toJavaScript(value) {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return Array.from(value, toJavaScript);
  if (typeof value !== 'object') return value;
  if (value.__class__ === dict) {
    const result = {};
    for (const key of value.py_keys()) {
      Object.defineProperty(result, key, { value: toJavaScript(value[key]), enumerable: true, writable: true, configurable: true });
    }
    return result;
  }
  if (isinstance(value, BaseException)) return toError(value);
  const fields = value.__m_shared_fields__;
  if (fields) {
    const result = {};
    for (const name of fields) result[name] = toJavaScript(value[name]);
    return result;
  }
  return value;
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

const OWN_EXCEPTION_ATTRIBUTES = new Set(['__args__', 'stack', '__class__', '__cause__', '__context__']);

/** A Python exception instance as a JS Error carrying its name, str(), attributes and cause. */
export function toError(exception) {
  const ErrorClass = errorClassFor(exception.__class__);
  const error = new ErrorClass(str(exception));
  for (const key of Object.keys(exception)) {
    if (!OWN_EXCEPTION_ATTRIBUTES.has(key)) error[key] = toJavaScript(exception[key]);
  }
  error.args = toJavaScript(exception.__args__ || []);
  if (exception.__cause__) error.cause = toJavaScript(exception.__cause__);
  if (exception.stack) error.pythonStack = exception.stack;
  return error;
}

/** An error from JS itself inside shared code: a bug m_shared did not catch; never pass it off as a Python error. */
export class MSharedError extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = 'MSharedError';
  }
}

function translateThrown(thrown, where) {
  if (thrown !== null && typeof thrown === 'object' && isinstance(thrown, BaseException)) return toError(thrown);
  if (thrown instanceof MSharedError) return thrown;
  const detail = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
  return new MSharedError(`m_shared: JavaScript error inside ${where}: ${detail}`, { cause: thrown });
}

/**
 * Wrap a compiled Python function so it takes and returns plain JS values.
 * Keyword-only parameters are passed in a trailing options object:
 * `f(a, b, { strict: true })` calls `f(a, b, strict=True)`.
 */
export function exportFunction(fn, { name, module, positional = 0, keywordOnly = [] }) {
  const where = `${module}.${name}`;
  const keywordNames = new Set(keywordOnly);
  const wrapped = function (...args) {
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
    let result;
    try {
      result = fn(...pythonArgs);
    } catch (thrown) {
      throw translateThrown(thrown, where);
    }
    return toJavaScript(result);
  };
  Object.defineProperty(wrapped, 'name', { value: name });
  return wrapped;
}

/** A module-level constant as a plain value. */
export function exportValue(value) {
  return toJavaScript(value);
}
