"""The typeface the sheets are set in, checked before any is laid out: the same PDFs everywhere.

The sheets use DejaVu Sans in eight faces (regular, bold, oblique, bold oblique, and each condensed
for the synthesis' two columns). Where a face is missing, fontconfig quietly gives WeasyPrint
another font or a slanted or normal-width stand-in: the lines break elsewhere, a sheet may spill
onto a second page, and two machines print different sheets. Debian's fonts-dejavu-core holds only
the regular and bold faces; fonts-dejavu-extra the others.
"""

from __future__ import annotations

from weasyprint import HTML

FAMILY = "DejaVu Sans"
# Each face the sheets use, and the name fontconfig gives its PostScript font when it is installed.
FACES = {
    "regular": ("", "DejaVu-Sans"),
    "bold": ("<b>x</b>", "DejaVu-Sans-Bold"),
    "oblique": ("<i>x</i>", "DejaVu-Sans-Oblique"),
    "bold oblique": ("<b><i>x</i></b>", "DejaVu-Sans-Bold-Oblique"),
    "condensed": ('<span class="c">x</span>', "DejaVu-Sans-Semi-Condensed"),
    "condensed bold": ('<span class="c"><b>x</b></span>', "DejaVu-Sans-Bold-Semi-Condensed"),
    "condensed oblique": ('<span class="c"><i>x</i></span>', "DejaVu-Sans-Oblique-Semi-Condensed"),
    "condensed bold oblique": ('<span class="c"><b><i>x</i></b></span>', "DejaVu-Sans-Bold-Oblique-Semi-Condensed"),
}
INSTALL = (
    "on Debian or Ubuntu: `apt-get install fonts-dejavu-core fonts-dejavu-extra`; elsewhere, install "
    "the DejaVu fonts (https://dejavu-fonts.github.io/, free licence) with all their faces"
)


def used_fonts() -> set[str]:
    """The fonts WeasyPrint embeds for a line in each face, as this machine resolves them."""
    style = f'html {{ font-family: "{FAMILY}", sans-serif }} .c {{ font-stretch: condensed }}'
    probe = f"<style>{style}</style><p>x {' '.join(markup for markup, _ in FACES.values())}</p>"
    document = HTML(string=probe).render()
    document.write_pdf()  # the fonts are chosen as the PDF is written
    return {font.name.decode("ascii", "replace").split("+")[-1] for font in document.fonts.values()}


def missing_faces() -> list[str]:
    """The faces of the sheets' typeface this machine lacks; empty when every one is installed."""
    found = used_fonts()
    return [face for face, (_, name) in FACES.items() if name not in found]


def font_problem() -> str | None:
    """One message when a face is missing: which, and how to install them."""
    missing = missing_faces()
    if not missing:
        return None
    return (
        f"the sheets are set in {FAMILY}, and this computer lacks its {', '.join(missing)} face(s), "
        f"so its PDFs would differ from everyone else's: {INSTALL}"
    )
