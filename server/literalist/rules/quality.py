"""Quality bar: "good" is never defined. A model has no taste of its own; "polished" gets the
average of everything the internet has called polished."""

from __future__ import annotations

import re

from ..context import DocContext
from ..lexicon import valence
from ..model import Category, Finding, Fix, Rule, Severity
from ..scoping import Block
from ..prefilter import EACH_ALTERNATIVE, gate_patterns, pattern
from ._base import (NEGATED_BEFORE, checklist_question, edit, in_quotes, make, mentioned_term, menu_of_options, phrase, quoted_question,
                    reported_speech, sentence_at, whole_quote)
from .team_phrases import team_phrase_findings
from .tone_patterns import NOT_RIGHT_BEFORE

I = re.I
A = r"['\u2019]"
_NO_BAR = (
    "A model has no quality bar of its own and no picture of your audience. A word like \"polished\" or "
    "\"professional\" only points it at the statistical average of text that has been called that, which "
    "usually means longer, blander and more formal, not what you meant."
)

QUALITY_WORD = Rule(
    "LIT301", "undefined-quality", Category.QUALITY, Severity.WARNING,
    "A quality word with no criteria and no example (\"polished\", \"professional\", \"engaging\", \"make it pop\").",
    _NO_BAR,
    "Say what the word means for this output: length, structure, vocabulary, what must be included "
    "and what must not. Or show one example of the output you want.",
    "Write a polished, professional reply.",
    "Write a reply of at most 120 words: thank them, answer the two questions in order, one link, no exclamation marks.",
    "Define this term",
)
STAKES = Rule(
    "LIT302", "stakes-without-criteria", Category.QUALITY, Severity.WARNING,
    "Stakes without criteria (\"this is for the board deck, it has to be great\").",
    _NO_BAR + " Stakes raise the pressure in the text but say nothing about what the audience needs, so "
    "the model reaches for grander words, not better content.",
    "Describe the audience and what they will do with the output, and the criteria it must meet.",
    "This is for the board deck, it has to be really great.",
    "This is one slide for the board: five investors who read it in two minutes. Three bullets, each with one number.",
    "Define this term",
)
TEAM_QUALITY = Rule(
    "LIT390", "team-quality-phrase", Category.QUALITY, Severity.WARNING,
    "A phrase your team listed in `phrases.quality` in the Literalist config.",
    _NO_BAR,
    "Define what the phrase means for this output.",
    "(your team's phrase)", "(the phrase, defined)",
)

RULES = (QUALITY_WORD, STAKES, TEAM_QUALITY)
CODES = tuple(r.code for r in RULES)

# Adjectives that name a feeling about the output rather than a property anyone can check.
# show words: vague in "make it X", and hype that no format or tone section pins down (_HYPE)
_SHOW_WORDS = (r"spectacular|magical|jaw[\s-]dropping|breathtaking|mouth[\s-]?watering|dazzling|spellbinding|captivating|"
               r"unforgettable|exquisite|irresistible")
