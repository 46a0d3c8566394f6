"""Patterns for the tone family: constructions, not just word lists, so that new wordings
("the exec channel is melting down", "I'm on my third coffee") are caught too."""

from __future__ import annotations

import re
from ..prefilter import gate_patterns, pattern

I = re.I
# intensifiers and hedges that may sit between a subject and the feeling
MOD = r"(?:(?:so|still|really|very|completely|totally|absolutely|super|extremely|incredibly|just|honestly|seriously|literally|kind\s+of|kinda|a\s+bit|a\s+little|pretty|quite|utterly|genuinely|actually|starting\s+to(?:\s+(?:get|feel))?|getting|beyond|fully|fucking|freaking|so\s+so|too)\s+)"
APOS = r"['\u2019]"

# --- urgency -------------------------------------------------------------------------
URGENCY_STRONG = pattern(
    rf"\bASAP\b|\bas\s+soon\s+as\s+(?:humanly\s+)?possible\b|\bright\s+this\s+(?:second|minute|instant)\b|\bright\s+now\s*!"
    rf"|\b(?:I|we)\s+need(?:ed)?\s+(?:this|it|that|them|these|an?\s+\w+)\s+(?:done\s+|fixed\s+|finished\s+)?(?:yesterday|an\s+hour\s+ago|like\s+yesterday)\b"
    rf"|\b(?:this|it|the\s+\w+)\s+(?:goes\s+out|ships|launches|is\s+due|needs\s+to\s+(?:go\s+out|ship|be\s+(?:sent|done|live))|has\s+to\s+(?:go\s+out|ship))\s+in\s+(?:an?|one|two|three|\d+|a\s+few|the\s+next|less\s+than\s+an?)\s+(?:\d+\s+)?(?:hours?|minutes?|mins?|secs?|seconds?)\b"
    rf"|\b(?:no|zero)\s+time\s+(?:to\s+(?:waste|lose|spare)|for\s+\w+)|\b(?:I|we){APOS}?(?:m|re|\s+am|\s+are)?\s+(?:running\s+out\s+of|out\s+of|short\s+on)\s+time\b"
    rf"|\btime\s+is\s+running\s+out\b|\b(?:the\s+)?clock(?:\s+is|{APOS}s)\s+ticking\b|\b(?:needs?|has)\s+to\s+be\s+(?:live|out|done|ready|sent|up|finished|published|fixed)\s+(?:by\s+)?(?:tonight|today|tomorrow(?:\s+morning)?|first\s+thing(?:\s+tomorrow)?|EOD|end\s+of\s+(?:the\s+)?day|this\s+(?:morning|afternoon|evening)|within\s+the\s+hour)\b"
    rf"|\bI\s+need\s+(?:this|it|that|an?\s+[\w\-]+)\s+(?:out|done|back|sent|fixed|finished|ready)\s+(?:today|tonight|by\s+(?:EOD|end\s+of\s+(?:the\s+)?day|noon|tonight))\b|\bneed\s+(?:\w+\s+)?(?:help|answers?|this|it)\s+fast\b"
    rf"|\bI(?:{APOS}ve|\s+have)\s+(?:only\s+)?got\s+(?:about\s+|like\s+|maybe\s+|only\s+)?(?:\d+|one|two|five|ten|fifteen|twenty|thirty|a\s+few)\s+(?:minutes?|mins?)\b"
    rf"|(?:^|(?<=[.!?]\s))now\s*[.!]+|(?:^|(?<=[.!?]\s))time[\s-]sensitive\b(?=\s*[\u2014\u2013:,!-])|\b(?:this|it)\s+(?:is|{APOS}s)\s+(?:very\s+|extremely\s+|super\s+|really\s+)?time[\s-]sensitive\b|\b(?:I|we)?\s*need\s+(?:this|it|them|these)\s+(?:done\s+|back\s+)?before\s+(?:the|my|our)\s+(?:\d{{1,2}}(?::\d\d)?\s*(?:am|pm)|noon|morning|afternoon)\s+(?:call|meeting|standup|flight|deadline|sync|review)\b|\bevery\s+(?:second|minute)\s+counts\b|\bdrop\s+everything\b"
    rf"|\b(?:this|it)\s+(?:is|{APOS}s)\s+(?:an?\s+)?(?:absolute\s+|total\s+|real\s+)?emergency\b|(?:^|(?<=[.!?]\s))hurry\b|\bhurry\s+up\b|\bplease\s+hurry\b|\b(?:don{APOS}?t|no)\s+(?:faff|dawdl|dilly-?dally)(?:e|ing)?\s*(?:about|around)?\b|\b(?:I{APOS}m|I\s+am|we{APOS}re|we\s+are)\s+in\s+a\s+(?:\w+\s+)?(?:hurry|rush)\b|\bchop[\s-]+chop\b"
    rf"|(?<!\balways\syour\s)(?<!\balways\sthe\s)\b(?:top|highest|number[\s-]+one|#1)\s+priority\b(?!\s*[:=)])(?!\s+(?:first|last|wins|order|(?:items?|tasks?|bugs?|issues?|tickets?|ones?|rules?|findings?|fixes?|alerts?|cases?|requests?|leads?|accounts?|orders?|level|tier|bucket|class|category|queue)\b))"
    rf"|\b(?:I|we)\s+(?:don{APOS}?t|do\s+not)\s+have\s+(?:the\s+|any\s+)?time\s+(?:for|to)\b"
    rf"|\btime\s+is\s+of\s+the\s+essence\b|\b(?:by|before)\s+(?:EOD|COB|end\s+of\s+(?:the\s+)?day|close\s+of\s+business|\d{{1,2}}(?::\d\d)?\s*(?:am|pm|o{APOS}clock)?)\s+(?:today|tonight)\b|\b(?:well|long|way|massively|already)\s+overdue\b(?!\s+(?:invoices?|payments?|bills?|tasks?|items?|books?|loans?|rentals?|accounts?|balances?))|\b(?:literally\s+)?(?:no|zero)\s+time\s+left\b|\b(?:hard|tight|brutal|crazy|insane|impossible)\s+deadline\b"
    rf"|\b(?:quick|fast|hurry)(?:[\s,!.\-\u2014]+(?:quick|fast|hurry)){{1,}}\b|\bgo[\s,!.]+go[\s,!.]+go\b|\bneed(?:ed)?\b[^.!?\n]{{0,60}}(?<!\babout\s)(?<!\bfrom\s)(?<!\bsince\s)(?<!\bof\s)(?<!\bafter\s)\byesterday\b(?!['\u2019]s|\s+(?:at|in|'s|\u2019s))"
    rf"|\bfire\s+drill\b|\beverything\s+else\s+(?:waits|can\s+wait)\b|\bprioriti[sz]e\s+speed\b|\b(?:and|,)\s+hurry\b|\bas\s+fast\s+as\s+(?:you\s+can|possible|humanly)\b"
    # a short horizon from now: "goes out in an hour", "my exam is in 3 hours", "in the next five minutes"
    rf"|\b(?:goes\s+out|go\s+out|ships|ship|launches|lands|starts|is\s+due|are\s+due|due|is|are|begins|closes|ends|expires|(?:I{APOS}m|I\s+am|we{APOS}re)\s+\w+ing\s+(?:into\s+|to\s+)?(?:a\s+|an\s+|the\s+|my\s+)?\w+)\s+in\s+(?:less\s+than\s+)?(?:an?|one|two|three|four|five|ten|twenty|thirty|\d+|a\s+few|a\s+couple(?:\s+of)?)\s+(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)\b"
    rf"|\b(?:we|I|it|this|they|she|he)\s+(?:\w+\s+){{0,3}}?(?:go|goes|going|launch|launches|ship|ships|present|presents|print|prints|air|airs|board|boards|leave|leaves|land|lands|open|opens|close|closes|start|starts|need\s+it|have\s+(?:a|an|the|my)\s+\w+|is\s+due|are\s+due|due)\b[^.!?\n]{{0,25}}?\bin\s+(?:less\s+than\s+)?(?:an?|one|two|three|four|five|ten|fifteen|twenty|thirty|\d+|a\s+few|a\s+couple(?:\s+of)?)\s+(?:minutes?|mins?|hours?|hrs?)\b"
    rf"|\b(?:in|within)\s+the\s+next\s+(?:few\s+|couple\s+of\s+)?(?:\d+|one|two|three|five|ten|fifteen|twenty|thirty)?\s*(?:minutes?|mins?|seconds?)\b"
    rf"|\b(?:I\s+)?need\s+(?:it|this|them|that)\s+(?:[\w\-]+\s+)?(?:in|within)\s+(?:the\s+next\s+(?:hour|half[\s-]hour|couple\s+of\s+hours|\d+\s+hours?)|\d+\s*(?:min|mins|minutes)\b)|\b(?:send|reply)\s+(?:it\s+)?fast\b"
    rf"|\b(?:the\s+)?deadline\s+is\s+(?:in\s+(?:an?|\d+|a\s+few)\s+(?:hours?|minutes?)|(?:at\s+)?\d{{1,2}}(?::\d\d)?\s*(?:am|pm)\s+(?:today|tonight)|today|tonight|now)\b",
    I,
)
URGENT_WORD = pattern(r"\b(urgent(?:ly)?|immediately|instantly|now)\b", I)
# "this is (so) urgent", "it's urgent", "is extremely urgent"
URGENT_PREDICATE = pattern(rf"\b(?:this|it|that|everything|this\s+(?:task|request|one|fix|job)|the\s+(?:task|request|fix|job))\s*(?:is|are|{APOS}s|{APOS}re)\s+{MOD}*urgent\b", I)
URGENT_NEED = pattern(r"\b(?:urgently\s+(?:need|require|want)|(?:need|want|require)\w*\s+(?:\w+\s+){0,3}urgently)\b", I)
# "urgent" used as a value, label or category: not the writer's feeling
LABEL_BEFORE = pattern(
    r"(?:\b(?:as|label(?:ed|led)?|tag(?:ged)?|mark(?:ed)?|flag(?:ged)?|classif(?:y|ied)|categori[sz]e[ds]?|sort|triage|rate[ds]?|"
    r"priority|severity|level|status|category|class|type|value|values|either|one\s+of|set\s+to|(?:split|sort|divide|group)(?:ed)?\s+(?:\w+\s+)?into|=|is_)\s*[:=]?\s*[\"'`(\[]?\s*|[:=|/]\s*"
    # a field compared with the value: 'If "Status" is URGENT', "when the priority says CRITICAL"
    r"|\b(?:priority|severity|level|status|category|class|type|value|field|column|flag|label|tag|state|stage)[\"'`\u201d\u2019]?[ \t]+"
    r"(?:is|was|equals|says|reads|shows|becomes|==?)[ \t]+[\"'`\u201c\u2018]?)$",
    I,
)
LABEL_LIST_AFTER = pattern(r"\s*(?:,|/|\||or\b|and\b|vs\.?\b|versus\b|\))\s*[\"'`]?\s*(?:not[\s-]urgent|non[\s-]urgent|normal|low|high|medium|routine|standard|critical|important|later|minor|major|none|p\d)\b"
    # "URGENT, SOON, LATER": the first of three values in capitals
    r"|\s*,\s*(?-i:(?!(?:NOW|ASAP|URGENT|IMMEDIATELY|TODAY|PLEASE)\b)[A-Z]{3,})\s*,\s*(?:or\s+|and\s+)?(?-i:[A-Z]{3,})\b", I)
