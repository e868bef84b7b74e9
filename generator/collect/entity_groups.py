"""How the site groups spaCy's entity labels, shared by the entity index and the alias rules."""

from __future__ import annotations

# The site groups spaCy's labels the way a reader thinks of them.
ENTITY_GROUPS = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "EVENT": "event",
    "WORK_OF_ART": "work",
    "LAW": "law",
    "PRODUCT": "product",
}
# The order readers meet the groups in, on the index and on each article.
GROUP_ORDER = ("person", "organisation", "place", "group", "event", "work", "law", "product")

EntityKey = tuple[str, str]  # (group, canonical key): one entity of the site
