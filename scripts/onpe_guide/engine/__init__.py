"""The engine at the edge: everything that knows the shapes of MkDocs, Material for MkDocs and
mkdocs-static-i18n (their configuration, events' objects, templates' context, search index,
worker and markup, the docs/ layout), so that the rest of the core speaks in pages, languages and
outlines, and moving to another engine is this package. `scripts/mkdocs_hook.py` connects MkDocs'
events to it. Nothing here imports MkDocs: the hook hands over MkDocs' objects."""