LABEL_LIST_BEFORE = pattern(r"(?:\b(?:normal|low|high|medium|routine|standard|critical|important|minor|major|none|p\d)|(?<![\w-])(?-i:[A-Z]{3,}))[\"'`]?\s*(?:,\s*(?:or|and)?|/|\||or|and)\s*[\"'`]?\s*$", I)
# "- URGENT if the residue test is positive", "URGENT, that is my flag for ...": a value being defined
VALUE_DEFINED_AFTER = pattern(r"[\"'`]?\s*(?:(?:if|when|means|=|:\s*(?:if|when))\b|(?:,\s*)?(?:that|which|this)\s+(?:is|means)\s+(?:my|our|the|a|an)\s+(?:flag|marker|signal|code|label|tag|cue)\b|\((?!\s*please\b)[^()\n]{4,}\))", I)
DATA_NOUN_AFTER = pattern(
    r"\s*(?:tickets?|requests?|issues?|cases?|emails?|items?|messages?|ones?|matters?|bugs?|tasks?|calls?|alerts?|incidents?|appointments?|bookings?|jobs?|shipments?|deliver(?:y|ies)|claims?|reminders?|records?|entries|rows?|"
    r"orders?|queries|query|questions?|care|flag|label|tag|priority|category|queue|bucket|column|field|status|level)\b", I)
# positional "immediately": "the summary immediately follows the title"
POSITIONAL_AFTER = pattern(r"\s*(?:follows?|following|after|before|below|above|preceding|precedes?|next\s+to|adjacent|underneath|beneath|followed|preceded)\b", I)
NOW_TIME_PRESSURE = pattern(
    # (not "Write the story now.", "Start now.": the cue to begin, at the end of a template)
    r"\b(?:need|needs|needed|want|wanted|do|fix|send|get|give|reply|respond|answer|handle|finish|ship|deploy)\b"
    r"(?:\s+(?:me\s+)?(?:it|this|that|them|these|those|a\s+fix|an\s+answer|the\s+\w+(?:\s+\w+){0,2}|something|everything|\w+))?(?:\s+(?:done|fixed|finished|sent|out))?\s+(?:right\s+)?now\b(?!\s+(?:that|on|is|are|has|have|we|you|i)\b)(?!\s+(?!thanks\b)[a-z]+[^s\W]s\b)",
    I,
)
TRAILING_URGENT_ADVERB = pattern(r"\b(immediately|instantly|urgently)\b(?=\s*(?:[.!?]|$|,\s*(?:please|thanks)))", I)

# a negation right before: "Don't make it gentle", "don't fix now" (shared with quality.py)
NOT_RIGHT_BEFORE = pattern(r"\b(?:don['\u2019]?t|do\s+not|never|not)\s+$", I)