_VAGUE = (
    r"smart|classy|tasteful|luxurious|upscale|fun|exciting|special|fresh|modern|premium|slick|sleek|credible|legit|"
    r"authoritative|natural|human|warm|friendly|approachable|confident|bold|elevated|sophisticated|elegant|impressive|"
    r"exceptional|memorable|striking|powerful|strong|solid|sharp|tight|punchy|snappy|catchy|cool|hip|edgy|premium|"
    r"perfect|amazing|awesome|incredible|heartfelt|genuine|personal|inspiring|inspirational|engaging|thoughtful|reflective|"
    r"meaningful|insightful|spotless|immaculate|hype|persuasive|convincing|" + _SHOW_WORDS
)
# Words that name a quality bar in any position (unless used as a noun or defined).
STRONG = pattern(
    r"\b(polished|professional(?:[\s-]looking|[\s-]sounding|[\s-]grade|[\s-]quality)?|high[\s-]quality|(?:of|to)\s+a\s+(?:very\s+)?high\s+standard|top[\s-]quality|top[\s-]notch|"
    r"engaging|compelling|crisp|punchy|snappy|slick|sleek|world[\s-]class|best[\s-]in[\s-]class|first[\s-]rate|top[\s-]notch|flawless(?:ly)?|production[\s-](?:ready|grade|quality)|"
    r"flawless|impeccable|stellar|stunning|best[\s-]in[\s-]show|high[\s-]converting|world[\s-]beating|high[\s-]calib(?:re|er)|impactful|eye[\s-]catching|attention[\s-]grabbing|next[\s-]level|premium(?:[\s-]feel(?:ing)?)?|high[\s-]end|"
    r"elegant|refined|sophisticated|pop|wow|catchy|killer|exceptional|outstanding|excellent|amazing|awesome|perfect|beautiful|"
    r"airtight|bulletproof|fresh(?:er)?|sharp(?:er)?|tight(?:er)?|thorough|insightful|maintainable|performant|"
    r"viral|irresistible|captivating|presentable|gripping|riveting|top[\s-]tier|first[\s-]class|best\s+practices|impressive|slap|lands?\s+well|no\s+fluff|"
    r"(?:short|long|brief)-?ish|"
    r"well[\s-](?:written|crafted|structured|organi[sz]ed|formatted|designed|polished)|appealing|scannable|skimmable|"
    r"on[\s-]tone|(?:user|reader|customer|beginner|newcomer|novice|newbie|family|kid|child|audience|client|human|investor|exec|executive|layperson|lay|people|eye|skim|scan|share|social|brand|seo)[\s-]friendly|buttery(?:\s+smooth)?|best[\s-]in[\s-]class|"
    r"polish|classy|tasteful|luxurious|upscale|chic|stylish|slick|sleek|snazzy|glossy|premium[\s-]feel(?:ing)?|"
    r"(?<!-)(?:investor|enterprise|production|professional|commercial|industrial|publication|board|premium|exec|executive|client|customer|"
    r"launch|press|print|camera|market|demo|ship)[\s-](?:grade|ready|quality|worthy)|(?:executive|board|c-suite|senior|expert|native|phd|elite|human|industry|publication|production|genius|"
    r"professional|enterprise|world|next|pro|viral)[\s-]level|(?:news|share|click|award|tweet|headline|binge|portfolio)[\s-]?worthy|[a-z]+-optimi[sz]ed)\b",
    I,
)
# Balancing acts with no line drawn: "friendly but not too casual", "ambitious but realistic".
_STYLE_ADJ = (
    r"friendly|casual|formal|informal|warm|cold|professional|fun|playful|serious|concise|detailed|thorough|short|brief|long|simple|"
    r"ambitious|realistic|confident|humble|bold|salesy|pushy|annoying|technical|approachable|punchy|polished|human|personal|"
    r"newsworthy|engaging|authoritative|conversational|witty|clever|edgy|safe|exciting|calm|urgent|empathetic|firm|direct|"
    r"persuasive|informative|light|heavy|deep|accessible|smart|cool|quirky|heartfelt|sincere|genuine|emotional|corporate|stiff|"
    r"insightful|actionable|sharp|crisp|clean|modern|classic|premium|luxurious|minimal|rich|dense|lean|robust|flexible|good|great|nice|"
    r"helpful|balanced"
)
# "feel reassuring", "a modern feel", "startup energy", "punch up", "more natural", "some flair", "like a pro would"
FEELING = pattern(
    r"(?<!\bthe\s)(?<!\boften\s)(?<!\busually\s)(?<!\bsometimes\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bcan\s)(?<!\bcould\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\byou\s)\b(?:feel|feels|feeling)\s+(?:more\s+|less\s+|a\s+bit\s+|really\s+|super\s+|so\s+)?(?!like\b|free\b|(?:the|a|an|that|this|it|them|you|me|would|could|should|will|can|might|may|must|right|wrong|off|fine|ok|okay|no|any|under|about|for|in|on|of|at|with|into|toward|towards|among|between|when|if)\b|as\s+(?:the|a|an|our|my|their|its|if|though|in|on)\b)[a-z]+(?:\s+and\s+[a-z]+)?"
    r"|\b(?:a|an|that|(?<![,;]\s)some)\s+(?:(?!(?:could|would|should|can|will|may|might|must|does|did|do)\b)[\w\-]+\s+){0,2}?(?:feel|vibe|vibes|energy|aesthetic)\b(?!\s+(?:for|of)\s+(?:the|how))(?!\s+(?:would|could|should|will|can|might|may|must|the|this|these|those|it|they|we|you)\b)|\bgive\s+off\s+(?:\w+\s+){0,2}(?:energy|vibes?)\b|\bthink\s+(?!(?:and|or|about|of|through|that|it)\b)(?:[\w\-]+\s+){1,3}?(?:energy|vibes?|feel|aesthetic)\b"
    r"|\b(?:punch|jazz|spice|beef|liven|amp|juice|dress|pep|zhuzh|glam|class)\s+(?:it\s+|this\s+|them\s+|the\s+\w+\s+(?:\w+\s+)?)?up\b(?!\s+(?:an?\s+|the\s+)?[\w\-]+\s+as\s+(?:an?|the)\b)|(?<!\bone\s)(?<!\ba\s)\blevel\s+up\b|\belevate\b(?!\s+(?:[\w\-]+\s+){0,4}?to\b)(?!\s+(?:privileges?|permissions?|access|rights)\b)|\bpolish\s+(?:it|this|that|up|the)\b"
    r"|\b(?:some|more|a\s+bit\s+of|a\s+little|extra|a\s+touch\s+of)\s+(?:flair|pizzazz|oomph|personality|life|soul|magic|sparkle|punch|zing|spice|polish|wow|heart|swagger|edge)\b(?!\s+cases?\b)"
    # how it should flow or land, with no say of how: "make each paragraph flow better", "the parents should be impressed"
    r"|\b(?:make|help)\s+(?:it|them|this|each\s+[\w\-]+|the\s+[\w\-]+)\s+flow\s+(?:better|more\s+(?:naturally|smoothly)|nicely|well)\b"
    r"|\b(?:should|must|will|needs?\s+to)\s+be\s+(?:really\s+|so\s+|genuinely\s+)?(?:impressed|blown\s+away|wowed|amazed|hooked)\b|\bbe\s+(?:extra|super|especially)\s+(?:nice|sweet|lovely)\b"
    r"|\b(?:sound|look|read|feel)s?\s+(?:[\w\-]+,?\s+)?like\s+a\s+(?:proper|real|legit)\s+(?!(?:person|human|human\s+being)\b)[\w\-]+"
    # "sound like a recruiter wrote it", "read like the dog wrote it", "sound like it came from leadership"
    r"|\b(?:sound|look|read|feel)s?\s+like\s+(?:an?\s+|the\s+|my\s+|our\s+)?[\w\-]+(?:\s+[\w\-]+)?\s+wrote\s+it\b|\b(?:sound|look|read)s?\s+like\s+it\s+came\s+from\s+(?:the\s+|our\s+|a\s+|an\s+)?[\w\-]+"
    r"|\blike\s+an?\s+(?:high[\s-]end|luxury|premium|top[\s-]tier|five[\s-]star|boutique|upscale)\s+[\w\-]+|\bthe\s+way\s+(?:top[\s-]tier|great|the\s+best|good|seasoned|real)\s+[\w\-]+\s+(?:write|sound|talk|do\s+it)\b"
    r"|\b(?:needs?\s+to|has\s+to|should|must|gotta)\s+(?:absolutely\s+|totally\s+|really\s+)?(?:crush|slay|smash)(?:\s+it)?\b|\bthe\s+level\s+of\s+an?\s+(?:good|great|top|senior|seasoned|real|proper)\s+[\w\-]+"
    r"|\b(?:makes?|make)\s+(?:it|them|this)\s+(?:really\s+)?sing\b|\b(?:that|which|it)\s+(?:really|truly|just)\s+sings\b|\bhits?\s+(?:right|home|hard|different)\b|\blike\s+it\s+wrote\s+itself\b|\bfeel\s+something\b"
    r"|\b(?:make|keep)\s+(?:it|this|them)\s+(?:more\s+|really\s+)?strategic\b|\b(?:way|much|loads|miles|a\s+lot|heaps)\s+better\s+than\s+(?:this|that|these|the\s+(?:last|previous|old|current)\s+(?:one|ones|version|draft|attempt))(?=\s*(?:[.,;:!?)]|$))"
    r"|\blike\s+an?\s+(?:(?:real|true|seasoned|top|good|great|big|world[\s-]class|top[\s-]tier|elite|high[\s-]end|luxury|premium)\s+)?(?:[\w\-]+\s+)?(?:pro|professional|expert|native\s+speaker|copywriter|journalist|firm|law\s+firm|agency|lawyer|attorney|editor|designer|writer|consultant|consultancy|brand|label|house|engineer|developer|analyst|scientist|manager)\s+would\b"
    r"|\bsound(?:s|ing)?\s+(?:more\s+|less\s+|like\s+an?\s+|totally\s+|really\s+|very\s+|super\s+|properly\s+|so\s+)?(?:expert|smart|professional|authoritative|confident|natural|human|credible|intelligent|senior|polished|knowledgeable|pro|legit|real|cool|fun|sincere|genuine|heartfelt|caring|warm|big[\s-](?:market|league|budget|time)|upmarket|high[\s-]end|luxe)\b"
    r"|\blook\s+(?:more\s+)?official\b"
    # round 35: "make it look pro", "as picky as a good reviser would be"
    r"|\b(?:make|makes|making)\s+(?:it|them|this)\s+look\s+(?:more\s+|really\s+|properly\s+)?(?:pro|professional|polished|legit|slick|expensive|high[\s-]end|premium|classy|sharp)\b"
    r"|\bas\s+[a-z]+\s+as\s+an?\s+(?:good|great|real|proper|seasoned|top|experienced|decent|senior)\s+(?:[\w\-]+\s+){1,2}?would\b"
    # round 36: "Our security bar is extremely high", "look like a serious project"
    r"|\b(?:our|the|my)\s+(?:[\w\-]+\s+)?bar\s+(?:here\s+|for\s+this\s+)?is\s+(?:very\s+|extremely\s+|really\s+|super\s+|incredibly\s+)?high\b|\blook\s+like\s+an?\s+(?:serious|grown-up|mature|legit|real)\s+[\w\-]+"
    # round 40: "Write everything to a really high standard", "to the highest standards"
    r"|\bto\s+(?:a\s+|the\s+)?(?:really\s+|very\s+|super\s+)?(?:high|highest|top|exacting|gold)\s+standards?\b(?!\s*(?:[:(]|below|above|of\s+(?:the\s+)?(?-i:[A-Z])))"
    # round 38: "Write it up nice"
    r"|\bwrite\s+(?:it|this|them|these|the\s+[\w\-]+)\s+up\s+(?:nice|nicely|properly|pretty|good)\b"
    r"|\b(?:make|keep|be|sound|feel|look|read|should\s+be|needs?\s+to\s+be|get)\s+(?:\w+\s+){0,4}?(?<!\bone\s)(?<!\bany\s)(?<!\bno\s)(?<!\bonce\s)(?<!\bfew\s)(?<!\bhave\s)(?<!\bhas\s)(?:more|less)\s+(?!than\b|about\b|of\b|on\b|sense\b|[a-z]+\s+(?!(?:was|has|this|does|less|across|thus|always|perhaps|unless|plus|its|us|as|is|yes)\b)[a-z]{2,}s\b|detail|words?|bullets?|examples?|data|info|information|context|items|points|sentences?|lines?|paragraphs?|time|often|likely|specific\b|concise\b|formal\b|technical\b)(?:[a-z]{4,}|(?:dry|fun|raw|hip)\b)(?:\s+and\s+(?:more|less)\s+[a-z]{4,})?"
    r"|\b(?:make|keep|get)\s+(?:it|this|them|the\s+\w+(?:\s+\w+)?)\s+(?:sharper|tighter|punchier|cleaner|crisper|friendlier|warmer|snappier|stronger|nicer|fresher|slicker|smoother|bolder|richer|livelier|classier)\b"
    r"|\ba\s+(?:strong|great|killer|powerful|compelling|memorable|punchy|catchy)\s+(?:opening|hook|intro|ending|close|closer|headline|title|first\s+line|opener|call\s+to\s+action|cta|subject\s+line|conclusion)\b"
    r"|\b(?<!-)(?!(?:top|high|low|mid|entry|root|file|module|class|function|package|system|user|team|org|page|line|word|sentence|item|field|row|table|api|app|repo|project|country|state|city|zip|sea|ground|floor|water|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th)|multi|single|two|three|deep|same|next|ensure|check|wait|get|set|is|load|init|await|make|mark|auto|self|peer|hand|machine|batch|re|pre)-)(?!(?-i:[A-Z]{2,})-)(?-i:[A-Za-z][a-z]+)-(?:ready|grade|worthy|class)\b(?!\s+(?:heading|headings|list|directory|folder|key|keys|domain|function|api|citizen|object|field|impact|issues?|bugs?|problems?|risks?|severity|incidents?|defects?))"
    r"|\b(?:broadcast|studio|cinema|gallery|museum|magazine|publication|agency|showroom|award)[\s-](?:level\s+|grade\s+)?(?:quality|standard)\b"
    r"|\b(?:reads?|looks?|sounds?)\s+like\s+(?:a|an)\s+(?:proper|real)\s+[\w\-]+|\bwin\s+(?:them|people|readers|customers|clients|buyers|the\s+\w+)\s+over\b|\bspot[\s-]on\b"
    r"|\b(?:should|must|needs?\s+to|has\s+to|have\s+to)\s+(?:sound|feel|look|read|come\s+across(?:\s+as)?)\s+(?:really\s+|very\s+|more\s+)?(?!like\b|(?:some|any|no|every)thing\b)[a-z]+(?:ful|ive|ous|ed|ing|al|ish|ic|ent|ant|ble)\b"
    r"|\b(?:should|must|needs?\s+to|has\s+to|have\s+to)\s+be\s+(?:really\s+|very\s+|rock[\s-])?(?:solid|great|amazing|perfect|excellent|top[\s-]notch|impressive|flawless|spot[\s-]on|stellar|bulletproof|airtight|slick|polished|engaging|compelling|elegant|beautiful|clean|crisp|sharp|tight|punchy)\b"
    r"|\b(?:sound|read|look)s?\s+like\s+(?:it\s+came\s+from\s+|it\s+was\s+written\s+by\s+|something\s+)?(?:an?\s+)?(?:\w+\s+){0,2}(?:expert|editor|pro|professional|veteran|copywriter|consultant|journalist|writer|designer|lawyer|specialist)\b(?:\s+wrote\s+it)?"
    r"|\bstop\s+(?:people|readers|them|shoppers|customers|scrollers|visitors)\s+in\s+their\s+tracks\b|\bshow[\s-]?stopper\b|\bmouth[\s-]?watering\b|\bdrool[\s-]?worthy\b|\bwow[\s-]factor\b|\bbuzzy\b"
    r"|\b(?:reads?|looks?|sounds?)\s+properly\b|\blike\s+an?\s+(?:real|proper|professional|seasoned|experienced)\s+[\w\-]+\s+(?:wrote|made|did|designed|put\s+together)\s+(?:it|them|this)\b"
    r"|\b[45][\s-]star\b(?!\s+(?:reviews?|ratings?|rated|average|record|score|hotels?|restaurants?|products?|anti\b|[\w]+-[\w]+|locks?|cylinders?|security|energy|safety|hygiene|food|fire))|\ban?\s+A\+|\bgold[\s-]standard\b|\bwhite[\s-]glove\b"
    # "the kind of thing you'd be proud to send", "befitting an institution of the Endowment's standing", want it to "sing"
    rf"|\b(?:you{A}d|you\s+would|I{A}d|I\s+would|we{A}d|we\s+would|anyone\s+would|someone\s+would|(?:an?|the|any|my|our)\s+[\w\-]+(?:\s+[\w\-]+)?\s+would)\s+be\s+proud\s+(?:to\s+(?:send|sign|share|publish|show|put)|of)\b"
    # "make it land": land how, with whom?
    rf"|\b(?:make|making)\s+(?:it|them|this|these)\s+land\b(?!\s+(?:on|in|at|by|before|after)\b)"
    rf"|\bbefitting\s+(?:an?\s+|the\s+|our\s+)?(?:[\w\-]+\s+){{0,4}}?(?:standing|stature|status|reputation|prestige|calibre|caliber)\b"
    rf"|\b(?:want|wants|need|needs|get)\s+(?:it|them|this)\s+to\s+[\"\u201c]sing\b"
    # round 17: "It's got to be a banger", "look like something a big outfit would turn in", "Needs to be a decent ad",
    # "the kind Araucaria would've been proud of", "It needs to scream Impact Award"
    rf"|\b(?:be|is)\s+a\s+(?:total\s+|real\s+|absolute\s+)?(?:banger|smash(?:\s+hit)?|knockout|showstopper|belter|cracker|stunner|home\s+run|slam\s+dunk)\b"
    rf"|\blook\s+like\s+something\s+(?:a|an)\s+(?:[\w\-]+\s+){{0,3}}?(?:would|could)\s+(?:turn\s+in|produce|put\s+out|make|send|publish|hand\s+in)\b|\bneeds?\s+to\s+be\s+a\s+(?:decent|good|great|solid|proper|strong)\s+[\w\-]+\b"
    rf"|\bwould(?:{A}ve|\s+have)\s+been\s+proud\s+of\b|\b(?:needs?\s+to|has\s+to|should|must|got\s+to)\s+scream\b",
    I,
)
PAIR = pattern(rf"\b(?:{_VAGUE}|{_STYLE_ADJ})\s*(?:,|and|&)\s+(?:{_VAGUE})\b", I)
# words with an adjective's ending that are not one: "safe but verify", "helpful, but only state facts"
_NOT_ADJ = (
    r"(?:only|any|many|very|early|really|simply|truly|merely|mostly|usually|rarely|barely|fully|likely|nearly|why|"
    r"\w+(?:ify|ply|rry)|copy|try|buy|say|pay|stay|play|deny|rely|vary|study|bring|string|thing|nothing|anything|something|everything|"
    r"always|also|still|then|never|keep|ask|check|add|need|used|based|called|named|provided|required)"
)
_VAGUE_SIMPLE = r"cheesy|kind|firm|funny|complete|alarmist|negative|positive|relaxed|respectful|apologetic|grovelling|groveling|overwhelming|arrogant|pushy|stiff|cute|educational|honest|upbeat|serious|playful|helpful|casual|formal|short|long|simple|detailed"
BALANCE = pattern(
    rf"\b(?:{_STYLE_ADJ})(?:,?\s+but\s+(?:still\s+)?(?:not\s+(?:too\s+|overly\s+|so\s+)?)?|,\s+not\s+(?:too\s+|overly\s+)?|\s+(?:yet|and\s+yet)\s+)(?:really\s+)?(?:{_STYLE_ADJ})\b"
    # "fun but not silly", "sophisticated but still approachable", "not preachy, not too jokey":
    # a line between two moods, never drawn
    rf"|\b(?:{_STYLE_ADJ}|{_VAGUE})(?:,)?\s+but\s+(?:still\s+|not\s+(?:too\s+|overly\s+|so\s+)?)(?!{_NOT_ADJ}\b)[a-z]+(?:y|ish|ive|ic|al|ous|ing|ed|ent|ant|able|ible|ful|less)\b"
    rf"|\bnot\s+(?:too\s+|overly\s+)?(?!{_NOT_ADJ}\b)[a-z]{{3,}}(?:y|ish|ive|ic|al|ous|ing|ent|ant),\s+(?:and\s+|but\s+|or\s+)?not\s+(?:too\s+|overly\s+)?[a-z]{{3,}}(?:y|ish|ive|ic|al|ous|ing|ent|ant)\b"
    rf"|\b[a-z]{{3,}}(?:,)?\s+(?:but|yet|and)\s+not\s+(?:too|overly|so)\s+[a-z]{{3,}}\b|\b(?!(?:times|it|them|this|that|again|twice|once|repeatedly|files?|runs?)\b)[a-z]{{3,}}(?:,)?\s+(?:but\s+)?without\s+(?:being|sounding|feeling|coming\s+across\s+as|getting)\s+[a-z]{{3,}}\b"
    rf"|\b(?:{_STYLE_ADJ}|{_VAGUE_SIMPLE})(?:,)?\s+(?:but|yet)\s+(?:{_STYLE_ADJ}|{_VAGUE_SIMPLE}|(?!{_NOT_ADJ}\b)[a-z]+(?:ful|ous|ive|ic|al|able|ible|ish|less|ing|ed|y))\b"
    rf"|\b(?:the\s+)?right\s+(?:balance|mix|blend|tone|level)\s+(?:between|of)\b|\bjust\s+not\s+too\s+[a-z]+\b|\bless\s+[a-z]+\s+and\s+more\s+[a-z]+\b",
    I,
)
# Analogies in place of criteria: "the kind of thing people actually share", "the sort of email that makes people give"
ANALOGY = pattern(
    r"\bthe\s+(?:kind|sort|type)\s+(?:of\s+(?:\w+\s+){1,2}?)?(?:that|which|people|readers|reviewers|investors|customers|users|everyone|nobody|you|they)\b"
    r"(?=[^.!?\n]{0,40}\b(?:love|loves|share|shares|click|clicks|buy|buys|remember|want|wants|rave\s+about|can[\u2019']?t\s+(?:say\s+no|ignore|resist)|cannot\s+(?:say\s+no|ignore|resist)|reach|impress|wow|convert|sign|notice|talk|stop|makes?\s+people|gets?\s+people|would\s+\w+|actually))[^.!?\n]{3,60}"
    r"|\blike\s+an?\s+(?-i:[A-Z]\w+)\s+(?:brief|deck|memo|report|post|email|page|ad|pitch|essay)\b"
    # "Apple-level support", "Pixar-level polish": a famous name as the bar (mid-sentence: not "High-level goals")
    r"|(?<=[a-z,:]\s)(?-i:[A-Z][a-z]+)-level\b(?!\s+(?:of|in|at)\b)"
    r"|\b(?:exciting|solid|strong|good|compelling|interesting|convincing|persuasive|polished|catchy|punchy|clear|impressive|clean|tidy|slick|sharp|presentable|professional|decent)\s+enough\s+(?:to|that|for)\b[^.!?\n]{3,60}"
    r"|\b(?:don['\u2019]?t|do\s+not)\s+overdo\s+it\b|\bjust\s+the\s+right\s+amount\b",
    I,
)
# Generic praise words: a quality bar only in "make it X", "it has to be X", "a X email".
GENERIC = pattern(
    rf"\b(?:make|making|made|keep|get|want)\s+(?:it|this|that|them|these|everything|(?:the|this|that|these|my|our|your)(?:\s+[\w\-]+){{1,3}}?)\s+(?:look\s+|sound\s+|read\s+|feel\s+)?(?:really\s+|very\s+|super\s+|more\s+|much\s+|a\s+lot\s+|a\s+bit\s+|actually\s+)?(good|great|better|nicer|nice|clean(?:er)?|best|good\s+enough|shine|sing|soar|sizzle|sparkle|dazzle|stand\s+out|pop|{_VAGUE})\b"
    # "rewrite it so it's stronger", "so its actually good", "so they're punchier"
    rf"|\bso\s+(?:that\s+)?(?:it|they|this|the\s+\w+)(?:{A}s|{A}re|s|\s+is|\s+are|\s+reads?|\s+sounds?)\s+(?:actually\s+|really\s+|way\s+|much\s+|more\s+|a\s+lot\s+|finally\s+)?(good|great|better|nicer|stronger|punchier|snappier|sharper|tighter|crisper|livelier|epic|amazing|awesome|perfect|{_VAGUE})\b"
    rf"|\b(?:it|this|that|they|everything)\s+(?:has|have|needs?|must|should|got)\s+(?:to\s+)?(?:be|look|sound|read|feel)\s+(?:really\s+|very\s+|super\s+|absolutely\s+|the\s+)?(good|great|perfect|best|amazing|right|nice|clean|better|on\s+point|{_VAGUE})\b"
    # "the answers need to be REALLY good": the output named, then the bar
    rf"|\b(?:the|these|those|my|our|your)\s+(?:answers?|replies|responses?|emails?|letters?|copy|posts?|summary|summaries|speech|drafts?|descriptions?|writing|comments?|articles?|reports?|slides|deck|captions?|bios?)\s+(?:has|have|needs?|must|should)\s+(?:to\s+)?(?:be|look|sound|read|feel)\s+(?:really\s+|very\s+|super\s+|absolutely\s+)?(good|great|perfect|amazing|brilliant|excellent|{_VAGUE})\b"
    # (not "in a way that could feel personal": how something might come across, not a bar)
    rf"|(?<!\bcould\s)(?<!\bmight\s)(?<!\bmay\s)\b(?:look|looks|sound|sounds|feel|feels|read|reads)\s+(?:really\s+|very\s+|super\s+|more\s+)?({_VAGUE})\b"
    rf"|\b(?:should|must|need\s+to|needs\s+to|has\s+to|have\s+to)\s+(?:look|sound|read)\s+(?:really\s+|very\s+)?(nice|good|great)\b|\bwrite\s+(?:it|this|them)\s+(?:really\s+|very\s+|super\s+)?(clean|nice|good|well)\b"
    rf"|\b(?:do|write|give\s+me)\s+(?:a\s+)?(?:really\s+)?(great|good|better)\s+(?:job|one|version)\b|\bas\s+(good|strong|compelling|persuasive|impressive|polished|engaging|great|professional|glowing|amazing|brilliant|memorable|perfect|beautiful|stunning|catchy|punchy|slick)\s+as\s+(?:possible|you\s+can)\b|\ban?\s+(?:really|very|super|truly)\s+(good|great|strong)\s+[a-z]+"
    rf"|\bimprove\s+(?:the\s+)?(?:code\s+|overall\s+|writing\s+)?(quality)\b(?!\s+(?:of\s+)?(?:by|to|so|with|using))|\b(the\s+best\s+(?:possible\s+)?(?:experience|version|email|post|copy|answer|response|summary|draft|letter|speech|reply|description|essay|story|pitch|proposal|bio|introduction|intro))\b|\bbe\s+(?:really\s+|very\s+|super\s+|extremely\s+)(good|great)\s+at\s+(?:this|it|your\s+job)\b|\b(the\s+best\s+(?:[\w\-]+\s+){{1,3}}?you\s+(?:can|could)\s+(?:possibly\s+)?(?:write|make|produce|do|come\s+up\s+with|give))\b"
    rf"|\b(clean|cleaner)\s+(?:code|design|layout|copy|writing|output|look|structure)\b|\bdo\s+(better)\b"
    # how it should read, with no say of how: "make it read nicely", "write the PR description nicely"
    rf"|\b(?:(?:make|making|get)\s+(?:it|this|them|the\s+[\w\-]+)\s+|so\s+(?:that\s+)?(?:it|they)\s+|(?:should|must|needs?\s+to|has\s+to|have\s+to)\s+)(?:read|look|sound|flow|come\s+across)\s+(nicely|beautifully|well|smoothly)(?![\w\-])"
    rf"|\bwrite\s+(?:(?!as\b)[\w\-]+\s+){{0,4}}?(nicely|beautifully)\b"
    # "Keep it tidy", "Do things properly", "Keep the vibe right": tidy, proper, right by whose measure?
    rf"|\b(?:keep|make|get)\s+(?:it|this|things|everything|the\s+[\w\-]+)\s+(tidy|neat)\b|\bkeep\s+the\s+(?:vibe|feel|mood|energy)\s+(right)\b"
    rf"|\bdo\s+(?:it|this|things|everything|the\s+job|a\s+job)\s+(properly|well)\b(?!\s+(?:now|away|here|after|before|when|if)\b)"
    # taste said by what to avoid: "nothing naff", "nothing too cheesy"
    rf"|\b(?:nothing|not)\s+(?:too\s+|overly\s+)?(naff|cheesy|tacky|cringe|cringey|cringy|corny|twee|gimmicky|salesy|cheap[\s-]looking|over[\s-]the[\s-]top)\b"
    # how it should look, with no say of how: "make them look lekker", "make it look nice"
    rf"|\b(?:make|making|get)\s+(?:it|them|this|these)\s+look\s+(?:really\s+|very\s+|super\s+)?(nice|good|great|smart|decent|lekker|classy|proper|the\s+part)\b",
    I,
    gate=EACH_ALTERNATIVE,  # one group per alternative, read by _quality_words as the first group set
)
# "professional" as a noun or category: "a licensed professional", "professional services"
# "polished concrete", "polished brass": a finish of a material, which the listing sells
_MATERIAL_AFTER = pattern(r"\s+(?:concrete|brass|chrome|nickel|steel|stainless|silver|gold|copper|marble|granite|stone|wood|hardwood|floors?|flooring|"
                          r"rice|aluminium|aluminum|glass|surfaces?|pebbles?|gems?|stones)\b", I)
