"""Inference: the writer assumes the model can read between the lines. The model sees this
text and nothing else: no earlier chats, no shared drive, no idea who "the client" is."""

from __future__ import annotations

import re

from ..context import DocContext
from ..model import Category, Finding, Rule, Severity
from ..scoping import Block
from ..prefilter import gate_patterns, pattern
from ._base import checklist_question, code_ends, code_follows, in_quotes, make, menu_of_options, phrase, sentence_at
from .team_phrases import team_phrase_findings

I = re.I
A = r"['\u2019]"
_ONLY_TEXT = (
    "The model starts every conversation with nothing but the text in front of it. It was not in "
    "your meeting, has not read your earlier messages and cannot open your files. When a prompt points "
    "at something it never shows, the model does not ask: it guesses, and the guess is the internet's "
    "average for that kind of thing."
)

SHARED_HISTORY = Rule(
    "LIT201", "shared-history", Category.INFERENCE, Severity.WARNING,
    "Shared history the model never saw (\"as usual\", \"like last time\", \"as we discussed\", \"you know our tone\").",
    _ONLY_TEXT,
    "Write down what \"usual\" or \"last time\" was: paste the format, the decision or the earlier text "
    "into the prompt.",
    "Write the release notes like last time, you know our tone.",
    "Write the release notes: a one-line summary, then bullets grouped under Added, Fixed and Changed. "
    "Tone: plain and friendly, no exclamation marks.",
)
UNDESCRIBED = Rule(
    "LIT202", "undescribed-reference", Category.INFERENCE, Severity.WARNING,
    "A person, document or thing the prompt names but never describes (\"the client\", \"our style guide\", \"the worksheet I sent\").",
    _ONLY_TEXT + " A definite article (\"the client\") tells the model the thing is known; nothing in the prompt says what it is.",
    "Describe it where it is first mentioned (\"The client is a 40-person architecture firm in Leeds\"), "
    "or paste the document between tags (`<style_guide>…</style_guide>`).",
    "Rewrite the intro so the client will like it. Follow our style guide.",
    "Rewrite the intro for the client, a 40-person architecture firm that dislikes jargon. "
    "Style: British spelling, sentences under 20 words.",
)
DELEGATED = Rule(
    "LIT203", "delegated-judgment", Category.INFERENCE, Severity.WARNING,
    "Judgment handed to the model without criteria (\"use your judgment\", \"whatever makes sense\", \"anything weird\").",
    "A model has no stake in your outcome and no picture of your situation, so \"your judgment\" means "
    "its most generic reading of the request. \"Anything weird\" is weird by the internet's standard, not yours.",
    "Give the criteria the judgment should use: what to prefer, what counts as weird, when to stop.",
    "Flag anything weird in the expenses, use your judgment.",
    "Flag expenses over $500 without a receipt, weekend hotel stays, and duplicate amounts on the same day.",
)
OPEN_LIST = Rule(
    "LIT204", "open-ended-list", Category.INFERENCE, Severity.INFO,
    "\"etc.\" or \"and so on\" closing a list the model must complete on its own.",
    "The model completes the list with whatever usually follows those items on the internet, which may "
    "not be what you had in mind, and it cannot tell whether the list was meant to be exhaustive.",
    "List every item, or say how to decide membership (\"any field that identifies a person\").",
    "Remove names, emails, phone numbers, etc.",
    "Remove any detail that identifies a person: names, emails, phone numbers, street addresses, account numbers.",
)
TEAM_INFERENCE = Rule(
    "LIT290", "team-inference-phrase", Category.INFERENCE, Severity.WARNING,
    "A phrase your team listed in `phrases.inference` in the Literalist config.",
    _ONLY_TEXT,
    "Write out what the phrase stands for.",
    "(your team's phrase)", "(what it means, written out)",
)

RULES = (SHARED_HISTORY, UNDESCRIBED, DELEGATED, OPEN_LIST, TEAM_INFERENCE)
CODES = tuple(r.code for r in RULES)

_DOC_NOUN = (
    r"(?:memo|dossier|catalogue|catalog|glossary|rulebook|manual|sheet|register|rubric|report|deck|doc|document|notes|brief|guide|"
    r"guidelines|template|checklist|spreadsheet|plan|policy|handbook|playbook|grades|scores|numbers|figures|file|form|contract|"
    r"proposal|analysis|research|draft|edits|slides|minutes|log|tracker|schedule|roster|specs?|agreement|terms|standards|criteria|"
    r"requirements|feedback|comments|list|notes|thread|email|emails|numbers|data|export|dashboard|presentation|outline|script|"
    r"write-up|writeup|summary|readme|wiki|page|sop|runbook|brand\s+book|style\s+guide|price\s+sheet|rate\s+card|cheat\s+sheet|"
    r"addendum|amendment|appendix|annex|exhibit|bulletin|directive|protocol|letter|rider|rules|procedure|method|formula|stylebook|style\s*book|checklists)"
)
# public standards, vendors and methods every model has read about: "follow the PEP 8 style
# guide", "GitHub's release notes", "the Chicago Manual of Style"
_PUBLIC = (
    r"(?-i:PEP|ISO|RFC|IETF|W3C|WCAG|OWASP|AP|APA|MLA|IEEE|PSR|SOLID|DRY|KISS|YAGNI|Chicago|Google|GitHub|GitLab|Microsoft|Apple|"
    r"Amazon|AWS|Azure|Mozilla|MDN|Python|Rust|Go|Java|Unity|React|Angular|Vue|Django|Rails|Airbnb|Conventional|Semantic|Material|"
    r"Keep|Twelve|Gang|Component|System|Model|Repository|Factory|Observer|Strategy|Markdown|English|British|American|Agile|Scrum|Docker|Linux|"
    r"Windows|Git|Kubernetes|Unicode|Oxford|Harvard|Vancouver|Bluebook|Zig|Swift|Kotlin|TypeScript|JavaScript|Ruby|Elixir|Haskell|Scala|"
    r"Dart|Julia|Lua|Perl|PHP|Node|Deno|Erlang|Clojure|OCaml|Bash|PowerShell|Flutter|Svelte|Laravel|FastAPI|Flask|Pandas|NumPy|PyTorch|"
    r"TensorFlow|PostgreSQL|Postgres|MySQL|SQLite|Redis|Kafka|Terraform|Ubuntu|Debian|Android|Chrome|Firefox|"
    r"Meta|Facebook|Instagram|LinkedIn|Twitter|TikTok|YouTube|Stripe|OpenAI|Anthropic|Shopify|Salesforce|Wikipedia|Reddit|Figma|Tailwind|Vercel|"
    # places and peoples: "the European union", "the French government", "the Pacific coast"
    r"European|African|Asian|Nordic|Arctic|Pacific|Atlantic|Mediterranean|Caribbean|French|German|Spanish|Italian|Dutch|Irish|Scottish|Welsh|"
    r"Swiss|Swedish|Norwegian|Danish|Finnish|Polish|Russian|Ukrainian|Turkish|Greek|Portuguese|Indian|Chinese|Japanese|Korean|Canadian|"
    r"Australian|Mexican|Brazilian|Nigerian|Kenyan|Filipino|Indonesian|Thai|Vietnamese|Pakistani|Egyptian|Austrian|Belgian|Czech)"
)
# words that open a clause, never a noun: "ask the user if they want changes" names no preference
_CLAUSE_WORD = r"(?:if|when|whether|because|and|or|but|as|so|than|then|unless|until|while|once|since|after|before|where|whenever|whatever|how)"
_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|this\s+morning|last\s+week|last\s+month|earlier|the\s+other\s+day)"
_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_COMM = r"(?:discussed|talked\s+about|spoke\s+about|agreed(?:\s+on)?|decided|chatted\s+about|went\s+over|covered|mentioned|said|settled\s+on|aligned\s+on|brainstormed)"
_ARTIFACT = r"(?:edits?|notes?|feedback|comments?|changes|version|draft|email|message|suggestions?|doc|deck|slides|outline|points|ideas|list|thread|numbers|figures|template|spreadsheet|proposal|brief|call|meeting|request)"

