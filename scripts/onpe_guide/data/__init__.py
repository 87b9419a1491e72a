"""Stage 1, data: read `data/` (and the hand-written pages' translation state) into a validated `Guide`.
Every check lives here; nothing here knows about pages, templates or PDFs."""
