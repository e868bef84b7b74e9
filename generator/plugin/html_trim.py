"""Drop the indentation and blank lines that the theme's templates leave in every page.

Material's Jinja templates are indented for their authors; rendered, that indentation is about a
sixth of every page, and a site of thousands of small pages carries it thousands of times. Outside
preformatted text a browser folds any run of white space to one space, so a line break alone shows
the same as a line break followed by indentation: the page looks and reads the same. Pages with
preformatted or code text (`<pre>`, `<code>`, `<textarea>`), where white space is content, are
left as they are. This is not a minifier: no tag, attribute or character reference is touched,
so nothing escaped can come back as markup.
"""

from __future__ import annotations

import re

# A line end, then any indentation, blank lines and further indentation.
_INDENTED_LINE_ENDS = re.compile(r"\n[ \t]*(?:\n[ \t]*)*")
_WHITESPACE_IS_CONTENT = ("<pre", "<code", "<textarea")


def drop_indentation(html: str) -> str:
    """`html` with every line end's following indentation and blank lines removed."""
    if any(tag in html for tag in _WHITESPACE_IS_CONTENT):
        return html
    return _INDENTED_LINE_ENDS.sub("\n", html)