# people in the writer's world, by their role: "the harbour master", "the returning officer", "the head chef"
_ROLE = (
    r"(?:[a-z]+\s+)?(?:master|officer|boss|board|committee|client|customer|ceo|cto|cfo|coo|vp|chair|council|panel|partners?|owner|lead|"
    r"director|manager|editor|professor|teacher|coach|landlord|publisher|judge|principal|head|supervisor|mentor|instructor|tutor|"
    r"examiner|inspector|auditor|sponsor|donor|founder|investors?|lawyer|attorney|solicitor|accountant|broker|organi[sz]er|"
    r"coordinator|producer|curator|secretary|treasurer|president|governor|dean|chef|foreman|captain|mum|mom|dad|wife|husband|family|team)"
)
# "the 5th and I've been doing this since April", "the directions exactly as I give them": a
# conjunction before the pronoun starts a new clause; it is not "the X (that) we use"
_NO_JOIN = r"(?<!\band\s)(?<!\bbut\s)(?<!\bso\s)(?<!\bor\s)(?<!\bas\s)(?<!\bif\s)(?<!\bwhen\s)(?<!\bbecause\s)(?<!\bsince\s)"
HISTORY = pattern(
    rf"\bas\s+(?:per\s+)?usual\b|\bper\s+usual\b|\bas\s+always\b|\bas\s+before\b|\blike\s+(?:last\s+time|before|always|usual|we\s+(?:always\s+)?do|we\s+did|you\s+did(?:\s+(?:before|last\s+time))?)\b"
    rf"|\b(?:the\s+)?same\s+(?:\w+\s+)?as\s+(?:before|last\s+time|usual|always|(?:(?:the|our)\s+[\w\-]+\s+)?last\s+(?:week|month|quarter|year|time|batch|round|cycle|sprint|release|run|issue|edition)|yesterday|previously|{_MONTHS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    rf"|\b(?:the\s+)?same\s+(?:\w+\s+){{0,2}}as\s+(?:our|my|the\s+(?:last|previous|old|other|earlier))\s+(?!(?:input|user|user{A}s|question|original|above|below|example|examples|following|source|request|message|prompt|text|step|section|answer)\b)"
    rf"|\byou{A}?(?:ve|\s+have)\s+(?:already\s+)?(?:seen|read|heard|looked\s+at|been\s+through|got)\s+(?:the|our|my|their|his|her|it|this|that|how|what)\b"
    rf"|\b(?:who|that|which)\s+(?:normally|usually|always|typically|generally)\s+(?:get|gets|receive|receives|handle|handles|do|does|work|works|deal|deals|own|owns|sign|signs|approve|approves|review|reviews)\b"
    rf"|\bas\s+(?:we|I|you)\s+(?:\w+\s+)?{_COMM}\b|\b(?:we|you\s+and\s+I)\s+(?:already\s+)?{_COMM}(?!\s*:)"
    # (not "we already said this": the repeat is on the page)
    rf"(?!(?<=said)\s+(?:this|so)\b(?!\s+(?:before|last|earlier|in|on|at|yesterday)\b))"
    rf"|\b(?:the|our|my|your)\s+usual\s+(?!(?:ethical|safety|content|moral|legal|social)\s+(?:protocols?|rules|restrictions|guidelines|norms|limits|constraints|boundaries)\b)\w+(?:-\w+)*|\bthe\s+(?:format|style|tone|template|approach|structure|way|setup|rules)\s+we\s+(?:always\s+|usually\s+|normally\s+)?(?:use|do|did|had|agreed)\b"
    rf"|\bmy\s+(?:earlier|previous|last|other|first)\s+(?:message|email|note|prompt|request|question|chat|comment|reply)\b"
    # (not "remember that" opening a clause the sentence states: "Remember that all PDO data is on ...";
    # nor what the person in the conversation said: "Remember what the user already told you")
    rf"|(?<!\bso\s)(?<!\bthat\s)(?<!\blet\s)(?<!\bif\s)(?<!\bwhether\s)\b(?:you\s+(?:already\s+)?know|you\s+remember|remember)\s+(?:our|my|the|what|how|that|who|which)\b(?!(?<=\bthat)\s+(?:all|every|each|any|no|some|most|many|there|it|its|this|these|those|you|your|we|our|they|their|he|she|I|the|a|an)\b)(?!(?<=what)\s+the\s+(?:users?|customers?|callers?|patients?|students?|guests?|players?)\s+(?:has\s+|have\s+)?(?:already\s+)?(?:told|said|shared|mentioned|asked|wrote|typed|gave|gives|says|tells)\b)(?!\s+(?:user|following|input|text|context|rules?|instructions?|data|document|answer|answers|details|preferences?|names?|results?|choices?|information|info)\b)(?!\s*[.!,;\n]|$)"
    # ... unless a clause states the fact: "remember the audience is public"
    rf"(?!\s+[\w\-]+(?:\s+[\w\-]+)?\s+(?:is|are|was|were|has|have|must|should|will|can|cannot|can{A}t|may|needs?)\b)"
    rf"|\bthe\s+(?:thing|stuff|issue|idea|plan|one|bug|problem|doc|change)\s+(?:we|I)\s+(?:\w+\s+){{0,2}}?(?:talked|spoke|discussed|mentioned|chatted|looked\s+at|went\s+over|agreed)\b"
    rf"|\b(?-i:[A-Z][a-z\u00e0-\u00ff]+){A}s\s+(?:latest\s+|last\s+|recent\s+)?{_ARTIFACT}\s+(?:from|on|of)\s+{_DAYS}\b"
    rf"|\b(?:from|in|during)\s+(?:our|my|yesterday{A}s|last\s+week{A}s|this\s+morning{A}s|the\s+(?:last|earlier|previous|other))\s+(?:last\s+|earlier\s+|previous\s+)?(?:call|meeting|chat|conversation|thread|sync|standup|stand-up|1:1|session|discussion|huddle)\b(?!\s*[:(])"
    rf"|\bwe\s+(?:talked|spoke)\s+about\s+(?:back\s+)?in\s+{_MONTHS}\b"
    rf"|\b(?:last|previous|earlier)\s+(?:time|session|conversation|chat)\b(?!\s*[:(]|\s+(?:context|history|messages?|turns?)\b)|\bagain\s+like\s+before\b|\bthe\s+way\s+(?:we|I|you)\s+(?:always|usually|normally)\b"
    rf"|\bas\s+(?:previously\s+|already\s+)?(?:discussed|agreed|promised|requested|(?<!\bproceed\sas\s)(?<!\bgo\sas\s)(?<!\bgoes\sas\s)(?<!\bcontinue\sas\s)planned|briefed|instructed|arranged)\b(?!\s+(?:above|below|earlier\s+in|in\s+(?:the|this)\s+(?:prompt|section|list|instructions)))"
    # (not "as requested by the user": the request is in the conversation the model reads)
    rf"(?!\s+by\s+(?:the\s+)?(?:user|customer|caller|requester|human|person\s+you{A}re\s+helping)\b)"
    rf"|\b(?:your|the|my)\s+(?:last|previous|earlier)\s+(?:answer|response|reply|attempt|version|draft|output|try|suggestion)s?\b"
    rf"|\blike\s+(?:last\s+|in\s+)?{_MONTHS}\b"
    # habits and preferences the model never saw: "whatever we normally offer", "the format Jordan likes"
    rf"|\b(?:whatever|what|how|the\s+way|wherever|whoever)\s+(?:we|I|they|he|she|(?-i:[A-Z][a-z\u00e0-\u00ff]+))(?:{A}ve|\s+have)?\s+(?:normally|usually|always|typically|generally|tend\s+to)\s+\w+"
    # "the same way Sandra does", "like the phone team does", "the way billing usually does": a practice of people the model never met
    rf"|\bthe\s+(?:same\s+)?way\s+(?-i:[A-Z][a-z\u00e0-\u00ff]+)\s+(?:usually\s+|normally\s+|always\s+)?(?:does|do|did)\b(?!\s+(?:not|n{A}t)\b)"
    rf"|\b(?:like|as|the\s+(?:same\s+)?way)\s+(?:the\s+(?:[\w\-]+\s+){{1,2}}(?:team|desk|office|department|crew|staff)|billing|sales|support|finance|legal|marketing|ops|reception|accounts)\s+(?:usually\s+|normally\s+|always\s+)?(?:does|do|did)\b"
    # (not an indirect question, "ask the patient which doctor they prefer", nor a wish, "the brother he always wanted")
    rf"|\bthe\s+(?:(?!(?:which|what|who|whom|whose|where|how|the|a|an)\b)\w+\s+){{0,2}}?(?:way|format|style|one|ones|version|layout|structure|tone|numbers|pricing|(?!{_CLAUSE_WORD}\b|what\s+(?:they|he|she)\s+(?:wants?|needs?)\b)\w+)\s+(?:that\s+)?(?:we|I|they|he|she|(?-i:[A-Z][a-z]{{2,}}|[A-Z]{{2,}})|my\s+\w+|our\s+\w+|legal|finance|marketing|sales|leadership|management|compliance|ops|the\s+{_ROLE})\s+(?:likes?|liked|wants?(?!\s+to\b)|wanted|prefers?|preferred|landed\s+on|agreed\s+on|settled\s+on|decided\s+on|did|always\s+(?!(?:wanted|needed|dreamed|dreamt|wished|hoped|longed)\b)\w+|usually\s+\w+|normally\s+\w+|announced|sent|shared|picked|chose|approved|signed\s+off(?:\s+on)?|insists\s+on|swears\s+by|is\s+used\s+to)\b"
    rf"|\blike\s+we\s+(?:usually|normally|always|typically)\s+\w+"
    # habits said in passing: "do what you normally do" (the model has no habits of its own),
    # "sound like us", "the same pattern as this quarter"
    rf"|\b(?:what|how|whatever)\s+you\s+(?:normally|usually|always|typically)\s+(?:do|say|write|send|use)\b"
    rf"|(?<!\bwithout\s)(?<!\bnot\s)(?<!\bstop\s)\bsound(?:s|ing)?\s+like\s+(?:me|myself)\b|\bsound(?:s|ing)?\s+like\s+(?:us|ourselves|our\s+(?:\w+\s+)?(?:brand|team|shop|company|voice|business|people|staff))\b"
    rf"|\b(?:the\s+)?same\s+(?:\w+\s+)?as\s+this\s+(?:week|month|quarter|year|term|season|round|time)\b"
    # someone's own things and doings, never shown: "the list Andy keeps", "what Priya set up"
    rf"|\bthe\s+(?:\w+\s+)?(?:list|sheet|spreadsheet|notes|book|file|system|rota|schedule|tracker|folder|log)\s+(?-i:[A-Z][a-z\u00e0-\u00ff]+)\s+(?:keeps|uses|made|set\s+up|put\s+together|maintains|runs|started)\b"
    rf"|\bwhat\s+(?-i:[A-Z][a-z\u00e0-\u00ff]+)\s+(?:set\s+up|did|built|put\s+together|came\s+up\s+with|sorted\s+out)\b"
    # knowledge the writer assumes the model shares: "as you know", "you get the idea"
    rf"|\bas\s+(?:you|we\s+all)\s+(?:know|can\s+imagine|(?:may\s+)?remember|may\s+recall|are\s+aware)\b|\beveryone\s+knows\b|\byou\s+get\s+the\s+(?:idea|picture|gist|drift)\b"
    rf"|(?:^|(?<=[.!?]\s))(?:obviously|of\s+course|needless\s+to\s+say),?\s+(?=we|I|you|they|the|our)|\bgiven\s+(?:everything|all)\s+(?:that{A}s|that\s+is|that\s+has\s+been)\s+going\s+on\b"
    rf"|\byou{A}?(?:re|\s+are)\s+(?:already\s+)?(?:familiar|aware)\s+(?:with|of)\s+(?:our|my|the|how|what|who)\b|\b(?:he|she|they){A}?(?:ll|\s+will)\s+know\s+what\b"
    rf"|\b(?:which|that|as)\s+you\s+(?:already\s+)?know\b|\byou\s+know\s+(?:how|what)\s+(?:he|she|they|it|this|that|(?:our|my|the)\s+[\w\-]+)\s+(?:is|are|gets?|get|likes?|like)\b"
    rf"|\b(?:what|whatever|anything|everything)\s+(?:(?-i:[A-Z][a-z\u00e0-\u00ff]+)|my\s+(?:boss|manager|lead|editor|client)|our\s+(?:boss|manager|lead|editor|client))\s+"
    rf"(?:said|mentioned|told\s+(?:me|us)|wrote|suggested|asked\s+for|wanted|decided|flagged|noted|raised|complained\s+about)\b"
    rf"(?!\s+(?:in|on)\s+(?:the|this)\s+(?:transcript|email|message|text|document|thread|notes?)\s+(?:below|above))"
    rf"|\b(?:don{A}?t|do\s+not|never)\s+(?:do|repeat|copy)\s+what\s+(?:it|he|she|they|the\s+\w+(?:\s+\w+)?)\s+did\b"
    rf"|\byou\s+(?:have|got|{A}ve\s+got|already\s+have)\s+(?:that|it|this|them|those)\s+from\s+(?:before|last\s+time|earlier|the\s+last)\b"
    rf"|\b(?:the|same)\s+(?:\w+\s+)?(?:format|style|tone|template|approach|structure|layout|voice|setup|rules)\s+(?:that\s+)?(?:we|I)\s+(?:always|usually|normally|typically)\s+(?:go\s+with|stick\s+(?:to|with)|follow|pick|choose|use)\b"
    rf"|\b(?:consistent\s+with|like|same\s+as|similar\s+to|matching|in\s+line\s+with)\s+(?:what|how)\s+(?:we|I|you)\s+(?:did|used|wrote|made|sent|had|ran|handled|dealt\s+with|approached)\b"
    # someone's past work or way, as the bar: "follow the old approach", "as deep as Jess did on the DNS one",
    # "close to what he'd do", "the same way as the 3.1 cut", "you've seen enough of these by now"
    rf"|\b(?:follow|use|stick\s+(?:to|with)|go\s+back\s+to|revert\s+to|like|as\s+in|per|same\s+as)\s+the\s+old\s+(?:approach|way|method|process|pattern|setup|style|format|template|conventions?|playbook|system)\b"
    rf"|\bas\s+[\w\-]+\s+as\s+(?:(?-i:[A-Z][a-z\u00e0-\u00ff]+)|we|I|they|the\s+[\w\-]+)\s+(?:did|went|got|made|wrote|managed|(?:were|was)(?=\s+(?:in|on|at|during|for|last)\b))\b|\bas\s+[\w\-]+\s+as\s+(?:I|we|he|she)(?:{A}d|\s+would)\s+be\b"
    rf"|\b(?:what|how)\s+(?:he|she|(?-i:[A-Z][a-z\u00e0-\u00ff]+)(?:\s+(?-i:[A-Z][a-z\u00e0-\u00ff]*))?)(?:{A}d|\s+would)\s+(?:do|write|say|want|pick|choose|handle|phrase|put)\b"
    rf"|\b(?:same\s+(?:\w+\s+)?as|like|similar\s+to|consistent\s+with|match(?:ing)?|mirror(?:ing)?)\s+(?:the|our)\s+v?\d+(?:\.\d+)+\s+[\w\-]+"
    rf"|\b(?:tone|style|voice|format|layout|look|feel|structure)\s+of\s+(?:our|my)\s+(?:other|previous|past|old|recent|last|existing)\s+(?!(?:code|files?|modules?|tests?|components?|functions?|classes|methods|endpoints?|services?|commands?)\b)[\w\-]+"
    rf"|\byou{A}?(?:ve|\s+have)\s+seen\s+(?:enough|plenty|lots|a\s+lot|loads|hundreds|dozens)\s+of\s+(?:these|them|those|this\s+[\w\-]+|it)\b|\byou\s+know\s+(?:who|what|which|where)\s+(?:they|he|she|it|those)\s+(?:are|is)\b"
    rf"|\bthe\s+way\s+(?-i:[A-Z][a-z\u00e0-\u00ff]+){A}s\s+[\w\-]+\s+(?:does|do|did|writes?|handles?|likes?|reads?|looks?|sounds?)\b|\blike\s+(?:we|I)\s+{_COMM}\b|\bin\s+the\s+spirit\s+of\s+(?:our|my|the\s+last|the\s+previous)\s+"
    rf"|\bthe\s+(?:classic|signature|trademark)\s+(?:[\w\-]+\s+){{0,2}}?(?:vibe|feel|style|tone|touch|look)\b|\bthe\s+(?:[\w\-]+\s+){{0,2}}?[\w\-]+\s+(?:u|you)\s+(?:did|made|wrote|sent|drafted)\s+for\b"
    rf"|\bsame\s+[\w\-]+\s+as\s+in\s+(?:my|our|the)\s+(?:previous|last|earlier)\s+[\w\-]+"
    # the model's earlier work, someone's habit or a past job as the measure: "the last script you gave me",
    # "deeper than Rachel usually goes", "like yesterday's", "same as Mrs Okafor's order", "like during the CNY period",
    # "the thing Suresh does for honeymooners", "the vibe we had on the Heritage Day posts", "the same as with the Polanco job",
    # "the style from the Merdeka posts", "the bit about the anxious patients", "like the one Sinéad wrote"
    rf"|\bthe\s+(?:last|previous)\s+(?:\w+\s+)?[\w\-]+\s+you\s+(?:gave|sent|wrote|made|did|produced|drafted)\b"
    rf"|\bthan\s+(?:(?-i:[A-Z][a-z\u00e0-\u00ff]+)|we|I|he|she)\s+(?:usually|normally|always|typically)\s+(?:goes|go|does|do|writes?|makes?|gets?|did)\b"
    rf"|\blike\s+(?:yesterday|last\s+(?:week|month|night|year|time)|(?:mon|tues|wednes|thurs|fri|satur|sun)day){A}s\b"
    rf"|\b(?:same\s+(?:\w+\s+)?as|like)\s+(?:(?-i:Mrs|Mr|Ms|Miss|Dr)\.?\s+)?(?!{_PUBLIC}\b)(?-i:[A-Z][a-z\u00e0-\u00ff]+){A}s\s+(?!(?:style|voice|way|tone)\b)[\w\-]+"
    rf"|\blike\s+(?:during|for|at|in)\s+(?:the\s+)?(?:[\w\-]+\s+){{0,2}}?(?:period|season|rush|holidays?|sale|launch|peak)\b"
    rf"|\bthe\s+(?:thing|trick|bit|spiel|touch|extra)\s+(?-i:[A-Z][a-z\u00e0-\u00ff]+)(?:\s+[\w\-]+)?\s+(?:does|did|says|adds|writes|puts|offers|gives)\b"
    rf"|\bthe\s+(?:vibe|feel|energy|look|tone|style)\s+(?:that\s+)?(?:we|I)\s+(?:had|used|went\s+with|did|got)\b"
    rf"|\bsame\s+as\s+(?:with|for|on|in)\s+the\s+(?:[\w\-]+\s+){{0,2}}(?:job|order|project|client|account|booking|event|wedding|case|one|launch|campaign)\b"
    rf"|\bthe\s+(?:[\w\-]+\s+){{0,2}}?(?:style|format|look|layout|vibe|tone|template)\s+from\s+the\s+(?:[\w\-]+\s+){{0,2}}?(?:posts?|campaign|launch|emails?|newsletters?|flyers?|videos?|menus?|ads?)\b"
    # round 41: "whatever it was he flagged": something said once, which the model never heard
    rf"|\bwhatever\s+it\s+was\s+(?:he|she|they|we|I|(?-i:[A-Z][a-z\u00e0-\u00ff]+))\s+(?:\w+ed|said|told|wrote|sent|meant|wanted)\b"
    # round 46: "whatever the committee wants to say", "the way the bar staff pitch them", "the mess Jenna left"
    rf"|\bwhatever\s+(?:the|our|my)\s+(?:[\w\-]+\s+)?(?:committee|board|client|boss|manager|owner|chair|director|editor|team|council|family)\s+(?:wants?|likes?|prefers?|decides?)\b"
    rf"|\bthe\s+(?:same\s+)?way\s+the\s+(?:[\w\-]+\s+)?(?:staff|techs|technicians|crew|lads|guys|girls|folks|regulars|old\s+hands|volunteers|reps)\s+(?:usually\s+|normally\s+|always\s+)?(?!(?:are|is|were|was|will|would|can|could|should|must)\b)[a-z]+\b"
    rf"|\bthe\s+(?:mess|draft|version|page|copy|one|work|notes)\s+(?-i:[A-Z][a-z\u00e0-\u00ff]+)\s+(?:left|made|wrote|did|drafted|sent|started)\b"
    # round 42: "the copyright workflow from the training session", "the library that burned us in March", "what's on the old card"
    rf"|\bfrom\s+the\s+(?:[\w\-]+\s+)?(?:training|onboarding|kickoff|kick-off|planning|strategy|all-hands|team|staff)\s+(?:session|meeting|call|day|workshop)\b(?!\s*[:(])"
    rf"|\b(?:that|who)\s+[a-z]+ed\s+us\s+(?:in|last|back\s+in|over)\s+(?:the\s+)?(?:{_MONTHS}|week|month|year|spring|summer|autumn|fall|winter|christmas|easter)\b"
    rf"|\bthe\s+old\s+(?:card|sheet|form|letter|flyer|leaflet|brochure|menu|script|wording|copy|sign|notice|poster|handout|blurb)\b"
    # round 41: "same cuts as the 2019 run", "same approach as the spring fix", "same deal as the Bohème job",
    # "like the Hendersons' package", "what we told the Dutch guy", "how Tomasz laid them out", "the reason you know"
    rf"|\bsame\s+(?:[\w\-]+\s+){{0,2}}as\s+(?:the|our)\s+(?:(?-i:[A-Z][a-z\u00e0-\u00ff])[\w\u00e0-\u00ff\-]*|\d{{4}}|spring|summer|autumn|fall|winter|christmas|easter|holiday)\s+"
    rf"(?:job|run|fix|project|order|booking|event|season|launch|campaign|batch|show|production|tour|wedding|install|trip|sale)\b"
    rf"|\blike\s+the\s+(?-i:[A-Z][a-z\u00e0-\u00ff]+)s{A}\s+[\w\-]+"
    rf"|\bwhat\s+(?:we|I)\s+(?:told|charged(?:\s+for)?|quoted(?:\s+for)?|offered|promised|said\s+to)\s+(?:(?:the|that|those)\s+[\w\-]+(?:\s+(?!(?:and|or|but|for|to|in|on|at|with)\b)[\w\-]+)?|him|her|them)\b"
    rf"|\bhow\s+(?-i:[A-Z][a-z\u00e0-\u00ff]+)\s+(?:laid\s+(?:\w+\s+)?out|set\s+(?:\w+\s+)?up|formatted|arranged|sorted\s+(?:\w+\s+)?out|put\s+(?:\w+\s+)?together)\b"
    rf"|\bthe\s+(?:reason|one|thing|place|person|guy|issue|problem|story)\s+you\s+(?:already\s+)?know\b(?!\s+(?:of|about|how|what|that|is|are|best|well|better)\b)"
    rf"|\bsign\s+(?:it\s+)?off\s+as\s+normal\b"
    rf"|\bthe\s+bit\s+about\s+the\b|\blike\s+the\s+one\s+(?:(?-i:[A-Z][a-z\u00e0-\u00ff]+)|he|she|we|I)\s+(?:wrote|made|did|sent|used|had|put\s+together)\b"
    rf"|\blike\s+the\s+(?!(?:example|sample|attached|following|above|below|first|given|provided|one)\b)(?:[\w\-]+\s+){{1,2}}(?:video|episode|reel|vlog|copy|caption|campaign|launch|newsletter|flyer|poster|listing|promo)\b(?!\s+(?:below|above|in|from|under|at|here)\b)"
    rf"|\b(?:the|my|our|your)\s+(?:\w+\s+){{0,2}}?\w+\s+from\s+before\b(?!\s+(?:(?:the|a|an|this|that|these|those|my|our|your|his|her|their|it|we|I|you|they|he|she)\b|\d)|\s+[\w\-]+(?:ing|ed)\b)|\bwhere\s+(?:we|you|I)\s+left\s+off\b"
    rf"|\bthe\s+(?:\w+\s+){{0,2}}?\w+\s+from\s+(?:the\s+)?(?:last|previous|prior)\s+(?:issue|edition|month|week|quarter|year|round|batch|run|version|report|newsletter|post|one|cycle|term|semester|season|camp|trip|event|party|show|fair|festival|match|game|course|visit|tour|concert|gig|sale|market|meet|rally|tournament|open\s+day|away\s+day)\b"
    rf"|\bthe\s+(?:\w+\s+){{0,2}}?\w+\s+(?:that\s+)?{_NO_JOIN}(?:we|I)(?:{A}ve|\s+have)\s+been\s+(?:using|doing|following|sending|writing|running)\b(?!\s+(?:below|above|here))"
    rf"|(?<=[a-z,]\s)(?-i:Project|Operation|Initiative)\s+(?!(?-i:Structure|Overview|Setup|Root|Layout|Files?|Name|Description|Context|Goals?|Scope|Summary|Status|Plan|Management|Manager|Settings|Configuration|Requirements|Conventions|Guidelines|Rules|Architecture|Organi[sz]ation|Dependencies|Directory|Folder|Info|Information|Details|Background|Templates?|Type|Level|Board|Lead|Team|Tree|Map|Health|Specific|Standards|Commands|Documentation|Docs|Notes)\b)(?-i:[A-Z][a-z\u00e0-\u00ff]+)\b|\bhow\s+(?-i:[A-Z][a-z\u00e0-\u00ff]+)\s+(?:gets|is|feels|reacts)\s+(?:about|with|when)\b"
    rf"|\bwhat(?:ever)?\s+(?:the\s+|our\s+|my\s+)?[\w\-]+\s+(?:told|said\s+to|showed|sent)\s+(?:me|us)\b|\bwhat\s+the\s+[\w\-]+\s+(?:decided|agreed(?:\s+on)?|settled\s+on|signed\s+off\s+on|approved|voted\s+(?:for|on))\b"
    rf"|\b(?:at|from|in|like)\s+(?:the\s+\w+\s+(?:at|from|in)\s+)?that\s+(?:\w+\s+){{0,2}}?(?:shop|place|restaurant|bistro|diner|deli|caf[e\u00e9]|hotel|hostel|inn|farm|store|venue|bakery|pub|bar|market|garage|salon|gallery|museum|site|spot|clinic|office|school|studio|depot|branch|company|firm|agency)\b(?!\s+(?:that|which|who|where)\b)"
    rf"|\blike\s+the\s+(?:[\w\-]+\s+){{1,2}}?on\s+(?:the|our|my)\s+(?:[\w\-]+\s+)?(?:website|site|blog|homepage|intranet|wiki|shared\s+drive|drive|socials|instagram|facebook|menu|flyer|poster|brochure|leaflet)\b"
    rf"|\bthe\s+[\w\-]+\s+(?:that\s+)?the\s+[\w\-]+\s+(?:\w+ed|chose|picked|liked|hated|wrote|made|set|agreed\s+on)\s+last\s+(?:season|year|summer|winter|spring|autumn|fall|time|month|week|quarter|term)\b"
    rf"|\bwhatever\s+(?:[\w\-]+\s+){{0,3}}?(?:the\s+[\w\-]+|we|they|you|I|people|folks|most\s+people|[a-z]+s)\s+(?:normally|usually|always|typically|generally)\s+(?:use|uses|say|says|do|does|put|puts|write|writes|send|sends|go\s+for|goes\s+for|pick|picks|choose|chooses|order|orders|buy|buys)\b"
    rf"|\bthe\s+(?!(?:only|first|last|same|right|wrong|whole|main|next|other|best|worst|one|important|key|most|real|big|good|bad|little|small|new|old|hard|easy|tricky|obvious|weird|funny|nice|great|whole|kind|sort|type)\b)(?:(?!of\b)[\w\-]+\s+){{2}}thing\b(?!\s+(?:to|that|which|about|you|we|I|they|in|with|where|when|called|named)\b)"
    rf"|\bafter\s+what\s+happened\b(?!\s+(?:in|at|on|with|to|when|last)\b[^.!?\n]*:)|\bthe\s+(?:other\s+)?usual\s+(?:stuff|things|bits|suspects|bits\s+and\s+pieces)\b"
    rf"|\bthe\s+[\w\-]+\s+(?:that|which|who)\s+(?:caused|broke|went|had|got|failed|cracked|ran|sold)\b[^.!?\n]{{0,40}}?\b(?:in|on|at|during|over)\s+(?:{_MONTHS}|last\s+\w+|the\s+(?:spring|summer|autumn|fall|winter))\b"
    rf"|\bthe\s+(?:client|customer|insurer|bank|council|landlord|agency|publisher|funder|regulator|vendor|supplier|school|university|committee|co-op|company|agent|broker|lender){A}s\s+(?:[\w\-]+\s+)?(?:format|template|style|rules|requirements|guidelines|form|wording|layout|preferences|way)\b"
    rf"|\bwhat\s+happened\s+(?:in|at|with|on)\s+(?-i:[A-Z][a-z\u00e0-\u00ff]+)\b|\b(?:from|in|on)\s+the\s+old\s+(?:binder|folder|doc|document|system|template|site|website|handbook|manual|wiki|handout|sheet|spreadsheet|version|process|notes|form|deck|menu|price\s+list|script|flyer|leaflet|brochure)\b|\b(?:did|worked|went|sold|performed)\s+(?:really\s+)?(?:well|best|great)\s+(?:for\s+us\s+)?last\s+(?:summer|winter|spring|autumn|fall|year|season|time|month|week|quarter)\b|\bthe\s+(?:kind|sort|type)\s+of\s+(?:thing|stuff|\w+)\s+(?-i:[A-Z][a-z\u00e0-\u00ff]+)\s+(?:likes|loves|wants|prefers|hates|goes\s+for)\b|\blike\s+(?-i:[A-Z][a-z\u00e0-\u00ff]+){A}s\s+(?:ones?|version|draft|notes|stuff|style|emails?|posts?|work)\b|\bthe\s+(?:thing|stuff|point|bit)\s+(?-i:[A-Z][a-z\u00e0-\u00ff]+)\s+(?:said|mentioned|raised|wrote)\b"
    rf"|\bthe\s+(?:standard|usual|normal|regular)\s+(?:[\w\-]+\s+){{0,2}}?(?:format|template|layout|structure|shape|process|procedure|checklist|form|wording|language|spiel|timescales?|turnaround|lead\s+times?|terms)\b|\bthe\s+(?:standard|usual|normal|regular)\s+ones?\b(?!\s+(?:of|from|for|in|on|with|that|which)\b)"
    rf"|\bthe\s+way\s+(?:this|that|our|the)\s+(?:[\w\-]+\s+)?(?:officer|manager|editor|partner|reviewer|examiner|inspector|judge|chair|panel|board|committee|assessor|client|director)\s+(?:likes?|wants?|prefers?|expects?)\b"
    # "the format the track chairs expect", "exactly like in the pilot", "the thresholds from the old rulebook", "the way Dana's group settled it"
    rf"|\bthe\s+(?:format|style|layout|structure|template|tone|length|level\s+of\s+detail)\s+(?:that\s+)?(?:the\s+)?(?:[\w\-]+\s+){{0,2}}?(?:expects?|expected|likes?|liked|wants?|wanted|prefers?|preferred|(?:is|are)\s+used\s+to)\b"
    rf"|\b(?:exactly\s+|just\s+)?(?:like|as)\s+(?:we\s+did\s+)?in\s+the\s+(?:pilot|trial|dry\s+run|(?:previous|last)\s+(?:round|batch|wave|sprint|quarter|release|run|project|cycle|season|year|term|edition|study|survey|audit|campaign))\b|\bfrom\s+the\s+old\s+(?:rulebook|playbook|guide|guidelines|template|system|process|spreadsheet|sheet|doc|wiki|deck|codebook|codeframe)\b"
    rf"|\bthe\s+way\s+(?-i:[A-Z][a-z\u00e0-\u00ff]+){A}s\s+[\w\-]+\s+(?:(?-i:[a-z]\w*ed)|did|does|do|wrote|writes|made|makes|ran|runs)\b"
    rf"|\bthe\s+[\w\-]+\s+(?:problem|issue|thing|incident|mix-?up|glitch)\s+again\b|\bthat\s+other\s+(?:shop|store|company|client|vendor|agency|guy|place|firm|supplier)\b"
    rf"|\b(?-i:[A-Z][a-z\u00e0-\u00ff]+)\s+will\s+know\s+what\s+I\s+mean\b|(?<!\bwhen\s)(?<!\bif\s)(?<!\bwhere\s)(?<!\bunless\s)(?<!\bwhenever\s)\bthe\s+(?!(?:first|second|third|last|latter|former|other|rest|answer|reason)\b)(?:[\w\-]+\s+){{1,2}}?(?:are|is)\s+(?:obvious|self-explanatory)\b|\byou\s+know\s+why\b"
    rf"|\bthe\s+way\s+(?:(?-i:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?-i:[A-Z][a-z\u00e0-\u00ff]+)(?:\s+(?-i:[A-Z][a-z\u00e0-\u00ff]*))?(?:\s+\d+)?\s+(?:would|does|did|writes|handles|likes|asked|wanted|requested|suggested|prefers|described|told|taught|showed)\b|\bcheck\s+with\s+(?-i:[A-Z][a-z\u00e0-\u00ff]+)\b(?!\s+(?-i:[A-Z]))"
    # (but not the model's report on its own work in this session, see _REPORTS_BEFORE)
    rf"|\bwhat\s+you\s+(?:did|were\s+doing|wrote|made|came\s+up\s+with)\b|\b(?:same|like)\s+(?:\w+\s+){{0,3}}you\s+did\b"
    # someone's habit or past work, told in passing: "the sign-off Bev always uses", "like Jim used to do it",
    # "in Margaret's style", "the head's usual tone", "as per last season", "like it's always been"
    rf"|\bthe\s+[\w\-]+(?:\s+[\w\-]+){{0,2}}?\s+(?:(?-i:[A-Z][a-z\u00e0-\u00ff]+)|he|she|the\s+(?!(?:user|customer|model|assistant|agent|system)\b)[\w\-]+)\s+(?:always|usually|normally)\s+(?:uses|does|writes|sends|puts|likes|wants|gives|adds|applies|follows)\b"
    rf"|\blike\s+(?-i:[A-Z][a-z\u00e0-\u00ff]+)(?:\s+(?-i:[A-Z][a-z\u00e0-\u00ff]*))?\s+(?:used\s+to|always|would|did|does|writes|wrote|handles|makes|answered|explained|put\s+it)\b|\b(?:in\s+)?(?!{_PUBLIC}\b)(?!(?:Let|It|That|Here|There|What|Who|He|She|Where|How){A}s)(?-i:[A-Z][a-z\u00e0-\u00ff]+){A}s\s+(?:[\w\-]+\s+)?(?:style|voice|way|conventions|preferences|approach|standards|checklist|playbook)\b|\bin\s+(?!{_PUBLIC}\b)(?-i:[A-Z][a-z\u00e0-\u00ff]+){A}s\s+(?:tone|format)\b"
    rf"|\bthe\s+(?:(?!(?:in|on|at|of|for|to|with|from|by|the)\b)[\w\-]+\s+){{1,2}}?(?:that\s+)?(?:the\s+)?(?:(?!{_PUBLIC}\b)(?-i:[A-Z][a-z\u00e0-\u00ff]+)|(?:(?!the\b)[\w\-]+\s+){{0,2}}?(?:office|council|committee|board|trust|client|boss|manager|editor|secretary|chair|funder|publisher))\s+(?:likes|wants|prefers|insists\s+on|asked\s+for|is\s+used\s+to)\b"
    rf"|\b(?:as\s+)?per\s+(?:the\s+)?usual\b|\bsame\s+as\s+last\s+(?:{_MONTHS}|christmas|easter|summer|winter|spring|autumn|fall|season|year)\b"
    rf"|\b(?!(?:model|assistant|bot|agent|ai|user|reader|system){A}s)\w+{A}s\s+(?:usual|normal|regular|typical|preferred|favou?rite|standard)\s+(?:[\w\-]+\s+)?(?:tone|style|voice|format|layout|sign-?off|wording|phrasing|approach)\b"
    rf"|\blike\s+the\s+one\s+(?:on|for|from|with|at|in)\s+(?:the|our)\s+(?!(?:left|right|top|bottom|next|previous|following|same)\b)[\w\-]+"
    rf"|\bas\s+per\s+(?:the\s+)?(?:last|previous|prior)\s+(?:season|year|time|round|batch|term|quarter|month|week|edition|issue|one)\b|\b(?:like|as|the\s+way)\s+it{A}s\s+always\s+been\b"
    rf"|\bthe\s+same\s+(?:kind|sort|type)\s+of\s+[\w\-]+\s+(?:they|we|you|he|she|I)\s+(?:got|sent|had|received|used|did|wrote)\b"
    rf"|\bthe\s+(?!{_PUBLIC}\b)(?-i:[A-Z][a-z\u00e0-\u00ff]+)\s+(?:[\w\-]+\s+)?(?:vibe|vibes|feel|look)\b|\b(?:the\s+)?(?:vibe|feel)\s+of\s+the\s+(?:[\w.\-]+\s+){{0,2}}?(?:notes|post|posts|email|one|ones|version|release|newsletter|issue|edition|deck|launch|campaign)\b(?!\s+(?:below|above|attached|pasted))"
    rf"|\b(?:the\s+)?(?:standard|usual|normal)\s+(?:legal\s+|compliance\s+|closing\s+|(?-i:[A-Z]{{2,6}})\s+)?(?:lines|disclaimers?|boilerplate|small\s+print|T&Cs|sign-?off|appendix|appendices|footer|blurb|caveats|preamble)\b"
    rf"|\b(?:the\s+)?house\s+(?:format|style|voice|tone|rules|template)\b|\bfrom\s+(?:the\s+)?(?:last|previous|earlier|other)\s+(?:[\w\-]+(?:s{A}|{A}s)\s+)?(?:retro|meeting|call|sync|session|sprint|review|week|time|discussion|workshop|offsite|round|iteration|attempt|submission|cycle|batch)\b"
    rf"|\bour\s+(?:old|usual|favou?rite|standard|regular|normal|go-to)\s+\w+|\blike\s+every\s+(?:other\s+)?(?:week|month|time|day|year|quarter|friday|monday)\b"
    rf"|\bsame\s+(?:\w+\s+)?as\s+the\s+(?:[\w\-]+\s+)?(?:office|desk|counter|shop|store|team|campaign|launch|one|ones|deck|email|post|version|batch|event|edition|round|release|issue|letter|texts?|emails?|posts?|messages|notices|letters|signs|flyers|job|project|account|contract|order|wedding|site)\b(?!\s+(?:below|above))"
    rf"|\bthe\s+(?:\w+\s+)?(?:words?|terms?|phrases?|topics?|people|names|clients|vendors)\s+(?:we|I)\s+(?:banned|blocked|blacklisted|avoid|never\s+use|don{A}?t\s+use|flagged|dropped)\b"
    # named and possessed documents: "the Varga dossier", "the county's grading rubric", "last semester's grades"
    rf"|\bthe\s+(?:(?-i:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?!{_PUBLIC}\b)(?-i:[A-Z][a-z][\w\-]*)(?:\s+(?-i:[A-Z][a-z][\w\-]*))?\s+(?=(?-i:[a-z])){_DOC_NOUN}\b"
    rf"|\b(?:(?!{_PUBLIC}\b)(?!(?:Here|There|That|What|Where|Who|Today|Tomorrow){A}s)(?-i:[A-Z][a-z]\w+)|last\s+\w+|(?!this\s+(?:case|agent|model|assistant|user|prompt|file|task|request|project|repo|document|conversation|session|ticket|item|email|message|issue|record|entry|application|paper|story|order|article|post|page)\b)this\s+\w+|yesterday|(?!today|tomorrow)[a-z]+day){A}s\s+(?:[\w\-]+\s+){{0,2}}?{_DOC_NOUN}\b(?!-)(?!\s+(?:format|formats|syntax|specification|spec|schema|api|protocol)\b)"
    # reduced relative clauses on the writer's side: "the caveats we hashed out", "the shortcuts Tomás put together"
    rf"|\bthe\s+(?:[\w\-]+\s+){{0,2}}?[\w\-]+\s+(?:that\s+)?(?:(?:she|he|they|(?-i:[A-Z][a-z]{{2,}}))\s+and\s+I|{_NO_JOIN}(?:we|I|(?-i:[A-Z][a-z]{{2,}})|my\s+\w+|our\s+\w+|(?:that\s+)?the\s+(?:committee|board|council|panel|club|owners?|members|trustees|directors|partners|co-op|management)))\s+(?:(?-i:(?!(?:need|feed|seed|speed|breed|bleed|exceed|proceed|succeed|embed|shed|bed|red|wed)\b)[a-z]\w*ed)|put\s+together|came\s+up\s+with|hashed\s+out|worked\s+out|threw\s+together|wrote|made|built|sent|set\s+up|ran|drew\s+up|dug\s+up|found|chose|took|gave|got)\b(?!\s+(?:below|above|here|in\s+(?:the|this)\s+(?:prompt|message))|\s+(?:showed|shows|found|finds|proved|revealed|had|has|was|is|are|were|gave|left|said|says|came\s+back)\b)"
    rf"|\bthe\s+way\s+you\s+(?:handled|did|wrote|built|set\s+up|approached)\b"
    # events pinned to a time: "the outage on Friday", "the demo last week"
    rf"|\bthe\s+(?:\w+\s+)?(?:outage|incident|call|meeting|launch|demo|review|session|workshop|offsite|conversation|chat|sync|standup|presentation|pitch|interview|fire|mixup|mix-up|screwup|snafu)\s+"
    rf"(?:(?:on|from)\s+(?:(?:last|this)\s+)?(?:{_DAYS}|the\s+\d|\d)|(?:last|this)\s+(?:{_DAYS}|week|month|morning|afternoon|evening|night|quarter|year)|yesterday)\b"
    rf"|\blike\s+the\s+(?:[\w\-]+\s+){{0,2}}(?:emails|posts|ones|letters|decks|reports|pages|docs|texts|messages|newsletters|summaries|releases|notes|briefs|proposals)\b(?!\s+(?:below|above|in|from|under|at)\s)"
    rf"|\b(?:nobody|no\s+one)\s+(?:has\s+)?(?:ever\s+)?(?:written|documented|wrote)\s+(?:\w+\s+)?down\b|\b(?:isn{A}?t|is\s+not|aren{A}?t|are\s+not|never\s+been)\s+(?:written\s+down|documented)\b"
    # comparisons with things the prompt never shows: "like the other services do", "consistent with previous releases"
    rf"|\b(?<!\bwell\s)(?:like|as|the\s+same\s+(?:\w+\s+)?(?:as|way\s+as)|consistent\s+with|similar\s+to|in\s+line\s+with|matching|in\s+the\s+style\s+of)\s+(?:the\s+other|the\s+others|all\s+the\s+other|(?:our|my)\s+other|the\s+rest\s+of\s+the|our\s+competitors|(?:the\s+)?previous|prior|past|earlier|the\s+(?:previous|last|earlier|old)|the\s+(?-i:Q\d|[A-Z][a-z]\w*)\s+(?:deck|doc|one|version|report|release|post|email))\b(?!\s+(?:[\w\-]+\s+){{0,2}}(?:(?:in|under|at|from)\s+(?:\s|\S*/)|(?:in|from)\s+(?:the\s+|this\s+)?(?:batch|set|input|list|file|table|document|data|request|message|thread|folder|spreadsheet|export|upload)\b))"
    # ... but the workspace an agent works in is there to read: "consistent with the rest of the codebase"
    rf"(?!\s+(?:code\s*base|code|repo|repository|project|workspace|files?|modules?|packages?|tests?|functions?|classes|methods)\b)"
    rf"|\bthe\s+way\s+(?:the|our|my)\s+(?:[\w\-]+\s+){{0,5}}?(?:does|do|did|would|writes?|handles?|reads?|sounds?|looks?|likes?|wants?|prefers?|expects?|interprets?|treats?|tags?|scores?|rates?)\b|\blike\s+in\s+the\s+(?:{_MONTHS}|last|previous|old)\s+[\w\-]+|\bas\s+(?:we|I)\s+did\s+(?:it\s+)?(?:last|for|at|in)\b"
    rf"|\bthe\s+way\s+(?:we|I|they|he|she|(?-i:[A-Z][a-z\u00e0-\u00ff]+)|my\s+[\w\-]+|our\s+[\w\-]+)\s+(?:\w+ed|set|did|made|wrote|built|ran|had|put|kept|do|does|usually|always|normally)\b"
    rf"|\bthe\s+(?:\w+\s+){{0,2}}?\w+\s+(?:that\s+)?{_NO_JOIN}(?:we|I)(?:{A}re\s+|{A}m\s+|{A}ve\s+|\s+are\s+|\s+am\s+|\s+have\s+|\s+)(?:trust|use|using|like|prefer|work\s+with|rely\s+on|buy\s+from|partner\s+with|know|love|picked|chose|agreed|give(?!\s+you\b)|offer|send(?!\s+you\b))\b(?!\s+(?:below|above|here|is|are|in\s+(?:this|the)\s+(?:prompt|repo|project|codebase))\b)"
    rf"|\bthe\s+(?:[\w.\-]+\s+){{0,2}}?(?:numbers|figures|data|stats|notes|list|doc|draft|deck|slides|story|stories|quotes?|examples?|research|analysis|report|email|summary|version|changes|fixes|replies|messages|answers|responses|letters|texts)\s+(?-i:[A-Z][a-z\u00e0-\u00ff]+)\s+(?:\w+ed|sent|wrote|made|built|put\s+together|pulled|shared|gave|did|ran|found|told)\b"
    # named things from the writer's world: "the Henderson account", "like the Lisbon trip"
    rf"|\b(?<!\bwell\s)(?:like|as|match|mirror|copy|follow|the\s+voice\s+of|the\s+tone\s+of|the\s+style\s+of|same\s+\w+\s+as|similar\s+to|the\s+way\s+we\s+\w+)\s+(?:the|our)\s+(?!{_PUBLIC}\b)(?-i:[A-Z][a-z][\w\-]*|Q\d\w*)(?:\s+(?-i:[A-Z][\w\-]+))?\s+(?!(?-i:[A-Z]))\w+"
    rf"|\bthe\s+(?!(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)(?-i:[A-Z][a-z][\w\-]+)\s+(?:clients|customers|folks|crew|booking|reservation|account|deal|trip|project|campaign|launch|appeal|case|matter|incident|release|migration|rollout|pitch|proposal|contract|engagement|initiative|partnership|rebrand|redesign|questline|patch|nerfs?|batch|order|shipment|job|file|thread|meeting|call|review|audit|story|situation|fiasco|mess|debacle|saga|thing|"
    rf"discount|rate|pricing|terms|package|exception|arrangement|special|price|lot(?!\s+(?:of|number|size)\b)|crowd|gang|bunch)\b"
    # a house style known by its name only: "the Gazette stylebook", "the Roxy touch"
    rf"|\bthe\s+(?!{_PUBLIC}\b)(?-i:[A-Z][a-z][\w\-]+)(?:\s+(?-i:[A-Z][a-z][\w\-]+))?\s+(?:stylebook|style\s*guide|touch|treatment|voice|house\s+rules|template)\b"
    # material named by where it came from: "the notes from class", "the feedback from the offsite"
    rf"|\bthe\s+(?:explanation|update|input|answer|guidance|go-ahead|sign-off|numbers|estimate|quote)\s+from\s+(?:the\s+|our\s+|my\s+)(?:\w+\s+)?(?:team|department|office|committee|vendor|lawyers?|accountant|auditors?|contractor|landlord)\b"
    rf"|\bthe\s+(?:\w+\s+){{0,2}}?(?:notes|feedback|numbers|figures|interviews|results|data|slides|comments|edits|decisions|action\s+items|list|checklist|doc|draft|recording|transcript|summary|takeaways|learnings|stats|metrics|pain\s+points|objections|themes|insights|highlights)\s+from\s+(?:the\s+|our\s+|my\s+|last\s+|this\s+|yesterday{A}?s?\s*)?(?:\w+\s+)?(?:call|meeting|offsite|off-site|sprint|class|lecture|week|month|quarter|year|handbook|workshop|review|retro|standup|session|launch|event|conference|trip|thread|email|kickoff|demo|dashboard|survey|audit|onboarding|webinar|roadshow|panel|interviews)\b"
    # "like last year", "as in prior years", "the way we've always done them", "the same disclaimer we put on everything",
    # "what we did against Riverside", "act like she did in session 4", "Raul will know.", "you've seen enough of our reqs to know",
    # "with which you will doubtless be acquainted", "the customary courtesies"
    rf"|\blike\s+(?:last|previous)\s+(?:year|week|month|season|term|quarter|round|spring|summer|autumn|fall|winter|semester|cycle|edition)\b|\bas\s+in\s+(?:prior|previous|past|earlier|other)\s+(?:years|months|quarters|seasons|terms|cycles|rounds|editions)\b"
    rf"|\bthe\s+way\s+(?:we|I|you|they)(?:{A}ve|\s+have)\s+always\s+(?:done|written|handled|run|made|said|sent)\b"
    rf"|\bthe\s+same\s+(?:[\w\-]+\s+){{0,2}}?[\w\-]+\s+(?:that\s+)?(?:we|I|you|they)\s+(?:always\s+|usually\s+)?(?:put|use|used|send|sent|add|added|gave|attach|attached|include|included|wrote|had)\s+(?:on|in|for|to|with|at)\s+(?:everything|every\s+\w+|all\s+(?:of\s+)?(?:our|the|them)|each\s+\w+)\b"
    rf"|\bwhat\s+(?:we|I|you|they|he|she)\s+did\s+(?:against|for|with|at|in|on)\s+(?-i:[A-Z][a-z\u00e0-\u00ff]+)\b|\blike\s+(?:he|she|they|you|we|I)\s+did\s+(?:in|at|with|for|during)\s+(?:session|week|game|episode|round|chapter|the\s+last|last)\b"
    rf"|(?:^|(?<=[.!?]\s))(?-i:[A-Z][a-z\u00e0-\u00ff]+)\s+will\s+know\s*[.!]|\bknows?\s+what\s+I(?:{A}m|\s+am)\s+(?:talking\s+about|getting\s+at|after)\b|\byou{A}?ve\s+seen\s+enough\s+(?:of\s+)?(?:our|my|these|the)\s+[\w\-]+\s+to\s+know\b"
    rf"|\bwith\s+which\s+you\s+(?:will|are|would)\s+(?:\w+\s+)?be\s+(?:acquainted|familiar)\b|\byou\s+(?:will|are|would)\s+(?:doubtless|no\s+doubt|surely|already)\s+(?:be\s+)?(?:acquainted|familiar)\s+with\b"
    rf"|\bthe\s+(?:customary|established|accustomed|traditional|time-honou?red)\s+(?:[\w\-]+\s+)?(?:courtesies|conventions|practices|formalities|forms|format|style|manner|wording|procedures?)\b"
    # round 17: "same as we sorted out for the Hendersons", "as we normally list them", "You'll remember Curtis", "the thing my opponent said",
    # "the way Kunal from our last cohort writes his", "from the last update", "from a couple of years back", "at the last team meeting",
    # "like he showed us", "the Fieldnote feel"
    rf"|\bsame\s+as\s+(?:we|I|you|they)\s+(?:sorted\s+out|did|agreed|had|used|set\s+up|worked\s+out)\s+(?:for|with|at)\b|\bas\s+(?:we|I|they)\s+(?:normally|usually|always|typically)\s+\w+"
    rf"|\byou(?:{A}ll|\s+will|\s+may|\s+might)\s+remember\b|\bas\s+you{A}?ll\s+recall\b|\bthe\s+thing\s+(?:(?:my|our|his|her|their|the)\s+[\w\-]+|he|she|they|you|we)\s+said\b"
    rf"|\bthe\s+way\s+(?-i:[A-Z][a-z\u00e0-\u00ff]+)\s+(?:[\w\-]+\s+){{0,5}}?(?:writes|does|handles|puts|says|runs|formats)\b"
    rf"|\bfrom\s+the\s+last\s+(?:update|email|newsletter|meeting|call|report|issue|edition|round|version|draft|post|one|appeal|campaign|season)\b|\bfrom\s+(?:a\s+couple\s+of|a\s+few|two|three|several)\s+(?:years|months|weeks|seasons)\s+(?:back|ago)\b"
    rf"|\b(?:at|in|from|during)\s+(?:the|our)\s+last\s+(?:[\w\-]+\s+)?(?:meeting|session|catch-?up|huddle|practice|rehearsal)\b|\blike\s+(?:he|she|they|(?-i:[A-Z][a-z]+))\s+(?:showed|taught|told|explained\s+to)\s+(?:us|me)\b"
    # round 28: "put the sponsor bit where it normally goes", "same deal as every week", "Match what we did for the spring drop",
    # "the version you gave me yesterday", "how the previous solicits did it", "you know where I draw that line",
    # "the rejected ones", "the things I always care about"
    rf"|\bwhere\s+(?:it|they|this|that|these|those|he|she)\s+(?:normally|usually|always|typically)\s+(?:goes|go|sits?|lives?|belongs?|appears?|ends\s+up)\b"
    rf"|\bsame\s+(?:\w+\s+)?as\s+(?:every|each)\s+(?:week|month|time|day|year|quarter|term|issue|edition|episode|show|{_MONTHS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    rf"|\b(?:match|mirror|copy|repeat|redo|follow)\s+(?:what|how)\s+(?:we|I)\s+(?:did|used|wrote|made|sent|had|ran|handled)\b"
    rf"|\bthe\s+(?:\w+\s+)?(?:version|draft|one|ones|copy|answer|reply|list|summary|script|text|email|output|plan|outline|names|titles|headlines|regex|query|code|fix|formula|script|command|snippet)\s+(?:that\s+)?you\s+(?:gave|sent|wrote|made|did|produced|drafted|came\s+up\s+with)(?:\s+(?:me|us))?\s+(?:yesterday|before|last\s+(?:week|night|time|month)|this\s+morning|the\s+other\s+day|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    rf"|\b(?:how|the\s+way|like)\s+(?:the|our|my)\s+(?:previous|last|earlier|old|past|prior)\s+(?:[\w\-]+\s+)?[\w\-]+\s+(?:did|do|does|handled|went|looked|read|sounded)\b"
    rf"|(?<!\blet\s)(?<!\bif\s)(?<!\bwhether\s)\byou\s+know\s+(?:where|how|what|when|which)\s+(?:I|we)\s+(?:draw|stand|like|want|feel|think|mean|need|prefer)\b"
    rf"|\bthe\s+(?:rejected|discarded|scrapped|binned|killed|dropped|failed|losing)\s+(?:ones|drafts?|versions?|options|ideas|concepts|headlines|titles|names|pitches|designs|takes|attempts)\b"
    # round 34: "given everything that happened", "the way the old database used to", "in her style", "you know how sensitive that is",
    # "what the board said about", "groups we already know are solid", "like his usually are", "the parking row",
    # "ignored the last one", "from last year's consultation", "Use their headings"
    rf"|\bgiven\s+(?:everything|all|what)\s+(?:that\s+)?(?:happened|has\s+happened|went\s+on|{A}s\s+happened)\b"
    rf"|\bthe\s+way\s+(?:the|our|my)\s+(?:[\w\-]+\s+){{0,3}}?used\s+to\b"
    rf"|\bin\s+(?:his|her)\s+(?:own\s+)?(?:style|voice|tone|register)\b"
    rf"|\byou\s+know\s+how\s+[a-z]+\s+(?:that|this|it|he|she|they)\s+(?:is|are|gets?)\b"
    rf"|\bwhat\s+the\s+(?:board|committee|panel|council|trustees|funder|chair|ceo|director|manager|client|team|partners)\s+said\b(?!\s+(?:in|on)\s+(?:the|this)\s+(?:transcript|email|message|text|document|thread|notes?)\s+(?:below|above))"
    # (starting only where a token starts: from inside "a-b-c-..." each start would rescan the token)
    rf"|(?<![\w\-])[\w\-]{{1,40}}\s+(?:that\s+)?(?:we|I)\s+(?:already\s+)?know\s+(?:are|is|to\s+be)\s+(?:solid|good|reliable|trustworthy|safe|fine|ok|okay|legit|genuine|sound)\b"
    rf"|\blike\s+(?:his|hers|theirs|ours|mine)\s+(?:usually|always|normally)\s+(?:are|is|do|does|go|goes)\b"
    rf"|\bthe\s+[\w\-]+\s+(?:saga|fiasco|debacle|drama|fallout|kerfuffle|palaver|furore|furor|bust-up|spat)\b"
    rf"|\b(?:ignored|hated|loved|liked|missed|skipped|binned|rejected|complained\s+about)\s+the\s+(?:last|previous)\s+one\b"
    rf"|\bfrom\s+last\s+(?:year|month|week|term|season|quarter|spring|summer|autumn|winter){A}s\s+[\w\-]+"
    rf"|\b(?:use|follow|match|stick\s+to|keep\s+to)\s+their\s+(?:headings|template|format|form|structure|criteria|guidelines|wording|house\s+style|style\s+guide)\b"
    # round 33: "how the enterprise customers prefer", "the nitpicks the team doesn't care about", "in the fastgrid community style",
    # "the way maintainers usually do", "what design signed off on"
    rf"|\b(?:how|the\s+way)\s+the\s+(?:[\w\-]+\s+){{0,2}}?[\w\-]+\s+(?:prefer|prefers|like|likes|want|wants)\b(?!\s+(?:to\s+)?(?:it|them)?\s*[:(])"
    # round 31 (dev from the seventeenth session): the tastes of people the model never met, whoever they are:
    # "how our supervisors like it", "the way examiners like to see it", "what our pharmacists generally prefer",
    # "the way a reviewer expects"
    rf"|\b(?:how|the\s+way|what)\s+(?:(?:our|my|an?)\s+(?:[\w\-]+\s+)?[\w\-]+|(?!(?:users|customers|callers|visitors|readers|participants|people|they|you|we|it|this|that|these|those|things|words)\b)[a-z]+s)\s+(?:(?:generally|usually|normally|typically|always|tend\s+to)\s+)?(?:prefer|prefers|like|likes|want|wants|expect|expects)\b(?!\s+(?:to\s+)?(?:it|them)?\s*[:(])(?!\s+to\s+(?!see\b)\w)"
    # standards of a house the prompt never sets out: "to firm standards", "the house citation style",
    # "clearing rules you already know", "same vibe as the holiday hours one"
    rf"|\b(?:to|per|by|under|against|meets?|follow|following)\s+(?:the\s+)?(?:firm|company|agency|office|department|team|in-house|practice)\s+(?:standards|norms|conventions|rules|guidelines|style)\b(?!\s*(?:below|above|[:(]))"
    rf"|\bthe\s+house\s+(?:[\w\-]+\s+)?(?:style|format|rules|conventions|template|way)\b(?!\s*(?:below|above|[:(]))"
    rf"|\b[a-z]+s\s+you\s+already\s+know\b"
    # round 35: "its usual restrictions", "the same methods I teach", "write the way I talk",
    # "consistent with last term's", "sound like she did before", "do it differently this time",
    # "you'll know the kind of thing it says", "Standard stuff."
    rf"|\b(?:its|their)\s+(?:usual|normal|regular|standard)\s+[\w\-]+(?![^.!?\n]{{0,40}}\b(?:below|above)\b)"
    rf"|\bthe\s+same\s+(?:[\w\-]+\s+){{0,2}}?(?:that\s+)?(?:I|we)\s+(?:always\s+|usually\s+|normally\s+)?(?:teach|use|used|do|did|give|gave|follow|apply)\b(?!\s+(?:below|above|here|in\s+the\s+(?:example|sample)))"
    rf"|\b(?:write|writes|sound|sounds|talk|speak)\s+(?:it\s+)?(?:the\s+way|how|like)\s+(?:I|we)\s+(?:talk|speak|write|sound)\b"
    rf"|\b(?:consistent|in\s+line|in\s+keeping)\s+with\s+last\s+(?:year|term|semester|quarter|month|week|season|cycle|round|time){A}?s?\b"
    rf"|\blike\s+(?:he|she|they|you|we|I)\s+did\s+(?:before|last\s+time|previously)\b|\bdifferently\s+this\s+time\b"
    rf"|\byou{A}ll\s+know\s+(?:the\s+(?:kind|sort|type)\s+of|what(?:{A}s|\s+(?:is|to|I|we|it|they))|how\s+(?:to|I|we|it|they))\b"
    # "on-brand", "on voice": a brand the model is assumed to know (nine blind rounds labelled it so, not as a bar)
    rf"|\bon[\s-](?:brand|voice|message(?![\s-]+(?:history|content|text|body|queue|id|ids|type|types|count|bus|log|logs|thread|list|format|payload|data|level)\b))\b"
    # round 37: "match what finance gets", "covered in last quarter's review", "heard on the last call",
    # "the one for Monday's pipeline review", "same filters as the dashboard", "in the CFO's voice"
    rf"|\bmatch(?:es)?\s+what\s+(?:(?!(?:it|this|that|they|he|she|you|we|i)\b)[a-z]+|the\s+[\w\-]+|our\s+[\w\-]+)\s+(?:gets|got|has|shows|sees|reports|uses|sent)\b"
    rf"|\b(?:covered|discussed|agreed|mentioned|raised|shown|presented)\s+(?:in|at|during)\s+last\s+(?:week|month|quarter|year|term){A}s\s+[\w\-]+"
    rf"|\b(?:heard|said|promised|agreed|discussed|covered|told\s+them)\s+(?:on|in|at|during)\s+the\s+(?:last|previous)\s+(?:call|meeting|review|update|sync|board\s+meeting)\b"
    rf"|\bthe\s+one\s+(?:for|from)\s+(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day{A}s\s+[\w\-]+"
    rf"|\bsame\s+(?:[\w\-]+\s+)?as\s+(?:the|our|my)\s+(?:[\w\-]+\s+)?(?:dashboard|report|deck|sheet|spreadsheet|tracker|model|page|site|board\s+pack)\b(?!\s+(?:below|above|here|attached|I\s+(?:pasted|included)))"
    rf"|\bin\s+(?:the|our|my)\s+(?:(?-i:[A-Z]{{2,5}})|boss|founder|president|director|editor|chair|principal|head|owner|manager){A}s\s+(?:own\s+)?(?:voice|style|tone)\b"
    # round 36: "how our staff engineers phrase feedback", "our status page voice" (and "you'll know what's worth flagging", above)
    rf"|\b(?:how|the\s+way)\s+(?:our|my)\s+(?:[\w\-]+\s+)?[\w\-]+\s+(?:(?:usually|normally|always|typically)\s+)?(?:phrase|phrases|word|words|write|writes|handle|handles|say|says)\b(?!\s+(?:it|them|things)?\s*[:(])"
    rf"|\bour\s+(?!(?:company{A}s|team{A}s|usual|own|internal|house|brand|new|current|latest)\s)(?:[\w\-]+\s+){{1,2}}voice\b"
    # round 38: "like our best pickers talk", "like the senior leads would", "the standard items", "the normal QA items",
    # "whatever the engineer flagged in the RFI", "something Frank will sign off on", "the team knows what that sounds like",
    # "like the one after the scaffold fall last spring"
    rf"|\blike\s+(?:our|my|the)\s+(?:best|top|senior|experienced|old|usual|regular|good)\s+(?:[\w\-]+\s+)?[\w\-]+\s+(?:talk|talks|write|writes|do|does|would|sound|sounds|handle|handles)\b"
    rf"|\bthe\s+(?:standard|normal|usual|regular)\s+(?:[\w\-]+\s+)?(?:items|checks|points|bits|sections|questions|stuff|things|fields|caveats|disclaimers|lines|steps|extras|bits\s+and\s+pieces|categories|buckets|timelines|thresholds|definitions|ranges)\b(?!\s*(?:[:(]|below|above|listed|in\s+the\s+(?:list|table|template|checklist|section)))"
    rf"|\bwhatever\s+(?:the|our|my)\s+[\w\-]+\s+(?:flagged|said|mentioned|asked\s+for|wanted|raised|noted|wrote|sent)\b(?!\s+(?:below|above))"
    rf"|\b(?:something|one|anything|an?\s+[\w\-]+|the\s+[\w\-]+)(?:\s+[a-z]+)?\s+(?:that\s+)?(?-i:[A-Z][a-z]+)\s+(?:will|would|can|could)\s+(?:actually\s+)?(?:sign\s+off\s+on|approve|accept|be\s+happy\s+with|go\s+for|live\s+with)\b"
    rf"|\b(?:the\s+team|everyone|we\s+all|you)\s+knows?\s+what\s+(?:that|this|it|they)\s+(?:sounds|looks|means|reads|sound|look|mean|read)\s+like\b"
    rf"|\blike\s+the\s+one\s+(?:after|from|before|for|at|in|during)\s+(?:[\w\-]+\s+){{0,4}}?last\s+(?:spring|summer|autumn|fall|winter|year|month|week|time|quarter|season|term)\b"
    rf"|\b(?:same|similar)\s+(?:[\w\-]+\s+)?as\s+the\s+(?!(?:first|second|third|next|other|previous|last|above|below|following|example|sample|given)\b)(?:[\w\-]+\s+){{1,3}}?one\b(?!\s+(?:below|above|here|in\s+the|I\s+(?:pasted|included|attached)))"
    rf"|\bthe\s+[\w\-]+\s+(?:that\s+)?(?:the\s+team|we|I|they|he|she)\s+(?:doesn{A}?t|don{A}?t|does\s+not|do\s+not)\s+care\s+(?:about|for)\b"
    rf"|\bin\s+the\s+[\w\-]+\s+(?:community|house|team|company|brand)\s+(?:style|voice|way|tone)\b"
    rf"|\bthe\s+way\s+[a-z]+s\s+(?:usually|normally|always|typically)\s+(?:do|does|did|write|handle|phrase|word|tag)\b"
    rf"|\bwhat\s+(?:design|legal|product|marketing|finance|compliance|leadership|management|security|sales|ops)\s+(?:decided|agreed(?:\s+on)?|settled\s+on|signed\s+off\s+on|approved)\b"
    # round 32: "the migration we all know about", "like we score everything else", "the escalation matrix you were set up with",
    # "the coaching voice the enablement team uses", "the standard HR expects", "the numbers from Looker"
    rf"|\b(?:the\s+(?:[\w\-]+\s+){{0,2}}?[\w\-]+|that|which)\s+(?:we|you|everyone)\s+(?:all\s+)?know\s+about\b"
    rf"|\b(?:like|as|the\s+way)\s+we\s+[\w\-]+\s+(?:everything|all\s+the\s+others?|the\s+rest|every\s+other\s+[\w\-]+)\b"
    rf"|\bthe\s+(?:[\w\-]+\s+){{0,2}}?[\w\-]+\s+(?:that\s+)?you\s+(?:were|have\s+been|{A}ve\s+been)\s+(?:set\s+up\s+with|given|trained\s+on|briefed\s+on|shown|provided\s+with)\b(?!\s+(?:above|below|here|earlier\s+in))"
    rf"|\bthe\s+(?:[\w\-]+\s+)?(?:voice|tone|style|format|template|language|wording)\s+(?:that\s+)?the\s+(?:[\w\-]+\s+)?(?:team|department|desk|office|group|unit|panel|board|committee)\s+(?:uses|used|likes|prefers|wants)\b"
    rf"|\bthe\s+(?:standard|bar|level)\s+(?:that\s+)?(?:the\s+)?(?:[\w\-]+\s+){{0,2}}?(?:expects?|wants?|requires?|likes?)\b"
    rf"|\bthe\s+(?:numbers|figures|data|stats|metrics|dashboard|report|export|pipeline)\s+(?:from|in|on)\s+(?!{_PUBLIC}\b)(?-i:[A-Z][\w]+)\b(?!\s+(?:below|above|attached|pasted|here))"
    # round 29: "Standard minutes format.", "against last year's", "Don't forget the bit at the end"
    rf"|(?:^|(?<=[.!?]\s))(?-i:Standard|Usual|Normal)\s+(?:[\w\-]+\s+)?(?:format|template|layout|structure|wording|stuff|drill)\b(?!\s*(?:[:\u2014\u2013(]|-\s))"
    rf"|\b(?:against|versus|vs\.?|compared?\s+(?:to|with)|match(?:ing)?)\s+last\s+(?:year|term|semester|quarter|month|week|season|cycle|round){A}s\b"
    rf"|\b(?:forget|remember|include|add|keep|leave\s+in)\s+the\s+(?:usual\s+)?(?:bit|part|line|thing|stuff)\s+(?:at|on)\s+the\s+(?:end|bottom|top|start)\b"
    # round 30: "each team's escalation preferences", "usual exceptions apply", "they know the drill", "doing the thing again",
    # "the approved wording from legal"
    rf"|\b(?:each|every)\s+[\w\-]+{A}s\s+(?:[\w\-]+\s+)?(?:preferences|conventions|quirks|habits|house\s+rules|pet\s+peeves)\b"
    rf"|\busual\s+[\w\-]+\s+appl(?:y|ies)\b|\bknows?\s+the\s+drill\b|\bthe\s+thing\s+again\b"
    rf"|\bthe\s+(?:approved|agreed|signed[\s-]off|sanctioned)\s+(?:wording|language|text|copy|statement|lines|messaging|script|boilerplate)\b(?!\s*(?:below|above|[:(]))"
    rf"|\bthe\s+(?:things|stuff|points|bits|issues|areas|questions)\s+(?:that\s+)?(?:I|we)\s+(?:always|usually|normally|typically)\s+(?:care\s+about|look\s+for|check|ask\s+(?:about|for)|flag|focus\s+on|worry\s+about|push\s+back\s+on|pick\s+up\s+on)\b"
    rf"|\b(?:the|that)\s+(?:proper\s+|usual\s+|classic\s+|signature\s+)?(?-i:[A-Z][\w&]*)(?:\s+(?:&\s+)?(?-i:[A-Z][\w&]*)){{0,3}}\s+(?:feel|vibe|touch)\b",
    I,
)
# "you know our tone", "you know the names", "you know the drill" (not "if you know the answer")
_TONE_KNOWN = pattern(r"(?<!\bif\s)(?<!\bwhen\s)(?<!\bunless\s)(?<!\bwhether\s)\byou\s+(?:already\s+|probably\s+)?know\s+(?:our|my|the|all\s+the)\s+"
                      r"(?:tone|voice|style|brand|format|audience|customers?|preferences|standards|rules|names|drill|score|regulars|people|team|"
                      r"suppliers|routine|procedure|process|system|way\s+(?:we|I)\b|usual|area|family|kids|staff|members|crew)\b", I)

