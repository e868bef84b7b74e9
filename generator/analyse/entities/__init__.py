"""Named entities of one article: spaCy's spans trimmed and corrected, names the model missed,
and every mention resolved to one canonical name and label (`mentions` is the entry).
"""
