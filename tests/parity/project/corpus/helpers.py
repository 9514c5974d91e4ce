"""Helpers imported by corpus/imports.py (no cases here)."""

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