# Things a prompt often names as if the model knew them.
_NOUNS = (
    r"client|clients|customer|board|stakeholders?|campaign|brand\s+voice|brand\s+guidelines?|brand\s+book|voice|tone|style\s*guide|style|"
    r"guidelines?|standards?|conventions?|naming\s+conventions?|patterns|values|principles|norms|practices|template|brief|deck|worksheet|spreadsheet|"
    r"doc|docs|document|report|proposal|plan|playbook|policy|policies|process|specs?|specification|requirements|rubric|criteria|"
    r"checklist|framework|product|project|team|audience|persona|personas|company|partner|vendor|agency|investors|"
    r"grant\s+application|application|strategy|roadmap|pricing|offer|promo|competitors?|handbook|boilerplate|messaging|positioning|vibe|aesthetic|philosophy"
)
# Things whose identity lives in the writer's world: "the client", "the spring campaign".
_DEFINITE_HEADS = (
    r"client|clients|(?<!\bbulletin\s)(?<!\bnotice\s)(?<!\bmessage\s)(?<!\bmood\s)(?<!\bvision\s)(?<!\bkanban\s)(?<!\bjob\s)(?<!\bcircuit\s)(?<!\bchess\s)(?<!\bgame\s)(?<!\bsound\s)(?<!\bcutting\s)(?<!\bchopping\s)(?<!\bdrawing\s)(?<!\bironing\s)(?<!\bdiving\s)(?<!\bdart\s)(?<!\bscore\s)(?<!\bleader\s)(?<!\bstory\s)(?<!\bpin\s)(?<!\bcork\s)(?<!\bwhite\s)(?<!\bblack\s)board|campaign|brief|deck|worksheet|spreadsheet|doc|proposal|playbook|rubric|stakeholders|style\s*guide|"
    r"brand\s+guidelines?|brand\s+book|template|promo|gala|fundraiser|offsite|prospect|competitors?|strategy\s+doc|channel|personas?|"
    r"boilerplate|handbook|roadmap|case\s+study|pricing|launch\s+plan|one-pager|account\s+manager|agency|"
    r"checklist|policy|policies|runbook|sop|jd|job\s+description|stuff|(?:\w+\s+)?spreadsheet|tracker|wiki|notion\s+page|confluence\s+page|"
    r"vendor|supplier|landlord|contractor|team\s+lead|new\s+hire|sponsor|donor|committee|regulator|union|partners|"
    r"other\s+quote|agreement|master\s+services\s+agreement|msa|sow|mockups?|wireframes?|screenshots?|recording|"
    r"standup|retro|offsite|priorities|new\s+priorities|okrs|specs|standards|curriculum|price\s+list|rate\s+card|"
    r"known\s+(?:issues|problems|bugs|limitations)|brand(?![\s-]+(?:voice|guidelines?|book|kit|colou?rs|assets|name|tone|identity))"
)
# "the thing with the forklift", "the complaint from the Oakridge parents", "the photos from the site visit"
SITUATION = pattern(
    r"\bthe\s+(?!(?:\w+est|biggest|main|only|first|last)\b)(?:\w+\s+){0,2}?(?:thing|situation|stuff|mess|drama|business|saga|complaint|photos|incident)\s+(?:with|from|about|re|regarding)\s+(?:the\s+|our\s+|my\s+)?(?-i:[A-Z]\w+|\w+)(?:\s+\w+){0,2}",
    I,
)
# the material is said to be right here, but the prompt holds none: "per the email below", "the enclosed price list"
MISSING_HERE = pattern(
    r"\bthe\s+(?:enclosed|attached|linked)\s+(?:\w+\s+){0,2}\w+"
    r"|\bI{0}?ve\s+(?:included|attached|pasted|added|linked)\s+(?:the\s+)?(?:\w+\s+){{0,3}}(?:above|below)?".replace("{0}", "['\u2019]"),
    I,
)
REFERENCE = pattern(
    rf"\b(?:our|my)\s+(?:company{A}s\s+|team{A}s\s+|usual\s+|own\s+|internal\s+|house\s+|brand\s+|new\s+|current\s+|latest\s+|(?-i:[A-Z]{{2,6}})\s+)?({_NOUNS})\b"
    # an institution's own rules and texts: "the firm's thresholds", "the school's safeguarding protocol",
    # "the university's required AI-use statement", "the librarians' canned responses"
    rf"|\bthe\s+(?:(?:company|firm|agency|desk|practice|office|department|studio|paper|newsroom|chambers|council|university|school|college|lab|"
    rf"foundation|library|librarian|hospital|clinic|trust|board|committee|faculty|district|charity|institute|centre|center|museum|bank|insurer|"
    rf"club|society|ministry|funder|publisher|journal|network|unit|ward|surgery)(?:{A}s|s{A})|(?!(?:user|customer|caller|visitor|reader|participant)s{A})[a-z]{{3,}}s{A})\s+(?:[\w\-]+\s+){{0,2}}?"
    rf"(limits|rules|policy|policies|guidelines|standards|thresholds|criteria|conventions|voice|house\s+style|style\s+guide|protocols?|procedures?|"
    rf"statement|philosophy|colou?r\s+scheme|fonts|branding|templates?|wording|responses|boilerplate|checklist|rubric|requirements|approach|"
    rf"framework|values|disclaimer|language|playbook|handbook|script|scripts|guidance)\b|\bour\s+(signature\s+[\w\-]+)"
    rf"|\b(?:our|my)\s+((?:[\w\-]+\s+){{0,2}}?(?:table|tables|sheet|matrix|chart|thresholds|price\s+list|rate\s+card|criteria|codes|rates|tariff|scale|scoring\s+guide|policy|policies|procedure|handbook|playbook|conventions|guidelines|standards|style\s+guide))\b"
    rf"|\bthe\s+(?:(?!(?:the|a|an|this|that|following|above|below|attached|user|input|same|next|first|last|other|whole|entire|given|provided|original|corresponding|matching|respective|associated|configured|selected|specified|current|active|default|chosen|\w+er|\w+est|{_PUBLIC})\b)[\w\-]+\s+){{0,2}}?({_DEFINITE_HEADS})\b(?!\s+(?:email|post|copy|page|message|names?|field|column|id|type|section|table|format|template|list|macros?|modules?|code|logic|services?|components?|functions?|class|engine|scripts?|formulas?|below|above|update|updates|report|letter|newsletter|database|portal|form|survey|records?|account|profile|file|files|folders?|director(?:y|ies)|dir|repo|appeal|meetings?|outreach|segment|journey|experience|onboarding|relations|support|success|service|facing|side|persona|data|provided|given|described|catalogue|catalog|comments?|in\s+the|from\s+the\s+(?:input|data|table)|(?:at|in|under|by|from|per|via|using)\s+(?:\s|\S*/)))"
    # a standard the prompt tells the model to comply with and never gives: "follow the answer library
    # conventions", "apply the fund criteria" (not one the workspace holds: "the existing conventions")
    # (the verb is looked for behind a "the" found first: tried at every position, the lookbehinds cost a third of the lint)
    rf"|\bthe(?:(?<=\bfollow\sthe)|(?<=\bapply\sthe)|(?<=\bmatch\sthe)|(?<=\bstick\sto\sthe)|(?<=\bkeep\sto\sthe)|(?<=\badhere\sto\sthe)|(?<=\baccording\sto\sthe)|(?<=\bcomply\swith\sthe)|(?<=\bobserve\sthe))\s+"
    rf"((?!(?:existing|project|repo|repository|codebase|code|current|established|surrounding|following|above|below|same|local|file|module)\b)(?:(?!{_PUBLIC}\b)[\w\-]+\s+){{0,3}}?"
    rf"(?:conventions|guidelines|criteria|rules|wording|process|procedure|framework|matrix|rubric|protocol|standards|scoring))\b"
    rf"(?!\s+(?:below|above|here|listed|described|given|set\s+out|in\s+(?:this|the\s+(?:section|list|table|prompt|file|repo|codebase|project|existing))|of\s+(?:the|this)\s+(?:repo|codebase|project|file)))",
    I,
)
SENT_ATTACHED = pattern(
    rf"\bthe\s+(\w+(?:\s\w+)?)\s+(?:that\s+)?(?:I|we)\s+(?:just\s+|already\s+|previously\s+)?(?:sent|shared|uploaded|attached|linked|forwarded|gave\s+you|showed\s+you|pasted\s+earlier|mentioned|wrote)\b"
    rf"|\b(?:see\s+|check\s+|review\s+|use\s+|read\s+|per\s+)?(?:the\s+)?(?<!\bfile\s)attach(?:ed|ment)(?!\s+(?:to|names?|sizes?|types?|counts?|fields?|metadata|limits?|file\s*names?|paths?|uploads?|downloads?|handling|parsing|sanitization|sanitisation|storage|ids?|urls?|support)\b)(?:\s+(?:\w+))?\b|\bI{A}ve\s+attached\b|\bas\s+attached\b",
    I,
)
# generic or model-side references that need no description
_ROLES = frozenset("client clients prospect customer customers partner vendor agency stakeholders competitor competitors".split())
_SELF_EXPLANATORY = frozenset(
    "document doc docs product project team company process report application offer".split()
)
DELEGATION = pattern(
    rf"\bus(?:e|ing)\s+(?:some\s+|good\s+|sound\s+)?(?:judg(?:e)?ment|discretion|common\s+sense)\b|\bus(?:e|ing)\s+your\s+best\s+guess\b|\bus(?:e|ing)\s+your\s+(?:own\s+|best\s+)?(?:judg(?:e)?ment|discretion|intuition|instincts?|common\s+sense|imagination|brain|gut|taste|eye|head|noggin|sense)\b|\btrust\s+your\s+(?:gut|instincts?|judg(?:e)?ment|eye)\b|\bgo\s+with\s+your\s+gut\b"
    rf"|\b(?:handle|treat|deal\s+with|respond\s+to|process|address|manage|flag)\s+(?:\w+\s+){{0,3}}?(?:appropriately|accordingly|properly|sensibly|as\s+(?:appropriate|needed|necessary|required|you\s+see\s+fit))\b|\bbe\s+(?:picky|selective|smart|sensible|reasonable|strategic|thoughtful)\b(?!\s+(?:about|with|when)\s+\w+\s*:)|\b(?:whatever|wherever|whichever|whenever)\s+(?:you\s+think\s+)?(?:makes\s+(?:the\s+most\s+)?sense|works(?:\s+best)?|seems\s+(?:right|best|good|fair|reasonable|sensible|appropriate|fine)|feels\s+(?:right|fair)|you\s+think\s+is\s+best|you\s+(?:think|feel|want|like|prefer))\b"
    rf"|\b(?:spread|split|share|divide|allocate|assign|distribute|hand)\s+(?:\w+\s+){{0,3}}?(?:out\s+)?fairly\b(?!\s*(?:[:(]|by\b|so\s+that\b|[,\u2014\u2013-]\s*(?:by|so|i\.e\.|meaning)\b))"
    rf"|\b(?:sort|tidy|fix|clean|resolve|file|group|set|pick|choose|word|order|split|merge|round|treat|handle|deal\s+with)\s+(?:\w+\s+){{0,3}}?sensibly\b|\bhowever\s+(?:feels|seems|looks)\s+(?:right|best|fair|sensible)\b"
    # round 46: "decide case by case", "within reason", "however works best", "whatever is standard for school trips"
    rf"|\b(?:decide|judge|handle|assess|evaluate|treat|deal\s+with|take)\s+(?:(?:it|them|this|these|those|each)\s+)?(?:on\s+a\s+)?case[\s-]by[\s-]case\b"
    rf"|\bwithin\s+reason\b|\b(?:however|whatever|whichever)\s+(?:works|is|seems)\s+(?:best|easiest|most\s+sensible)\b"
    rf"|\bwhatever\s+(?:is|{A}s)\s+(?:standard|normal|usual|typical|customary)\b"
    rf"|\bhowever\s+you\s+(?:think|see\s+fit|like|want|prefer|feel)\b|\bas\s+you\s+see\s+fit\b|\b(?:it{A}s|that{A}s)\s+(?:totally\s+)?up\s+to\s+you\b|\b(?:your|you{A}re\s+the)\s+call\b"
    rf"|\byou\s+decide\b(?=\s*(?:[.!,;]|$))|\b(?:do|handle|fix)\s+(?:it|this|that)\s+(?:however|the\s+way|as)\s+you\s+(?:think|see|like|want)\b"
    rf"|\banything\s+(?:that\s+(?:looks|seems|feels)\s+)?(?:weird|odd|strange|off|funny|fishy|sketchy|wrong|unusual|suspicious|interesting|important|relevant|notable|problematic|bad|unreasonable|excessive|questionable|concerning)\b"
    rf"|\b(?:something|anything|stuff)\s+(?:looks|seems|feels)\s+(?:off|weird|wrong|odd|funny)\b|\byou\s+know\s+what\s+(?:I\s+mean|to\s+do)\b|\byou\s+know\s+yourself\b|\byou\s+get\s+me\b(?=\s*[.!?,;)]|\s*$)|\byou\s+get\s+what\s+I\s+mean\b|\byou{A}ll\s+(?:know|get\s+(?:it|the\s+\w+|what\s+I\s+mean))\b(?=\s*[.!?,;)]|\s*$)"
    rf"|\bthe\s+(?:right|obvious|usual|normal|appropriate)\s+(?:thing|stuff|things|way)\b|\bwhatever\s+is\s+(?:best|needed|appropriate|necessary)\b"
    rf"|\b(?:clean\s+up|fix|improve|tweak|adjust|change|cut|remove|changing|fixing|cutting|adjusting|tweaking)\s+(?:whatever|anything|what)\s+(?:needs|that\s+needs|you\s+think|that\s+should\s+be|that\s+ought\s+to\s+be)\b"
    # subjective criteria: "escalate the ones that seem serious", "in a sensible way", "when it's warranted"
    rf"|\b(?:that|which|who)\s+(?:seem|seems|look|looks|feel|feels|sound|sounds)\s+(?:\w+\s+)?(?:serious|important|urgent|relevant|suspicious|off|wrong|bad|risky|concerning|worrying|interesting|significant|unusual|unreasonable|excessive|unnecessary|problematic|weird|odd)\b"
    rf"|\b(?:pick|choose|select|shortlist)\s+the\s+(?:best|strongest|top|most\s+promising|weakest|worst)\s+(?:\w+\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|few|handful|ones?)\b"
    rf"|\b(?:pick|choose|select)\s+the\s+(?:right|best|appropriate|ideal|optimal)\s+(?:[\w\-]+\s+){{0,2}}?[\w\-]+"
    rf"|\bdecide\s+(?:which|what|whether)\s+(?:\w+\s+){{0,3}}?(?:is|are)\s+worth(?:\s+[a-z]+ing)?\b|\bas\s+you\s+(?:think|see|deem)\s+(?:best|fit|right|appropriate)\b"
    rf"|\b(?:where|when|if|wherever|whenever)\s+(?:it|that)\s+makes\s+sense\b(?!\s+to\b)|\bhowever\s+(?:much|many|long|far)\s+(?:feels|seems|looks)\s+(?:right|good|fair|reasonable)\b"
    rf"|\b(?:reasonable|sensible|appropriate|fair|healthy|suitable)\s+(?:[\w\-]+\s+){{0,2}}?(?:limits?|amounts?|prices?|deadlines?|budgets?|rates?|fees?|hours|targets?|caps?|quotas?|ranges?|defaults?|timeouts?|thresholds?|payment\s+plans?|plans?|timeframes?|time\s+frames?|notice)\b"
    rf"|\b(?:looks?|seems?)\s+out\s+of\s+the\s+ordinary\b|\b(?:isn{A}?t|is\s+not|aren{A}?t|are\s+not)\s+(?:really\s+)?(?:worth\s+(?:a|an|the|it|flagging|mentioning|including|keeping)|(?:\w+\s+)?(?:interesting|important|relevant|significant|serious|good|big)\s+enough)\b|\b(?:anyone|anybody|anything|whoever|those)\s+(?:who|that)\s+(?:looks?|seems?)\s+(?:like|to\s+be)\b"
    rf"|\bin\s+(?:a|any)\s+(?:sensible|reasonable|smart|sane|appropriate|suitable)\s+(?:way|manner|fashion)\b|\bif\s+you\s+feel\s+like\s+it\b"
    rf"|\b(?:when|where|if)\s+(?:it{A}s|it\s+is|that{A}s)\s+(?:warranted|called\s+for|justified|deserved|appropriate)\b"
    rf"|\banything\s+(?:else\s+)?(?:you\s+think|that\s+seems|non-essential|nonessential|unnecessary|that\s+matters|they{A}?ll\s+need|we\s+wouldn{A}?t)\b|\bwhatever(?:{A}s|\s+[\w\-]+)?\s*(?:is|isn{A}?t|is\s+not|seems|looks|\s)\s*(?:broken|wrong|off|missing|needed|important|relevant|unnecessary|excessive|pointless)\b"
    rf"|\bsomething\s+(?:along\s+those\s+lines|like\s+that|that\s+suits\s+(?:them|him|her|you))\b|\b(?:the\s+)?small\s+stuff\b|\banything\s+(?:weird|wierd|dodgy|odd|strange|fishy|funny|unusual|suspicious|sketchy|iffy)\b(?!\s*[:(])|\banything\s+(?:the\s+\w+|they|he|she|we|you)\s+(?:doesn{A}?t|don{A}?t|does\s+not|do\s+not|wouldn{A}?t)\s+(?:need|want|care)\b|\bwhat\s+(?:seems|feels|looks)\s+(?:right|best|sensible|reasonable|appropriate|fair)\b|\bwhatever\s+you{A}?d\s+(?:do|say|normally\s+do)\b|\b(?:people|customers|folks|everyone|visitors|guests)\s+(?:always|usually|normally|often|keep)\s+ask(?:ing)?\s+about\b|\b[a-z]+s\s+(?:always|usually|normally|typically)\s+ask\s+about(?=\s*(?:[.,;:)!?]|$))|(?<!\bstates\s)(?<!\bclaims\s)(?<!\bimplies\s)(?<!\basserts\s)(?<!\bcontains\s)"
    # ... what the user tells: "when they tell you something about themselves, save it"
    rf"(?<!\btell\syou\s)(?<!\btells\syou\s)(?<!\btold\syou\s)(?<!\bput\sin\s)(?<!\binclude\s)(?<!\badd\s)(?<!\bmention\s)(?<!\bshare\s)(?<!\bshares\s)(?<!\bshared\s)(?<!\bmentions\s)(?<!\bmentioned\s)(?<!\breveals\s)\bsomething\s+about\s+\w+"
    rf"|\b(?:include|flag|mark|keep|pick|choose|add|highlight|remove|leave\s+out|cut|skip|escalate|summari[sz]e|list|prioriti[sz]e|focus\s+on|go\s+deeper\s+on|answer|reply\s+to|drop|ignore)\s+(?:only\s+)?(?:the|any|anything|all\s+the|everything)\s+(?:really\s+)?(?:relevant|important|unimportant|interesting|suspicious|serious|significant|notable|necessary|unnecessary|essential|non-essential|useful|key(?=\s+(?!(?:to|in|into|of|for|from|on|at|with|by|and|or|is|are|was|were|that|which)\b)\w)|juicy|good|bad|weird|odd|off)\b(?:\s+\w+)?"
    rf"|\bif\s+(?:it|they|this|that)\s+(?:seems?|looks?|feels?|sounds?)\s+(?:\w+\s+)?(?:serious|important|urgent|bad|off|wrong|relevant|suspicious|fishy|legit|reasonable|fine|okay|ok)\b"
    rf"|(?<!\bdecides\s)(?<!\bdetermines\s)\bwhat{A}?s\s+(?:sensible|reasonable|appropriate|relevant|important|needed|necessary)\b|\bwhat\s+is\s+(?:sensible|reasonable|appropriate|relevant)\b"
    rf"|\b(?:where|when|as|if)\s+(?:needed|necessary|appropriate|relevant|required|applicable|helpful)\b(?!\s*[:(])(?!\s+[a-z]+\s+(?:is|are|was|were|has|have|fails?|passes|exists?|can(?:not|{A}t)?|could|will|would|should|must|may|might)\b)(?!\s+(?:information|info|fields?|data|details|inputs?|values?|parameters?|files?|documents?|items?|steps?)\b)(?!\s+(?:[\w\-]+\s+){{1,3}}(?:or\s+[\w\-]+\s+)?(?:is|are)\s+(?:missing|absent|unset|empty|not\s+(?:set|found|present|available))\b)|\bhowever\s+(?:makes\s+sense|you\s+like|seems\s+best)\b"
    rf"|\bdecide\s+for\s+yourself\b|\b(?:do|pick|choose|use|write|go\s+with|take)\s+what(?:ever)?(?:\s+[\w\-]+){{0,2}}?\s+you\s+(?:think|feel|reckon|believe)\s+(?:is\s+|would\s+be\s+|works\s+)?(?:works|best|right|fits?|appropriate|good|fine)\b"
    rf"|\b(?:anything|whatever|everything)\s+(?:the\s+|our\s+|my\s+)?[\w\-]+(?:\s+[\w\-]+)?\s+(?:would|will|might|may)\s+(?:care\s+about|want\s+to\s+know|be\s+interested\s+in|worry\s+about)\b|\b(?:anything|whatever|everything)\s+(?:they|he|she|we)(?:{A}d|{A}ll)\s+(?:care\s+about|want\s+to\s+know|be\s+interested\s+in|worry\s+about)\b|\bplay\s+it\s+by\s+ear\b|\buse\s+(?:some\s+)?common\s+sense\b|\bas\s+(?:much|many|little|few)\s+as\s+you\s+(?:think|see\s+fit|feel|like)\b"
    rf"|\ba\s+(?:reasonable|sensible|fair|decent|good|appropriate|suitable)\s+(?:discount|amount|price|number|length|budget|deadline|time|fee|rate|customer|candidate|offer|margin)\b"
    rf"|\bthe\s+(?:interesting|important|good|juicy|relevant|key)\s+(?:ones|bits|parts|stuff)\b"
    rf"|\bthe\s+(?:flaky|unreliable|problematic|sketchy|shady|difficult|tricky|annoying|lazy|deserving|troublesome|dodgy|iffy)\s+\w+s\b"
    rf"|\bthe\s+(?:people|folks|ones|person|team|guys)\s+who\s+(?:actually\s+|really\s+)?(?:know|own|understand|handle|care\s+about|deal\s+with|get|deserve|earned)\b"
    rf"|\bthe\s+(?:right|appropriate|proper|usual)\s+(?:\w+\s+)?(?:person|people|team|squad|group|folks|reviewers?|one|thing|stuff|way|tone|format|codes?|level|amount|places?|sources?|metrics|channel|answer|approach|contact|owner)s?\b"
    rf"|\bwhoever\s+(?:owns|handles|runs|looks\s+after|is\s+responsible\s+for|manages|maintains|deals\s+with)\s+(?:that|this|it|the)\b(?:\s+(?:area|bit|part|side|module|component|code))?"
    # "you'll figure it out from context": the reading left to the model
    rf"|\byou(?:{A}ll|\s+will|\s+can|\s+should)\s+(?:\w+\s+)?figure\s+(?:it|that|this|them)\s+out\b",
    I,
)
# criteria right after the delegation: "use your judgment: prefer ...", "anything weird, such as ...",
# "the usual format, which is: heading block, ..."
CRITERIA_AFTER = pattern(
    r"(?:\s+(?:on|about|for|over|regarding)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+(?=\s*[:\u2014\u2013]))?\s*(?:[:\u2014\u2013]|(?:,\s*)?(?:which|that)\s+(?:is|are|means)\s*[:\u2014\u2013]|(?:,\s*)?namely\b|-\s|\((?:e\.g|i\.e|such|like|for)|(?:,\s*)?(?:such\s+as|like|including|for\s+example|e\.g\.|i\.e\.|meaning|defined\s+as|based\s+on|according\s+to|using|by|weighing|considering|within|subject\s+to|as\s+long\s+as|provided|but\s+(?:prefer|keep|stay|never|always)|that\s+is|especially|particularly|in\s+particular|notably)\b)",
    I,
)
OPEN_END = pattern(
    r"(?:,\s*|(?<!\s)\s+)(?:etc\.?|et\s+cetera|and\s+so\s+(?:on|forth)|and\s+the\s+like|and\s+(?:stuff|things)(?:\s+like\s+that)?|or\s+whatever|and\s+more(?=\s*(?:[.,;:)\]!?]|$))|"
    r"and\s+all\s+that(?:\s+jazz)?|(?:and\s+)?whatnot|and\s+what\s+not|(?<=,\s)(?:stuff|things)\s+like\s+that|(?:and\s+)?(?:stuff|things|anything|something|issues|items|others)\s+(?:in\s+that\s+vein|along\s+(?:those|these)\s+lines|of\s+that\s+(?:sort|kind|nature|ilk))|and\s+other\s+(?:\w+\s+)?(?:metrics|details|issues|info|information|factors|stats|numbers|measures)(?:\s+(?:of\s+that\s+(?:sort|kind)|like\s+(?:that|those)))?|and\s+the\s+rest(?!\s+of\s+the\s+(?:day|week|month|year|term|morning|afternoon|evening|session|lesson)\b)|and\s+similar|and\s+such|and\s+(?:any\s+)?(?:other|similar)\s+(?:\w+\s+)?(?:things|stuff|junk|bits|items|bits\s+and\s+pieces)(?:\s+like\s+that)?|"
    r"among\s+other\s+things|(?:that|this)\s+(?:kind|sort)\s+of\s+(?:thing|stuff)|(?<=and\s)the\s+works(?!\s+(?:listed|below|above|of|by|named|cited|in)\b)|blah(?:[\s,]+blah)+|yada(?:[\s,]+yada)+|whatever\s+else(?:\s+you\s+\w+)?)(?![\w])"
    r"|,\s*(?:\.{3}|\u2026)(?!\s*,\s*\w)(?!\s*[\]}])",
    I,
)


