"""The built site, parsed as HTML: every page in every language, its links, languages and hosts."""

from __future__ import annotations

import json
import posixpath
import re
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from onpe_guide.data.links import declared_hosts
from onpe_guide.site.generate import render_guide
from onpe_guide.site.navigation import NAV_LIMIT
from onpe_guide.urls import HANDWRITTEN
from tests.conftest import REPO_URL, SITE_URL, real_guide, run_cli

GUIDE = real_guide()
LANGS = [lang.code for lang in GUIDE.languages]
PAGES = sorted({p.path for p in render_guide(GUIDE)} | set(HANDWRITTEN))
# The declared external links: the references (references.yml), the quick exit (interface.yml),
# and the repository that « edit this page » opens (REPO_URL).
ALLOWED_HOSTS = {*declared_hosts(GUIDE), urlsplit(REPO_URL).netloc}  # the data's, and « edit this page »


def url_of(path: str, lang: str) -> str:
    """`verbes/adapter.md` in English -> `en/verbes/adapter/` (directory URLs)."""
    stem = path.removesuffix(".md")
    stem = stem.removesuffix("index").rstrip("/") if stem.endswith("index") else stem
    prefix = "" if lang == LANGS[0] else f"{lang}/"
    return f"{prefix}{stem}/" if stem else prefix


@cache
def soup(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text("utf-8"), "html.parser")


@cache
def ids_in(page: Path) -> frozenset[str]:
    """The ids a link's #fragment can land on (parsed once per page: many links share a target)."""
    return frozenset(str(e["id"]) for e in BeautifulSoup(page.read_text("utf-8"), "html.parser").find_all(id=True))


def resolve(site: Path, page_url: str, href: str) -> tuple[Path, str]:
    """The file a relative link from `page_url` lands on, and its #fragment."""
    parts = urlsplit(href.removeprefix(SITE_URL.rstrip("/")))  # the site's own absolute URLs, from its root
    base = "" if parts.path.startswith("/") else page_url  # site-absolute links start from the root
    target = posixpath.normpath(posixpath.join(base, parts.path.lstrip("/"))) if parts.path else page_url.rstrip("/")
    path = site / target if target != "." else site
    return (path / "index.html" if path.is_dir() else path), parts.fragment


ALL = [(p, lang) for p in PAGES for lang in LANGS]


@pytest.mark.parametrize(("path", "lang"), ALL, ids=[f"{lang}:{p}" for p, lang in ALL])
def test_page_language_alternates_and_notice(site: Path, path: str, lang: str) -> None:
    url = url_of(path, lang)
    html = soup(site, url)
    assert html.html is not None and html.html["lang"] == lang
    links = html.select('link[rel="alternate"][hreflang]:not([hreflang="x-default"])')  # x-default: test_hreflang.py
    alternates = {str(link["hreflang"]): str(link["href"]) for link in links}
    assert sorted(alternates) == sorted(LANGS)
    for other, href in alternates.items():
        target, _ = resolve(site, url, str(href))
        assert target == site / url_of(path, other) / "index.html", (other, href)
    notice = html.select_one(".guide-notice")
    if lang == LANGS[0]:
        assert notice is None
    else:
        assert notice is not None and GUIDE.strings["french_prevails"][lang] in notice.get_text()
        french, _ = resolve(site, url, str(notice.a["href"] if notice.a else ""))
        assert french == site / url_of(path, LANGS[0]) / "index.html"
    credit = html.select_one(".guide-credit")
    assert credit is not None and "ONPE" in credit.get_text()


