"""Currencies: what a symbol, code or word next to a number stands for, as an ISO 4217 code.

Lookups are pure functions over words, so they can be tested without a model.
"""

from __future__ import annotations

from generator.analyse.figures.units import singular
from generator.model.gazetteer import currency_of_country

ISO_CODE_LENGTH = 3

# Written against or just before the number. "PS" is what ASCII transliteration makes of "£".
PREFIX_CURRENCIES: dict[str, str] = {
    "$": "USD", "US$": "USD", "$US": "USD", "USD": "USD", "A$": "AUD", "AU$": "AUD",
    "AUD": "AUD", "C$": "CAD", "CA$": "CAD", "CAD": "CAD", "HK$": "HKD", "HKD": "HKD",
    "NZ$": "NZD", "NZD": "NZD", "S$": "SGD", "SGD": "SGD", "R$": "BRL", "£": "GBP", "PS": "GBP",
    "GBP": "GBP", "€": "EUR", "EUR": "EUR", "¥": "JPY", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY",
    "₹": "INR", "Rs": "INR", "Rs.": "INR", "INR": "INR", "₩": "KRW", "KRW": "KRW", "₪": "ILS",
    "NIS": "ILS", "ILS": "ILS", "RM": "MYR", "MYR": "MYR", "CHF": "CHF", "SEK": "SEK",
    "NOK": "NOK", "DKK": "DKK", "RUB": "RUB", "ZAR": "ZAR", "MXN": "MXN", "TRY": "TRY",
    "NT$": "TWD", "TWD": "TWD", "SFr": "CHF",
}  # fmt: skip

# "¥" is written for yen and yuan, and reaches some texts as "Y=" after an ASCII fold.
YEN_SIGNS = ("¥", "Y=")

# Letters written just before a separate "$" token ("US $58.24", "A$5"), or after it ("$A12m").
DOLLAR_COUNTRY_PREFIXES: dict[str, str] = {
    "US": "USD", "A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD", "HK": "HKD", "NZ": "NZD",
    "S": "SGD", "R": "BRL", "NT": "TWD",
}  # fmt: skip

# Currency words after a number; None means the country word before it must decide.
CURRENCY_WORDS: dict[str, str | None] = {
    "dollar": "USD", "buck": "USD", "euro": "EUR", "sterling": "GBP", "pound": "GBP",
    "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "yen": "JPY", "won": "KRW", "rupee": "INR",
    "shekel": "ILS", "ringgit": "MYR", "franc": "CHF", "rouble": "RUB", "ruble": "RUB",
    "rand": "ZAR", "peso": "MXN", "lira": "TRY", "baht": "THB", "rupiah": "IDR", "naira": "NGN",
    "dirham": "AED", "riyal": "SAR", "zloty": "PLN", "crown": None, "krone": None, "krona": None,
    "kronor": None, "kroner": None, "reais": "BRL",
}  # fmt: skip

# "Australian dollars", "Danish crowns": the adjective picks the currency.
NATIONAL_CURRENCIES: dict[str, str] = {
    "us": "USD", "u.s.": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD",
    "kong": "HKD", "zealand": "NZD", "singapore": "SGD", "taiwan": "TWD", "chinese": "CNY",
    "japanese": "JPY", "swiss": "CHF", "danish": "DKK", "swedish": "SEK", "norwegian": "NOK",
    "mexican": "MXN", "indian": "INR", "pakistani": "PKR", "israeli": "ILS", "korean": "KRW",
    "russian": "RUB", "african": "ZAR", "brazilian": "BRL", "malaysian": "MYR",
    "egyptian": "EGP", "philippine": "PHP", "turkish": "TRY", "hong": "HKD",
}  # fmt: skip

SUBUNITS: dict[str, str] = {"cent": "cent", "cents": "cent", "pence": "penny", "p": "penny"}


def currency_for_word(word: str, before: str = "") -> str | None:
    """Return the ISO code for a currency word such as "euros", given the words written before
    it that name a country or its people.

    "Australian dollars" → AUD, "dollars" → USD, "Danish crowns" → DKK; after a country's name
    or people's adjective, any word the gazetteer gives as its currency's name ("New Zealand
    dollars" → NZD, "Kenyan shillings" → KES). None for other words.
    """
    lowered = word.lower()
    base = lowered if lowered in CURRENCY_WORDS else singular(lowered)
    # Only the gazetteer's name of the currency: "American troops" are no money.
    named = currency_of_country(before, base) if before.strip() else None
    if base not in CURRENCY_WORDS:
        return named
    last = before.rsplit(maxsplit=1)[-1].lower() if before.strip() else ""
    national = NATIONAL_CURRENCIES.get(last)
    return national or named or CURRENCY_WORDS[base] or base
