"""The blocks an outline is made of. Neutral: each medium decides how a block looks (Markdown on
the site, HTML on paper and slides); texts inside are already the medium's inline markup, made by
its `Writer`. `kind` names the block for the templates."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar, Literal


@dataclass(frozen=True)
class Heading:
    """A heading inside an outline: level 1 under the page's (or sheet's) own title, level 2 under that."""

    kind: ClassVar[str] = "heading"
    text: str
    level: int = 1
    anchor: str = ""  # an id to link to (« matrix », a form's id); "" for none


@dataclass(frozen=True)
class Paragraph:
    kind: ClassVar[str] = "paragraph"
    text: str


@dataclass(frozen=True)
class Bullets:
    kind: ClassVar[str] = "bullets"
    items: tuple[str, ...]
    anchors: tuple[str, ...] = ()  # an id per item, where pages link to an item (a role on its group's page)


@dataclass(frozen=True)
class Fact:
    """A labelled line: « Prolonge : Réhumaniser, Adapter, Sécuriser », « Forme : … »."""

    kind: ClassVar[str] = "fact"
    label: str
    text: str


@dataclass(frozen=True)
class Note:
    """An aside: the leaflet's words quoted beside the site's own (`title`: its heading, where the
    medium shows one)."""

    kind: ClassVar[str] = "note"
    paragraphs: tuple[str, ...]
    title: str = ""


@dataclass(frozen=True)
class KeyWords:
    """The four words printed around the verbs."""

    kind: ClassVar[str] = "keywords"
    items: tuple[str, ...]


@dataclass(frozen=True)
class Step:
    """One key moment of the path: its number, its name for a screen reader (« Moment-clé 1 »),
    the word printed before it (« puis », « pour ») and its steps as the leaflet prints them (two
    for a moment that holds two things at once)."""

    number: int
    name: str
    parts: tuple[str, ...]
    connector: str = ""


@dataclass(frozen=True)
class Steps:
    kind: ClassVar[str] = "steps"
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class Link:
    """A label and the page it leads to (docs-relative, `acteurs/ecoles.md#role-reperer`), where a
    medium builds the link itself (inside a table's raw HTML)."""

    label: str
    target: str


@dataclass(frozen=True)
class MatrixRow:
    anchor: str
    label: str
    see_also: tuple[Link, ...]
    cells: tuple[Link | None, ...]  # per column: the column's entry for this row where it holds it


@dataclass(frozen=True)
class Matrix:
    """Who does what: roles in rows, groups in columns, a cell where the leaflet cites the role."""

    kind: ClassVar[str] = "matrix"
    caption: str
    corner: str
    columns: tuple[Link, ...]
    rows: tuple[MatrixRow, ...]


@dataclass(frozen=True)
class HelpNumber:
    number: str
    url: str  # tel: or sms:
    label: str
    line: str  # « **police ou gendarmerie** : pour une violence en cours… », after the number


@dataclass(frozen=True)
class HelpSituation:
    title: str
    numbers: tuple[HelpNumber, ...]


@dataclass(frozen=True)
class HelpBox:
    """Who to call: the first situation's first number printed large (the 119), then the others;
    the whole box is the site's addition (`mark`), with its `sources`."""

    kind: ClassVar[str] = "help"
    situations: tuple[HelpSituation, ...]
    mark: str
    sources: str

    @property
    def first(self) -> HelpNumber:
        return self.situations[0].numbers[0]


@dataclass(frozen=True)
class Download:
    """A file offered for download, named by `label` (or the interface string `key`)."""

    kind: ClassVar[str] = "download"
    sheet_id: str
    label: str = ""
    key: str = "download_sheet"


QuestionMode = Literal["several", "one", "order"]  # tick every right choice, tick one, give each its rank


@dataclass(frozen=True)
class Choice:
    """One choice of a question. `correct`: the leaflet (or, for the vocabulary, terminology.yml)
    gives it; `rank`: its place in an order question (1 first); `verdict`: what is shown beside it
    once the answer is revealed (« cité », « non cité », « Moment-clé 2 »; "" for nothing);
    `lang`: the label's language where it is not the page's (a term of the English translation)."""

    id: str
    label: str
    correct: bool = False
    verdict: str = ""
    rank: int = 0
    lang: str = ""


@dataclass(frozen=True)
class Question:
    """An exercise: a stable `id` (a page's anchors and the inputs' names come from it), its
    number, the prompt (« Selon le dépliant… »), a hint on how to answer, the choices in a fixed
    order that does not give the answer away, the answer as a sentence, and the page that holds it."""

    kind: ClassVar[str] = "question"
    id: str
    number: int
    mode: QuestionMode
    prompt: str
    hint: str
    choices: tuple[Choice, ...]
    answer: str
    source: Link


Block = Heading | Paragraph | Bullets | Fact | Note | KeyWords | Steps | Matrix | HelpBox | Download | Question


def block_texts(block: Block) -> Iterator[str]:
    """Every text a block shows, in order (for what is checked or searched across media)."""
    yield from TEXTS[type(block)](block)


def _matrix_texts(m: Matrix) -> Iterator[str]:
    yield from (m.caption, m.corner, *(c.label for c in m.columns))
    for row in m.rows:
        yield from (row.label, *(link.label for link in row.see_also), *("✓" for c in row.cells if c))


TEXTS: dict[type, Callable[[Any], Iterable[str]]] = {
    Heading: lambda b: (b.text,),
    Paragraph: lambda b: (b.text,),
    Bullets: lambda b: b.items,
    KeyWords: lambda b: b.items,
    Fact: lambda b: (b.label, b.text),
    Note: lambda b: (b.title, *b.paragraphs),
    Steps: lambda b: (text for s in b.steps for text in (s.connector, s.name, *s.parts)),
    Matrix: _matrix_texts,
    HelpBox: lambda b: (
        *(t for s in b.situations for n in s.numbers for t in (s.title, n.number, n.line)),
        b.mark,
        b.sources,
    ),
    Download: lambda b: (b.label,),
    Question: lambda b: (
        b.prompt,
        b.hint,
        *(text for c in b.choices for text in (c.label, c.verdict)),
        b.answer,
        b.source.label,
    ),
}
