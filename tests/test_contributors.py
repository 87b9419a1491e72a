"""What contributors meet: edit links, open data, published schemas, CI workflows, PR checks."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from onpe_guide.data.load import DATA_FILES, load_guide
from onpe_guide.site.pages import site_pages
from onpe_guide.urls import OPEN_DATA
from tests.conftest import DATA, REPO_URL, ROOT, real_guide

GUIDE = real_guide()
README = (ROOT / "README.md").read_text("utf-8")


def workflow(name: str) -> dict[object, object]:
    loaded: dict[object, object] = yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text("utf-8"))
    return loaded


def commands(flow: dict[object, object]) -> list[str]:
    jobs: dict[str, dict[str, list[dict[str, str]]]] = flow["jobs"]  # type: ignore[assignment]
    return [step["run"] for job in jobs.values() for step in job.get("steps", []) if "run" in step]


def test_pull_requests_check_build_and_test_as_the_readme_says() -> None:
    flow = workflow("pull-request.yml")
    assert "pull_request" in flow[True]  # type: ignore[operator]  # YAML 1.1 reads `on` as true
    runs = commands(flow)
    for command in ("make check", "make build", "make test"):
        assert command in runs and command in README


def test_main_is_built_with_pdfs_and_published() -> None:
    flow = workflow("deploy.yml")
    assert flow[True] == {"push": {"branches": ["main"]}}
    assert "make pdf RELEASE=1" in [run.split("  #")[0] for run in commands(flow)] and "make pdf" in README
    steps = [s.get("uses", "") for job in flow["jobs"].values() for s in job["steps"]]  # type: ignore[attr-defined]
    assert any(s.startswith("actions/deploy-pages") for s in steps)


def test_pre_commit_runs_ruff_and_the_data_check() -> None:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text("utf-8"))
    hooks = [hook["entry"] for repo in config["repos"] for hook in repo["hooks"]]
    assert any("ruff check" in h for h in hooks) and "make check" in hooks and any("yamllint" in h for h in hooks)
    assert "make check" in (ROOT / ".github" / "pull_request_template.md").read_text("utf-8")


def test_every_data_file_names_its_schema() -> None:
    for kind in DATA_FILES:
        first = (DATA / f"{kind}.yml").read_text("utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema=schemas/{kind}.schema.json"
        schema = json.loads((DATA / "schemas" / f"{kind}.schema.json").read_text("utf-8"))
        assert schema["description"]
    for status in sorted((DATA / "translations").glob("*.yml")):
        first = status.read_text("utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../schemas/translations.schema.json"


def test_schemas_and_open_data_are_published(site: Path) -> None:
    for kind in DATA_FILES:
        assert (site / "schemas" / f"{kind}.schema.json").is_file()
    data = json.loads((site / OPEN_DATA).read_text("utf-8"))
    assert data["about"]["source"]["url"].startswith("https://www.onpe.gouv.fr/")
    assert set(data["about"]["schemas"]) == {*DATA_FILES, "translations"}
    assert data["about"]["translations"] == {lang: {"to_translate": [], "outdated": []} for lang in ("en", "es")}
    assert [v["label"] for v in data["verbs"]] == [dict(v.label) for v in GUIDE.verbs]
    assert data["roles"][0]["label"].keys() == {"fr", "en", "es"}
    assert OPEN_DATA in README


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("verbes/adapter/", "data/verbs.yml#L"),
        ("en/roles/reperer/", "data/roles.yml#L"),
        ("es/acteurs/acteurs-de-sante/", "data/actors.yml#L"),
        ("en/a-propos/", "docs/a-propos.en.md"),
        ("es/accessibilite/", "docs/accessibilite.es.md"),
        ("", "data/guide.yml"),
        ("en/traductions/", "data/translations/en.yml"),
    ],
)
def test_edit_this_page_opens_the_file_that_holds_it(site: Path, url: str, expected: str) -> None:
    html = BeautifulSoup((site / url / "index.html").read_text("utf-8"), "html.parser")
    link = html.select_one(f'a[href^="{REPO_URL}/edit/main/"]')
    assert link is not None
    target = str(link["href"]).removeprefix(f"{REPO_URL}/edit/main/")
    assert target.startswith(expected)
    if "#L" in target:
        file, line = target.split("#L")
        entity = url.rstrip("/").rsplit("/", 1)[-1]
        assert re.match(rf"\s*- id: {entity}$", (ROOT / file).read_text("utf-8").splitlines()[int(line) - 1])


def test_every_make_command_in_the_guides_exists() -> None:
    """CONTRIBUTING.md (French, with an English section) and README name only real targets."""
    targets = set(re.findall(r"^([a-z-]+):", (ROOT / "Makefile").read_text("utf-8"), re.MULTILINE))
    contributing = (ROOT / "CONTRIBUTING.md").read_text("utf-8")
    named = set(re.findall(r"`make ([a-z-]+)", contributing + README))
    assert {"serve", "check", "test", "translations", "translated", "language", "pdf"} <= named <= targets
    assert "## In English" in contributing


def described_fields(schema: object, where: str = "") -> list[str]:
    """Every field of a schema that lacks a description or an example (a `$ref` brings both)."""
    missing: list[str] = []
    if not isinstance(schema, dict):
        return missing
    for name, field in schema.get("properties", {}).items():
        if "$ref" not in field and not ("description" in field and "examples" in field):
            missing.append(f"{where}.{name}")
        missing += described_fields(field, f"{where}.{name}")
    for key in ("items", "additionalProperties", "propertyNames"):
        missing += described_fields(schema.get(key), f"{where}[{key}]")
    for name, definition in schema.get("$defs", {}).items():
        missing += described_fields(definition, f"{where}#{name}")
    return missing


def test_every_schema_field_has_a_description_and_an_example() -> None:
    """What the editor shows on hover and completes: no field left unexplained."""
    for path in sorted((DATA / "schemas").glob("*.schema.json")):
        assert described_fields(json.loads(path.read_text("utf-8"))) == [], path.name


def test_generated_pages_are_ignored_by_git() -> None:
    """A generated page is never committed (the kit's pages once were): every page the core writes,
    in every language, is matched by .gitignore, tracked or not."""
    guide = load_guide(DATA)
    files = sorted(f"docs/{path[:-3]}.{lang.code}.md" for path, _ in site_pages(guide) for lang in guide.languages)
    ignored = subprocess.run(
        ["git", "check-ignore", "--no-index", "--stdin"],
        input="\n".join(files),
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    assert [f for f in files if f not in ignored] == []
