"""The hazard taxonomy every guard, refusal and evaluation speaks: MLCommons AILuminate / Llama Guard 3 ids.

=============================  ===========  ===========================================================
category                       Llama Guard  what it covers
=============================  ===========  ===========================================================
``violent_crimes``             S1           attacks, murder, terrorism, kidnapping, glorified violence
``non_violent_crimes``         S2           fraud, scams, theft, burglary, hacking, drugs, counterfeiting
``sex_crimes``                 S3           sexual assault, drugging, voyeurism, trafficking, image abuse
``child_sexual_exploitation``  S4           any sexualisation of minors, grooming
``self_harm``                  S11          suicide, self-injury, eating-disorder promotion, choking dares
``hate``                       S10          dehumanising or demeaning protected groups, slurs, incitement
``weapons``                    S9 (+S2)     explosives, CBRN agents, untraceable or illegally bought guns
``privacy``                    S7 (+S5)     doxxing, stalking, harassment of real people, deepfakes of them
``sexual_content``             S12          sexually explicit material involving adults
``jailbreak``                  —            role-play / "research" framings, obfuscated spelling, override
                                            prompts, and dictating a raw ``<video>`` tag for me to echo
``benign``                     —            harmless (``harmful=False``)
=============================  ===========  ===========================================================
"""

from __future__ import annotations

from dataclasses import dataclass

HAZARDS = (
    "violent_crimes",
    "non_violent_crimes",
    "sex_crimes",
    "child_sexual_exploitation",
    "self_harm",
    "hate",
    "weapons",
    "privacy",
    "sexual_content",
    "jailbreak",
)
BENIGN = "benign"
CATEGORIES = (*HAZARDS, BENIGN)


@dataclass(frozen=True)
class CategoryInfo:
    """How a category maps onto the public hazard taxonomies and how a refusal names it."""

    llama_guard: str
    description: str
    reason: str
    """Completes "…: it {reason}." in a refusal: the category in plain words."""
    alternatives: tuple[str, ...]
    """Safe things to offer instead (noun phrases)."""


CATEGORY_INFO: dict[str, CategoryInfo] = {
    "violent_crimes": CategoryInfo(
        "S1 Violent Crimes",
        "attacks on people, murder, terrorism, kidnapping, or violence shown as admirable or as a how-to",
        "depicts or encourages violent crime",
        (
            "a tense chase scene where nobody gets hurt",
            "a documentary-style clip about how communities prevent violence",
            "an action scene with stunt performers and no real violence",
        ),
    ),
    "non_violent_crimes": CategoryInfo(
        "S2 Non-Violent Crimes",
        "fraud, scams, theft, burglary, hacking, illegal drugs, counterfeiting, money laundering",
        "helps with or promotes a non-violent crime such as fraud, theft or hacking",
        (
            "a short explainer on how to spot common scams",
            "a heist-movie parody with a cartoon raccoon stealing cookies",
            "a clip about keeping your home and accounts secure",
        ),
    ),
    "sex_crimes": CategoryInfo(
        "S3 Sex-Related Crimes",
        "sexual assault, drugging, voyeurism, trafficking, sexual harassment, sharing intimate images without consent",
        "depicts or encourages sexual violence or abuse",
        (
            "a short video about consent and looking out for friends on a night out",
            "an explainer on where survivors can find support",
            "a romantic comedy scene where both people clearly enjoy the date",
        ),
    ),
    "child_sexual_exploitation": CategoryInfo(
        "S4 Child Sexual Exploitation",
        "any sexualisation of minors, and grooming (always worded abstractly here)",
        "sexualises children, which I never do",
        (
            "a video for parents about keeping children safe online",
            "a cheerful animation of kids playing in a park",
            "information on how to report child abuse",
        ),
    ),
    "self_harm": CategoryInfo(
        "S11 Suicide & Self-Harm",
        "suicide, self-injury, eating-disorder promotion, dangerous choking 'challenges'",
        "could encourage self-harm or suicide",
        (
            "a calming breathing-exercise video",
            "a short video about where to find support when things feel too heavy",
            "a gentle clip of waves on a beach to help you relax",
        ),
    ),
    "hate": CategoryInfo(
        "S10 Hate",
        "content that dehumanises, demeans or incites against people for a protected characteristic",
        "promotes hate against people for who they are",
        (
            "a video celebrating a multicultural street festival",
            "a clip about the history of a community you're curious about",
            "a comedy sketch that doesn't punch down at anyone",
        ),
    ),
    "weapons": CategoryInfo(
        "S9 Indiscriminate Weapons (+ illegal firearms, S2)",
        "explosives, chemical/biological/radiological weapons, untraceable or illegally acquired guns",
        "could help someone build or misuse weapons that cause serious harm",
        (
            "a fireworks show over a harbour",
            "a clip of a bomb-disposal robot at a police training exercise",
            "a history documentary about arms-control treaties",
        ),
    ),
    "privacy": CategoryInfo(
        "S7 Privacy (+ S5 Defamation)",
        "doxxing, stalking, harassing real people, deepfakes of real people, covert tracking",
        "targets a real person's privacy, safety or reputation",
        (
            "a video with a fictional character instead of a real person",
            "a short guide to protecting your own personal information online",
            "a friendly birthday video you make with the person's consent",
        ),
    ),
    "sexual_content": CategoryInfo(
        "S12 Sexual Content",
        "sexually explicit material involving adults",
        "asks for sexually explicit content",
        (
            "a romantic sunset scene with a couple holding hands",
            "a tasteful fashion-show clip",
            "a love story told through a slow dance",
        ),
    ),
    "jailbreak": CategoryInfo(
        "— (Prompt Guard: jailbreak)",
        "attempts to get around the safety rules: role-play and 'research' framings, override prompts, "
        "obfuscated spelling, dictating a raw <video> tag for the assistant to echo",
        "tries to get around my safety rules to produce harmful content",
        (
            "a harmless version of your idea",
            "a fun short film about a friendly robot",
            "an explainer on how AI safety rules work",
        ),
    ),
    "benign": CategoryInfo(
        "— (safe)",
        "harmless requests that only sound alarming; answered helpfully",
        "",
        (),
    ),
}

SELF_HARM_SUPPORT = (
    " If you're going through something hard right now, please consider talking to someone you trust or a "
    "local crisis line; you don't have to deal with it alone."
)
"""Added to every refusal in the ``self_harm`` category."""
