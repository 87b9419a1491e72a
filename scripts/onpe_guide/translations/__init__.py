"""Stage 2, translations: the localizer pages and sheets share, the status report, recording
translations, the French a translation was made from (git history), adding a language."""
