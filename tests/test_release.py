"""Releases trainers can download: the tag's CHANGELOG entry as notes, the files to attach, the workflow."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from maintain.release import ReleaseError, assets, main, notes
from onpe_guide.data.load import load_guide
from onpe_guide.outline.catalogue import sheet_catalogue
from onpe_guide.urls import BOOKLET, BUNDLE, SHEETS_ZIP
from tests.conftest import DATA, ROOT
from tests.test_contributors import commands, workflow

CHANGELOG = """# Changelog

## [Unreleased]

### Added

- Something coming.

## [1.1.0] - 2026-12-01

### Fixed

- A translation.

## [1.0.0] - 2026-11-30

### Added

- The guide.

[1.1.0]: https://example.invalid/compare/v1.0.0...v1.1.0
"""


def test_the_notes_are_the_tags_entry_without_its_heading() -> None:
    assert notes(CHANGELOG, "v1.1.0") == "### Fixed\n\n- A translation.\n"
    assert notes(CHANGELOG, "v1.0.0") == "### Added\n\n- The guide.\n"  # link definitions dropped


@pytest.mark.parametrize(
    ("tag", "message"),
    [
        ("v2.0.0", "CHANGELOG.md has no entry for 2.0.0: add « ## [2.0.0] - YYYY-MM-DD » before tagging"),
        ("1.0.0", "tag '1.0.0': a release tag is vX.Y.Z, for example v1.2.0"),
        ("v1.0", "tag 'v1.0': a release tag is vX.Y.Z, for example v1.2.0"),
    ],
)
def test_a_release_without_its_entry_or_with_a_bad_tag_is_refused(tag: str, message: str) -> None:
    with pytest.raises(ReleaseError) as raised:
        notes(CHANGELOG, tag)
    assert str(raised.value) == message


def test_the_changelog_keeps_a_changelog(capsys: pytest.CaptureFixture[str]) -> None:
    text = (ROOT / "CHANGELOG.md").read_text("utf-8")
    assert "## [Unreleased]" in text and "keepachangelog.com" in text
    assert main(["notes", "v0.0.0"]) == 1  # never released: the workflow would stop here
    assert "CHANGELOG.md has no entry for 0.0.0" in capsys.readouterr().err


def fake_site(site: Path, langs: list[str]) -> None:
    for lang in langs:
        (site / "fiches" / lang).mkdir(parents=True)
        for name in (f"{BOOKLET}.pdf", "verbe-adapter.pdf", "moments.pdf"):
            (site / "fiches" / lang / name).write_bytes(f"%PDF {lang} {name}".encode())
        with zipfile.ZipFile(site / "fiches" / lang / f"{SHEETS_ZIP}.zip", "w") as archive:
            archive.writestr("moments.pdf", f"%PDF {lang} moments.pdf")
            archive.writestr("verbe-adapter.pdf", f"%PDF {lang} verbe-adapter.pdf")
    (site / "fiches" / f"{BUNDLE}.zip").write_bytes(b"PK offline")


def test_each_language_gets_its_booklet_and_a_zip_of_its_sheets(tmp_path: Path) -> None:
    fake_site(tmp_path / "site", ["en", "es", "fr"])
    written = assets(tmp_path / "site", tmp_path / "out")
    langs = ["en", "es", "fr"]
    expected = [f"{BUNDLE}.zip", *(f"{BOOKLET}-{lang}.pdf" for lang in langs), *(f"fiches-{x}.zip" for x in langs)]
    assert sorted(path.name for path in written) == sorted(expected)
    assert (tmp_path / "out" / f"{BOOKLET}-es.pdf").read_bytes() == f"%PDF es {BOOKLET}.pdf".encode()
    with zipfile.ZipFile(tmp_path / "out" / "fiches-fr.zip") as archive:  # the site's zip of its sheets
        assert archive.namelist() == ["moments.pdf", "verbe-adapter.pdf"]
        assert archive.read("moments.pdf") == b"%PDF fr moments.pdf"
    first = (tmp_path / "out" / "fiches-fr.zip").read_bytes()
    assets(tmp_path / "site", tmp_path / "out")
    assert (tmp_path / "out" / "fiches-fr.zip").read_bytes() == first  # one site, one zip


def test_assets_need_a_site_built_with_its_pdfs(tmp_path: Path) -> None:
    with pytest.raises(ReleaseError, match=r"build the site with `make pdf RELEASE=1` first"):
        assets(tmp_path, tmp_path / "out")


def test_the_real_site_gives_every_languages_files(site: Path, tmp_path: Path) -> None:
    langs = [lang.code for lang in load_guide(DATA).languages]
    names = {path.name for path in assets(site, tmp_path)}
    for lang in langs:
        assert {f"{BOOKLET}-{lang}.pdf", f"fiches-{lang}.zip"} <= names
        assert (tmp_path / f"{BOOKLET}-{lang}.pdf").read_bytes().startswith(b"%PDF")
        with zipfile.ZipFile(tmp_path / f"fiches-{lang}.zip") as archive:  # every A4 sheet, no booklet
            assert len(archive.namelist()) == len(sheet_catalogue(load_guide(DATA)))
            assert f"{BOOKLET}.pdf" not in archive.namelist()
    assert f"{BUNDLE}.zip" in names


def test_a_tag_runs_the_release_workflow() -> None:
    flow = workflow("release.yml")
    assert flow[True] == {"push": {"tags": ["v*.*.*"]}}  # YAML 1.1 reads `on` as true
    assert flow["permissions"] == {"contents": "write"}
    runs = commands(flow)
    assert "make pdf RELEASE=1" in runs and "make release-assets" in runs
    assert any('make release-notes TAG="$GITHUB_REF_NAME"' in run for run in runs)
    publish = next(run for run in runs if run.startswith("gh release create"))
    assert "--notes-file release-notes.md" in publish and publish.endswith("build/release/*")
    steps = [step for job in flow["jobs"].values() for step in job["steps"]]  # type: ignore[attr-defined]
    build = next(step for step in steps if step.get("run") == "make pdf RELEASE=1")
    assert "SITE_URL" in build["env"]
    checkout = next(step for step in steps if step.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0  # the tag, for the version the pages show
