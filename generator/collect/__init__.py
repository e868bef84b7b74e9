"""Collect: every analysed article → the site's cross-article content, before any page is
rendered: URLs (`slugs`), the entity index with aliases merged across articles (`entity_index`,
`entity_resolver`, `name_counts`), the user's entity rules (`entity_rules`), co-mentions.
"""
