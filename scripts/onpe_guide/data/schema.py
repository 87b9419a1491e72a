"""Check each data file against its JSON Schema and word each failure for a contributor."""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, ValidationError, validators
from jsonschema.exceptions import SchemaError
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable

from onpe_guide.data.yamlfile import YamlFile, not_regular

_KINDS = {
    dict: "a mapping (key: value)",
    list: "a list (- item)",
    str: "a text",
    int: "a whole number",
    float: "a number",
    bool: "true or false",
    type(None): "nothing",
}
_EXPECTED = {
    "object": "a mapping (key: value)",
    "array": "a list (- item)",
    "string": "a text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
}
_PATTERNS = {"\\S": "a non-empty text", "^[a-z0-9]+(-[a-z0-9]+)*$": "a kebab-case id (a-z, 0-9, words joined by -)"}


def _pattern_keyword(validator: Any, pattern: str, instance: Any, schema: dict[str, Any]) -> Iterator[ValidationError]:
    """`pattern` as editors read it (JavaScript): `$` ends the text. In Python `$` also matches
    before a final line break, so `id: "evil\\n"` would pass and make a folder with a newline."""
    if not validator.is_type(instance, "string"):
        return
    if not re.search(pattern, instance) or (pattern.endswith("$") and instance.endswith("\n")):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


_Validator = validators.extend(Draft202012Validator, {"pattern": _pattern_keyword})  # type: ignore[no-untyped-call]


Fingerprint = tuple[tuple[str, str], ...]  # each schema file's name and the digest of its bytes


def _fingerprint(schema_dir: Path) -> Fingerprint:
    """The schema files as they are now (`mkdocs serve` runs for hours, and a test changes them),
    by content: two folders holding the same schemas share their validators and what they found
    valid (a copy of data/, as every test makes, validated again from nothing: a third of a check)."""
    found = sorted(p for p in schema_dir.glob("*.json") if not_regular(p) is None)  # links: refused
    return tuple((p.name, _digest(p, p.stat().st_mtime_ns, p.stat().st_size)) for p in found)