# ... also with one word between: "professional accounting bodies", "professional indemnity insurance"
NOUN_USE_AFTER = pattern(r"\s*(?:[a-z]+\s+)?(?:services?|tooling|tools|equipment|gear|engineers?|accountants?|surveyors?|photographers?|translators?|interpreters?|musicians?|chefs?|cleaners?|carers?|caregivers?|counsell?ors?|planners?|organi[sz]ers?|development|experience|background|licen[cs]e[ds]?|network|associations?|bod(?:y|ies)|advice|help|athletes?|judgment|standards|conduct|liability|certifications?|qualifications?|titles?|roles?|careers?|firms?|organi[sz]ations?|settings?|contexts?|email\s+address|"
                         r"competence|competenc(?:y|ies)|skills?|expertise|growth|memberships?|registration|insurance|indemnity|sector|sports?|leagues?|players?|"
                         r"tasks?|work|life|lives|matters|affairs|contacts|relationships|activities|obligations|commitments|duties|responsibilities|"
                         r"cleanings?|care|treatment|grooming|training|assessments?|evaluations?|consultations?|diagnosis|installation|photography|translation|supervision|guidance|counsell?ing|"
                         r"man|men|woman|women|person|guy|lady|ladies|gentleman|gentlemen|adults?)\b|s\b", I)
