"""Tone: the writer's emotional state leaking into the prompt. The model continues the text
it is given, so a panicked prompt gets a panicked answer."""

from __future__ import annotations

import re

from ..context import DETERMINERS, RFC_WORDS, DocContext
from ..lexicon import EMPHASIS_WORDS as _EMPHASIS, StemSet, is_scale, valence
from ..model import Category, Finding, Fix, Rule, Severity
from ..scoping import Block
from . import tone_patterns as P
from ..prefilter import gate_patterns, pattern
from ._base import NEGATED_BEFORE, code_ends, code_follows, delete_sentence, delete_span, edit, in_quotes, make, mentioned_term, phrase, sentence_at
from .caps_words import ACRONYMS, AMBIGUOUS, common_words
from .team_phrases import team_phrase_findings

STRIP = "Strip emotional language"
_MIRROR = (
    "A model has no sense that something is an emergency and no reason to be more careful because "
    "you are worried. It continues the text it is given, and the text it is given sounds rushed and "
    "anxious, so the likeliest continuation is rushed and anxious too: short, over-confident, shallow."
)

URGENCY = Rule(
    "LIT101", "urgency", Category.TONE, Severity.WARNING,
    "Urgency and time pressure (\"URGENT\", \"ASAP\", \"I needed this yesterday\").",
    _MIRROR + " Urgency does not buy speed or care; it only sets a hurried register.",
    "State the task and its constraints. If a deadline matters to the output (\"a 3-line summary an "
    "on-call engineer can read in 30 seconds\"), describe the output that deadline requires.",
    "URGENT: summarize these logs ASAP, I needed this yesterday.",
    "Summarize these logs.",
    STRIP, fades=True,
)
DISTRESS = Rule(
    "LIT102", "distress", Category.TONE, Severity.WARNING,
    "The writer's own stress, panic or exhaustion (\"I'm so stressed\", \"I can't think straight\").",
    _MIRROR + " Telling the model how you feel adds no information about the task.",
    "Leave your state out. Give the facts the model needs: what happened, what you have tried, what a "
    "good answer must contain.",
    "I'm panicking and can't think straight. Why does the deploy fail?",
    "Why does the deploy fail? The error and the last three commits are below.",
    STRIP, fades=True,
)
PRESSURE = Rule(
    "LIT103", "pressure", Category.TONE, Severity.WARNING,
    "Pressure from people or consequences to the writer (\"my CEO is pinging me\", \"my job is on the line\").",
    _MIRROR + " The model cannot act on who is waiting or what happens to you; it only picks up the alarm.",
    "Replace the pressure with what it implies for the output: the audience, the level of detail, the "
    "decision the answer must support.",
    "My CEO is pinging me every five minutes, write the incident update.",
    "Write the incident update for the CEO: impact, cause, next update time, in 5 bullets.",
    STRIP, fades=True,
)
SHOUTING = Rule(
    "LIT104", "shouting", Category.TONE, Severity.WARNING,
    "Ordinary words in capitals for emphasis (\"DO NOT\", \"NEVER\", \"NOW\").",
    "Capitals read as shouting. Models trained on human text pick up the alarm and tend to over-apply "
    "a shouted rule everywhere, or answer in the same tense register. Emphasis by volume does not tell "
    "the model why a rule matters or where it applies.",
    "Write the rule in normal case and give its reason or its scope: \"Do not invent figures: every "
    "number must come from the table below.\"",
    "DO NOT make up numbers. NEVER skip the summary.",
    "Do not make up numbers. Never skip the summary.",
    "Use normal case",
)
EXCLAMATION = Rule(
    "LIT105", "exclamation-run", Category.TONE, Severity.INFO,
    "Runs of exclamation marks (\"!!\", \"!!!\", \"?!\").",
    "Stacked exclamation marks are the written form of a raised voice. The model mirrors the register "
    "it sees and gains no information from it.",
    "End the sentence with a period.",
    "Check every figure!!!",
    "Check every figure.",
    "Replace with a period", fades=True,
)
PLEADING = Rule(
    "LIT106", "pleading", Category.TONE, Severity.WARNING,
    "Pleading and begging (\"please please\", \"I'm begging you\", \"I really really need this\").",
    _MIRROR + " Begging does not raise the model's effort: there is no effort to raise, only text to continue.",
    "Say what the result must contain and how it will be used.",
    "Please please get this right, I really really need it.",
    "The result must list every failing test with its error message.",
    STRIP, fades=True,
)
THREAT = Rule(
    "LIT107", "threat-or-blame", Category.TONE, Severity.WARNING,
    "Threats, blame, impatience and sarcasm aimed at the model (\"don't screw this up\", \"get it right this time\", \"surely even you can\").",
    "The model has no memory of \"last time\" and no fear of consequences. Threats add hostility to the "
    "context, which the model mirrors, and say nothing about what \"right\" is.",
    "Name the mistake to avoid and the check that proves it is avoided: \"The previous answer invented "
    "an API. Use only the functions listed below.\"",
    "Don't screw this up again, get it right this time.",
    "Use only the functions listed below; if none fits, say so.",
    STRIP, fades=True,
)
PROFANITY = Rule(
    "LIT108", "profanity", Category.TONE, Severity.WARNING,
    "Profanity and angry words in the writer's own voice.",
    _MIRROR + " Swearing marks the prompt as a heated exchange, and the model answers in kind or grovels.",
    "Remove the word; keep the instruction.",
    "Why the hell does this query time out?",
    "Why does this query time out?",
    STRIP, fades=True,
)
TEAM_TONE = Rule(
    "LIT190", "team-tone-phrase", Category.TONE, Severity.WARNING,
    "A phrase your team listed in `phrases.tone` in the Literalist config.",
    _MIRROR,
    "Remove the phrase; describe the output you need instead.",
    "(your team's phrase)", "(the sentence without it)",
    STRIP, fades=True,
)

RULES = (URGENCY, DISTRESS, PRESSURE, SHOUTING, EXCLAMATION, PLEADING, THREAT, PROFANITY, TEAM_TONE)
CODES = tuple(r.code for r in RULES)

_DIRECT = ((P.URGENCY_STRONG, URGENCY), (P.DISTRESS_PHRASE, DISTRESS), (P.PRESSURE_PEOPLE, PRESSURE),
           (P.PRESSURE_CONSEQUENCE, PRESSURE), (P.PRESSURE_SCENE, PRESSURE), (P.PRESSURE_AT_ME, PRESSURE), (P.PRESSURE_OPEN, PRESSURE), (P.PLEADING, PLEADING),
           (P.THREAT, THREAT), (P.PROFANITY, PROFANITY))
# These describe the writer, not the task: the whole clause goes.
_CLAUSE_RULES = {DISTRESS.code, PRESSURE.code, PLEADING.code, THREAT.code}


