"""Country names and their adjectives: a closed class the small model often mislabels.

Each line of the table is "Country|adjective|another adjective", nouns for a person of the
country included where they differ ("Briton", "Spaniard"); a country may have no adjective
listed when it is the same word or is ambiguous ("Chad" is also a given name, so it is left out).
In the model layer, as both the analysis (a name's label) and the site-wide vote (a people's
word is a group, whatever one sentence made of it) read it.
"""

from __future__ import annotations

_COUNTRY_TABLE = """
Afghanistan|Afghan
Albania|Albanian
Algeria|Algerian
Andorra|Andorran
Angola|Angolan
Argentina|Argentine|Argentinian
Armenia|Armenian
Australia|Australian
Austria|Austrian
Azerbaijan|Azerbaijani|Azeri
Bahrain|Bahraini
Bangladesh|Bangladeshi
Barbados|Barbadian
Belarus|Belarusian
Belgium|Belgian
Belize|Belizean
Benin|Beninese
Bhutan|Bhutanese
Bolivia|Bolivian
Bosnia|Bosnian
Botswana
Brazil|Brazilian
Brunei
Bulgaria|Bulgarian
Burkina Faso
Burundi|Burundian
Cambodia|Cambodian
Cameroon|Cameroonian
Canada|Canadian
Chile|Chilean
China|Chinese
Colombia|Colombian
Congo|Congolese
Costa Rica|Costa Rican
Croatia|Croatian|Croat
Cuba|Cuban
Cyprus|Cypriot
Czech Republic|Czech
Denmark|Danish|Dane
Djibouti
Ecuador|Ecuadorean|Ecuadorian
Egypt|Egyptian
El Salvador|Salvadoran
England|English|Englishman|Englishwoman
Eritrea|Eritrean
Estonia|Estonian
Ethiopia|Ethiopian
Fiji|Fijian
Finland|Finnish|Finn
France|French|Frenchman|Frenchwoman
Gabon|Gabonese
Gambia|Gambian
Germany|German
Ghana|Ghanaian
Greece|Greek
Guatemala|Guatemalan
Guinea|Guinean
Haiti|Haitian
Honduras|Honduran
Hungary|Hungarian
Iceland|Icelandic
India|Indian
Indonesia|Indonesian
Iran|Iranian
Iraq|Iraqi
Ireland|Irish|Irishman|Irishwoman
Israel|Israeli
Italy|Italian
Ivory Coast
Jamaica|Jamaican
Japan|Japanese
Kazakhstan|Kazakh
Kenya|Kenyan
Kosovo|Kosovar
Kuwait|Kuwaiti
Kyrgyzstan|Kyrgyz
Laos|Laotian
Latvia|Latvian
Lebanon|Lebanese
Liberia|Liberian
Libya|Libyan
Liechtenstein
Lithuania|Lithuanian
Luxembourg
Macedonia|Macedonian
Madagascar
Malawi|Malawian
Malaysia|Malaysian
Mali|Malian
Malta|Maltese
Mauritania|Mauritanian
Mauritius
Mexico|Mexican
Moldova|Moldovan
Monaco
Mongolia|Mongolian
Montenegro|Montenegrin
Morocco|Moroccan
Mozambique|Mozambican
Myanmar|Burmese
Namibia|Namibian
Nepal|Nepalese|Nepali
Netherlands|Dutch|Dutchman|Dutchwoman
New Zealand
Nicaragua|Nicaraguan
Niger
Nigeria|Nigerian
North Korea|North Korean
Northern Ireland
Norway|Norwegian
Oman|Omani
Pakistan|Pakistani
Palestine|Palestinian
Panama|Panamanian
Paraguay|Paraguayan
Peru|Peruvian
Philippines|Philippine|Filipino
Poland|Polish
Portugal|Portuguese
Qatar|Qatari
Romania|Romanian
Russia|Russian
Rwanda|Rwandan
Saudi Arabia|Saudi
Scotland|Scottish|Scot|Scotsman|Scotswoman
Senegal|Senegalese
Serbia|Serbian|Serb
Sierra Leone
Singapore|Singaporean
Slovakia|Slovak
Slovenia|Slovenian|Slovene
Somalia|Somali
South Africa|South African
South Korea|South Korean
Spain|Spanish|Spaniard
Sri Lanka|Sri Lankan
Sudan|Sudanese
Sweden|Swedish|Swede
Switzerland|Swiss
Syria|Syrian
Taiwan|Taiwanese
Tajikistan|Tajik
Tanzania|Tanzanian
Thailand|Thai
Tunisia|Tunisian
Turkey|Turkish|Turk
Turkmenistan|Turkmen
Uganda|Ugandan
Ukraine|Ukrainian
United Arab Emirates
United Kingdom|British|Briton
United States|American
Uruguay|Uruguayan
Uzbekistan|Uzbek
Venezuela|Venezuelan
Vietnam|Vietnamese
Wales|Welsh|Welshman|Welshwoman
Yemen|Yemeni
Yugoslavia|Yugoslav
Zambia|Zambian
Zimbabwe|Zimbabwean
"""


def _parse_table(table: str) -> tuple[frozenset[str], frozenset[str]]:
    countries: set[str] = set()
    adjectives: set[str] = set()
    for line in table.strip().splitlines():
        country, *country_adjectives = line.split("|")
        countries.add(country)
        adjectives.update(country_adjectives)
    return frozenset(countries), frozenset(adjectives)


COUNTRIES, NATIONALITIES = _parse_table(_COUNTRY_TABLE)
COUNTRY_KEYS = frozenset(name.lower() for name in COUNTRIES)
NATIONALITY_KEYS = frozenset(name.lower() for name in NATIONALITIES)


def is_nationality_key(key: str) -> bool:
    """A name key that is a people's adjective or noun, singular or plural ("british",
    "britons", "dutchmen"): one people, a group, never an organisation's or a person's."""
    singular = key[: -len("men")] + "man" if key.endswith("men") else key.removesuffix("s")
    return key in NATIONALITY_KEYS or singular in NATIONALITY_KEYS
