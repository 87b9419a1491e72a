"""« Des dispositifs diversifiés »: a kind of provision, and the sources the leaflet cites for them."""

from __future__ import annotations

from onpe_guide.model import Provision, Reference
from onpe_guide.outline.blocks import Block, Bullets, Fact, Heading, Paragraph
from onpe_guide.outline.writer import Writer
from onpe_guide.sections import PROVISIONS


def provision_outline(provision: Provision, w: Writer, *, sources: bool = True) -> list[Block]:
    """The provision as the leaflet describes it, the form the site places it under, and (where the
    medium does not list them once elsewhere) the sources."""
    blocks: list[Block] = [Paragraph(w.t(provision.text))]
    if provision.details:
        blocks += [Paragraph(w.t(provision.details.intro)), Bullets(tuple(w.t(i) for i in provision.details.items))]
    form = w.guide.form(provision.form)
    blocks.append(Fact(w.ui("form_title"), w.link(f"{PROVISIONS.index()}#{form.id}", w.t(form.label))))
    return blocks + (sources_outline(w) if sources else [])


def reference_line(ref: Reference, w: Writer, *, additions: bool = True) -> str:
    """« Protéger les enfants…, Volet 1 : Dossier thématique de l’ONPE, 2021 », leading to it, and
    (unless a dense medium leaves them to the references) what the site adds, marked."""
    text = w.t(ref.text) + w.address(ref.url) + (reference_addition(ref, w) if additions else "")
    return w.ui("labelled", label=w.external(w.t(ref.label), ref.url), text=text)


def reference_addition(ref: Reference, w: Writer) -> str:
    """What the site adds to a reference, after it, marked; "" when it adds nothing."""
    return f" {w.t(ref.addition)} {w.mark('addition')}" if ref.addition else ""


def sources_outline(w: Writer, *, level: int = 1, additions: bool = True) -> list[Block]:
    """The dossier's parts the provisions come from."""
    refs = (w.guide.reference(r) for r in w.guide.provision_sources)
    return [
        Heading(w.ui("sources_title"), level),
        Bullets(tuple(reference_line(r, w, additions=additions) for r in refs)),
    ]
