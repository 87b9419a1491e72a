"""Build the site with MkDocs and with ProperDocs (the MkDocs 1.x fork) and compare the two.

MkDocs 1.6.1 is the last 1.x release; ProperDocs continues it. Building with both on every pull
request tells us, before we need it, that the project can move over: the outputs must be the same
byte for byte, except the `<meta name="generator">` tag, which names the engine. See MAINTAINING.md.

    PYTHONPATH=scripts python -m maintain.engines   (make engines)
"""

from __future__ import annotations

import filecmp
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ENGINES = ("mkdocs", "properdocs")
# The one line the engines may write differently: "mkdocs-1.6.1, …" / "mkdocs-ProperDocs 1.6.7, …".
GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


class EngineError(Exception):
    """An engine could not build the site."""


def build(engine: str, site_dir: Path, root: Path = ROOT) -> None:
    """A strict build of `root` by `engine` (without PDFs) into `site_dir`."""
    executable = Path(sys.executable).parent / engine
    if not executable.exists():
        raise EngineError(f"{engine} is not installed in {executable.parent}: run `make .venv/.installed`")
    command = [str(executable), "build", "--strict", "--quiet", "--site-dir", str(site_dir)]
    result = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise EngineError(f"{engine} build failed:\n{result.stdout}{result.stderr}")


def _files(site: Path) -> set[str]:
    return {path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file()}


def _same(one: Path, other: Path) -> bool:
    if filecmp.cmp(one, other, shallow=False):
        return True
    if one.suffix != ".html":
        return False
    return GENERATOR.sub(b"", one.read_bytes()) == GENERATOR.sub(b"", other.read_bytes())


def differences(one: Path, other: Path) -> list[str]:
    """Every file only one site has, or whose content differs beyond the generator tag."""
    mine, theirs = _files(one), _files(other)
    found = [f"only in {one.name}: {name}" for name in sorted(mine - theirs)]
    found += [f"only in {other.name}: {name}" for name in sorted(theirs - mine)]
    found += [f"differs: {name}" for name in sorted(mine & theirs) if not _same(one / name, other / name)]
    return found


def compare(work: Path, root: Path = ROOT) -> list[str]:
    """Build with each engine into `work/<engine>` and return the differences."""
    for engine in ENGINES:
        build(engine, work / engine, root)
    return differences(work / ENGINES[0], work / ENGINES[1])


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="engines-") as work:
        try:
            found = compare(Path(work))
        except EngineError as error:
            print(error, file=sys.stderr)
            return 1
    if found:
        print(f"{len(found)} difference(s) between MkDocs and ProperDocs:", *found, sep="\n  ", file=sys.stderr)
        return 1
    print("MkDocs and ProperDocs build the same site (generator tag aside).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
