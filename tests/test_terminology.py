"""The terminology guard (data/terminology.yml) against golden cases, and through `make check`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from onpe_guide import DataError
from onpe_guide.data.load import load_guide
from onpe_guide.data.terminology import MAX_AVOIDED, compile_term
from onpe_guide.translations.report import translation_status
from tests.conftest import CASES, DATA, ROOT, run_cli
from tests.test_load import apply_case

GOLDEN = sorted((CASES / "terminology").glob("*.yml"))


def with_pages(case: Path, data: Path) -> Path:
    """The real hand-written pages beside `data`, with the case's own pages over them."""
    docs = data.parent / "docs"
    shutil.copytree(ROOT / "docs", docs, ignore=shutil.ignore_patterns("stylesheets"))
    for name, content in (yaml.safe_load(case.read_text("utf-8")).get("docs") or {}).items():
        (docs / name).write_text(content, "utf-8")
    return docs


@pytest.mark.parametrize("case", GOLDEN, ids=[c.stem for c in GOLDEN])
def test_terminology_case(case: Path, tiny_data: Path) -> None:
    expected = apply_case(case, tiny_data)
    docs = with_pages(case, tiny_data)
    if not expected:
        load_guide(tiny_data, docs_dir=docs)
        return
    with pytest.raises(DataError) as error:
        load_guide(tiny_data, docs_dir=docs)
    assert [str(p) for p in error.value.problems] == expected


def test_enough_golden_cases() -> None:
    assert len(GOLDEN) >= 14


def test_make_check_reports_an_avoided_term_by_file_and_line(project: Path) -> None:
    roles = project / "data" / "roles.yml"
    text = roles.read_text("utf-8")
    line = text[: text.index("en: Identify\n")].count("\n") + 1  # the line the reader names, wherever it is
    roles.write_text(text.replace("en: Identify\n", "en: Identify child prostitution\n"), "utf-8")
    about = project / "docs" / "a-propos.es.md"
    about.write_text(about.read_text("utf-8") + "\nLa prostitución infantil.\n", "utf-8")
    result = run_cli("check", cwd=project)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = about.read_text("utf-8").count("\n")
    assert result.stderr.splitlines()[1:] == [
        f'  data/roles.yml:{line} roles[4].label.en: avoid "child prostitution"; prefer "minors who are victims of'
        ' prostitution" (terminology.yml: mineurs-victimes-de-prostitution)',
        f'  docs/a-propos.es.md:{lines}: avoid "prostitución infantil"; prefer "menores víctimas de prostitución"'
        " (terminology.yml: mineurs-victimes-de-prostitution)",
    ]


def test_the_real_translations_use_the_reviewed_terms() -> None:
    guide = load_guide(DATA, docs_dir=ROOT / "docs")  # raises if any avoided term is found
    ids = {t.id for t in guide.terminology}
    assert {"reduction-des-risques", "maraudes", "en-errance", "proxenetes-et-clients", "l-enfant"} <= ids
    assert {a.term for t in guide.terminology for a in t.avoid} >= {
        "child prostitute*",
        "prostituted child*",
        "prostitución infantil",
    }
    sources = {t.source for t in guide.terminology}
    assert sources == {"luxembourg-guidelines", "review"}
    # a flow list splits on commas: a term that holds commas is quoted, and stays one term
    victims = next(t for t in guide.terminology if t.id == "mineurs-victimes-de-prostitution")
    assert victims.preferred["es"][1] == "explotación de niñas, niños y adolescentes en la prostitución"


