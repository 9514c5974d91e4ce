# ruleid: MS114
async def fetch_rate(code: str) -> float:
    return 1.0


# ok: MS114
def rate(code: str) -> float:
    return 1.0
