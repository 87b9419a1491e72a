"""Material's templates compiled once per process, and its files listed without its icons.

MkDocs makes a new Jinja environment for every build (`Theme.get_env`), and static-i18n runs one
build per language, `mkdocs serve` one per edit: each compiled the same ~40 templates again (19 %
of a build) and listed the theme's 14,500 files again (Material's icons, 8 %). The environment
stays MkDocs' own, made by MkDocs for each build; we only wrap `Theme.get_env` (not documented as
stable: MAINTAINING.md) so that each new environment
- reads compiled templates from `KEPT`, a Jinja bytecode cache in memory: Jinja checks each
  template's source against the checksum kept with its code, so a changed template is compiled
  again; the code is kept per set of compiling options (an environment with other delimiters or
  extensions compiles its own);
- lists the theme's files without the hidden ones (`ThemeLoader`), which MkDocs drops.
"""

from __future__ import annotations

import hashlib
import os
from typing import Any

import jinja2
from jinja2.bccache import Bucket


class KeptTemplates(jinja2.BytecodeCache):
    """Compiled templates in memory, for every environment of the process."""

    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}

    def get_bucket(self, environment: jinja2.Environment, name: str, filename: str | None, source: str) -> Bucket:
        """Jinja's bucket, keyed also by the environment's compiling options (no key: compiled,
        never kept)."""
        options = _compiling_options(environment)
        key = hashlib.sha256(f"{self.get_cache_key(name, filename)}|{options}".encode()).hexdigest() if options else ""
        bucket = Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        if bucket.key and (code := self.code.get(bucket.key)):
            bucket.bytecode_from_string(code)  # Jinja drops it if the source's checksum differs

    def dump_bytecode(self, bucket: Bucket) -> None:
        if bucket.key:
            self.code[bucket.key] = bucket.bytecode_to_string()


def _compiling_options(env: jinja2.Environment) -> str:
    """What Jinja's compiled code depends on besides the source; "" when it cannot be told (an
    autoescape function decides per template)."""
    if not isinstance(env.autoescape, bool):
        return ""
    delimiters = (env.block_start_string, env.block_end_string, env.variable_start_string, env.variable_end_string)
    comments = (env.comment_start_string, env.comment_end_string, env.line_statement_prefix, env.line_comment_prefix)
    spacing = (env.trim_blocks, env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline)
    modes = (env.autoescape, env.optimized, env.finalize is not None, env.is_async, sorted(env.extensions))
    return repr((delimiters, comments, spacing, modes))


class ThemeLoader(jinja2.FileSystemLoader):
    """Jinja's file loader (same folders, same templates), whose listing leaves out hidden files
    and folders: Material's `.icons`, 14,348 SVG files that templates include by name. MkDocs, the
    one caller of `list_templates` (`Files.add_files_from_theme`), drops every such name anyway
    (its patterns `.*` and `*/.*`), after testing each against a dozen patterns."""

    def __init__(self, loader: jinja2.FileSystemLoader) -> None:
        super().__init__(loader.searchpath, loader.encoding, loader.followlinks)

    def list_templates(self) -> list[str]:
        found: set[str] = set()
        for folder in self.searchpath:
            for path, folders, files in os.walk(folder, followlinks=self.followlinks):
                folders[:] = [name for name in folders if not name.startswith(".")]
                relative = path[len(folder) :].strip(os.path.sep).replace(os.path.sep, "/")
                found.update(f"{relative}/{name}".lstrip("/") for name in files if not name.startswith("."))
        return sorted(found)


KEPT = KeptTemplates()


def keep_compiled(theme: Any) -> None:
    """Every environment `theme` makes from now on uses the kept templates and our loader. MkDocs
    makes a new `Theme` with each configuration it loads; this wraps that one's `get_env` once."""
    if getattr(theme.get_env, "keeps_compiled", False):
        return
    make_env = theme.get_env

    def get_env() -> jinja2.Environment:
        env: jinja2.Environment = make_env()
        if isinstance(env.loader, jinja2.FileSystemLoader):
            env.loader = ThemeLoader(env.loader)
        env.bytecode_cache = KEPT
        return env

    get_env.keeps_compiled = True  # type: ignore[attr-defined]
    theme.get_env = get_env
