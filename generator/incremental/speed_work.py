"""Everything a build does to be fast, behind one object, so that the pipeline shows only stages.

A build hands its stages' questions to `SpeedWork`: which seeds changed (the seed index), which
articles need analysing (the analysis cache), which need it first (the newest, in a worker that
starts while the rest of the site is read), what the last build already resolved and rendered
(resolved names and the page cache). None of it changes a byte of the output: a build with every
cache off gives the same site (`tests/system/test_cache_equality.py`).
"""

from __future__ import annotations

import gc
from collections.abc import Mapping
from types import TracebackType

from generator.collect.entity_resolver import KeptVote, Pair, Resolved
from generator.collect.entity_rules import EntityRules
from generator.collect.site import EntitiesAhead, SiteContent, topic_documents
from generator.collect.topics import Topics
from generator.incremental.analyses import Analyses
from generator.incremental.analysis_cache import AnalysisCache
from generator.incremental.head_start import Ahead, Gathered, gather_seeds, work_ahead
from generator.incremental.page_cache import PageCache
from generator.incremental.resolved_names import NOTHING_KEPT, Kept, load_resolved, save_resolved
from generator.incremental.topics_cache import find_topics_kept
from generator.model.analysis import AnalysedArticle, AnalysisFailure
from generator.model.build import Problem
from generator.model.settings import Settings
from generator.render.keys import ArticleDigests


class SpeedWork:
    """The caches and analysis workers of one build; use it as a context manager.

    Inside it the cyclic garbage collector is paused: a build holds a great many small acyclic
    values alive at once, which the collector would walk again and again to free nothing
    (reference counting still frees everything as usual).
    """

    def __init__(self, settings: Settings, *, progress: bool = False) -> None:
        self._settings = settings
        self._options = settings.analysis_options()
        self._analysis_cache = AnalysisCache(settings.cache_dir)
        self._analyses = Analyses(
            self._options,
            self._analysis_cache,
            workers=settings.workers,
            progress=progress,
            # One worker beside this process: pointless, and not asked for, with a single one.
            early=settings.workers > 1,
            cluster=settings.dask_scheduler,
        )
        self._page_cache = PageCache(settings.cache_dir)
        self._gathered = Gathered([], {})
        self._ahead = Ahead()
        self._collector_was_enabled = False
        # What the last build kept: the Markdown of its keyed pages, its resolved names and vote.
        self.earlier_pages: Mapping[str, str] = {}
        self._kept: Kept = NOTHING_KEPT
        self._topics: Topics | None = None

    def __enter__(self) -> SpeedWork:
        self._collector_was_enabled = gc.isenabled()
        gc.disable()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._analyses.close()
        if self._collector_was_enabled:
            # Left in the youngest generation, all of the build's values would make the next
            # collection walk every one of them; moved to the oldest, they wait for a full one.
            gc.freeze()
            gc.unfreeze()
            gc.enable()

    def read_seeds(self) -> None:
        """Read and clean every seed, newest first; a new or edited one starts its analysis."""
        self._gathered = gather_seeds(self._settings, self._analyses)

    def analyse_articles(self, rules: EntityRules) -> tuple[list[AnalysedArticle], list[Problem]]:
        """Every article of the seeds read, in path order, with its analysis; and the seeds that
        could not be read or analysed. While new articles are analysed in a worker, the work on
        the others that does not wait for them is done here (`head_start.work_ahead`)."""
        self.earlier_pages = self._page_cache.load_all()
        self._kept = load_resolved(self._settings.cache_dir, rules)
        try:
            if self._analyses.waiting:
                self._ahead = work_ahead(
                    self._gathered,
                    self._analyses.cached(),
                    rules,
                    self._analysis_cache,
                    self._options,
                    min_articles=self._settings.entity_page_min_articles,
                    resolved_before=self.resolved_before,
                    vote_before=self.vote_before,
                )
            # Sections and stories read only the texts and dates, all at hand already.
            read = [(s[0], s[1]) for s in self._gathered.seeds if not isinstance(s, Problem)]
            self._topics = find_topics_kept(self._settings.cache_dir, topic_documents(read))
            results = self._analyses.results()
        finally:
            self._analyses.close()
        analysed: list[AnalysedArticle] = []
        problems: list[Problem] = []
        for seed in self._gathered.seeds:
            if isinstance(seed, Problem):
                problems.append(seed)
                continue
            article, text, job = seed
            result = results[job]
            if isinstance(result, AnalysisFailure):
                problems.append(Problem(article.path, result.reason))
            else:
                analysed.append((article, text, result))
        return analysed, problems

    @property
    def entities_ahead(self) -> EntitiesAhead | None:
        """The entity work `collect_site` would otherwise do, when it was done ahead."""
        return self._ahead.entities

    @property
    def topics(self) -> Topics | None:
        """The site's sections and stories, found while the new articles were analysed."""
        return self._topics

    @property
    def article_digests(self) -> ArticleDigests | None:
        """The page keys' digests of the articles analysed earlier, when made ahead."""
        return self._ahead.digests

    @property
    def resolved_before(self) -> Mapping[Pair, Resolved]:
        """The names the last build resolved under these rules."""
        return self._kept.resolved

    @property
    def vote_before(self) -> KeptVote | None:
        """The site-wide vote the last build took under these rules, if any."""
        return self._kept.vote

    def keep_resolved_names(self, rules: EntityRules, content: SiteContent) -> None:
        """Keep this build's resolved names and site-wide vote for the next build."""
        resolver = content.resolver
        kept = Kept(resolver.resolved, resolver.kept_vote())
        save_resolved(self._settings.cache_dir, rules, kept, self._kept)

    def keep_pages(self, by_key: Mapping[str, str]) -> None:
        """Keep this build's keyed pages (and only them) for the next build."""
        self._page_cache.store(by_key, self.earlier_pages)
