"""The main job on a copy of the project whose data/raw is read-only: nothing is written there."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys

from .report_files import town_draft


def _snapshot(folder):
    return {
        p.relative_to(folder).as_posix(): (
            p.stat().st_mode,
            p.stat().st_mtime_ns,
            hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "",
        )
        for p in sorted(folder.rglob("*"))
    } | {".": (folder.stat().st_mode, folder.stat().st_mtime_ns, "")}


def _run(home, *args):
    env = dict(os.environ, INDICATORS_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "indicators", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=home,
        timeout=120,
    )


def test_main_job_with_read_only_raw(tmp_path, embedded_path):
    home = tmp_path / "project"
    raw = home / "data" / "raw"
    raw.mkdir(parents=True)
    shutil.copy2(embedded_path, raw / embedded_path.name)
    (raw / "yunxi-2023-draft.docx").write_bytes(town_draft())
    for p in raw.iterdir():
        p.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    raw.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)
    before = _snapshot(raw)
    try:
        res = _run(home, "brief")
        assert res.returncode == 0, res.stderr
        out = home / "data" / "processed" / embedded_path.stem
        assert {p.name for p in out.iterdir()} >= {
            "paragraphs.csv",
            "comments.csv",
            "revisions.csv",
        }
        res = _run(home, "brief", str(raw / "yunxi-2023-draft.docx"))
        assert res.returncode == 0, res.stderr
        assert (home / "data" / "processed" / "yunxi-2023-draft" / "revisions.csv").is_file()
        # an explicit request to write into data/raw is refused (root ignores permissions)
        res = _run(home, "brief", "-o", str(raw / "out"))
        assert res.returncode == 2 and "拒绝写入" in res.stderr
        res = _run(home, "clean", str(raw / embedded_path.name), "-o", str(raw / "x.csv"))
        assert res.returncode == 2 and "拒绝写入" in res.stderr
        assert _snapshot(raw) == before
    finally:
        raw.chmod(stat.S_IRWXU)
