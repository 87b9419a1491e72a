"""Our stylesheet and scripts as the site serves them: comments out, every line of code kept."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from onpe_guide.site.assets import OWN_ASSETS, strip_comments

SOURCE = """/*!
 * Adapted from GOV.UK Frontend (MIT): a credit stays.
 */
/*
 * Why this file exists.
 */
(function () {
  // why this line
  const url = "https://example.org/a//b";  // a comment after code stays
  /* one line */
  const re = /['’]/g;

  /* a comment, then */ const after = 1;
})();
"""


def test_comments_on_their_own_lines_go_and_code_stays() -> None:
    assert strip_comments(SOURCE) == (
        "/*!\n * Adapted from GOV.UK Frontend (MIT): a credit stays.\n */\n"
        "(function () {\n"
        '  const url = "https://example.org/a//b";  // a comment after code stays\n'
        "  const re = /['’]/g;\n"
        " const after = 1;\n"
        "})();\n"
    )


def test_css_comments_go() -> None:
    css = '/* Why. */\n.a { color: red; }\n/* Two\n   lines. */\n\n.b { content: " · "; } /* kept */\n'
    assert strip_comments(css) == '.a { color: red; }\n.b { content: " · "; } /* kept */\n'


def node() -> str:
    found = shutil.which("node")
    if found is None:
        pytest.fail("This test needs Node.js (`apt-get install nodejs` on Debian), as `make test` does.", pytrace=False)
    return found


@pytest.mark.site
def test_the_served_scripts_are_still_javascript(site: Path) -> None:
    """Each of our scripts, stripped, still parses (`node --check`), and kept its credit lines."""
    scripts = [path for pattern in OWN_ASSETS if pattern.endswith(".js") for path in sorted(site.glob(pattern))]
    assert {path.name for path in scripts} >= {"adapt-material.js", "quick-exit.js", "guide-search.js"}
    for path in scripts:
        checked = subprocess.run([node(), "--check", str(path)], capture_output=True, text=True, check=False)
        assert checked.returncode == 0, f"{path.name}: {checked.stderr}"
        assert not re.search(r"^\s*//", path.read_text("utf-8"), re.MULTILINE)
    assert "GOV.UK Frontend" in (site / "assets" / "javascripts" / "quick-exit.js").read_text("utf-8")
