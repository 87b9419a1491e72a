"""Where a build's time goes: `mkdocs build` of this site under cProfile, with today's data and
with 10× the data, its top costs split into ours (the hook and the core) and the engine's (MkDocs,
Material, static-i18n, Jinja, Python-Markdown).

Prints one table per size and, with --readme, writes them into BENCHMARKS.md between the
`bench:profile` markers. Seconds are cProfile's (about twice the plain run's: every Python call is
counted); what matters is each cost's share. Lines nest (the hook's `on_config` holds the data's
loading, the pages' rendering and their check), so the shares do not add up to 100 %.
† The page wall checks in a forked process beside MkDocs when the machine has two cores
(workers.py): then cProfile, which sees this process only, shows none of it.
"""

from __future__ import annotations

import argparse
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.build import mkdocs, scale_data
from bench.project import ENV, project_copy
from bench.readme import write_section

# (whose, what it is, file the function is in, function): a cost is a function's cumulative time.
COSTS = [
    ("ours", "data → pages, in the hook's `on_config` (each language asks; built once)", "mkdocs_hook.py", "on_config"),
    ("ours", "· reading data/ (`read_guide`; its last checks run with the wall †)", "data/load.py", "read_guide"),
    ("ours", "· rendering every page's Markdown (`render_guide`)", "onpe_guide/site/generate.py", "render_guide"),
    ("ours", "· the page wall: each page rendered and parsed (†)", "site/published.py", "_findings"),
    ("ours", "· writing docs/ (`write_pages`)", "onpe_guide/engine/docs.py", "write_pages"),
    ("ours", "· fingerprint of data/ and docs/ (`Generator._fingerprint`)", "engine/generate.py", "_fingerprint"),
    ("ours", "per page: Markdown filled, site files hidden (`on_page_markdown`)", "mkdocs_hook.py", "on_page_markdown"),
    ("ours", "per page: links pointed, search exclusions (`on_page_content`)", "mkdocs_hook.py", "on_page_content"),
    ("ours", "per page: the templates' strings (`on_page_context`)", "mkdocs_hook.py", "on_page_context"),
    ("ours", "per template: 404 and sitemap strings (`on_template_context`)", "mkdocs_hook.py", "on_template_context"),
    ("ours", "after the build: search per language, open data, assets", "engine/finish.py", "finish_site"),
    ("ours", "importing the hook and the core", "mkdocs_hook.py", "<module>"),
    ("engine", "Jinja: compiling templates (`Environment.compile`)", "jinja2/environment.py", "compile"),
    ("engine", "Jinja: listing the theme's files (`list_templates`)", "jinja2/environment.py", "list_templates"),
    ("engine", "Jinja: rendering pages (`Template.render`)", "jinja2/environment.py", "render"),
    ("engine", "Markdown → HTML per page (`Page.render`)", "mkdocs/structure/pages.py", "render"),
    ("engine", "Material search: indexing pages", "material/plugins/search/plugin.py", "on_page_context"),
    ("engine", "static-i18n: each language's files and alternates", "mkdocs_static_i18n/plugin.py", "on_files"),
    ("engine", "static-i18n: merging search indexes", "mkdocs_static_i18n/reconfigure.py", "reconfigure_search_index"),
    ("engine", "MkDocs: copying the theme's files", "mkdocs/structure/files.py", "copy_static_files"),
    ("engine", "MkDocs: writing pages (`write_file`)", "mkdocs/utils/__init__.py", "write_file"),
]


def profile(project: Path, out: Path) -> pstats.Stats:
    """One warm build (docs/ generated, files cached by the system), then one build under cProfile."""
    subprocess.run(mkdocs(project, out / "warm"), cwd=project, env=ENV, check=True, capture_output=True)
    stats = out / "build.prof"
    command = [sys.executable, "-m", "cProfile", "-o", str(stats), *mkdocs(project, out / "site")[1:]]
    subprocess.run(command, cwd=project, env=ENV, check=True, capture_output=True)
    return pstats.Stats(str(stats))


def cost(stats: pstats.Stats, file: str, function: str) -> tuple[int, float]:
    """Calls and cumulative seconds of the functions named `function` in files ending with `file`."""
    calls, seconds = 0, 0.0
    for (path, _, name), (primitive, _, _, cumulative, _) in stats.stats.items():  # type: ignore[attr-defined]
        if name == function and path.endswith(file):
            calls, seconds = calls + primitive, seconds + cumulative
    return calls, seconds


def table(stats: pstats.Stats, label: str, pages: int) -> str:
    total = stats.total_tt  # type: ignore[attr-defined]
    lines = [
        f"**{label}** ({pages} pages, 3 languages): {total:.2f} s under cProfile.",
        "",
        "| whose | where the time goes | calls | s (profiled) | share |",
        "|---|---|---|---|---|",
    ]
    for whose, what, file, function in COSTS:
        calls, seconds = cost(stats, file, function)
        lines.append(f"| {whose} | {what} | {calls} | {seconds:.2f} | {100 * seconds / total:.0f} % |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--readme", action="store_true", help="write the tables into BENCHMARKS.md")
    args = parser.parse_args()
    parts = [
        f"Profiled on {time.strftime('%Y-%m-%d')} (`PYTHONPATH=scripts .venv/bin/python -m bench.profile`). "
        "† On two cores the page wall checks in a forked process beside MkDocs, which cProfile does not see."
    ]
    with tempfile.TemporaryDirectory() as folder:
        for factor in (1, 10):
            work = Path(folder) / f"x{factor}"
            project = project_copy(work / "project")
            if factor > 1:
                scale_data(project, factor)
            stats = profile(project, work)
            pages = sum(1 for _ in (work / "site").rglob("index.html"))
            parts.append(table(stats, f"×{factor} data", pages))
    text = "\n\n".join(parts)
    print(text)
    if args.readme:
        write_section("profile", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