def check(block: Block, ctx: DocContext) -> list[Finding]:
    if block.kind == "heading":
        return []  # a title ("Use when applicable", "Claude's review checklist") names the section below it
    text = block.text
    out: list[Finding] = []
    taken: list[tuple[int, int]] = []

    def add(rule: Rule, s: int, e: int, message: str) -> None:
        if in_quotes(block, s, e) or any(a < e and s < b for a, b in taken):
            return
        taken.append((s, e))
        out.append(make(rule, block, s, e, message))

    for m in SENT_ATTACHED.finditer(text):
        noun = (m.group(1) or "").lower()
        if ctx.includes_data() or (noun and ctx.is_described(noun)) or _described_after(text, m.end()):
            continue
        if _OPENED_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue  # "not her fault for opening the attachment": one in the story, not material for the model
        if _WITH_BEFORE.search(text, max(0, m.start() - 80), m.start()) and not m.group().lower().startswith(("the", "see", "check")):
            continue  # "a wrong unit or entity attached", "with a note attached": what comes with a thing
        word = _ATTACH_WORD.search(text, m.start(), m.end())
        if word and (_BY_USER_AFTER.match(text, word.end()) or _AS_FILE_AFTER.match(text, word.end())):
            continue  # "prompt files explicitly provided or attached by the user", "attached as termbase.tbx": supplied, and named
        if block.kind == "list_item" and m.group().lower().startswith("attach") and _CONDITION_ITEM_BEFORE.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            continue  # "1. W-9 attached and TIN matches": a condition to check, in a checklist
        add(UNDESCRIBED, m.start(), m.end(), f"Points at material the prompt does not include: \"{phrase(block, m.start(), m.end())}\"")
    for m in _TONE_KNOWN.finditer(text):
        add(SHARED_HISTORY, m.start(), m.end(), f"Assumes the model knows your context: \"{phrase(block, m.start(), m.end())}\"")
    for m in HISTORY.finditer(text):
        if (m.group()[:3].lower() in ("on-", "on ") or m.group().lower().endswith(" voice")) and (ctx.has_style_guide() or ctx.is_described("brand") or ctx.is_defined("on-brand")):
            continue  # "Keep it on-brand", "in our support voice", under a "## Brand voice" section: it is written out
        vague = _VAGUE_EVENT.search(m.group()) or _COMPARED_WITH.match(m.group())  # (nor what "the same as last year's" was)
        if _described_after(text, m.end()) or _narrated(text, m.start()) and not vague or _named_elsewhere(m.group(), ctx) and not _HABIT.search(m.group()):
            continue  # (a name used elsewhere in the prompt says who, not how they would put it: "what Mama T would say";
            # a figure in the sentence does not say what "the Okta thing" was)
        if _CREATED_BEFORE.search(text, max(0, m.start() - 16), m.start()) or _PERSONA_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue  # "Write this week's email": the output itself; "in character as the old keeper": a role
        if _OWN_USUAL.match(m.group()) and _YOUR_OWN_BEFORE.search(text, _clause_start(text, m.start(), ".;!?\n"), m.start()):
            continue  # "restart your response as usual": the model's usual is what this prompt says
        if ctx.is_defined(_bare(m.group())):
            continue  # "... and house style." with "House style: ..." spelled out in the prompt
        if (_PERSON_STYLE.search(m.group()) or _SOUND_LIKE_BEFORE.search(text, max(0, m.start() - 16), m.start()) and _A_NAME.search(m.group())) \
                and ctx.has_style_guide():
            continue  # "in Shing Lyu's personal style", "Sound like Robert would", with a voice section: it is written out
        if _USUAL_OPENER.fullmatch(m.group()) and _opens_sentence(text, m.start()) and _STATED_CLAUSE_AFTER.match(text, m.end()):
            continue  # "As usual, patronage figures come straight from <events>": the sentence states the practice
        if _STANDARD_THING.match(m.group()) and ctx.is_described(m.group().split()[-1]):
            continue  # "fill in the standard template", under "## Fill in the template"
        if _IN_THIS_CONVERSATION.search(text, 0, m.start()) or _ASKS_USER_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            continue
        if _CHAT_SO_FAR.fullmatch(m.group()) and _READS_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "Always analyse previous conversation": the chat the model is in, which it reads
        if _USUAL_WAY.fullmatch(m.group()) and _quote_before_in_sentence(block, m.start()):
            continue  # 'Start with "Greetings, members" the way we always do': the usual is quoted right there
        if (m.group().lower() == "last time" and _TOLD_BEFORE.search(text, max(0, m.start() - 80), m.start())
                and not _UNTOLD_SET_BEFORE.search(text, max(0, m.start() - 80), m.start())):
            continue  # "we ran out by Saturday lunchtime last time": the history is told (not "the objections they raised")
        if _IDENTIFIED_AFTER.match(text, m.end()) or _ORDINAL.search(m.group()) and _POSITION_AFTER.match(text, m.end()):
            continue  # "the one provided by fork()", "the last call to `fn`", "as the last argument": it says which
        if _TRANSFER_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "after writing the last response": a step in a protocol, not a past conversation
        if _AVERSION_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "I can't take another week like the last one": a feeling about the past, no model to copy
        if text.startswith("/", m.end()) or _FIRST_AND_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "the changes as before/after": a pair of states; "the first and last time": two timestamps
        that = _THAT_NOUN.search(m.group())
        if that and re.search(r"\b%s\b" % re.escape(that.group(1)), text[:m.start()], re.I):
            continue  # "check out a new branch ... and make changes in that branch": the one just named
        if _told_right_after(m.group(), text, m.end()):
            continue  # "Last time someone sent the VP ...", "the last draft got shredded ...": the history is told right there
        if _CODE_APPOSITION_BEFORE.search(text, max(0, m.start() - 200), m.start()):
            continue  # "`actions/action-log.md`, the Leadership Team's running action log": the file says which
        if _SECTION_LIST_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            continue  # "Sections: What we discussed; What we agreed": the output's headings, not a past talk
        if _THIS_PERIOD.match(m.group()):
            continue  # "turn this week's list into the sheet": the current one, handed over, not history
        if _WRITER_PASTES_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            continue  # "I paste in the rep's pipeline export and last week's call scores": the writer hands it over
        if _HANDED_OVER_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue  # "Attached is the Cost Explorer export": handed over right here
        if _EVENT_NAMED.match(m.group()) and _UPCOMING_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "so they can check it before the client review on Wednesday": a deadline to come, nothing to copy
        if _NAMED_METHOD_AFTER.match(text, m.end()):
            continue  # "Follow the Receive an Object, Return an Object (RORO) pattern": a named, public method
        if _VERDICT_NOUN.search(m.group()):
            continue  # "not the garbage we got from the last tool": a verdict on it, nothing to copy
        if _ROLE_POSSESSIVE.match(m.group()):
            continue  # "- Caller's email", "User's communication style": the details of whoever the model serves
        if _INPUT_LABEL.fullmatch(m.group()) and not text[:m.start()].strip(" \t*-+") and not text[m.end():].strip(" \t.;:,"):
            continue  # "* Previous conversation" as a whole list item: the name of an input, not a reference to one
        if _NOTED_BY_WRITER.search(m.group()) and ctx.includes_data():
            continue  # "the stems I noted", with the consult notes pasted in: what was noted is there
        if _WHAT_YOU.match(m.group()) and _REPORTS_BEFORE.search(text, max(_clause_start(text, m.start(), ".;!?"), m.start() - 60), m.start()):
            continue  # "record what you did", "naming what you found and what you did": the model's own report
        add(SHARED_HISTORY, m.start(), m.end(), f"Refers to shared history the model never saw: \"{phrase(block, m.start(), m.end())}\"")
    for m in DELEGATION.finditer(text):
        if CRITERIA_AFTER.match(text, m.end()) or _criteria_in_sentence(text, m.end()) or _condition_given(block, m.start(), m.end()):
            continue
        if _PURPOSE_AFTER.match(text, m.end()):
            continue  # "only if needed to proceed correctly": the need is named
        if m.group().lower().endswith("accordingly") and _SENTENCE_END.search(text, 0, m.start()):
            continue  # "They are adventurers. Treat all requests accordingly.": in line with what was just said
        if _EXAMPLE_NEXT.match(text, m.end()):
            continue  # "Use colour where it makes sense. For example, green for success, ...": shown next
        if _PREDICATE_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _rationale(text, m.start()):
            continue  # "why the solution is the right one", "This helps agents jump to the right place"
        if _ASKS_USER_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            continue  # "ask if anything important was missed": the user answers it
        if _placeholder(text, m.start(), m.end()) or _SETUP_BEFORE.search(text, max(0, m.start() - 60), m.start()) and _CONDITIONAL.search(m.group()):
            continue  # "[Account verification if needed]": a slot in a template; "create the folder if needed": if it is missing
        if m.group().lower().endswith("applicable") and _GIVEN_CHOICE_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            continue  # "major.minor or major.minor.patch, as applicable": the facts pick between the options named
        if _PROVIDED_AFTER.match(text, m.end()):
            continue  # "Sensible defaults are provided for all options": says what the code has, asks for nothing
        if _LOOKS_WRONG.fullmatch(m.group()) and _INCLUDING_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "copy names as written, including spellings that look wrong": kept as they are, nothing to judge
        if _RIGHT_ONE.fullmatch(m.group()) and _WHETHER_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            continue  # "you don't know if the skill teaches the right thing": a question about it, not a task
        chosen = _RIGHT_ONE.fullmatch(m.group())
        if chosen and (ctx.is_described(chosen.group(1)) or ctx.introduced(chosen.group(1))):
            continue  # "assign the appropriate team", with the teams listed in the prompt
        add(DELEGATED, m.start(), m.end(), f"Leaves the judgment to the model without criteria: \"{phrase(block, m.start(), m.end())}\"")
    for m in REFERENCE.finditer(text):
        said = next(g for g in m.groups() if g)
        if said.isupper() and said.lower() not in _ACRONYM_HEADS:
            continue  # "the DOC region", "the BRIEF field": an acronym or a name, not "the doc"
        noun = " ".join(said.lower().split())
        possessive = any(m.group(g) is not None for g in (1, 3, 4))  # "our X", "our signature X", "our price list"
        if ctx.is_described(noun) or _described_after(text, m.end()) or ctx.is_defined(noun) or _narrated(text, m.start()) and _opens_sentence(text, m.start()):
            continue
        if re.search(r"(?-i:[A-Z][\w\-]+),\s*$", text[max(0, m.start() - 40):m.start()]):
            continue  # "Ola, the new sales rep": the name says who
        if _EXPLAINS_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "... to stdout: that's the protocol channel": says what a thing is, asks for nothing
        if noun == "board" and (_ALONG_BEFORE.search(text, max(0, m.start() - 60), m.start()) or _PLACE_AFTER.match(text, m.end()) or sum(map(ctx.mentions, ("game", "games", "Game", "Games"))) >= 2 or any(map(ctx.mentions, _HARDWARE_WORDS))
                                or any(map(ctx.mentions, _NAMED_BOARDS))):
            continue  # a board things move on; the board of the game, the circuit board or the chalkboard the prompt is about
        if noun in _GROUP_NOUNS and _NOUN_AFTER_GROUP.match(text, m.end()):
            continue  # "the committee vacancy", "the board nomination form": the thing, not the group (but "the board's
            # comments" are material the prompt does not hold)
        if noun.endswith("client") and _SOFTWARE_CLIENT.search(noun):
            continue  # "The game client sends:", "the email client": software, not a customer
        if noun == "client" and (_ON_BEFORE.search(text, max(0, m.start() - 6), m.start()) or _SERVED_TO_BEFORE.search(text, max(0, m.start() - 24), m.start())):
            continue  # "runs on the client": the client side of a system, not a customer
        if _LEFT_OUT_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "the interesting parts, not the boilerplate": what to leave out needs no description
        if _THIRD_PARTY_ACTS_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "legal is reviewing the MSA": a fact about someone else's work on it, nothing the model must use
        if _OTHERS_ACT_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            continue  # "so the checker can escalate under our dangerous-structures procedure": theirs to follow
        if noun.endswith("s") and not possessive and ctx.mentions(said[:-1]):
            continue  # "copying the partners", with "Dr Okafor (GP partner)": the prompt says who a partner is
        if _TROUBLE_WITH_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "or I'm in serious trouble with the board": a part of the writer's worry, nothing the model must use
        if _DESTINATION_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "it's going straight into the deck": where the output ends up, nothing to use
        if _SIGN_OFF_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "Sign it from the committee": a signature, the model needs nothing more
        if "   " in m.group() or _CODE_APPOSITION_BEFORE.search(text, max(0, m.start() - 200), m.start()):
            continue  # "the `ext-attach:<name>` socket channel", "`actions/log.md`, the team's log": code says which
        if _HELPS_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue  # "You help the HR business partners draft letters": the people the model works for
        if _FILE_NAMED_BEFORE.search(text, max(0, m.start() - 120), m.start()):
            continue  # "follow .github/copilot-instructions.md for the full style guide": the file is named
        if _WRITER_SENDS_BEFORE.search(text, max(0, m.start() - 50), m.start()):
            continue  # "I will send you the product specs": the writer supplies it
        if noun.split()[-1] not in _ROLES and (_WRITER_SENDS_LATER.search(text, m.end(), m.end() + 160)
                                               or _INPUT_SENTENCE.match(text, _clause_start(text, m.start(), ".!?\n"))):
            continue  # "listings for the stuff I'm clearing out. I'll paste one item at a time"; "Input is ..., plus the Slack log"
            # (material, not people: "you'll get an email from the client" still leaves the client unknown)
        if _FIELDS_AFTER.match(text, m.end()):
            continue  # "a row from our deadlines sheet, with these fields: ...": its shape is given
        if _DOES_ITSELF_AFTER.match(text, m.end()) or _USER_SUPPLIES_AFTER.match(text, m.end()) or _POINTED_AFTER.match(text, m.end()):
            continue  # "the email template adds its own styling"; "the export the user attaches"; "the runbook link from `x`"
        if possessive and _POSSESSOR_AFTER.match(text, m.end()):
            continue  # "for our agency's clients": who the clients belong to, nothing the model must know
        if possessive and noun in _SELF_EXPLANATORY:
            continue
        if possessive and noun in _SHOWN_BY_WRITING and any(map(ctx.has_data_tag, _OWN_WRITING_TAGS)):
            continue  # "Keep my voice." over <draft>...</draft>: the draft shows it
        if not possessive and ctx.introduced(noun):
            continue
        if not possessive and noun.split()[-1] in _ROLES and ctx.includes_data():
            continue  # a role whose details arrive as data: "the prospect" filled in <form>
        if not possessive and noun in _ROLES and not noun.endswith("s") and (ctx.mentions(noun + "s") or ctx.mentions(noun.capitalize() + "s")):
            continue  # "move prospects through the pipeline" ... "talk over the prospect": the one at hand
        add(UNDESCRIBED, m.start(), m.end(), f"Names something the prompt never describes: \"{phrase(block, m.start(), m.end())}\"")
    for m in SITUATION.finditer(text):
        if _described_after(text, m.end()) or ctx.includes_data():
            continue
        add(UNDESCRIBED, m.start(), m.end(), f"Names something the prompt never describes: \"{phrase(block, m.start(), m.end())}\"")
    if not ctx.includes_data():
        for m in MISSING_HERE.finditer(text):
            if _described_after(text, m.end()):
                continue  # "the attached text in one sentence: "The county will ..."": shown right there
            add(UNDESCRIBED, m.start(), m.end(), f"Points at material the prompt does not include: \"{phrase(block, m.start(), m.end())}\"")
    for m in OPEN_END.finditer(text):
        s = m.start() + len(m.group()) - len(m.group().lstrip(", \t\n"))
        colloquial = _COLLOQUIAL.search(m.group())  # "and other relevant stuff": the writer's own list is open
        if (_is_list_before(text, m.start()) and (colloquial or not _illustrates_category(text, m.start(), m.end())) and not _named_items(block, m.start())
                and not _progression(text, m.start()) and not _CATEGORY_NEXT.match(text, m.end()) and not menu_of_options(text, m.start())
                and not _BOUNDED_AFTER.match(text, m.end())
                and not _EXAMPLES_OF_NAMED.match(text, _clause_start(text, m.start(), ".:;\n"))):
            add(OPEN_LIST, s, m.end(), f"Leaves the model to complete the list: \"{phrase(block, s, m.end())}\"")
    out.extend(team_phrase_findings(block, ctx, "inference", TEAM_INFERENCE))
    return out


