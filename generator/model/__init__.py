"""The contracts between the pipeline's stages, and nothing else of the generator.

Every value that crosses a stage boundary is one of these frozen dataclasses: ingest makes
`Article`s and `CleanText` (`article`), analysis makes an `Analysis` per article (`analysis`),
collecting makes the cross-article indexes (in `collect`, whose types are its own), and rendering
makes the `Page`s of a `SiteBuild` (`build`). Nothing downstream mutates what an upstream stage
produced, so a stage can be cached, parallelised or tested on its own. `settings` holds what a
build is asked to do, `names` how a name is folded to its key, `errors` what stops a build.

This package imports no other part of the generator, and nothing heavy: every stage and every
worker can import it without loading spaCy or MkDocs.
"""
