"""Prefixed units of measure: "nm", "GHz", "mGy", "TeV", "kilojoules", "nanometers".

SI prefixes combine with base units regularly, so these tables are generated rather than listed.
Symbols keep their case ("mm" is not "Mm") and each base takes only the prefixes in real use, so
that English words are not read as units ("as" is not an attosecond); names are lowercase,
singular and in British spelling ("nanometre"), like the rest of `units`. "am" and "pm" are
attometres and picometres here: telling them from times of day is left to the caller, which
sees the number.
"""

from __future__ import annotations

SYMBOL_PREFIXES: dict[str, str] = {
    "k": "kilo", "K": "kilo", "M": "mega", "G": "giga", "T": "tera", "P": "peta", "E": "exa",
    "h": "hecto", "d": "deci", "c": "centi", "m": "milli", "µ": "micro", "μ": "micro",
    "n": "nano", "p": "pico", "f": "femto", "a": "atto",
}  # fmt: skip

# Base symbol → (name, the prefixes written with it, whether it stands alone). A lone "A",
# "N" or "s" after a number is more often a letter than a unit.
_BASE_SYMBOLS: dict[str, tuple[str, str, bool]] = {
    "m": ("metre", "kcmµμnpfad", True), "g": ("gram", "kmµμnp", True),
    "s": ("second", "mµμnpf", False), "L": ("litre", "kdcmµμ", True),
    "l": ("litre", "dcmµμ", True), "W": ("watt", "kMGTm", True),
    "Wh": ("watt hour", "kMGT", True), "J": ("joule", "kMGTm", True),
    "eV": ("electronvolt", "kMGTm", True), "Hz": ("hertz", "kMGT", True),
    "Gy": ("gray", "mµμc", True), "Sv": ("sievert", "mµμ", True), "Pa": ("pascal", "hkMG", False),
    "V": ("volt", "kmM", True), "A": ("ampere", "kmµμ", False), "N": ("newton", "kM", False),
    "B": ("byte", "kKMGTPE", False), "bit": ("bit", "kMGT", True), "t": ("tonne", "MG", True),
    "a": ("year", "kMG", False), "cal": ("calorie", "k", False),
}  # fmt: skip

WORD_PREFIXES = (
    "kilo", "mega", "giga", "tera", "peta", "exa", "hecto", "deci", "centi", "milli", "micro",
    "nano", "pico", "femto", "atto",
)  # fmt: skip
BINARY_PREFIXES = ("kibi", "mebi", "gibi", "tebi", "pebi")
BINARY_SYMBOLS = {"KiB": "kibibyte", "MiB": "mebibyte", "GiB": "gibibyte", "TiB": "tebibyte"}

# Spelled base units → their normal name. Alone they are listed in `units` where they are
# unambiguous ("gray" is also a colour, "ton" a short ton).
_BASE_WORDS: dict[str, str] = {
    "metre": "metre", "meter": "metre", "gram": "gram", "gramme": "gram", "litre": "litre",
    "liter": "litre", "second": "second", "watt": "watt", "joule": "joule",
    "electronvolt": "electronvolt", "hertz": "hertz", "gray": "gray", "sievert": "sievert",
    "pascal": "pascal", "volt": "volt", "ampere": "ampere", "amp": "ampere", "newton": "newton",
    "byte": "byte", "bit": "bit", "tonne": "tonne", "ton": "tonne", "calorie": "calorie",
    "annum": "year", "year": "year",
}  # fmt: skip
_BINARY_BASES = frozenset({"byte", "bit"})


def _symbol_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for base, (name, prefixes, alone) in _BASE_SYMBOLS.items():
        if alone:
            table[base] = name
        for prefix in prefixes:
            # Names join like the words: "kilo" + "watt hour" is "kilowatt hour".
            table[prefix + base] = SYMBOL_PREFIXES[prefix] + name
    return table | BINARY_SYMBOLS


def _word_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for word, name in _BASE_WORDS.items():
        prefixes = WORD_PREFIXES + (BINARY_PREFIXES if name in _BINARY_BASES else ())
        for prefix in prefixes:
            table[prefix + word] = prefix + name
    return table


# "GHz" → "gigahertz", "mGy" → "milligray": matched as written.
SI_SYMBOLS: dict[str, str] = _symbol_table()
# "kilojoule" → "kilojoule", "nanometer" → "nanometre": matched lowercased, singular.
SI_WORDS: dict[str, str] = _word_table()
