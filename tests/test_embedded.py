"""auditor.embedded: pairing Voyager responses, the 2016 modules, and the owner check."""

from __future__ import annotations

import doctest

import lxml.html
import pytest

from auditor import embedded
from auditor.layouts import in_2018


def _page(*blocks: tuple[str, str, str]) -> lxml.html.HtmlElement:
    """A page whose <code> blocks answer the given (id, request, body) triples."""
    html = "".join(
        f'<code id="bpr-guid-{n}">{body}</code>'
        f'<code id="datalet-bpr-guid-{n}">{{"request":"{request}","body":"bpr-guid-{n}"}}</code>'
        for n, request, body in blocks
    )
    return lxml.html.document_fromstring(f"<html><body>{html}</body></html>")


ME = '{"data":{},"included":[{"publicIdentifier":"the-viewer","firstName":"Vi","lastName":"Ewer"}]}'
VIEW = (
    '{"data":{"profile":"urn:p"},"included":[{"entityUrn":"urn:p","firstName":"Ada",'
    '"lastName":"Quill","summary":"Line one\nline two"}]}'
)
NETWORK = '{"data":{"followersCount":%d}}'


def test_doctests() -> None:
    """The module's examples hold."""
    assert doctest.testmod(embedded).failed == 0


def test_responses_pair_datalets_with_bodies() -> None:
    """Each datalet is paired with its own body, raw newlines in strings allowed."""
    root = _page(
        ("1", "/voyager/api/me", ME),
        ("2", "/voyager/api/identity/profiles/ada-quill/profileView", VIEW),
    )
    found = embedded.responses(embedded.code_blocks(root))
    assert [r.request for r in found] == [
        "/voyager/api/me",
        "/voyager/api/identity/profiles/ada-quill/profileView",
    ]
    assert found[1].member == "ada-quill" and found[1].endpoint == "profileView"


@pytest.mark.parametrize(
    ("owner", "expected"),
    [
        ("ada-quill", 12),  # the owner's networkinfo
        ("the-viewer", 999),  # asking for the viewer gets the viewer's, never the owner's
        ("someone-else", None),  # nothing about that member on the page
        (None, None),  # owner unknown: no JSON fact at all
    ],
)
def test_owner_response_names_the_member(owner: str | None, expected: int | None) -> None:
    """Only a response whose request names the member is returned."""
    root = _page(
        ("1", "/voyager/api/me", ME),
        ("2", "/voyager/api/identity/profiles/the-viewer/networkinfo", NETWORK % 999),
        ("3", "/voyager/api/identity/profiles/ada-quill/networkinfo", NETWORK % 12),
    )
    found = embedded.responses(embedded.code_blocks(root))
    response = embedded.owner_response(found, owner, "networkinfo")
    got = embedded.dig(response.body, "data", "followersCount") if response else None
    assert got == expected
    assert embedded.viewer(found) == "the-viewer"


@pytest.mark.parametrize(
    ("shown_name", "expected"),
    [
        ("Ada Quill", "ada-quill"),  # the profileView carries the name the top card shows
        ("Someone Else", None),  # a stale profileView of another member: not the owner
    ],
)
def test_2018_owner_from_profile_view_needs_the_shown_name(
    shown_name: str, expected: str | None
) -> None:
    """Without a contact-info link, a profileView names the owner only if the names agree."""
    root = _page(
        ("1", "/voyager/api/me", ME),
        ("2", "/voyager/api/identity/profiles/ada-quill/profileView", VIEW),
    )
    found = embedded.responses(embedded.code_blocks(root))
    assert in_2018.owner_vanity(root, found, shown_name) == expected


def test_2016_comment_module_with_escaped_minus() -> None:
    """The 2016 module is JSON in an HTML comment with \\u002d even outside strings."""
    root = lxml.html.document_fromstring(
        '<html><body><code id="top_card-content"><!--{"content":{"TopCard":'
        '{"fmt__full_name":"Ada Quill\\u002dMoor","id":\\u002d1}}}--></code></body></html>'
    )
    module = embedded.comment_module(embedded.code_blocks(root), "top_card-content")
    assert module == {"TopCard": {"fmt__full_name": "Ada Quill-Moor", "id": -1}}


def test_bad_json_is_ignored() -> None:
    """A body that is not JSON reads as None (parsed lazily) instead of an error."""
    root = _page(("1", "/voyager/api/me", "{not json"))
    assert [r.body for r in embedded.responses(embedded.code_blocks(root))] == [None]
