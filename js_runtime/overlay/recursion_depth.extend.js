// Parity fix, appended to Transcrypt's runtime at build time: recursion fails loudly where CPython's would.
// Observed (CPython → JS before → after): a recursive walk of a nested dict 2000 levels deep RecursionError →
// 2000, silently (JavaScript's stack holds ~10x more frames) → m_shared error; 20,000 levels deep
// RecursionError → m_shared error for the RangeError → m_shared error saying why. A function the compiler
// finds recursive through its module's call graph counts its frames here (m_shared/recursion.py, which sets
// the limit: CPython's 1000 frames less those of a caller); others never call these.
// The limit: CPython fails at 1000 frames of all kinds, its caller's included (a test runner's ~10-30, a web
// framework's ~30-100); failing past 900 keeps JavaScript from succeeding where CPython fails behind a caller
// up to 100 frames deep, and fails loudly, not wrongly, where CPython may still succeed.
let __m_shared_depth__ = 0;
export function __m_shared_depth_enter__ (frames, comprehensions) {
    // a comprehension is a frame of its own in CPython 3.11 only (inlined since 3.12, PEP 709)
    const added = __m_shared_python__ >= 312 ? frames : frames + comprehensions;
    if ((__m_shared_depth__ += added) > 900) {
        __m_shared_depth__ -= added;  // this call's try has not begun; the frames unwinding give theirs back
        throw __m_shared_loud__ (
            'recursion deeper than 900 frames: CPython raises RecursionError at about 1000 frames (those of its ' +
            'caller included), JavaScript goes about 10 times deeper, so the two disagree on how deep data can ' +
            'be; check the depth of the input (and raise your own error past a bound well under 900), or walk ' +
            'it with a loop over an explicit stack'
        );
    }
}
export function __m_shared_depth_leave__ (frames, comprehensions) {
    __m_shared_depth__ -= __m_shared_python__ >= 312 ? frames : frames + comprehensions;
}
