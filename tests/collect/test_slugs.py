from hypothesis import given
from hypothesis import strategies as st
from slugify import slugify

from generator.collect.slugs import make_slug, unique_slug

WORDS = st.lists(st.from_regex(r"[A-Za-z0-9]{1,12}", fullmatch=True), min_size=1, max_size=6)


@given(WORDS)
def test_the_fast_path_gives_python_slugifys_slug(words: list[str]) -> None:
    name = " ".join(words)
    assert make_slug(name) == slugify(name)


@given(st.text(max_size=40))
def test_any_text_gives_python_slugifys_slug(name: str) -> None:
    assert make_slug(name) == slugify(name)


def test_unique_slugs_count_up_and_fall_back() -> None:
    taken: set[str] = set()
    assert unique_slug("Tony Blair", taken, "entity") == "tony-blair"
    assert unique_slug("Tony  Blair!", taken, "entity") == "tony-blair-2"
    assert unique_slug("???", taken, "entity") == "entity"
    assert taken == {"tony-blair", "tony-blair-2", "entity"}


def test_a_long_title_is_cut_at_a_word_and_never_ends_on_a_small_word() -> None:
    title = "Vladimir Putin and Xi Jinping have met about 40 times since the Chinese leader left"
    assert unique_slug(title, set(), "article") == (
        "vladimir-putin-and-xi-jinping-have-met-about-40-times"  # not "…-40-times-since"
    )
    # A title that fits keeps its small words: only a cut leaves them dangling.
    assert unique_slug("Prices rose after the", set(), "article") == "prices-rose-after-the"
