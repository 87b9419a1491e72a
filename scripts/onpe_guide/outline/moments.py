"""« Les temporalités »: the attitude, the path of the three key moments, and the note that the
path is not a one-way line.

The leaflet prints « Installer la relation » and « Gérer l'urgence » in one block, then « puis »
« Repérer de possibles moments de bascule », then « pour » « Amorcer un travail de réparation »:
three moments, the first holding two things at once (which is what the panel's introduction says:
accept that the teenager moves gradually and, at the same time, answer when they ask for help).
Only « puis » and « pour » draw a sequence. That reading of the diagram is the site's: the note
says so, marked as the site's addition.
"""

from __future__ import annotations

from onpe_guide.model import KeyMoment
from onpe_guide.outline.blocks import Block, Heading, Note, Paragraph, Step, Steps
from onpe_guide.outline.writer import Writer
from onpe_guide.sections import MOMENTS


def moment_sentence(step: KeyMoment, w: Writer, *, linked: bool = True) -> str:
    """The step as the leaflet prints it: its name and its text, joined with the leaflet's
    punctuation, never a colon it does not have."""
    label = w.t(step.label)
    name = w.strong(w.link(MOMENTS.page(step.id), label) if linked else label)
    return w.ui(step.join_string, label=name, text=w.t(step.text))


def path_outline(w: Writer, *, texts: bool = True) -> Steps:
    """The key moments numbered, each with the word printed before it and its steps (without
    their texts, only the steps' names: the path at a glance, as a slide projects it)."""
    return Steps(tuple(key_moment(n, group, w, texts=texts) for n, group in enumerate(w.guide.key_moments, 1)))


def key_moment(number: int, steps: tuple[KeyMoment, ...], w: Writer, *, texts: bool = True) -> Step:
    connector = steps[0].connector
    return Step(
        number,
        w.ui("moment_number", number=number),
        tuple(moment_sentence(s, w) if texts else w.strong(w.t(s.label)) for s in steps),
        w.t(connector) if connector else "",
    )


def path_note(w: Writer) -> Note:
    """The leaflet's words on the path (allers-retours, régression), then the site's own: the path
    is not one-way, and the grouping and numbering are its reading of the diagram (marked)."""
    quote = w.ui("quoted", text=w.t(w.guide.path_note))
    own = f"{w.ui('path_back')} {w.ui('path_reading')} {w.mark('addition')}"
    return Note((quote, own), w.ui("path_title"))


def moments_outline(w: Writer, *, heading: bool = False) -> list[Block]:
    """The attitude, the path (under « Trois moments-clés » where the medium has no such title)
    and the note."""
    title: list[Block] = [Heading(w.ui("key_moments_title"))] if heading else []
    return [Paragraph(w.t(w.guide.attitude)), *title, path_outline(w), path_note(w)]
