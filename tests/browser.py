"""Open an HTML file in headless Chromium with networking disabled, and report what it did.

Used by the brief tests. The page is loaded with its Content-Security-Policy removed (so the
test sees what the content itself would request) and a probe script that records the
summary, the findings and the images that rendered; Chromium's NetLog records every request.
"""

from __future__ import annotations

import html as html_lib
import json
import re
import shutil
import subprocess
from pathlib import Path

CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome")
HOW_TO_GET_ONE = "no Chromium found; install Debian's package: apt-get install chromium"

_PROBE = """<script>
window.addEventListener("load", () => {
  const r = {
    summary: !!document.querySelector("#summary"),
    findings: document.querySelectorAll("#findings .finding").length,
    images: [...document.images].filter(i => i.complete && i.naturalWidth > 0).length,
    title: document.title,
    lang: document.documentElement.lang,
    alerts: window.__alerts || 0,
  };
  const p = document.createElement("pre");
  p.id = "probe";
  p.textContent = JSON.stringify(r);
  document.body.appendChild(p);
});
window.alert = () => { window.__alerts = (window.__alerts || 0) + 1; };
</script>"""
_CSP = re.compile(r'<meta http-equiv="Content-Security-Policy"[^>]*>')


def find_chromium() -> str | None:
    for name in CHROMIUM_CANDIDATES:
        path = shutil.which(name)
        if path:
            return path
    return None


def _flags(user_dir: Path) -> list[str]:
    return [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        f"--user-data-dir={user_dir}",
        # networking disabled: every host resolves to nothing, every proxy is a closed port
        "--proxy-server=127.0.0.1:9",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--virtual-time-budget=5000",
    ]


def page_requests(net_log: Path) -> list[str]:
    """URLs the page itself asked for (Chromium's own background requests left out)."""
    data = json.loads(net_log.read_text(encoding="utf-8"))
    types = {v: k for k, v in data["constants"]["logEventTypes"].items()}
    urls = []
    for event in data["events"]:
        params = event.get("params", {})
        if types.get(event["type"]) != "URL_REQUEST_START_JOB" or "url" not in params:
            continue
        if params.get("initiator") == "not an origin":
            continue  # the browser's own update and account checks
        urls.append(params["url"])
    return urls


def probe(html_file: Path, work: Path, screenshot: Path | None = None) -> dict:
    """Load ``html_file`` in Chromium; return the probe results and the network requests."""
    chromium = find_chromium()
    if chromium is None:
        raise RuntimeError(HOW_TO_GET_ONE)
    work.mkdir(parents=True, exist_ok=True)
    page = work / "probe.html"
    html = _CSP.sub("", html_file.read_text(encoding="utf-8"))
    page.write_text(html.replace("</head>", _PROBE + "</head>", 1), encoding="utf-8")
    net_log = work / "net.json"
    res = subprocess.run(
        [
            chromium,
            *_flags(work / "profile"),
            f"--log-net-log={net_log}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    m = re.search(r'<pre id="probe">(.*?)</pre>', res.stdout, re.S)
    if m is None:
        raise RuntimeError(f"Chromium produced no probe result: {res.stderr[-500:]}")
    result = json.loads(html_lib.unescape(m.group(1)))
    result["requests"] = [u for u in page_requests(net_log) if not u.startswith("file:")]
    if screenshot is not None:
        subprocess.run(
            [
                chromium,
                *_flags(work / "profile-shot"),
                f"--screenshot={screenshot}",
                "--window-size=1280,2400",
                html_file.as_uri(),
            ],
            capture_output=True,
            timeout=120,
            check=True,
        )
    return result
