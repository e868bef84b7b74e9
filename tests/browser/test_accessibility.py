"""axe-core in Chromium finds no serious or critical accessibility problem, light or dark.

Every violation found, of any impact, is also written to test-artifacts/axe/ for the record.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import pytest
from browser.support import ARTIFACTS, open_reader

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = [pytest.mark.site, pytest.mark.browser]

PAGES = {
    "home": "",
    "article": "articles/vladimir-putin-and-xi-jinping-have-met-about-40-times/",
    "entity": "entities/person/maria-lopez/",
    "entity index": "entities/",
    "figures": "figures/",
}
PHONE = {"width": 390, "height": 844}
PALETTES: dict[Literal["light", "dark"], str] = {"light": "default", "dark": "slate"}
BLOCKING_IMPACTS = frozenset({"serious", "critical"})
# Nothing is set aside: Material's unnamed search dialog is named by
# docs/assets/javascripts/accessibility.js, so every serious or critical violation counts.
RUN_AXE = """async () => {
  const results = await axe.run(document, {resultTypes: ["violations"]});
  return results.violations.map(v => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map(node => node.target.join(" ")),
  }));
}"""


def violations_on(page: Page, axe_script: Path) -> list[dict[str, Any]]:
    """axe-core's violations on the page as it is now."""
    page.add_script_tag(path=axe_script)
    found: list[dict[str, Any]] = page.evaluate(RUN_AXE)
    return found


def blocking(violations: list[dict[str, Any]]) -> list[str]:
    """The serious and critical violations, one line per node."""
    return [
        f"{v['impact']} {v['id']} ({v['help']}): {target}"
        for v in violations
        if v["impact"] in BLOCKING_IMPACTS
        for target in v["targets"]
    ]


def keep_report(name: str, violations: list[dict[str, Any]]) -> None:
    folder = ARTIFACTS / "axe"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.json").write_text(json.dumps(violations, indent=2), encoding="utf-8")


# On a phone screen too where a page's layout changes there: the figure tables' stacked rows.
ON_A_PHONE = ("article", "figures")
SCREENS = [*PAGES, *(f"{name} on a phone" for name in ON_A_PHONE)]


@pytest.mark.parametrize("scheme", list(PALETTES))
@pytest.mark.parametrize("screen", SCREENS)
def test_no_serious_or_critical_violations(
    axe_script: Path, browser: Browser, site_url: str, screen: str, scheme: Literal["light", "dark"]
) -> None:
    name = screen.removesuffix(" on a phone")
    if name == screen:
        context = browser.new_context(color_scheme=scheme)
    else:
        context = browser.new_context(
            color_scheme=scheme, viewport=PHONE, is_mobile=True, has_touch=True
        )
    try:
        reader = open_reader(context, site_url)
        reader.open(PAGES[name])
        # The palette follows the system's scheme: axe must see the one asked for.
        palette = reader.page.locator("body").get_attribute("data-md-color-scheme")
        assert palette == PALETTES[scheme]
        if name == "figures":
            reader.page.locator("form.news-digest-filters").wait_for(state="attached")
        violations = violations_on(reader.page, axe_script)
    finally:
        context.close()
    keep_report(f"{screen}-{scheme}", violations)
    assert blocking(violations) == []
    assert reader.console_errors == []


def test_axe_reports_what_it_should(axe_script: Path, browser: Browser) -> None:
    page = browser.new_page()
    page.set_content(
        '<!doctype html><html lang="en"><title>Canary</title><main><h1>Canary</h1>'
        '<img src="data:,"><div class="ours" role="dialog"></div></main>'
    )
    violations = violations_on(page, axe_script)
    page.close()
    assert blocking(violations) == [
        "serious aria-dialog-name (ARIA dialog and alertdialog nodes should have an accessible"
        " name): div",
        "critical image-alt (Images must have alternative text): img",
    ]


# The front page, a section, a story and the archive of the site of real articles.
NEWS_PAGES = {
    "front page": "",
    "section": "sections/disaster-earthquake-relief/",
    "story": "stories/a-small-asteroid-passed-just-under-the-orbit/",
    "stories": "stories/",
    "archive": "articles/",
    "sections": "sections/",
}


@pytest.mark.parametrize("scheme", list(PALETTES))
@pytest.mark.parametrize("name", list(NEWS_PAGES))
def test_news_pages_have_no_serious_or_critical_violations(
    axe_script: Path,
    browser: Browser,
    real_site_url: str,
    name: str,
    scheme: Literal["light", "dark"],
) -> None:
    context = browser.new_context(color_scheme=scheme)
    try:
        reader = open_reader(context, real_site_url)
        reader.open(NEWS_PAGES[name])
        assert reader.page.locator("article h1").count() == 1
        violations = violations_on(reader.page, axe_script)
    finally:
        context.close()
    keep_report(f"news {name}-{scheme}", violations)
    assert blocking(violations) == []
    assert reader.console_errors == []
