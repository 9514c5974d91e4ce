def examples(field: str, value: int) -> object:
    # ruleid: MS107
    a = "{name} is required".format(name=field)
    # ruleid: MS107
    b = "{name}: {arguments}".format(arguments=value, name=field)
    # ok: MS107
    c = "{field} is required".format(field=field)
    # ok: MS107
    d = "{} is required".format(field)
    return a, b, c, d
