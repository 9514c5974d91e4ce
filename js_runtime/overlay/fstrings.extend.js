// f-strings, appended to Transcrypt's runtime at build time (see visit_JoinedStr in m_shared/compile.py).
// The text of one `{value}` of an f-string: what str.format gives for a `{}` field (format specs and
// conversions are reported by the lint rule MS202), so f"{x}" and "{}".format(x) stay the same text.
export function __m_shared_fvalue__ (value) {
    return format (value, undefined);
}