_PRODUCT_BEFORE = pattern(r"\b(?:furniture|shoe|nail|floor|metal|silver|brass|car|boot|wood|wax|chrome|leather|french|tooth)\s+$", I)
NOUN_USE_BEFORE = pattern(r"\b(?:a|an|the|licensed|qualified|medical|healthcare|health|care|legal|tax|finance|financial|security|marketing|young|working|certified|other|fellow|(?-i:IT)|seasoned|as\s+a)\s*$", I)
# "not a polished digest", "never too fresh": the quality word says what the output is not
_CONTRAST_BEFORE = pattern(r"\b(?:not|never|no|rather\s+than|instead\s+of)\s+(?:(?:a|an|the|too|overly|so|some)\s+)?$", I)
# "a French professional.", "an experienced professional who ...": a person, not a register
_A_NOUN_BEFORE = pattern(r"\b(?:a|an)\s+(?:[\w\-]+\s+){0,2}$", I)
# "a professional, empathetic tone": what follows names a register, so the word is one too
_REGISTER_AFTER = pattern(r"(?:,?\s+(?:and\s+)?[a-z\-]+){0,2}?\s+(?:tone|voice|look|style|email|reply|response|copy|writing|manner|way|standard|level|finish|quality|result|job|presentation)\b", I)
# (or another person noun joins it: "a 3D printing professional and expert at the Neptune 4")
_NOUN_END = pattern(r"\s*(?:[,.;:!?)]|$|(?:who|whose|that|with|in|at|from|for)\b"
                    r"|and\s+(?:an?\s+)?(?:expert|specialist|practitioner|consultant|advis[eo]r|engineer|teacher|coach|technician|mentor|enthusiast)\b)", I)
VERB_POP = pattern(r"\b(?:pop|wow)\b", I)
STAKES_RX = pattern(
    rf"\b(?:this|it)\s+(?:is|{A}s)\s+(?:going\s+)?(?:for|to)\s+(?:the|our|my|a|an)\s+(?:board|ceo|cto|investors?|execs?|executives?|leadership|c-suite|big\s+client|vp|whole\s+company|all-hands|keynote)(?:\s+(?:deck|meeting|presentation|review|update|call))?\b"
    rf"|(?<!\bwhy\s)(?<!\bhow\s)(?<!\bwhat\s)(?<!\bwhether\s)(?<!\bwhere\s)(?<!\bwhen\s)(?<!\bif\s)\b(?:this|it)\s+(?:really\s+)?(?:matters|counts)\s*(?:a\s+lot)?(?=\s*[.!,]|$)|\ba\s+lot\s+(?:is\s+)?riding\s+on\s+(?:this|it)\b|\bhigh[\s-]stakes\b(?!\s+(?:[\w\-]+\s+)?[a-z]+s\b)"
    rf"|\b(?:this|it)\s+(?:is|{A}s)\s+(?:really\s+|very\s+|super\s+|extremely\s+|so\s+)?(?:important|critical|crucial|a\s+big\s+deal)(?=\s*[.!,]|\s+(?:so|and)\b|$)"
    rf"|\bbring\s+your\s+a[\s-]game\b|\bmake\s+every\s+(?:line|word|sentence|slide|second|paragraph|page|frame)\s+count\b|\bmake\s+(?:it|this)\s+(?:count|unforgettable|memorable|legendary|epic|special|shine|magical|magic)\b|\bget\s+(?:it|this)\s+just\s+right\b|\braise\s+the\s+bar\b"
    rf"|\bof\s+the\s+highest\s+(?:standard|quality|calibre|caliber|order)\b|\btop\s+of\s+your\s+game\b|\byour\s+(?:very\s+)?best\s+work\b|\bnail\s+(?:it|this)\b|\bknock\s+it\s+out\s+of\s+the\s+park\b|\ba\s+cut\s+above\b|\b(?:reads?|looks?|sounds?)\s+like\s+(?:it|they|this)\s+came\s+from\s+a\s+(?:\w+\s+)?(?:outfit|firm|company|agency|publication|studio|business|pro)\b|\bknock\s+(?:their|your|his|her|the\s+\w+{A}s|people{A}s|everyone{A}s)\s+socks\s+off\b|\bblow\s+(?:them|people|everyone|readers)\s+away\b"
    # round 42: "the best cheese copy on the internet", "one of the best DJs in the state": the whole field as the bar
    rf"|\bthe\s+best\s+(?:[\w\-]+\s+){{1,3}}?(?:on\s+the\s+(?:internet|web|planet)|in\s+the\s+(?:world|country|state|city|industry|business|region|county|land))\b"
    rf"|\b(?:first|lasting)\s+impressions?\s+(?:matter|count)\b|\b(?:make|leave|give)\s+a\s+(?:great|good|strong|lasting|big|real|killer|solid)\s+(?:first\s+)?impression\b"
    # idioms of stakes: "it can't look amateur", "does it justice", "worthy of print", "on another level"
    rf"|\bcan{A}?t\s+(?:look|sound|read|come\s+across(?:\s+as)?|be)\s+(?:\w+\s+)?(?:amateur(?:ish)?|cheap|sloppy|unprofessional|rushed|half[\s-]baked|mediocre|lazy|phoned[\s-]in)\b"
    rf"|\bworthy\s+of\s+(?:that|this|them|print|publication|the\s+(?:occasion|moment|audience|stage|brand)|their\s+\w+)\b|\b(?:does|do|did)\s+(?:it|them|this|her|him)\s+justice\b"
    rf"|\bon\s+(?:another|a\s+(?:whole\s+)?(?:other|different))\s+level\b|\bsomething\s+that\s+(?:really\s+)?(?:lands|pops|sings|shines|sticks|wows|slaps)\b|\bA(?:\+|-level|-grade)\s+(?:work|quality|stuff|material|level|job|copy|writing)\b|\blook\s+the\s+(?:part|business)\b|\bthe\s+best\s+(?:[\w\-]+\s+){{0,3}}?(?:we|I|you|they|anyone|anybody|everyone|people|he|she)(?:{A}ve|{A}s|\s+have|\s+has|{A}ll|\s+will)?\s+ever\b"
    rf"|\b(?:it|this|that|they)\s+(?:really\s+)?(?:has|have|needs?|must|should)\s+(?:to\s+)?(?:really\s+)?(?:shine|impress|stand\s+out|sparkle|pop|wow|dazzle)\b|\blook\s+(?:more\s+)?expensive\b|\b(?:needs?|has)\s+to\s+(?:impress|blow\s+(?:them|people)\s+away|knock\s+(?:their|it)\s+(?:socks|out))\b",
    I,
)
# concrete criteria in the same sentence make a quality word harmless
CRITERIA_IN_SENTENCE = pattern(
    r"\b\d+(?:[.,]\d+)?\s*(?:-\s*\d+\s*)?(?:words?|characters?|chars|sentences?|lines?|bullets?|paragraphs?|items?|points?|pages?|slides?|%|percent|ms|seconds?|syllables?|emoji|links?)\b"
    r"|\bby\s+(?:which|that|this)\s+(?:I|we)\s+mean\b|(?<!\bI\s)(?<!\byou\s)(?<!\bwe\s)(?<!\bthey\s)\b(?:means?|meaning|i\.e\.|e\.g\.|such\s+as|for\s+example|no\s+(?:more|typos|jargon|emoji|exclamation|passive)|without\s+\w+|only|at\s+most|at\s+least|under\s+\d|"
    r"fewer\s+than|less\s+than|exactly|one\s+(?:call|idea|sentence|paragraph)|defined\s+as|as\s+in|like\s+(?:the|this)\s+example|see\s+(?:the\s+)?example"
    r"|interpret\s+(?:it|this|that|them)\s+as|take\s+(?:it|this|that)\s+to\s+mean)\b"
    # "professional in the specific sense the Clerk's Office uses: third person, past tense"
    r"|\bin\s+(?:the|this|a)\s+(?:specific|following|narrow|strict|precise|particular|technical)\s+sense\b[^.!?\n]*:"
    # "a polished assistant similar to Gemini: conversational, context-aware, ..."; "you do so by adjusting ..."
    r"|[;,]\s*prefer(?:ring)?\b|\b(?:similar\s+to|like)\b[^.!?\n:]{1,50}:[ \t]*[\w\-]+(?:[ \t][\w\-]+)?[ \t]*,[ \t]*[\w\-]+|\b(?:do|does|achieve|achieves|get|gets)\s+(?:so|this|that|it)\s+by\s+[a-z]+ing\b",
    I,
)
# what follows a quality word and pins it down; after a dash, a reason ("— buyers compare us
# against the big firms", "— I'm sending it to the whole choir", "— last month's open rate was
# terrible", "— the board reads these") or a condition ("— if Greg pokes a hole in it again") pins nothing
CRITERIA_AFTER = pattern(r"[\s\"'\u201d*_]*(?::\s*(?!(?:[a-z]+s|they|we|I|people|everyone|it|this|these)\s+(?:pay|are|will|want|need|expect|read|see|judge|love|hate|notice|compare|deserve)\b)\S|[^\W_][\w\-]*\s*:\s*\S|(?:[^\W_][\w.\-]*\s+){0,3}\((?!see\b)[^)]{4,}\)|(?:for|of|from)\s+\[[^\]\n]+\]|[\u2014\u2013-]\s*(?!(?:I|I['\u2019](?:m|ll|d)|we|we['\u2019]re|they|they['\u2019]re|he|she|it['\u2019]s|this|that|because|since|so|people|everyone|everybody|if|when|or|otherwise|unless|think|imagine|picture|like|something|anything|these|those|the\s+(?:kind|sort|type)\s+of|really|just|go\s+(?:big|all\s+out|wild)|make\s+(?:it|them)\s+(?:pop|shine|sing|sparkle|count))\b)(?![a-z]+s\s+(?:are|will|compare|want|need|love|hate|expect|read|see|judge)\b)(?!(?:the\s+|our\s+|my\s+)?[a-z]+\s+(?:reads|sees|wants|needs|expects|loves|hates|judges|checks|reviews|skims|signs|approves)\b)(?!(?:the|our|my|your|their|his|her)\s+[a-z]+\s+(?:are|is|will|keep|get|want|wants|need|needs|hate|hates|love|loves|expect|expects|notice|notices|complain|complained|have|has)\b)(?![^.!?\n]*\b(?:was|were|will|had)\b)\w+|(?:,\s*)?(?:i\.e\.|e\.g\.|meaning|which\s+means|that\s+is|defined\s+as|as\s+in|such\s+as|like\s+this)"
                         r"|,\s*(?:using|avoiding|without|with\s+no|in\s+(?:under|at\s+most))\s|by\s+[a-z]+ing\b)", I)


