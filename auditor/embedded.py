"""LinkedIn's embedded API JSON: the Voyager responses and the 2016 ``*-content`` blocks.

Logged-in Ember pages (2016-2025) carry the API responses the app booted with:
``<code id="bpr-guid-N">`` holds a JSON body and ``<code id="datalet-bpr-guid-N">``
names the request it answers (``{"request": "/voyager/api/...", "body": "bpr-guid-N"}``).
The 2016 self-edit page instead holds whole modules as JSON inside an HTML comment,
``<code id="top_card-content"><!--{...}--></code>``.

LinkedIn is a single-page app, so this JSON may describe someone other than the
profile on screen: ``/voyager/api/me`` is always the VIEWER, and a response left over
from an earlier in-app navigation names another member. Take facts only from a
response whose request names the owner (``owner_response``), never from ``/me``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote

import lxml.html

from auditor.dom import find_all
from auditor.selectors import ember as sel

ME = "/voyager/api/me"  # the viewer's own mini profile, on every logged-in page

# /voyager/api/identity/profiles/<vanity or urn id>/<endpoint>[?query]
_PROFILE_REQUEST = re.compile(
    r"""
    /voyager/api/identity/profiles/
    (?P<who>[^/?]+)          # the member's vanity (or, for a few endpoints, an urn id)
    /(?P<endpoint>[^/?]+)    # profileView, networkinfo, memberBadges, privacySettings, ...
    """,
    re.VERBOSE,
)

# 2016 modules escape "-" as \u002d even outside strings ("id":\u002d1), which is not
# JSON; inside strings the escape means "-" anyway, so replacing it changes no value.
_ESCAPED_MINUS = re.compile(r"(?<!\\)\\u002d")


class Response:
    """One embedded API response: the request path it answers and its body, parsed on
    first use (a 2018 page carries ~20 bodies of up to 270 KB; a layout reads three)."""

    __slots__ = ("request", "_body", "_element")

    def __init__(
        self, request: str, body: Any = None, element: lxml.html.HtmlElement | None = None
    ) -> None:
        self.request = request
        self._body = body
        self._element = element

    @property
    def body(self) -> Any:
        """The parsed JSON body (None when it is not JSON)."""
        if self._element is not None:
            self._body = loads(_code_text(self._element))
            self._element = None
        return self._body

    def __repr__(self) -> str:
        return f"Response({self.request!r})"

    @property
    def member(self) -> str | None:
        """The member a /identity/profiles/<who>/ request names (percent-decoded), or None."""
        match = _PROFILE_REQUEST.search(self.request)
        return unquote(match.group("who")) if match else None

    @property
    def endpoint(self) -> str | None:
        """The endpoint of a /identity/profiles/<who>/<endpoint> request, or None."""
        match = _PROFILE_REQUEST.search(self.request)
        return match.group("endpoint") if match else None


def loads(text: str | None) -> Any:
    """Parse LinkedIn's JSON leniently (raw newlines in strings, \\u002d minus signs).

    >>> loads('{"id":\\\\u002d1, "name": "a\\nb"}')
    {'id': -1, 'name': 'a\\nb'}
    >>> loads("not json") is None
    True
    """
    if not text:
        return None
    try:
        if "\\u002d" in text:
            # A plain replace, unless an escaped backslash may precede the escape:
            # then the regex, which tells the two apart.
            if "\\\\u002d" in text:
                text = _ESCAPED_MINUS.sub("-", text)
            else:
                text = text.replace("\\u002d", "-")
        return json.loads(text, strict=False)
    except ValueError:
        return None


def code_blocks(root: lxml.html.HtmlElement) -> dict[str, lxml.html.HtmlElement]:
    """Every ``<code id=...>`` block of the page holding ``root``, by id (one walk)."""
    return {e.get("id", ""): e for e in find_all(root, sel.CODE_BLOCKS)}


def _code_text(element: lxml.html.HtmlElement) -> str:
    """The text of a code block: its text, or the HTML comment it wraps (2016)."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child, lxml.html.HtmlComment):
            parts.append(child.text or "")
        else:
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return "".join(parts).strip()


def responses(blocks: Mapping[str, lxml.html.HtmlElement]) -> list[Response]:
    """The Voyager responses of a page, in page order (datalet paired with its body).

    >>> page = lxml.html.fromstring(
    ...     '<div><code id="bpr-guid-1">{"data": {"followersCount": 7}}</code>'
    ...     '<code id="datalet-bpr-guid-1">{"request": "/voyager/api/identity/profiles/'
    ...     'jane-doe/networkinfo", "body": "bpr-guid-1"}</code></div>')
    >>> [(r.member, r.endpoint, r.body["data"]) for r in responses(code_blocks(page))]
    [('jane-doe', 'networkinfo', {'followersCount': 7})]
    """
    found: list[Response] = []
    for key, element in blocks.items():
        if not key.startswith(sel.DATALET_PREFIX):
            continue
        datalet = loads(_code_text(element))
        if not isinstance(datalet, dict) or not isinstance(datalet.get("request"), str):
            continue
        body_id = datalet.get("body") or key[len("datalet-") :]
        body_element = blocks.get(str(body_id))
        if body_element is not None:
            found.append(Response(datalet["request"], element=body_element))
    return found


