// Line tables of the published shared modules, appended to Transcrypt's runtime at build time.
// Each shared module registers its table as it loads (m_shared/link.py _registration) here, in the
// runtime it imports anyway; js_runtime's interop.js reads them to name Python files and lines
// (pythonFrames). Registered with interop.js, each module had an import of its own and named its
// raw file and its module-level frame: 0.36 KB of the demo app's modules, gzipped.
// raw file name ('shared.orders.js') -> its module's pythonFile, names and table
export const __m_shared_line_tables__ = new Map ();

export function __m_shared_register__ (pythonFile, names, table) {
    // shared/tax/__init__.py -> shared.tax.js: the raw module's file, which stack frames name
    const rawFile = pythonFile.replace (/(\/__init__)?\.py$/, '').split ('/').join ('.') + '.js';
    __m_shared_line_tables__.set (rawFile, {pythonFile, names: ['<module>', ...names], table});
}
