class Doc:
    title = "x"


def examples(doc: Doc, key: str) -> object:
    # ruleid: MS108
    a = getattr(doc, "status", "Draft")
    # ruleid: MS108
    b = getattr(doc, key, None)
    # ok: MS108
    c = getattr(doc, "title")
    # ok: MS108
    d = doc.title if hasattr(doc, "title") else ""
    return a, b, c, d
