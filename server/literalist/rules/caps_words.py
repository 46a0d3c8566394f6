"""Which capitalised tokens are shouting and which are acronyms, units or names."""

from __future__ import annotations

import importlib.resources
from functools import lru_cache

# Capitalised by convention, never shouting.
ACRONYMS = frozenset(
    """
    AI ML LLM LLMS NLP GPT API APIS SDK CLI GUI UI UX URL URLS URI HTTP HTTPS JSON JSONL YAML TOML XML HTML CSS JS TS SQL CSV TSV PDF
    PNG JPG JPEG GIF SVG MP3 MP4 README TODO FIXME NOTE NB FAQ FAQS TLDR TL DR ID IDS UUID GUID PR PRS CI CD QA QC DB OS CPU GPU RAM
    SSD USB IP TCP UDP DNS SSH SSL TLS VPN AWS GCP EC2 S3 IAM K8S LSP IDE VS VSCODE REST RPC GRPC SMS MMS SMTP IMAP
    NASA FBI CIA NHS UN EU UK USA US UAE NATO WHO GA GDPR HIPAA CCPA SOC ISO PCI PII PHI SLA SLAS SLO SLOS KPI KPIS OKR OKRS ROI B2B B2C
    SAAS CRM ERP HR PM VP SVP EVP CEO CTO CFO COO CMO CIO CISO CPO GM MD PHD MBA CPA RN MD DDS ESQ LLC INC LTD PLC GMBH CORP
    SEO SEM CTA CTR CPC CPM SKU MVP POC RFC RFP RFQ SOW NDA MOU EOD EOW COB ETA TBD TBA FYI ASAP AKA RSVP PS
    AM PM UTC GMT EST PST CET IST BST KB MB GB TB PB KM CM MM KG MG MS HZ GHZ MHZ KW MW USD EUR GBP JPY CNY INR AUD CAD
    Q1 Q2 Q3 Q4 H1 H2 FY YOY QOQ MOM ARR MRR NPS CSAT DAU MAU LTV CAC GMV P0 P1 P2 P3 P4 SEV OK
    SOLID DRY KISS YAGNI CRUD ACID TDD BDD DDD OOP MVC MVVM ORM
    """.split()
)
# Acronyms that are also ordinary words: shouting only next to other shouted words.
AMBIGUOUS = frozenset("US IT AM PM OR NO OK ON IN AS GO HR ID PS".split())


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    raw = importlib.resources.files("literalist").joinpath("data/common_words.txt").read_text("utf-8")
    words: set[str] = set()
    for line in raw.splitlines():
        if not line.startswith("#"):
            words.update(line.split())
    return frozenset(words)