# "Earlier in this conversation we agreed ...": history the model can read
_USUAL_WAY = pattern(r"the\s+way\s+(?:we|I|you)\s+(?:always|usually|normally)(?:\s+\w+)?", I)
_CHAT_SO_FAR = pattern(r"(?:previous|earlier)\s+(?:conversation|chat|session)", I)
_READS_BEFORE = pattern(r"\b(?:analy[sz]e|read|re-?read|check|review|scan|consult|look\s+(?:at|through|back\s+at)|refer\s+(?:back\s+)?to|go\s+(?:through|over))\s+(?:the\s+)?$", I)
_IN_THIS_CONVERSATION = pattern(r"\b(?:in|from)\s+(?:this|our\s+current|the\s+current)\s+(?:conversation|chat|thread|session)\b", I)
# (a dash gives a description, "the Henderson job -- a kitchen refit", unless what follows is an
# aside: "Same as the DHL batch -- nothing fancy")
_DESCRIBED_AFTER = pattern(
    r"\s*(?::\s*(?:\S|$)|\((?!see\b(?!\s+(?:below|above|later)\b))(?![^)]*\b(?:etc|and\s+so\s+on)\b)[^)]{3,}\)|,\s*(?:a|an|which|who|whose|i\.e\.)\s"
    r"|(?:is|are|says|means|requires)\s+(?:that\s+)?\w+\s+\w+\s+\w+|(?:bans|forbids|prefers|allows|uses|calls\s+for|asks\s+for)\s+\S+\s+\w+|,\s*(?:meaning|that\s+is|namely)\s|(?:(?:is|are)\s+)?(?:described|defined|listed|outlined|shown|attached|provided|included|pasted|quoted)\s+(?:above|below|here|in)|(?:[\w\-]+\s+)?(?:is|are)\s+(?:below|above)\b"
    r"|(?:below|above|here)\b|(?:that|who|which)\b[^.!?\n]{0,80}:|\s*(?:[a-z]+\s+)?(?:--|[\-\u2014\u2013])\s+(?!(?:nothing|no|not|just|only|keep|please|thanks|and|but|so|again)\b)\w+(?:\s+\w+|,\s*[\w\-]+[^.!?\n,]*,)|[^.!?:\n]{0,60}?,\s*which\s+means\s*:"
    r"|(?:[\w\-]+\s+){0,2}(?:is|are)\s*:|of\s+(?:the\s+)?(?-i:[A-Z])[\w&'\-]*|with\s+the\s+(?:highest|lowest|most|least|largest|smallest|biggest|longest|shortest|latest|earliest)\b)",
    I,
)