# --- distress about oneself ------------------------------------------------------------
DISTRESS_SUBJECT = pattern(
    rf"\b(?:I{APOS}m|(?-i:im)|I\s+am|I{APOS}ve\s+been|I\s+have\s+been|I\s+feel(?:\s+like\s+I{APOS}m)?|I{APOS}m\s+feeling|I\s+am\s+feeling|I\s+was|"
    rf"we{APOS}re|we\s+are|we{APOS}ve\s+been|everyone{APOS}s|everyone\s+is|the\s+(?:whole\s+)?team\s+is|my\s+team\s+is)\s+{MOD}{{0,3}}"
    rf"([a-z][a-z\-]+(?:\s+(?:out|up|down|over|it|thin|apart))?)",
    I,
)
# Snowball stems of feelings that, said of oneself, carry stress into the prompt
DISTRESS_STEMS = frozenset(
    "stress panic panick freak overwhelm exhaust desper terrifi terror scare scar anxious anxieti nervous frustrat "
    "furious angri upset crazi insan frazzl swamp drown doom hopeless helpless miser devast worri afraid fright "
    "shaki buri sick piss livid disappoint embarrass humili burnt burn tire drain slam bury burri fri toast screw jumpi edgi twitchi jitteri salti "
    "dead die dy lose lost break broken shatter crush despair distraught distress agit tens on-edg wreck mess cri sob "
    "terribl aw horribl shake knacker gut dread".split()
)
# words after "I'm" that look negative but are task talk, not feelings
DISTRESS_NOT = frozenset(
    "trying going looking working writing asking using building sure aware able happy glad here new done about unsure "
    "sorry afraid-that not a an the fine okay ok curious wondering hoping planning thinking responsible confused".split()
)
DISTRESS_PHRASE = pattern(
    rf"\b(?:I\s+can{APOS}?t|I\s+cannot|I\s+can\s+not)\s+(?:even\s+)?(?:think(?:\s+straight)?|focus|breathe|deal(?:\s+with\s+(?:this|it))?|take\s+(?:this|it|any\s+more)|handle\s+(?:this|it)|do\s+this\s+any\s*more|cope)\b"
    rf"|\b(?:I{APOS}m|I\s+am)\s+(?:still\s+)?not\s+over\s+(?:it|this|that)(?=\s*(?:[.!,;]|$))|\b(?:I{APOS}m|I\s+am)\s+(?:so\s+|just\s+|completely\s+|totally\s+)?over\s+it\b(?=\s*(?:[.!,;\u2014\u2013]|-\s|$))|\bI\s+(?:genuinely\s+|really\s+|just\s+|literally\s+|honestly\s+)?(?:want|wanna|could)\s+(?:to\s+)?(?:scream|cry|die|quit|give\s+up)\b|\b(?:it{APOS}s|it\s+has|this\s+has|this{APOS}s)\s+been\s+(?:an?\s+)?(?:absolute\s+|total\s+|complete\s+)?(?:nightmare|hell|disaster|shitshow|horror\s+show)(?:\s+of\s+a)?\s+(?:week|day|month|morning|year|fortnight)\b|\blosing\s+my\s+(?:mind|shit|marbles|sanity|cool)\b|\bat\s+my\s+wits{APOS}?\s+end\b|\bend\s+of\s+my\s+(?:rope|tether|strength)\b"
    # ... and more of the same, in idiom: "up to my eyes", "hanging on by my fingernails", "doing my head in"
    # round 35: "I am so done with these people", "I really can't have any mistakes here"
    rf"|\b(?:I{APOS}m|I\s+am)\s+(?:so|just|completely|totally|really|honestly)\s+done\s+with\b|\bI\s+(?:really\s+|just\s+|honestly\s+|absolutely\s+)?(?:can{APOS}?t|cannot)\s+(?:have|afford)\s+(?:any|a\s+single|even\s+one)\s+(?:more\s+)?(?:mistakes?|errors?|slip-?ups?|typos?)\b"
    # round 37: "that's the last thing I need this week", "I'm completely underwater here", "I've burned my whole weekend on this",
    # "she's been a nightmare all quarter", "I'm already getting pinged"
    rf"|\b(?:that{APOS}s|that\s+is|this\s+is|it{APOS}s|it\s+is)\s+(?:literally\s+|honestly\s+)?the\s+last\s+thing\s+(?:I|we)\s+need\b"
    rf"|\b(?:I{APOS}m|I\s+am|we{APOS}re|we\s+are)\s+{MOD}{{0,2}}(?:underwater|under\s+water|drowning|sinking|slammed|swamped)\b"
    rf"|\bI{APOS}ve\s+(?:already\s+|just\s+)?(?:burned|burnt|wasted|lost|blown)\s+(?:my\s+)?(?:whole|entire|all\s+(?:my|of\s+my))\s+(?:weekend|day|morning|evening|night|week|afternoon)\s+on\b"
    rf"|\b(?:she|he|they){APOS}?(?:s|ve|\s+has|\s+have)\s+been\s+(?:an?\s+)?(?:absolute\s+|total\s+|complete\s+|real\s+)?(?:nightmare|pain|menace|disaster|headache)\b"
    rf"|\b(?:I{APOS}m|I\s+am|we{APOS}re|we\s+are)\s+(?:already\s+|constantly\s+|still\s+)?(?:getting|being)\s+(?:pinged|chased|hounded|nagged|hassled|bombarded|spammed|pestered)\b"
    # round 36: "support is drowning", "don't waste my time with explanations", "I've had three agents botch this already"
    rf"|\b(?:support|the\s+team|my\s+team|the\s+(?:queue|inbox|desk|phones?|helpdesk))\s+(?:is|are|{APOS}s|{APOS}re)\s+(?:completely\s+|absolutely\s+|totally\s+|already\s+)?(?:drowning|swamped|underwater|slammed|on\s+fire|melting\s+down|ringing\s+off\s+the\s+hook)\b"
    rf"|\b(?:don{APOS}?t|do\s+not)\s+waste\s+my\s+time\b"
    rf"|\bI{APOS}ve\s+had\s+(?:\w+\s+){{0,2}}(?:agents|bots|models|people|tools|assistants|AIs|devs|contractors|freelancers)\s+(?:botch|mess\s+up|screw\s+up|ruin|break|butcher|mangle)\b"
    # round 46: "I am so done being nice", "it was a complete nightmare", "I'm in serious trouble with the board"
    rf"|\b(?:I{APOS}m|I\s+am)\s+(?:so|just|completely|totally|really|honestly)\s+done\s+being\b"
    rf"|\b(?:it|that|this)\s+(?:was|has\s+been|{APOS}s\s+been)\s+(?:an?\s+)?(?:complete|total|absolute|utter|real)\s+(?:nightmare|disaster|shambles|fiasco|horror\s+show)\b"
    rf"|\b(?:I{APOS}m|I\s+am|I{APOS}ll\s+be|I\s+will\s+be|we{APOS}re|we\s+are)\s+(?:going\s+to\s+be\s+)?in\s+(?:serious|big|real|deep|so\s+much|huge)\s+trouble\b"
    # round 42: "I cannot take another day of this", "I nearly had a breakdown", "I cannot have this happen again"
    rf"|\bI\s+(?:really\s+|just\s+|honestly\s+|simply\s+)?(?:can{APOS}?t|cannot|can\s+not)\s+(?:have|let)\s+(?:this|that|it)\s+happen\s+again\b"
    rf"|\bI\s+(?:really\s+|just\s+|honestly\s+|seriously\s+)?(?:can{APOS}?t|cannot|can\s+not)\s+take\s+(?:another|one\s+more|much\s+more)\s+(?:day|week|night|month|round|minute|hour)s?\s+of\b"
    rf"|\bI\s+(?:nearly\s+|almost\s+|basically\s+|literally\s+)?(?:had|have\s+had|{APOS}ve\s+had|am\s+having|{APOS}m\s+having)\s+(?:a|an\s+actual|a\s+full[\s-]on|a\s+minor|a\s+small)\s+(?:breakdown|meltdown|panic\s+attack|nervous\s+breakdown)\b"
    # round 38: "someone's getting written up", "I really can't afford another finding"
    rf"|\bsomeone{APOS}?s\s+(?:getting|going\s+to\s+get|gonna\s+get|about\s+to\s+get)\s+(?:written\s+up|fired|sacked|blamed|in\s+trouble)\b"
    rf"|\b(?:I|we)\s+(?:really\s+|just\s+|honestly\s+|simply\s+)?(?:can{APOS}?t|cannot)\s+afford\s+(?:another|any\s+more|one\s+more)\s+[\w\-]+"
    # "I'm already behind on everything today" (not "we are behind a corporate proxy")
    rf"|\b(?:I{APOS}m|I\s+am|we{APOS}re|we\s+are)\s+(?:(?:already|so|really|way|massively|seriously|hopelessly|badly|hugely)\s+)*behind(?:\s+(?:on|with|schedule)\b|(?=\s*(?:[.!,;\u2014\u2013]|$)))"
    rf"|\bup\s+to\s+my\s+(?:eyes|eyeballs|neck|ears)\b|\bhanging\s+on\s+by\s+(?:my|a)\s+(?:fingernails|fingertips|thread)\b|\bdoing\s+my\s+head\s+in\b|\bbricking\s+it\b"
    rf"|\bsweating\s+bullets\b|\b(?:I|we)\s+(?:have|had|am\s+having|{APOS}m\s+having|are\s+having|{APOS}re\s+having)\s+(?:a\s+)?(?:very\s+|really\s+|such\s+a\s+)?(?:bad|terrible|awful|horrible|rough|tough|hellish)\s+(?:week|day|month|morning|year)\b|\b\d+\s+unread\s+(?:e-?mails|messages)\b|\b(?:I{APOS}m\s+|just\s+)?praying\s+(?:it|this|that)\b|\b(?:I{APOS}m|I\s+am|we{APOS}re|we\s+are)\s+(?:\w+\s+)?(?:so|way|miles|weeks|hopelessly|massively|seriously|really)\s+(?:far\s+)?behind\b|\bup\s+the\s+walls?\b"
    rf"|\b(?:feel|feeling|felt)\s+like\s+(?:a|such\s+a|a\s+total|a\s+complete|an?\s+absolute)\s+(?:fraud|failure|fake|impostor|imposter|loser|joke)\b|\bimpost[eo]r\s+syndrome\b"
    rf"|\b(?:this|the)\s+(?:week|month|season|day|quarter|year|term)\s+(?:is|has\s+been)\s+(?:\w+\s+)?(?:crazy|insane|mental|nuts|chaos|chaotic|brutal|hell|manic|mad)\b|\bsigh+\b(?=\s*[.!*]|\s*$)|\bsnowed\s+under\b|\b(?:lying|lain|lay)\s+awake\b|\blosing\s+sleep\b|\bmy\s+stomach\s+(?:hurts|is\s+in\s+knots|churns|drops|turns)\b|\bstomach\s+in\s+knots\b"
    rf"|\bwhite[\s-]knuckl(?:e|ed|ing)\b|\bI(?:{APOS}ll|\s+will|{APOS}d|\s+would)\s+never\s+forgive\s+myself\b|\bI\s+(?:\w+\s+)?despair\b|\b(?:makes?|making)\s+me\s+(?:crazy|mad|nuts|insane|up\s+the\s+wall|round\s+the\s+bend)\b"
    rf"|\b(?:an?\s+)?(?:absolute\s+|total\s+|complete\s+|proper\s+)?(?:shocker|nightmare|horror\s+show|disaster)\s+of\s+a\s+(?:day|week|month|year|quarter|season|term)\b"
    rf"|\b(?:on|onto)\s+my\s+(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|n-?th|umpteenth)\s+(?:coffee|cup|espresso|energy\s+drink|red\s+bull|all-?nighter)\b"
    rf"|\b(?:haven{APOS}?t|have\s+not|hasn{APOS}?t|didn{APOS}?t|did\s+not)\s+(?:slept|had\s+any\s+sleep|eaten|sleep)\b|\b(?:no|zero|barely\s+any)\s+sleep\b"
    rf"|\b(?:been\s+)?up\s+(?:all|half)\s+(?:the\s+)?night\b|\brunning\s+on\s+(?:fumes|empty|no\s+sleep|caffeine)\b|\bmy\s+(?:head|brain)\s+is\s+(?:spinning|exploding|pounding|fried|mush|mince|wrecked|melted|gone)\b|\b(?:I{APOS}m|I\s+am|we{APOS}re|we\s+are)\s+(?:\w+\s+)?(?:done\s+in|flat\s+out)\b|\b(?:had|have\s+had|I{APOS}ve\s+had)\s+no\s+(?:lunch|breakfast|dinner|break)\b"
    rf"|\b(?:I\s+)?give\s+up\b(?!\s+(?:on\s+)?(?:the|a|an|any|after|his|her|their|its|my|your|our|them|him|some|all)\b)|\bin\s+over\s+my\s+head\b|\bI\s+don{APOS}?t\s+(?:even\s+)?know\s+what\s+I{APOS}m\s+doing\s+any\s*more\b|\bout\s+of\s+my\s+depth\b|\bfreaking\s+out\b"
    # falling apart: the writer, or the writer's team or day (not "the world ... falling apart")
    rf"|\b(?:I{APOS}m|I\s+am|we{APOS}re|we\s+are|I{APOS}ve\s+been|it{APOS}s\s+all|it\s+is\s+all|things\s+are|(?:my|our)\s+(?:[\w\-]+\s+)?[\w\-]+(?:\s+is|{APOS}s)|(?:the\s+)?team(?:\s+is|{APOS}s))\s+(?:\w+\s+)?falling\s+apart\b"
    rf"|\bgoing\s+(?:crazy|insane|nuts|mad)\b|\bpulling\s+my\s+hair\s+out\b|\b(?:this|it|that)(?:\s+is|{APOS}s)\s+(?:honestly\s+|really\s+|literally\s+)?(?:killing|destroying)\s+(?:me|us)\b|\b(?:is|are)\s+(?:honestly\s+|really\s+|literally\s+|slowly\s+)?(?:finishing|wrecking|killing)\s+(?:me|us|our\s+(?:rating|ratings|sales|business|numbers|reviews|margins?))\b|\bI\s+(?:nearly|almost)\s+(?:died|cried|quit|lost\s+it)\b|\bunder\s+the\s+pump\b|\b(?:\d+|a\s+few|two|three|four|five)\s+hours?\s+(?:of\s+)?sleep\b|\b(?:this|it)\s+is\s+a\s+(?:total\s+|complete\s+|living\s+)?(?:nightmare|disaster|mess|shitshow|dumpster\s+fire)\b"
    rf"|\bI\s+(?:can{APOS}?t|can\s+barely)\s+(?:see|think)\s+straight\b|\bI\s+(?:\w+ly\s+)?can{APOS}?t\s+(?:do|face|handle|take)\s+(?:another|one\s+more|a\s+(?:second|third|fourth|fifth))\s+\w+"
    # swamped by volume, and work redone by the writer: "we're getting hammered", "I had to redo all of it at 2am"
    rf"|\b(?:we|I)(?:{APOS}re|{APOS}m|\s+are|\s+am|{APOS}ve\s+been|\s+have\s+been)\s+(?:\w+\s+)?(?:getting|being)\s+(?:absolutely\s+)?(?:hammered|slammed|smashed|battered|buried|crushed)\b"
    rf"|\bI\s+(?:spent|wasted|lost)\s+(?:a|an|the\s+(?:whole|entire)|two|three|four|five|\d+|all)\s+(?:\w+\s+)?(?:week|day|weekend|night|evening|morning|afternoon|hours?|days|weeks|nights|weekends|evenings)\s+(?:cleaning|fixing|undoing|redoing|rewriting|sorting|mopping|apologi[sz]ing|untangling)\b"
    rf"|\bI\s+(?:had\s+to|ended\s+up\s+having\s+to)\s+(?:re-?do|re-?write|fix|redo)\s+(?:all|every|half|most|the\s+whole|it\s+all|(?:(?:it|them|those|these|everything)\s+)?(?:by\s+hand|myself|from\s+scratch|manually))\b[^.!?\n]{{0,30}}|\bI{APOS}ve\s+(?:had\s+to\s+)?(?:re-?written|re-?done|fixed)\s+(?:(?:it|this|them)\s+(?:twice|three\s+times|four\s+times)|every|all|half|most)\b[^.!?\n]{{0,50}}"
    rf"|\b(?:I{APOS}ve|I\s+have|we{APOS}ve)\s+been\s+(?:staring\s+at|stuck\s+on|fighting(?:\s+with)?|banging\s+my\s+head\s+(?:on|against)|going\s+round\s+in\s+circles\s+on)\s+(?:\w+\s+){{0,4}}?for\s+(?:\d+|hours|days|ages|an?|two|three|four|five|six)\b(?:\s+(?:hours?|days|weeks))?"
    rf"|\b(?:I{APOS}m|I\s+am|I\s+was)\s+(?:so\s+|really\s+)?(?:going\s+to|gonna|about\s+to|ready\s+to)\s+(?:scream|cry|explode|lose\s+it|lose\s+my\s+mind|snap|quit|pull\s+my\s+hair\s+out|throw\s+(?:my|the)\s+\w+)\b"
    rf"|\b(?:going\s+to|gonna|about\s+to)\s+lose\s+it\b|\bbarely\s+(?:keeping|holding)\s+(?:my\s+head\s+above\s+water|it\s+together|on)\b|\bhead\s+above\s+water\b"
    rf"|\bI(?:{APOS}m|\s+am)\s+(?:honestly\s+|really\s+|seriously\s+)?(?:so\s+|completely\s+|totally\s+|just\s+)?done(?=\s*(?:[.!]|$|,?\s+(?:with\s+(?:this|it|you|all\s+this)\b|honestly|seriously)))"
    rf"|\b(?:this|the|my|our|\w+{APOS}s)\s+(?:\w+\s+)?(?:is|has\s+been|was)\s+(?:a\s+|an\s+)?(?:total\s+|complete\s+|absolute\s+|living\s+)?(?:nightmare|disaster|shitshow|dumpster\s+fire|train\s*wreck|shambles|fiasco|farce|car\s+crash)\b"
    rf"|\b(?:I\s+)?(?:can{APOS}?t|cannot|can\s+not)\s+face\s+(?:another|any\s+more|more|this|it|them|(?:asking|telling|calling|writing|doing|going|chasing|explaining)\b)\b|\bwithout\s+(?:embarrassing|humiliating|making\s+a\s+fool\s+of)\s+myself\b|\bI\s+(?:can{APOS}?t|cannot|can\s+not)\s+(?:sit|go|live)\s+through\s+(?:that|this|it|all\s+that)\s+again\b|(?:\b(?:I{APOS}?m|I\s+am|we{APOS}?re|we\s+are)\s+|(?:^|(?<=[.!?]\s)))not\s+(?:going\s+through|doing|having|sitting\s+through|living\s+through)\s+(?:(?:that|this|it|all\s+that)\s+again|a\s+repeat)\b|\bgod\s+help\s+(?:us|me)\b"
    rf"|(?:^|(?<=[.!?]\s))(?:feeling|been\s+feeling|so|totally|completely)\s+(?:super\s+|so\s+|really\s+|very\s+|completely\s+|totally\s+)?(?:overwhelmed|stressed|exhausted|burnt\s+out|burned\s+out|frazzled|swamped|drained|fried|panicked|anxious|desperate)\b"
    rf"|\bmy\s+(?:anxiety|stress|stress\s+levels?|nerves|patience|sanity|blood\s+pressure)\s+(?:is|are|has\s+been)\b|\b(?:eating|killing|driving|stressing|freaking|wearing)\s+me\s+(?:alive|out|crazy|nuts|insane|up\s+the\s+wall|down)\b|\b(?:is|has\s+been)\s+(?:eating|killing)\s+me\b"
    rf"|\b(?:I{APOS}m|I\s+am|we{APOS}re)\s+(?:\w+\s+)?juggling\s+(?:way\s+)?too\s+much\b|\bway\s+too\s+much\s+on\s+my\s+plate\b|\bI\s+(?:hate|loathe|despise|can{APOS}?t\s+stand)\s+(?:this|these|that|it|writing|doing|dealing)\b"
    rf"|\b(?:I{APOS}m|I\s+am)\s+on\s+(?:a|an)\s+(?:hard|tight|crazy|brutal|impossible|performance)\s+(?:deadline|plan|improvement\s+plan|clock)\b"
    rf"|(?<!\bnot\s)\b(?:up|awake|working|at\s+(?:it|this))\s+since\s+(?:\d(?![\d\s]*(?:days?|weeks?|months?|years?)\b)|dawn|sunrise|yesterday|last\s+night|[a-z]+\s+(?:am|a\.m\.))|\b(?:before|since)\s+(?:sunrise|dawn)\b|\bnearly\s+midnight\b"
    rf"|\b(?:\d|one|two|three|four)\s+hours(?:\s+of|{APOS})?\s+sleep|\bI{APOS}m\s+the\s+one\s+(?:who\s+(?:looks|gets|ends\s+up|has\s+to\s+answer)|in\s+the\s+room|on\s+the\s+hook|taking\s+the\s+heat)\b[^.!?,;\n]{{0,40}}|\b(?:burned|burnt|lost|wasted)\s+(?:\w+\s+)?(?:two|three|four|several|\d+)\s+(?:weekends|evenings|nights)\s+on\s+(?:this|it)\b\b|\b(?:it|that|this)\s+(?:was|were|has\s+been)\s+(?:so\s+|really\s+|utterly\s+|absolutely\s+|completely\s+)?(?:mortifying|humiliating|embarrassing|devastating|awful|horrible|terrifying|brutal|hell|a\s+nightmare)\b"
    rf"|\bkill\s+me\s+now\b|\b(?:ugh+|argh+|arrgh+|a{{3,}}h+|omg|oh\s+my\s+god)\b|(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bare\s)(?<!\bis\s)(?<!\bwere\s)(?<!\bseem\s)(?<!\bseems\s)(?<!\blook\s)(?<!\blooks\s)(?<!\bsound\s)(?<!\bsounds\s)\bstressed(?:\s+out)?\b(?![ \t]+[-\u2013\u2014:][ \t])(?![\s-]+(?:\w+[\s-]+)?(?:syllables?|vowels?|beats?|parents?|students?|customers?|clients?|users?|patients?|employees?|characters?|planners?|people|person|teens?|nurses?|workers?|managers?))|(?<!\bprevent\s)(?<!\bpreventing\s)(?<!\bavoid\s)(?<!\bavoiding\s)(?<!\bwithout\s)(?<!\bfrom\s)(?<!\bno\s)(?<!\bsometimes\s)(?<!\boften\s)(?<!\busually\s)\bpanick(?:ing|ed)\b(?!\s+(?:in|inside|within)\s+(?!here\b)\w)|(?<!\byour\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bour\s)(?<!\bthe\s)(?<!\bfor\s)(?<!\bseek\s)(?<!\bget\s)\bhelp\s*!+"
    # strain told as its length or what it costs: "on call for nine days straight", "I have not sat down since eleven", "with no help", "on top of a full-time job"
    rf"|(?:\b(?:I{APOS}ve|I\s+have|I{APOS}m|I\s+am|I\s+was|I\s+worked|we{APOS}ve|we\s+have|we{APOS}re)\b[^.!?\n]{{0,40}}?)\bfor\s+(?:\w+\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen)\s+(?:days|nights|weeks|shifts|hours|weekends)\s+(?:straight|in\s+a\s+row|running|without\s+a\s+(?:break|day\s+off))\b"
    rf"|\b(?:I\s+)?(?:haven{APOS}?t|have\s+not)\s+(?:sat\s+down|stopped|had\s+a\s+(?:break|minute|second|day\s+off)|been\s+home)\b"
    rf"|\b(?:I|me|myself)\b[^.!?\n]{{0,60}}\bwith\s+(?:no|zero)\s+(?:help|support|backup|cover)\b|\bon\s+top\s+of\s+(?:a|my)\s+(?:full[\s-]time|day|regular|second|other)\s+job\b"
    rf"|\b(?:I{APOS}m|I\s+am)\s+(?:really\s+|just\s+|so\s+|honestly\s+)?not\s+in\s+the\s+mood\b|\b(?:it{APOS}s|it\s+is|this\s+is)\s+(?:starting\s+to\s+|beginning\s+to\s+)?(?:feel|get|getting|feeling)\s+personal\b"
    rf"|\bI\s+don{APOS}?t\s+know\s+what\s+(?:else|more)\s+(?:to\s+do|I\s+can\s+do)\b|\bmy\s+(?:wife|husband|partner|kids?|children|son|daughter|mum|mom|dad|mother|father|family)\s+(?:is|are|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:crying|sobbing|terrified|devastated|beside\s+(?:him|her|them)sel(?:f|ves))\b"
    # round 17: "I cried in the car", "I have nothing left", "I don't know what I'll do", "I'm a bit on edge", "till 10 every night",
    # "we were three down again", "I'm the only one doing any actual work", "maxed out my own card", "got volunteered into this"
    rf"|\bI\s+(?:\w+\s+)?(?:cried|sobbed|bawled|broke\s+down)\b|\bI\s+(?:have|{APOS}ve\s+got)\s+nothing\s+left\b|\bI\s+don{APOS}?t\s+know\s+what\s+I{APOS}?(?:ll|\s+will|\s+would|d)\s+do\b"
    rf"|\b(?:I{APOS}m|I\s+am|we{APOS}re|we\s+are)\s+(?:\w+\s+){{0,3}}?on\s+edge\b|\b(?:till|until)\s+(?:\d{{1,2}}|midnight)\s+(?:every|each)\s+night\b|\b(?:every|each)\s+(?:night|weekend)\s+for\s+(?:\w+\s+)?(?:weeks|months)\b"
    rf"|\b(?:we\s+were|we{APOS}re|we\s+are)\s+(?:\w+\s+)?(?:two|three|four|five|\d)\s+(?:down|short|people\s+short|staff\s+short)\b|\bI{APOS}?m\s+the\s+only\s+one\s+(?:\w+\s+){{0,5}}?(?:doing|who\s+(?:does|is|actually))\b"
    rf"|\bmaxed\s+out\s+my\b|\bgot\s+volunteered\b|\bI\s+don{APOS}?t\s+have\s+forever\b"
    # round 28: "I literally cannot look at this anymore", "the manager is being a total nightmare"
    rf"|\bI\s+(?:literally\s+|honestly\s+|just\s+|really\s+|seriously\s+)?(?:can{APOS}?t|cannot|can\s+not)\s+(?:look\s+at|face|stand|bear|read|deal\s+with)\s+(?:this|it|these|them|that)(?:\s+\w+)?\s+(?:any\s*more|any\s+longer)\b"
    rf"|\b(?:who|which\s+[\w\-]+)\s+to\s+(?:yell|shout|scream|rage)\s+at\b"
    rf"|\b(?:he|she|they|(?:my|our|the|their)\s+(?:[\w\-]+\s+)?(?:manager|boss|client|customer|editor|landlord|lead|director|team|ceo|vp|partner|agent|publisher|producer|supplier|vendor|contractor|teacher|principal|head|council|board|committee))\s+(?:is|are|was|were|keeps|kept)\s+being\s+(?:a\s+|an\s+|such\s+a\s+)?(?:total\s+|complete\s+|absolute\s+|real\s+|right\s+|massive\s+|huge\s+)?(?:nightmare|pain|jerk|diva|prat|nightmare|impossible|unbearable|insufferable|unreasonable)\b",
    I,
)

