"""Maintainers' tools, outside the site's build: the second engine's check and the release's files."""
