#!/usr/bin/env python3
"""Fetches every path of a mix once over one keep-alive connection: checks each answers
200, and prints `mean_bytes max_bytes distinct_paths` (the static body of the load test
is the mean size). Used by scripts/load-test.

    sizes.py http://127.0.0.1:PORT scripts/load/compare.txt
"""
import http.client
import sys
from urllib.parse import urlparse

base, listing = sys.argv[1], sys.argv[2]
url = urlparse(base)
conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
paths = [p for p in open(listing).read().splitlines() if p]
sizes = []
for path in paths:
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    if response.status != 200:
        sys.exit(f"{path}: {response.status} {body[:200]!r}")
    sizes.append(len(body))
print(round(sum(sizes) / len(sizes)), max(sizes), len(set(paths)))