@pytest.mark.parametrize(("path", "lang"), ALL, ids=[f"{lang}:{p}" for p, lang in ALL])
def test_links_and_hosts(site: Path, path: str, lang: str) -> None:
    url = url_of(path, lang)
    html = soup(site, url)
    for tag, attr in (("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src"), ("source", "src")):
        for element in html.find_all(tag, attrs={attr: True}):
            if tag == "link" and set(element.get_attribute_list("rel")) & {"canonical", "alternate"}:
                assert str(element[attr]).startswith(SITE_URL)  # addresses of this site, not loaded
                continue
            assert not urlsplit(str(element[attr])).netloc, f"{tag} loads {element[attr]} from another host"
    for a in html.find_all("a", href=True):
        href = str(a["href"])
        parts = urlsplit(href)
        if parts.scheme in {"tel", "sms", "mailto"}:
            continue
        if parts.netloc:
            assert parts.netloc in ALLOWED_HOSTS, f"link to an undeclared host: {href}"
            continue
        target, fragment = resolve(site, url, href)
        assert target.is_file(), f"broken link {href} on {url}"
        if fragment and target.suffix == ".html":
            assert fragment in ids_in(target), f"missing anchor {href} on {url}"


def test_no_stylesheet_imports_another_host(site: Path) -> None:
    for css in site.rglob("*.css"):
        assert not re.search(r"@import|url\(['\"]?https?:", css.read_text("utf-8")), css


@pytest.mark.parametrize("path", ["index.html", "en/verbes/adapter/index.html"])
def test_scripts_wait_for_the_first_paint(site: Path, path: str) -> None:
    """Every script file is deferred (in document order, ours before Material's), and Material's
    `no-js` -> `js` swap is done in the head, before the first paint."""
    html = BeautifulSoup((site / path).read_text("utf-8"), "html.parser")
    scripts = [s for s in html.find_all("script") if s.get("src")]
    assert [str(s["src"]).rsplit("/", 1)[-1].split(".")[0] for s in scripts] == [
        "adapt-material",
        "quick-exit",
        "bundle",
    ]
    assert all(s.has_attr("defer") for s in scripts)
    head = html.head.decode() if html.head else ""
    assert 'classList.replace("no-js", "js")' in head


@pytest.mark.parametrize("lang", LANGS)
def test_navigation_is_translated(site: Path, lang: str) -> None:
    nav = soup(site, url_of("verbes/index.md", lang)).select_one("nav.md-nav--primary")
    assert nav is not None
    text = nav.get_text(" ")
    # No « Rôles » section: roles are folded into the actors' pages and the matrix.
    for key in ("nav_verbs", "nav_moments", "nav_actors", "nav_provisions", "nav_references", "nav_about"):
        assert GUIDE.strings[key][lang] in text
    assert all(v.label[lang] in text for v in GUIDE.verbs)


@pytest.mark.parametrize("lang", LANGS)
def test_language_switcher_lands_on_the_same_page(site: Path, lang: str) -> None:
    url = url_of("roles/reperer.md", lang)
    links = soup(site, url).select("a.md-select__link[hreflang]")
    assert all(a.get("lang") == a["hreflang"] for a in links)  # each language named in its own language
    assert sorted(str(a["hreflang"]) for a in links) == sorted(LANGS)
    for a in links:
        target, _ = resolve(site, url, str(a["href"]))
        assert target == site / url_of("roles/reperer.md", str(a["hreflang"])) / "index.html"


def test_role_page_lists_the_actors_that_hold_it(site: Path) -> None:
    html = soup(site, url_of("roles/reperer.md", "en"))
    names = [a.get_text() for a in html.select("article li a") if "/acteurs/" in str(a.get("href"))]
    assert names == [a.label["en"] for a in GUIDE.actors_with_role("reperer")]


def test_matrix_marks_every_role_of_every_actor(site: Path) -> None:
    html = soup(site, url_of("acteurs/index.md", "fr"))
    rows = html.select(".guide-matrix tbody tr")
    assert len(rows) == len(GUIDE.roles)
    held = sum(len(a.roles) for a in GUIDE.actors)
    assert sum(row.get_text().count("oui") for row in rows) == held


def test_material_interface_follows_the_language(site: Path) -> None:
    search = soup(site, url_of("index.md", "es")).select_one("input.md-search__input")
    assert search is not None and search["placeholder"] == "Búsqueda"


