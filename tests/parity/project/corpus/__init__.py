"""The parity corpus: each `case_*` function runs in CPython and in the published JS (tests/parity)."""
