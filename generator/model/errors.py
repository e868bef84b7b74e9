"""What stops a build: a configuration file or a service it cannot use.

A bad seed never stops a build (it becomes a `Problem` and the other articles go on); these do,
and each door catches the one base class, reports `where: reason` and exits or fails the build.
"""

from __future__ import annotations

from pathlib import Path


class BuildError(Exception):
    """A file or service the build needs cannot be used; the message reads `where: reason`.

    `path` is the file (with the `line`, when one is known) or the service's address.
    """

    def __init__(self, path: Path | str | None, line: int | None, reason: str) -> None:
        where = f"{path}:{line}" if path is not None and line is not None else path
        super().__init__(f"{where}: {reason}" if where is not None else reason)
        self.path = path
        self.line = line
        self.reason = reason


class ClusterError(BuildError):
    """The Dask scheduler cannot be reached, or its workers run other code than this build."""

    def __init__(self, reason: str) -> None:
        super().__init__(None, None, reason)
