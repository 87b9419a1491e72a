"""Pieces that several pages show: the key words, the 119, references."""

from __future__ import annotations

from onpe_guide.model import Reference
from onpe_guide.site.render import Ctx, bullets


def key_words(c: Ctx) -> str:
    return " · ".join(f"**{c.t(k.label)}**" for k in c.guide.key_words)


def helpline(c: Ctx) -> str:
    line = c.guide.helpline
    text = c.ui("labelled", label=f"**[{c.t(line.label)}]({line.url})**", text=c.t(line.text))
    return f'!!! danger "{c.ui("helpline_title")}"\n\n    {text}'


def sources(c: Ctx) -> str:
    refs = (c.guide.reference(r) for r in c.guide.provision_sources)
    return f"## {c.ui('sources_title')}\n\n" + bullets(reference_line(c, r) for r in refs)


def reference_line(c: Ctx, ref: Reference) -> str:
    return c.ui("labelled", label=f"[{c.t(ref.label)}]({ref.url})", text=c.t(ref.text))