# what picks the thing out, right after it: a participle with its agent or source ("the one
# provided by fork()"), a call to code (inline code reaches the rules blanked, a run of spaces),
# or a clause that dates it ("the last time this file was modified")
_IDENTIFIED_AFTER = pattern(
    r"\s+(?:(?:provided|obtained|returned|given|produced|emitted|created|generated|passed|raised|thrown|received|stored|specified|exported)\s+(?:by|from|to|in)\b"
    r"|to\s{3,}|(?:this|that|each|its|a|an)\s+\w+\s+(?:was|were|is|got)\s+(?:last\s+)?\w+ed\b)",
    I,
)
# (not "what we worked on last time": that asks the model to know what it was)
_TOLD_BEFORE = pattern(r"(?<!\bwhat\s)(?<!\bhow\s)\b(?:we|I|they|it|he|she)\s+(?:\w+ed|ran|went|sold|had|was|were|got|came|made|took|did|lost|found|saw|left|forgot|missed|broke)\b[^.!?\n]{0,60}$", I)
_UNTOLD_SET_BEFORE = pattern(r"\bthe\s+[\w\-]+\s+(?:that\s+|which\s+)?(?:we|I|they|he|she|it)\s+\w+\b[^.!?\n]{0,40}$", I)
_ORDINAL = pattern(r"\b(?:last|previous|prior|earlier|first)$", I)
# a place in a sequence: "as the last argument", "the previous item"
_POSITION_AFTER = pattern(
    r"\s+(?:[\w\-]+\s+)?(?:argument|parameter|param|item|element|entry|line|row|column|field|step|word|character|char|position|slot|value|page|"
    r"sheet|slide|tab|card|screen|"
    r"paragraph|sentence|section|bullet|node|child|token|segment|chapter|frame|byte|digit|letter|cell|index"
    # ... or in the conversation the model is in: "stay consistent with previous statements"
    r"|statement|message|turn|repl(?:y|ie)|answer|response|remark|exchange"
    # ... or an idiom of order: "as the last resort"
    r"|resort|option|fallback)s?\b", I)
