def examples(s: str) -> object:
    # ruleid: MS103
    a = s.capitalize()
    # ok: MS103
    b = s[:1].upper() + s[1:].lower()
    return a, b