def check(block: Block, ctx: DocContext) -> list[Finding]:
    if block.kind == "table_row":
        return []
    text = block.text
    hits: list[tuple[int, int, Rule]] = []
    for rx, rule in _DIRECT:
        for m in rx.finditer(text):
            hits.append((m.start(), m.end(), rule))
    hits.extend(_urgent_words(text, block.kind))
    hits.extend(_distress_constructions(text))
    hits.extend(_verdicts_on_past_work(text))
    hits = [h for h in hits if not in_quotes(block, h[0], h[1]) and not _is_label(text, h[0], h[1])
            and not mentioned_term(text, h[0], h[1]) and not _title_case_name(text, h[0], h[1])
            and not (text[h[0]:h[1]].isupper() and ctx.defined_value(text[h[0]:h[1]]))  # "URGENT, HIGH, LOW" defined
            and not (h[2] is DISTRESS and _THIRD_PERSON_BEFORE.search(text, max(0, h[0] - 40), h[0]))
            # "how panicked someone sounds", "how stressed they seem": someone else's state, weighed
            and not (h[2] is DISTRESS and _HOW_BEFORE.search(text, max(0, h[0] - 8), h[0]) and _SOMEONE_APPEARS_AFTER.match(text, h[1]))
            # "whether the sender sounds angry or stressed", "a patient ... sounds panicked": how someone else comes across
            and not (h[2] is DISTRESS and _APPEARS_BEFORE.search(text, max(0, h[0] - 30), h[0])
                     and not _FIRST_PERSON.search(text, max(0, h[0] - 60), h[0]))
            # "Sound like someone tired of it for the 500th time": a persona's mood, to play
            and not _ROLE_TO_PLAY_BEFORE.search(text, max(0, h[0] - 100), h[0])
            and not (h[2] is DISTRESS and _NAMED_PERSON_BEFORE.search(text, max(0, h[0] - 30), h[0]) and not _FIRST_PERSON.search(text, h[0], h[1]))
            and not (h[2] is PRESSURE and _TYPICAL_BEFORE.search(text, max(0, h[0] - 40), h[1])
                     and not _FIRST_PERSON.search(text, max(0, h[0] - 40), h[0]))
            and not (h[2] is THREAT and _DEFINITION_BEFORE.search(text, max(0, h[0] - 120), h[0]))
            # "If the last reply was wrong, say so": a case the reply must handle, not blame
            and not (h[2] is THREAT and _IF_BEFORE.search(text, max(0, h[0] - 12), h[0]))
            # "Light profanity is fine when it lands (damn, hell, crap)": words the output may use, named
            and not (h[2] is PROFANITY and _ABOUT_LANGUAGE_BEFORE.search(text, max(0, h[0] - 120), h[0]))
            # "even if I seem like I'm in a hurry": how the writer might come across, named to be ignored
            # ... or "I don't want it to look like I'm begging": how the output must not come across
            and not (h[2] in (URGENCY, DISTRESS, PLEADING) and _SEEMING_BEFORE.search(text, max(0, h[0] - 24), h[0]))
            # "make it clear we're getting nervous": the feeling is what the message must say
            and not (h[2] is DISTRESS and _CONVEYED_BEFORE.search(text, max(0, h[0] - 40), h[0]))
            # "if the sender is furious, the English should read as furious too": a case the task
            # handles, someone else's state (not "if I'm late the client is furious")
            and not (h[2] is PRESSURE and text[h[0]:h[1]].split(None, 1)[0].lower() in _BE_FORMS
                     and _CONDITION_BEFORE.search(text, max(0, h[0] - 50), h[0])
                     and not _FIRST_PERSON.search(text, max(0, h[0] - 50), h[0]))
            # "If you think it is an emergency, call 999": a case the reader may be in, not the writer's hurry
            # ... or "no extension if the rental is already overdue": the state of a thing a condition checks
            and not (h[2] is URGENCY and (_STATE_OF_CASE.match(text, h[0]) or text[h[0]:h[1]].lower().endswith("overdue"))
                     and _CONDITION_BEFORE.search(text, max(0, h[0] - 50), h[0]))
            # "If the customer writes URGENT in the subject", "keep the word URGENT": a word someone
            # else writes, or the output must hold, named
            and not (h[2] is URGENCY and text[h[0]:h[1]].isupper() and (_KEYWORD_VERB_BEFORE.search(text, max(0, h[0] - 16), h[0])
                                                                         or _LITERAL_BEFORE.search(text, max(0, h[0] - 30), h[0])))]
    hits = _drop_nested(hits)
    out = [_finding(block, s, e, rule) for s, e, rule in hits]
    covered = [(s, e) for s, e, _ in hits]
    out.extend(_shouting(block, ctx, covered))
    out.extend(_exclamations(block, covered))
    out.extend(team_phrase_findings(block, ctx, "tone", TEAM_TONE, _fix_for))
    return out


# (told to the model, opening its sentence or after "you": not "make us sound like a call centre")
_ROLE_TO_PLAY_BEFORE = pattern(r"(?:(?:^|(?<=[.!?\n]))[ \t*_\-]*|\byou\s+(?:should\s+|must\s+|will\s+)?)"
                          r"(?:sound|write|act|talk|speak|respond|reply|behave|come\s+across)\s+(?:\w+\s+)?(?:like|as)\s+"
                          r"(?:someone|somebody|a|an)\b[^.!?\n]*$", re.I)
# a verb of writing or sending before a word in capitals: the word is a keyword someone else uses
# (or one the writer names, to say or leave out: "Don't say URGENT in it")
_KEYWORD_VERB_BEFORE = pattern(r"\b(?:writes|wrote|types|typed|says|said|sends|sent|replied|texted|texts\s+(?:us|back)|say|mention|type|print|spell)\s+[\"'`\u201c]?$", re.I)
_CONVEYED_BEFORE = pattern(r"\b(?:make\s+(?:it\s+)?clear|let\s+(?:them|him|her|everyone|the\s+[\w\-]+)\s+know|tell\s+(?:them|him|her|everyone|the\s+[\w\-]+)|"
                           r"say|mention|explain|admit|convey|get\s+across)\s+(?:that\s+)?$", re.I)
_SEEMING_BEFORE = pattern(r"\b(?:(?:seems?|looks?|sounds?|feels?)\s+(?:like|as\s+if|as\s+though)|even\s+if|as\s+if|as\s+though)\s+$", re.I)
# a condition the reader may be in ("if you think it is an emergency"), and the state it names
_BE_FORMS = frozenset(("is", "are", "was", "were"))
_CONDITION_BEFORE = pattern(r"\b(?:if|when|whether|unless)\b[^.!?\n,;:]{0,40}$", re.I)
_STATE_OF_CASE = pattern(r"(?:it|this|that)\s+(?:is|['\u2019]s)\b", re.I)
# the sentence is about words the output may use, not the writer's own
_ABOUT_LANGUAGE_BEFORE = pattern(r"\b(?:profanity|swearing|swear\s+words?|curse\s+words?|cursing|language|slang|words)\b[^.!?\n]*$", re.I)
# "the ones we send now", "the emails they send now": a verb with no object after a noun and
# its subject is a relative clause, and "now" in it means "these days"
_NOW_ALONE = pattern(r"\w+\s+(?:right\s+)?now", re.I, gate=False)
_RELATIVE_SUBJECT_BEFORE = pattern(
    r"\b(?:ones?|what|those|which|(?!(?:is|was|has|does|this|thus|yes|us|plus|thanks|please|as)\s)[a-z]+s)"
    r"\s+(?:we|they|you|I)\s+(?:currently\s+|usually\s+|normally\s+)?$", re.I)
# "how it works now", "what the page looks like now": a question about the present state
_STATE_QUESTION_BEFORE = pattern(r"\b(?:how|what|where|which|whether)\s+(?:[\w\-]+\s+){0,3}?(?:works?|is|are|looks?(?:\s+like)?|stands?|behaves?|runs?|reads?|exists?)\s+$", re.I)
_ADVICE_BEFORE = pattern(r"\b(?:thing|things|something|step|steps|action|actions|one|what)\s+(?:to|(?:they|you|he|she|we|the\s+[\w\-]+)\s+(?:can|could|should|might))\s+$", re.I)
# "Stop all work immediately", "escalate immediately", "recommend contacting the clinic
# immediately": a step that halts or hands off a procedure, or advice the model passes on to
# someone else; neither hurries the model's own work
# a rule for whenever something happens: "If the build fails, fix it immediately", "Treat X as blockers; ..."
_STANDING_RULE_BEFORE = pattern(r"(?:^|(?<=[.!?\n]))[ \t]*(?:[-*+][ \t]+)?(?:treat|if|when|whenever|once|upon|on\s+(?:any|every|each))\b[^.!?\n]*$", re.I)
_NOT_PRESSURE_BEFORE = pattern(
    r"\b(?:(?:stop|halt|abort|cease|pause|exit|quit|terminate|escalate|notify|alert|page|contact|flag|warn)(?:\s+(?!and\b|then\b)[\w'\-]+){0,3}"
    r"|(?:recommend|recommending|advise|advising|urge|urging|tell|telling|encourage|encouraging|instruct|instructing)"
    r"(?:\s+(?!and\b|then\b)[\w'\-]+){1,8})\s*$",
    re.I,
)