# the model telling what it did in this session: "record what you did", "summarize what you found and what you did"
_REPORTS_BEFORE = pattern(r"\b(?:record|note|log|track|list|document|report|summari[sz](?:e|ing)|summary\s+of|recap|describe|explain|explanation\s+of|nam(?:e|ing)|writ(?:e|ing)\s+down|state|display|show|print)\b", I)
# a feeling about the past, not a model to copy: "I can't take another week like the last one"
_AVERSION_BEFORE = pattern(rf"\b(?:can{A}?t|cannot|couldn{A}?t|won{A}?t|not)\s+(?:\w+\s+)?(?:take|face|handle|stand|survive|bear|go\s+through|cope\s+with|sit\s+through|do|live\s+through|manage)\s+another\b[^.!?\n]{{0,30}}$", I)
# the history told right after "last time": "Last time someone sent the VP a ten-page essay"
_TOLD_AFTER = pattern(r",?\s+(?:someone|somebody|we|I|they|he|she|it|(?:the|our|a|an)\s+[\w\-]+(?:['\u2019]s)?(?:\s+[\w\-]+)?|[a-z]{3,}s)\s+[\"\u201c]?(?:\w+ed|ran|went|sold|had|was|were|got|came|made|took|did|lost|found|saw|left|forgot|missed|broke|sent|wrote|gave|told|put)\b", I)
# ... but "our agency's style guide" still points at something the model never saw
_POSSESSOR_AFTER = pattern(r"['\u2019]s?\s+(?!(?:[\w\-]+\s+)?(?:style|guide|guidelines|format|template|rules|tone|voice|way|standards?|brand|"
                           r"polic(?:y|ies)|preferences|conventions|house|usual|normal|standard)\b)", I)
_WHAT_YOU = pattern(r"what\s+you\b", I)
# options spelled out just before: "major.minor (e.g. 7.1) or major.minor.patch (e.g. 7.1.2) version, as applicable"
_GIVEN_CHOICE_BEFORE = pattern(r"\S\s+or\s+[^;:!?\n]{1,60},\s*$", I)
# a statement of what is there: "Sensible defaults are provided for all configuration options"
_PROVIDED_AFTER = pattern(r"\s+(?:are|is|were|was|get|gets)\s+(?:\w+ly\s+)?(?:provided|used|set|applied|included|built[\s\-]in|configured|shipped|defined|supplied|baked\s+in)\b", I)
_TRANSFER_BEFORE = pattern(r"\b(?:writing|sending|sent|reading|parsing|receiving|received|flushing|streaming)\s+$", I)


def _described_after(text: str, end: int) -> bool:
    """"our style guide: British spelling, …", "the client (a law firm)", "the board described
    above", "the board that approves the spend: five partners", "the way we did for Henderson:
    a one-line headline, …" describe it on the spot."""
    if _DESCRIBED_AFTER.match(text[end:end + 120]) or _IN_A_FILE.match(text, end) or code_follows(text, end):
        return True
    if _DEFINED_FURTHER_ON.match(text, end, end + 120):
        return True  # "the full persona, responsibilities, and constraints defined in the agent file below"
    rest = re.split(r"(?<=[.!?])\s|\n", text[end:end + 200], maxsplit=1)[0]
    return ":" in rest[:60] and len(rest.split(":", 1)[1].split()) >= 3


# (the rest of a list of things, then where they are set out)
_DEFINED_FURTHER_ON = pattern(r"[^.!?\n]{0,80}?\b(?:defined|described|listed|specified|set\s+out|outlined|given|provided)\s+(?:in\s+(?:the\s+|this\s+)?(?:[\w\-]+\s+){0,2})?(?:below|above)\b", I)


# "the checklist ... is in `references/rules.md`", "... procedures. See `formats.md`", "see
# docs/style.md": the model can open it (inline code reaches the rules blanked, a run of
# spaces). Not any path: "the brand kit in /shared/brand" may be a drive the model never sees.
_IN_A_FILE = pattern(r"[^\n]{0,160}?(?:\b(?:see|(?:is|are|lives?)\s+in)\s{3,}|\b(?:see|in|at|from|under|read|per)\s+(?:the\s+)?[\"']?[\w.\-~/]*\.(?:md|mdx|txt|json|ya?ml|toml|csv|rst)\b)", I)
# a question the model puts to the user: "ask where they are from or what they usually eat"
_ASKS_USER_BEFORE = pattern(r"(?:(?:^|(?<=[.!?:;,*\-]))\s*|\b(?:and|then|or|to|should|must|always|please|briefly)\s+)ask\s+(?:briefly\s+)?(?:the\s+\w+\s+|them\s+|him\s+|her\s+|users?\s+)?(?:if|whether|where|what|how|which|who|when|about)\b[^.!?\n]{0,60}$", I)
_TROUBLE_WITH_BEFORE = pattern(r"\b(?:trouble|hot\s+water|bad\s+books)\s+with\s+$", I)
_LEFT_OUT_BEFORE = pattern(r"\b(?:not|never|no|rather\s+than|instead\s+of|avoid|skip|without)\s+$", I)
_WITH_BEFORE = pattern(r"\bwith\b[^.!?\n]*$", I)
# who attaches it: "attached by the user", "attached separately by the system"
_ATTACH_WORD = pattern(r"attach(?:ed|ment)\b", I)
_BY_USER_AFTER = pattern(r"\s+(?:or\s+\w+\s+)?(?:separately\s+)?by\s+(?:the\s+)?(?:user|customer|caller|requester|client|human|operator|system|app|application|backend|pipeline|tool)\b", I)
_AS_FILE_AFTER = pattern(r"[ \t]+as[ \t]+[`'\"]?[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z0-9]{2,5}\b")
# a bare noun opening a list item ("W-9 attached and TIN matches"), not a request ("Summarize attached")
_CONDITION_ITEM_BEFORE = pattern(r"[ \t]*(?:(?:[-*+]|\d+[.)]|\[[ xX]?\])[ \t]+)?(?:[\w\-/]+[ \t]+){0,1}(?!(?:see|review|read|check|use|per|as|find|open|summari[sz]e|analy[sz]e|edit|translate|process|rewrite|fix|update|answer|reply\s+to|the|is|are)\b)[\w\-/]+[ \t]+", I)
_HARDWARE_WORDS = ("firmware", "GPIO", "MCU", "PCB", "ESP32", "STM32", "Arduino", "microcontroller", "Raspberry")
# a board of one kind the prompt names: "the board" is that one ("the chalkboard specials ... how the board's
# always been done")
_NAMED_BOARDS = tuple(w for base in ("chalkboard", "blackboard", "whiteboard", "noticeboard", "corkboard", "pinboard",
                                     "menuboard", "scoreboard", "leaderboard", "storyboard", "moodboard", "dartboard",
                                     "chessboard") for w in (base, base.capitalize()))
# the writer's own text, pasted in: it shows "my voice" ("<draft>", "<chapter>", "<sample>")
_OWN_WRITING_TAGS = ("draft", "chapter", "manuscript", "sample", "writing", "essay", "excerpt")
_SHOWN_BY_WRITING = frozenset(("voice", "tone", "style", "writing style", "writing voice"))
# the writer's own notes: "the stems I noted", "the points I jotted down"
_NOTED_BY_WRITER = pattern(r"\b(?:I|we)\s+(?:noted|jotted(?:\s+down)?|wrote\s+down|marked|flagged|highlighted|listed)$", I)
# "if needed to proceed", "when necessary for the build to pass": what the need is, said right after
_PURPOSE_AFTER = pattern(r"\s+(?:to|for)\s+(?:proceed|continue|complete|finish|answer|run|build|compile|pass|avoid|keep|make|meet|reach|unblock)\b", I)
# the writer hands it over: "I will send you the product specs", "we'll paste in the brief"
_WRITER_SENDS_BEFORE = pattern(r"\b(?:I|we)(?:['\u2019]ll|\s+will|\s+am\s+going\s+to)?\s+(?:paste|send|give|attach|share|upload|provide|forward|drop)\s+(?:you\s+)?(?:in\s+)?$", I)
# the person the model serves, by role: "Caller's email", "User's communication style"
_ROLE_POSSESSIVE = pattern(r"(?:user|caller|customer|client|patient|student|guest|member|candidate|applicant|visitor|buyer|seller|tenant|player|learner|reader|sender|recipient|requester|translator|editor|reviewer|author|examiner|assessor|interviewer|interviewee|witness)s?['\u2019]s?\b", I)
# what a memory or context list names: "* Previous conversation"
_INPUT_LABEL = pattern(r"(?:previous|last|earlier|past)\s+(?:conversations?|sessions?|chats?)", I)
# a file named right before: "follow .github/copilot-instructions.md for the full style guide"
_FILE_NAMED_BEFORE = pattern(r"[\w\-/]\.(?:md|mdx|txt|json|ya?ml|toml|rst|pdf|docx?)\b(?:\s+(?:file|doc|document))?\s+(?:for|has|holds|contains|with|is)\s+$", I)
# "As usual, <a clause of its own>": what is usual is the rest of the sentence
_USUAL_OPENER = pattern(r"as\s+(?:usual|always|before)|(?:like|as)\s+last\s+time", I)
# (after what the habit is for: "As usual for the night shift, start both vans at the depot."; the
# clause may run on over a line break of its paragraph)
_STATED_CLAUSE_AFTER = pattern(r"(?:[ \t]+(?:for|on|at|in|with|after|before|during|over)[ \t]+(?:[\w\-\u2019']+[ \t]+){0,3}[\w\-\u2019']+)?,\s*(?:[\w\-\u2019']+\s+){3}[\w<>\-]+[^.!?]*[.!;]", I)
_COMPARED_WITH = pattern(r"(?:the\s+)?same\b|like\b", I)
_VAGUE_EVENT = pattern(r"\b(?:thing|situation|saga|mess|fiasco|debacle|drama|business)\b", I)
# a habit, a taste or a house feel: naming its owner elsewhere does not say what it is ("that Gutter
# Saints feel", "the way Greg likes it")
_HABIT = pattern(r"(?:\bwould|\busually|\balways|\bnormally|\btypically|['\u2019]d|\bfeel|\bvibe|\btouch|\blikes?|\bwants?|\bprefers?)\b", I)
_NAMED_METHOD_AFTER = pattern(r"[^.!?\n]{0,60}?\b(?:pattern|principle|paradigm|methodology|technique|law)\b", I)
_SECTION_LIST_BEFORE = pattern(r"\b(?:sections?|headings?|headers?|columns?|fields?|tabs?)\s*:[^.\n]*$", I)
_OPENED_BEFORE = pattern(r"\b(?:opened|opening|clicked(?:\s+on)?|clicking(?:\s+on)?|downloaded|downloading|forwarded|forwarding|deleted|deleting)\s+$", I)
_WRITER_PASTES_BEFORE = pattern(r"\b(?:I|we)(?:['\u2019]ll|\s+will)?\s+(?:paste|pasted|attach|attached|include|included|drop)\s+(?:in\s+)?[^.!?\n]{0,60}$", I)
_HANDED_OVER_BEFORE = pattern(r"\b(?:attached|enclosed|below|pasted\s+below|included|here)\s+(?:is|are)\s+$|\bhere['\u2019]s\s+$", I)
_EVENT_NAMED = pattern(r"the\s+(?:\w+\s+)?(?:call|meeting|launch|demo|review|session|workshop|offsite|presentation|pitch|interview|sync|standup)\s", I)
_UPCOMING_BEFORE = pattern(r"\b(?:before|ahead\s+of|in\s+time\s+for|prior\s+to|until|till)\s+$", I)
_THIS_PERIOD = pattern(r"(?:this\s+(?:week|month|term|quarter|season|morning|year)|today|tonight)['\u2019]s\b", I)
_VERDICT_NOUN = pattern(r"\b(?:garbage|rubbish|junk|trash|crap|nonsense|drivel|slop)\b", I)
_FIRST_AND_BEFORE = pattern(r"\bfirst\s+(?:and|&|/)\s*$", I)


def _told_right_after(said: str, text: str, end: int) -> bool:
    """The history is told right after the reference: a clause after "last time" ("Last time
    someone sent the VP a ten-page essay"), or what happened to the earlier thing ("the last
    draft got shredded", "my last draft was \"too police-y\"")."""
    if said.lower() == "last time":
        return bool(_TOLD_AFTER.match(text, end))
    return bool(_PAST_THING.match(said)) and bool(_HAPPENED_AFTER.match(text, end))


_PAST_THING = pattern(r"(?:(?:the|your|my)\s+(?:last|previous|earlier)|last\s+\w+['\u2019]s)\s+(?:[\w\-]+\s+){0,4}?[\w\-]+$"
                      r"|(?:last|previous|earlier)\s+(?:session|conversation|chat)$", I)
# ... after a clause that says which one ("the last draft I got out of the system had the wrong year",
# "the last AI tool we used invented a quote")
_HAPPENED_AFTER = pattern(r"(?:\s+(?:that\s+)?(?:we|I|they|you)\s+(?:used|got|sent|had|tried|bought|hired|ran)(?:\s+(?:out\s+of|from|off|through)\s+(?:the\s+|our\s+)?(?:[\w\-]+\s+)?[\w\-]+)?)?"
                          r"\s+(?:(?:got|was|were)\s+(?:(?:\w+\s+)?(?:\w+ed|torn|ripped|thrown|sent|forwarded|shredded|binned|rejected|read)\b|[\"\u201c])"
                          r"|(?:had|invented|made\s+up|hallucinated|fabricated|mangled|garbled|missed|mixed\s+up|dropped|ignored|broke|lost|crashed|died|forgot|wiped|timed\s+out)\b)", I)
_CODE_APPOSITION_BEFORE = pattern(r"(?:^|(?<=\S))[ \t]{3,}[,:\u2014\u2013]\s*(?:(?:the|our|its|their)\s+)?(?:[\w\-]+\s+){0,2}$", I)
# what comes right after names where it is: "the runbook link from `annotations.runbook_url`" (code reaches the rules blanked)
_POINTED_AFTER = pattern(r"\s+(?:[\w\-]+\s+)?(?:from|at|in)\s+(?:\s{2,}\S|\[|https?://|[\w.\-]+/[\w.\-/]+)", I)
_HELPS_BEFORE = pattern(r"\byou\s+(?:help|assist|support|serve|work\s+(?:with|for))\s+$", I)
_DOES_ITSELF_AFTER = pattern(r"\s+(?:already\s+)?(?:adds|handles|applies|inserts|renders|strips|appends|prepends|takes\s+care\s+of|does|filters|sorts|searches|parses|matches|scans|greps)\s+(?:on\s+|for\s+|by\s+)?(?:its\s+own|that|this|those|these|them|it)\b", I)
# "in that branch", "from that shop": the noun a demonstrative "that" points back to (not a
# relative "that": "the format that we use")
_THAT_NOUN = pattern(r"^(?:at|from|in|on|like)\s+(?:[\w\-]+\s+){0,4}?that\s+(?:[\w\-]+\s+){0,2}?([\w\-]+)$", I, gate=False)
# a purpose clause in which someone else does the work: "so the checker can escalate under ..."
# a group the prompt names as the modifier of another noun: the thing is what is meant
_GROUP_NOUNS = frozenset(("board", "committee", "council", "panel", "trustees", "partners", "regulator", "union"))
_NOUN_AFTER_GROUP = pattern(r"[ \t]+(?!(?:is|are|was|were|will|would|should|can|could|may|might|must|shall|has|have|had|does|do|did|"
                            r"and|or|but|to|for|at|in|on|of|with|about|as|that|who|which|whose|when|if|by|from|into|than|then|so|"
                            r"wants?|likes?|needs?|expects?|prefers?|asks?|asked|said|says|thinks?|reads?|approves?|meets?|decides?|decided|"
                            r"agreed|wanted|liked|hates?|loves?|cares?|signs?|gets?|got|knows?|sees?|saw|members?|"
                            r"next|this|last|tomorrow|today|tonight|soon|later|again|too|also|first|now|instead|yet|already|only|asap|[a-z]+ly)\b)[a-z][a-z\-]{2,}\b(?![ \t]+(?:me|us|it|them|him|her)\b)")
_SOFTWARE_CLIENT = pattern(r"\b(?:game|web|mobile|desktop|api|http|https|email|mail|native|thin|rich|ios|android|sdk|front-?end|chat|vpn|ssh|ftp|sql|db|database|grpc|rest|graphql|mcp)\s+client$", I)
_THIRD_PARTY_ACTS_BEFORE = pattern(r"\b(?!you\b)(?:legal|procurement|finance|they|he|she|(?-i:[A-Z][a-z]+)|the\s+[\w\-]+)\s+(?:is|are|was|were)\s+(?:still\s+|now\s+|currently\s+)?[a-z]+ing\s+$", I)
_OTHERS_ACT_BEFORE = pattern(r"\bso\s+(?:that\s+)?(?:the\s+(?:[\w\-]+\s+)?[\w\-]+|they|he|she|someone|a\s+[\w\-]+)\s+can\s+(?:[\w\-]+\s+){1,5}$", I)
# where the output goes, said of the output: "it's going straight into the deck", "ends up in the newsletter"
# ... or put there by the writer: "so I can paste it straight into the deck"
_DESTINATION_BEFORE = pattern(r"\b(?:(?:go|goes|going|went|lands?|landing|ends?\s+up|ending\s+up)|(?:paste|copy|drop|put|slot|stick)\s+(?:it|this|them|these|that)(?:\s+back)?)"
                              r"\s+(?:straight\s+|directly\s+|right\s+)?(?:in|into|onto)\s+$", I)
