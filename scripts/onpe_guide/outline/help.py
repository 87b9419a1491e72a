"""Help for every reader: the 119 (a child in danger), 17, 112 and 114 (immediate danger, in
France), 112 and 116 111 (outside France), from data/help.yml. The leaflet prints no number: the
box is the site's addition, marked, with the sources of its facts."""

from __future__ import annotations

from onpe_guide.additions import HelpLine
from onpe_guide.outline.blocks import HelpBox, HelpNumber, HelpSituation
from onpe_guide.outline.writer import Writer


def number(line: HelpLine, w: Writer) -> HelpNumber:
    label = w.t(line.label)
    number = line.number.replace(" ", "\u00a0")  # « 116 111 » never broken across two lines
    return HelpNumber(number, line.url, label, w.ui("labelled", label=w.strong(label), text=w.t(line.text)))


def help_outline(w: Writer) -> HelpBox:
    g = w.guide
    situations = tuple(
        HelpSituation(
            w.t(group.title),
            tuple(number(line, w) for line in group.lines),
        )
        for group in g.help.groups
    )
    refs = (g.reference(r) for r in g.help.sources)
    sources = w.ui(
        "labelled", label=w.ui("help_sources"), text=", ".join(w.external(w.t(r.label), r.url) for r in refs)
    )
    return HelpBox(situations, w.mark("addition"), sources)
