#!/usr/bin/env python3
"""Writes the load test's request mixes (checked in beside this script; rerun only to
change them). Fixed seed, so the same lists come out every time.

search.txt  2,000 searches: 50 phrases in young people's words (typos and half-typed
            words included), 30% narrowed to a council, 15% to an age.
search-new-words.txt
            2,000 searches whose words were never asked before in the file: each is
            a phrase above with one letter of each word changed (a typo), so the
            index keeps nothing that helps it (a search's cost the first time its
            words are asked).
compare.txt 2,000 distinct comparisons: random pairs of different councils at random
            ages 16-25.

Councils are those of `offer-atlas synth` (E99000001 to E99000350: 25 counties, each
followed by its 8 districts, then 125 unitary and metropolitan councils).
"""
import random
from pathlib import Path
from urllib.parse import quote

SEED = 16
COUNCILS = [f"E99{n:06d}" for n in range(1, 351)]
PHRASES = [
    "council tax", "uni money", "gym", "wifi", "acommodation", "help with rent",
    "driving lessons", "bus pass", "free prescriptions", "mental health",
    "someone to talk to", "birthday money", "setting up home", "deposit for a flat",
    "furniture", "tv licence", "home insurance", "passport", "bank account",
    "apprenticeship", "job", "work experience", "college bursary", "university",
    "counselling", "legal advice", "benefits", "emergency money", "travel", "train fare",
    "laptop", "internet", "housing", "homeless", "staying put", "swimming", "mentor",
    "personal adviser", "drop in", "id", "graduation", "christmas", "money",
    "food", "grant", "accom", "councel tax", "leisure centre", "careers advice", "savings",
]
assert len(PHRASES) == 50 and len(set(PHRASES)) == 50


def search(rng):
    out = []
    for _ in range(2000):
        q = [f"q={quote(rng.choice(PHRASES))}"]
        if rng.random() < 0.30:
            q.append(f"authority={rng.choice(COUNCILS)}")
        if rng.random() < 0.15:
            q.append(f"age={rng.randint(16, 25)}")
        out.append("/api/v1/search?" + "&".join(q))
    return out


def new_words(rng):
    seen, out = set(), []
    letters = "abcdefghijklmnopqrstuvwxyz"
    while len(out) < 2000:
        words = []
        for word in rng.choice(PHRASES).split():
            i = rng.randrange(len(word))
            words.append(word[:i] + rng.choice(letters) + word[i + 1:])
        if any(w in seen for w in words):
            continue
        seen.update(words)
        out.append("/api/v1/search?q=" + quote(" ".join(words)))
    return out


def compare(rng):
    seen, out = set(), []
    while len(out) < 2000:
        a, b = rng.sample(COUNCILS, 2)
        if (a, b) in seen:
            continue
        seen.add((a, b))
        out.append(f"/api/v1/compare?from={a}&to={b}&age={rng.randint(16, 25)}")
    return out


if __name__ == "__main__":
    here = Path(__file__).parent
    rng = random.Random(SEED)
    (here / "search.txt").write_text("\n".join(search(rng)) + "\n")
    (here / "compare.txt").write_text("\n".join(compare(rng)) + "\n")
    # Its own generator, so the lists above stay as they were.
    (here / "search-new-words.txt").write_text(
        "\n".join(new_words(random.Random(SEED + 1))) + "\n"
    )
