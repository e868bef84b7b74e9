from pathlib import Path

import pytest

from generator.cli.settings_file import ConfigError, load_settings


def test_reads_the_plugin_settings_from_mkdocs_yml(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_name: T\nplugins:\n  - news-digest:\n      seeds_dir: articles\n"
        "      summary_sentences: 2\n      full_text: false\n"
    )
    settings = load_settings(config)
    assert settings.seeds_dir == (tmp_path / "articles").resolve()
    assert settings.summary_sentences == 2
    assert settings.full_text is False
    assert settings.use_directory_urls is True


def test_reads_mkdocs_own_url_style(tmp_path: Path) -> None:
    # Links in raw HTML are final URLs: the generator must know the style MkDocs publishes in.
    (tmp_path / "docs").mkdir()
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: T\nuse_directory_urls: false\nplugins:\n  - news-digest\n")
    assert load_settings(config).use_directory_urls is False


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "absent.yml")
    assert settings.seeds_dir == tmp_path / "seeds"


@pytest.mark.warnings_expected
def test_invalid_setting_is_a_config_error(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "docs").mkdir()
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: T\nplugins:\n  - news-digest:\n      summarizer: magic\n")
    with pytest.raises(ConfigError, match=r"mkdocs\.yml"):
        load_settings(config)
    assert "option 'summarizer': Expected one of" in caplog.text
