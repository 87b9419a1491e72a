"""Whatever a contributor writes, the core accepts it or says what is wrong: never another error."""

from __future__ import annotations

import atexit
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data

from onpe_guide import DataError
from onpe_guide.data.frontmatter import KEYS, split_page
from onpe_guide.data.load import DATA_FILES, load_guide
from onpe_guide.site.generate import render_guide
from onpe_guide.site.published import page_problems
from tests.conftest import CASES, DATA

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30))
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)
SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Each example of these renders and checks every page of a tree (a third of a second): fewer per run,
# new ones every run (the fast loop, `pytest -m "not site"`, stays under a minute).
WHOLE_TREE = settings(SETTINGS, max_examples=20)
TREES = Path(tempfile.mkdtemp(prefix="properties-"))  # every example's tree, removed when the tests end
atexit.register(shutil.rmtree, TREES, True)


def fresh_tree() -> Path:
    data = Path(tempfile.mkdtemp(dir=TREES)) / "data"
    shutil.copytree(CASES / "tiny", data)
    shutil.copy(DATA / "interface.yml", data / "interface.yml")
    shutil.copytree(DATA / "schemas", data / "schemas")
    return data


def paths_in(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths_in(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths_in(item, (*path, index))
    return found


def mutate(value: Any, path: tuple[Any, ...], new: Any, delete: bool) -> Any:
    if not path:
        return new
    parent = value
    for step in path[:-1]:
        parent = parent[step]
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = new
    return value


def accepts_or_explains(data: Path) -> None:
    try:
        load_guide(data)
    except DataError as error:
        assert error.problems and all(str(p).startswith("data/") for p in error.problems)


@SETTINGS
@given(kind=st.sampled_from(DATA_FILES), choice=st.integers(min_value=0), new=VALUES, delete=st.booleans())
def test_structural_mutations(kind: str, choice: int, new: Any, delete: bool) -> None:
    data = fresh_tree()
    path = data / f"{kind}.yml"
    head, _, _ = path.read_text("utf-8").partition("\n")
    value = yaml.safe_load(path.read_text("utf-8"))
    paths = paths_in(value)
    target = paths[choice % len(paths)]
    mutated = mutate(value, target, new, delete and bool(target))
    path.write_text(head + "\n" + yaml.safe_dump(mutated, allow_unicode=True), "utf-8")
    accepts_or_explains(data)


@SETTINGS
@given(kind=st.sampled_from(DATA_FILES), position=st.integers(min_value=0), junk=st.binary(min_size=1, max_size=12))
def test_byte_mutations(kind: str, position: int, junk: bytes) -> None:
    data = fresh_tree()
    path = data / f"{kind}.yml"
    raw = path.read_bytes()
    cut = position % (len(raw) + 1)
    path.write_bytes(raw[:cut] + junk + raw[cut:])
    accepts_or_explains(data)


# Markdown as a contributor might write it, and as an attacker would: the characters and
# sequences that open or close something, with words, accents and an invisible character.
TOKENS = [*"[]()!*_`#<>{}:=-+|\\&;.\n ", "a", "é", "1989", "](", "]:", "][", "{:", "---", "```", "> ", "- "]
TOKENS += ["javascript:", "https://evil.example/", "verbes/adapter.md", "&#106;", "<script>", "\u200b", "\t", "    "]
MARKDOWNISH = st.lists(st.sampled_from(TOKENS), max_size=40).map("".join)


def checked(data: Path, docs: Path | None = None) -> None:
    """What `make check` does, on a data tree (and pages): accepted, or every problem named."""
    try:
        guide = load_guide(data, docs_dir=docs)
        problems = page_problems(guide, render_guide(guide))
    except DataError as error:
        problems = list(error.problems)
    assert all(str(p).startswith(("data/", "docs/")) for p in problems), problems


@WHOLE_TREE
@given(label=MARKDOWNISH, text=MARKDOWNISH)
def test_any_markdown_in_a_text(label: str, text: str) -> None:
    data = fresh_tree()
    verbs = data / "verbs.yml"
    head, _, _ = verbs.read_text("utf-8").partition("\n")
    value = yaml.safe_load(verbs.read_text("utf-8"))
    value["verbs"][0]["label"]["fr"], value["verbs"][0]["text"]["en"] = label or "x", text or "x"
    verbs.write_text(head + "\n" + yaml.safe_dump(value, allow_unicode=True), "utf-8")
    checked(data)


@WHOLE_TREE
@given(front=MARKDOWNISH, body=MARKDOWNISH, fence=st.sampled_from(["---\n", "--- \n", "", "...\n"]))
def test_any_front_matter_and_page(front: str, body: str, fence: str) -> None:
    data = fresh_tree()
    docs = data.parent / "docs"
    docs.mkdir()
    for page in (DATA.parent / "docs").glob("*.md"):
        shutil.copy(page, docs / page.name)
    (docs / "a-propos.fr.md").write_text(f"{fence}{front}\n---\n{body}\n", "utf-8")
    checked(data, docs)


@SETTINGS
@given(
    source=st.lists(
        st.sampled_from([*TOKENS, "title: x\n", "template: redirect.html\n", "---\n", "...\n"]), max_size=30
    ).map("".join)
)
def test_front_matter_is_split_as_mkdocs_splits_it(source: str) -> None:
    """MkDocs' own reading (mkdocs.utils.meta.get_data) against ours: what it takes as metadata we
    read too, with the same rest of the page, or we refuse the page."""
    doc, meta = get_data(source)
    page = split_page(source, "docs/x.md")
    if page.problems:
        return
    assert set(meta) <= set(KEYS)
    blank_lines = re.compile(r"\A(?:[ \t]*\n)*[ \t]*\Z|\A(?:[ \t]*\n)*")  # nothing to Markdown
    assert blank_lines.sub("", page.body) == blank_lines.sub("", doc)
    assert (page.front.value if page.front else {}) == meta