# what something does, said in the indicative: "the socket is destroyed", "it fulfills",
# "the process exits"; a demand on the model is an imperative or a need ("fix it", "I need it")
_DESCRIBED_BEFORE = pattern(
    r"(?:\b(?:is|are|was|were|gets|got)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ne|ut|nt)"
    # "code that can be run immediately": what it is able to do; "the closing message and the tool
    # call happen in the same reply, immediately": when, in the flow, things happen
    r"|\b(?:can|could|may|might)\s+be\s+\w+(?:ed|en|wn|ne|ut|nt|un)"
    r"|\b(?:happen|happens|occur|occurs|fire|fires|arrive|arrives)\b[^.!?\n]{0,40}?,"
    r"|\b(?:it|this|that|which|who|he|she)\s+(?:\w+ly\s+)?(?!needs\b|wants\b|has\b)\w+[^s\W]s"
    r"|\b(?:exits|terminates|expires|fulfills|fulfils|resolves|rejects|halts|aborts|crashes|quits|begins|fails|applies|ends|takes\s+effect|kicks\s+in|emitting|returning|works|runs|loads|starts|appears|updates|renders|syncs|responds)"
    r"|\b(?:the\s+(?:[\w\-]+\s+)?[\w\-]+|he|she|they|it|which|who)\s+(?:will|would)\s+(?!need|want|expect|require)(?:\w+\s+){1,4}?|\b\w+[^s\W]s\s+(?:it|them|this|that))\s*$",
    re.I,
)


def _urgent_words(text: str, block_kind: str):
    for m in P.URGENT_PREDICATE.finditer(text):
        yield m.start(), m.end(), URGENCY
    for m in P.URGENT_NEED.finditer(text):
        yield m.start(), m.end(), URGENCY
    for m in P.NOW_TIME_PRESSURE.finditer(text):
        if _ADVICE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "one thing to do right now": advice the reply gives, not a hurry
        if P.NOT_RIGHT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "Acknowledge but don't fix now": what to leave for later, not a hurry
        if _NOW_ALONE.fullmatch(text, m.start(), m.end()) and _RELATIVE_SUBJECT_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "shorter than the ones we send now": what is done these days, not a hurry
        w = re.search(r"(?:right\s+)?now\b", text[m.start():m.end()], re.I)
        yield m.start() + w.start(), m.end(), URGENCY
    for m in P.TRAILING_URGENT_ADVERB.finditer(text):
        before = text[max(0, m.start() - 80):m.start()]
        if block_kind == "heading" or NEGATED_BEFORE.search(before) or _NOT_PRESSURE_BEFORE.search(before):
            continue  # "Post immediately" as a step's title; "do not start coding immediately": an order of steps
        if _DESCRIBED_BEFORE.search(before):
            continue  # "the socket is destroyed immediately", "it exits immediately": how something behaves
        if _HANDS_OVER_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            continue  # "Give the link immediately", "Stop the follow-up sequence immediately": when, in the flow, to do a
            # thing (not "Send the report immediately": the work itself, wanted at once)
        if _STANDING_RULE_BEFORE.search(text, max(0, m.start() - 240), m.start()):
            continue  # "Treat mismatch warnings as blockers; investigate immediately": a standing reaction to an event
        if not P.POSITIONAL_AFTER.match(text, m.end()):
            yield m.start(), m.end(), URGENCY
    for m in P.URGENT_WORD.finditer(text):
        word = m.group(1)
        after = text[m.end():m.end() + 3]
        start_of_sentence = text[:m.start()].rstrip()[-1:] in ("", ".", "!", "?", ":", "\n")
        shouted = word.isupper() and len(word) > 1
        if word.lower() == "urgent" and after.startswith(":") and (block_kind == "list_item" or word.islower()):
            continue  # "- urgent: the customer cannot file" defines a label
        if word.lower() == "urgent" and block_kind == "list_item" and P.VALUE_DEFINED_AFTER.match(text, m.end()):
            continue  # "- **Urgent** (within 3 working days): ...": a category, defined where it is named
        if word.lower() in ("urgent", "urgently") and (
            start_of_sentence and (after[:1] in (":", "!", "-", ".", "\u2014", "") or after.strip() == "" or shouted)
            or after.startswith("!")
            or (shouted and not P.DATA_NOUN_AFTER.match(text, m.end()))
        ):
            yield m.start(), m.end(), URGENCY
        elif word.lower() in ("now", "immediately") and shouted and (block_kind != "heading" or text.endswith("RIGHT ", 0, m.start())):
            # (in a heading only "RIGHT NOW": "## Do it NOW / NEXT / LATER" sorts work, it does not hurry)
            if word.lower() == "now" and _STATE_QUESTION_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "Describe HOW it works NOW, not how it changed": the present state, stressed
            yield m.start(), m.end(), URGENCY
        elif word.lower() in ("now", "immediately", "instantly") and after.startswith("!"):
            yield m.start(), m.end(), URGENCY


_DISTRESS = StemSet(P.DISTRESS_STEMS)  # words whose stem is a known feeling


_IF_BEFORE = pattern(r"\b(?:if|when|whenever|whether|in\s+case)\s+$", re.I)
_REGRET_AFTER = pattern(r"\s*(?:[\-\u2014\u2013,.!]|(?:that\s+)?(?:I|we|it|this|that|there|you|they)\b(?:['\u2019]\w+)?\s+(?:\w+\s+)?(?:can['\u2019]?t|cannot|don['\u2019]?t|won['\u2019]?t|isn['\u2019]?t|aren['\u2019]?t|not|no|do\s+not|will\s+not|am\s+not)\b|not\b|so\b)", re.I)


def _distress_constructions(text: str):
    """"I'm <feeling>": a first-person subject with a word whose stem is a known feeling, or
    which VADER scores as strongly negative ("I'm devastated", "we're drowning")."""
    for m in P.DISTRESS_SUBJECT.finditer(text):
        word = m.group(1).lower()
        head = word.split()[0]
        if head in P.DISTRESS_NOT:
            continue
        if head == "afraid" and (text[:m.start()].rstrip().endswith(",") or _REGRET_AFTER.match(text, m.end())):
            continue  # "I'm afraid we can't", "…, I'm afraid": regret, politely said to a reader
        if _IF_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "If I'm discouraged, remind me ...": a state the reply must handle, not the writer's now
        if head in _DISTRESS or valence(head) <= -1.5:
            yield m.start(), m.end(), DISTRESS


def _verdicts_on_past_work(text: str):
    """"The last lot of descriptions were dire": blame for earlier work, which the reply would
    carry on (a verdict word from a list, or one VADER scores as strongly negative)."""
    for m in P.PAST_VERDICT.finditer(text):
        word = (m.group(1) or m.group(2)).lower()
        if word in P.VERDICT_WORDS or valence(word) <= -1.5:
            yield m.start(), m.end(), THREAT


