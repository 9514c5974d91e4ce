"""Validators shared by the demo's server (CPython), page (browser) and worker (workerd)."""
