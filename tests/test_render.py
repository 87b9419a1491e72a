"""Rendering on the core alone: every page in every language, links that resolve, text escaped."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from onpe_guide.data.load import load_guide
from onpe_guide.engine.config import mkdocs_nav
from onpe_guide.engine.docs import GENERATED_MARK, docs_files, file_name, generated_files, write_pages
from onpe_guide.site.generate import render_guide
from onpe_guide.urls import HANDWRITTEN
from tests.conftest import DATA

LINK = re.compile(r"\]\(([^)\s]+)\)")


def test_every_page_in_every_language() -> None:
    guide = load_guide(DATA)
    pages = render_guide(guide)
    paths = {p.path for p in pages}
    entity_pages = len(guide.verbs) + len(guide.moments) + len(guide.actors) + len(guide.roles) + len(guide.provisions)
    # five section overviews, home, references, the kit (its page, the session plan, the exercises, the
    # glossary), translations
    assert len(paths) == entity_pages + 5 + 7
    assert len(pages) == len(paths) * 3
    assert {
        "verbes/rehumaniser.md",
        "moments/gerer-l-urgence.md",
        "roles/reperer.md",
        "dispositifs/actions-en-reseau.md",
    } <= paths


def test_links_resolve_to_rendered_pages() -> None:
    pages = render_guide(load_guide(DATA))
    known = {p.path for p in pages} | set(HANDWRITTEN)
    broken = []
    for page in pages:
        for target in LINK.findall(page.body):
            if target.startswith(("https://", "tel:")):
                continue
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page.path), target.split("#")[0]))
            if resolved not in known:
                broken.append((file_name(page), target))
    assert broken == []


def test_role_page_lists_its_actors(tiny_data: Path) -> None:
    pages = docs_files(render_guide(load_guide(tiny_data)))
    role = pages["roles/reperer.en.md"]
    assert "[Health services](../acteurs/acteurs-de-sante.md#role-reperer)" in role
    assert "[Schools](../acteurs/ecoles.md#role-reperer)" in role
    assert "Schools" not in pages["roles/soigner.en.md"]


def test_front_matter_title_and_mark(tiny_data: Path) -> None:
    pages = docs_files(render_guide(load_guide(tiny_data)))
    assert pages["verbes/adapter.es.md"].startswith(f'---\n{GENERATED_MARK}\ntitle: "Adaptar"\n---\n\n# Adaptar\n')


def test_html_in_text_is_shown_not_run(tiny_data: Path) -> None:
    verbs = tiny_data / "verbs.yml"
    verbs.write_text(
        verbs.read_text("utf-8").replace("text: {fr: Texte.", 'text: {fr: "<script>alert(1)</script> Texte."', 1),
        "utf-8",
    )
    page = docs_files(render_guide(load_guide(tiny_data)))["verbes/adapter.fr.md"]
    assert "<script>" not in page
    assert "&lt;script>alert(1)&lt;/script> Texte." in page


def test_navigation_in_each_language(tiny_data: Path) -> None:
    guide = load_guide(tiny_data)
    nav = mkdocs_nav(guide, "es")
    assert nav[0] == {"Inicio": "index.md"}
    assert nav[1] == {"Verbos clave": ["verbes/index.md", "verbes/adapter.md", "verbes/restaurer.md"]}


def test_writer_touches_only_what_changed(tmp_path: Path, tiny_data: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "verbes").mkdir(parents=True)
    handwritten = docs / "a-propos.fr.md"
    handwritten.write_text("# À propos\n", "utf-8")
    stale = docs / "verbes" / "ancien.fr.md"
    stale.write_text(f"---\n{GENERATED_MARK}\ntitle: x\n---\n", "utf-8")
    pages = render_guide(load_guide(tiny_data))
    first = write_pages(pages, docs)
    assert (first.written, first.unchanged, first.removed) == (len(pages), 0, 1)
    second = write_pages(pages, docs)
    assert (second.written, second.unchanged, second.removed) == (0, len(pages), 0)
    assert handwritten.read_text("utf-8") == "# À propos\n" and not stale.exists()
    assert len(generated_files(docs)) == len(pages)