def check(block: Block, ctx: DocContext) -> list[Finding]:
    if block.kind in ("heading", "table_row"):
        return []  # titles, and table cells that sort things into levels or roles, ask for nothing
    text = block.text
    if _SCORE_LEVEL.match(text) or _POINTS_AFTER.search(text, max(0, len(text.rstrip()) - 16)):
        return []  # "7–8: good, solid quality", "Well-organized (2)": a level or item of a scoring rubric
    out: list[Finding] = []
    taken: list[tuple[int, int]] = []
    # (a pattern is compared by its place, not by identity: on first use it replaces its name)
    for rx, kind in ((BALANCE, "balance"), (ANALOGY, "analogy"), (PAIR, "pair"), (FEELING, "feeling")):
        feeling = kind == "feeling"
        for m in rx.finditer(text):
            # "Polish the abstract. Polish means: ...": a phrase led by a quality word the prompt defines
            words = m.group().lower().split()
            defined = words[0] if STRONG.fullmatch(words[0]) else None
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue  # one finding per phrase: "Mouthwatering, luxurious" is a pair, not a pair and a word
            if in_quotes(block, m.start(), m.end()) or _has_criteria(block, m.start(), m.end(), ctx, defined):
                continue
            if STRONG.fullmatch(words[-1]) and ctx.is_defined(words[-1]):
                continue  # ... or ending with one: "Labels must be engaging. By engaging we mean: ..."
            if not feeling and any(w.isalpha() and ctx.is_defined(w) for w in (words[0], words[-1])):
                continue  # "friendly but firm. Firm here means: ...": the line between the two is drawn
            if _asks_for_nothing(block, m.start(), ctx, m.end()):
                continue
            if kind == "pair" and all(w.strip(",&") in _PLAIN for w in (words[0], words[-1])):
                continue  # "short and friendly": two plain directions, each enough alone, no line to draw
            if feeling and (_not_a_bar(text, m.start(), m.group()) or _status(text, m.start())
                            or _CONTRAST_BEFORE.search(text, max(0, m.start() - 25), m.start())):
                continue
            taken.append((m.start(), m.end()))
            out.append(make(QUALITY_WORD, block, m.start(), m.end(),
                            f"\"{phrase(block, m.start(), m.end())}\" "
                            # (a balance is a line between two moods, and the message says so)
                            + ("asks for a balance the prompt never pins down" if kind == "balance" else "sets a quality bar the prompt never defines"),
                            _define_fix(block, m.start(), m.end(), "That balance" if kind == "balance" else "That")))

    def mood(s: int, e: int, shown_from: int, word: str | None) -> None:
        """Report words of taste at s..e (shown from shown_from) unless the prompt pins them down."""
        if any(a < e and s < b for a, b in taken) or in_quotes(block, s, e) or _has_criteria(block, s, e, ctx, word) or _asks_for_nothing(block, s, ctx, e):
            return
        taken.append((s, e))
        out.append(make(QUALITY_WORD, block, shown_from, e, f"\"{phrase(block, shown_from, e)}\" sets a quality bar the prompt never defines",
                        _define_fix(block, shown_from, e, "That")))

    for m in _MOOD_PAIR.finditer(text):
        if _evaluative_pair(m.group(1).lower(), m.group(2).lower()):
            mood(m.start(1), m.end(2), m.start(1), None)
    for m in _MOOD_SINGLE.finditer(text):
        word = m.group(1).lower()
        if not _taste_word(word) or NOT_RIGHT_BEFORE.search(text, max(0, m.start() - 10), m.start()):
            continue  # not a word of taste, or "Don't make it gentle": what the output is not
        if word.startswith("clean") and _TECHNICAL_CLEAN.search(m.group()):
            continue  # "keep the build clean": nothing left over, not a bar
        mood(m.start(1), m.end(1), m.start(), word)
    for m in STAKES_RX.finditer(text):
        if in_quotes(block, m.start(), m.end()) or mentioned_term(text, m.start(), m.end()) or _has_criteria(block, m.start(), m.end(), ctx, None):
            continue
        taken.append((m.start(), m.end()))
        out.append(make(STAKES, block, m.start(), m.end(),
                        f"Raises the stakes but never says what good looks like: \"{phrase(block, m.start(), m.end())}\"",
                        _define_fix(block, m.start(), m.end(), "Good here")))
    for m, word in _quality_words(text):
        s, e = m
        if any(a < e and s < b for a, b in taken) or in_quotes(block, s, e) and (
                _mentioned(block, s) or reported_speech(block, s, e) or quoted_question(block, s, e) or whole_quote(block, s, e)):
            continue
        if _title(text, s, e) or mentioned_term(text, s, e) or _in_link_text(text, s, e):
            continue
        if _has_criteria(block, s, e, ctx, word) or _asks_for_nothing(block, s, ctx, e):
            continue
        if _one_of_the_answers(block, s, e) or _status(text, s) or _not_a_bar(text, s, text[s:e]):
            continue
        taken.append((s, e))
        label = word[:1].upper() + word[1:]
        out.append(make(QUALITY_WORD, block, s, e,
                        f"\"{phrase(block, s, e)}\" sets a quality bar the prompt never defines",
                        _define_fix(block, s, e, label), term=word))
    out.extend(team_phrase_findings(block, ctx, "quality", TEAM_QUALITY))
    return out


_DOER_BEFORE = pattern(r"\b(?:person|people|party|parties|someone|anyone|user|users|customer|customers|who\s+is|who\s+are)\s+$", I)
# "a modern, production-grade backend" describes the project; "write production-grade code" asks
_GRADE = pattern(r"[\s-](?:grade|ready)$", I)
_GOES_BEFORE = pattern(r"\bgo(?:es|ing|ne)?\s+$", I)  # "goes viral": the aim for the output; "viral framing" describes
_SEVERITY_AFTER = pattern(r"\s+(?:impact|issues?|bugs?|problems?|risks?|severity|incidents?|defects?|outages?|failures?)\b", I)
_COMPARED = pattern(r"\b(?:more|less)\s+$", I)
_THAN_AFTER = pattern(r"\s+than\b", I)
_TOPIC_BEFORE = pattern(r"\b(?:about|explore|exploring|learn|learning|discuss|discussing|questions?\s+(?:on|about)|topics?|teach|teaches|explain|explains)\b[^.!?\n;:]*$", I)
_UNRESOLVED_AFTER = pattern(
    r"\s+(?:objections?|issues?|items?|balances?|invoices?|tasks?|questions?|payments?|amounts?|debts?|orders?|work|bugs?|tickets?|"
    r"requests?|comments?|concerns?|fees?|charges?|prs?|pull\s+requests?|reviews?|actions?|action\s+items?|todos?|problems?|claims?|loans?|"
    r"bills?|obligations?|liabilities|changes|feedback|follow-ups?|deliverables?|payables?|receivables?|votes?|cases?|refunds?)\b", I)
_TECHNICAL_CLEAN = pattern(r"\b(?:build|tree|worktree|diff|history|repo|repository|branch|workspace|working|state|cache|lint|ci|pipeline|git|commit|console|install|checkout)\b", I)


# "make it lovely and cosy", "something nice and uplifting", "keep it vibrant and fun": two
# words of praise joined, for how the output should come across, with no say of what makes it so
_MOOD_PAIR = pattern(r"\b(?:make|makes|making|keep|keeps|sound|sounds|read|reads|look|looks|something|(?:should|must|needs?\s+to|has\s+to|have\s+to)\s+be|it['\u2019]s|it\s+is)\s+"
                     r"(?:it\s+|them\s+|this\s+)?(?:really\s+|super\s+|very\s+|a\s+bit\s+|properly\s+)?([a-z]{3,})\s+and\s+(?:really\s+|super\s+|very\s+)?([a-z]{3,})\b"
                     # ... said of the output, not of a noun that follows ("making significant and valuable contributions")
                     r"(?=\s*(?:[.,;:!?)\u2014\u2013-]|$)|\s+(?:but|for|so|and|with|without|like|enough|too|please|again|this|here)\b)", I)
# words that say something checkable or plain, never praise: "clear and concise", "short and simple"
_PLAIN = frozenset("clear concise short brief simple accurate factual neutral polite calm correct complete consistent "
                   "specific precise readable safe secure fast quick easy small light plain direct honest true valid friendly".split())