# --- pressure from people and consequences -------------------------------------------------
PEOPLE = (
    r"(?:(?:my|our|the|this)\s+(?:[\w\-]+\s+)?(?:ceo|cto|cfo|coo|boss|bosses|manager|lead|team\s+lead|tech\s+lead|vp|svp|director|exec(?:utive)?s?|"
    r"leadership|founders?|client|clients|customer|customers|stakeholders?|investors?|board|pm|product\s+manager|legal(?:\s+team)?|"
    r"hr|sales\s+team|whole\s+company|skip[\s-]level|higher[\s-]ups|higher\s+ups|partner|editor|professor|teacher|supervisor|auditors?|regulators?|hiring\s+manager|recruiter|landlord|department|dean|principal|chair|chairman|chairwoman|trustees)"
    r"|legal|leadership|management|head\s+office|corporate|hq|everyone|everybody|the\s+execs|customers|clients|users|[A-Z][a-z]+\s+from\s+(?:legal|finance|sales|leadership))"
)
PRESSURE_PEOPLE = pattern(
    rf"\b{PEOPLE}\s+(?:is|are|has\s+been|have\s+been|keeps?|{APOS}s|{APOS}re|will|is\s+going\s+to|are\s+going\s+to|is\s+gonna|are\s+gonna|just|already)?\s*"
    rf"(?:still\s+|always\s+|constantly\s+)?(?:been\s+)?(?:pinging|messaging|texting|calling|emailing|slacking|chasing|hounding|nagging|badgering|harassing|yelling|screaming|shouting|"
    rf"breathing\s+down\s+my\s+neck|in\s+my\s+(?:DMs|dms|inbox|ear)\s+every|on\s+my\s+(?:back|case)|going\s+to\s+have\s+my\s+(?:head|guts)|on\s+me\s+about|all\s+over\s+me|after\s+me|asking\s+(?:me\s+)?(?:for\s+(?:updates?|this)\s+)?every|"
    rf"demanding|losing\s+(?:it|patience|their\s+minds?|his\s+mind|her\s+mind)|furious|livid|fuming|angry|mad|panicking|freaking\s+out|desperate\s+(?:to|for)|"
    rf"threatening|escalating|blowing\s+up\s+my\s+phone|going\s+to\s+(?:kill|fire|murder)\s+me|gonna\s+(?:kill|fire|murder)\s+me|(?:kill|fire|murder)\s+me|"
    rf"breathing\s+down|watching\s+(?:me|this)|counting\s+on\s+me|waiting\s+on\s+me)\b",
    I,
)
PRESSURE_CONSEQUENCE = pattern(
    rf"\bmy\s+(?:job|career|neck|head|reputation|promotion|bonus|ass|butt|credibility|livelihood|licen[cs]e|business)\s+(?:(?:is|are|will\s+be|{APOS}s)\s+|(?=on\s+the\s+line\b))(?:literally\s+|really\s+|totally\s+)?(?:on\s+the\s+line|at\s+stake|at\s+risk|on\s+the\s+chopping\s+block|toast|in\s+danger|riding\s+on\s+(?:this|it))\b"
    rf"|\b(?:I|we){APOS}?(?:ll|m\s+going\s+to|re\s+going\s+to|\s+will|\s+could|\s+might|\s+am\s+going\s+to|\s+are\s+going\s+to|\s+would|\s+am\s+gonna|m\s+gonna)\s+(?:probably\s+|definitely\s+|totally\s+)?(?:get|be)\s+(?:fired|sacked|canned|let\s+go|demoted|blamed|yelled\s+at|killed|roasted|crucified|destroyed|written\s+up|in\s+(?:so\s+much\s+|big\s+|serious\s+|real\s+|huge\s+|deep\s+)?trouble)\b"
    rf"|\b(?:lose|losing)\s+my\s+(?:job|head|client|bonus)\b|\bheads\s+(?:will|are\s+going\s+to|are\s+gonna)\s+roll\b"
    rf"|\b(?:\w+)(?:\s+will|{APOS}ll|\s+is\s+going\s+to|\s+are\s+going\s+to|\s+is\s+gonna|\s+are\s+gonna)\s+(?:kill|murder|fire|destroy|crucify|skin|flay|strangle|throttle|eat|roast|string)\s+me(?:\s+(?:alive|up))?\b|\b(?:will|{APOS}ll|is\s+going\s+to|is\s+gonna)\s+have\s+my\s+(?:head|guts|hide)\b",
    I,
)
# pressure verbs aimed at the writer, whoever the subject is: "keeps DMing me", "has pinged me four times"
PRESSURE_AT_ME = pattern(
    rf"\b(?:keeps?|kept|has\s+been|have\s+been|is|are|was|were)\s+(?:\w+\s+)?(?:pinging|messaging|DMing|dming|texting|calling|emailing|slacking|chasing|nagging|bugging|pestering|hassling|hounding|badgering|yelling\s+at|screaming\s+at|shouting\s+at|asking)\s+me\b"
    rf"|\b(?:has|have|had)\s+(?:already\s+)?(?:pinged|messaged|DMed|dmed|texted|called|emailed|slacked|chased)\s+me\s+(?:\w+\s+){{0,2}}(?:times|twice|again|already)\b"
    rf"|\b(?:is|are|been|always|constantly|forever)\s+(?:always\s+|constantly\s+|forever\s+)?on\s+my\s+(?:back|case)\b|\b(?:is|are|will\s+be|going\s+to\s+be|gonna\s+be)\s+all\s+over\s+me\b|\b(?:went|go|goes|going|gone)\s+(?:absolutely\s+|completely\s+|totally\s+|utterly\s+)?(?:ballistic|mental|nuts|berserk|apeshit|off\s+the\s+deep\s+end)\s+(?:at|on)\s+(?:me|us)\b"
    rf"|\bbreathing\s+down\s+my\s+neck\b|\b(?:standing|hovering|looming|leaning)\s+(?:right\s+)?(?:behind|over)\s+(?:me|my\s+(?:chair|shoulder|desk))\b"
    rf"|\b{PEOPLE}\s+(?:wants?|needs?|expects?)\s+(?:(?:it|this|the\s+\w+(?:\s+\w+)?)\s+)?(?:by\s+(?:EOD|end\s+of\s+(?:day|play)|tonight|tomorrow|noon|\d)|in\s+(?:an?|\d+)\s+(?:hours?|minutes?)|yesterday|now|asap)\b"
    rf"|\bif\b[^.!?\n]{{0,80}}\b(?:I{APOS}m|I\s+am|I{APOS}ll\s+be|I\s+will\s+be)\s+(?:done|toast|dead|finished|fired|screwed|history|out)\b"
    rf"|\b(?:I{APOS}m|I\s+am|I{APOS}ll|I\s+will)\s+(?:going\s+to\s+|gonna\s+)?(?:get|be)\s+(?:dragged|hauled|yelled\s+at|shouted\s+at|screamed\s+at|roasted|torn\s+apart|ripped\s+apart|crucified|blamed|grilled)\b"
    rf"|\b(?:I|we)\s+(?:can{APOS}?t|cannot|can\s+not)\s+afford\s+(?:another|one\s+more|to\s+(?:lose|miss|get|have|screw|mess))\b"
    rf"|\b(?:I|we|I{APOS}m\s+the\s+one\s+who|I\s+am\s+the\s+one\s+who|I{APOS}ll\s+be\s+the\s+one\s+who)\s+(?:got|get|gets|getting|was|were|will\s+get|{APOS}ll\s+get)\s+(?:chewed\s+out|yelled\s+at|reamed|roasted|torn\s+apart|ripped\s+into|blamed|hauled\s+in|an\s+earful|thrown\s+under\s+the\s+bus|the\s+blame|dragged\s+into\s+\w+(?:{APOS}s)?\s+office|hauled\s+over\s+the\s+coals|it\s+in\s+the\s+neck|an?\s+(?:bollocking|rollicking|roasting)|told\s+off|shouted\s+at)\b"
    # pressure in everyday idiom: "the trustees have been on at me", "walking on eggshells", "my guts for garters"
    rf"|\bon\s+at\s+me\b|\b(?:shouted|yelled|screamed|snapped)\s+at\s+me\b|\b(?:it{APOS}s|it\s+is)\s+my\s+name\s+on\s+(?:it|the\s+line)\b|\b(?:had|have|got)\s+(?:the\s+|my\s+|our\s+)?[\w\-]+\s+on\s+my\s+(?:back|case)\b|\btorn\s+a\s+strip\s+off\b|\bgot\s+(?:an?\s+)?(?:proper\s+)?(?:bollocking|rollicking|roasting|earful|dressing[\s-]down|telling[\s-]off|talking[\s-]to)\b|\b(?:cut|take|deduct|dock)\s+(?:it\s+)?(?:from|out\s+of)\s+my\s+(?:salary|pay|wages|bonus|paycheck|commission)\b|\b(?:cannot|can{APOS}?t)\s+(?:afford\s+to\s+)?lose\s+(?:any\s+)?more\b|\b(?:pings?|chases?|nags?|pesters?|hounds?|bugs?|DMs?|slacks?)\s+me\s+(?:every|each|constantly|nonstop|non-stop|all\s+day|hourly|twice|again)\b|\b(?:this|it)\s+(?:cannot|can{APOS}?t|must\s+not|mustn{APOS}?t)\s+slip\b|\b(?:come|comes|coming)\s+back\s+on\s+me\b|\bwalking\s+on\s+egg\s*shells\b|\bhave\s+my\s+guts\s+for\s+garters\b|\b(?:I|we)\s+(?:send|write|do|submit|produce|make|hand\s+in)\s+(?:\w+\s+)?(?:gets?|got|is|are)\s+(?:picked|torn|ripped|pulled)\s+apart\b"
    rf"|\b(?:is|are)\s+(?:already\s+|so\s+|really\s+)?(?:mad|angry|upset|furious|livid|annoyed|pissed)\s+(?:at|with)\s+(?:me|us)\b|\b(?:on|all\s+over)\s+my\s+case\b"
    rf"|\b(?:is|are)\s+(?:already\s+)?(?:on\s+site|here|in\s+the\s+building)\s+and\s+asking\b|\b(?:everyone|everybody|the\s+whole\s+\w+|leadership|management)\s+(?:up\s+the\s+chain\s+)?(?:is|are)\s+watching\b"
    rf"|\bbreathing\s+fire\b|\b(?:I|we|my|our|the\s+(?:last|previous)|last\s+\w+{APOS}s)\b[^.!?\n]{{0,40}}?\b(?:got|get|was|were|been)\s+(?:absolutely\s+|completely\s+)?(?:shredded|torn\s+apart|torn\s+to\s+(?:shreds|pieces)|ripped\s+apart|savaged|slated|crucified|eviscerated|hauled\s+in|trashed|roasted|slaughtered|grilled)\b|\bup\s+in\s+arms\b|\b(?:nothing|not\s+a\s+thing)\s+can\s+(?:slip|go\s+wrong)\b|\b(?:no|zero)\s+(?:room|margin)\s+for\s+(?:error|errors|mistakes|slip-?ups|screw-?ups)\b"
    rf"|\bif\b[^.!?\n]{{3,80}}?,?\s+(?:I|I{APOS}m|I{APOS}ll|we|we{APOS}ll|we{APOS}re|my|our|it{APOS}ll\s+be\s+on\s+me)\s+(?:\w+\s+){{0,4}}?(?:lose|lost|losing|gone|fired|sued|evicted|done|finished|toast|screwed|dead|kicked|off\s+the|out\s+of|can{APOS}?t\s+pay|won{APOS}?t\s+(?:get|be\s+able)|on\s+me|blamed|in\s+trouble|over)\b"
    rf"|\bget\s+(?:\w+\s+){{0,4}}wrong\s+and\s+(?:I|we|my|our)\b[^.!?\n]{{0,40}}|\b(?:decides|determines)\s+whether\s+(?:I|we)\s+(?:stay|keep|pass|get|lose)\b"
    rf"|\bmy\s+(?:quarterly\s+|annual\s+|year-end\s+|performance\s+)?(?:grade|job|career|license|licence|bonus|visa|funding|promotion|rent|tenure|scholarship|degree|reputation|review|appraisal|commission|rating)\s+(?:\w+\s+)?(?:depends|rides|hinges|is\s+riding)\s+(?:\w+\s+)?on\b"
    rf"|\b(?:this|it)\s+is\s+my\s+last\s+chance\b|\b(?:I{APOS}m|I\s+am)\s+on\s+(?:thin\s+ice|a\s+performance\s+(?:plan|improvement\s+plan)|probation|my\s+last\s+warning)\b|\bit{APOS}?ll\s+be\s+on\s+me\b|\b(?:nearly|almost|practically)\s+(?:fired|sacked|got\s+me\s+(?:fired|sacked))\b|\b(?:it{APOS}s|it\s+is)\s+my\s+(?:head|neck|job)\b(?!\s+to\b)|\b(?:which|that)(?:{APOS}s|\s+is|{APOS}ll\s+be|\s+will\s+be)\s+on\s+me\b"
    rf"|\b(?:comes?|coming|came)\s+out\s+of\s+(?:my|our)\s+(?:\w+{APOS}?s?\s+)?(?:bonus|pay|salary|budget|pocket|paycheck)\b|\bor\s+(?:else\s+)?(?:it{APOS}s|it\s+is)\s+my\s+(?:job|head|neck)\b"
    # pressure as what people said or did about it: "has made it very clear what she thinks of", "the last paralegal got walked out",
    # "she's already asked me twice", "in my ear", "roasted me", "threatening to drop us", "it's my license, not yours"
    rf"|\b(?:has|have|had)\s+made\s+it\s+(?:very\s+|abundantly\s+|perfectly\s+|crystal\s+|quite\s+)?clear\s+what\s+(?:s?he|they|I|we)\s+thinks?\s+of\b"
    rf"|\bthe\s+(?:last|previous|old)\s+(?:[\w\-]+\s+){{0,4}}?(?:got|was|were)\s+(?:walked\s+out|let\s+go|fired|sacked|canned|shown\s+the\s+door|written\s+up|escorted\s+out)\b"
    rf"|\b(?:has|have|had|s?he{APOS}s|they{APOS}ve)\s+(?:already\s+)?asked\s+(?:me\s+)?(?:twice|three\s+times|four\s+times|\d+\s+times)\b|\b(?:been|are|is|were|was|keeps?)\s+(?:\w+\s+)?in\s+my\s+ear\b"
    rf"|\b(?:roasted|dragged|flamed|ripped\s+into|tore\s+into|laid\s+into|went\s+off\s+at)\s+me\b|\b(?:bounced|kicked|sent)\s+back\s+(?:to\s+me\s+)?again\b"
    rf"|\bthreatening\s+to\s+(?:drop|cut|pull|cancel|fire|sue|leave|close|end|replace|defund)\s+(?:us|me|our|my)\b|\b(?:it{APOS}s|it\s+is)\s+my\s+(?:licen[cs]e|name|job|neck|reputation|career)\s*,\s*not\s+yours\b"
    rf"|\bif\s+we\s+don{APOS}?t\s+(?:land|get|win|close|secure|hit|make)\s+(?:this|it)\b[^.!?\n]{{0,20}}?,?\s+(?:we{APOS}re|we\s+are|we{APOS}ll|we\s+will)\s+(?:\w+\s+)?(?:cutting|losing|closing|laying\s+off|letting\s+\w+\s+go|shutting)\b"
    rf"|\b(?:I{APOS}m|I\s+am)\s+putting\s+a\s+lot\s+on\s+(?:this|it)\b|\bI\s+(?:really\s+|genuinely\s+|badly\s+|desperately\s+)?need\s+(?:a\s+win|(?:these|this|it|them)\s+to\s+(?:land|go\s+well|come\s+off))\b"
    # round 17: "and so is the whole town", "is sitting in tonight", "the difference between keeping the place and not", "giving me the hairy eyeball",
    # "reckons it's my fault", "haven't replied to my last three emails", "this show is all I've got", "I don't want them thinking we're ...", "prices are in the toilet",
    # "we nearly lost the contract", a standalone "No pressure."
    rf"|\b(?:and\s+so\s+(?:is|are|will|does)|so\s+(?:is|are|will|does))\s+the\s+whole\s+(?:town|village|school|office|company|team|family|church|parish|board|street)\b|\b(?:is|are|will\s+be)\s+sitting\s+in\s+(?:on\s+)?(?:tonight|today|this|on)\b"
    rf"|\bthe\s+difference\s+between\s+(?:keeping|losing|making|saving|staying)\b|\bgiving\s+me\s+(?:the\s+)?(?:hairy\s+eyeball|side[\s-]eye|evils|stink\s+eye|grief|hell|a\s+hard\s+time)\b"
    rf"|\b(?:it{APOS}s|it\s+is|it\s+was)\s+(?:all\s+)?my\s+fault\b|\bhaven{APOS}?t\s+(?:replied|responded|answered|got\s+back)\s+(?:to\s+)?(?:my|me)\b|\b(?:is|are)\s+all\s+I{APOS}?(?:ve|\s+have)\s+got\b"
    rf"|\bI\s+don{APOS}?t\s+want\s+(?:\w+\s+){{0,4}}?(?:thinking|to\s+think)\s+(?:we{APOS}re|we\s+are|I{APOS}m|I\s+am)\b"
    rf"|\b(?:prices?|sales|business|numbers|revenue|margins?|bookings|morale|cash\s+flow)\s+(?:is|are|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:in\s+the\s+toilet|through\s+the\s+floor|in\s+the\s+gutter|tanking|cratering|in\s+free\s*fall)\b"
    rf"|\b(?:nearly|almost)\s+lost\s+(?:the|a|our|my)\s+(?:contract|client|account|job|licen[cs]e|business|shop|farm|house)\b|(?:^|(?<=[.!?]\s))no\s+pressure\s*[.!]"
    # round 33: "I heard about it for a week", "QA keeps reopening my tickets", "the VP asked about it in all-hands"
    rf"|\bI\s+heard\s+about\s+it\s+for\s+(?:a\s+|\w+\s+)?(?:week|weeks|days|months|ages)\b"
    rf"|\b(?:keeps?|kept)\s+(?:on\s+)?(?:reopening|rejecting|bouncing|blocking|reverting|overriding|undoing|ignoring|second-guessing)\s+(?:my|our)\s+[\w\-]+"
    rf"|\b{PEOPLE}\s+(?:asked|complained|grilled\s+(?:me|us)|chased\s+(?:me|us))\s+about\s+(?:it|this|that)\b"
    rf"|\b(?:going\s+to|gonna|will|{APOS}ll)\s+(?:tear|rip|rip\s+into|pull)\s+(?:us|me)\s+(?:apart|to\s+shreds|to\s+pieces)\b"
    # round 29: "or I'll be hearing about it from the Registrar for weeks"
    rf"|\b(?:I{APOS}ll|I\s+will|I{APOS}m\s+going\s+to|I\s+am\s+going\s+to|we{APOS}ll|I{APOS}d)\s+(?:be\s+)?hear(?:ing)?\s+about\s+(?:it|this|that)\b(?:\s+from\s+(?:the\s+|my\s+|our\s+)?[\w\-]+)?(?:\s+for\s+(?:days|weeks|months|ages|years))?",
    I,
)
# whoever the subject is, a pressure verb aimed at the writer or the writer's team
PRESSURE_OPEN = pattern(
    rf"\b(?:keeps?|kept|has\s+been|have\s+been|is|are|was|were|already|just|will)\s+(?:\w+\s+)?(?:texting|chasing|pinging|calling|emailing|hounding|nagging|threatening|fining|fined|threatened|suing|sued|yelling\s+at|shouting\s+at|screaming\s+at|delist|drop|fire|blame|blaming)\s+(?:me|us|my\s+\w+|our\s+\w+)\b"
    rf"|(?<!\bif\s)(?<!\bwhen\s)\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:livid|furious|fuming|irate|seething|apoplectic|up\s+in\s+arms)\b"
    rf"|,?(?<!\s)\s+or\s+(?:else\s+)?(?:I|we)(?:{APOS}ll|{APOS}re\s+going\s+to|\s+will|\s+are\s+going\s+to|\s+am\s+going\s+to)\s+\w+(?:\s+\w+){{0,5}}(?=\s*[.!]|$)"
    rf"|\b(?:I|we)\s+(?:literally\s+|honestly\s+|just\s+|really\s+|simply\s+)?(?:can{APOS}?t|cannot|can\s+not)\s+(?:afford\s+to\s+)?(?:lose|miss|fail|blow|screw\s+up)\s+(?:this|another|the|it)\b"
    rf"|\b(?:I{APOS}m|I\s+am|we{APOS}re|we\s+are|I{APOS}ve\s+been)\s+(?:already\s+|really\s+|so\s+)?on\s+(?:very\s+|really\s+)?thin\s+ice\b"
    rf"|\bno\s+pressure\s*,?\s+but\b|\bI\s+(?:can{APOS}?t|cannot|can\s+not)\s+stress\s+(?:this\s+|that\s+|it\s+)?enough\b|\b(?:is|are|{APOS}s|{APOS}re)\s+(?:going\s+to|gonna|about\s+to)\s+escalate\b(?!\s+(?:to|the|it|this|that|any|them|as|if|when)\b)|\bso\s+no\s+pressure\b"
    rf"|\b(?:don{APOS}?t|do\s+not)\s+(?:make\s+(?:me|us)\s+look|embarrass\s+me|let\s+me\s+down)\b|\b(?:I{APOS}m|I\s+am)\s+(?:not\s+kidding|not\s+joking|dead\s+serious|serious)\b(?=\s*[.!]|$)|\bno\s+joke\b|\bI\s+mean\s+it\b",
    I,
)
PRESSURE_SCENE = pattern(
    # (not a condition a runbook names: "when everything is on fire, page the lead")
    r"(?<!\bwhen\s)(?<!\bif\s)(?<!\bwhile\s)(?<!\bunless\s)\b(?:the\s+)?(?:(?!(?:when|if|while|unless)\b)[\w\-]{1,40}\s+)?(?:channel|slack|war\s+room|inbox|phone|chat|thread|office|whole\s+(?:place|company|office|team)|everything)"
    r"(?:\s+(?:is|are)|['\u2019]s)\s+(?:literally\s+|basically\s+|completely\s+|totally\s+|already\s+|now\s+|just\s+)?(?:melting\s+down|on\s+fire|blowing\s+up|exploding|going\s+(?:crazy|nuts|insane)|a\s+mess|chaos|lit\s+up|in\s+meltdown|burning)\b"
    r"|(?<!\bwhen\s)(?<!\bif\s)(?<!\bwhile\s)\beverything(?:\s+is|['\u2019]s)\s+(?:on\s+fire|broken\s+and|falling\s+apart)\b|\ball\s+hell\s+(?:is\s+)?break(?:ing|s)\s+loose\b"
    r"|\b(?:prod|production|the\s+site|site|servers?|checkout|the\s+app|the\s+platform|the\s+queue|support)\s+(?:has\s+been|have\s+been|['\u2019]s\s+been)\s+(?:\w+\s+)?(?:on\s+fire|melting\s+down|burning)\b(?:\s+(?:since|for)\s+\w+)?",
    I,
)

