"""Translation status, « À TRADUIRE » marks with their French fallback, and a language added in one command."""

from __future__ import annotations

import difflib
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from onpe_guide.data.load import load_guide
from onpe_guide.data.tracking import TO_TRANSLATE, load_records
from onpe_guide.engine.docs import docs_files
from onpe_guide.engine.mkdocs_yml import language_edits
from onpe_guide.errors import DataError
from onpe_guide.model import Guide
from onpe_guide.site.generate import render_guide
from onpe_guide.translations.add_language import LanguageError, add_language
from onpe_guide.translations.record import record_translations
from onpe_guide.translations.report import format_report, translation_status, word_diff
from onpe_guide.urls import HANDWRITTEN
from tests.conftest import copy_project, run_cli

ADDED_LINE = re.compile(r"^\s*(- )?(de: À TRADUIRE|code: de|name: Deutsch|locale: de|build: true)$")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def status_of(guide: Guide, data: Path, lang: str) -> tuple[int, list[str], list[str]]:
    records, _ = load_records(data, ("en", "es"))
    s = next(s for s in translation_status(guide, records) if s.lang == lang)
    return s.up_to_date, [t.key for t in s.outdated], [t.key for t in s.pending]


def test_every_translation_of_the_real_data_is_recorded_up_to_date() -> None:
    data = Path(__file__).resolve().parent.parent / "data"
    guide = load_guide(data, docs_dir=data.parent / "docs")
    records, problems = load_records(data, ("en", "es"))
    assert problems == []
    for s in translation_status(guide, records):
        assert (len(s.outdated), len(s.pending), s.obsolete) == (0, 0, ()), format_report([s])
        assert s.total > 150


def test_a_changed_french_text_makes_its_translations_outdated(tiny_data: Path) -> None:
    edit(tiny_data / "verbs.yml", "label: {fr: Adapter,", "label: {fr: S’adapter,")
    guide = load_guide(tiny_data)
    up_to_date, outdated, pending = status_of(guide, tiny_data, "en")
    assert (outdated, pending) == (["verbs.yml/verbs/adapter/label"], [])
    assert status_of(guide, tiny_data, "es")[1] == outdated
    records, _ = load_records(tiny_data, ("en", "es"))
    report = format_report(translation_status(guide, records))
    assert "en: " + f"{up_to_date}/{up_to_date + 1} up to date, 1 outdated, 0 to translate" in report
    assert "outdated: data/verbs.yml:4 verbs[0].label (verbs.yml/verbs/adapter/label)" in report
    assert "French now: « S’adapter »" in report
    assert 'make translated CODE=en TEXTS="<key> …"' in report


def test_recording_a_new_translation_makes_it_current_again(tiny_data: Path) -> None:
    edit(tiny_data / "verbs.yml", "label: {fr: Adapter, en: Adapt,", "label: {fr: S’adapter, en: Adapt oneself,")
    guide = load_guide(tiny_data)
    records_path = tiny_data / "translations" / "en.yml"
    records_path.write_text(records_path.read_text("utf-8") + "  verbs.yml/verbs/removed/label: '0badc0de'\n")
    assert "obsolete record: verbs.yml/verbs/removed/label" in format_report(
        translation_status(guide, load_records(tiny_data, ("en", "es"))[0])
    )
    assert record_translations(tiny_data, guide, "en", ["verbs.yml/verbs/adapter/label"])
    records_file = records_path.read_text("utf-8")
    assert "removed" not in records_file  # a record of a text that no longer exists is dropped
    assert records_file.startswith("# yaml-language-server: $schema=../schemas/translations.schema.json\n")
    guide = load_guide(tiny_data)
    assert status_of(guide, tiny_data, "en")[1:] == ([], [])
    assert status_of(guide, tiny_data, "es")[1] == ["verbs.yml/verbs/adapter/label"]  # Spanish still to redo
    with pytest.raises(ValueError, match="unknown text key"):
        record_translations(tiny_data, guide, "en", ["verbs.yml/verbs/nope/label"])
    with pytest.raises(ValueError, match='"fr" is not a translated language'):
        record_translations(tiny_data, guide, "fr", None)


def test_a_translated_page_whose_french_changed_says_so(tiny_data: Path) -> None:
    edit(tiny_data / "verbs.yml", "label: {fr: Adapter,", "label: {fr: S’adapter,")
    pages = docs_files(render_guide(load_guide(tiny_data)))
    assert 'translation: ["outdated"]' in pages["verbes/adapter.en.md"]
    assert "translation:" not in pages["verbes/adapter.fr.md"]
    assert 'translation: ["outdated"]' in pages["verbes/restaurer.en.md"]  # it names « Adapter » too
    assert "translation:" not in pages["roles/reperer.en.md"]


