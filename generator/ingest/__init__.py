"""Ingest: seed files → `Article`s (`seeds`, `frontmatter`) and their text cleaned for analysis
(`clean`). Every unreadable file becomes a `Problem`, never an exception.
"""
