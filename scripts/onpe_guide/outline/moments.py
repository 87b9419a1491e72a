"""« Les temporalités »: the attitude, the path of the key moments, and the note that the path is
not a one-way line.

The leaflet prints « Installer la relation » and « Gérer l'urgence », then « puis » before the
hinge and « pour » before the last moment: only those words draw a sequence, so the path shows
them as connectors and draws no line between the first two moments.
"""

from __future__ import annotations

from onpe_guide.model import KeyMoment
from onpe_guide.outline.blocks import Block, Heading, Note, Paragraph, Step, Steps
from onpe_guide.outline.writer import Writer
from onpe_guide.sections import MOMENTS


def moment_sentence(moment: KeyMoment, w: Writer, *, linked: bool = True) -> str:
    """The step as the leaflet prints it: its connector, its name and its text, joined with the
    leaflet's punctuation, never a colon it does not have."""
    label = w.t(moment.label)
    name = w.strong(w.link(MOMENTS.page(moment.id), label) if linked else label)
    connector = f"{w.em(w.t(moment.connector))} " if moment.connector else ""
    return connector + w.ui(moment.join_string, label=name, text=w.t(moment.text))


def path_outline(w: Writer) -> Steps:
    """The key moments numbered (« Moment-clé 2 », for a screen reader), the hinge not (its name
    instead), each as the leaflet prints it."""
    return Steps(tuple(step(m, w) for m in w.guide.moments))


def step(moment: KeyMoment, w: Writer) -> Step:
    number = w.guide.moment_number(moment)
    name = w.ui("hinge") if number is None else w.ui("moment_number", number=number)
    return Step(number, moment_sentence(moment, w), name)


def path_note(w: Writer) -> Note:
    """The leaflet's words on the path (allers-retours, régression), then the site's reading."""
    return Note((w.ui("quoted", text=w.t(w.guide.path_note)), w.ui("path_back")), w.ui("path_title"))


def moments_outline(w: Writer, *, heading: bool = False) -> list[Block]:
    """The attitude, the path (under « Trois moments-clés » where the medium has no such title)
    and the note."""
    title: list[Block] = [Heading(w.ui("key_moments_title"))] if heading else []
    return [Paragraph(w.t(w.guide.attitude)), *title, path_outline(w), path_note(w)]
