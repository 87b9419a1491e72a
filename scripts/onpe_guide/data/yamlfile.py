"""Load a YAML data file safely, remembering the line of every field.

PyYAML is used only to *compose* nodes; values are built here so that duplicate keys,
aliases and object-building tags become problems instead of silent surprises.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from onpe_guide.errors import FieldPath, Problem, unsafe_character

MAX_BYTES = 1_000_000  # far above any real data file; stops a pasted blob before parsing
MAX_DEPTH = 40  # nesting: the schemas go 6 deep; past this, a message rather than a RecursionError
MAX_PROBLEMS = 20  # per file: past this, one last line says so (a broken file can yield hundreds)
_PLAIN = "tag:yaml.org,2002:"
_SCALARS = {f"{_PLAIN}{t}" for t in ("str", "int", "float", "bool", "null")}
_TIMESTAMP = f"{_PLAIN}timestamp"  # a bare date stays text: the schemas speak JSON


@dataclass
class YamlFile:
    """A loaded file: its value and, for each field path, the line it starts on."""

    name: str
    value: Any = None
    lines: dict[FieldPath, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    refused: set[FieldPath] = field(default_factory=set)  # values dropped here: the schema need not speak of them

    def line(self, path: FieldPath) -> int:
        """The line of `path`, or of its nearest parent that has one."""
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path, 1)

    def problem(self, path: FieldPath, message: str, line: int | None = None) -> None:
        if len(self.problems) > MAX_PROBLEMS:
            return
        if len(self.problems) == MAX_PROBLEMS:
            last = Problem(self.name, line or self.line(path), (), "more problems follow; fix these first")
            self.problems.append(last)
            return
        self.problems.append(Problem(self.name, line or self.line(path), path, message))


def _compose(text: str) -> yaml.Node | None:
    """libyaml composes when it can (the data loads 2-3× faster, which `make bench` counts); on any
    error the pure-Python parser runs again, for its clearer message. Its reader's check for
    characters YAML does not allow runs first, so both paths refuse the same texts."""
    yaml.reader.Reader(text)  # raises ReaderError, as the pure-Python compose would
    try:
        return yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return yaml.compose(text, Loader=yaml.SafeLoader)


def load_yaml(path: Path, name: str) -> YamlFile:
    """Read `path` (reported as `name`); problems are collected on the result, never raised."""
    result = YamlFile(name)
    text = _read_text(path, result)
    return result if text is None else _parsed(text, result, 0)


def load_yaml_text(text: str, name: str, first_line: int = 1) -> YamlFile:
    """YAML written inside another file (a page's front matter), from its line `first_line`."""
    return _parsed(text, YamlFile(name), first_line - 1)


def _parsed(text: str, result: YamlFile, offset: int) -> YamlFile:
    try:
        node = _compose(text)
    except yaml.MarkedYAMLError as error:
        result.problem((), _syntax_message(error) + _indentation_hint(error, text), _error_line(error) + offset)
        return result
    except yaml.YAMLError as error:  # unmarked errors are rare; still no traceback
        result.problem((), f"not valid YAML: {error}")
        return result
    except RecursionError:
        result.problem((), f"nested too deeply; expected at most {MAX_DEPTH} levels")
        return result
    if node is None:
        result.problem((), "the file is empty; expected the data described by its schema")
        return result
    result.value = _Builder(result, offset).build(node, ())
    return result


def _read_text(path: Path, result: YamlFile) -> str | None:
    refusal = not_regular(path)
    if refusal:
        result.problem((), refusal)
        return None
    try:
        raw = path.read_bytes()
    except OSError as error:
        result.problem((), f"cannot be read ({error.strerror or type(error).__name__})")
        return None
    if len(raw) > MAX_BYTES:
        result.problem((), f"file too large ({len(raw):,} bytes); expected at most {MAX_BYTES:,}")
        return None
    if raw.startswith(b"\xef\xbb\xbf"):
        result.problem((), "starts with a byte-order mark; save it as UTF-8 without BOM")
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        result.problem((), f"not UTF-8 text (byte {error.start}); save it as UTF-8", line)
        return None


def not_regular(path: Path) -> str | None:
    """Why `path` is not read: only regular files inside the repository are (a symbolic link can
    lead anywhere, /etc/passwd or a file outside the repository, and a device never ends)."""
    if path.is_symlink():
        return "a symbolic link; data and pages are regular files inside the repository"
    if not path.exists():
        return "file not found; every data file is required"
    if not path.is_file():
        return "not a regular file; data and pages are regular files inside the repository"
    if path.lstat().st_nlink > 1:  # the same file under another name, anywhere on this disk
        return "a hard link (the file has another name); data and pages are files of their own: copy it"
    return None


def unsafe_entries(root: Path) -> list[Problem]:
    """Every symbolic link or special file under `root` (data/ or docs/), named from its parent:
    MkDocs and the loaders would follow a link out of the repository and publish what it reaches."""
    if not root.is_dir():
        return []
    problems = []
    for folder, dirs, files in os.walk(root):  # does not follow links to folders; lists them
        for name in sorted([*dirs, *files]):
            path = Path(folder, name)
            refusal = None if path.is_dir() and not path.is_symlink() else not_regular(path)
            if refusal:
                problems.append(Problem(path.relative_to(root.parent).as_posix(), 1, (), refusal))
    return problems


def _error_line(error: yaml.MarkedYAMLError) -> int:
    mark = error.problem_mark or error.context_mark
    return mark.line + 1 if mark else 1


def _syntax_message(error: yaml.MarkedYAMLError) -> str:
    problem = error.problem or "syntax error"
    if "'\\t'" in problem:
        return "a tab character; YAML indents with spaces only"
    context = f" {error.context}" if error.context else ""
    return f"not valid YAML:{context} {problem}".replace(":  ", ": ")


# What the parser says when a line is indented more or less than it should be: the mistake is on
# the line it names or on the one above (a key moved under its neighbour, or out of its block).
INDENTATION = (
    "mapping values are not allowed here",
    "expected <block end>",
    "did not find expected key",
    "could not find expected ':'",
    "did not find expected '-' indicator",
)


def _indentation_hint(error: yaml.MarkedYAMLError, text: str) -> str:
    """For an indentation mistake: the line the parser stopped at and the line above it (the
    previous one that holds data), as they read, to compare their indentation."""
    if not any(words in (error.problem or "") for words in INDENTATION):
        return ""
    lines = text.splitlines()
    number = _error_line(error)
    above = next(
        (n for n in range(number - 1, 0, -1) if lines[n - 1].strip() and not lines[n - 1].lstrip().startswith("#")),
        None,
    )
    here = f"{number}: «{lines[number - 1]}»" if number <= len(lines) else f"{number}"
    if above is None:
        return f"; check the indentation of this line ({here})"
    return f"; check the indentation of the line above ({above}: «{lines[above - 1]}») and of this one ({here})"


class _Builder:
    """Turns composed nodes into plain values, recording lines and refusing what is unsafe."""

    def __init__(self, result: YamlFile, offset: int = 0) -> None:
        self.result, self.offset = result, offset
        self.seen: set[int] = set()
        self.scalars = yaml.SafeLoader("")

    def build(self, node: yaml.Node, path: FieldPath) -> Any:
        if id(node) in self.seen:  # an alias: refused before it can expand (billion laughs)
            self.result.problem(path, "anchors and aliases (&, *) are not allowed; write the value")
            self.result.refused.add(path)
            return None
        self.seen.add(id(node))
        self.result.lines.setdefault(path, node.start_mark.line + 1 + self.offset)
        if len(path) > MAX_DEPTH or (isinstance(node, yaml.MappingNode) and node.tag == f"{_PLAIN}map"):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode) and node.tag == f"{_PLAIN}seq":
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        if isinstance(node, yaml.ScalarNode) and (node.tag == _TIMESTAMP or node.tag in _SCALARS):
            return self._scalar(node, path)
        self.result.problem(path, f"the YAML tag {node.tag!r} is not allowed; write plain text")
        self.result.refused.add(path)
        return None

    def _scalar(self, node: yaml.ScalarNode, path: FieldPath) -> Any:
        """A plain value; a text with a control character is refused: it reaches a terminal or a
        page unseen (ESC rewrites a terminal, U+202E reverses what a reviewer reads)."""
        value = node.value if node.tag == _TIMESTAMP else self.scalars.construct_object(node)
        found = unsafe_character(value) if isinstance(value, str) else None
        if found:
            self.result.problem(path, f"{found} is not allowed in a text; delete it (it may be invisible)")
            self.result.refused.add(path)
            return None
        return value

    def _mapping(self, node: yaml.Node, path: FieldPath) -> dict[str, Any] | None:
        if len(path) > MAX_DEPTH:
            self.result.problem(path[:MAX_DEPTH], f"nested too deeply; expected at most {MAX_DEPTH} levels")
            self.result.refused.add(path)
            return None
        out: dict[str, Any] = {}
        assert isinstance(node, yaml.MappingNode)
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            line = key_node.start_mark.line + 1 + self.offset
            if not isinstance(key, str) or key_node.tag != f"{_PLAIN}str" or unsafe_character(key):
                self.result.problem(path, "keys must be plain words", line)
                continue
            if key in out:
                first = self.result.lines.get((*path, key))
                self.result.problem((*path, key), f"duplicate key {key!r} (first on line {first})", line)
                continue
            self.result.lines[(*path, key)] = line
            out[key] = self.build(value_node, (*path, key))
        return out
