"""Every command README.md and CONTRIBUTING.md give a reader is run by a test, as written.

CONTRIBUTING once gave `make translated … TEXTS="verbs.yml/verbs/reperer/label"`, which fails
(`reperer` is a role). Here every command the two guides show (in a `sh` block or as inline
code) is listed with how it is run: most are run below, literally, in a copy of the project;
the few that need more (a browser, the network, root, minutes) are run by the test named beside
them, and their Makefile recipe is checked to be the command that test runs.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT, cli_environment

GUIDES = ("README.md", "CONTRIBUTING.md")
# Commands a reader may type: make targets (with their variables), and the system's tools.
COMMAND = re.compile(r"(?:[A-Z_]+=\S+ )*make |apt-get |pre-commit |git |npm |python")
# A placeholder in a guide's command, and the real value the test puts in its place.
PLACEHOLDERS = {'"<key> …"': '"verbs.yml/verbs/adapter/label"'}


def documented_commands() -> dict[str, str]:
    """Every command the guides give, as written, with the guide it is in."""
    found: dict[str, str] = {}
    for name in GUIDES:
        text = (ROOT / name).read_text("utf-8")
        for block in re.findall(r"```sh\n(.*?)```", text, re.DOTALL):
            for line in block.splitlines():
                command = line.split("  #")[0].strip()
                if command:
                    found.setdefault(command, name)
        for span in re.findall(r"`([^`\n]+)`", text):
            if COMMAND.match(span):
                found.setdefault(span.strip(), name)
    return found


# Run here, literally, in the order of RUN_HERE's test (some build on others: a language added,
# then its page translated and recorded). The value: what the command must print or do.
RUN_HERE = {
    "make check": "data/ is valid",
    "make translations": "en: ",
    'make translated CODE=en TEXTS="verbs.yml/verbs/adapter/label"': "1 text(s) recorded",
    'make translated CODE=en TEXTS="<key> …"': "1 text(s) recorded",
    "make translated": "usage: make translated",
    "make build": "site built in site/",
    "make language CODE=de NAME=Deutsch": "data/interface.yml",
    "make build RELEASE=1": "marked À TRADUIRE",  # a text still to translate: refused, as documented
    'make translated CODE=de TEXTS="docs/a-propos.md"': "1 text(s) recorded",
    "make pdf RELEASE=1": "error: the PDFs' QR codes would point to",  # SITE_URL unset: refused
}
# Run by another test: (that test, what the Makefile recipe runs that the test runs too).
ELSEWHERE = {
    "make serve": ("tests/test_serve.py::test_serve_shows_the_mistake_and_recovers", "mkdocs serve --dirty"),
    "make test": ("the run this test is part of (.ci/run, CI)", "pytest -n auto"),
    "make pdf": ("tests/conftest.py::site_build", "onpe_guide build --pdf"),
    "SITE_URL=https://example.org/guide/ make pdf": ("tests/conftest.py::site_build", "onpe_guide build --pdf"),
    "make preview": ("tests/test_serve.py::test_make_preview_serves_the_site_as_github_pages_does", "preview"),
    "make proofs": ("tests/test_pdf.py::test_proofs_show_every_sheet_and_a_contact_sheet_per_language", "proofs"),
    "make offline": ("tests/test_offline.py::test_every_kind_of_page_opens_from_the_disk", "onpe_guide offline"),
    "make engines": ("tests/test_engines.py::test_mkdocs_and_properdocs_build_the_same_site", "maintain.engines"),
    "make screenshots": ("tests/test_documented_commands.py::test_make_screenshots", "review.screenshots"),
    "npm ci": ("the run this test is part of: make test runs it first", "npm ci"),
}
# Not run by `make test`, and why; the test checks what can be checked.
NOT_RUN = {
    "make bench": "minutes long; speed and weight are measured by make bench, never by tests (BENCHMARKS.md)",
    "make lock": "asks the package index for the newest versions: the network",
    "pre-commit install": "pre-commit is the contributor's own tool; its hooks are checked by test_contributors",
    "apt-get install chromium-headless-shell": "root and the network: .ci/run installs it (checked below)",
    "apt-get install default-jre-headless npm": "root and the network: .ci/run installs them (checked below)",
    "apt-get install libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core fonts-dejavu-extra": (
        "root and the network: .ci/run installs them (checked below)"
    ),
}


def test_every_documented_command_is_run_somewhere() -> None:
    assert sorted(documented_commands()) == sorted({*RUN_HERE, *ELSEWHERE, *NOT_RUN})


def make(project: Path, command: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """`command` (`make …` as a guide writes it) run in `project`, with this checkout's Makefile
    and .venv (already set up: make does not install it again). The Makefile's names are its own
    (`make VENV=…` changes nothing): the project's .venv is a link to this checkout's."""
    for placeholder, value in PLACEHOLDERS.items():
        command = command.replace(placeholder, value)
    if not (project / ".venv").exists():
        (project / ".venv").symlink_to(ROOT / ".venv", target_is_directory=True)
    prefix = f"make -s -f {ROOT / 'Makefile'} -C {project} -o .venv/.installed"
    return subprocess.run(
        command.replace("make", prefix, 1),
        shell=True,
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_commands_run_here_do_what_the_guides_say(tiny_whole_project: Path) -> None:
    """In a whole project with the tiny data: the commands do not depend on how much data there is."""
    project = tiny_whole_project
    env = {key: value for key, value in cli_environment().items() if key != "SITE_URL"}
    for command, expected in RUN_HERE.items():
        if command == 'make translated CODE=de TEXTS="docs/a-propos.md"':  # as CONTRIBUTING says: translate,
            page = project / "docs" / "a-propos.de.md"  # drop the front matter that marks it, record it
            page.write_text(re.sub(r"\A---\n.*?\n---\n", "", page.read_text("utf-8"), flags=re.DOTALL), "utf-8")
        result = make(project, command, env)
        output = result.stdout + result.stderr
        refusal = command.endswith("RELEASE=1") or command == "make translated"
        assert (result.returncode != 0) == refusal, f"{command}:\n{output}"
        assert expected in output, f"{command}:\n{output}"
        assert "Traceback" not in output


@pytest.mark.parametrize("command", ELSEWHERE)
def test_the_commands_run_elsewhere_run_what_that_test_runs(command: str) -> None:
    where, fragment = ELSEWHERE[command]
    target = command.split("make ", 1)[1] if "make " in command else ""
    if target:  # the recipe, as make would run it
        recipe = subprocess.run(
            ["make", "-n", "-o", str(ROOT / ".venv" / ".installed"), target],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        assert fragment in recipe, recipe
    else:
        assert fragment in (ROOT / "Makefile").read_text("utf-8")
    if "::" in where:
        path, name = where.split("::")
        assert re.search(rf"^def {name}\(", (ROOT / path).read_text("utf-8"), re.MULTILINE), where


def test_the_system_packages_are_the_ones_ci_installs() -> None:
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    for command in (c for c in NOT_RUN if c.startswith("apt-get install ")):
        for package in command.removeprefix("apt-get install ").split():
            assert package in ci or (package == "npm" and "nodejs npm" in ci), package


def test_make_screenshots(site: Path, tmp_path: Path) -> None:
    """`make screenshots`' second half (its first is `make pdf`), on the tests' site, one kind."""
    out = tmp_path / "shots"
    command = ["python", "-m", "review.screenshots", "--site", str(site), "--out", str(out), "--kind", "missing"]
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'scripts'}{os.pathsep}{ROOT}"}
    python = str(ROOT / ".venv" / "bin" / command[0])
    result = subprocess.run([python, *command[1:]], env=env, capture_output=True, check=False)
    assert result.returncode == 0, result.stderr
    shots = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.png"))
    assert shots == [f"{lang}/missing-{width}.png" for lang in ("en", "es", "fr") for width in (1280, 320, 390)]