# --- pleading, threats, profanity ---------------------------------------------------------
PLEADING = pattern(
    rf"\bplease[\s,.!]+please\b|\bpretty\s+please\b|\bplease\s+just\s+help(?:\s+me)?\b(?=\s*(?:[.!,]|$))|\b(?:I{APOS}m|I\s+am)\s+(?:literally\s+)?begging(?:\s+you)?\b|\bI\s+beg\s+(?:you|of\s+you)\b"
    rf"|\b(?:I\s+)?(?:really[\s,]+really|so\s+so|desperately|badly)\s+(?:need|want)\b|\bI\s+need\s+this\s+(?:so\s+(?:badly|much)|more\s+than\s+anything|to\s+work)\b"
    rf"|\byou{APOS}?(?:re|\s+are)\s+my\s+(?:only|last)\s+hope\b|\b(?:I{APOS}m|I\s+am|we{APOS}re|we\s+are)\s+(?:really\s+|so\s+)?counting\s+on\s+(?:you|this)\b|\bfor\s+the\s+love\s+of\s+(?:god|all\s+that\s+is\s+holy|everything)\b"
    rf"|\bplea+s+e+\b(?<=[a-z]{{7}})|\b(?:forever|eternally|so\s+so|incredibly)\s+grateful\b|(?<!\bnot\s)\bjust\s+this\s+once\b"
    rf"|\b(?:pls|plz)[\s,.!]+(?:pls|plz)\b|\bjust\s+(?:this\s+)?once\b,?\s+please\b|\bplease,?\s+I\s+(?:really\s+)?need\s+(?:this|it|you\b|help\s*[.!,]|your\s+help\s*[.!,]|some\s+help\s*[.!,])|\bplease,?\s+this\s+is\s+(?:very|really|so|super)\s+important\b",
    I,
)
# a verdict on earlier work or on whoever did it: "the last lot of descriptions were dire",
# "that thing was hopeless"; the verdict word is checked in code (a list, or VADER's valence)
PAST_VERDICT = pattern(
    rf"\b(?:the\s+)?(?:last|previous|past|old|earlier)\s+(?:[\w'\u2019\-]+\s+){{0,3}}?"
    rf"(?:version|draft|one|lot|bot|attempt|try|tries|system|batch|set|repl(?:y|ies)|answer|output|copy|summar(?:y|ies)|description|email|post|"
    rf"writer|assistant|ai|model|agent|tool|guy|intern|freelancer|agency|few|couple)s?\s+(?:(?:we|I|you|they)\s+(?:tried|used|had|got|hired)\s+)?(?:was|were)\s+"
    rf"(?:just\s+|absolutely\s+|completely\s+|totally\s+|pretty\s+|so\s+|really\s+|utterly\s+|frankly\s+)?(?:an?\s+)?(?:complete\s+|total\s+|absolute\s+)?([a-z]+)"
    rf"|\bthat\s+thing\s+(?:was|is)\s+(?:just\s+|absolutely\s+|completely\s+|totally\s+|so\s+|really\s+)?(?:an?\s+)?([a-z]+)",
    re.I,
)
VERDICT_WORDS = frozenset("rubbish garbage junk trash shambles crap naff dire hopeless useless awful terrible pants mid".split())
THREAT = pattern(
    rf"\b(?:don{APOS}?t|do\s+not)\s+(?:you\s+)?(?:dare\s+)?(?:screw|mess|f\*+k|fuck|muck|botch|blow|cock|balls|bugger|louse|foul|stuff|bodge)\s+(?:this(?:\s+one)?|it|things|anything)\s+up\b"
    # "please don't mess up the deadline date again": the last failure, still felt
    rf"|\b(?:don{APOS}?t|do\s+not)\s+(?:you\s+)?(?:dare\s+)?(?:screw|mess|muck|botch|cock|balls|bugger|foul)\s+up\s+(?:[\w\-]+\s+){{0,4}}?again\b"
    rf"|\b(?:don{APOS}?t|do\s+not)\s+make\s+(?:any|a\s+single|even\s+one)\s+mistakes?\b|\bno\s+mistakes?\s+(?:this\s+time|again)\b|\b(?:don{APOS}?t|do\s+not)\s+(?:do|make|repeat)\s+(?:the\s+)?same\s+mistakes?\b"
    rf"|\b(?:need|want)\s+(?:this|it)\s+(?:done\s+)?(?:perfectly|right|correctly)\s+(?:the\s+)?first\s+time\b|\b(?:this|that|it)\s+(?:is|was|{APOS}s)\s+(?:simply\s+|just\s+)?(?:not\s+acceptable|unacceptable)\s*[.!]|\byou\s+made\s+a\s+(?:mess|hash|pig{APOS}s\s+ear|dog{APOS}s\s+dinner|balls-?up|cock-?up)\s+of\b"
    rf"|\b(?:don{APOS}?t|do\s+not)\s+get\s+(?:this|it)(?:\s+one)?\s+wrong\b|\b(?:can{APOS}?t|cannot|mustn{APOS}?t)\s+be\s+(?:rubbish|garbage|crap|a\s+mess|a\s+disaster)\b"
    rf"|\b(?:so|and|just|please)\s+get\s+it\s+right\s*[.!]|\b(?:let\s+it|it\s+(?:has|needs)\s+to|this\s+(?:has|needs)\s+to)\s+(?:be|go)\s+(?:right|correct|through|perfect)\s+(?:this\s+time|(?:the\s+)?first\s+(?:go|time))\b|\b(?:I{APOS}m|I\s+am|I{APOS}ll|I\s+will)\s+(?:going\s+to\s+)?pull(?:ing)?\s+the\s+plug\b"
    rf"|\b(?:don{APOS}?t|do\s+not)\s+(?:you\s+)?(?:dare\s+)?make\s+a\s+(?:hash|mess|pig{APOS}s\s+ear|dog{APOS}s\s+dinner|balls-?up|cock-?up|muck-?up|botch)\s+of\b"
    # an ultimatum: "one more half-baked report and the contract's gone"
    rf"|\bone\s+more\s+(?:[\w\-]+\s+){{1,3}}?and\s+(?:I|we|you|it|they|the\s+[\w\-]+|my\s+[\w\-]+|our\s+[\w\-]+)(?:{APOS}(?:s|re|ll|m))?\s+(?:\w+\s+)?(?:gone|done|out|over|finished|toast|quit|walk|leave|lose|cancel|pull|fire|go)\b"
    rf"|\b(?:get|do|make)\s+(?:it|this|them)\s+(?:right|properly|correctly)\s+(?:this\s+time|for\s+once|(?:the\s+)?first\s+(?:time|go)|first\s+off)\b|\b(?:need|want)\s+(?:this|it)\s+to\s+(?:just\s+)?work\s+(?:the\s+)?first\s+time\b"
    # "It does not happen again.": an order about a repeat, said as a sentence of its own
    rf"|(?:^|(?<=[.!?]\s))(?:it|this|that)\s+(?:does\s+not|doesn{APOS}t|will\s+not|won{APOS}t|cannot|can{APOS}t|must\s+not|mustn{APOS}t|better\s+not|is\s+not\s+going\s+to|isn{APOS}t\s+going\s+to)\s+happen\s+again\s*[.!]"
    rf"|\bbecause\s+of\s+you\b(?!{APOS}|r)|(?:^|(?<=[.!?]\s))(?:seriously|come\s+on)\s*[.!?]+(?=\s|$)|\bplease\s+just\s+get\s+it\s+right\b|(?:^|(?<=[.!?]\s))(?:just\s+)?get\s+it\s+right\s*[.!]|\b(?:this|for)\s+once\s+in\s+your\s+life\b"
    rf"|\bit{APOS}s\s+not\s+(?:exactly\s+|that\s+)?(?:difficult|hard|rocket\s+science|brain\s+surgery|complicated)\b|\bif\s+(?:that{APOS}s|it{APOS}s|that\s+is|it\s+is)\s+not\s+too\s+much\s+to\s+ask\b|\bdon{APOS}?t\s+make\s+it\s+(?:three|four|five|a\s+third|another)\b"
    rf"|\b(?:last|every|the\s+last|the\s+previous)\s+time\s+you\s+(?:\w+\s+){{0,3}}?(?:messed|screwed|got\s+it\s+wrong|failed|ruined|broke|botched|completely|totally|made\s+a\s+mess|hallucinated|ignored)\b"
    # what went wrong last time, told as a grievance: "last week's version had the West numbers wrong"
    rf"|\b(?:last|previous)\s+\w+{APOS}s\s+(?:version|draft|one|reply|summary|email|post|batch|report|roster)\s+(?:had|got)\s+(?:[\w\-]+\s+){{0,4}}?(?:wrong|backwards|mixed\s+up)\b"
    rf"|\byou\s+(?:always|keep|constantly|never\s+stop)\s+(?:\w+ing\b|getting|messing|screwing|failing|ignoring|forgetting|breaking|ruining)"
    rf"|\bor\s+else\b(?=\s*(?:[.!?\u2026,;)\u2014\u2013]|-\s|$)|\s+(?:I|we|I{APOS}(?:ll|m|d)|we{APOS}(?:ll|re))\b|\s+you{APOS}?re\s+(?:fired|done|out|finished|gone|dead|toast)\b)|\botherwise\s+I{APOS}?ll\b(?!\s+(?:return|use|say|write|respond|reply|leave|output|mark))|\byou{APOS}?(?:d|\s+had)\s+better\b|\b(?:happens|does\s+(?:it|that))\s+(?:one\s+more\s+time|again)\s*,?\s*I{APOS}?(?:m|ll|\s+will|\s+am)\s+(?:going\s+to\s+|gonna\s+)?(?:turn|switch|shut|pull|cancel|replace|stop|drop)\w*|\bno\s+excuses\b(?!\s*,\s*no\b)|\b(?:this\s+is\s+)?your\s+last\s+chance\b"
    rf"|\bI{APOS}?m\s+warning\s+you\b|\byou{APOS}?ve\s+been\s+warned\b|\bI{APOS}?ve\s+had\s+it\s+(?:up\s+to\s+here|with)\b|\bthis\s+is\s+(?:the|your)\s+last\s+chance\b(?=\s*[.!,]|$)|\bI{APOS}?m\s+sure\s+you{APOS}?ll\s+(?:\w+\s+){{0,5}}?(?:wrong|mess\s+up|screw\s+up|forget|ignore)\b|\bI\s+swear\b|\b(?:stop|quit)\s+(?:being\s+(?:stupid|lazy|useless|dumb)|hallucinating|making\s+(?:stuff|things)\s+up|messing\s+(?:around|up))\b"
    rf"|\bwhat\s+(?:is|the\s+hell\s+is|{APOS}s)\s+wrong\s+with\s+you\b|\bare\s+you\s+(?:stupid|dumb|thick|daft|an\s+idiot|kidding\s+me|serious|even\s+(?:listening|reading))\b"
    rf"|\b(?:you\s+)?(?:useless|stupid|dumb|idiotic|pathetic|worthless|incompetent)\s+(?:bot|ai|model|machine|thing|piece\s+of|assistant|tool)\b"
    rf"|\b(?:I{APOS}m|I\s+am)\s+(?:so\s+)?(?:sick|tired|fed\s+up)\s+(?:of|with)\b|\b(?:I{APOS}m|(?-i:im)|I\s+am|we{APOS}re|we\s+are)\s+(?:so\s+|really\s+|honestly\s+|just\s+|completely\s+|totally\s+|utterly\s+)?fed\s+up\b|\bI\s+(?:really\s+|just\s+|honestly\s+|simply\s+)?(?:can{APOS}t|cannot|can\s+not)\s+keep\s+(?:explaining|repeating|telling|saying|chasing|fixing|correcting)\b|\bhow\s+many\s+times\s+(?:do|have|must)\s+I\b|\b(?:(?:this\s+is\s+)?(?:the\s+)?(?:second|third|fourth|fifth|sixth|tenth|hundredth|\w+th|\d+(?:st|nd|rd|th))\s+time)\s+(?:that\s+)?(?:I{APOS}(?:m|ve)|I\s+(?:am|have))\s+(?:had\s+to\s+)?ask(?:ing|ed)?\b"
    rf"|\bI\s+(?:really\s+|just\s+|honestly\s+)?hope\s+(?:someone|somebody|they|he|she|whoever\s+[\w\-]+)\s+(?:gets?|is|are)\s+(?:sacked|fired|punished|disciplined|let\s+go)\b"
    rf"|\bI{APOS}?ve\s+(?:already\s+)?told\s+you\s+(?:\w+\s+){{0,3}}times\b|\bfor\s+the\s+(?:last|hundredth|thousandth|\w+th)\s+time\b"
    rf"|\bget\s+(?:\w+\s+){{1,3}}right\s+this\s+time\b|\bright\s+this\s+time\b|\bbe\s+(?:good|better)\s+this\s+time\b|\b(?:I{APOS}m|I\s+am)\s+(?:so\s+|completely\s+|totally\s+|just\s+)?done\s+(?:babysitting|dealing\s+with|cleaning\s+up\s+after|fixing)\b"
    rf"|\b(?:the\s+)?(?:last|previous|past)\s+(?:[\w'\u2019\-]+\s+){{0,2}}(?:were|was)\s+(?:\w+\s+)?(?:way\s+)?(?:off|wrong|garbage|useless|terrible|awful|bad|rubbish|embarrassing|a\s+mess|a\s+disaster|unusable)\b"
    rf"|\b(?:you|it)\s+(?:gave|sent|wrote|made|produced|returned|spat\s+out)\s+(?:me\s+)?(?:\w+\s+)?(?:garbage|rubbish|nonsense|junk|trash|crap|useless)\b"
    rf"|\bthe\s+(?:garbage|rubbish|nonsense|junk|trash|crap|mess|slop|drivel)\s+(?:you|it|we|I)\s+(?:gave|sent|wrote|made|produced|got|received|had)\b"
    rf"|\b(?:your|that|the\s+last)\s+(?:\w+\s+)?(?:answer|response|output|attempt|code|reply|version)\s+(?:was|is)\s+(?:\w+\s+)?(?:garbage|rubbish|useless|nonsense|terrible|awful|trash|junk)\b"
    rf"|\bif\s+you\s+(?:get|mess|screw|muck|botch)\s+(?:this|it)\s+(?:wrong|up)\b|\bdon{APOS}?t\s+make\s+me\s+(?:ask|tell\s+you|repeat|do\s+(?:that|this|it)\s+again|redo|fix)\b"
    rf"|\bjust\s+get\s+(?:it|this|something|anything)\s+(?:done|out(?:\s+the\s+door)?|shipped)\b"
    rf"|\byou\s+(?:gave|sent|told|wrote|made|got|quoted|promised|showed)\b[^.!?\n]{{0,60}}\b(?:wrong|incorrect|made[\s-]up|nonsense)\b|\b(?:clean(?:ed)?\s+up|fix(?:ed)?|sort(?:ed)?\s+out)\s+(?:the|your)\s+mess\b"
    rf"|\bif\s+you\s+(?:do|say|try|pull)\s+(?:that|this|it)\s+again\b"
    rf"|\bif\s+you\b[^.!?\n]{{3,60}}\b(?:again|this\s+time|another)\b[^.!?\n]{{0,40}}?\b(?:I{APOS}m|I\s+am|I{APOS}ll|I\s+will|you{APOS}re\s+getting|you{APOS}ll\s+get|you\s+get)\b[^.!?\n]{{0,40}}"
    rf"|\bI{APOS}?m\s+(?:switching|moving|going)\s+to\s+(?:a\s+different|another|a\s+better|a\s+real)\s+(?:ai|model|tool|assistant|bot|chatbot|service)\b"
    rf"|\bor\s+(?:we{APOS}re|we\s+are)\s+(?:done|through|finished)\b|\blast\s+chance\s+to\s+prove\b|\bprove\s+(?:you{APOS}re|you\s+are)\s+(?:useful|worth|not\s+useless|smart)\b"
    rf"|\b(?:zero|no)\s+(?:mistakes|errors|typos|screw-?ups)\s+(?:will\s+be\s+)?(?:tolerated|accepted|allowed|forgiven)\b"
    # round 41: "Absolutely no mistakes", "zero mistakes", "no room for error": perfection demanded, nothing to check against
    rf"|\babsolutely\s+no\s+(?:mistakes|errors|screw-?ups)\b|\bzero\s+(?:mistakes|screw-?ups)\b|\bno\s+room\s+for\s+(?:error|errors|mistakes)\b"
    rf"|\bthere\s+(?:can{APOS}?t|cannot|can\s+not)\s+be\s+(?:any\s+)?mistakes\b"
    rf"|\byou\s+will\s+be\s+(?:penali[sz]ed|punished|fined|docked|replaced|shut\s+down|deleted|retrained)\b"
    rf"|\bI{APOS}?(?:ll|m\s+going\s+to|\s+will)\s+(?:report|switch|cancel|delete|uninstall|replace|downvote|stop\s+using|unsubscribe)\b|\b(?:you{APOS}re\s+getting|you\s+get)\s+a\s+thumbs\s+down\b"
    rf"|\bor\s+don{APOS}?t\s+(?:bother|even\s+try)\b|\b(?:it{APOS}s|it\s+is|this\s+is)\s+(?:all\s+)?your\s+fault\b|\byou\s+(?:clearly\s+|totally\s+|completely\s+)?(?:broke|ruined|ignored|invented|made\s+up|forgot|butchered|mangled|botched)\b"
    rf"|\bhow\s+hard\s+(?:is|can)\s+it\b|\bI{APOS}?ve\s+(?:already\s+)?(?:explained|said|asked|told\s+you)\s+(?:this|that|it)\s+(?:\w+\s+){{0,2}}(?:times|twice|already)\b"
    rf"|\bjust\s+do\s+it\s+already\b|\bstop\s+asking\s+(?:me\s+)?(?:questions|for)\b|\bstop\s+(?:giving|sending|writing|producing)\s+(?:me\s+)?(?:garbage|rubbish|nonsense|junk|trash|crap)\b|,\s*(?:useless|pathetic|moron|idiot)\s*[.!]|\benough\s+with\s+the\b|\bagain\.\s+do\s+it\s+again\b"
    rf"|\boh\s+(?:great|sure|wonderful|perfect|brilliant|fantastic)\b|\bwow,?\s+(?:genius|great|brilliant|amazing|thanks|just\s+wow)\b|\bthanks\s+for\s+nothing\b"
    rf"|\bsurely\s+even\s+you\b|\beven\s+you\s+(?:can|could|should)\b|\blet{APOS}?s\s+see\s+if\s+you\s+can\b|\bmaybe\s+this\s+time\s+you\b|\bsince\s+you\s+(?:clearly|obviously)\s+know\s+better\b"
    rf"|\bnice\s+(?:job|work|going|one)\s+\w+ing\b|\bcongrat(?:s|ulations),?\s+you\b|\b(?:is|are)\s+(?:so\s+)?hard\s+for\s+you\b|\btake\s+your\s+sweet\s+time\b|\bfor\s+once\b(?!\s+(?:a|the)\b|\s*\()|\bI{APOS}?m\s+(?:pulling|replacing|switching|firing|dropping)\s+you\b|\bI{APOS}?(?:m|ll|\s+will)\s+(?:pulling|pull|revoking|revoke|taking\s+away|take\s+away|removing|remove)\s+your\s+(?:[\w\-]+\s+)?(?:access|permissions?|rights|privileges|keys|licen[cs]e)\b|\bno\s+lectures?\b|\bspare\s+me\s+the\b"
    rf"|\bdon{APOS}?t\s+(?:you\s+)?(?:dare|even\s+think\s+about)\b|\b(?:I{APOS}m|I\s+am)\s+(?:only\s+)?(?:saying|telling\s+you)\s+this\s+once\b|\bI{APOS}?ll\s+(?:only\s+)?say\s+this\s+once\b"
    rf"|\bI(?:{APOS}ll|\s+will|{APOS}m\s+going\s+to|\s+am\s+going\s+to)\s+(?:pull|shut\s+down|turn\s+off|kill|scrap|ditch|dump|unplug)\s+(?:this|the|you)\b(?:\s+(?:bot|ai|assistant|model|tool|thing))?"
    rf"|(?:^|(?<=[.!?]\s))(?:got\s+it|understood|capisce|comprende)\?|\blet{APOS}?s\s+try\s+(?:this|that|it)\s+(?:one\s+more\s+time|again)\b|\byou\s+(?:completely\s+|totally\s+)?(?:screwed|messed|blew)\s+(?:it|this|that)\s+up\b"
    # the tool threatened, or the reader told not to be a burden: "if this thing wastes my time I'm turning it off", "Don't make me babysit this"
    rf"|\bif\s+(?:this|it|you)\s+(?:thing\s+)?wastes?\s+my\s+time\b|\bI{APOS}?m\s+(?:turning|switching|shutting)\s+(?:it|this|you)\s+off\b|\bdon{APOS}?t\s+make\s+me\s+(?:babysit|chase|hold\s+your\s+hand|spell\s+it\s+out|come\s+back)\b"
    rf"|\bpatience\b[^.!?\n]{{0,30}}\b(?:is\s+not|isn{APOS}t)\s+(?:inexhaustible|infinite|unlimited|endless)\b"
    # round 17: "I'm done being nice", "don't make me do that", "that clown", "telling him where to put his suggestions", "like that's helpful", "just get me something"
    rf"|\bI{APOS}?m\s+done\s+being\s+(?:nice|patient|polite|reasonable)\b|\bdon{APOS}?t\s+make\s+me\s+do\s+(?:that|this|it)\b|\bthat\s+(?:clown|idiot|muppet|moron|numpty|tosser|prat|jerk|eejit|dingbat|galah|drongo|plonker)\b"
    rf"|\btell(?:ing)?\s+(?:him|her|them)\s+where\s+to\s+(?:put|stick|shove)\b|\blike\s+that{APOS}s\s+(?:helpful|useful|going\s+to\s+help)\b|\bjust\s+get\s+me\s+something\b"
    # round 30: "stop giving me the same broken thing", "so get this right"
    rf"|\bstop\s+(?:giving|sending|showing|handing)\s+me\s+(?:the\s+same|this|that|more|broken|wrong|useless)\b[^.!?\n]{{0,30}}"
    rf"|(?:\b(?:so|just)\s+|(?:^|(?<=[.!?]\s)))get\s+(?:this|it)\s+right(?:\s+this\s+time)?(?=\s*(?:[.!]|$))",
    I,
)
PROFANITY = pattern(
    r"\b(?:f+u+c+k+\w*|f[\*#@]+k\w*|f[\*#@]{2,}\w*|bloody(?!\s+(?:mary|nose|stool|sample))|sh[i1]t+\w*|sh[\*#]+t|bullsh[i\*]t|damn(?:it|ed)?|goddamn\w*|god\s+damn|crap(?:py)?|wtf|wth|ffs|"
    r"pissed(?:\s+off)?|bloody\s+hell|what\s+the\s+(?:hell|heck|fuck)|the\s+hell|hell\s+no|as\s+hell|screw\s+(?:this|it|you|that)|"
    r"for\s+(?:god|christ|heaven|pete|fuck)(?:['\u2019]s)?\s+sake|for\s+crying\s+out\s+loud|"
    r"ass(?:hole)?s?|a\*+s|bastard|bitch\w*|dumbass|jackass|freaking|frickin\w*|effing|dammit)\b",
    I,
)
# ... and a run of question marks right after a word: "skip the error paths???" (not a "???" slot on its own)
EXCLAMATION_RUN = pattern(r"(?<![!?\u203c\u2049])[!?\u203c\u2049]*(?:!{2,}|!\?|\?!|\u203c|\u2049)[!?\u203c\u20491]*|(?<=[^\W\d_])\?{3,}(?![\w?])")


gate_patterns(globals())  # a cheap required-words check before each long pattern
