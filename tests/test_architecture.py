"""The house as promised: stages that import only from the stages before them, small modules, a
thin hook, build options read in one place, and nothing read from outside the repository."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from onpe_guide.build import ENVIRONMENT, BuildOptions
from onpe_guide.data.load import load_guide
from onpe_guide.site.pages import site_pages
from onpe_guide.urls import generated_pages
from tests.conftest import DATA, ROOT

CORE = ROOT / "scripts" / "onpe_guide"
# Each stage may import only from those before it; the engine (MkDocs', Material's, static-i18n's
# shapes) comes last, so that nothing else depends on it.
STAGES = ["data", "translations", "outline", "site", "print", "engine"]
# Shared by every stage; they import no stage.
KERNEL = {"model", "text", "additions", "errors", "edition", "sections", "urls", "workers"}
# What only the engine package may know: static-i18n's name and alternates, Material's class names
# and its search index's shapes.
ENGINE_SHAPES = re.compile(r"i18n|alternate|\bmd-|search_index|__index")


def imports_of(path: Path) -> set[str]:
    """The `onpe_guide.…` modules a file imports, as dotted names below `onpe_guide`."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("onpe_guide"):
            found.add(node.module.removeprefix("onpe_guide").lstrip("."))
        elif isinstance(node, ast.Import):
            found |= {a.name.removeprefix("onpe_guide.") for a in node.names if a.name.startswith("onpe_guide.")}
    return found


def stage_of(module: str) -> str:
    return module.split(".", maxsplit=1)[0]


@pytest.mark.parametrize("stage", STAGES)
def test_a_stage_imports_only_the_stages_before_it(stage: str) -> None:
    allowed = {*STAGES[: STAGES.index(stage) + 1], *KERNEL}
    wrong = {
        f"{path.relative_to(CORE)} imports {module}"
        for path in (CORE / stage).rglob("*.py")
        for module in imports_of(path)
        if module and stage_of(module) not in allowed
    }
    assert wrong == set()


def test_the_kernel_imports_no_stage() -> None:
    wrong = {
        f"{name}.py imports {module}"
        for name in KERNEL
        for module in imports_of(CORE / f"{name}.py")
        if stage_of(module) not in KERNEL
    }
    assert wrong == set()


def test_the_core_does_not_import_mkdocs() -> None:
    offenders = [
        str(p.relative_to(CORE))
        for p in CORE.rglob("*.py")
        if re.search(r"^\s*(from|import) (mkdocs|material)\b", p.read_text("utf-8"), re.M)
    ]
    assert offenders == []


def test_stage_packages_exist() -> None:
    assert sorted(p.parent.name for p in CORE.glob("*/__init__.py")) == sorted(STAGES)


def test_no_module_over_300_lines() -> None:
    long = {
        str(p.relative_to(ROOT)): n
        for p in (ROOT / "scripts").rglob("*.py")
        if (n := len(p.read_text().splitlines())) > 300
    }
    assert long == {}


def test_only_the_engine_knows_the_engine() -> None:
    found = {
        f"{path.relative_to(CORE)}:{number}: {line.strip()}"
        for path in CORE.rglob("*.py")
        if "engine" not in path.relative_to(CORE).parts
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if ENGINE_SHAPES.search(line)
    }
    assert found == set()


def test_the_hook_is_thin() -> None:
    lines = [line for line in (ROOT / "scripts" / "mkdocs_hook.py").read_text("utf-8").splitlines() if line.strip()]
    assert len(lines) <= 90


def test_build_options_are_read_from_the_environment_in_one_place() -> None:
    readers = sorted(
        str(p.relative_to(ROOT))
        for p in [*(ROOT / "scripts").rglob("*.py")]
        if re.search(r"os\.environ|getenv", p.read_text("utf-8")) and not {"bench", "review"} & set(p.parts)
    )
    # build.py makes and reads the options (REPO_URL among them); cli.py reads SITE_URL for the deployment;
    # the hook hands os.environ to BuildOptions; edition.py reads SOURCE_DATE_EPOCH outside git.
    assert readers == [
        "scripts/mkdocs_hook.py",
        "scripts/onpe_guide/build.py",
        "scripts/onpe_guide/cli.py",
        "scripts/onpe_guide/edition.py",
    ]
    hook = (ROOT / "scripts" / "mkdocs_hook.py").read_text("utf-8")
    assert hook.count("os.environ") == 1 and "BuildOptions.from_environment(os.environ)" in hook


def test_build_options_travel_whole() -> None:
    options = BuildOptions(sheets_dir="/tmp/fiches", offline=True, release=True, repo_url="https://git.test/x")
    assert BuildOptions.from_environment(options.to_environment()) == options
    assert BuildOptions.from_environment({}) == BuildOptions()
    assert BuildOptions.from_environment({"REPO_URL": "https://git.test/y"}).repo_url == "https://git.test/y"
    assert list(options.to_environment()) == [ENVIRONMENT]


def test_the_site_pages_are_the_pages_the_validator_knows() -> None:
    guide = load_guide(DATA)
    assert [path for path, _ in site_pages(guide)] == generated_pages(guide)


def test_nothing_reads_outside_the_repository() -> None:
    places = [
        *(ROOT / "scripts").rglob("*.py"),
        *(ROOT / "tests").rglob("*.py"),
        ROOT / "Makefile",
        ROOT / ".ci" / "run",
    ]
    this = Path(__file__).resolve()
    offenders = [
        str(p.relative_to(ROOT))
        for p in places
        if p != this and re.search(r"\.\./shared|[\"']shared[\"']", p.read_text("utf-8"))
    ]
    assert offenders == []