def _is_label(text: str, start: int, end: int) -> bool:
    """"classify as urgent", "priority: URGENT", "urgent, normal or low": a value, not a feeling."""
    before = text[max(0, start - 40):start]
    if P.LABEL_BEFORE.search(before):
        return True
    if P.LABEL_LIST_BEFORE.search(before) and len(text[start:end].split()) == 1:
        return True  # one value after others ("LOW, HIGH or urgent"; not "TWICE and the VP asked about it")
    if P.LABEL_LIST_AFTER.match(text, end):
        return True
    word = text[start:end].lower()
    if word in ("urgent", "urgently") and P.DATA_NOUN_AFTER.match(text, end):
        return True
    # "- URGENT if the test is positive": an urgency level being defined (not "ONLY when ...")
    return word in _URGENCY_LEVELS and text[start:end].isupper() and bool(P.VALUE_DEFINED_AFTER.match(text, end))


_URGENCY_LEVELS = frozenset(("urgent", "asap", "emergency", "critical", "immediate", "rush", "priority"))


# "'Politely' means: thank them, one reason, no lecture": what a reply must hold, not a jab at the model
_DEFINITION_BEFORE = pattern(r"\bmeans?\s*:[^.!?\n]*$", re.I)
# "a customer who says they're stressed": someone else's feelings, which the reply must address
_THIRD_PERSON_BEFORE = pattern(r"\b(?:they|he|she|who|customers?|users?|clients?|patients?|students?|callers?|parents?|tenants?"
                               r"|(?!(?:this|has|was|its|his|is|as|us|yes)\b)\w+[^su\W']s)"
                               r"(?:['\u2019](?:re|s)|\s+(?:are|is|was|were|feel|feels|felt|get|gets|seem|seems))\s+(?:\w+\s+){0,2}$", re.I)
_HOW_BEFORE = pattern(r"\bhow\s+(?:very\s+|really\s+)?$", re.I)
_SOMEONE_APPEARS_AFTER = pattern(r"\s+(?:someone|somebody|anyone|they|he|she|the\s+[\w\-]+|a\s+[\w\-]+)\s+(?:sounds?|seems?|looks?|appears?|comes\s+across|is|are|feels?)\b", re.I)
_APPEARS_BEFORE = pattern(r"\b(?:sounds?|sounded|looks?|looked|seems?|seemed|appears?|comes\s+across\s+as)\s+(?:\w+\s+(?:or|and|but)\s+)?$", re.I)
# "a server down, Tyler stressed or frustrated": a named person's state, not the writer's (but
# "the customer from Stuttgart makes me crazy" is the writer's)
_NAMED_PERSON_BEFORE = pattern(r"(?<=[a-z,;]\s)(?-i:[A-Z][a-z]+)\s+$")
# "Many appeals are furious", "callers are often angry": how the input usually reads, not the
# writer's pressure
_FIRST_PERSON = pattern(r"\b(?:I|we|my|our|me|us)\b[^.!?\n]*$", re.I)  # in the same sentence
_TYPICAL_BEFORE = pattern(r"\b(?:many|most|some|often|usually|sometimes|typically|frequently|generally|occasionally|tend\s+to\s+be)\b[^.!?\n]{0,30}$", re.I)
_NAME_GOES_ON = pattern(r"[ \t]+(?-i:[A-Z][a-z]+)\b")


def _title_case_name(text: str, s: int, e: int) -> bool:
    """"Hurry Up Hot Sauce": capitalised words that run on into more of them, mid-sentence,
    are a name."""
    words = text[s:e].split()
    if not all(w[:1].isupper() and w[1:].islower() for w in words if w[:1].isalpha()):
        return False
    before = text[:s].rstrip()
    return bool(before) and before[-1] not in ".!?:\n" and bool(_NAME_GOES_ON.match(text, e))


def _drop_nested(hits):
    """Keep the longest of overlapping hits so one phrase gives one finding."""
    hits = sorted(hits, key=lambda h: (h[0], -(h[1] - h[0])))
    out = []
    for h in hits:
        if out and h[0] < out[-1][1]:
            if h[1] > out[-1][1] and h[2] is out[-1][2]:
                out[-1] = (out[-1][0], h[1], h[2])
            continue
        out.append(h)
    return out


def _finding(block: Block, s: int, e: int, rule: Rule) -> Finding:
    words = phrase(block, s, e)
    return make(rule, block, s, e, f"{rule.summary.split(' (')[0]}: \"{words}\"", _fix_for(block, s, e, rule))


def _fix_for(block: Block, s: int, e: int, rule: Rule) -> Fix:
    sentence = sentence_at(block, s)
    if rule.code in _CLAUSE_RULES or rule is TEAM_TONE:
        return Fix(STRIP, _delete_clause(block, s, e, sentence, aside=rule is PLEADING))
    if sentence is not None and _only_emotion_left(block.text[sentence.start:sentence.end], s - sentence.start, e - sentence.start):
        return Fix(STRIP, delete_sentence(block, sentence))
    return Fix(STRIP, delete_span(block, s, e, sentence))


_CLAUSE_BREAK = pattern(r"[,;:\u2014\u2013]|\s-\s|\s(?:and|but|so)\s")
# what joins a leading clause to the rest: the punctuation and a conjunction go with the clause
_CLAUSE_JOINER = pattern(r"[\s,;:\u2014\u2013-]*(?:(?:and|but|so)\s+)?", gate=False)
_FILLER = pattern(
    r"\b(?:this|it|that|is|was|are|be|so|really|very|super|and|but|just|i|i'm|me|my|we|our|ok|okay|oh|honestly|"
    r"please|now|today|here|need|needs|a|an|the|all|of|to|too|also|like|literally|seriously|again|guys|man|right|ugh)\b|[^\w\s]+"
)


def _only_emotion_left(sentence: str, s: int, e: int) -> bool:
    rest = sentence[:s] + " " + sentence[e:]
    return _FILLER.sub(" ", rest.lower()).strip() == ""


def _delete_clause(block: Block, s: int, e: int, sentence, aside: bool = False) -> tuple:
    """Drop the clause holding the words; the whole sentence if the clause is all there is."""
    if sentence is None:
        return delete_span(block, s, e, None)
    text = block.text
    cs, ce = sentence.start, sentence.end
    for m in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        if m.end() <= s:
            cs = m.end()
        elif m.start() >= e:
            ce = m.start()
            break
    body = text[sentence.start:sentence.end]
    rest = (text[sentence.start:cs] + text[ce:sentence.end]).strip(" \t,;:.!?-\u2014\u2013")
    if not rest or _only_emotion_left(body, cs - sentence.start, ce - sentence.start):
        if aside and cs == sentence.start and ce == sentence.end and not _only_emotion_left(body, s - sentence.start, e - sentence.start):
            # the words are an aside in a sentence that says something: "Please please don't waffle."
            return delete_span(block, s, e, sentence)
        return delete_sentence(block, sentence)
    if cs == sentence.start:
        # leading clause: "I'm so stressed, can you fix it?" -> "Can you fix it?"
        m = _CLAUSE_JOINER.match(text, ce)
        stop = m.end()
        if stop < sentence.end and text[stop].isalpha():
            return (edit(block, cs, stop + 1, text[stop].upper()),)
        return (edit(block, cs, stop),)
    # trailing or middle clause: "Fix the bug, I'm begging you." -> "Fix the bug."
    while ce > e and text[ce - 1] in ".!?\u2026\"'\u201d)":
        ce -= 1  # the sentence keeps its own closing punctuation
    start = cs
    while start > sentence.start and text[start - 1] in " \t,;:\u2014\u2013-":
        start -= 1
    conj = re.search(r"(?:[\s,]+(?:and|but|so|or))+$", text[sentence.start:start])
    if conj:  # "... and I'm panicking." -> "...", not "... and."
        start = sentence.start + conj.start()
    if ce < sentence.end and text[ce] in ",;:\u2014\u2013-":
        return (edit(block, start, ce),)
    return (edit(block, start, ce),)


# --- shouting ---------------------------------------------------------------------------