def test_a_text_marked_to_translate_shows_the_french_marked(tiny_data: Path) -> None:
    edit(
        tiny_data / "verbs.yml",
        "points:\n      - {fr: Point., en: Point.,",
        f"points:\n      - {{fr: Point., en: {TO_TRANSLATE},",
    )
    guide = load_guide(tiny_data)
    point = guide.verbs[0].points[0]
    assert point["en"] == "Point." and point.pending == {"en"}
    page = docs_files(render_guide(guide))["verbes/adapter.en.md"]
    assert "<span class='guide-untranslated' lang='fr'>Point.</span>" in page
    assert "<small class='guide-untranslated-mark'>(French text, not translated yet)</small>" in page
    assert 'translation: ["pending"]' in page
    assert status_of(guide, tiny_data, "en")[2] == ["verbs.yml/verbs/adapter/points/0"]
    with pytest.raises(DataError) as error:
        load_guide(tiny_data, release=True)
    assert str(error.value.problems[0]) == (
        f"data/verbs.yml:7 verbs[0].points[0].en: marked {TO_TRANSLATE}: a release build refuses texts shown in French"
    )


def test_an_absent_translation_without_a_mark_stays_an_error(tiny_data: Path) -> None:
    edit(tiny_data / "verbs.yml", "label: {fr: Adapter, en: Adapt, es: Adaptar}", "label: {fr: Adapter, es: Adaptar}")
    with pytest.raises(DataError, match=r'verbs\[0\].label: missing translation "en"'):
        load_guide(tiny_data)


def test_the_french_cannot_be_marked(tiny_data: Path) -> None:
    edit(tiny_data / "verbs.yml", "label: {fr: Adapter,", f"label: {{fr: {TO_TRANSLATE},")
    with pytest.raises(DataError, match="the French is the source: it cannot be marked"):
        load_guide(tiny_data)


def test_a_broken_records_file_is_reported_by_name(tiny_data: Path) -> None:
    (tiny_data / "translations" / "en.yml").write_text(
        "# yaml-language-server: $schema=../schemas/translations.schema.json\ntranslates:\n  verbs.yml/x: nothex\n"
    )
    (tiny_data / "translations" / "it.yml").write_text("translates: {}\n")
    with pytest.raises(DataError) as error:
        load_guide(tiny_data)
    report = error.value.report()
    assert "data/translations/en.yml:3 translates.verbs.yml/x:" in report
    assert "data/translations/it.yml:1: unknown file; expected en.yml, es.yml" in report


def added_lines_only(before: str, after: str) -> bool:
    """`after` is `before` with whole lines (or `, de: À TRADUIRE` in flow mappings) inserted."""
    old, new = before.splitlines(keepends=True), after.replace(f", de: {TO_TRANSLATE}}}", "}").splitlines(keepends=True)
    for op, _, _, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op == "insert" and all(ADDED_LINE.match(line.rstrip("\n")) for line in new[j1:j2]):
            continue
        if op != "equal":
            return False
    return True


def test_add_language_keeps_every_byte_and_is_idempotent(tmp_path: Path, tiny_data: Path) -> None:
    root = tmp_path
    shutil.copytree(Path(__file__).resolve().parent.parent / "docs", root / "docs")
    shutil.copy(Path(__file__).resolve().parent.parent / "mkdocs.yml", root / "mkdocs.yml")
    before = {p: p.read_text("utf-8") for p in [*tiny_data.glob("*.yml"), root / "mkdocs.yml"]}
    changed = add_language(root, "de", "Deutsch", language_edits(root))
    assert ("mkdocs.yml", "1 insertion(s)") in changed and (
        "data/translations/de.yml",
        "created: no text translated yet",
    ) in changed
    for path, text in before.items():
        assert added_lines_only(text, path.read_text("utf-8")), path.name
    snapshot = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    assert add_language(root, "de", "Deutsch", language_edits(root)) == []
    assert {p: p.read_bytes() for p in root.rglob("*") if p.is_file()} == snapshot
    guide = load_guide(tiny_data)
    assert [lang.code for lang in guide.languages] == ["fr", "en", "es", "de"]
    assert guide.verbs[0].label["de"] == "Adapter" and guide.verbs[0].label.pending == {"de"}
    assert (root / "docs" / "a-propos.de.md").read_text("utf-8").startswith(f"---\ntranslation: {TO_TRANSLATE}\n---\n")


