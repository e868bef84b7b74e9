"""The words that say a figure is a rise or a fall, grouped by how they take the figure.

spaCy gives every form its lemma ("slid" → "slide", "shed" → "shed"), so one entry per lemma
covers all tenses. The classes follow how English names a change of level: verbs of moving up
or down ("climb", "slide"), of growing or shrinking ("widen", "narrow"), of gaining or losing
strength or value ("strengthen", "depreciate"); the nouns made from them ("a 5% slide"); and the
comparatives and particles that stand after a copula or a verb of movement ("down 3%").
"""

from __future__ import annotations

from generator.model.analysis import ChangeSymbol

UP: ChangeSymbol = "up"
DOWN: ChangeSymbol = "down"

CHANGE_VERBS: dict[str, ChangeSymbol] = {
    **dict.fromkeys(
        # Moving up, growing, gaining strength or value.
        ("rise", "increase", "jump", "grow", "gain", "climb", "advance", "surge", "soar", "rally",
         "rocket", "skyrocket", "spike", "leap", "swell", "balloon", "rebound", "widen",
         "deepen", "strengthen", "firm"),
        UP,
    ),
    **dict.fromkeys(
        # Moving down, shrinking, losing strength or value.
        ("fall", "drop", "decline", "decrease", "slide", "slip", "lose", "shed", "tumble",
         "plunge", "plummet", "sink", "dip", "shrink", "slump", "ease", "retreat", "sag", "crash",
         "dive", "nosedive", "tank", "collapse", "dwindle", "erode", "recede", "narrow",
         "weaken", "soften", "depreciate", "cut", "reduce", "slash", "trim"),
        DOWN,
    ),
}  # fmt: skip
# Verbs whose object is often not a change ("raised $5 million" in funding, "added 2 spoons"):
# only with "by", or with a share or points as the object ("shares added 3%").
CHANGE_VERBS_WITH_BY: dict[str, ChangeSymbol] = {
    **dict.fromkeys(("boost", "hike", "lift", "raise", "add", "expand", "appreciate"), UP),
    **dict.fromkeys(("lower", "contract"), DOWN),
}
CHANGE_NOUNS: dict[str, ChangeSymbol] = {
    **dict.fromkeys(
        ("increase", "rise", "gain", "jump", "growth", "surge", "hike", "boost", "climb", "rally",
         "leap", "spike", "rebound", "recovery", "upturn", "upswing", "raise", "expansion",
         "widening", "appreciation", "uptick"),
        UP,
    ),
    **dict.fromkeys(
        ("decrease", "drop", "fall", "decline", "loss", "cut", "reduction", "slump", "dip",
         "plunge", "contraction", "slide", "slip", "tumble", "downturn", "downswing", "crash",
         "collapse", "retreat", "narrowing", "depreciation", "devaluation", "erosion",
         "downtick"),
        DOWN,
    ),
}  # fmt: skip
ADVERBS: dict[str, ChangeSymbol] = {"up": UP, "higher": UP, "down": DOWN, "lower": DOWN}
TRAILING_ADVERBS: dict[str, ChangeSymbol] = {"higher": UP, "lower": DOWN}
# Verbs that "up"/"down" may follow as the direction of a figure ("edged down 0.03%"), unlike
# "set up 3 companies".
MOVEMENT_VERBS = frozenset(
    ("be", "edge", "move", "trend", "go", "come", "close", "end", "finish", "open", "trade",
     "tick", "inch", "shoot", "head")
)  # fmt: skip
# "a $5 million loss" states an amount lost or won, not how much something fell or rose; "a 5%
# loss" is relative to a level, so it is a change.
AMOUNT_NOUNS = frozenset({"loss", "gain"})
# Units that measure a difference relative to a level: a share (points are read by lemma).
RELATIVE_UNITS = frozenset({"%", "percent", "pct", "percentage"})