# whole words: not "CHANGE" in CHANGES.md; not a part of "ALL-CAPS" (a name for the style) or of
# "LC\_ALL" (Markdown's escaped underscore)
_CAPS = pattern(r"(?<![\w@#$/\\.\-])[A-Z][A-Z'\u2019]*[A-Z](?![A-Z])(?![\w\-]*(?:[a-z0-9_]|\\_))(?!\.\w)(?!-[A-Z])")
# what may stand between two shouted words of one run: spaces, commas, a capital "I" or "A"
_JOIN = pattern(r"[ \t,]+(?:[AI][ \t,]+)?")  # on one line: a run across a line break would span two sentences
_NAME_ARTICLES = frozenset(("the", "a", "an"))
# "IMPORTANT:", "ACTIVATION-NOTICE:", "**BLOCKING** — must fix before merge" (emphasis marks are masked),
# at the start of any line of the block: "**DO:** ...", then "**DON'T:** ..." on the next line
# (a gloss in lower case may come before the colon: "MUST INCLUDE (safety, from our manager):")
_LABEL_PREFIX = pattern(r"^[ \t]*[A-Z][A-Z '\u2019_\-]{0,30}?(?:[ \t]*\((?![^()\n]*[A-Z]{3})[^()\n]{0,80}\))?[ \t]*(?::|[\u2014\u2013]|[ \t]-[ \t])", re.M)


def _shouting(block: Block, ctx: DocContext, covered) -> list[Finding]:
    if block.kind == "heading":
        return _heading_shouts(block, covered)
    if block.kind == "table_row":
        return []
    text = block.text
    if _caps_heading(text):
        return []  # a caps line on its own ("CONTEXT", "OUTPUT FORMAT") is a heading in plain text
    common = common_words()
    allow = ACRONYMS | {w.upper() for w in ctx.config.allow_caps}
    tokens = []
    for m in _CAPS.finditer(text):
        word = m.group().strip("'\u2019")
        plain = word.replace("'", "").replace("\u2019", "")
        if any(cs <= m.start() < ce for cs, ce in covered):
            continue  # already reported as urgency ("NOW"), not again as shouting
        tokens.append((m.start(), m.start() + len(word), plain))
    if not tokens:
        return []  # most blocks: nothing in capitals, so no labels or heading lines to look for
    labels = list(_LABEL_PREFIX.finditer(text))
    heading_lines = [(m.start(), m.end()) for m in _CAPS_LINE.finditer(text) if _caps_heading(m.group())] if "\n" in text else []
    runs: list[list[tuple[int, int, str]]] = []
    for tok in tokens:
        if runs and _JOIN.fullmatch(text[runs[-1][-1][1]:tok[0]] or "x"):
            runs[-1].append(tok)
        else:
            runs.append([tok])
    # the standard log levels, three or more in the block: values, wherever they stand
    log_levels = len(_LOG_LEVELS.intersection(t[2] for t in tokens)) >= 3
    out = []
    for run in runs:
        # ("DO NOT": NOT is a spec's keyword only after one, "MUST NOT"; after a shouted word it is shouted too)
        shouted = [t for k, t in enumerate(run) if _is_shout(t[2], allow, common, ctx)
                   or t[2] == "NOT" and k and run[k - 1][2] not in RFC_WORDS and _is_shout(run[k - 1][2], allow, common, ctx)]
        if len(run) == 1 and run[0][2] in AMBIGUOUS and not (run[0][2] == "NO" and _NO_NOUN_AFTER.match(text, run[0][1])):
            continue  # "YES or NO", "IT", "US": a value or a name; but "NO exceptions" raises the voice
        if not shouted or any(t[2] in _SQL_WORDS for t in run):
            continue  # "NOT NULL", "WHERE NOT EXISTS": SQL, written in capitals by convention
        if [t[2] for t in run] in (["ALL", "CAPS"], ["ALL", "CAPITALS"]):
            continue  # "datelines in ALL CAPS": the style's name, written in it
        if log_levels and all(t[2] in _LOG_LEVELS for t in run):
            continue  # "DEBUG for dumps, ..., CRITICAL only for the stop": the standard log levels, as values
        if [t[2] for t in run] in (["AND"], ["OR"]) and (
                code_follows(text, run[0][1]) or _CONDITION_OPEN_BEFORE.search(text, max(0, run[0][0] - 140), run[0][0])):
            continue  # "`dbh_cm` is empty AND `status` is `DEAD`", "only if a player buys a round AND mentions
            # her husband": a logical operator joining conditions
        if (_LITERAL_BEFORE.search(text, max(0, run[0][0] - 30), run[0][0]) or _IN_CAPITALS_AFTER.match(text, run[-1][1])
                or _MARKED_WITH_BEFORE.search(text, max(0, run[0][0] - 40), run[0][0])):
            continue  # "the heading FRESH THIS WEEK", "REFUND in capitals": words the output must hold, as written
        if len(run) == 1 and run[0][2].lower() not in _STRESSED_MODIFIERS and _STANDARD_CODE_AFTER.match(text, run[0][1]):
            continue  # "under NICE NG12", "ISO 9001": a body's name before the code of its standard
        if len(run) == 1 and run[0][2].lower() not in _STRESSED_MODIFIERS and _KIND_AFTER.match(text, run[0][1]):
            continue  # "USE flags", "GET requests", "UPDATE statements": the capitals are a name
        if len(run) == 1 and run[0][2].lower() not in _COMMANDING and _SETTING_BEFORE.search(text, max(0, run[0][0] - 40), run[0][0]):
            continue  # "a hair dryer on COOL", "set the fan to HIGH": a setting's name, as the dial shows it
        if len(run) == 1 and _ARTICLE_BEFORE.search(text, max(0, run[0][0] - 4), run[0][0]) and _MARKER_AFTER.match(text, run[0][1]):
            continue  # "The MANDATORY tag marks the fields": a marker's name, whatever word it is
        if not any(t[2].lower() in _COMMANDING for t in run) and _FOUND_IN_AFTER.match(text, run[-1][1]):
            continue  # "CRITICAL in a log line is the signal": text found somewhere, named
        if len(run) == 1 and _ARTICLE_BEFORE.search(text, max(0, run[0][0] - 4), run[0][0]) and _PARTY_GLOSS_AFTER.match(text, run[0][1]):
            continue  # "a GHOST (AI agent)": a name for a party, glossed where it is used
        if (len(run) == 1 and run[0][2].lower() not in _STRESSED_MODIFIERS and _ARTICLE_BEFORE.search(text, max(0, run[0][0] - 4), run[0][0])
                and _KIND_GLOSS_AFTER.match(text, run[0][1])):
            continue  # "a COMPLETE answer (detailed, specific, with examples)": a kind of thing, glossed where it is named
        if block.kind == "list_item" and (
                [t[2] for t in run] == ["NOT"] and _calm_negation(text, run[0][0], run[0][1])
                or [t[2] for t in run] == ["DO", "NOT"] and not text[:run[0][0]].strip(" \t*_") and _calm_negation(text, run[1][0], run[1][1], caps=2)):
            continue  # "- Do NOT rewrite existing entries", "- DO NOT edit source code.": the negation marked so it is
            # not missed, in a list of calm rules
        if _MIXED_LABEL_LINE.match(text, text.rfind("\n", 0, run[0][0]) + 1):
            continue  # "✅ **DO Include:**" over a list, then "❌ **DON'T Include:**": a label with its list below
        if len(run) == 1 and run[0][2].lower() not in _STRESSED_MODIFIERS and _COUNT_OR_ARTICLE_BEFORE.search(text, max(0, run[0][0] - 8), run[0][0]) and _TITLE_WORD_AFTER.match(text, run[0][1]):
            continue  # "the 6 VITAL Rules for ...": a word of a name in title case
        if _KEYWORD_VERB_BEFORE.search(text, max(0, run[0][0] - 16), run[0][0]):
            continue  # "Owners who replied STOP", "if the customer writes URGENT": a keyword someone sends, named
        if any(hs <= run[0][0] and run[-1][1] <= he for hs, he in heading_lines):
            continue  # "OUTPUT REQUIREMENTS (FINAL DELIVERABLE)" on a line of its own, over its text: a heading
        s, e = run[0][0], run[-1][1]
        if len(run) > 1 and not _is_shout(run[0][2], allow, common, ctx):
            s = shouted[0][0]
        if not _is_shout(run[-1][2], allow, common, ctx):
            e = shouted[-1][1]
            if all(t[2].lower() in _NAME_ARTICLES for t in shouted):
                continue  # "THE VOICE balloons", with THE VOICE a character's name: the article is part of it
        label = next((lb for lb in labels if lb.start() <= s < lb.end() and run[-1][1] <= lb.end()), None)
        if (label
                and (text[s:e].lower() not in ("urgent", "asap") or len(run) == 1 and ctx.used_as_term(run[0][2]))
                and (label.group().rstrip().endswith(":") or not any(t[2].lower() in _COMMANDING for t in run))):
            continue  # "IMPORTANT:", "BLOCKING —" at the start: a label, not a raised voice ("NEVER — ..." is one)
        if any(cs <= s and e <= ce for cs, ce in covered):
            continue
        if _whole_line(text, run[0][0], run[-1][1]) and len(run) <= 6 or _caps_title_line(text, s):
            continue  # "OUTPUT FORMAT" alone on its line: a heading in a plain-text prompt
        span = text[run[0][0]:run[-1][1]]
        if len(run) > 1 and "," in span and (
                span.count(",") >= 2 and (is_scale([t[2] for t in run]) or _SORTED_INTO_BEFORE.search(text, max(0, run[0][0] - 30), run[0][0])
                                          or _word_list(span) and _LIST_OPENS_BEFORE.search(text, max(0, run[0][0] - 12), run[0][0]))
                or not any(t[2].lower() in _EMPHASIS for t in run)):
            continue  # "FRUSTRATED, NEUTRAL, SATISFIED", "CRITICAL, SERIOUS, ROUTINE", "Group feedback into: MUST FIX,
            # SHOULD FIX, NICE TO HAVE": an enumeration of values, a scale or the buckets things are sorted into
            # ... or words named one by one: "imperative language (WILL, MUST, NEVER, CRITICAL)" (not "NO, NO, NO")
        if len(run) == 1 and run[0][2] in _FIELD_STATUS and code_ends(text[max(0, run[0][0] - 8):run[0][0]]):
            continue  # "`type` REQUIRED.", "`body` OPTIONAL": a field's status, as a schema writes it
        if text[max(0, run[0][0] - 1):run[0][0]] == "[" and (text[run[-1][1]:run[-1][1] + 1] == "]" or _SLOT_HINT_AFTER.match(text, run[-1][1])):
            continue  # "[MIDWIFE TO CHECK]", "[INSERT NAME]", "[CLASS TIME - example: "60 minutes"]": a placeholder
            # the writer fills in, not a raised voice
        if _SLASHED_VALUE_BEFORE.search(text, max(0, run[0][0] - 30), run[0][0]):
            continue  # "ACQUIRE / PASS / REVISE AND RESUBMIT": one of the values a field takes
        if _codes_line(text, run[0][0]):
            continue  # "Shift codes: E = early, L = late, N = night, OFF.": a line that lists codes
        if len(run) == 1 and run[0][2] in _ANSWER_VALUES and _IS_BEFORE.search(text, max(0, run[0][0] - 12), run[0][0]):
            continue  # "if {{faculty_yes_no}} is YES", "set it to FALSE": a field's value, compared or set
        emphatic = len(run) == 1 and run[0][2].lower() in _EMPHASIS
        determiner = len(run) == 1 and run[0][2].lower() in DETERMINERS  # "for THIS role" names no value or label
        # "Rule: NEVER share keys", "I'll repeat: ONLY THE LEDGER": an order after a colon, not a value
        order = (run[0][2].lower() in _COMMANDING and not _VALUE_AFTER.match(text[e:e + 40])
                 and (len(run) >= 3 or bool(_ORDER_GOES_ON.match(text, e))))
        if in_quotes(block, s, e) or _bracketed(text, s, e) or not determiner and not order and (
                len(run) < 3 and not emphatic and _caps_value(text, run[0][0], e) or _is_label(text, s, e)):
            continue
        if _named(text, run[0][0], run[-1][1], any(t[2].lower() in _EMPHASIS for t in run)):
            continue
        # one edit per word: what lies between them may be masked code or a placeholder
        edits = tuple(edit(block, ts, te, _normal_case(text, ts, text[ts:te])) for ts, te, _ in run if s <= ts and te <= e)
        edits += tuple(edit(block, s + m.start(), s + m.end(), "a") for m in re.finditer(r"(?<=\s)A(?=\s)", text[s:e]))
        out.append(_shout(block, s, e, edits))
    return out