def test_failed_build_leaves_the_site_untouched(project: Path) -> None:
    site = project / "site"
    site.mkdir()
    (site / "index.html").write_text("previous good site", "utf-8")
    roles = project / "data" / "roles.yml"
    roles.write_text(roles.read_text("utf-8").replace("  - id: soigner", "  - id: Soigner!"), "utf-8")
    result = run_cli("build", cwd=project)
    assert result.returncode == 1
    assert "data/roles.yml:53 roles[9].id: expected a kebab-case id" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert [p.name for p in site.iterdir()] == ["index.html"]
    assert (site / "index.html").read_text("utf-8") == "previous good site"


def test_a_long_section_is_listed_on_its_overview_not_in_every_page(tiny_whole_project: Path) -> None:
    """Past NAV_LIMIT entries, the navigation shows the section's overview only: each page does
    not carry every entry, so the build grows linearly with the data (see `make bench`). (The tiny
    data: the section's length is what counts.)"""
    project = tiny_whole_project
    extra = [f"kind-{n}" for n in range(NAV_LIMIT)]
    provisions = project / "data" / "provisions.yml"
    entries = "".join(
        f"  - id: {i}\n    form: souples\n"
        f"    label: {{fr: Genre {i}, en: Kind {i}, es: Tipo {i}}}\n    text: {{fr: Texte., en: Text., es: Texto.}}\n"
        for i in extra
    )
    provisions.write_text(provisions.read_text("utf-8") + entries, "utf-8")
    result = run_cli("build", cwd=project)  # strict: a page left out of the nav must not warn
    assert result.returncode == 0, result.stdout + result.stderr
    built = project / "site"
    for lang in ("", "en/"):
        page = BeautifulSoup((built / lang / "dispositifs" / "kind-7" / "index.html").read_text("utf-8"), "html.parser")
        nav = {str(a["href"]) for a in page.select("nav.md-nav--primary a[href]")}
        assert not any("kind-" in href for href in nav) and any("verbes/adapter" in href for href in nav)
        overview = (built / lang / "dispositifs" / "index.html").read_text("utf-8")
        assert all(f'href="../{i}/"' in overview or f'href="{i}/"' in overview for i in extra)


@pytest.mark.parametrize("lang", LANGS)
def test_every_title_names_the_site_once(site: Path, lang: str) -> None:
    """« Page - Site » on every page; the home page's title is the site's name alone."""
    name = GUIDE.title[lang]
    for path in PAGES:
        title = soup(site, url_of(path, lang)).title
        text = title.get_text() if title else ""
        assert text.count(name) == 1 and text.endswith(name), (path, text)
    assert soup(site, url_of("index.md", lang)).title.get_text() == name  # type: ignore[union-attr]


def index_texts(site: Path, lang: str) -> dict[str, str]:
    """Each language's search index: location -> what it indexes of it, markup removed."""
    root = site if lang == LANGS[0] else site / lang
    docs = json.loads((root / "search" / "search_index.json").read_text("utf-8"))["docs"]
    return {doc["location"]: re.sub(r"<[^>]+>", "", doc["text"]) for doc in docs}


@pytest.mark.parametrize("lang", LANGS)
def test_search_indexes_what_pages_say_not_where_they_lead(site: Path, lang: str) -> None:
    """No « Suivant : Gérer l'urgence », no way back to the section, no « PDF, 1 page A4 »: a result
    shows what its page says (render.elsewhere, Ctx.download)."""
    ui = {key: value[lang] for key, value in GUIDE.strings.items()}
    texts = index_texts(site, lang)
    around = [ui["labelled"].format(label=ui[key], text="").strip() for key in ("previous", "next")]
    assert [where for where, text in texts.items() if any(label in text for label in around)] == []
    assert [where for where, text in texts.items() if ui["download_sheet"] in text] == []
    for section, title in (("moments", ui["moments_title"]), ("verbes", ui["verbs_title"])):
        pages = [where for where in texts if where.startswith(f"{section}/") and where.count("/") == 2]
        assert pages and all(not texts[where].rstrip().endswith(title) for where in pages), section
    assert any("urgenc" in text.lower() or "emergenc" in text.lower() for text in texts.values())  # content stays
