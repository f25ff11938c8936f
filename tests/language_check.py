"""Find Dutch sentences in the main text of a page that should be in another language.

A sentence counts as Dutch when it has at least five words of which at least three are
distinct Dutch function words that do not occur in English or Turkish (de, het, een, van, …)
and they make up at least a quarter of its words. Names of schemes and organisations
("Helpdesk Geldzaken", "Dienst Toeslagen") contain too few such words to count, so the names
that stay Dutch on purpose are excepted by construction.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

DUTCH = {"de", "het", "een", "van", "voor", "met", "uw", "niet", "zijn", "bij", "dat", "als",
         "dan", "ook", "naar", "wordt", "hebt", "kunt", "krijgt", "geen", "meer", "deze", "wat",
         "hoe", "wie", "er", "nog", "om", "te", "tot", "worden", "heeft", "hun", "mag", "moet",
         "u", "op", "aan", "en", "is", "die", "wij", "we", "ze", "zij", "hij", "maar", "of",
         "want", "welke", "waar", "kan", "wel", "uit", "over", "door", "ik", "mijn", "je"}
EXCLUSIVE = DUTCH - {"is", "die", "of", "we", "op", "en", "kan", "over", "door", "want", "om",
                     "te", "er", "hij", "maar", "ze", "je", "ik", "wel", "aan", "de", "u"}
_WORD = re.compile(r"[A-Za-zÀ-ÿ]+")
_SENTENCE = re.compile(r"(?<=[.!?:;])\s+|\n+")


class _Main(HTMLParser):
    """Collects the text of <article>, skipping scripts and anything marked lang="nl"."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.skip = []
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "article":
            self.depth += 1
        if tag in ("script", "style", "noscript") or \
                (self.depth and values.get("lang", "").startswith("nl")):
            self.skip.append(tag)
        if tag in ("p", "li", "h1", "h2", "h3", "h4", "td", "th", "br", "div", "a"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if self.skip and self.skip[-1] == tag:
            self.skip.pop()
        if tag == "article":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.parts.append(data)


def main_text(html: str) -> str:
    parser = _Main()
    parser.feed(html)
    return "".join(parser.parts)


def dutch_sentences(text: str) -> list[str]:
    found = []
    for sentence in _SENTENCE.split(text):
        words = [w.lower() for w in _WORD.findall(sentence)]
        if len(words) < 5:
            continue
        hits = [w for w in words if w in DUTCH]
        if len(set(w for w in hits if w in EXCLUSIVE)) >= 3 and len(hits) >= len(words) / 4:
            found.append(sentence.strip())
    return found