def test_add_language_refuses_a_bad_code_and_broken_data(tmp_path: Path, tiny_data: Path) -> None:
    with pytest.raises(LanguageError, match="expected a language tag"):
        add_language(tmp_path, "Deutsch", "de")
    edit(tiny_data / "verbs.yml", "id: adapter", "id: Adapter")
    with pytest.raises(LanguageError, match="fix data/ first"):
        add_language(tmp_path, "de", "Deutsch")


@pytest.fixture(scope="module")
def new_language_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real project, copied; one French text changed, Brazilian Portuguese added (a language
    tag with a region, BCP 47), then built."""
    root = copy_project(tmp_path_factory.mktemp("with-pt-br"))
    edit(root / "data" / "verbs.yml", "fr: Réhumaniser", "fr: Ré-humaniser")
    edit(root / "docs" / "accessibilite.fr.md", "# Accessibilité\n", "# Accessibilité\n\nUne phrase ajoutée.\n")
    result = run_cli("add-language", "pt-BR", "Português (Brasil)", cwd=root)
    assert result.returncode == 0, result.stderr
    result = run_cli("build", cwd=root)
    assert result.returncode == 0, result.stdout + result.stderr
    return root


def test_a_new_language_builds_at_once_in_french_marked(new_language_site: Path) -> None:
    site = new_language_site / "site"
    html = BeautifulSoup((site / "pt-BR" / "verbes" / "adapter" / "index.html").read_text("utf-8"), "html.parser")
    assert html.html is not None and html.html["lang"] == "pt"  # Material names pt-BR by its language
    marked = html.select("article .guide-untranslated[lang=fr]")
    assert marked and marked[0].get_text() == "Adapter"
    mark = html.select_one("article .guide-untranslated-mark")
    assert mark is not None and mark.get_text() == "(texte français, à traduire)"
    notice = html.select_one(".guide-notice--warning .guide-notice__warning")
    assert notice is not None and notice.get_text().startswith(
        "Certains textes de cette page ne sont pas encore traduits"
    )
    about = BeautifulSoup((site / "pt-BR" / "a-propos" / "index.html").read_text("utf-8"), "html.parser")
    assert about.select_one(".guide-notice--warning") is not None
    assert (site / "pt-BR" / "search" / "search_index.json").is_file()
    status = (site / "pt-BR" / "traductions" / "index.html").read_text("utf-8")
    assert "Português (Brasil)" in status and "data/verbs.yml:6 verbs[0].label" in status


def test_an_outdated_translation_tells_its_reader_and_links_to_the_french(new_language_site: Path) -> None:
    site = new_language_site / "site"
    for lang, words in (("en", "The French text of this page has changed"), ("es", "El texto francés de esta página")):
        html = BeautifulSoup((site / lang / "verbes" / "rehumaniser" / "index.html").read_text("utf-8"), "html.parser")
        notice = html.select_one(".guide-notice--warning")
        assert notice is not None and words in notice.get_text()
        link = notice.select_one("a[hreflang=fr]")
        assert link is not None and link["href"] == "../../../verbes/rehumaniser/"
        other = BeautifulSoup((site / lang / "verbes" / "adapter" / "index.html").read_text("utf-8"), "html.parser")
        assert other.select_one(".guide-notice--warning") is None
    french = (site / "verbes" / "rehumaniser" / "index.html").read_text("utf-8")
    assert "guide-notice" not in french
    page = BeautifulSoup((site / "en" / "accessibilite" / "index.html").read_text("utf-8"), "html.parser")
    notice = page.select_one(".guide-notice--warning")  # a hand-written page is tracked the same way
    assert notice is not None and "The French text of this page has changed" in notice.get_text()


@pytest.mark.site
def test_the_status_page_links_each_outdated_text_to_its_page_and_shows_it(new_language_site: Path) -> None:
    site = new_language_site / "site"
    for page, to_root in (("traductions", "../"), ("en/traductions", "../../")):
        html = BeautifulSoup((site / page / "index.html").read_text("utf-8"), "html.parser")
        item = next(li for li in html.select("article li") if "data/verbs.yml:6 verbs[0].label" in li.get_text())
        link = item.select_one("a[hreflang=en]")
        assert link is not None and link["href"] == f"{to_root}en/verbes/rehumaniser/", page
        assert (site / "en" / "verbes" / "rehumaniser" / "index.html").is_file()
        assert item.select_one("span[lang=fr]").get_text() == "Ré-humaniser"  # type: ignore[union-attr]
        assert item.select_one("span[lang=en]").get_text() == "Rehumanise"  # type: ignore[union-attr]
        page_item = next(li for li in html.select("article li") if "docs/accessibilite.en.md" in li.get_text())
        assert page_item.select_one("a[hreflang=en]")["href"] == f"{to_root}en/accessibilite/"  # type: ignore[index]


def test_a_release_build_refuses_every_french_fallback(new_language_site: Path) -> None:
    result = run_cli("build", "--release", "--site-dir", "release", cwd=new_language_site)
    assert result.returncode == 1
    assert f"data/verbs.yml:10 verbs[0].label.pt-BR: marked {TO_TRANSLATE}" in result.stderr
    assert "Traceback" not in result.stderr and not (new_language_site / "release").exists()
    report = run_cli("translations", cwd=new_language_site).stdout
    assert "pt-BR: 0/" in report and "outdated: data/verbs.yml:6 verbs[0].label" in report
    assert "to translate: docs/a-propos.pt-BR.md (docs/a-propos.md)" in report
    assert "outdated: docs/accessibilite.en.md (docs/accessibilite.md)" in report
    assert f"docs/a-propos.pt-BR.md:2: marked {TO_TRANSLATE}" in result.stderr


def test_hand_written_pages_are_tracked_like_data(tmp_path: Path, tiny_data: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for page in (Path(__file__).resolve().parent.parent / "docs").glob("*.md"):
        shutil.copy(page, docs / page.name)
    guide = load_guide(tiny_data, docs_dir=docs)
    assert {t.key for t in guide.pages.values()} == {f"docs/{p}" for p in HANDWRITTEN}
    record_translations(tiny_data, guide, "en", ["docs/a-propos.md"])
    about = load_guide(tiny_data, docs_dir=docs).pages["a-propos.md"]
    assert about.outdated == {"es"}  # English recorded, Spanish not
    edit(docs / "a-propos.fr.md", "# À propos\n", "# À propos\n\nNouveau paragraphe.\n")
    assert load_guide(tiny_data, docs_dir=docs).pages["a-propos.md"].outdated == {"en", "es"}
    (docs / "mentions-legales.es.md").unlink()
    with pytest.raises(DataError, match=r"docs/mentions-legales\.es\.md:1: missing page"):
        load_guide(tiny_data, docs_dir=docs)


def git(root: Path, *args: str) -> None:
    command = ["git", "-C", str(root), "-c", "user.name=Test", "-c", "user.email=test@example.org", *args]
    subprocess.run(command, check=True, capture_output=True)


def test_the_report_shows_the_french_a_translation_was_made_from(tmp_path: Path) -> None:
    """Found in git history by its recorded hash: the translator sees what changed."""
    root = copy_project(tmp_path)
    git(root, "init", "-q")
    git(root, "add", "data", "docs")
    git(root, "commit", "-q", "-m", "translated")
    edit(root / "data" / "verbs.yml", "fr: Réhumaniser", "fr: Ré-humaniser")
    edit(root / "docs" / "accessibilite.fr.md", "# Accessibilité\n", "# Accessibilité\n\nUne phrase ajoutée.\n")
    git(root, "commit", "-q", "-am", "the French changed")
    report = run_cli("translations", cwd=root).stdout
    assert "  outdated: data/verbs.yml:6 verbs[0].label (verbs.yml/verbs/rehumaniser/label)" in report
    assert "    French: « [-Réhumaniser-] {+Ré-humaniser+} »" in report
    assert "[-removed-] {+added+}" in report  # the report says how to read it
    assert "  outdated: docs/accessibilite.es.md (docs/accessibilite.md)\n    +\n    +Une phrase ajoutée." in report


def test_a_change_far_into_a_long_text_is_shown_word_by_word() -> None:
    """Both versions were once cut to their first 100 characters, which looked the same."""
    then = "Il est avant tout nécessaire de prendre le contrepied de la chosification de l'adolescent " * 2
    now = then.rstrip() + " Cela passe par :"
    assert len(then) > 100
    assert word_diff(then, now) == "… de la chosification de l'adolescent {+Cela passe par :+}"
    middle = then.replace("prendre le contrepied de la chosification", "prendre le contre-pied de la chosification", 1)
    changed = "… tout nécessaire de prendre le [-contrepied-] {+contre-pied+} de la chosification de l'adolescent …"
    assert word_diff(then, middle) == changed
    assert word_diff("Adapter", "S’adapter") == "[-Adapter-] {+S’adapter+}"


def test_make_check_says_how_many_translations_are_outdated_and_how_to_see_them(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    assert "outdated" not in run_cli("check", cwd=root).stdout
    edit(root / "data" / "verbs.yml", "fr: Réhumaniser", "fr: Ré-humaniser")
    result = run_cli("check", cwd=root)
    assert result.returncode == 0
    assert result.stdout.splitlines()[1] == (
        "translations: 2 outdated since their French changed (en 1, es 1); "
        "`make translations` shows each one, its French then and now"
    )
