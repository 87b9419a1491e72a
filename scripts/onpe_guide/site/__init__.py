"""Stage 3, site: the `Guide` as Markdown pages in docs/, the navigation, the templates' context, and
the files written after MkDocs has built (search per language, open data). No MkDocs import here."""
