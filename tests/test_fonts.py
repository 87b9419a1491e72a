"""The sheets' typeface, every face of it, on the machine that builds them: the same PDFs everywhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from onpe_guide.data.load import load_guide
from onpe_guide.edition import edition
from onpe_guide.errors import FontError
from onpe_guide.print import fonts
from onpe_guide.print.pdf import build_pdfs
from tests.conftest import ROOT


def test_every_face_of_the_sheets_typeface_is_installed() -> None:
    """Not a skip: a machine without them builds other PDFs (README: the system packages)."""
    assert fonts.missing_faces() == [], fonts.font_problem()


def test_a_missing_face_stops_the_pdfs_before_any_is_laid_out(
    tiny_data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where fonts-dejavu-extra is missing, fontconfig quietly slants the regular face and keeps its
    width: the synthesis' lines break elsewhere. The build says so and how to install them."""
    installed = fonts.used_fonts()
    monkeypatch.setattr(fonts, "used_fonts", lambda: installed - {"DejaVu-Sans-Oblique", "DejaVu-Sans-Semi-Condensed"})
    with pytest.raises(FontError) as error:
        build_pdfs(load_guide(tiny_data), tmp_path / "fiches", "https://guide.test/", edition(ROOT))
    message = str(error.value)
    assert message.startswith("no PDF built: the sheets are set in DejaVu Sans, and this computer lacks its ")
    assert "oblique, condensed face(s)" in message and "apt-get install fonts-dejavu-core fonts-dejavu-extra" in message
    assert not (tmp_path / "fiches").exists()
