"""The demo's server: Starlette (run by uvicorn) validating orders with the shared package in CPython.

    POST /api/validate   an order document (a JSON object)
                         -> 200 {"valid": bool, "issues": [{"field", "message"}], "quote": {...} | null}
                         -> 400 {"error": ...} for a body that is not JSON or not an object,
                            413 {"error": ...} for a body over 64 KiB
    GET  /api/config     {"worker": URL of the demo's worker, or null}
    GET  /               the order form (frontend/), which validates in the browser as you type

The worker (worker/src/worker.js) answers /api/validate with the same bytes for the same request:
both read the body as fetch() does (UTF-8, a byte-order mark dropped) and parse it as JSON.parse does.

Run from the project directory: `uvicorn backend.app:app --app-dir .` (the demo's runner does).
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
from pathlib import Path
from typing import Any

from shared.orders import review_order
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY_BYTES = 64 * 1024
FRONTEND = Path(__file__).resolve().parent.parent / "frontend"
TOO_LARGE = f"The request body is larger than {MAX_BODY_BYTES} bytes."
NOT_JSON = "The request body is not valid JSON."
NOT_AN_ORDER = "The request body must be a JSON object: an order document."
INTERNAL = "The order could not be checked (an error in the server; see its log)."
# CPython refuses to convert integers of more than 4300 digits; JSON.parse reads them as doubles.
MAX_INT_DIGITS = 4300

log = logging.getLogger("demo.backend")


class _TooLarge(Exception):
    pass


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")  # NaN and Infinity: Python's json accepts them, JSON.parse does not


def _parse_int(digits: str) -> int | float:
    return int(digits) if len(digits.lstrip("-")) <= MAX_INT_DIGITS else float(digits)


def parse_body(body: bytes) -> Any:
    """The JSON value of a request body, read as fetch's ``request.json()`` reads it; ValueError if it is not JSON."""
    text = body.decode("utf-8", errors="replace").removeprefix("\ufeff")
    try:
        return json.loads(text, parse_constant=_reject_constant, parse_int=_parse_int)
    except RecursionError:
        raise ValueError("nested too deeply") from None


async def _read_body(request: Request) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise _TooLarge
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():  # a chunked body has no length to check up front
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise _TooLarge
        chunks.append(chunk)
    return b"".join(chunks)


async def validate(request: Request) -> Response:
    try:
        body = await _read_body(request)
    except _TooLarge:
        return _error(413, TOO_LARGE)
    try:
        doc = parse_body(body)
    except ValueError:
        return _error(400, NOT_JSON)
    if not isinstance(doc, dict):
        return _error(400, NOT_AN_ORDER)
    try:
        review = review_order(doc)
    except Exception:
        log.exception("review_order failed")  # the shared code's own traceback, .py files and lines
        return _error(500, INTERNAL)
    return JSONResponse(dataclasses.asdict(review))


async def config(request: Request) -> Response:
    return JSONResponse({"worker": os.environ.get("DEMO_WORKER_URL") or None})


class NoCache:
    """Make browsers revalidate every file, so that a reload shows modules republished by the build."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_no_cache(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (b"cache-control", b"no-cache")]
            await send(message)

        await self.app(scope, receive, send_no_cache)


app = Starlette(
    routes=[
        Route("/api/validate", validate, methods=["POST"]),
        Route("/api/config", config),
        Mount("/", app=NoCache(StaticFiles(directory=FRONTEND, html=True))),
    ]
)
