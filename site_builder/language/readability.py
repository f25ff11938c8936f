"""Readability of Dutch texts (B1 and A2): sentence length, word length, Flesch-Douma.

A heuristic lint, not a certificate: it flags texts that are clearly too hard for the
variant, and shows per text that the A2 rewrite is simpler than its B1 source.
Flesch-Douma (the Dutch Flesch reading ease): 206.835 - 0.93 * words/sentence
- 77 * syllables/word. Syllables are counted as groups of vowels (Dutch diphthongs such
as ij, ui, oe count once), which is close enough for a lint.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..data.model import PLACEHOLDER

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý0-9'\"(])")
_WORD = re.compile(r"[A-Za-zÀ-ÿ]+(?:[-'][A-Za-zÀ-ÿ]+)*")
_VOWELS = re.compile(r"[aeiouyàáâäèéêëìíîïòóôöùúûü]+", re.IGNORECASE)

# per variant: mean words per sentence, longest sentence, minimum Flesch-Douma
THRESHOLDS = {"nl": {"gemiddeld": 18.0, "langste": 25, "flesch_douma": 45.0},
              "a2": {"gemiddeld": 10.0, "langste": 15, "flesch_douma": 60.0}}


@dataclass(frozen=True)
class Score:
    words: int
    sentences: int
    mean_sentence: float
    longest: int
    syllables_per_word: float
    flesch_douma: float


def syllables(word: str) -> int:
    return max(1, len(_VOWELS.findall(word)))


def score(text: str) -> Score:
    text = PLACEHOLDER.sub("bedrag", text)
    parts = [p for p in _SENTENCE.split(text.strip()) if _WORD.search(p)]
    counts = [len(_WORD.findall(p)) for p in parts] or [0]
    words = _WORD.findall(text)
    n_words = max(1, len(words))
    n_sentences = max(1, len(parts))
    per_word = sum(syllables(w) for w in words) / n_words
    mean = n_words / n_sentences
    return Score(len(words), len(parts), mean, max(counts), per_word,
                 206.835 - 0.93 * mean - 77 * per_word)


def problems_with(text: str, variant: str) -> list[str]:
    """Plain-language reasons why *text* is too hard for *variant* (empty when fine)."""
    limits = THRESHOLDS[variant]
    s = score(text)
    label = "B1" if variant == "nl" else "A2"
    out = []
    if s.words < 6:       # a name or a label: nothing to judge
        return out
    if s.longest > limits["langste"]:
        out.append(f"een zin heeft {s.longest} woorden ({label}: hoogstens {limits['langste']})")
    if s.mean_sentence > limits["gemiddeld"]:
        out.append(f"gemiddeld {s.mean_sentence:.1f} woorden per zin ({label}: hoogstens "
                   f"{limits['gemiddeld']:g})")
    if s.flesch_douma < limits["flesch_douma"] and s.words >= 12:
        out.append(f"Flesch-Douma {s.flesch_douma:.0f} ({label}: minstens "
                   f"{limits['flesch_douma']:g})")
    return out


def simpler(a2: str, b1: str) -> bool:
    """Is the A2 rewrite at least as easy as its B1 source on both measures? (Names and short
    labels, under six words, only need to stay short.)"""
    source, easy = score(b1), score(a2)
    if source.words < 6:
        return easy.mean_sentence <= 10 or easy.words <= source.words
    return easy.mean_sentence <= source.mean_sentence and \
        easy.flesch_douma >= source.flesch_douma
