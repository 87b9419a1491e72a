"""Bytes a first visit transfers (gzip), measured in the system Chromium against a local server."""

from __future__ import annotations

import os
from pathlib import Path

from playwright.sync_api import Response, sync_playwright
from tests.browser import CHROMIUM_ARGS

from bench.gzip_server import serve_gzip

FLAGS = CHROMIUM_ARGS  # one list, the tests': without them Chromium floods the closed network


def first_visit_bytes(site: Path, url: str) -> int:
    """Sum of the bytes on the wire for every same-origin response of one cold page load."""
    sizes: list[int] = []

    def record(response: Response) -> None:
        length = response.headers.get("content-length")
        if length and response.url.startswith(base):
            sizes.append(int(length))

    with serve_gzip(site) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"), args=FLAGS)
        page = browser.new_page()
        page.on("response", record)
        page.goto(base + url, wait_until="networkidle")
        browser.close()
    return sum(sizes)