def comment_module(
    blocks: Mapping[str, lxml.html.HtmlElement], code_id: str
) -> dict[str, Any] | None:
    """The ``content`` of a 2016 ``<code id="...-content"><!--{json}--></code>`` module.

    >>> page = lxml.html.fromstring(
    ...     '<div><code id="top_card-content"><!--{"content": {"TopCard": '
    ...     '{"basic_info": {"memberID": \\\\u002d1}}}}--></code></div>')
    >>> comment_module(code_blocks(page), "top_card-content")
    {'TopCard': {'basic_info': {'memberID': -1}}}
    """
    element = blocks.get(code_id)
    data = loads(_code_text(element)) if element is not None else None
    content = data.get("content") if isinstance(data, dict) else None
    return content if isinstance(content, dict) else None


def viewer(found: list[Response]) -> str | None:
    """The VIEWER's vanity, from ``/voyager/api/me`` (never the profile owner's by itself).

    >>> viewer([Response(ME, {"included": [{"publicIdentifier": "the-viewer"}]})])
    'the-viewer'
    """
    for response in found:
        if response.request.split("?")[0] == ME:
            for item in included(response.body):
                if isinstance(item.get("publicIdentifier"), str):
                    return str(item["publicIdentifier"])
    return None


def members(found: list[Response], endpoint: str) -> list[str]:
    """The members named by the page's ``/identity/profiles/<who>/<endpoint>`` requests.

    >>> members([Response("/voyager/api/identity/profiles/jane/profileView", {})], "profileView")
    ['jane']
    """
    return [r.member for r in found if r.endpoint == endpoint and r.member is not None]


def owner_response(found: list[Response], owner: str | None, endpoint: str) -> Response | None:
    """The ``endpoint`` response about ``owner`` (a vanity checked against the page), or None.

    >>> found = [Response("/voyager/api/identity/profiles/other/networkinfo", {"n": 1})]
    >>> owner_response(found, "jane", "networkinfo") is None
    True
    """
    if not owner:
        return None
    for response in found:
        if response.endpoint == endpoint and response.member == owner:
            return response
    return None


def included(body: Any) -> Iterator[dict[str, Any]]:
    """The normalized entities of a Voyager body (its ``included`` list)."""
    items = body.get("included") if isinstance(body, dict) else None
    for item in items if isinstance(items, list) else ():
        if isinstance(item, dict):
            yield item


def of_type(body: Any, type_name: str) -> list[dict[str, Any]]:
    """The included entities whose ``$type`` ends with ``.type_name``.

    >>> of_type({"included": [{"$type": "com.linkedin.voyager.identity.profile.Skill"}]}, "Skill")
    [{'$type': 'com.linkedin.voyager.identity.profile.Skill'}]
    """
    suffix = "." + type_name
    return [item for item in included(body) if str(item.get("$type", "")).endswith(suffix)]


def entity(body: Any, urn: Any) -> dict[str, Any] | None:
    """The included entity whose ``entityUrn`` or ``$id`` is ``urn``, or None."""
    if not isinstance(urn, str):
        return None
    for item in included(body):
        if item.get("entityUrn") == urn or item.get("$id") == urn:
            return item
    return None


def paging_total(body: Any, view: str) -> int | None:
    """The ``paging.total`` of a profileView collection (``skillView``, ``positionView``...).

    >>> body = {"data": {"skillView": "urn:v"}, "included": [
    ...     {"entityUrn": "urn:v", "paging": "urn:v,paging"}, {"$id": "urn:v,paging", "total": 17}]}
    >>> paging_total(body, "skillView")
    17
    """
    data = body.get("data") if isinstance(body, dict) else None
    collection = entity(body, data.get(view)) if isinstance(data, dict) else None
    paging = collection.get("paging") if collection else None
    if isinstance(paging, str):
        paging = entity(body, paging)
    total = paging.get("total") if isinstance(paging, dict) else None
    return total if isinstance(total, int) and not isinstance(total, bool) else None


def dig(data: Any, *path: str) -> Any:
    """Follow keys through nested dicts; None as soon as one is missing.

    >>> dig({"a": {"b": 1}}, "a", "b"), dig({"a": 1}, "a", "b")
    (1, None)
    """
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data
