// Speed, appended to Transcrypt's runtime at build time. Shared code that only tests whether a regular
// expression matches, `re.fullmatch (PATTERN, value) is None` (or `is not None`, `if re.match (...)`,
// `not re.search (...)`), is lowered (m_shared/lower/) to a call of this function with the re module
// itself, whose __m_shared_found__ makes the same call without building the Match such code never
// reads (js_runtime/overlay/re.matches.edit.json).
export function __m_shared_regex_found__ (module, kind, pattern, string) {
    return module.__m_shared_found__ (kind, pattern, string);
}
