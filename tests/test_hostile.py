"""Escape by default: every data string made a hostile payload, the whole site built and parsed.

Each text of every data file (every language, every interface string; a language's name is
letters only, refused otherwise) gets a payload that would open an element, break out of an
attribute (either quote) or out of <title>/<script> if printed raw. The built site must show it
as text: no element and no attribute that the payload names, in any page, nor in the search
index Material shows as HTML.
"""

from __future__ import annotations

import inspect
import json
import os
import re
import shutil
import subprocess
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from mkdocs.config import defaults
from playwright.sync_api import Browser, Dialog

from onpe_guide.data.load import load_guide
from onpe_guide.data.markup import EXTENSIONS, LABEL_PLACES, LINK_TARGET, MARKUP, PLACES, _render
from onpe_guide.edition import Edition
from onpe_guide.engine.generate import check_project
from onpe_guide.engine.project import checked_extensions, project_problems
from onpe_guide.errors import DRAWN_AS_NOTHING, REFUSED_CATEGORIES, UNSAFE
from onpe_guide.model import all_texts
from onpe_guide.preview import serve
from onpe_guide.print.colophon import colophon
from onpe_guide.print.pdf import booklet_context
from onpe_guide.print.sheets import all_sheets
from onpe_guide.print.weasy import TEMPLATES, ProjectFiles, html_of
from onpe_guide.site.published import page_problems
from onpe_guide.site.render import RenderedPage
from tests.browser import LANGS, WIDTHS, pass_over_heading, quick_exit_href
from tests.conftest import (
    CASES,
    ROOT,
    SITE_URL,
    assert_the_build_refuses,
    copy_project,
    make_tiny_data,
    project_files,
    run_cli,
    run_cli_here,
)
from tests.test_load import apply_case, read_case

HOSTILE = sorted((CASES / "hostile").glob("*.yml"))
MARK = "guidexss"
PAYLOAD = f" <b {MARK}=1>x</b>\" {MARK}=\"1' {MARK}='1 </title></script></textarea><i {MARK}=1>"


def poisoned(value: Any, langs: set[str]) -> Any:
    """Every string of a language map with the payload added."""
    if isinstance(value, dict):
        if set(value) == langs and all(isinstance(v, str) for v in value.values()):
            return {k: v + PAYLOAD for k, v in value.items()}
        return {k: poisoned(v, langs) for k, v in value.items()}
    if isinstance(value, list):
        return [poisoned(v, langs) for v in value]
    return value


def poison(data: Path) -> None:
    interface = yaml.safe_load((data / "interface.yml").read_text("utf-8"))
    langs = {lang["code"] for lang in interface["languages"]}
    for path in sorted(data.glob("*.yml")):
        first, _, _ = path.read_text("utf-8").partition("\n")  # the schema line stays first
        content = poisoned(yaml.safe_load(path.read_text("utf-8")), langs)
        path.write_text(first + "\n" + yaml.safe_dump(content, allow_unicode=True, sort_keys=False), "utf-8")


class Injected(HTMLParser):
    """Elements and attributes the payload would have made, and any inline handler."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, _ in attrs:
            if name == MARK or name.startswith("on"):
                self.found.append(f"<{tag} {name}>")


def field_paths(value: Any, path: str = "") -> set[str]:
    """Where a data file has values: `actors[].label_note`, a list's items as one (a text in every
    language counts as one value)."""
    if isinstance(value, dict) and not (value and set(value) <= set(LANGS)):
        return {p for key, item in value.items() for p in field_paths(item, f"{path}.{key}".lstrip("."))}
    if isinstance(value, list):
        return {p for item in value for p in field_paths(item, f"{path}[]")} or {f"{path}[]"}
    return {path}


def fill_every_field(data: Path) -> None:
    """The tiny data given every field the real data has and it lacks (a note, a detail, an
    addition…), each from the first real value: so that data as small as the tiny tree reaches
    every place of the templates a text can. A list of ids points to the tiny data's own."""
    for path in sorted(data.glob("*.yml")):
        first, _, _ = path.read_text("utf-8").partition("\n")
        tiny = yaml.safe_load(path.read_text("utf-8"))
        real = yaml.safe_load((ROOT / "data" / path.name).read_text("utf-8"))
        if isinstance(tiny, dict) and isinstance(real, dict):
            _fill(tiny, real)
            path.write_text(first + "\n" + yaml.safe_dump(tiny, allow_unicode=True, sort_keys=False), "utf-8")