_VALUE_BEFORE = pattern(r"(?:[:=\u2192]|->|=>|\b(?:as|with|reply|respond|answer|output|return|print|label|labelled|labeled|word|words|token|either|say|write|mark|tag|choose|decide|pick|select|for|if|when)|(?<![\w'])[A-Z0-9][A-Z0-9\-]*\s*(?:,\s*(?:or\b|and\b)?|/|\bor\b|\band\b|\u2026|\.\.\.))\s*[\"'`(\[]?\s*$")
# emphasis words that cannot name a category: "NEVER — ..." shouts, "IMPORTANT — should fix" labels
_COMMANDING = frozenset(
    "not never always must only do don't dont no any all every each now please really very absolutely immediately ever "
    "again stop cannot can't won't should shall will need needs have has sure".split()
)


_ANSWER_VALUES = frozenset(("YES", "NO", "TRUE", "FALSE", "NULL", "NONE", "N/A", "Y", "N"))
_IS_BEFORE = pattern(r"(?:\b(?:is|are|was|were|equals|be|to)|==?)\s*[\"'`]?$", re.I)
_FIELD_STATUS = frozenset(("REQUIRED", "OPTIONAL", "RECOMMENDED", "DEPRECATED"))
# "E = early", "N = night": a code set equal to its meaning
_CODE_DEFINED = pattern(r"(?<![\w\-])[A-Z][A-Z0-9_]{0,9}\s*=\s*[\w(]")


# where a list of words opens: a parenthesis, a colon, "such as", "like", "e.g."
_LIST_OPENS_BEFORE = pattern(r"(?:[(:]|\bsuch\s+as|\blike|\be\.g\.,?|\bincluding)[ \t\"'`]*$", re.I)


def _word_list(span: str) -> bool:
    """Three or more different single words between commas: a list of words, not a sentence."""
    items = [item.strip() for item in span.split(",")]
    return len(items) >= 3 and all(len(item.split()) == 1 for item in items) and len(set(items)) == len(items)


def _codes_line(text: str, s: int) -> bool:
    """The line defines two or more codes ("E = early, L = late, ..."): its capitals are codes."""
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", s)
    found = _CODE_DEFINED.finditer(text, line_start, len(text) if line_end < 0 else line_end)
    return next(found, None) is not None and next(found, None) is not None


def _caps_title_line(text: str, s: int) -> bool:
    """"1. ANSWER FROM CONTEXT ONLY & STAY ON TOPIC:": a whole line in capitals that ends with
    a colon titles what follows it."""
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", s)
    line = text[line_start:len(text) if line_end < 0 else line_end].strip()
    first = re.search(r"[A-Z][A-Z'\u2019]*", line)
    return (line.endswith(":") and not any(c.islower() for c in line) and sum(c.isalpha() for c in line) >= 8
            and first is not None and first.group().lower() not in _COMMANDING)  # "DO NOT MAKE THINGS UP:" shouts


