// Parity fix for the format types 'f' and '%' (used by org.transcrypt.__runtime__.format-ties.edit.json),
// appended to Transcrypt's runtime at build time.
// Observed: "{:.0f}".format(2.5) was '3' in JS and '2' in CPython, "{:.2f}".format(0.125) '0.13' vs
// '0.12': a value exactly halfway between two results (its binary value is the tie, as for 2.5 and
// 0.125; 2.675 is not one) is rounded to the even digit by CPython and away from zero by toFixed.
function __m_shared_to_fixed__ (value, digits) {
    const fixed = value.toFixed (digits);
    if (!Number.isFinite (value) || digits > 40) {
        return fixed;
    }
    // the exact decimal expansion of the double, far enough to see whether the dropped part is exactly 5
    const exact = Math.abs (value).toFixed (digits + 60);
    const point = exact.indexOf ('.');
    if (!/^50*$/.test (exact.slice (point + 1 + digits))) {
        return fixed;  // not a tie: toFixed rounds to the nearest, as CPython does
    }
    const truncated = digits ? exact.slice (0, point + 1 + digits) : exact.slice (0, point);
    if (+truncated [truncated.length - 1] % 2) {
        return fixed;  // the digit is odd: away from zero is the even neighbour
    }
    return (value < 0 ? '-' : '') + truncated;
}
