"""The speed work, kept apart from what a build makes: caches of analyses, seeds, resolved
names and pages, and the head start a rebuild gets by analysing new articles early.

Each cache is keyed by everything its value depends on (`fingerprints` for the code), so that a
build with these caches gives the same bytes as one without (`tests/system/test_cache_equality`).
"""
