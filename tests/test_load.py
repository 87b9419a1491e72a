"""The core's loader against golden cases: each invalid tree, its exact messages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from onpe_guide import DataError
from onpe_guide.data import links, schema
from onpe_guide.data.load import load_guide
from tests.conftest import CASES, DATA, assert_the_build_refuses, make_tiny_data, run_cli, run_cli_here

INVALID = sorted((CASES / "invalid").glob("*.yml"))


def file_bytes(content: str | dict[str, Any]) -> bytes:
    """A case's file: plain text, or {text, encoding, bom, crlf, big, fill} for what text cannot say
    (`{BIG}` in the text is `fill`, "x" unless told, repeated `big` times)."""
    if isinstance(content, str):
        return content.encode("utf-8")
    text: str = content["text"].replace("{BIG}", content.get("fill", "x") * content.get("big", 0))
    if content.get("crlf"):
        text = text.replace("\n", "\r\n")
    raw = text.encode(content.get("encoding", "utf-8"))
    return b"\xef\xbb\xbf" + raw if content.get("bom") else raw


def read_case(case: Path) -> dict[str, Any]:
    """A golden case, read by libyaml (PyYAML's own parser took a tenth of a hostile case's time)."""
    spec: dict[str, Any] = yaml.load(case.read_text("utf-8"), Loader=yaml.CSafeLoader)
    return spec


def apply_case(case: Path, data: Path) -> list[str]:
    spec = read_case(case)
    for name, content in spec["files"].items():
        if content is None:
            (data / name).unlink()
        else:
            (data / name).parent.mkdir(parents=True, exist_ok=True)  # `../docs/…`: a folder of the project
            (data / name).write_bytes(file_bytes(content))
    expected: list[str] = spec["expected"]
    return expected


def test_tiny_tree_is_valid(tiny_data: Path) -> None:
    guide = load_guide(tiny_data)
    assert [v.id for v in guide.verbs] == ["adapter", "restaurer"]
    assert [a.id for a in guide.actors_with_role("reperer")] == ["acteurs-de-sante", "ecoles"]


@pytest.mark.parametrize("case", INVALID, ids=[c.stem for c in INVALID])
def test_invalid_case(case: Path, tiny_data: Path) -> None:
    expected = apply_case(case, tiny_data)
    if not expected:  # a case the loader must accept (Windows line endings, HTML shown as text)
        load_guide(tiny_data)
        return
    with pytest.raises(DataError) as error:
        load_guide(tiny_data)
    assert [str(p) for p in error.value.problems] == expected


@pytest.mark.parametrize("case", INVALID, ids=[c.stem for c in INVALID])
def test_invalid_case_through_the_build(case: Path, tiny_data: Path, tiny_project: Path) -> None:
    """What a contributor runs: exit status 1, the messages, no traceback, the old site kept."""
    expected = apply_case(case, tiny_data)
    if expected:  # alias bombs and 5 MB values included: refused, not expanded (speed is `make bench`'s)
        assert_the_build_refuses(tiny_project, expected)
        return
    result = run_cli_here("--root", str(tiny_project), "check")
    assert "Traceback" not in result.stdout + result.stderr
    assert result.returncode == 0, result.stderr


def test_enough_golden_cases() -> None:
    assert len(INVALID) >= 30


def test_cli_reports_without_traceback(project: Path) -> None:
    actors = project / "data" / "actors.yml"
    text = actors.read_text("utf-8")
    line = text[: text.index("      - soigner\n")].count("\n") + 1  # the line the reader names, wherever it is
    actors.write_text(text.replace("      - soigner\n", "      - soigne\n"), "utf-8")
    result = run_cli("check", cwd=project)
    assert result.returncode == 1
    assert f'data/actors.yml:{line} actors[4].roles[2]: unknown role "soigne"; known: ' in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_unknown_string_key_and_placeholders(tiny_data: Path) -> None:
    interface = tiny_data / "interface.yml"
    text = (
        interface.read_text("utf-8")
        .replace("  matrix_yes:", "  matrix_yess:")
        .replace('en: "Key moment {number}"', 'en: "Key moment {numbr}"')
    )
    interface.write_text(text, "utf-8")
    with pytest.raises(DataError) as error:
        load_guide(tiny_data)
    messages = [p.message for p in error.value.problems]
    assert 'missing string "matrix_yes"; the pages use it' in messages
    assert 'unknown string "matrix_yess"; did you mean "matrix_yes"?' in messages
    assert "expected placeholders ['number'] as in fr, found ['numbr']" in messages


def test_real_data_is_valid() -> None:
    guide = load_guide(DATA)
    assert [lang.code for lang in guide.languages] == ["fr", "en", "es"]
    assert len(guide.verbs) == 4 and len(guide.actors) == 5 and len(guide.key_words) == 4
    assert [len(moment) for moment in guide.key_moments] == [2, 1, 1]  # the first block holds two steps
    assert len(guide.forms) == 3 and len(guide.provisions) == 4
    # Roles are one shared vocabulary: « Repérer » is one entry that four actors reference.
    assert len(guide.actors_with_role("reperer")) == 4


def test_texts_and_values_found_clean_are_not_checked_again(tiny_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Under `mkdocs serve` each edit reads data/ again: a text rendered clean before (against the
    same pages and addresses) and a file's value found valid are not checked again; a text or
    value with a problem always is."""
    load_guide(tiny_data)
    rendered: list[str] = []
    validated: list[str] = []
    real_markup, real_validate = links.markup_problems, schema._validate  # type: ignore[attr-defined]

    def markup(text: str, *args: Any) -> list[str]:
        rendered.append(text)
        return list(real_markup(text, *args))

    def validate(loaded: Any, *args: Any) -> None:
        validated.append(loaded.name)
        real_validate(loaded, *args)

    monkeypatch.setattr("onpe_guide.data.links.markup_problems", markup)
    monkeypatch.setattr(schema, "_validate", validate)
    load_guide(tiny_data)
    assert rendered == [] and validated == []
    verbs = tiny_data / "verbs.yml"
    verbs.write_text(verbs.read_text("utf-8").replace("fr: Texte.", "fr: '[Texte](https://evil.example/).'"), "utf-8")
    for _ in range(2):
        with pytest.raises(DataError, match="not a declared address"):
            load_guide(tiny_data)
    assert set(rendered) == {"[Texte](https://evil.example/)."} and len(rendered) >= 2  # on each load
    assert validated == ["data/verbs.yml"]  # the changed file, valid for its schema: remembered


def test_the_same_schemas_elsewhere_are_not_compiled_again_and_an_edited_one_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Validators are kept by the schemas' content, not their folder: a copy of data/ (every test
    makes one) reuses them and what they found valid; a schema edited in place is read again."""
    first, second = make_tiny_data(tmp_path / "a"), make_tiny_data(tmp_path / "b")
    load_guide(first)
    validated: list[str] = []
    real_validate = schema._validate

    def validate(loaded: Any, *args: Any) -> None:
        validated.append(loaded.name)
        real_validate(loaded, *args)

    monkeypatch.setattr(schema, "_validate", validate)
    load_guide(second)
    assert validated == []  # the same schemas and values: found valid in the other folder
    verbs = second / "schemas" / "verbs.schema.json"
    verbs.write_text(verbs.read_text("utf-8").replace('"required": [', '"required": ["nulle-part", ', 1), "utf-8")
    with pytest.raises(DataError, match="nulle-part"):
        load_guide(second)
    load_guide(first)  # its own schemas, unchanged
