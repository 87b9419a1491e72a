"""Two clean builds of one commit are byte-identical, dated by the commit, not by the clock."""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
from pathlib import Path

from pypdf import PdfReader

from tests.conftest import make_tiny_data, run_cli

LANGS = ("fr", "en", "es")
COMMIT_DATE = "2020-01-02T03:04:05+00:00"


def committed(project: Path) -> None:
    """The copy of the project made a repository of its own, with one commit of a known date."""
    env = {**os.environ, "GIT_AUTHOR_DATE": COMMIT_DATE, "GIT_COMMITTER_DATE": COMMIT_DATE}
    for command in (["init", "-q"], ["add", "-A"], ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "c"]):
        subprocess.run(["git", *command], cwd=project, env=env, check=True)


def differences(left: Path, right: Path) -> list[str]:
    comparison = filecmp.dircmp(left, right)
    found = [f"{left}/{name}" for name in comparison.diff_files + comparison.left_only + comparison.right_only]
    for sub in comparison.common_dirs:
        found += differences(left / sub, right / sub)
    return found


def test_two_builds_are_identical_and_dated_by_the_commit(tmp_path: Path, project: Path) -> None:
    """The whole project, with the tiny data (three terms): what makes a build differ from the next
    (dates, orders, names) does not depend on how much data there is, and two builds of the real
    data took two minutes."""
    shutil.rmtree(project / "data")
    make_tiny_data(project, terms=3)
    committed(project)
    for name in ("one", "two"):  # one after the other: a build writes its pages into the project's docs/
        result = run_cli("build", "--pdf", "--site-dir", str(tmp_path / name), cwd=project)
        assert result.returncode == 0, result.stderr
    assert differences(tmp_path / "one", tmp_path / "two") == []
    files = [p for p in (tmp_path / "one").rglob("*") if p.is_file()]
    assert any(p.name == "sitemap.xml" for p in files) and any(p.name == "search_index.json" for p in files)
    pdfs = {lang: sorted(p.name for p in (tmp_path / "one" / "fiches" / lang).glob("*.pdf")) for lang in LANGS}
    assert pdfs["fr"] == pdfs["en"] == pdfs["es"] and len(pdfs["fr"]) >= 14  # sheets, booklet, slides
    assert "<lastmod>2020-01-02</lastmod>" in (tmp_path / "one" / "sitemap.xml").read_text("utf-8")
    sheet = PdfReader(tmp_path / "one" / "fiches" / "fr" / "verbe-adapter.pdf")
    assert str(sheet.metadata.get("/CreationDate", "")).startswith("D:20200102") if sheet.metadata else False
    assert "2 janvier 2020" in (sheet.pages[0].extract_text() or "")  # a plain date on paper