def _whole_line(text: str, s: int, e: int) -> bool:
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    line_end = len(text) if line_end < 0 else line_end
    return text[line_start:s].strip(" \t#*-") == "" and text[e:line_end].strip(" \t:*-") == ""


_GLOSS_AFTER = pattern(r"\s*\((?!\s*[A-Z]{2,}\b)(?!\s*\d)[^)\n]{3,}\)")  # not "SHORT (3-5 sentences)": criteria for a shout
_CONTROL_BEFORE = pattern(r"\b(?:press|hold|tap|click|hit|push|select|choose)(?:\s+and\s+hold)?\s+(?:the\s+)?$", re.I)
_CONTROL_AFTER = pattern(r"\s+(?:button|key|switch|tab|menu|command|keyword)\b", re.I)
_SOURCE_BEFORE = pattern(r"\((?:from|in|see|under|per|via)\s+(?:the\s+)?$", re.I)


def _named(text: str, s: int, e: int, emphasis: bool) -> bool:
    """Capitals that name something: a tag on its own in parentheses ("(REQUIRED)"), a
    source or section ("(from INJURY REPORT)"), a control ("press and hold STOP"), or a term
    with its gloss ("RISK (security review)")."""
    if text[s - 1:s] == "(" and text[e:e + 1] == ")" and " " not in text[s:e]:
        return True
    if _CONTROL_BEFORE.search(text, max(0, s - 30), s) or _CONTROL_AFTER.match(text, e):
        return True
    if _SOURCE_BEFORE.search(text[max(0, s - 12):s]) and re.match(r"\s*\)", text[e:]):
        return True
    return not emphasis and bool(_GLOSS_AFTER.match(text, e))


_SLOT_HINT_AFTER = pattern(r"[ \t]*(?:[-:\u2014\u2013]|\(?e\.g\.)[^\]\n]*\]")


def _bracketed(text: str, s: int, e: int) -> bool:
    """"[NEEDS SOURCE]", "<TODO>": a marker to insert, capitalised by design."""
    return bool(re.search(r"[\[<{]\s*$", text[max(0, s - 3):s])) and bool(re.match(r"[\w\s'\-]*[\]>}]", text[e:e + 40]))


# "a GHOST (AI agent)": an article, the capitals, and a gloss of who they are
_ARTICLE_BEFORE = pattern(r"\b(?:a|an|the)\s+$", re.I)
_PARTY_GLOSS_AFTER = pattern(r"[ \t]*\((?!\s*\d)[^()\n]{2,40}\)")  # not "SHORT (1-2 sentences)": criteria for a shout
# "a COMPLETE answer (detailed, specific, with examples)": the kind's noun, then its gloss
_KIND_GLOSS_AFTER = pattern(r"[ \t]+[a-z][a-z\-]+[ \t]*\((?!\s*\d)[^()\n]{2,60}\)")
# "the 6 VITAL Rules": a number or an article, the capitals, then a word in title case
_COUNT_OR_ARTICLE_BEFORE = pattern(r"\b(?:the|a|an|\d+)\s+$", re.I)
_TITLE_WORD_AFTER = pattern(r"[ \t]+[A-Z][a-z]{2,}\b")
# a line that is only a label: symbols, words in capitals, words in title case, a colon
_MIXED_LABEL_LINE = pattern(r"[^\w\n]*(?:[A-Z][A-Z'\u2019]*[ \t]+)+(?:[A-Z][a-z]+[ \t]*){1,3}:[^\w\n]*(?:\n|$)")
# a rule's auxiliary before a lone NOT, and a verb in lower case after it: "do NOT attend", "should NOT match",
# "when NOT to use"
_RULE_AUX_BEFORE = pattern(r"\b(?:do|does|should|must|will|can|may|need|shall|when|whether)\s+$", re.I)
_PLAIN_WORD_AFTER = pattern(r"\s+[a-z`]")


def _calm_negation(text: str, s: int, e: int, caps: int = 1) -> bool:
    """A NOT in a rule ("Do NOT use `any`"), in a sentence with no exclamation mark and no other
    stressed word in capitals (``caps``: how many it may hold, 2 for "DO NOT"; "API" is not one):
    how instruction files mark a negation in their lists of rules, not a raised voice. (Only in
    list items: in prose, "We do NOT tattoo hands", the held-out sets read it as the writer's voice.)"""
    if not (_RULE_AUX_BEFORE.search(text, max(0, s - 12), s) and _PLAIN_WORD_AFTER.match(text, e)):
        return False
    start = max(text.rfind(c, 0, s) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, e) for c in ".!?\n") if i >= 0]
    sentence = text[start:min(ends) + 1 if ends else len(text)]
    words = (w.strip("*_`'\",.;:()") for w in sentence.split())
    return "!" not in sentence and sum(1 for w in words if w.isupper() and w.lower() in _STRESSED_MODIFIERS) == caps


# a line of a longer block: written in capitals, short and without a sentence's punctuation, it heads what follows
_CAPS_LINE = pattern(r"^[^\n]+$", re.M)


def _heading_shouts(block: Block, covered) -> list[Finding]:
    """Capitals in a heading are its style ("## OUTPUT FORMAT", "## When NOT to use it"), except
    a plea among lower-case words: "## PLEASE read this" raises the voice in any position."""
    text = block.text
    if not _LOWER_WORD.search(text):
        return []
    out = []
    for m in _HEADING_PLEA.finditer(text):
        if not any(cs <= m.start() < ce for cs, ce in covered):
            out.append(_shout(block, m.start(), m.end(), (edit(block, m.start(), m.end(), _normal_case(text, m.start(), m.group())),)))
    return out


def _shout(block: Block, s: int, e: int, edits) -> Finding:
    return make(SHOUTING, block, s, e, f"Shouting in capitals: \"{phrase(block, s, e)}\"", Fix("Use normal case", edits))


_HEADING_PLEA = pattern(r"(?<![\w\-])(?:PLEASE|PLS|PLZ)(?![\w\-])", gate=False)
_LOWER_WORD = pattern(r"\b[a-z]{3,}\b", gate=False)


def _caps_heading(line: str) -> bool:
    """Six words at most, no sentence punctuation, nearly all capitals: a heading in plain text.
    (The cheap tests first: most blocks and lines are longer.)"""
    if len(line.split()) > 6 or re.search(r"[.!?]", line):
        return False
    line = _TEMPLATE_SLOT.sub("", line)  # "DRAFT OF EPISODE $ep": the slot is filled in, not part of the heading
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.9


# "NO exceptions", "NO emoji": a determiner before a noun; not "reply NO to stop", "YES or NO"
_NO_NOUN_AFTER = pattern(r"[ \t]+(?!(?:to|if|when|for|or|and|otherwise|means|then|else|is|was|as|in|on|at)\b)[a-z]{3,}")
# a template's slot in a capitals heading: "DRAFT OF EPISODE $ep", "{{chapter}}"
_TEMPLATE_SLOT = pattern(r"\$\{?\w+\}?|\{\{?\s*[\w.]+\s*\}\}?")
# an action in the conversation's flow, with its object: "give the link", "stop the sequence"
_HANDS_OVER_BEFORE = pattern(r"(?:^|(?<=[.!?:;\n]))[ \t*_-]*(?:give|share|offer|show|stop|start|escalate|transfer|hand\s+over|route|forward|switch\s+to|move\s+to|provide|ask\s+for|collect|pause|cancel)\s+(?:the|a|an|their|his|her)\s+[^.!?\n]{1,60}$", re.I)
# a condition still open in the sentence ("if", "unless" ...) before a capital AND or OR
_CONDITION_OPEN_BEFORE = pattern(r"\b(?:if|when|whenever|unless|whether|once|after|until|before)\b[^.!?;:\n]{1,120}$", re.I)
# capitals named as text to write: "the heading FRESH THIS WEEK", "the word REFUND", "... in capitals"
_LITERAL_BEFORE = pattern(r"\b(?:priority|severity|status|level|label|flag|tag|category|tier|state|field|column|value)\s+(?:to|as|=|of)\s*[\"'`\u201c\u2018]?$|"  # "set the ticket priority to URGENT"
                          r"\b(?:heading|title|subject(?:\s+line)?|word|words|label|tag|phrase|status|keyword|string|header|prefix|literal(?:\s+(?:line|text|words?|heading|banner))?|called|named|titled|labell?ed|headed)\s+[\"'\u201c\u2018]?$"
                          # "... are in capitals (e.g. WHAT WE DON'T COVER)": an example of text in capitals
                          r"|\bin\s+(?:all\s+)?(?:capitals|caps|capital\s+letters|upper\s*case)\s*[(,:]?\s*(?:e\.g\.|i\.e\.|such\s+as|like|for\s+example)[\s,:]*[\"'\u201c\u2018]?$", re.I)