def test_a_reviewed_term_is_used_where_the_leaflet_has_it() -> None:
    """Spot checks that the translations say what the review asked, not only avoid the wrong words."""
    guide = load_guide(DATA)
    urgence = next(m for m in guide.moments if m.id == "gerer-l-urgence")
    assert "harm-reduction" in urgence.text["en"] and "reducción de riesgos y daños" in urgence.text["es"]
    away = next(p for p in guide.provisions if p.id == "dispositifs-d-eloignement")
    assert away.label["en"] == "Relocation placements" and "alejamiento" not in away.label["es"]
    assert guide.verb("securiser").label["en"] == "Build a sense of safety"
    assert guide.strings["moments_title"]["en"] == "Timeframes"
    assert guide.role("sanctionner-les-proxenetes-et-clients").label["en"] == (
        "Punish procurers (pimps) and those who pay for sexual acts with minors (“clients”)"
    )
    helpline = guide.helpline  # the French name, glossed by the text that follows it
    assert "national helpline for children in danger" in helpline.text["en"] and "Hello" not in helpline.label["en"]
    # the second review (issue 23): terms a professional would sign
    adapter = guide.verb("adapter").points
    assert "going missing" in adapter[2]["en"] and "key worker" in adapter[1]["en"]
    assert "relación socioeducativa" in adapter[1]["es"]
    assert "relación socioeducativa" in guide.verb("restaurer").text["es"]
    assert guide.strings["nav_actors"]["en"] == "Agencies"
    assert "social care services" in guide.provisions_intro["en"] and "socioeducativos" in guide.provisions_intro["es"]
    assert "education, training and employment" in guide.moments[3].text["en"]
    assert next(k for k in guide.key_words if k.id == "aller-vers").label["es"] == "Salir\u00a0al\u00a0encuentro"
    outreach = next(p for p in guide.provisions if p.id == "dispositifs-hors-les-murs")
    assert outreach.label["es"] == "Dispositivos «fuera de los centros» (medio abierto)"
    assert guide.strings["kit_booklet"]["es"] == "El cuadernillo" and "folleto" in guide.strings["source_credit"]["es"]


@pytest.mark.parametrize(
    ("term", "text", "found"),
    [
        ("patrol*", "outreach Patrols", True),
        ("patrol*", "a patron", False),
        ("el niño", "el niño o la niña", True),  # the guard then lets the preferred term pass
        ("child prostitution", "child\n  prostitution", True),
        ("l’enfant", "l'enfant", True),
        ("secure placement*", "insecure placements", False),
    ],
)
def test_how_a_term_matches(term: str, text: str, found: bool) -> None:
    assert bool(compile_term(term).search(text.replace("’", "'"))) is found


def test_the_number_of_avoided_terms_is_bounded(tiny_data: Path) -> None:
    """Each avoided term is looked for in every translation: a file with more than the limit is
    refused with a message (1,000 terms over every text once took 106 s)."""
    path = tiny_data / "terminology.yml"
    value = yaml.safe_load(path.read_text("utf-8"))
    for term in value["terms"]:
        term["avoid"] = []
    value["terms"][0]["avoid"] = [
        {"lang": "en", "term": f"word{i}", "why": "Too many."} for i in range(MAX_AVOIDED + 1)
    ]
    head = path.read_text("utf-8").partition("\n")[0]
    path.write_text(head + "\n" + yaml.safe_dump(value, allow_unicode=True, sort_keys=False), "utf-8")
    with pytest.raises(DataError) as error:
        load_guide(tiny_data)
    assert [p.message for p in error.value.problems] == [
        f"{MAX_AVOIDED + 1} avoided terms; at most {MAX_AVOIDED} (each one is looked for in every translation)"
    ]


HOSTILE_TERM = """
  - id: hostile
    fr: terme
    preferred:
      en: ["[a word](https://evil.example/)"]
    avoid:
      - lang: en
        term: "[bad](javascript:alert(1))"
        why: "See [why](javascript:alert(1))."
    source: review
"""


def test_a_terms_words_are_checked_as_texts(tiny_data: Path) -> None:
    """The glossary and the exercises publish the terms: their words meet the markup allow-list,
    named at their file and line, like every text (issue 20, point 7)."""
    terminology = tiny_data / "terminology.yml"
    terminology.write_text(terminology.read_text("utf-8") + HOSTILE_TERM, "utf-8")
    with pytest.raises(DataError) as error:
        load_guide(tiny_data)
    problems = [str(p) for p in error.value.problems]
    for where in ("preferred.en", "avoid[0].term.en", "avoid[0].why.en"):
        assert any("data/terminology.yml:" in p and f"{where}:" in p for p in problems), (where, problems)


def test_a_changed_french_term_outdates_its_words(tiny_data: Path) -> None:
    """A term's words in English and Spanish translate its French: when the French changes, they
    are reported outdated, like every translation, until recorded again."""
    terminology = tiny_data / "terminology.yml"
    text = terminology.read_text("utf-8")
    terminology.write_text(text.replace("fr: mineurs victimes de prostitution", "fr: mineurs victimes", 1), "utf-8")
    report = translation_status(load_guide(tiny_data), {})
    key = "terminology.yml/terms/mineurs-victimes-de-prostitution/preferred"
    assert {s.lang for s in report if key in {t.key for t in s.outdated}} == {"en", "es"}