def _evaluative_pair(a: str, b: str) -> bool:
    """Both words are adjectives of taste, at least one of them praise (in the vague list or
    with a clearly positive VADER valence), and neither says something checkable."""
    if a in _PLAIN or b in _PLAIN:
        return False
    praise = {w: _praise(w, _VAGUE_WORD) for w in (a, b)}
    return any(praise.values()) and all(praise[w] or w.endswith(_ADJ_ENDINGS) for w in (a, b))


# "Make it heartwarming.", "make this one cinematic", "keep them shareable": one word of taste,
# the last of its clause, for how the output should come across
_MOOD_SINGLE = pattern(r"\b(?:(?:make|makes|making|keep|keeps)\s+(?:it|them|this(?:\s+one)?|these|each\s+one|the\s+(?:whole\s+)?[\w\-]+)\s+(?:look\s+|sound\s+|feel\s+|read\s+)?"
                       r"|(?:make\s+sure|ensure)\s+(?:everything|it|this|the\s+[\w\-]+)\s+(?:is|looks|reads|sounds|feels)\s+)"
                       r"(?:really\s+|super\s+|very\s+|properly\s+|more\s+|extra\s+|a\s+bit\s+(?:more\s+)?)?([a-z]{4,}(?:-[a-z]+)?)(?=\s*(?:[.,;:!?)\u2014\u2013]|$)|\s+(?:before|when|so|please|too)\b)", I)
_MODAL_BEFORE = pattern(r"\b(?:should|must)\s+(?:really\s+)?$", I)
_CLAUSE_END = pattern(r"\s*(?:[.,;:!?)\u2014\u2013]|$)")
# the look, effect or finish of a piece, with no sentiment to score it: "cinematic", "shareable", "robust"
_AESTHETIC = frozenset("robust upbeat welcoming reassuring evocative cinematic atmospheric shareable clickable iconic epic magical dramatic vivid lush moody dreamy "
                       "immersive poetic lyrical whimsical quirky stylish glamorous luxe buzzy snappy zingy sparkly scroll-stopping thumb-stopping "
                       "jaw-dropping show-stopping head-turning".split())
# positive words that state a plain fact or a format, not taste: "make it bold", "keep it safe"
_NOT_TASTE = frozenset("bold safe safer free easy easier true okay fine well right correct legal secure ready available active "
                       "open clear positive healthy happy comfortable fair accurate responsive stable".split())


def _taste_word(word: str) -> bool:
    """A word of taste: in the list above or clearly positive in VADER, and neither plain nor a fact."""
    if word in _PLAIN or word in _NOT_TASTE:
        return False
    return word in _AESTHETIC or _praise(word, _VAGUE_ONLY)


def _praise(word: str, lexicon) -> bool:
    """In the vague-word lexicon given, or scored clearly positive by VADER."""
    return bool(lexicon.fullmatch(word)) or valence(word) >= 1.5


_VAGUE_ONLY = pattern(_VAGUE, I)
_VAGUE_WORD = pattern(rf"(?:{_VAGUE}|{_STYLE_ADJ}|cosy|cozy|uplifting|vibrant|lovely|cheerful|atmospheric|spooky|grand|scholarly|bespoke|moving)", I)
_SELECTION_BEFORE = pattern(r"\b(?:choose|choosing|pick|picking|select|selecting|find|finding|identify|return|recommend|suggest|rank|determine|decide\s+on)\s+(?:[\w\-]+\s+){0,3}$", I)
_ADJ_ENDINGS = ("y", "ful", "ive", "ous", "ing", "al", "ic", "ish", "ent", "ant", "ble", "ly")


def _quality_words(text: str):
    seen: set[int] = set()
    for m in GENERIC.finditer(text):
        g = next(i for i in range(1, (m.lastindex or 0) + 1) if m.group(i)) if m.lastindex else 0
        if not g:
            continue
        if text.startswith("-", m.end(g)) and STRONG.match(text, m.start(g)):
            continue  # "make it best-in-class": the first word of a compound, which the strong words know whole
        word = " ".join(m.group(g).lower().split())
        seen.add(m.start(g))
        if word in _PLAIN:
            continue  # "Keep it friendly": a register the model reads well enough, like "polite" (blind labels: 4 of 5 fine)
        if word.startswith("the best") and _SELECTION_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "pick the best version of the three": a choice among what is given, not a bar
        if word.startswith("clean") and (text.startswith("Clean Code", m.start(g)) or _TECHNICAL_CLEAN.search(m.group())):
            continue  # the book's principles; a build or a working tree with nothing left over
        yield (m.start(), m.end()), word
    for m in STRONG.finditer(text):
        if m.start() in seen:
            continue
        word = " ".join(m.group(1).lower().split())
        if word == "polish" and text[m.start()].isupper() and not _sentence_initial(text, m.start()):
            continue  # the language and the people: "explain it in Polish"
        if word == "polished" and _MATERIAL_AFTER.match(text, m.end()):
            continue
        if word == "polish" and _PRODUCT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "furniture polish", "nail polish": the product, not the act of polishing
        if word == "polish" and (_STAGE_BEFORE.search(text, max(0, m.start() - 24), m.start()) or _STAGE_AFTER.match(text, m.end())):
            continue  # "Structure before polish": the last stage of the work, in an order of work
        if _CONTRAST_BEFORE.search(text, max(0, m.start() - 25), m.start()):
            continue  # "a newspaper for humans, not a polished digest": what the output is not
        if word.startswith("professional") and not _REGISTER_AFTER.match(text, m.end()) and (
                NOUN_USE_AFTER.match(text, m.end()) or NOUN_USE_BEFORE.search(text[max(0, m.start() - 20):m.start()])
                or _A_NOUN_BEFORE.search(text, max(0, m.start() - 30), m.start()) and _NOUN_END.match(text, m.end())):
            continue  # "a licensed professional", "a French professional, who ...": the person
        if word in ("pop", "wow") and not re.search(r"\b(?:make|makes|making|let)\s+(?:it|this|them|the\s+\w+)\s+$|\b(?:really|to)\s+$", text[max(0, m.start() - 25):m.start()], I) and not (
                _MODAL_BEFORE.search(text, max(0, m.start() - 12), m.start()) and _CLAUSE_END.match(text, m.end())):
            continue  # "make it pop", "Headlines should pop."; not "pop the stack"
        if word in ("fresh", "fresher") and _NEW_AFTER.match(text, m.end()):
            continue  # "a fresh pass", "fresh context": new, not a quality
        if word in ("fresh", "fresher", "sharp", "sharper", "tight", "tighter") and not (
                _MADE_BEFORE.search(text, max(0, m.start() - 40), m.start()) or _OUTPUT_AFTER.match(text, m.end())
                or _sentence_initial(text, m.start()) and _LIST_GOES_ON.match(text, m.end())):
            continue  # "states are always fresh", "a sharp knife", "- Fresh veggies, fruits": a fact, not a bar for the output
        if (word in ("perfect", "excellent", "outstanding", "exceptional", "beautiful", "amazing", "awesome", "killer", "premium", "high-end", "high end", "refined", "sophisticated", "elegant", "viral")
                or _GRADE.search(word)) and not (
                _about_output(text, m.start(), m.end()) or word == "viral" and _GOES_BEFORE.search(text, max(0, m.start() - 10), m.start())):
            continue
        if word in ("engaging", "compelling") and (re.match(r"\s+(?:with|in)\b", text[m.end():], I) or _DOER_BEFORE.search(text, max(0, m.start() - 20), m.start())):
            continue  # "engaging with customers", "the person engaging": someone doing it
        if _COMPARED.search(text, max(0, m.start() - 10), m.start()) and _THAN_AFTER.match(text, m.end()):
            continue  # "X is more performant than Y": a comparison states a fact, it sets no bar
        if word.endswith(("grade", "ready", "quality", "level")) and _SEVERITY_AFTER.match(text, m.end()):
            continue  # "production-grade impact": how serious a finding is, in a severity scale
        if word == "best practices" and _TOPIC_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "ask questions about concepts, code, or best practices": a topic, not a bar
        if word == "outstanding" and _UNRESOLVED_AFTER.match(text, m.end()):
            continue  # "outstanding invoices", "any outstanding questions": not yet settled
        if word in ("first-class", "first class") and _LANGUAGE_FEATURE_AFTER.match(text, m.end()):
            continue  # "first-class functions", "first-class support for X": built in, a fact
        yield (m.start(), m.end()), word


# "This document outlines the guidelines and best practices ...", "Defines principles ...",
# "With this prompt you can create engaging posts": the text describes itself
# "These guidelines ensure that ...", "Converts text into an engaging listing" (a description
# of what the prompt does, in the third person: an instruction would say "Convert")
_META = pattern(r"(?:(?:guide|reference|toolkit|playbook|handbook|cheat\s*sheet|skill)\s+(?:for|to|on)\s|(?:this|the)\s+(?:document|file|guide|skill|prompt|repo(?:sitory)?|section|page|agent|template)\s+"
                r"(?:outlines|describes|defines|contains|covers|explains|provides|documents|lists|sets\s+out|teaches|shows|walks|guides)"
                r"|(?:this|these|the|our)\s+(?:guidelines|rules|instructions|conventions|principles|standards)\s+(?:ensure|help|keep|make\s+sure|exist|are\s+(?:meant|designed|intended)|cover|describe|list|outline|explain|define|apply\s+to)\b"
                r"|(?:defines|describes|outlines|covers|documents|converts|generates|creates|writes|turns|transforms|produces|helps|drafts|builds|rewrites|summari[sz]es|holds|contains|collects|gathers)\s"
                r"|with\s+this\s+(?:prompt|skill|agent|template|tool)\b"
                # a file's own description: "Instructions for building high-quality ReactJS applications ..."
                r"|(?:instructions|guidelines|rules|conventions|standards|guidance)\s+(?:for|on)\s+(?:building|writing|creating|developing|making|designing|working)\b)", I)
# "... to ensure safe, maintainable code", "so that we can ensure ...": a goal, not a spec of the output
_PURPOSE = pattern(r"\b(?:to\s+ensure|ensures|we\s+(?:can|will)\s+ensure|so\s+that|in\s+order\s+to)\b", I)  # not "ensure that ...": a request
# "to ensure the board is impressed, make it polished": the purpose clause ended, a request began
_REQUEST_AFTER = pattern(r"[,;]\s*(?:then\s+|please\s+)?(?:make|keep|write|be|use|give|add|create|produce|draft|craft|sound|look|feel|get|do)\b", I)
# "gooey, golden, buttery, rich, velvety": a vocabulary list (words to use or avoid), not a request
_WORD_LIST = pattern(r"(?:[\w'][\w'\-]*(?:\s[\w'][\w'\-]*){0,2},\s*){3,}[\w'][\w'\-]*(?:\s[\w'][\w'\-]*){0,2}[\s.]*(?:[\u2014\u2013:-].*)?", I)


