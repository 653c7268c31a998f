"""A law: chrome added around or inside an article changes nothing in its bulletin.

Chrome blocks (navigation, tickers, related stories, cookie banners, share bars,
donation boxes, newsletters, comment threads, scripts) are filled with sentences that
name people and report meetings, then placed anywhere on the page; the parts, actors
and meetings must stay those of the bare article.
"""

from __future__ import annotations

import functools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bulletinkit import Bulletin, parse_html
from tests.parse.html._support import parts, require_html

ARTICLE = (
    "<h1>Ministers Meet in Vilnius</h1>"
    '<time datetime="2022-03-04T10:00:00+02:00">4 March 2022</time>'
    "<p>Lithuanian Foreign Minister Gabrielius Landsbergis met his Latvian counterpart "
    "Edgars Rinkevics in Vilnius on Thursday.</p>"
    "<p>The two ministers discussed energy security and the protection of undersea cables."
    "</p><p>They agreed to meet again in Riga in June.</p>"
)
SENTENCES = [
    "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Monday.",
    "Turkish President Recep Tayyip Erdogan held a phone call with Emmanuel Macron.",
    "Read more: Scholz and Meloni hold talks in Rome",
    "Prime Minister Viktor Orban visited Beijing on Tuesday.",
    "We use cookies to improve your experience.",
    "Support our work: donate today.",
    "Share on Twitter",
]
CHROME = {
    "nav": '<nav class="main-nav"><ul><li><a href="/a">{0}</a></li></ul></nav>',
    "ticker": '<div class="news-ticker"><a href="/t">{0}</a></div>',
    "related": '<section class="related-stories"><h2>Related</h2><article><h3>'
    '<a href="/r">{0}</a></h3></article></section>',
    "cookie": '<div id="cookie-consent"><p>{0}</p><button>OK</button></div>',
    "share": '<div class="share-bar"><a href="#">{0}</a></div>',
    "donate": '<div class="donation-box"><h3>Support Us</h3><p>{0}</p></div>',
    "newsletter": '<div class="newsletter-signup"><p>{0}</p></div>',
    "comments": '<section id="comments"><div class="comment"><p>{0}</p></div></section>',
    "aside": "<aside><h3>Most read</h3><p>{0}</p></aside>",
    "script": "<script>var headline = '{0}';</script>",
}
_blocks = st.lists(
    st.tuples(
        st.sampled_from(sorted(CHROME)),
        st.sampled_from(SENTENCES),
        st.sampled_from(["top", "inside", "bottom"]),
    ),
    max_size=5,
)


def _page(blocks: list[tuple[str, str, str]]) -> str:
    where: dict[str, list[str]] = {"top": [], "inside": [], "bottom": []}
    for kind, sentence, place in blocks:
        where[place].append(CHROME[kind].format(sentence))
    return (
        '<!doctype html><html lang="en"><head><title>Ministers Meet in Vilnius</title>'
        '<meta property="og:site_name" content="Baltic Desk"></head><body>'
        + "".join(where["top"])
        + "<main><article>"
        + ARTICLE
        + "".join(where["inside"])
        + "</article></main>"
        + "".join(where["bottom"])
        + "</body></html>"
    )


def _essence(bulletin: Bulletin) -> tuple[object, ...]:
    return (
        bulletin.title,
        str(bulletin.date),
        tuple(parts(bulletin)),
        tuple((a.name, a.kind) for a in bulletin.actors),
        tuple((m.kind, m.participants, str(m.date), m.location) for m in bulletin.meetings),
    )


@functools.cache
def _bare() -> tuple[object, ...]:
    return _essence(parse_html(_page([])))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_blocks)
def test_chrome_anywhere_changes_nothing(blocks: list[tuple[str, str, str]]) -> None:
    require_html()
    assert _essence(parse_html(_page(blocks))) == _bare()


def test_the_bare_article_is_read() -> None:
    require_html()
    bare = parse_html(_page([]))
    assert (bare.title, str(bare.date), len(parts(bare))) == (
        "Ministers Meet in Vilnius",
        "2022-03-04",
        3,
    )
    assert [m.location for m in bare.meetings][:1] == ["Vilnius"]
    assert "Gabrielius Landsbergis" in [a.name for a in bare.actors]
