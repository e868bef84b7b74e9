import pytest

from generator.ingest.clean import clean_body, clean_text
from generator.model.article import Removal

# Every kind of banner, in each spelling the pattern knows; between them they hold every word
# of the quick check in front of the pattern.
BANNERS = [
    "Sign up for our daily newsletter.",
    "Sign-up to email alerts.",
    "Signing up to alerts takes a minute.",
    "Signing-up to email alerts takes a minute.",
    "Subscribe to our channel today.",
    "Get it straight to your inbox.",
    "Click here for more.",
    "Tap here for more.",
    "Download our free app.",
    "Follow us on every network.",
    "Read more: the full story.",
    "Related stories",
    "Advertisement",
    "Share this article",
    "Listen to this article",
    "Newsletters: sign up here.",
]


def test_removes_the_seed_sign_up_banner() -> None:
    body = (
        "To receive free real-time news alerts straight to your inbox, sign up for our news "
        "emails Sign up for our free news emails\n\nVLadimir Putin met Xi Jinping."
    )
    cleaned = clean_text(body)
    assert cleaned.text == "Vladimir Putin met Xi Jinping."
    assert [r.reason for r in cleaned.removals] == ["boilerplate", "drop cap"]


def test_offsets_map_back_to_the_original() -> None:
    body = "Subscribe to our newsletter today. \n\nVLadimir spoke. . Then Xi spoke."
    cleaned = clean_text(body)
    assert cleaned.text == "Vladimir spoke. Then Xi spoke."
    for word in ("Vladimir", "spoke", "Then", "Xi"):
        start = cleaned.text.index(word)
        original_start, original_end = cleaned.span_to_original(start, start + len(word))
        assert body[original_start:original_end].lower() == word.lower()


def test_keeps_news_that_mentions_email() -> None:
    body = "The minister said in an email that taxes would rise. Read more analysis tomorrow."
    assert (
        clean_text(body).text
        == "The minister said in an email that taxes would rise. Read more analysis tomorrow."
    )


def test_read_more_line_is_removed() -> None:
    cleaned = clean_text("Prices rose.\nRead more: how inflation works\nWages fell.")
    assert cleaned.text == "Prices rose.\n\nWages fell."


def test_drop_cap_repair_leaves_names_alone() -> None:
    assert clean_text("McDonald and IBMers met. HEllo").text == "McDonald and IBMers met. HEllo"


def test_crlf_becomes_lf_with_exact_offsets() -> None:
    body = "One.\r\n\r\nTwo."
    cleaned = clean_text(body)
    assert cleaned.text == "One.\n\nTwo."
    start = cleaned.text.index("Two")
    assert body[cleaned.to_original(start) :].startswith("Two")
    assert cleaned.removals == ()


@pytest.mark.parametrize("banner", BANNERS)
def test_each_kind_of_banner_is_found_past_the_quick_check(banner: str) -> None:
    # The substring check in front of the pattern must never hide a banner from it.
    cleaned = clean_text(f"Rain fell.\n\n{banner}\n\nIt stopped.")
    assert [removal.reason for removal in cleaned.removals] == ["boilerplate"]
    assert banner not in cleaned.text


def test_each_change_is_recorded_with_its_reason_text_and_place() -> None:
    original = (
        "Line one.\r\nLine two .\rThird line.\n\nSign up for our newsletter here.\n\nThe end. ."
    )
    cleaned = clean_text(original)
    assert cleaned.text == "Line one.\nLine two .\nThird line.\n\n\n\nThe end."
    # Line ends are made plain without a record: they change no word.
    assert cleaned.removals == (
        Removal("boilerplate", "Sign up for our newsletter here.", 35),
        Removal("stray full stop", " .", 77),
    )
    assert cleaned.segments == ((0, 0), (9, 10), (34, 67), (44, 79))
    for removal in cleaned.removals:
        assert original[removal.start : removal.start + len(removal.text)] == removal.text
    # Every cleaned character maps back onto the same character of the original.
    for index, character in enumerate(cleaned.text):
        if character != "\n":
            assert original[cleaned.to_original(index)] == character


def test_a_body_of_nothing_but_boilerplate_leaves_nothing() -> None:
    assert clean_body("Sign up for our newsletter here.") is None
    kept = clean_body("The council met.")
    assert kept is not None and kept.text == "The council met."


def test_offsets_map_back_when_the_text_starts_with_what_was_removed() -> None:
    original = "Sign up for our newsletter here.\n\n  The council met. ."
    cleaned = clean_text(original)
    assert cleaned.text == "The council met."
    assert cleaned.segments == ((0, 36), (16, 54))
    assert [original[cleaned.to_original(i)] for i in range(len(cleaned.text))] == list(
        cleaned.text
    )


