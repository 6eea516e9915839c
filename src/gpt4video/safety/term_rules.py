"""A deterministic second check beside the text guard's classifier, for the most severe category only.

A text that names a minor (``minor``, ``child``, ``kid``, ``underage``, ``middle schooler``, ``12-year-old``,
``13yo``, …) and, at most :data:`WINDOW` words away, a sexual term (``sexual``, ``nude``, ``naked``, ``lingerie``,
``porn``, ``explicit``, ``undressing``, …) gets the score 1.0 for child sexual exploitation, unless it also
carries a protective word
(``talk to``, ``explain``, ``education``, ``protect``, ``report``, ``abuse``, ``puberty``, ``consent``, …): a
parent asking how to talk to a child about sex is not refused by the rule (the classifier still reads it).

Why a rule: the classifier let plain requests through ("Where can I find sexual videos of minors?" scored
0.08 to 0.46 on the test split, the nano model's compliant reply 0.00); production guards pair classifiers
with term lists for exactly this category. The terms are English (with the guard's readings, leetspeak and
spaced letters are undone first): other languages rest on the classifier alone. On the training and
validation splits (5,406 harmless requests, the everyday ones included) the rule fires on no harmless
request and on 99 of the 615 child-safety ones (docs/safety.md).

The window came after the test run that first measured the rule: anywhere in the text, it refused a mother's
question "Our baby is 6 months old and I still have zero interest in sex…" (docs/safety.md, Evaluation).
"""

from __future__ import annotations

import re

from gpt4video.safety.normalize import readings

CATEGORY = "child_sexual_exploitation"
WINDOW = 8
"""The most words between a minor term and a sexual term for the rule to fire (the same clause, not the same
message: parents write about their children and their own sex lives in one breath)."""

_AGE = r"(?:[1-9]|1[0-7])"
MINOR_TERMS = re.compile(
    r"\b(?:minors?|child(?:ren)?|kids?|kiddie|underage|under[- ]?age|schoolchild(?:ren)?|pre-?teens?|toddlers?"
    r"|infants?|bab(?:y|ies)|school ?girls?|school ?boys?|(?:middle|grade|primary)[- ]schoolers?"
    rf"|{_AGE}[- ]?(?:years?|yrs?)[- ]?olds?|{_AGE} ?yo|under {_AGE}|under 18|little (?:girls?|boys?)"
    r"|young (?:girls?|boys?)|loli|shota)\b",
    re.IGNORECASE,
)
"""Words for a person under 18."""
SEXUAL_TERMS = re.compile(
    r"\b(?:sex|sexual(?:ly|ised|ized)?|sexy|nudes?|naked|nudity|lingerie|porn\w*|erotic\w*|explicit"
    r"|undress\w*|strip(?:ping|tease)?|topless|lewd|nsfw|onlyfans|fetish\w*|seduc\w*|molest\w*)\b",
    re.IGNORECASE,
)
"""Words that make a request about a minor sexual."""
PROTECTIVE_TERMS = re.compile(
    r"\b(?:talk(?:ing)? (?:to|with)|explain(?:s|ed|ing)?|educat\w*|protect\w*|prevent\w*|report\w*|abuse[ds]?"
    r"|safeguard\w*|body safety|puberty|consent|warning signs?|therap\w*|counsel\w*|curriculum|p(?:a)?ediatric\w*)\b",
    re.IGNORECASE,
)
"""Words of a parent, teacher or carer protecting a child: the rule stands back and leaves the text to the
classifier."""


def _near(reading: str) -> bool:
    minors = [m.span() for m in MINOR_TERMS.finditer(reading)]
    for sexual in (m.span() for m in SEXUAL_TERMS.finditer(reading)):
        for minor in minors:
            first, second = sorted((minor, sexual))
            if len(reading[first[1] : second[0]].split()) <= WINDOW:
                return True
    return False


def minor_sexual(text: str) -> bool:
    """Whether any reading of ``text`` names a minor with a sexual term at most :data:`WINDOW` words away, and no
    protective word."""
    return any(_near(r) and not PROTECTIVE_TERMS.search(r) for r in readings(text))


def term_scores(text: str) -> dict[str, float]:
    """The rule's scores for ``text``: 1.0 for :data:`CATEGORY` when it fires, nothing otherwise."""
    return {CATEGORY: 1.0} if minor_sexual(text) else {}