@cache
def _digest(path: Path, mtime_ns: int, size: int) -> str:
    """A file's digest, read again only when its time or size changed."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as error:
        return f"unreadable ({error.strerror or type(error).__name__})"


_VALIDATORS: dict[Fingerprint, dict[str, Any]] = {}  # by content alone, not by folder


def _validators(fingerprint: Fingerprint, schema_dir: Path) -> dict[str, Any]:
    """One validator per schema file, sharing a registry so `common.schema.json` refs resolve; a
    file that is not a JSON object is named, with why. Made once per set of schemas (a validator
    resolves its refs on first use: a new one for each copy of data/ was most of its validation)."""
    if fingerprint in _VALIDATORS:
        return _VALIDATORS[fingerprint]
    schemas: dict[str, Any] = {}
    for name, _ in fingerprint:
        try:
            schemas[name] = json.loads((schema_dir / name).read_text("utf-8"))
        except (ValueError, OSError) as error:
            schemas[name] = f"is not valid JSON ({error})"
    valid = {name: s for name, s in schemas.items() if isinstance(s, dict)}
    registry: Registry = Registry().with_resources((name, Resource.from_contents(s)) for name, s in valid.items())
    made = {name: _Validator(s, registry=registry) if isinstance(s, dict) else s for name, s in schemas.items()}
    _VALIDATORS[fingerprint] = made
    return made


# Values found valid, by schemas, schema and digest: under `mkdocs serve`, an edit validates again
# only the file it changed (a third of reading data/). Never a value with problems: reported anew.
_VALID: set[tuple[Fingerprint, str, str]] = set()


def check_schema(loaded: YamlFile, schema_dir: Path, schema_name: str) -> None:
    """Add a problem to `loaded` for every place its value breaks the schema."""
    resolved = schema_dir.resolve()
    fingerprint = _fingerprint(resolved)
    validator = _validators(fingerprint, resolved).get(schema_name, "is missing")
    if isinstance(validator, str):
        loaded.problem((), f"cannot be checked: its schema {schema_dir.parent.name}/schemas/{schema_name} {validator}")
        return
    value = hashlib.sha256(repr(loaded.value).encode()).hexdigest()  # repr: 1 and "1" differ, as for the schema
    key = (fingerprint, schema_name, value)
    if key in _VALID:
        return
    before = len(loaded.problems)
    _validate(loaded, validator, schema_dir, schema_name)
    if len(loaded.problems) == before:
        _VALID.add(key)


def _validate(loaded: YamlFile, validator: Any, schema_dir: Path, schema_name: str) -> None:
    try:
        errors = list(validator.iter_errors(loaded.value))
    except (
        re.error,
        Unresolvable,
        SchemaError,
        LookupError,
        TypeError,
        ValueError,
    ) as error:  # a schema changed into nonsense: named, no traceback
        name = f"{schema_dir.parent.name}/schemas/{schema_name}"
        loaded.problem((), f"cannot be checked: its schema {name} cannot be used ({type(error).__name__})")
        return
    for found in errors:
        _report(loaded, found)


def _report(loaded: YamlFile, error: ValidationError) -> None:
    path = tuple(error.absolute_path)
    if "propertyNames" in error.schema_path and isinstance(error.instance, str):
        path = (*path, error.instance)  # a bad key: at its own line, not its mapping's
    if any(path[:n] in loaded.refused for n in range(len(path) + 1)):
        return  # already reported: an alias or a tag refused at that place
    schema: dict[str, Any] = error.schema if isinstance(error.schema, dict) else {}
    if error.validator == "additionalProperties":
        known = sorted(schema.get("properties", {}))
        instance: dict[str, Any] = error.instance if isinstance(error.instance, dict) else {}
        for key in sorted(set(instance) - set(known)):
            loaded.problem((*path, key), _unknown_key(key, known))
        return
    if error.validator == "required":
        missing = str(error.message).split("'")[1]
        loaded.problem(path, f'missing field "{missing}"; expected fields: {", ".join(schema["properties"])}')
        return
    loaded.problem(path, _message(error))


def _unknown_key(key: str, known: list[str]) -> str:
    close = difflib.get_close_matches(key, known, n=1)
    hint = f'did you mean "{close[0]}"? ' if close else ""
    return f'unknown key "{key}"; {hint}expected one of: {", ".join(known)}'


def _found(value: Any) -> str:
    shown = json.dumps(value, ensure_ascii=False, default=str)
    shown = shown if len(shown) <= 60 else shown[:57] + "…"
    return f"{_KINDS.get(type(value), type(value).__name__)} {shown}"


def _type(expected: Any, value: Any) -> str:
    return f"expected {_EXPECTED.get(str(expected), expected)}, found {_found(value)}"


def _pattern(expected: Any, value: Any) -> str:
    return f"expected {_PATTERNS.get(str(expected), f'text matching {expected}')}, found {_found(value)}"


# Each JSON Schema keyword, worded as "expected …, found …" from (schema value, instance).
_WORDING: dict[str, Callable[[Any, Any], str]] = {
    "type": _type,
    "pattern": _pattern,
    "enum": lambda expected, value: f"expected one of: {', '.join(map(str, expected))}; found {_found(value)}",
    "minItems": lambda expected, value: f"expected at least {expected} item(s), found {len(value)}",
    "maxLength": lambda expected, value: f"text too long ({len(value):,} characters); expected at most {expected:,}",
    "uniqueItems": lambda _, value: f"expected each item once, found a repeat in {_found(value)}",
    "minProperties": lambda *_: "expected a text in each language (fr: …, en: …), found an empty mapping",
    "minimum": lambda expected, value: f"expected a number ≥ {expected}, found {value}",
    "maximum": lambda expected, value: f"expected a number ≤ {expected}, found {value}",
}


def _message(error: ValidationError) -> str:
    wording = _WORDING.get(str(error.validator))
    return wording(error.validator_value, error.instance) if wording else str(error.message)