def _asks_for_nothing(block: Block, s: int, ctx: DocContext, e: int) -> bool:
    """Style words a tone section spells out, or text that asks for nothing: a sentence about
    the document itself, a goal ("to ensure maintainable code"), a vocabulary list, or a
    checklist question."""
    if checklist_question(block, s):
        return True
    text = block.text
    # a tone section sets a voice; it never says what "world-class" or "make it shine" means
    guided = ctx.has_style_guide() and not _HYPE.search(text, s, e)
    sentence = sentence_at(block, s)
    if sentence is None:
        return guided
    whole = text[sentence.start:sentence.end]
    if guided and not (_BEYOND_THE_GUIDE.match(whole) or _BEYOND_THE_GUIDE.match(text)):
        return True  # (not "Beyond that, it has to be stunning. ...": bars on top of what the guide spells out)
    if _META.match(whole.lstrip()) or _WORD_LIST.fullmatch(whole.strip()):
        return True
    if menu_of_options(text, s):
        return True  # "Tone preferences: Professional, playful, technical, ...": options the user picks from
    if _in_option_list(text, s):
        return True  # "What's the typical tone? (casual, professional, witty)": choices named, none asked for
    if _SCALE_POINT_BEFORE.search(text, max(sentence.start, s - 24), s) and len(_SCALE_POINT.findall(whole)) >= 3:
        return True  # "0 incorrect, ..., 4 strong with minor gaps, 5 excellent interview-ready": a rubric's scale
    if _LINK_GLOSS_BEFORE.search(text, max(0, s - 200), s):
        return True  # "[examples.md](examples.md) - Production-ready diagram examples": what a linked file holds
    label = _FIELD_LABEL.match(text, text.rfind("\n", 0, s) + 1, s)
    if label and ctx.recurring(label.group(1)):
        return True  # "- Character: Warm, approachable" under each of ten fonts: a catalogue's field, describing its entries
    if _CODE_GLOSS_BEFORE.search(text, max(sentence.start, s - 60), s):
        return True  # "Build target is `-Os` (size-optimized)": a gloss of the code before it
    if _THE_BEFORE.search(text, max(sentence.start, s - 6), s) and _FILE_NAMED.search(whole):
        return True  # "Read the root AGENTS.md to learn the best practices": the bar is in that file
    if _SEE_LINK.search(whole) and _STANDARDS_NOUN.match(text, s):
        return True  # "For code quality standards and best practices, see [our guidelines](...)": they are there
    if _CONSIDERED_BEFORE.search(text, max(sentence.start, s - 24), s) and _THRESHOLD.search(whole):
        return True  # "Papers scoring >=28/35 are considered submission-ready": the score says what it means
    if _STAGE_ORDER_BEFORE.search(text, max(sentence.start, s - 30), s):
        return True  # "Make the model functional before making it beautiful": an order of work, not the bar
    purpose = _PURPOSE.search(text, sentence.start, s)
    return bool(purpose) and not _REQUEST_AFTER.search(text, purpose.end(), s)


# a scale point: a number and its level's words ("4 strong with minor gaps")
_SCALE_POINT_BEFORE = pattern(r"(?<![\w.\-])\d\s+(?:[a-z]+\s+){0,2}$", I)
_SCALE_POINT = pattern(r"(?:^|[,;(]\s*)\d\s+[a-z]", I)
# a link, then a dash or colon, then the words: the link's description
# (the link's destination reaches the rules blanked)
_LINK_GLOSS_BEFORE = pattern(r"\](?:\([^()\s]*\))?[ \t*_`]*(?:[\u2014\u2013:]|-)[ \t]*$")


_OPTION_BREAK = pattern(r",|\bor\b|/", gate=False)


def _in_option_list(text: str, s: int) -> bool:
    """s is one item of a list of short choices in parentheses: "(casual, professional, witty)"."""
    open_at = text.rfind("(", max(0, s - 80), s)
    if open_at < 0 or ")" in text[open_at:s]:
        return False
    close_at = text.find(")", s, s + 80)
    if close_at < 0:
        return False
    items = [item.strip() for item in _OPTION_BREAK.split(text[open_at + 1:close_at])]
    return len(items) >= 3 and all(item and len(item.split()) <= 2 for item in items)


_BEYOND_THE_GUIDE = pattern(r"\s*(?:beyond|besides|apart\s+from|other\s+than|on\s+top\s+of|aside\s+from|over\s+and\s+above)\s+(?:that|this|those|these|the\s+(?:style\s+)?(?:guide|rules))\b", I)
# a line's label: "- **Character**: ...", "Mood: ..." (markers of emphasis reach the rules as spaces)
_FIELD_LABEL = pattern(r"(?:[ \t]*(?:[-*+]|\d+[.)]))?[ \t*_]*((?-i:[A-Z])[\w\-]*)[ \t*_]*:", I)
_CONSIDERED_BEFORE = pattern(r"\b(?:considered|deemed|rated|classed\s+as|counts?\s+as)\s+$", I)
_THRESHOLD = pattern(r"[\u2265\u2264<>]=?\s*\d|(?<!\d)\d+\s*/\s*\d|\b(?:at\s+least|or\s+(?:more|higher|above))\b|\d\s*%", I)
_CODE_GLOSS_BEFORE = pattern(r"\S[ \t]{3,}\($")
_THE_BEFORE = pattern(r"\bthe\s+$", I)
# a file named in the sentence, as written or as a code span (which reaches the rules blanked)
_FILE_NAMED = pattern(r"(?<![\w\-])[\w\-]+\.(?:md|mdx|mdc|txt|rst)\b|\b(?:in|from|see|read|per|at)\s{3,}\S", I)
_SEE_LINK = pattern(r"\b(?:see|read|per|in|follow|check|consult)\s+(?:the\s+|our\s+)?\[[^\]\n]+\]", I)
# (matched at the word found, in a bounded run: searched, an open run would rescan from each start)
_STANDARDS_NOUN = pattern(r"[\w \t\-]{0,30}?\b(?:practices|standards|guidelines|conventions)\b", I)
_STAGE_ORDER_BEFORE = pattern(r"\bbefore\s+(?:(?:you\s+|we\s+)?(?:making|make)\s+(?:it|them|this|the\s+[\w\-]+)\s+(?:look\s+|more\s+)?)?$", I)
_NEXT_CAPITALISED = pattern(r"[ \t]+(?-i:[A-Z][a-z]+)\b")


def _title(text: str, s: int, e: int) -> bool:
    """"a 2-3 sentence "Professional Summary"", "the Clean Architecture book": capitalised
    mid-sentence with the next word, the word is part of a name."""
    return text[s:s + 1].isupper() and not _sentence_initial(text, s) and bool(_NEXT_CAPITALISED.match(text, e))


def _in_link_text(text: str, s: int, e: int) -> bool:
    """"[Skill Authoring Best Practices](https://...)": the words name a linked document (its
    address reaches the rules blanked, so spaces or a bracket follow the closing bracket)."""
    opening, closing = text.rfind("[", 0, s), text.find("]", e)
    if opening < 0 or closing < 0 or any(c in text[opening + 1:s] for c in "]\n") or any(c in text[e:closing] for c in "[\n"):
        return False
    after = text[closing + 1:closing + 3]
    return after == "  " or after[:1] in ("(", "[")


def _sentence_initial(text: str, s: int) -> bool:
    before = text[:s].rstrip()
    return not before or before[-1] in ".!?:\n"


def _mentioned(block: Block, s: int) -> bool:
    """A quoted word in a list of quoted words ("avoid: "stunning", "nestled"") is mentioned, not asked for."""
    sentence = sentence_at(block, s)
    if sentence is None:
        return True
    quoted = [q for q in block.quoted if sentence.start <= q[0] < sentence.end]
    return len(quoted) >= 2 or bool(re.search(r"\b(?:avoid|words?|phrases?|terms?|never\s+(?:use|say)|don{0}t\s+(?:use|say)|do\s+not\s+(?:use|say)|banned|cliches?)\b".format("['\u2019]?"), block.text[sentence.start:s], re.I))


def _about_output(text: str, s: int, e: int) -> bool:
    """Praise words only count when they describe the thing to produce."""
    before = text[max(0, s - 40):s].lower()
    return bool(
        re.search(r"\b(?:make|makes|making|be|is|are|look|looks|sound|sounds|read|reads|feels|keep|it's|it\s+is|must\s+be|needs?\s+to\s+be|should\s+be|has\s+to\s+be|write|create|give\s+me|want|need)\s+(?:\w+\s+){0,3}$", before)
        or _OUTPUT_AFTER.match(text, e)
    )


_OUTPUT_AFTER = pattern(r"\s*(?:email|reply|response|copy|post|deck|slide|summary|draft|version|headline|intro|pitch|essay|article|story|tagline|subject\s+line|design|code|output|answer|report|presentation|landing\s+page|tweet|message|feel|vibe|look|finish|tone|voice|style|writing|result|experience)\b", I)
# the output being made into something: "keep it fresh", "needs to be sharper"
_MADE_BEFORE = pattern(r"\b(?:make|makes|making|keep|keeps|feel|feels|sound|sounds|look|looks|read|reads|be|stay|stays)\s+(?:it\s+|them\s+|this\s+)?(?:\w+\s+){0,2}$", I)


# a sentence that opens with the word goes on with more words of its kind, or stops: "Fresh,
# punchy, no filler.", "Tight and clear."; not "Fresh oyster mushrooms, 200 g"
_LIST_GOES_ON = pattern(r"[ \t]*(?:[,.!;:&\n]|and\b|but\b|$)", I)
# ... or a new machine or system to set up: "Fresh Hetzner server running Ubuntu", "a fresh VM"
_NEW_AFTER = pattern(r"[*_\s]+(?:(?-i:[A-Z])[\w\-]*\s+)?(?:pass|start|session|context|copy|clone|install|installation|run|look|eyes|branch|checkout|instance|terminal|shell|server|machine|vm|box|droplet|host|node|system|laptop|os|setup|repo|repository|project|account|"
                     r"window|tab|conversation|chat|thread|page|sheet|database|environment|env|container|build|attempt|try)\b", I)
