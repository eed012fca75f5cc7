#!/usr/bin/env python3
"""Open an HTML file in headless Chromium, save a screenshot, and fail on any console error.

usage: browser_check.py PAGE.html SCREENSHOT.png [--width 1280] [--height 0] [--chromium /usr/bin/chromium]

Talks to Chromium over the DevTools protocol on a pipe (--remote-debugging-pipe: no port, no network);
collects console errors and warnings, uncaught exceptions and failed loads (Log and Runtime events).
A fresh profile in a temporary folder; background networking, component updates and first-run are off.
--height 0 (default) captures the whole page. Exit status 1 if anything was reported, else 0.
Needs only the Python standard library and Chromium (Debian package `chromium`).
"""
from __future__ import annotations

import argparse
import base64
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--remote-debugging-pipe", "--hide-scrollbars"]


class DevTools:
    """A minimal DevTools client over Chromium's pipe: fd 3 is its input, fd 4 its output."""

    def __init__(self, chromium: str, profile: str):
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        self.process = subprocess.Popen([chromium, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                                        pass_fds=(3, 4), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                        preexec_fn=lambda: _as_fds_3_and_4(to_browser_r, from_browser_w))
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._reader = os.fdopen(self._from_browser, "rb")
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict] = []

    def send(self, method: str, session: str | None = None, **params) -> dict:
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params, **({"sessionId": session} if session else {})}
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._receive()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method: str) -> dict:
        while True:
            event = self._receive()
            self.events.append(event)
            if event.get("method") == method:
                return event

    def _receive(self) -> dict:
        while b"\0" not in self._buffer:
            chunk = self._reader.read1(1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        return json.loads(message)

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except (RuntimeError, OSError):
            pass
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()


def _as_fds_3_and_4(reading: int, writing: int) -> None:
    """In the child: Chromium reads commands from fd 3 and writes replies to fd 4 (copies first, so that
    moving one pipe end cannot overwrite the other)."""
    reading, writing = os.dup(reading), os.dup(writing)
    os.dup2(reading, 3)
    os.dup2(writing, 4)


def problems(events: list[dict]) -> list[str]:
    """Console errors and warnings, uncaught exceptions and failed loads, in words."""
    found = []
    for event in events:
        params = event.get("params", {})
        if event.get("method") == "Runtime.consoleAPICalled" and params.get("type") in ("error", "warning", "assert"):
            found.append("console." + params["type"] + ": " + " ".join(str(a.get("value", a.get("description")))
                                                                      for a in params.get("args", [])))
        elif event.get("method") == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            found.append("exception: " + details.get("exception", {}).get("description", details.get("text", "")))
        elif event.get("method") == "Log.entryAdded" and params["entry"]["level"] in ("error", "warning"):
            entry = params["entry"]
            found.append(f"{entry['source']} {entry['level']}: {entry['text']} {entry.get('url', '')}".strip())
    return found


def check(page: Path, screenshot: Path, width: int = 1280, height: int = 0, chromium: str = "/usr/bin/chromium"
          ) -> list[str]:
    """Open `page`, save a PNG of it to `screenshot`; the problems reported while it loaded."""
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        browser = DevTools(chromium, profile)
        try:
            target = browser.send("Target.createTarget", url="about:blank")["targetId"]
            session = browser.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
            for domain in ("Page", "Runtime", "Log"):
                browser.send(f"{domain}.enable", session)
            browser.send("Emulation.setDeviceMetricsOverride", session, width=width, height=height or 900,
                         deviceScaleFactor=1, mobile=False)
            browser.send("Page.navigate", session, url=page.resolve().as_uri())
            browser.wait_for("Page.loadEventFired")
            full = browser.send("Page.getLayoutMetrics", session)["cssContentSize"]
            clip = {"x": 0, "y": 0, "width": width, "height": height or full["height"], "scale": 1}
            shot = browser.send("Page.captureScreenshot", session, format="png", clip=clip, captureBeyondViewport=True)
            screenshot.write_bytes(base64.b64decode(shot["data"]))
            return problems(browser.events)
        finally:
            browser.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("page", type=Path)
    parser.add_argument("screenshot", type=Path)
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=0, help="pixels from the top (default 0: the whole page)")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    found = check(args.page, args.screenshot, args.width, args.height, args.chromium)
    for problem in found:
        print(problem)
    print(f"{args.screenshot}: {'1 problem' if len(found) == 1 else f'{len(found)} problems'}" if found
          else f"{args.screenshot} written; no console errors")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
