"""Record that translations translate the current French: `make translated CODE=en TEXTS="…"`."""

from __future__ import annotations

from pathlib import Path

from onpe_guide.data.tracking import RECORDS_HEADER, TO_TRANSLATE, french_hash, load_records, records_path
from onpe_guide.model import Guide, all_texts


def record_translations(data_dir: Path, guide: Guide, lang: str, keys: list[str] | None) -> list[str]:
    """Record that `lang` translates the current French of `keys` (of every translated text when
    None); records of texts that no longer exist are dropped. Returns the keys recorded."""
    texts = {t.key: t for t in all_texts(guide)}
    translated = {language.code: language.name for language in guide.languages[1:]}
    if lang not in translated:
        raise ValueError(f'"{lang}" is not a translated language; configured: {", ".join(translated)}')
    unknown = [key for key in keys or () if key not in texts]
    if unknown:
        raise ValueError(f"unknown text key(s): {', '.join(unknown)}; `make translations` lists them")
    chosen = keys if keys is not None else [k for k, t in texts.items() if lang not in t.pending]
    still = [key for key in chosen if lang in texts[key].pending]
    if still:
        raise ValueError(f"still marked {TO_TRANSLATE} in {lang}, translate first: {', '.join(still)}")
    current, _ = load_records(data_dir, (lang,))
    records = {k: v for k, v in current[lang].items() if k in texts}
    records.update({key: french_hash(texts[key].written) for key in chosen})  # as data/ writes it
    _write_records(data_dir, lang, translated[lang], [(key, records[key]) for key in texts if key in records])
    return chosen


def _write_records(data_dir: Path, lang: str, name: str, records: list[tuple[str, str]]) -> None:
    """The whole file, in the guide's order: its diff shows which texts were translated again."""
    body = "".join(f"  {key}: '{digest}'\n" for key, digest in records)
    path = records_path(data_dir, lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    header = RECORDS_HEADER.format(name=name, code=lang)
    path.write_text(header + ("translates:\n" + body if body else "translates: {}\n"), "utf-8")