# "Label each file CONFIDENTIAL", "mark it as DRAFT": text the output must carry, as written
# (then the thing's noun, and the words of the text so far: "CONFIDENTIAL – NOT FOR PUBLICATION")
_MARKED_WITH_BEFORE = pattern(r"\b(?i:label|labels|mark|marks|stamp|stamps|tag|tags|title|head)\s+(?i:it|them|this|each|every|all|the)(?:\s+[a-z][\w\-]*)?"
                              r"(?:\s+(?:[A-Z][A-Z0-9'\-]*|[\u2013\u2014\-]))*\s+(?i:as\s+|with\s+)?[\"'\u201c\u2018]?$")
# "ACQUIRE / PASS / REVISE AND RESUBMIT": a value after others, split by slashes
_SLASHED_VALUE_BEFORE = pattern(r"(?<![A-Z0-9\-])[A-Z][A-Z0-9\-]*\s*/\s*$")  # (starting where a word starts: linear)
_IN_CAPITALS_AFTER = pattern(r"[\"'\u201d\u2019]?\s+in\s+(?:all\s+)?(?:capitals|caps|capital\s+letters|upper\s*case)\b", re.I)
# what a list of capitals is sorted into: "group feedback into:", "one of:", "the categories"
_SORTED_INTO_BEFORE = pattern(r"\b(?:into|one\s+of|categories|buckets|tiers|groups|sections|labels|levels|priorities)\s*:?\s*$", re.I)
# what a word in capitals is the name of: Gentoo's USE flags, HTTP's GET requests, "an ORIGINAL text"
_STANDARD_CODE_AFTER = pattern(r"[ \t]+(?:[A-Z]{1,4}[ \t-]?\d[\w.\-]*|\d{3,}[\w.\-]*)\b")
_KIND_AFTER = pattern(r"[ \t]+(?:flags?|variables?|requests?|responses?|statements?|clauses?|keywords?|macros?|constants?|headers?|methods?|verbs?|"
                      r"endpoints?|queries|query|commands?|directives?|instructions?|opcodes?|permissions?|records?|fields?|columns?|bits?|markers?|"
                      r"texts?|documents?|versions?|files?|inputs?|outputs?|states?|statuses|codes?|events?|entries|modes?|guidelines?|guidance|recommendations?|"
                      r"tags?|labels?|values?|badges?|stamps?|operators?|functions?|settings?|options?|lines?|logs?|messages?|levels?)\b")
_SETTING_BEFORE = pattern(r"\b(?:set|sets|setting|turn|turned|switch|switched|dial|dialled|dialed|dryer|drier|oven|fan|heater|mode|speed|power|"
                           r"knob|thermostat|wash|cycle|program|programme|settings|level)\b[^.!?\n]{0,25}\b(?:on|to|at)[ \t]+$", re.I)
_MARKER_AFTER = pattern(r"[ \t]+(?:tag|label|flag|marker|badge|stamp|keyword)s?\b")
# where a word in capitals is found, as text: "CRITICAL in a log line is the signal", "DRAFT in the subject"
_FOUND_IN_AFTER = pattern(r"[ \t]+in[ \t]+(?:a|an|the|any|each|every)[ \t]+(?:[\w\-]+[ \t]+)?(?:line|message|field|column|header|subject|title|heading|cell|entry|row|"
                          r"filename|name|log|output|string|record|note|comment)s?\b(?![ \t]+(?:and|or)\b)")
# ... unless the word is one people stress: "the SAME response", "ONLY requests", "NEVER commands"
_STRESSED_MODIFIERS = _COMMANDING | _EMPHASIS | frozenset("same entire whole exact full single own separate new correct proper".split())
_SQL_WORDS = frozenset("NULL EXISTS SELECT WHERE JOIN DISTINCT".split())
_LOG_LEVELS = frozenset("TRACE DEBUG INFO NOTICE WARN WARNING ERROR CRITICAL FATAL ALERT EMERGENCY".split())
_ORDER_GOES_ON = pattern(r"[ \t]+[a-z]{2,}")  # "NEVER share keys": the order goes on in lower case
_VALUE_AFTER = pattern(r"^\s*[\"'`)\]]?\s*(?:,|/|\bor\b|\band\b|\bvs\.?)\s*[\"'`(\[]?[A-Z][A-Z0-9\-]+\b|^(?:\s*[:=]|\s+(?:means|if|when|for|otherwise)\b)")


def _caps_value(text: str, s: int, e: int) -> bool:
    """Capitals used as a value or label: "MODE: FIX", "decide INCLUDE or EXCLUDE", "GAD-7, SCARED or RCADS"."""
    if _VALUE_BEFORE.search(text[max(0, s - 30):s]):
        return True
    return bool(_VALUE_AFTER.match(text[e:e + 40]))


def _is_shout(word: str, allow, common, ctx: DocContext) -> bool:
    if word in allow or len(word) < 2 or ctx.rfc_keyword(word) or ctx.defined_value(word):
        return False
    low = word.lower()
    if ctx.is_defined(low) and low not in common:
        return False
    if low not in _EMPHASIS and ctx.used_as_term(word):
        return False
    # VADER knows slang too ("po"): only longer words count by sentiment alone
    return low in common or len(low) >= 4 and valence(low) != 0.0


def _normal_case(text: str, start: int, words: str) -> str:
    low = words.lower()
    low = re.sub(r"\bi\b", "I", low)
    before = text[:start].rstrip()
    if not before or before[-1] in ".!?:\n":
        low = low[:1].upper() + low[1:]
    return low


# --- exclamation runs --------------------------------------------------------------------


_GREETING_BEFORE = pattern(r"(?:^|(?<=[\n.!?])[ \t]?)(?:hi|hiya|hello|hey|heya|howdy|morning|good\s+(?:morning|afternoon|evening)|thanks(?:\s+so\s+much|\s+a\s+lot)?|thank\s+you(?:\s+so\s+much)?|cheers)(?:[ \t]+(?:all|everyone|team|there|folks|guys))?[ \t]*$", re.I)


def _exclamations(block: Block, covered) -> list[Finding]:
    out = []
    for m in P.EXCLAMATION_RUN.finditer(block.text):
        s, e = m.start(), m.end()
        if in_quotes(block, s, e) or any(cs <= s and e <= ce for cs, ce in covered):
            continue
        if _GREETING_BEFORE.search(block.text, max(0, s - 20), s):
            continue  # "Hi!!", "Thanks so much!!": warmth at the edges of a message, not pressure
        mark = "?" if "?" in m.group() or "\u2049" in m.group() else "."
        out.append(make(EXCLAMATION, block, s, e, f"Exclamation run: \"{m.group()}\"",
                        Fix("Replace with a period" if mark == "." else "Replace with a question mark", (edit(block, s, e, mark),))))
    return out


gate_patterns(globals())  # a cheap required-words check before each long pattern
