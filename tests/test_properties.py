"""Whatever a contributor writes, the core accepts it or says what is wrong: never another error."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onpe_guide import DataError
from onpe_guide.data.load import DATA_FILES, load_guide
from tests.conftest import CASES, DATA

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30))
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)
SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def fresh_tree() -> Path:
    data = Path(tempfile.mkdtemp()) / "data"
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
