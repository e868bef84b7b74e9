"""The dates an article mentions, read from DATE entities and resolved against the article's
own date (`dates` is the entry).
"""
