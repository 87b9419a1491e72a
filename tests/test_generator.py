"""Pages are generated once per state of their sources, though MkDocs runs the hook once per language."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from onpe_guide.site import generate as generate_module
from onpe_guide.site.generate import Generator
from tests.conftest import ROOT


def test_pages_are_generated_once_per_state_of_their_sources(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[Path] = []
    real = generate_module.generate

    def counting(data: Path, docs: Path, *args: Any, **kwargs: Any) -> Any:
        calls.append(docs)
        return real(data, docs, *args, **kwargs)

    monkeypatch.setattr(generate_module, "generate", counting)
    for page in (ROOT / "docs").glob("*.md"):  # the hand-written pages, which the core reads too
        shutil.copy(page, tmp_path / page.name)
    generator = Generator(ROOT / "data", None, directory_urls=True, release=False)
    first = generator(tmp_path)
    for _ in range(2):  # the other languages' builds
        assert generator(tmp_path) is first
    assert calls == [tmp_path]
    about = tmp_path / "a-propos.en.md"  # a translator edits a hand-written page under `mkdocs serve`
    about.write_text(about.read_text("utf-8") + "\nOne more line.\n", "utf-8")
    assert generator(tmp_path) is not first and calls == [tmp_path, tmp_path]
    monkeypatch.setattr(generator, "_fingerprint", lambda _: "data changed")
    generator(tmp_path)
    assert calls == [tmp_path, tmp_path, tmp_path]
