"""The YAML loader on tiny inline files: lines remembered, unsafe YAML refused, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from onpe_guide.data.yamlfile import load_yaml


def load(tmp_path: Path, content: str | bytes) -> tuple[object, list[str]]:
    path = tmp_path / "f.yml"
    if isinstance(content, str):
        path.write_text(content, "utf-8")
    else:
        path.write_bytes(content)
    result = load_yaml(path, "data/f.yml")
    return result.value, [str(p) for p in result.problems]


def test_values_and_lines(tmp_path: Path) -> None:
    path = tmp_path / "f.yml"
    path.write_text("# comment\nactors:\n  - id: a\n    roles:\n      - reperer\n", "utf-8")
    result = load_yaml(path, "data/f.yml")
    assert result.value == {"actors": [{"id": "a", "roles": ["reperer"]}]}
    assert result.line(("actors", 0, "roles", 0)) == 5
    assert result.line(("actors", 0, "id")) == 3
    assert result.line(("actors", 0, "missing")) == 3  # the nearest known parent


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("a: 1\nb: 2\na: 3\n", "data/f.yml:3 a: duplicate key 'a' (first on line 1)"),
        ("a:\n\t- x\n", "data/f.yml:2: a tab character; YAML indents with spaces only"),
        (
            "a: [1, 2\n",
            "data/f.yml:2: not valid YAML: while parsing a flow sequence expected ',' or ']', but got '<stream end>'",
        ),
        ("", "data/f.yml:1: the file is empty; expected the data described by its schema"),
        ("  \n\n", "data/f.yml:1: the file is empty; expected the data described by its schema"),
        (
            "a: !!python/object/apply:os.system ['true']\n",
            "data/f.yml:1 a: the YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed; "
            "write plain text",
        ),
        ("a: &x 1\nb: *x\n", "data/f.yml:2 b: anchors and aliases (&, *) are not allowed; write the value"),
        ("1: a\n", "data/f.yml:1: keys must be plain words"),
    ],
)
def test_refused(tmp_path: Path, content: str, expected: str) -> None:
    _, problems = load(tmp_path, content)
    assert problems == [expected]


def test_byte_order_mark_refused(tmp_path: Path) -> None:
    _, problems = load(tmp_path, b"\xef\xbb\xbfa: 1\n")
    assert problems == ["data/f.yml:1: starts with a byte-order mark; save it as UTF-8 without BOM"]


def test_not_utf8(tmp_path: Path) -> None:
    _, problems = load(tmp_path, "a: b\nc: é\n".encode("latin-1"))
    assert problems == ["data/f.yml:2: not UTF-8 text (byte 8); save it as UTF-8"]


def test_windows_line_endings_accepted(tmp_path: Path) -> None:
    value, problems = load(tmp_path, b"a: 1\r\nb:\r\n  - x\r\n")
    assert (value, problems) == ({"a": 1, "b": ["x"]}, [])


def test_missing_file(tmp_path: Path) -> None:
    result = load_yaml(tmp_path / "nope.yml", "data/nope.yml")
    assert [str(p) for p in result.problems] == ["data/nope.yml:1: file not found; every data file is required"]


def test_alias_bomb_refused_before_it_expands(tmp_path: Path) -> None:
    """Expanded, the last key would hold 9⁹ items: the load would not return. It returns, refused."""
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    lines += [f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
    _, problems = load(tmp_path, "\n".join(lines) + "\n")
    assert problems and all("anchors and aliases" in p for p in problems[:-1])
    assert problems[-1].endswith("more problems follow; fix these first")  # capped, not 72 lines