def _fill(tiny: dict[str, Any], real: dict[str, Any]) -> None:
    for key, value in real.items():
        if key not in tiny:
            tiny[key] = value
        elif isinstance(value, list) and value and all(isinstance(item, dict) for item in value + tiny[key]):
            _fill_items(tiny[key], value)


def _fill_items(tiny: list[dict[str, Any]], real: list[dict[str, Any]]) -> None:
    """Each key the real items have and no tiny item has, on the tiny item at the same place (the
    last one if there are fewer): a moment `same_moment_as_previous` is never the first."""
    ids, real_ids = [item.get("id") for item in tiny], {item.get("id") for item in real}
    for place, item in enumerate(real):
        for key, value in item.items():
            if any(key in t for t in tiny):
                continue
            target = tiny[min(place, len(tiny) - 1)]
            own_ids = isinstance(value, list) and value and set(value) <= real_ids
            target[key] = [i for i in ids if i != target.get("id")][:1] if own_ids else value


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny data, given every field the real data has (`fill_every_field`), poisoned and built:
    every place a text reaches, at a fifth of the real data's build (its payloads triple a build)."""
    project = tmp_path_factory.mktemp("hostile")
    data = make_tiny_data(project, terms=3)  # every term poisoned was half of the build
    fill_every_field(data)
    project_files(project)
    poison(data)
    result = run_cli("build", "--site-dir", "site", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


def test_the_hostile_data_has_every_field_of_the_real_data(tmp_path: Path) -> None:
    data = make_tiny_data(tmp_path, terms=3)
    fill_every_field(data)
    for path in sorted((ROOT / "data").glob("*.yml")):
        real = field_paths(yaml.safe_load(path.read_text("utf-8")))
        filled = field_paths(yaml.safe_load((data / path.name).read_text("utf-8")))
        assert real - filled == set(), path.name
    assert load_guide(data).actors[0].label_note  # still valid data, and the note where the site shows it


def test_every_data_string_is_shown_as_text(hostile_site: Path) -> None:
    problems: list[str] = []
    pages = sorted(hostile_site.rglob("*.html"))
    assert len(pages) > 50
    shown = 0
    for path in pages:
        parser = Injected()
        text = path.read_text("utf-8")
        parser.feed(text)
        problems += [f"{path.relative_to(hostile_site)}: {found}" for found in parser.found]
        shown += text.count(f"&lt;b {MARK}=1&gt;")
    assert problems == []
    assert shown > 1000  # the payloads are there, as text


def test_every_data_string_is_printed_as_text(tmp_path: Path) -> None:
    """The handouts' HTML, before WeasyPrint lays it out: texts, the title and the credit turned
    back into plain text for the PDF's metadata, the author, the version (a git tag)."""
    data = shutil.copytree(ROOT / "data", tmp_path / "data")
    poison(data)
    guide = load_guide(data)
    ed = Edition(f"v1{PAYLOAD}", "2020-01-02", 0)
    documents = [
        html_of("sheet.html", h=sheet, meta=colophon(guide, sheet.lang, SITE_URL, ed), notes=sheet.notes)
        for sheet in all_sheets(guide)
    ]
    documents += [html_of("booklet.html", **booklet_context(guide, lang, SITE_URL, ed)) for lang in LANGS]
    problems: list[str] = []
    for html in documents:
        parser = Injected()
        parser.feed(html)
        problems += parser.found
    assert problems == []
    assert sum(html.count(f"&lt;b {MARK}=1&gt;") for html in documents) > 500  # the payloads are there, as text


def test_the_hostile_site_runs_nothing_in_chromium(hostile_site: Path, browser: Browser) -> None:
    """The payloads in a real browser: no script of theirs runs, no dialog opens, no request
    leaves the site, and the quick exit is on every page."""
    context = browser.new_context(viewport={"width": WIDTHS["desk"], "height": 800})
    context.add_init_script("document.addEventListener('securitypolicyviolation', () => { window.__csp = 1 })")
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    dialogs: list[str] = []

    def dismissed(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismissed)
    ran = []
    with serve(hostile_site) as base:
        for root in ["", "en/", "es/"]:
            for relative in ["", "verbes/", "roles/reperer/", "acteurs/", "references/", "traductions/", "a-propos/"]:
                page.goto(base + root + relative, wait_until="load")
                ran += [] if pass_over_heading(page) else [f"{root}{relative}: no heading"]  # an onmouseover fires here
                ran += [root + relative] if page.evaluate("window.__ran || window.__csp") else []
                ran += [] if quick_exit_href(page) else [f"{root}{relative}: no quick exit"]
        outside = [url for url in requests if not url.startswith(base)]
    context.close()
    assert ran == [] and outside == [] and dialogs == []


def test_the_search_index_shows_titles_as_text(hostile_site: Path) -> None:
    problems = []
    for index in sorted(hostile_site.rglob("search_index.json")):
        for doc in json.loads(index.read_text("utf-8"))["docs"]:
            parser = Injected()
            parser.feed(doc["title"] + doc["text"])
            problems += [f"{index.relative_to(hostile_site)} {doc['location']}: {f}" for f in parser.found]
    assert problems == []


@pytest.fixture
def hostile_project(tiny_data: Path) -> Path:
    """The tiny data tree with the project's pages and mkdocs.yml, what the checks read (as
    `tiny_whole_project`, less the theme and the code, and not marked `site`: these tests are
    refused before anything is built, and stay in the fast loop)."""
    project_files(tiny_data.parent, folders=("docs",))
    return tiny_data.parent


def apply_hostile(case: Path, data: Path) -> list[str]:
    """A golden case, plus what a file's text cannot say: `replace` (old, new) in a file of the
    tiny tree, `symlinks` (a name -> where it points), `fifos` (named pipes), `hardlinks` (a name
    -> the text of a file outside the project that it is another name of). Names are from data/;
    `../docs/…` and `../mkdocs.yml` are the project's."""
    expected = apply_case(case, data)
    spec = read_case(case)
    for name, pairs in spec.get("replace", {}).items():
        text = (data / name).read_text("utf-8")
        for old, new in pairs:
            assert old in text, f"{case.name}: {old!r} not in {name}"
            text = text.replace(old, new)
        (data / name).write_text(text, "utf-8")
    for name, target in spec.get("symlinks", {}).items():
        (data / name).unlink(missing_ok=True)
        (data / name).symlink_to(target)
    for name in spec.get("fifos", []):
        (data / name).unlink()
        os.mkfifo(data / name)
    for number, (name, text) in enumerate(spec.get("hardlinks", {}).items()):
        outside = data.parent.parent / f"outside-{number}"
        outside.write_text(text, "utf-8")
        (data / name).unlink(missing_ok=True)
        os.link(outside, data / name)
    return expected


@pytest.mark.parametrize("case", HOSTILE, ids=[c.stem for c in HOSTILE])
def test_hostile_case_is_refused(case: Path, hostile_project: Path) -> None:
    """Each class of hostile input (tests/cases/hostile/), refused as a contributor sees it: `build`
    exits 1 with exactly its file:line field messages, no traceback, the old site kept. Or a false
    refusal the case shows fixed (`expected: []`): the checks accept it, and test_accepted.py builds
    all of them in one project (strict) and opens every page in Chromium."""
    expected = apply_hostile(case, hostile_project / "data")
    if not expected:
        check_project(hostile_project)
        return
    assert_the_build_refuses(hostile_project, expected)


def test_sheets_load_only_the_project_files() -> None:
    """WeasyPrint's fetcher: the templates' own files and data: URLs; no network, no file outside."""
    fetcher = ProjectFiles()
    inside = (TEMPLATES / "print.css").as_uri()
    assert fetcher.fetch(inside).status == 200
    assert fetcher.fetch("data:text/plain,x").url.startswith("data:")
    for url in [
        "file:///etc/hostname",
        (TEMPLATES / ".." / ".." / "pyproject.toml").as_uri(),
        "https://example.org/p.png",
    ]:
        with pytest.raises(ValueError, match="not one of the project's own files"):
            fetcher.fetch(url)


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        ({"CODE": "x;touch {pwned}", "NAME": "X"}, 'expected a language tag such as "de"'),
        ({"CODE": "de", "NAME": "Deutsch\nextra_javascript: [x.js]"}, "expected a language name"),
        ({"CODE": "de", "NAME": "$(shell touch {pwned})"}, "expected a language name"),
        ({"CODE": "de", "NAME": "<b>Deutsch</b>"}, "expected a language name"),
        ({"CODE": "fr", "NAME": "Français"}, "is the default language"),
    ],
)
def test_make_language_validates_before_touching_a_file(
    tmp_path: Path, variables: dict[str, str], message: str
) -> None:
    pwned = tmp_path / "pwned"
    before = {p: p.read_bytes() for p in [ROOT / "mkdocs.yml", *sorted((ROOT / "data").glob("*.yml"))]}
    values = [f"{k}={v.format(pwned=pwned)}" for k, v in variables.items()]
    result = subprocess.run(["make", "-s", "language", *values], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode != 0 and message in result.stderr, result.stderr
    assert not pwned.exists()
    assert {p: p.read_bytes() for p in before} == before


@pytest.mark.parametrize("texts", ["a/b;touch {pwned}", "* $(touch {pwned})", "interface.yml/strings/x\x1b[2J"])
def test_make_translated_validates_its_keys(tmp_path: Path, texts: str) -> None:
    pwned = tmp_path / "pwned"
    result = subprocess.run(
        ["make", "-s", "translated", "CODE=en", f"TEXTS={texts.format(pwned=pwned)}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0 and "expected a language code and text keys" in result.stderr, result.stderr
    assert "\x1b" not in result.stderr
    assert not pwned.exists()


def makefile_variables() -> list[str]:
    """Every variable the Makefile reads: `$(NAME)`, `$(value NAME)` and the shell's `$$NAME`."""
    text = (ROOT / "Makefile").read_text("utf-8")
    names = set(re.findall(r"\$\((?:value )?([A-Z_][A-Z0-9_]*)\)", text)) | set(
        re.findall(r"\$\$\{?([A-Z][A-Z0-9_]*)", text)
    )
    return sorted(names - {"NO_MKDOCS_2_WARNING", "STATUS"})


def makefile_targets() -> list[str]:
    phony = re.search(r"^\.PHONY: (.*)$", (ROOT / "Makefile").read_text("utf-8"), re.MULTILINE)
    assert phony is not None
    return phony[1].split()


@pytest.mark.parametrize("where", ["command line", "environment"])
def test_every_make_variable_reaches_the_commands_literally(tmp_path: Path, where: str) -> None:
    """`make -n -B` expands every recipe of every target (the dry run still runs `$(shell …)`):
    with a `$(shell touch …)` in each variable the Makefile reads, nothing is touched."""
    names = makefile_variables()
    assert {"PYTHON", "CODE", "NAME", "TEXTS", "TAG", "RELEASE", "UPGRADE", "BIN", "VENV"} <= set(names)
    values = {name: f"$(shell touch {tmp_path}/{name})" for name in names}
    for target in makefile_targets():
        assigned = [f"{k}={v}" for k, v in values.items()] if where == "command line" else []
        env = {**os.environ, **values} if where == "environment" else os.environ
        subprocess.run(["make", "-n", "-B", target, *assigned], cwd=ROOT, env=env, capture_output=True, check=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_user_variables_reach_the_shell_quoted() -> None:
    """In recipes, what a person sets is the shell's, quoted ("$$CODE") or only tested
    ($${RELEASE:+--release}); TEXTS alone is split, with globbing off (`set -f`)."""
    user = ("PYTHON", "CODE", "NAME", "TEXTS", "TAG", "RELEASE", "UPGRADE")
    recipes = [line for line in (ROOT / "Makefile").read_text("utf-8").splitlines() if line.startswith("\t")]
    for line in recipes:
        for name in user:
            bare = re.sub(rf'"\$\${name}"|\$\$\{{{name}:\+[-a-z]+\}}|\$\(value {name}\)', "", line)
            if name == "TEXTS" and "set -f;" in line:
                bare = bare.replace("$$TEXTS", "")
            assert f"${name}" not in bare and f"$({name})" not in bare and f"${{{name}" not in bare, line


HANDWRITTEN_CASES = {
    "script": ("<script>alert(1)</script>", ":3: <script> is not allowed in a page"),
    "tracker image": ('![](https://tracker.example/p.png "x")', ':3: resource "https://tracker.example/p.png"'),
    "handler": ('<p onmouseover="alert(1)">x</p>', ':3: attribute "onmouseover" on <p> is not allowed'),
    "iframe": ('<iframe src="a-propos.md"></iframe>', ":3: <iframe> is not allowed in a page"),
    "javascript link": ("[x](javascript:alert(1))", ':3: link to "javascript:alert(1)"'),
    "broken link": ("[x](nulle-part.md)", ':3: link to "nulle-part.md": no such page'),
    "attribute list": ('[x](a-propos.md){ onclick="alert(1)" }', ':3: attribute "onclick" on <a> is not allowed'),
}


@pytest.mark.parametrize("case", HANDWRITTEN_CASES, ids=list(HANDWRITTEN_CASES))
def test_handwritten_pages_are_checked(project: Path, case: str) -> None:
    """`make check` holds hand-written pages (docs/*.md) to the same rules, on their HTML."""
    added, message = HANDWRITTEN_CASES[case]
    page = project / "docs" / "mentions-legales.fr.md"
    page.write_text("# Mentions légales\n\n" + added + "\n", "utf-8")
    result = run_cli_here("--root", str(project), "check")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"docs/mentions-legales.fr.md{message}" in result.stderr, result.stderr


def test_a_page_linked_out_of_the_repository_is_refused(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    outside = tmp_path / "secret.md"
    outside.write_text("# Secret\n", "utf-8")
    (project / "docs" / "secret.fr.md").symlink_to(outside)
    result = run_cli_here("--root", str(project), "build", "--site-dir", "site")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "docs/secret.fr.md:1: a symbolic link; data and pages are regular files" in result.stderr
    assert not (project / "site").exists()


def test_texts_are_checked_with_the_extensions_mkdocs_renders_them_with() -> None:
    """A text checked without an extension the site renders with could hide markup from the check
    (a fenced code block's attribute list did: `fenced_code` is one MkDocs always adds)."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=yaml.BaseLoader)
    site = {next(iter(e)) if isinstance(e, dict) else e for e in config["markdown_extensions"]}
    builtins = re.search(r"builtins=\[([^\]]*)\]", inspect.getsource(defaults))
    assert builtins is not None, "MkDocs no longer names its built-in extensions where it did"
    always = set(re.findall(r"'(\w+)'", builtins[1]))
    assert always == {"toc", "tables", "fenced_code"}  # MkDocs 1.6; read from its source, so a change shows
    assert sorted(EXTENSIONS) == sorted(site | always) == checked_extensions()
    assert project_problems(ROOT, load_guide(ROOT / "data")) == []  # mkdocs.yml is what the check owns


def test_a_page_is_checked_whole_where_texts_meet(tiny_data: Path) -> None:
    """Texts that pass alone can make something together on one line of a page (a bracket left
    open in one, `](…)` in another): the page, rendered as MkDocs renders it, is checked too, and
    what it finds is named at the text that holds it, or at the page."""
    verbs = tiny_data / "verbs.yml"
    verbs.write_text(verbs.read_text("utf-8").replace("en: Text.,", 'en: "Text ](https://evil.example/) more.",', 1))
    guide = load_guide(tiny_data)  # alone, the text has no link
    body = f"# Title\n\n[see {guide.verbs[0].text['en']}\n\n<i onclick=x>y</i>\n\n[j]: verbes/adapter.md\n"
    found = [str(p) for p in page_problems(guide, [RenderedPage("verbes/x.md", "en", "Title", body)])]
    rules = "texts are words, *emphasis*, **strong** and links"
    together = f"on the page verbes/x.md (en): {rules}; it comes of texts together on one line"
    assert found == [
        f"docs/verbes/x.md:1: <i> {together}",
        f'docs/verbes/x.md:1: attribute "onclick" on <i> {together}',
        f"docs/verbes/x.md:1: a reference definition {together}",
        f'data/verbs.yml:5 verbs[0].text.en: a link to "https://evil.example/" on the page verbes/x.md (en): {rules}',
    ]
    declared = f"[x]({guide.quick_exit_url}) [y](../roles/reperer.md) [z](tel:119)"
    assert page_problems(guide, [RenderedPage("verbes/x.md", "en", "T", declared)]) == []
    climbing = page_problems(guide, [RenderedPage("index.md", "en", "T", "[x](../../../../etc/passwd)")])
    assert [p.message.split(" on the page")[0] for p in climbing] == ['a link to "../../../../etc/passwd"']


def test_texts_without_markup_characters_render_as_words() -> None:
    """The check skips rendering texts with no Markdown character: each of the real data's texts
    so skipped renders, in each place, as its paragraph (or heading, or list item, or the words of
    a link) of words, and nothing else."""
    guide = load_guide(ROOT / "data")
    skipped = [v for t in all_texts(guide) for v in t.values() if not MARKUP.search(v)]
    assert len(skipped) > 300
    for text in skipped:
        for prefix, suffix, blocks in PLACES + LABEL_PLACES:
            html, references = _render(text, prefix, suffix)
            tags = set(re.findall(r"<([a-z0-9]+)", html))
            assert tags <= blocks | {"a"} and not references, (text, prefix, tags)
            assert suffix != f"]({LINK_TARGET})" or html.count("<a ") == 1, (text, html)


def test_every_invisible_character_is_refused() -> None:
    """`errors.UNSAFE`, one character class for speed, is every control, format (bidi marks, zero
    widths, tags), separator and surrogate code point, and those drawn as nothing; the no-break
    spaces of French typography stay. A Python with a newer Unicode fails here until it follows."""
    drawn = re.compile(f"[{DRAWN_AS_NOTHING}]")
    differ = [
        f"U+{cp:04X}"
        for cp in range(0x110000)
        if bool(UNSAFE.match(chr(cp)))
        != (cp != 0x0A and (unicodedata.category(chr(cp)) in REFUSED_CATEGORIES or bool(drawn.match(chr(cp)))))
    ]
    assert differ == []
    assert UNSAFE.search("\u00a0«\u202fFrançais\u202f»") is None
