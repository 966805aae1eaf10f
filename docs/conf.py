"""Sphinx configuration for the documentation site (`make docs` → docs/_build/html).

Why Sphinx + MyST: both are actively released (MkDocs itself has had no release since 1.6.1 in
2024, and Material for MkDocs is in maintenance), elasticsearch-py's own docs are Sphinx, and
MyST reads the Markdown pages as they are, so docs/ stays readable on disk and on GitHub and
tests/types/extract_examples.py keeps type-checking their Python examples. The theme is Furo:
system fonts and bundled assets, so neither the build nor a reader's browser fetches anything.
"""

from __future__ import annotations

project = "esinference"
author = "esinference contributors"
copyright = "esinference contributors"  # noqa: A001  (Sphinx reads this name)

extensions = ["myst_parser"]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]

# ```{include}``` of the root CHANGELOG.md; "#heading" links within a page.
myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3

html_theme = "furo"
html_title = "esinference"
html_static_path: list[str] = []
html_copy_source = False
html_show_sourcelink = False
