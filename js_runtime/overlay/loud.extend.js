// m_shared's loud failure, appended to Transcrypt's runtime at build time (used by the
// len/round patches): where JS cannot give CPython's result, shared code throws a plain JS
// Error named MSharedError whose message starts with "m_shared:" and names the behaviour.
// Python `except` clauses do not catch it, since CPython would not have raised.

function __m_shared_loud__ (message) {
    const error = new Error ('m_shared: ' + message);
    error.name = 'MSharedError';
    return error;
}
