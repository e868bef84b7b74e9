"""Analysis: one spaCy pass per article, then summary, entities and figures from the parse."""