def test_a_page_holding_every_kind_of_banner_keeps_only_the_news() -> None:
    # The quick check must not pass over a page that holds every one of its words.
    cleaned = clean_text("Rain fell.\n\n" + "\n".join(BANNERS) + "\n\nIt stopped.")
    assert cleaned.text == "Rain fell." + "\n" * (len(BANNERS) + 3) + "It stopped."
    assert [removal.text for removal in cleaned.removals] == BANNERS


def test_blank_lines_a_removed_closing_banner_leaves_are_trimmed() -> None:
    assert clean_text("Rain fell.\n\nSign up for our newsletter.").text == "Rain fell."


def test_a_fix_inside_a_removed_banner_does_not_stop_later_fixes() -> None:
    # The drop cap lies inside the banner, so only the banner goes; the stray stop after it too.
    cleaned = clean_text("SIgn up for our newsletter.\n\nRain fell. .")
    assert cleaned.text == "Rain fell."
    assert cleaned.removals == (
        Removal("boilerplate", "SIgn up for our newsletter.", 0),
        Removal("stray full stop", " .", 39),
    )


def test_offsets_map_back_when_a_banner_follows_a_leading_line_end() -> None:
    original = "\nSign up for our newsletter. The council met."
    cleaned = clean_text(original)
    assert cleaned.text == "The council met."
    assert cleaned.segments == ((0, 29),)
    assert [original[cleaned.to_original(i)] for i in range(len(cleaned.text))] == list(
        cleaned.text
    )


@pytest.mark.parametrize(
    ("original", "cleaned"),
    [
        ("OSLO &mdash; The prize went to Kenya.", "OSLO — The prize went to Kenya."),
        ("&ldquo;It&#8217;s AT&amp;T,&rdquo; he said.", "“It’s AT&T,” he said."),
        ("The tag &amp;mdash; is shown as written.", "The tag &mdash; is shown as written."),
        ("&nbsp;&Eacute;cole &lt;b&gt; opened.", "École <b> opened."),
    ],
)
def test_character_references_are_decoded_once(original: str, cleaned: str) -> None:
    result = clean_text(original)
    assert result.text == cleaned
    # Decoding changes no word: it is not listed among the removals.
    assert result.removals == ()


def test_spans_with_decoded_references_map_back_to_the_references_whole() -> None:
    original = "&Eacute;cole Caf&eacute; &mdash; AT&amp;T&#8217;s caf&eacute"
    cleaned = clean_text(original)
    assert cleaned.text == "École Café — AT&T’s café"
    words = {"École": "&Eacute;cole", "Café": "Caf&eacute;", "—": "&mdash;"}
    words |= {"AT&T’s": "AT&amp;T&#8217;s", "café": "caf&eacute", "T’": "T&#8217;"}
    for word, written in words.items():
        start = cleaned.text.index(word)
        original_start, original_end = cleaned.span_to_original(start, start + len(word))
        assert original[original_start:original_end] == written


def test_a_removal_takes_the_references_inside_it_and_records_them_as_written() -> None:
    original = "Sign up for our newsletter &amp; alerts.\n\n&ldquo;Rain&rdquo; fell."
    cleaned = clean_text(original)
    assert cleaned.text == "“Rain” fell."
    assert cleaned.removals == (
        Removal("boilerplate", "Sign up for our newsletter &amp; alerts.", 0),
    )
    start = cleaned.text.index("Rain")
    assert original[slice(*cleaned.span_to_original(start - 1, start + 5))] == "&ldquo;Rain&rdquo;"


def test_rules_read_the_decoded_text() -> None:
    # A drop cap after an opening quotation mark written as a reference is still one.
    cleaned = clean_text("&ldquo;VLadimir spoke,&rdquo; she said.")
    assert cleaned.text == "“Vladimir spoke,” she said."
    assert cleaned.removals == (Removal("drop cap", "L", 8),)


@pytest.mark.parametrize(
    "dateline",
    [
        "December 3, 2004\n\n",  # alone on its paragraph
        "December 13, 2004\r\n\r\n",
        "LONDON, March 3, 2005 (Reuters) &mdash; ",  # running into the lede
        "November 17, Brisbane, Australia - ",
    ],
)
def test_a_dateline_is_removed_from_the_text_and_recorded(dateline: str) -> None:
    cleaned = clean_text(dateline + "The council met.")
    assert cleaned.text == "The council met."
    assert cleaned.removals == (Removal("dateline", dateline, 0),)
    start = cleaned.text.index("council")
    assert cleaned.span_to_original(start, start + 7) == (len(dateline) + 4, len(dateline) + 11)


def test_a_date_inside_the_text_stays() -> None:
    text = "The council met on December 3, 2004 - and again later.\n\nDecember 4, 2004\n\nMore."
    assert clean_text(text).text == text


def test_an_acronym_mixing_cases_is_no_drop_cap() -> None:
    """ "PCdoB" opens with two capitals but is not a word a drop cap split: its lower-case run
    does not end the word."""
    cleaned = clean_text("Intro.\n\nPCdoB members voted.")
    assert cleaned.text == "Intro.\n\nPCdoB members voted."
    assert cleaned.removals == ()
