"""Stage 3, outline: what each piece of content says, written once as blocks (`blocks.py`) that
every medium renders: the site as Markdown pages, print as A4 sheets, 16:9 slides and exercises.
One function per kind of content (`verb_outline`, `moments_outline`, `actor_outline`…), taking a
`Writer`: the medium's inline markup (a link, strong, emphasis) in one language."""
