"""The MkDocs hook generates pages once per state of data/, though MkDocs calls it once per language."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import ROOT


def load_hook() -> ModuleType:
    spec = importlib.util.spec_from_file_location("guide_hook_under_test", ROOT / "scripts" / "mkdocs_hook.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_pages_are_generated_once_per_state_of_the_data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    hook = load_hook()
    calls: list[Path] = []
    real = hook.generate

    def counting(data: Path, docs: Path, *args: Any, **kwargs: Any) -> Any:
        calls.append(docs)
        return real(data, docs, *args, **kwargs)

    monkeypatch.setattr(hook, "generate", counting)
    for page in (ROOT / "docs").glob("*.md"):  # the hand-written pages, which the core reads too
        shutil.copy(page, tmp_path / page.name)
    first = hook._guide(tmp_path)
    for _ in range(2):  # the other languages' builds
        assert hook._guide(tmp_path) is first
    assert calls == [tmp_path]
    about = tmp_path / "a-propos.en.md"  # a translator edits a hand-written page under `mkdocs serve`
    about.write_text(about.read_text("utf-8") + "\nOne more line.\n", "utf-8")
    assert hook._guide(tmp_path) is not first and calls == [tmp_path, tmp_path]
    monkeypatch.setattr(hook, "_fingerprint", lambda _: "data changed")
    hook._guide(tmp_path)
    assert calls == [tmp_path, tmp_path, tmp_path]
