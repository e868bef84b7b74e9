"""`mkdocs serve --dirty`: after an edit, only the generated pages that changed are built again.

MkDocs' dirty build skips a file whose output is newer than its source. A generated page has no
source on disk, so MkDocs counts every one as changed: a preview of 2,000 articles rendered all of
its ~6,000 pages and ~4,000 feeds again after each save. Here each generated file knows whether
its content differs from the last build in this process, and MkDocs skips the others. A dirty
build also leaves the output of a page that is gone (a removed article): `gone` names it for
`write.pages.remove_site_pages` to delete.

Material's search plugin indexes only the pages built this time and, under a dirty build, puts the
previous index back minus the entries of the *first* page it rebuilt. With several pages rebuilt
(an article, its entities, the listings) that duplicates entries, and when the first is the home
page, whose address is a prefix of every other, it drops all of them. `merge_search_entries` keeps
the previous entries of exactly the pages that were not rebuilt. Material's tags plugin likewise
maps only the pages read this time: `keep_tag_mappings` adds back the others, and a page holding a
tags listing is built every time, so its listing and the tag links on rebuilt pages stay whole.
A dirty preview is then the same site as a clean build (`tests/plugin/test_preview.py`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, cast

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

SearchEntry = Mapping[str, Any]


class GeneratedFile(File):
    """A generated file that tells a dirty build whether its content changed."""

    changed = True

    def is_modified(self) -> bool:
        return self.changed or not Path(self.abs_dest_path).is_file()


class ListingPage(File):
    """A hand-written page with a tags listing: any article's tags may change it."""

    def is_modified(self) -> bool:
        return True


class PreviewBuilds:
    """What the generated files held at the last build, and which pages this build rendered."""

    def __init__(self) -> None:
        self._identities: dict[str, str] = {}  # source path -> its content's key or digest
        self._outputs: dict[str, tuple[str, str]] = {}  # source path -> (output file, URL)
        self._tag_mappings: dict[str, Any] = {}  # page URL -> Material's tag mapping
        # The URLs of the pages read in this build, and of the pages that are gone.
        self.rebuilt: set[str] = set()

    def file(
        self, config: MkDocsConfig, path: str, content: str, key: str | None = None
    ) -> GeneratedFile:
        """The generated file at `path`, marked changed unless the last build had these bytes.

        `key` is the page's key from `render.keys` when it has one (equal keys, equal bytes, as
        `write` relies on too); other pages are hashed.
        """
        # `generated` builds the class it is called on.
        file = cast("GeneratedFile", GeneratedFile.generated(config, path, content=content))
        if key is not None:
            identity = f"key:{key}"
        else:
            identity = hashlib.blake2b(content.encode("utf-8"), digest_size=16).hexdigest()
        file.changed = self._identities.get(path) != identity
        self._identities[path] = identity
        return file

    def gone(self, files: Iterable[File]) -> list[str]:
        """The outputs of the pages the last build generated and this one does not.

        `files` are this build's generated files. The gone pages' URLs count as rebuilt, so that
        search and tags forget them too.
        """
        current = {file.src_uri: (file.abs_dest_path, file.url) for file in files}
        outputs = []
        for path, (output, url) in self._outputs.items():
            if path not in current:
                outputs.append(output)
                self.rebuilt.add(url)
                self._identities.pop(path, None)
        self._outputs = current
        return outputs

    def keep_tag_mappings(self, plugins: Mapping[str, Any]) -> None:
        """Give Material's tags plugin back the tags of the pages this build did not read."""
        for plugin in plugins.values():
            mappings = getattr(plugin, "mappings", None)
            if mappings is None or not isinstance(getattr(mappings, "data", None), dict):
                continue
            merged = {
                url: mapping
                for url, mapping in self._tag_mappings.items()
                if url not in self.rebuilt
            }
            merged.update(mappings.data)
            mappings.data = self._tag_mappings = merged

    def forget(self) -> None:
        """After a failed build the output may not match what was recorded: build it all again."""
        self._identities.clear()


def build_listing_pages(files: Files, config: MkDocsConfig) -> Files:
    """`files`, with each hand-written page that holds a tags listing counting as changed."""
    directives = [
        plugin.config.listings_directive
        for plugin in config.plugins.values()
        if hasattr(getattr(plugin, "config", None), "listings_directive")
    ]
    if not directives:
        return files
    return Files([_listing_page(file, directives, config) for file in files])


def _listing_page(file: File, directives: list[str], config: MkDocsConfig) -> File:
    if not file.is_documentation_page() or file.generated_by or file.abs_src_path is None:
        return file
    text = Path(file.abs_src_path).read_text(encoding="utf-8-sig", errors="replace")
    if not any(f"<!-- {directive}" in text for directive in directives):
        return file
    return ListingPage(
        file.src_uri,
        src_dir=config.docs_dir,
        dest_dir=config.site_dir,
        use_directory_urls=config.use_directory_urls,
        inclusion=file.inclusion,
    )


def merge_search_entries(
    previous: Iterable[SearchEntry], fresh: list[SearchEntry], rebuilt: set[str]
) -> list[SearchEntry]:
    """The index after a dirty build: the old entries of the pages not rebuilt, then the new."""
    kept = [entry for entry in previous if _page_url(entry["location"]) not in rebuilt]
    return kept + fresh


def repair_search_index(plugins: Mapping[str, Any], rebuilt: set[str]) -> bool:
    """Merge Material's search index before it is written; False if no such plugin is in use.

    Material's plugin keeps the last complete index in `search_index_prev` under a dirty build;
    setting it aside after the merge stops the plugin's own merge from running on top of ours.
    """
    repaired = False
    for plugin in plugins.values():
        index = getattr(plugin, "search_index", None)
        previous = getattr(plugin, "search_index_prev", None)
        if index is None or previous is None or not hasattr(index, "entries"):
            continue
        index.entries = merge_search_entries(previous.entries, index.entries, rebuilt)
        plugin.search_index_prev = None
        repaired = True
    return repaired


def _page_url(location: str) -> str:
    return location.split("#", 1)[0]
