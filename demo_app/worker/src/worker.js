// The demo's worker, run by workerd: the same validation endpoint as the server, with the shared
// package's published modules (./shared/, built by `m shared build`) instead of CPython.
//
//   POST /api/validate  an order document (a JSON object)
//                       -> 200 {"valid": bool, "issues": [{"field", "message"}], "quote": {...} | null}
//                       -> 400 {"error": ...} for a body that is not JSON or not an object,
//                          413 {"error": ...} for a body over 64 KiB
//
// Answers are byte for byte the server's (backend/app.py). An error thrown by shared code is logged
// as a Python traceback (the .py files and lines, through the published line tables) and answered 500.
import { review_order } from './shared/orders.js';
import { formatPythonTraceback } from './shared/_m_shared/m_shared.interop.js';

const MAX_BODY_BYTES = 64 * 1024;
const TOO_LARGE = `The request body is larger than ${MAX_BODY_BYTES} bytes.`;
const NOT_JSON = 'The request body is not valid JSON.';
const NOT_AN_ORDER = 'The request body must be a JSON object: an order document.';
const INTERNAL = 'The order could not be checked (an error in the server; see its log).';
// The page (served by the backend, another origin) may ask the worker too.
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers': 'content-type',
};

class TooLarge extends Error {}

function answer(status, body) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...CORS } });
}

async function readBody(request) {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^[0-9]+$/.test(declared) && Number(declared) > MAX_BODY_BYTES) throw new TooLarge();
  if (request.body === null) return new Uint8Array();
  const chunks = [];
  let size = 0;
  // A chunked body has no length to check up front: count while reading, stop at the limit.
  for await (const chunk of request.body) {
    size += chunk.byteLength;
    if (size > MAX_BODY_BYTES) throw new TooLarge();
    chunks.push(chunk);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

async function validate(request) {
  let body;
  try {
    body = await readBody(request);
  } catch (error) {
    if (error instanceof TooLarge) return answer(413, { error: TOO_LARGE });
    throw error;
  }
  let doc;
  try {
    doc = JSON.parse(new TextDecoder().decode(body)); // UTF-8, invalid bytes replaced, a BOM dropped
  } catch {
    return answer(400, { error: NOT_JSON });
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return answer(400, { error: NOT_AN_ORDER });
  try {
    return answer(200, review_order(doc));
  } catch (error) {
    console.error(`review_order failed:\n${formatPythonTraceback(error)}`);
    return answer(500, { error: INTERNAL });
  }
}

export default {
  async fetch(request) {
    const { pathname } = new URL(request.url);
    if (pathname !== '/api/validate') return answer(404, { error: 'Not found: the worker answers POST /api/validate.' });
    if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: CORS });
    if (request.method !== 'POST') return answer(405, { error: 'Use POST.' });
    return validate(request);
  },
};
