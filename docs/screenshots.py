"""The README's screenshots, taken by the browser the tests drive (Debian's Chromium through
Playwright) from a real ``unikg serve`` on 127.0.0.1, so that they stay current:

    .venv/bin/python docs/screenshots.py            # serves the built graph on a free port
    .venv/bin/python docs/screenshots.py --url http://127.0.0.1:8000

It writes ``docs/screenshots/home.png`` and ``docs/screenshots/profile.png`` (XJTU's profile),
each a PNG of the top of the page, kept small (palette
colours) so the repository stays light.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

FOLDER = Path(__file__).resolve().parent / "screenshots"
CHROMIUM = "/usr/bin/chromium"
SHOTS = {  # name → (path, what to do before the picture)
    "home": ("/", None),
    "profile": ("/id/org/xjtu", None),
}


def serve() -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "unikg.cli", "serve", "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=os.environ.copy())
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if httpx.get(url + "/", timeout=5).status_code == 200:
                return process, url
        except httpx.TransportError:
            time.sleep(0.2)
    process.terminate()
    raise SystemExit(f"screenshots: unikg serve did not answer on {url}")


def take(url: str, folder: Path = FOLDER) -> list[Path]:
    from playwright.sync_api import sync_playwright

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        for name, (path, click) in SHOTS.items():
            page.goto(url + path)
            page.wait_for_selector("body[data-ready]")
            if click:
                page.locator(click).first.click()
            page.wait_for_load_state("networkidle")
            target = folder / f"{name}.png"
            page.screenshot(path=str(target))
            _shrink(target)
            written.append(target)
        browser.close()
    return written


def _shrink(path: Path) -> None:
    """A palette PNG (256 colours): a fifth of the size, the same to the eye."""
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    tmp = path.with_suffix(".tmp.png")
    small.save(tmp, optimize=True)
    tmp.replace(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="a running server (default: serve the built graph on a free port)")
    args = parser.parse_args()
    process = None
    url = args.url
    if url is None:
        process, url = serve()
    try:
        for path in take(url.rstrip("/")):
            print(f"wrote {path} ({path.stat().st_size // 1024} KB)")
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=15)


if __name__ == "__main__":
    main()
