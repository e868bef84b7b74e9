"""mkdocs-news-digest: news articles in, a searchable MkDocs site of summaries out."""

__version__ = "0.1.0"
