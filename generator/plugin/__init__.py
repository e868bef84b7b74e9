"""The MkDocs plugin: hooks that hand the generated pages to `mkdocs build` and `mkdocs serve`,
its typed options (`config`), the dirty rebuilds of `mkdocs serve` (`preview`), and the page
conversion shortcuts that leave the output as it would be (`raw_html`, `unsearched`, `html_trim`).
"""
