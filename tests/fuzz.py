"""Seeded mutations of saved pages, for the fuzz test and benchmarks/fuzz_audit.py.

Each mutation is something a broken save, a hostile page or a curious user can produce:
cuts, repeats, swapped pieces, random bytes, and pieces known to have broken parsers
(malformed addresses, deep nesting, many attributes, NULs, invalid UTF-8, entities).
"""

from __future__ import annotations

import random

# Pieces that broke, or could break, some reader of a page.
NASTY = (
    b"http://[",
    b"https://[::1",
    b"http://a:99999/",
    b"<section>",
    b"</section>",
    b"<code>",
    b"</code>",
    b"<div>" * 300,
    b"</div>" * 300,
    b"\x00",
    b"\xff\xfe",
    b"\xc3",
    b"\xed\xa0\x80",  # an encoded surrogate: invalid UTF-8
    b"&#xd800;",
    b"&#99999999;",
    b"<![CDATA[",
    b"<!--",
    b"-->",
    b"<script>",
    b"</script>",
    b'"',
    b"'",
    b">",
    b"<",
    b'<link rel="canonical" href="http://[">',
    b'<meta property="og:url" content="https://[/in/x">',
    b'<img src="http://[::1">',
    b'<a href="https://www.linkedin.com/in/%ZZ%">',
    b'\\u002d\\n\\"',
    b"{" * 50,
    b"[" * 50,
    b'{"data": {"followersCount": -1e999}}',
    b"9" * 400,
    b" a=1" * 200,
)


def mutate(page: bytes, rng: random.Random) -> bytes:
    """One to three random changes to ``page``."""
    data = bytearray(page)
    for _ in range(rng.randint(1, 3)):
        size = len(data)
        at = rng.randrange(size + 1)
        kind = rng.randrange(7)
        if kind == 0 and size:  # cut a piece out
            del data[at : at + rng.randint(1, max(1, size // 20))]
        elif kind == 1 and size:  # repeat a piece
            piece = data[at : at + rng.randint(1, 2000)]
            data[at:at] = piece * rng.randint(1, 20)
        elif kind == 2:  # random bytes
            data[at:at] = rng.randbytes(rng.randint(1, 64))
        elif kind == 3:  # a known troublemaker
            data[at:at] = rng.choice(NASTY) * rng.randint(1, 4)
        elif kind == 4 and size:  # truncate
            del data[at:]
        elif kind == 5 and size > 2:  # swap two pieces
            other = rng.randrange(size)
            length = rng.randint(1, 500)
            first, second = sorted((at, other))
            if first + length <= second:
                a = data[first : first + length]
                b = data[second : second + length]
                data[second : second + length] = a
                data[first : first + length] = b
        elif size:  # flip bytes
            for _ in range(rng.randint(1, 16)):
                spot = rng.randrange(size)
                data[spot] = rng.randrange(256)
    return bytes(data)
