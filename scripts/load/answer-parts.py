#!/usr/bin/env python3
"""Where the bytes of a compact comparison (`GET /api/v2/compare`) go: fetches each path
of a mix (v1 paths are asked of v2) and prints the mean bytes per answer of each
top-level part, of the rows' entries by the record they name, and of the entries'
fields. What #26's 40 KB goal has to take out of; 127.0.0.1 only.

    answer-parts.py http://127.0.0.1:PORT scripts/load/compare.txt [HOW_MANY]
"""
import collections
import http.client
import json
import sys
from urllib.parse import urlparse

base, listing = sys.argv[1], sys.argv[2]
how_many = int(sys.argv[3]) if len(sys.argv) > 3 else 100
url = urlparse(base)
if url.hostname not in ("127.0.0.1", "localhost"):
    sys.exit("answer-parts.py: 127.0.0.1 only")
conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
paths = [p.replace("/api/v1/compare?", "/api/v2/compare?")
         for p in open(listing).read().splitlines() if p][:how_many]


def size(value):
    """Bytes of `value` as compact JSON (the server writes no spaces)."""
    return len(json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode())


parts, kinds, fields = (collections.Counter() for _ in range(3))
total = 0
for path in paths:
    conn.request("GET", path, headers={"Accept-Encoding": "identity"})
    response = conn.getresponse()
    body = response.read()
    if response.status != 200:
        sys.exit(f"{path}: {response.status} {body[:200]!r}")
    total += len(body)
    answer = json.loads(body)
    for key, value in answer.items():
        parts[key] += size(value)
    for row in answer["rows"]:
        for side in ("stay", "move", "both"):
            for entry in row[side]:
                kind = next(k for k in ("offer", "pledge", "guarantee", "law") if k in entry)
                kinds[f"{side} {kind}"] += size(entry)
                for key, value in entry.items():
                    fields[key] += size(key) + 1 + size(value)

n = len(paths)
print(f"{n} answers, mean {total / n:,.0f} B")
for title, counter in (("part", parts), ("row entries", kinds), ("entry field", fields)):
    print(f"\n{title:<22} mean B")
    for key, value in counter.most_common():
        if value / n >= 100:
            print(f"{key:<22} {value / n:>8,.0f}")
