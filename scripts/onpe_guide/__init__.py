"""The guide's core: load `data/`, validate it, render Markdown pages. No MkDocs here."""

from onpe_guide.errors import DataError, Problem

__all__ = ["DataError", "Problem"]