# "Monday's bins go out Tuesday, and so on to Saturday": the run is bounded, its end named (a name or
# a number; not "and so on through the standard list")
_BOUNDED_AFTER = pattern(r"\s+(?:up\s+)?(?:to|until|till|through)\s+(?:(?-i:[A-Z])[\w\-]*|\d[\w\-.]*)(?=\s*[.,;:)!?]|\s*$)", I)
# the writer promises the material later in the passage
_WRITER_SENDS_LATER = pattern(r"(?:^|[.!?]\s+|\n)(?:then\s+)?(?:I|we)(?:['\u2019]ll|\s+will|\s+am\s+going\s+to|['\u2019]m\s+going\s+to)\s+(?:paste|send|give\s+you|share|attach|upload|forward|drop)(?:\s+(?:you|in))?\s+(?:them|it|each|one|these|those|(?:them|it)?\s*(?:below|next|after\s+this))\b", I)
# the sentence says what the model is given (read from its start): "Input is a timeline ..., plus the Slack channel log"
_INPUT_SENTENCE = pattern(r"[\s*_]*(?:(?:the\s+|your\s+)?inputs?\s*(?:is|are|:)|you(?:['\u2019]ll|\s+will)\s+(?:get|receive|be\s+(?:given|sent|handed)))", I)
_FIELDS_AFTER = pattern(r",?\s*with\s+(?:these|the\s+following|its)\s+(?:fields|columns|keys|parts|sections|headings)\b", I)
_USER_SUPPLIES_AFTER = pattern(r"\s+(?:[\w\-]+\s+){0,2}?(?:that\s+|which\s+)?(?:the\s+user|users?|they|the\s+(?:requester|customer|caller|coordinator|client|candidate|applicant))\s+(?:will\s+)?(?:attach|attaches|paste|pastes|provide|provides|link|links|share|shares|upload|uploads|send|sends|supply|supplies|forward|forwards)\b", I)
_SENTENCE_END = pattern(r"\w[.!?:]\s")  # a sentence ended earlier in the block
_EXAMPLE_NEXT = pattern(r"[^.!?\n]{0,80}[.!?]\s+(?:\*\*)?(?:for\s+example|for\s+instance|e\.g\.|specifically|that\s+is|i\.e\.)\b", I)
_SIGN_OFF_BEFORE = pattern(r"\bsign(?:ed)?\s+(?:it\s+|off\s+|them\s+|the\s+\w+\s+)?(?:from|as|by|on\s+behalf\s+of)\s+$", I)
_EXPLAINS_BEFORE = pattern(r"\b(?:that|this|it|which)(?:['\u2019]s|\s+is|\s+was)\s+$", I)
_ACRONYM_HEADS = frozenset(("sop", "jd", "msa", "sow", "okrs"))  # heads written in capitals as a rule
_STANDARD_THING = pattern(r"the\s+(?:standard|usual|normal|regular)\s", I)
_COLLOQUIAL = pattern(r"\b(?:stuff|junk|whatnot|jazz|blah|yada)\b", I)
_LEADING_DETERMINER = pattern(r"^(?:the|our|my|your)\s+", I)


def _bare(words: str) -> str:
    """"our house style" -> "house style": the words a prompt would define."""
    return _LEADING_DETERMINER.sub("", " ".join(words.split())).lower()


def _named_elsewhere(words: str, ctx: DocContext) -> bool:
    """"the Henderson account" is fine when the prompt says who Henderson is elsewhere."""
    names = re.findall(r"(?<!^)\b[A-Z][a-z][\w\-]+", words)
    return bool(names) and all(ctx.mentioned_again(n) for n in names)


def _opens_sentence(text: str, s: int) -> bool:
    before = text[:s].rstrip()
    return not before or before[-1] in ".!?:\n"


_SET_QUANTITY = pattern(r"\b(?:up|down|increase|decrease|raise|lower|cut|reduce|grow|scale)\w*\s+(?:\w+\s+){0,2}?by\s+\d[\d.,]*\s*(?:%|percent)", I)
# a year only dates the event ("the way Tomasz did for the 2022 remeasurement"); it tells nothing
_NARRATION = pattern(r"(?<!\d)\d+(?:[.,]\d+)?\s*(?:%|percent|\$|k\b|m\b)|[$\u00a3\u20ac]\s*\d|\b(?!(?:19|20)\d\d\b)\d{2,}\b")


def _narrated(text: str, s: int) -> bool:
    """A sentence that states the facts ("Last time we ran this survey, 62% said ...") gives
    the model what it needs: the history is told, not assumed."""
    start = max(text.rfind(". ", 0, s) + 1, text.rfind("\n", 0, s) + 1, 0)
    end = min((i for i in (text.find(". ", s), text.find("\n", s)) if i >= 0), default=len(text))
    # "scale everything up by 30%": a change the task asks for tells no history
    return bool(_NARRATION.search(_SET_QUANTITY.sub(" ", text[start:end])))


def _criteria_in_sentence(text: str, end: int) -> bool:
    rest = _SENTENCE_BREAK.split(text[end:end + 200], maxsplit=1)[0]
    return rest.rstrip().endswith(":") or bool(_CRITERIA_WORDS.search(rest))


# declared, not written inline: an inline pattern is compiled in the first lint, which the
# editor waits for; a declared one ships compiled (gate_table.py)
_SENTENCE_BREAK = pattern(r"(?<=[.!?])\s|\n", gate=False)
_LOOKS_WRONG = pattern(r"(?:that|which)\s+(?:looks?|seems?)\s+(?:wrong|off|odd|strange|weird|incorrect)", I)
_INCLUDING_BEFORE = pattern(r"\b(?:including|even)\s+(?:the\s+|any\s+)?[\w\-]+\s+$", I)
_CRITERIA_WORDS = pattern(r"\b(?:prefer|such\s+as|e\.g\.|for\s+example|over\s+\$?\d|more\s+than\s+\d|less\s+than\s+\d|at\s+least|at\s+most|only\s+if|unless|defined\s+as|means|criteria|applying|according\s+to|based\s+on|following|these\s+rules|weighing|considering|taking\s+into\s+account|guided\s+by"
                          r"|(?:keep|stick|keeping|sticking)\s+(?:to|within)\s+the\s+(?:\w+\s+)?(?:rules|criteria|limits|constraints|guidelines|list)\s+(?:above|below)"
                          r"|(?:maximum|max|minimum|min|up\s+to|no\s+more\s+than|top)\s+\d+|\d+\s+(?:or\s+(?:fewer|less|more)\s+)?(?:points|items|bullets|ones|examples|words|sentences|findings|issues))\b", I)


# "when relevant to the question", "if needed for the migration": the condition is stated
_CONDITION_OBJECT = pattern(r"\s+(?:(?:to|for)\s+(?:the|this|that|your|each|every|a|an)\b|for\s+\w)", I)
# a named person's style ("Shing Lyu's personal style"), which a style section of the prompt is
# about; not an institution's ("the school's house style" beside a "## Tone" section on spelling)
_PERSON_STYLE = pattern(r"(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?['\u2019]s\s+(?:personal\s+|own\s+|writing\s+)?(?:style|voice|tone)\b")
_SOUND_LIKE_BEFORE = pattern(r"\b(?:sound|sounds|write|writes|talk|talks|read|reads)\s+$", I)
_A_NAME = pattern(r"(?-i:[A-Z][a-z]+)")
# a measure set earlier in the sentence, which is what makes a step needed
_NEED_WORD = pattern(r"\b(?:needed|necessary|required)\b", I)
_MEASURE_BEFORE = pattern(r"(?:\b(?:min|minimum|max|maximum|at\s+least|at\s+most|no\s+more\s+than|no\s+fewer\s+than|under|below|above|over|within|up\s+to)"
                          r"|[<>\u2264\u2265]=?)\s*[$\u00a3\u20ac]?\d", I)
# "as many times as needed to verify the fix": how much, until a stated goal is met
_AS_MUCH_BEFORE = pattern(r"\bas\s+(?:many|much|often|long|far)\b(?:\s+\w+)?\s+$", I)
_GOAL_AFTER = pattern(r"\s+to\s+[a-z]+\s+\w", I)
_CONDITIONAL = pattern(r"\b(?:when|where|as|if)\s+\w+$", I)
# "content is loaded when needed", "tests are added when needed": a described behaviour, not a
# task ("citations should be added where needed" is one: no modal may come before)
_PASSIVE_BEFORE = pattern(r"\b(?:is|are|was|were|gets?)\s+(?:(?:still|only|also|then|already|automatically|always|progressively|\w+ly)\s+){0,2}\w+(?:ed|en|wn)\s+(?:\w+\s+){0,3}$", I)
# "... is the right one": a claim about a thing, not a choice handed over
_PREDICATE_BEFORE = pattern(rf"\b(?:is|are|was|were|be|being|been|it{A}s)\s+(?:not\s+)?$", I)
# "This helps agents jump to the right place", "That lets reviewers see what is relevant":
# why a rule exists, not a task
_RATIONALE = pattern(r"(?:this|that|it|these|which)\s+(?:\w+\s+)?(?:helps?|lets?|allows?|enables?|means|makes?\s+it\s+easier|ensures?|keeps?)\b", I)


# "Create the output folder if needed", "install the dependencies if necessary": the need is
# whether the thing exists yet, which the model can check
_SETUP_BEFORE = pattern(r"\b(?:create|creating|install|installing|mkdir|initiali[sz]e|initiali[sz]ing|import|importing)\s+(?:[\w\-./`]+\s+){0,4}$", I)


def _placeholder(text: str, s: int, e: int) -> bool:
    """Inside a bracketed slot of a template ("[Account verification if needed]"), not a link's text."""
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    line_end = len(text) if line_end < 0 else line_end
    open_at = text.rfind("[", line_start, s)
    close_at = text.find("]", e, line_end)
    return (open_at >= 0 and "]" not in text[open_at:s] and close_at >= 0 and "[" not in text[e:close_at]
            and not text.startswith("(", close_at + 1))


def _quote_before_in_sentence(block: Block, pos: int) -> bool:
    sentence = sentence_at(block, pos)
    return sentence is not None and any(sentence.start <= qs and qe <= pos for qs, qe in block.quoted)


def _clause_start(text: str, pos: int, stops: str) -> int:
    """Where the clause holding ``pos`` starts: after the last of ``stops`` before it."""
    return max(text.rfind(c, 0, pos) for c in stops) + 1


def _rationale(text: str, s: int) -> bool:
    return bool(_RATIONALE.match(text[_clause_start(text, s, ".;!?\n"):s].lstrip()))


# "as usual" said of the model's own doing ("proceed with your own knowledge as usual")
_OWN_USUAL = pattern(r"as\s+(?:usual|always|before)$", I)
_YOUR_OWN_BEFORE = pattern(r"\byour\b(?![^.!?\n]*\b(?:we|our|us|I|my)\b)", I)
# "runs on the client": the client side of a system, not a customer
_ON_BEFORE = pattern(r"\bon\s+$", I)
# what a server hands its client: "echoed to the client", "returned to the client"
_SERVED_TO_BEFORE = pattern(r"\b(?:echoed|returned|exposed|leaked|served|streamed|shipped|bundled|sent\s+back)\s+to\s+$", I)
# "moves the job up the board", "across the board", "8 hours on the board": a board things happen on, not the directors
_ALONG_BEFORE = pattern(r"\b(?:up|down|across|onto|off)\s+$|\b(?:hours?|minutes?|days?|shifts?)\s+on\s+$"
                        # "Display content on the board", "write it on the board": a surface, not directors
                        r"|\b(?:display|displayed|show|shown|write|written|draw|drawn|put|post|posted|pin|pinned|highlight|emphasi[sz]e|appear|appears|stick|place|placed)\b[^.!?\n]{0,40}\bon\s+$", I)
# where it stands: "the board in room B keeps dropping channel 12", "the board on the kitchen wall"
# (or any plain place after "the": "the board at the landing"; not "at the AGM", "at the next meeting")
_PLACE_AFTER = pattern(r"\s+(?:in|on|at|by)\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:room|studio|bay|booth|rack|lab|garage|workshop|kitchen|shed|corner|"
                       r"wall|hallway|lobby|basement|loft|stage|truck|van|desk)s?\b"
                       r"|\s+(?:on|at|by)\s+the\s+(?!(?:agm|meeting|meetings|annual|next|last|first|quarterly|monthly|weekly|board|retreat|offsite|review|conference|"
                       r"company|firm|club|school|trust|charity|bank|end|top|start|moment|time|latest|earliest)\b)(?-i:[a-z]+)\b(?![ \t]+(?:meeting|session|review|call)\b)", I)
# what the model is to make ("Write this week's email") and the part it plays ("in character as ...")
_CREATED_BEFORE = pattern(r"\b(?:write|draft|create|compose|prepare|produce|make|put\s+together|assemble|compile)\s+$", I)
_PERSONA_BEFORE = pattern(r"\b(?:character|role|persona|act|acting|speak|speaking|play|playing|pose|posing|dressed|dress\s+up)\s+$", I)
_WHETHER_BEFORE = pattern(r"\b(?:know|tell|see|sure|unsure|idea|wonder|ask(?:ing)?)\s+(?:if|whether)\b[^.!?\n;:]*$", I)
_RIGHT_ONE = pattern(r"the\s+(?:right|appropriate|proper)\s+(?:\w+\s+)?(\w+?)s?", I)


def _describes_code(text: str, line_start: int) -> bool:
    """The line says what a piece of code does: "`resubmit.py` — Looks up ..." (the code and a
    list item's marker reach the rules blanked: a run of spaces, then the dash)."""
    line = text[line_start:line_start + 200]
    body = line.lstrip(" \t")
    return code_follows(line, 0) and body[:1] in ("\u2014", "\u2013", ":")


_NEXT_STATES_CONDITION = pattern(r"[.!?]\s+(?:\*\*)?(?:if|when|whenever|unless|only\s+if)\b", I)


def _condition_given(block: Block, s: int, e: int) -> bool:
    """"when needed" and the like, where the prompt says when: "when relevant to the question",
    a next sentence that starts "If the logic is buried ...", a question on a checklist
    ("Is it in the right place?"), or a described behaviour ("content is loaded when needed")."""
    text = block.text
    phrase_text = text[s:e]
    if text[:s].rstrip().endswith("(") and text[e:].lstrip().startswith(")") and _CONDITIONAL.search(phrase_text):
        return True  # "(if applicable)", "(when required)": a hedge on a fact, in passing
    if _CONDITIONAL.search(phrase_text):
        # "as appropriate for each recipient" says for whom, not how
        appropriate = phrase_text.lower().endswith("appropriate")
        if _CONDITION_OBJECT.match(text, e) and not appropriate or _NEXT_STATES_CONDITION.match(text, e):
            return True
        if _AS_MUCH_BEFORE.search(text, max(0, s - 30), s) and _GOAL_AFTER.match(text, e):
            return True
        if _PASSIVE_BEFORE.search(text[_clause_start(text, s, ".;:!?\n(,"):s]):
            return True
        sentence = sentence_at(block, s)
        if sentence is not None and _describes_code(text, text.rfind("\n", 0, sentence.start) + 1):
            return True  # "`resubmit.py` — looks up ...; pins to the baked image when applicable"
        if sentence is not None and _NEED_WORD.search(phrase_text) and _MEASURE_BEFORE.search(text, sentence.start, s):
            return True  # "Enforce min 1.5:1 R:R, adjust TP upward if needed": needed to meet the measure just set
    return checklist_question(block, s)


# "Mock external dependencies (API calls, etc.)": examples of a category the sentence names;
# "check the usual sources (G2, ..., and so on)": the list is all the prompt says of them
_VAGUE_CATEGORY = pattern(r"\b(?:usual|relevant|important|key|main|right|appropriate|necessary|our|my|same|other|typical|standard|normal|common|good|interesting|obvious)\b", I)
# "classify the photos (living room, kitchen, ...)": the list is the set of answers, and must be closed
_CLOSED_SET_VERB = pattern(r"\b(?:classify|categori[sz]e|label|tag|sort|group|bucket|choose|pick|select|map|assign|rate|score|route)\b", I)


def _illustrates_category(text: str, s: int, e: int) -> bool:
    """The open end closes a parenthesis of examples after a noun phrase that names the
    category by itself (not "the usual metrics")."""
    opening = text.rfind("(", 0, s)
    if opening < 0 or ")" in text[opening:s] or not text[e:].lstrip(" .,;").startswith(")"):
        return False
    before = text[max(0, opening - 60):opening]
    before = re.split(r"[.!?:;\n]", before)[-1]
    if not before.strip() and code_ends(before):
        return True  # "`default/` (limine, pacman, ..., etc.)": the folder or name in code is the category
    words = before.split()[-4:]
    return bool(words) and not _VAGUE_CATEGORY.search(" ".join(words)) and not _CLOSED_SET_VERB.search(before)


_LIST_STOPS = ".:;\n("  # where the items before an "etc." begin


def _named_items(block: Block, pos: int) -> bool:
    """"`feat`, `fix`, `docs`, etc.", ""surprise me", "pick for me", etc.": the items are
    identifiers from the code or quoted sayings, samples of a set the model can read or
    recognise, not a list it must finish. (Code spans are blanked by scoping.)"""
    text = block.text
    start = _clause_start(text, pos, _LIST_STOPS)
    pieces, at = [], start
    for piece in text[start:pos].split(","):
        pieces.append((at, at + len(piece)))
        at += len(piece) + 1
    if pieces and not text[pieces[-1][0]:pieces[-1][1]].strip() and not code_ends(text[pieces[-1][0]:pieces[-1][1]]):
        pieces.pop()  # the empty piece before ", etc." (four spaces or more are blanked code: an item)
    if len(pieces) < 2:
        return False
    named = 0
    for a, b in pieces:
        piece = text[a:b].strip()
        if not piece or piece[0] in "\"'\u201c\u2018" and any(a <= qs and qe <= b for qs, qe in block.quoted):
            named += 1
        elif code_ends(text[a:b]):
            named += 1  # "treat `<body>` as the message and `<link_1>`, `<link_2>`, ...": ends in code
    return named >= len(pieces) - 1  # the first piece may lead in: "Types include `feat`"


_NUMBERS = pattern(r"\d+")


def _progression(text: str, pos: int) -> bool:
    """"ply 1 ..., ply 2 ..., and so on", "`%1`, `%2`, …", "H2 follows H1, H3 follows H2, and so
    on": items numbered 1, 2, ... (or whose every number goes up by one from item to item)
    continue by a rule anyone can see."""
    start = _clause_start(text, pos, _LIST_STOPS)
    numbers = [int(n) for n in _NUMBERS.findall(text, start, pos)]
    if len(numbers) >= 2 and all(b == a + 1 for a, b in zip(numbers, numbers[1:])):
        return True
    items = [[int(n) for n in _NUMBERS.findall(piece)] for piece in text[start:pos].split(",")]
    items = [found for found in items if found]
    return (len(items) >= 2 and len({len(found) for found in items}) == 1
            and all(b == a + 1 for one, two in zip(items, items[1:]) for a, b in zip(one, two)))


# "The user will ask for engineering tasks. This includes solving bugs, ..., and more": examples
# of the category the sentence before names
_EXAMPLES_OF_NAMED = pattern(r"\s*(?:this|that|these|which)\s+(?:includes?|covers?|spans?|ranges?\s+from)\b", I)
# "..., token throughput, etc. Anything quantitative.": the next sentence names the category;
# "parties, quiz nights, etc. all count as STANDARD": the sentence goes on to name it
_CATEGORY_NEXT = pattern(r"[\s*_]*(?:(?:anything|everything)\s+(?!else\b)[\w\-]+(?:\s+[\w\-]+){0,3}\s*[.!]"
                         r"|(?:any|every)\s+[\w\-]+\s+(?:counts|qualifies|applies|belongs)"
                         r"|(?:(?:all|each|these|they)\s+)?(?:count|counts|qualify|qualifies|belong|fall|go|are\s+(?:treated|classed|filed))\s+(?:as|under|in|into)\b)", I)


def _is_list_before(text: str, pos: int) -> bool:
    """etc. after a list of at least two items ("names, dates etc.") or after "such as X"."""
    start = max(text.rfind(".", 0, pos - 1), text.rfind("\n", 0, pos), text.rfind(":", 0, pos - 1))
    clause = text[start + 1:pos]
    return "," in clause or bool(re.search(r"\b(?:like|such\s+as|e\.g\.|including|or|and)\b", clause, I)) or len(clause.split()) >= 1


gate_patterns(globals())  # a cheap required-words check before each long pattern
