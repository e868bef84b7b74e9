from pathlib import Path

import pytest

from generator.plugin.config import NewsDigestConfig, settings_from_config


def validate(options: dict[str, object]) -> tuple[list[str], NewsDigestConfig]:
    config = NewsDigestConfig()
    config.load_dict(options)
    failed, _ = config.validate()
    return [f"{key}: {error}" for key, error in failed], config


def test_defaults_validate() -> None:
    failed, config = validate({})
    assert failed == []
    settings = settings_from_config(config, Path("/site/mkdocs.yml"))
    assert settings.seeds_dir == Path("/site/seeds")
    assert settings.summarizer == "news"
    assert settings.summary_sentences is None
    assert settings.entity_page_min_articles == 2
    assert "PERSON" in settings.entity_labels
    assert settings.dask_scheduler is None


def test_a_dask_scheduler_reaches_the_settings() -> None:
    failed, config = validate({"dask_scheduler": "tcp://10.0.0.5:8786"})
    assert failed == []
    settings = settings_from_config(config, Path("/site/mkdocs.yml"))
    assert settings.dask_scheduler == "tcp://10.0.0.5:8786"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"summarizer": "magic"}, "summarizer: Expected one of"),
        ({"summary_sentences": 0}, "summary_sentences: must be at least 1"),
        ({"summary_sentences": "three"}, "summary_sentences: Expected type"),
        ({"entity_types": ["PERSON", "DATE"]}, "entity_types: Expected one of"),
        ({"entity_page_min_articles": 0}, "entity_page_min_articles: must be at least 1"),
        ({"max_chars": 5_000_000}, "max_chars: must be between 1 and 1,000,000"),
        ({"full_text": "no"}, "full_text: Expected type"),
        ({"dask_scheduler": 8786}, "dask_scheduler: Expected type"),
    ],
)
def test_bad_values_fail_with_the_setting_named(options: dict[str, object], message: str) -> None:
    failed, _ = validate(options)
    assert any(line.startswith(message) for line in failed), failed


def test_unknown_option_is_a_warning() -> None:
    config = NewsDigestConfig()
    config.load_dict({"sumarizer": "lead"})
    failed, warnings = config.validate()
    assert failed == []
    assert [key for key, _ in warnings] == ["sumarizer"]
