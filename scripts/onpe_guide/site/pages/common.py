"""Pieces that several pages show: the 119."""

from __future__ import annotations

from onpe_guide.site.render import Ctx


def helpline(c: Ctx) -> str:
    line = c.guide.helpline
    text = c.ui("labelled", label=f"**[{c.t(line.label)}]({line.url})**", text=c.t(line.text))
    return f'!!! danger "{c.ui("helpline_title")}"\n\n    {text}'
