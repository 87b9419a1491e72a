"""The French a translation was made from, found in git history by its recorded hash.

An outdated translation records only a hash of the French it translates; the report shows the
translator that French beside today's, so that the change, not the whole text, is what to redo.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import yaml

from onpe_guide.data.tracking import french_hash

MAX_COMMITS = 200  # how far back to look: enough for a file's recent life, quick to read


def french_then(root: Path, key: str, digest: str, default: str) -> str | None:
    """The French of text `key` whose hash was `digest`, from the newest commit that had it."""
    return History(root).french_then(key, digest, default)


class History:
    """git history read once per file and commit for a whole report: each outdated text listed
    its file's commits again (`git log`) and read the same files again (`git show`, and YAML)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.commits: dict[str, list[str]] = {}
        self.documents: dict[tuple[str, str], tuple[str | None, Any]] = {}  # (commit, file) -> text, its YAML

    def french_then(self, key: str, digest: str, default: str) -> str | None:
        """The French of text `key` whose hash was `digest`, from the newest commit that had it."""
        file, steps = _source(key, default)
        if file not in self.commits:
            self.commits[file] = _commits(self.root, file)
        for commit in self.commits[file]:
            content, tree = self._document(commit, file, parse=bool(steps))
            french = _french(content, tree, steps, default) if content is not None else None
            if french is not None and french_hash(french) == digest:
                return french
        return None

    def _document(self, commit: str, file: str, parse: bool) -> tuple[str | None, Any]:
        if (commit, file) not in self.documents:
            content = _show(self.root, commit, file)
            self.documents[commit, file] = (content, _parsed(content) if parse and content is not None else None)
        return self.documents[commit, file]


def _source(key: str, default: str) -> tuple[str, list[str]]:
    """`verbs.yml/verbs/reperer/label` -> (`data/verbs.yml`, [verbs, reperer, label]);
    `docs/a-propos.md` -> (`docs/a-propos.fr.md`, [])."""
    if key.startswith("docs/"):
        return f"{key.removesuffix('.md')}.{default}.md", []
    file, *steps = key.split("/")
    return f"data/{file}", steps


def _commits(root: Path, file: str) -> list[str]:
    command = ["git", "-C", str(root), "log", f"-{MAX_COMMITS}", "--format=%H", "--", file]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    return result.stdout.split() if result.returncode == 0 else []


def _show(root: Path, commit: str, file: str) -> str | None:
    result = subprocess.run(["git", "-C", str(root), "show", f"{commit}:{file}"], capture_output=True, check=False)
    return result.stdout.decode("utf-8", "replace") if result.returncode == 0 else None


def _parsed(content: str) -> Any:
    try:
        return yaml.safe_load(content)
    except yaml.YAMLError:
        return None


def _french(content: str, tree: Any, steps: list[str], default: str) -> str | None:
    """Follow `steps` (ids name list entries) in `tree`, the YAML of `content`, to a text and
    return its French, if it is there; no steps: `content` itself (a hand-written page)."""
    if not steps:
        return content
    node = tree
    for step in steps:
        node = _child(node, step)
        if node is None:
            return None
    french = node.get(default) if isinstance(node, dict) else None
    return french if isinstance(french, str) else None


def _child(node: Any, step: str) -> Any:
    if isinstance(node, dict):
        return node.get(step)
    if isinstance(node, list):
        named = [item for item in node if isinstance(item, dict) and item.get("id") == step]
        if named:
            return named[0]
        return node[int(step)] if step.isdigit() and int(step) < len(node) else None
    return None
