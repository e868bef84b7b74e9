"""The command line (`python -m generator`): `build` writes the Markdown tree, `analyze` the
JSON contract that the evaluation tools read (`analyze`), both with `mkdocs.yml`'s settings.
"""
