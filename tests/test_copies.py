"""The theme files copied from Material (and static-i18n) and changed: each still differs from the
installed upstream file exactly as its recorded patch says, so an upgrade that changes a file we
copied fails here, by name (see MAINTAINING.md, « Files copied from Material »)."""

from __future__ import annotations

from pathlib import Path

import pytest

from maintain.copies import COPIES, patch, patch_path, upstream
from tests.conftest import ROOT

OURS = {"overrides/partials/guide.html"}  # partials of our own, copied from nowhere


@pytest.mark.parametrize("copy", sorted(COPIES))
def test_each_copy_differs_from_upstream_as_recorded(copy: str) -> None:
    assert upstream(copy).is_file(), f"{upstream(copy)} is gone from the installed package: see MAINTAINING.md"
    assert patch(copy) == patch_path(copy).read_text("utf-8"), (
        f"{copy} or its upstream file {COPIES[copy][1]} changed: copy the new upstream file, re-apply "
        f"the changes {patch_path(copy).relative_to(ROOT)} records, then `make copies`"
    )


def test_every_partial_is_a_recorded_copy_or_ours() -> None:
    partials = {p.relative_to(ROOT).as_posix() for p in (ROOT / "overrides" / "partials").rglob("*.html")}
    assert partials - OURS == {c for c in COPIES if c.startswith("overrides/partials/")}


def test_maintaining_lists_every_copy() -> None:
    text = (ROOT / "MAINTAINING.md").read_text("utf-8")
    assert [copy for copy in COPIES if f"`{copy}`" not in text] == []


def test_a_changed_line_is_seen(tmp_path: Path) -> None:
    """The check sees a change: our copy of the breadcrumbs with one line of Material's altered."""
    copy = "overrides/partials/path.html"
    changed = (ROOT / copy).read_text("utf-8").replace('class="md-path__list"', 'class="md-path__items"')
    (tmp_path / "overrides" / "partials").mkdir(parents=True)
    (tmp_path / copy).write_text(changed, "utf-8")
    assert patch(copy, tmp_path) != patch_path(copy).read_text("utf-8")
