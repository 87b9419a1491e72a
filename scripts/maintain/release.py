"""What a release publishes, from a site built with `make pdf RELEASE=1`.

    PYTHONPATH=scripts python -m maintain.release notes v1.2.0 > notes.md   # its CHANGELOG entry
    PYTHONPATH=scripts python -m maintain.release assets site build/release  # the files to attach

Trainers download from the release page: for each language the booklet as a PDF and every sheet
in one zip, and the offline bundle. Asset names must be unique across languages, hence the
language in each name.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

from onpe_guide.urls import BOOKLET, BUNDLE, SHEETS_ZIP

TAG = re.compile(r"v(\d+\.\d+\.\d+)")
# Keep a Changelog: "## [1.2.0] - 2026-12-01", then the entry, until the next "## ".
HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\]", re.MULTILINE)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed, so that one site gives one zip


class ReleaseError(Exception):
    """Something a release needs is missing; the message says what to do."""


def version(tag: str) -> str:
    """`v1.2.0` -> `1.2.0`; any other tag is refused."""
    match = TAG.fullmatch(tag)
    if not match:
        raise ReleaseError(f"tag {tag!r}: a release tag is vX.Y.Z, for example v1.2.0")
    return match.group(1)


def notes(changelog: str, tag: str) -> str:
    """The CHANGELOG entry of `tag`'s version, without its heading: the release's notes."""
    wanted = version(tag)
    headings = list(HEADING.finditer(changelog))
    for index, heading in enumerate(headings):
        if heading.group("version") == wanted:
            end = headings[index + 1].start() if index + 1 < len(headings) else len(changelog)
            body = changelog[heading.end() : end].split("\n", 1)[-1]
            body = re.sub(r"^\[[^\]]+\]: .*$", "", body, flags=re.MULTILINE)  # link definitions
            if body.strip():
                return body.strip() + "\n"
    raise ReleaseError(f"CHANGELOG.md has no entry for {wanted}: add « ## [{wanted}] - YYYY-MM-DD » before tagging")


def assets(site: Path, out: Path) -> list[Path]:
    """Per language `<booklet>-<lang>.pdf` and `fiches-<lang>.zip`, and the offline bundle, into `out`."""
    sheets = site / "fiches"
    languages = sorted(path for path in sheets.iterdir() if path.is_dir()) if sheets.is_dir() else []
    bundle = sheets / f"{BUNDLE}.zip"
    if not languages or not bundle.is_file():
        raise ReleaseError(f"{sheets}: no PDFs or no {bundle.name}; build the site with `make pdf RELEASE=1` first")
    out.mkdir(parents=True, exist_ok=True)
    written = [out / bundle.name]
    shutil.copyfile(bundle, written[0])
    for folder in languages:
        lang = folder.name
        shutil.copyfile(folder / f"{BOOKLET}.pdf", out / f"{BOOKLET}-{lang}.pdf")
        shutil.copyfile(folder / f"{SHEETS_ZIP}.zip", out / f"fiches-{lang}.zip")  # the site's own zip
        written += [out / f"{BOOKLET}-{lang}.pdf", out / f"fiches-{lang}.zip"]
    return written


def main(argv: list[str]) -> int:
    try:
        if len(argv) == 2 and argv[0] == "notes":
            changelog = (Path(__file__).resolve().parents[2] / "CHANGELOG.md").read_text("utf-8")
            sys.stdout.write(notes(changelog, argv[1]))
            return 0
        if len(argv) == 3 and argv[0] == "assets":
            for path in assets(Path(argv[1]), Path(argv[2])):
                print(path)
            return 0
    except ReleaseError as error:
        print(f"release: {error}", file=sys.stderr)
        return 1
    print("usage: python -m maintain.release notes vX.Y.Z | assets SITE_DIR OUT_DIR", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
