"""The words by which a verb or noun tells what a figure is of, for `figures_concept`.

spaCy's lemmas name the verbs; the lists group them by what their subject or object is to the
figure, which no library of word senses installed here records.
"""

# Verbs whose subject is the quantity itself: being at a level, reaching one, moving up or down.
LEVEL_VERBS = frozenset(
    ("be", "become", "remain", "stay", "stand", "reach", "hit", "total", "amount", "top",
     "exceed", "cost", "average", "equal", "near", "approach", "hover", "sit", "end", "close",
     "finish", "open", "trade", "weigh", "measure", "last", "peak", "rise", "increase", "jump",
     "grow", "climb", "advance", "surge", "soar", "rally", "rocket", "spike", "leap", "swell",
     "fall", "drop", "decline", "decrease", "slide", "slip", "tumble", "plunge", "plummet",
     "sink", "dip", "shrink", "slump", "ease", "retreat", "sag", "crash", "dive", "edge", "move",
     "inch", "tick", "double", "triple", "halve", "fluctuate", "go", "come", "compare", "widen",
     "narrow", "expand", "contract", "rebound", "recover", "slow", "accelerate", "balloon",
     "weaken", "strengthen", "improve", "worsen", "mark", "represent")
)  # fmt: skip

# Verbs of telling: their subject reports the figure and their verb says nothing of it.
REPORTING_VERBS = frozenset(
    ("say", "report", "announce", "post", "disclose", "record", "state", "claim", "estimate",
     "forecast", "predict", "expect", "project", "put", "show", "give", "see", "quote", "cite")
)  # fmt: skip

# Verbs by which a subject shows a result it had: "The index posted a 12% fall", "Shares saw a
# 3% gain". A change or level framed as their object is the subject's.
RESULT_VERBS = frozenset(
    ("post", "report", "record", "announce", "suffer", "see", "book", "register", "log",
     "notch", "enjoy", "experience", "deliver", "show")
)  # fmt: skip

# Nouns that only frame a value ("a record high of", "a total of"): the concept lies beyond them.
FRAME_NOUNS = frozenset(
    ("high", "low", "record", "total", "level", "figure", "sum", "amount", "average", "peak",
     "tally", "number", "increase", "rise", "gain", "jump", "drop", "fall", "decline",
     "decrease", "growth", "cut", "loss", "reduction", "surge", "estimate", "maximum", "minimum")
)  # fmt: skip

# Nouns of pace: "an annual rate of 3.7%", "at a yearly pace of 2%" frame a change of the subject.
PACE_NOUNS = frozenset(("rate", "pace"))

# Dimensions an amount can be "in": "80 staff in size", "$3bn in value", "2m in length".
DIMENSION_NOUNS = frozenset(
    ("size", "length", "height", "width", "depth", "weight", "area", "volume", "value",
     "duration", "diameter", "scale", "capacity", "strength")
)  # fmt: skip

# A money loss is the sum lost (a net loss), a measure in itself; a share "lost" is a fall.
MONEY_MEASURES = frozenset(("loss",))
