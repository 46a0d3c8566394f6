"""The real server with one rule made to raise on a trigger word: proves that a rule's
exception is logged, that rule is skipped, and the other rules still report."""

import sys

from literalist import engine
from literalist.lsp.main import run

TRIGGER = "KABOOM"


def _break_inference_check() -> str:
    """Swap the engine's inference check for one that raises on blocks holding TRIGGER."""
    checks = list(engine.BLOCK_CHECKS)
    i = next(i for i, (codes, _) in enumerate(checks) if codes[0].startswith("LIT2"))
    codes, original = checks[i]

    def faulty(block, *args, **kwargs):
        if TRIGGER in block.text:
            raise RuntimeError("rule blew up on purpose")
        return original(block, *args, **kwargs)

    checks[i] = (codes, faulty)
    engine.BLOCK_CHECKS = tuple(checks)
    return ",".join(codes)


if __name__ == "__main__":
    code = _break_inference_check()
    sys.stderr.write(f"faulty_server: {code} raises on {TRIGGER}\n")
    sys.exit(run(sys.argv[1:]))
