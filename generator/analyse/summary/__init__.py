"""Summaries, titles and one-line summaries: which sentences of an article to show
(`summarise`, `rankers`), and how to shorten one to a headline (`title`, `clauses`).
"""
