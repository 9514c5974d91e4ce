"""Helpers imported by other corpus modules (no cases here)."""

RATE = 18


def double(n):
    return n * 2


def triple(n):
    return n * 3


class Money:
    def __init__(self, cents):
        self.cents = cents

    def label(self):
        return str(self.cents // 100) + "." + str(self.cents % 100).zfill(2)


def outcome(compute):
    """["ok", result] or [exception name, str(exception)] for a TypeError or ValueError: both runtimes' answers."""
    try:
        return ["ok", compute()]
    except (TypeError, ValueError) as error:
        return [type(error).__name__, str(error)]  # m-shared: ignore[MS111] exception types
