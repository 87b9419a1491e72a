"""Stage 4, print: the `Guide` as A4 sheets (handouts) and booklets, laid out by WeasyPrint."""