# "Structure before polish", "correctness over polish": a stage of the work, in an order of work
_STAGE_BEFORE = pattern(r"\b(?:before|after|over|than|then|versus|vs\.?)\s+(?:(?:the\s+)?(?:initial|first|final|last|a)\s+)?$", I)
_STAGE_AFTER = pattern(r"[ \t]+(?:later|last|afterwards|at\s+the\s+end)\b", I)  # "working MVP first, polish later"
# "first-class functions", "tags are first-class features": the thing is built in, not good
_LANGUAGE_FEATURE_AFTER = pattern(r"\s+(?:features?|support|citizens?|objects?|functions?|types?|values?|concepts?|constructs?|primitives?|"
                                  r"members?|entities|integrations?|apis?|modules?|resources?|options?|columns?|fields?|attributes?|properties|keys?|tables?|records?)\b", I)
# "a person who feels overwhelmed", "if the user feels ignored", "so nobody feels hard done by":
# someone's state, not the output's
# "helping them think and feel confident": how the person helped should come out of it;
# "it's starting to feel personal": how a situation has come to feel, not how the output should
_EXPERIENCER_BEFORE = pattern(r"(?:\bwho|\b(?:described|reported|mentioned|admitted|recalled)|\b(?:start|starts|starting|started|begin|begins|beginning|began|begun)\s+to|\b(?:nobody|no\s+one|everyone|everybody|anyone|anybody|someone|somebody|he|she|they|we|I|some|many|most|others|several)|\b(?:I['\u2019]m|we['\u2019]re|they['\u2019]re|he['\u2019]s|she['\u2019]s)|\bwhat\s+(?:this|the|each|that)\s+[\w\-]+|\b(?:if|when|whenever|unless|because|since|until)\s+(?:the\s+|a\s+|your\s+|their\s+)?[\w\-]+"
                              r"|\bhelp(?:s|ing)?\s+(?:them|him|her|you|me|us|users?|people|students?|learners?|kids|children)(?:\s+[\w\-]+\s+and)?"
                              # a group that feels it, said as a fact ("people feel very emotional about this"), not made to
                              r"|(?<!\bmake\s)(?<!\bmakes\s)(?<!\blet\s)(?<!\bhelp\s)(?<!\bhelps\s)\b(?:people|folks|users|customers|clients|readers|"
                              r"parents|patients|students|members|residents|owners|families|visitors|guests|staff|employees|volunteers)(?:\s+(?:often|usually|sometimes|still|really))?)\s+$", I)
# "Violating any of these is a showstopper": how bad a mistake is, not praise of the output
# (or its subject is something done: "Skipping a migration is a showstopper")
_PROBLEM_BEFORE = pattern(r"\b(?:violat\w*|fail\w*|bugs?|errors?|break\w*|crash\w*|regress\w*|missing|leaks?|mistakes?|issues?|problems?)\b"
                          r"|^[ \t*_]*(?!making\b)[a-z]+ing\b", I)
# "Determine whether the content is well-organized, partially structured, or unstructured":
# the word is one of the answers to a question about the input
_WHETHER = pattern(r"\bwhether\b", I)
_OR_AFTER = pattern(r"(?:[^.!?\n]{0,80}?,)?[^.!?\n]{0,40}?\bor\b", I)
# "**Current State:** Production-ready": a status line describes the project as it is
_STATUS_LABEL_BEFORE = pattern(r"\b(?:status|state|stage|maturity|phase)[*_\s]*:[*_\s]*$", I)


_APPEARANCE_BEFORE = pattern(r"\bto\s+(?:look|seem|appear)\s+(?:more\s+|very\s+)?$", I)


_ITEM_START_BEFORE = pattern(r"(?:^|[,;:(]|\b(?:or|and))[ \t]*$", I)
_DONT_MAKE_BEFORE = pattern(r"\b(?:don['\u2019]?t|do\s+not|never)\s+(?:make|let|have)\s+(?:[\w\-]+\s+){0,3}$", I)
_NAMED_FEEL = pattern(r"\w+\s+(?-i:[A-Z][\w\-]*)(?:\s+(?-i:[A-Z][\w\-]*))?\s+(?:feel|vibe|vibes|energy|aesthetic)", I)


def _not_a_bar(text: str, s: int, found: str) -> bool:
    """A feeling the sentence gives someone else ("a person who feels overwhelmed"), a look it
    says to avoid ("Don't make essays sound polished"), or a showstopper that is a mistake's
    severity."""
    if _APPEARANCE_BEFORE.search(text, max(0, s - 20), s) and NEGATED_BEFORE.search(text, max(0, s - 100), s):
        return True  # "don't pad it with cosmetic comments to look thorough": a seeming to avoid (not "it has to look thorough")
    if _DONT_MAKE_BEFORE.search(text, max(0, s - 40), s):
        return True  # "Don't make essays sound polished": the look to avoid, not a bar to meet
    words = found.lower().split()
    head = words[0]
    if head == "feeling" and _ITEM_START_BEFORE.search(text, max(0, s - 8), s):
        return True  # "panic, not sleeping, feeling hopeless": a state in a list of signs, not a bar
    if head.startswith("feel"):
        return bool(_EXPERIENCER_BEFORE.search(text, max(0, s - 40), s))
    if head == "some" and words[-1] == "feel" and len(words) > 2 and words[-2].endswith("s") and not words[-2].endswith("ss"):
        return True  # "Some volunteers feel guilty": people who feel something, not "some retro feel"
    if head in ("that", "the") and _NAMED_FEEL.fullmatch(found):
        return True  # "that Gutter Saints feel": a house feel known by its name, which the inference rules ask about
    if "stopper" in found.lower():
        start = max(text.rfind(c, 0, s) for c in ".!?\n") + 1
        return bool(_PROBLEM_BEFORE.search(text[start:s]))
    return False


def _one_of_the_answers(block: Block, s: int, e: int) -> bool:
    """The word is one of the answers a whether-question offers: the input is classified."""
    sentence = sentence_at(block, s)
    return (sentence is not None and bool(_WHETHER.search(block.text, sentence.start, s))
            and bool(_OR_AFTER.match(block.text, e)))


def _status(text: str, s: int) -> bool:
    """The word comes right after a status label: it describes the project as it is."""
    return bool(_STATUS_LABEL_BEFORE.search(text, max(0, s - 30), s))


_POINTS_AFTER = pattern(r"\((?:\d+(?:\.\d+)?|\d+\s*(?:points?|pts|marks?))\)\s*$", I)
_SCORE_LEVEL = pattern(r"[\s*_]*[+\-\u2212]?\d+(?:\.\d+)?(?:\s*(?:to|-|\u2013|/)\s*[+\-\u2212]?\d+(?:\.\d+)?)?\s*(?:points?|pts)?[*_]*\s*[:=)\u2013\u2014]", I)
# a short rule spelled out by the sentence after it
_EXPLAINED_NEXT = pattern(r"[\s*_]*(?:for\s+(?:each|every)|each|every|that\s+is|in\s+other\s+words|(?:this|that)\s+means|i\.e\.|specifically|concretely)\b", I)
# "The report should read as professional. For this office that means: ...": the next sentence defines the word that ended this one
_THAT_MEANS_NEXT = pattern(r"[\s*_]*(?:(?:for|in)\s+(?:this|our|the)\s+[\w\-]+,?\s+|here,?\s+)?(?:(?:this|that)\s+means|by\s+(?:this|that),?\s+(?:I|we)\s+mean)\b", I)
# what may stand between the word and the end of its sentence when the next one defines it:
# "... in a professional register. Here this means: ..." (the noun the word qualifies)
_QUALIFIED_NOUN_ONLY = pattern(r"\s*(?:register|tone|voice|style|standard|finish|feel|manner|way)?[\s.!*_]*", I, gate=False)


# how the output sounds, which no format or length pins down
_TONE_WORD = pattern(r"\b(?:professional|friendly|warm|formal|informal|casual|polite|empathetic|personal|human|natural|genuine|confident|"
                     r"approachable|conversational|playful|upbeat|respectful|calm|serious|fun|witty|heartfelt|sincere|authoritative|on[\s-](?:brand|voice|tone))", I)


def _has_criteria(block: Block, s: int, e: int, ctx: DocContext, word: str | None) -> bool:
    text = block.text
    if word and ctx.is_defined(word):
        return True
    if CRITERIA_AFTER.match(text, e):
        return True
    if not text[:s].strip(" \t*_") and len(text[s:e].split()) == 1 and _LABEL_DASH_AFTER.match(text, e):
        return True  # "- **Scannable formatting** — bold key phrases, use bullet points": a label, its gloss after
    sentence = sentence_at(block, s)
    if sentence is not None:
        rest = text[e:sentence.end]
        if CRITERIA_IN_SENTENCE.search(rest):
            return True
        if text[sentence.start:sentence.end].rstrip().endswith(":"):
            return True  # a criteria list follows
        if len(text[sentence.start:s].split()) <= 2 and _EXPLAINED_NEXT.match(text, sentence.end):
            return True  # "Be thorough. For each file, list every failing check."
        if _QUALIFIED_NOUN_ONLY.fullmatch(rest) and _THAT_MEANS_NEXT.match(text, sentence.end):
            return True  # "... should read as professional. For this office that means: third person, ..."
    # the prompt shows an example of the output: the example is the bar; a section on the
    # output's shape with a length or count is the bar for what the output achieves
    # ("compelling", "user-friendly"), but it says nothing about how it sounds
    if word is not None and ctx.shows_example():
        return True
    # ... and nothing about hype: a format says nothing of "world-class" or "as compelling as possible"
    return not _TONE_WORD.search(text, s, e) and not _HYPE.search(text, s, e) and ctx.specifies_output()


# superlatives and show words: no shape of the output pins them down
_HYPE = pattern(r"\b(?:world[\s-]class|best[\s-]in[\s-]class|top[\s-]notch|first[\s-]rate|as\s+[\w\-]+\s+as\s+(?:possible|you\s+can)|"
                r"shine|sparkle|dazzle|wow|stunning|amazing|awesome|incredible|exceptional|outstanding|phenomenal|epic|next[\s-]level|"
                rf"{_SHOW_WORDS}|pop|(?-i:[A-Z][a-z]+)-level|soar|top[\s-]tier|premium[\s-]feel(?:ing)?|make\s+(?:it|this|every\s+[\w\-]+)\s+count)\b", I)


# a list item's label ("**Scannable formatting**"): at most one more word, then a dash and its gloss
_LABEL_DASH_AFTER = pattern(r"(?:[ \t]+[^\W_][\w\-]*)?[ \t*_]*(?:[\u2014\u2013]|[ \t]-)[ \t]*\w")


def _define_fix(block: Block, s: int, e: int, term: str) -> Fix:
    """Insert a scaffold after the sentence for the writer to fill in: `Polished means: …`."""
    sentence = sentence_at(block, s)
    at = sentence.end if sentence else e
    return Fix(f"Define \"{term.lower()}\"", (edit(block, at, at, f" {term} means: \u2026"),), safe=False)


gate_patterns(globals())  # a cheap required-words check before each long pattern
