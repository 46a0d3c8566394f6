"""Entry point: ``literalist server``, ``python -m literalist server`` and
``python -m literalist.lsp`` all end up in ``run()``, which serves LSP over stdio.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="literalist server", description="Run the Literalist language server over stdio."
    )
    # editors' LSP clients add --stdio (vscode-languageclient does): stdio is the only transport
    parser.add_argument("--stdio", action="store_true", help="talk LSP over stdin/stdout (the default)")
    parser.add_argument(
        "--log-level",
        default="WARNING",
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        help="level of the server's own log on stderr (default WARNING)",
    )
    return parser.parse_args(argv)


def run(argv: list[str] | None = None) -> int:
    args = _parse(list(argv or []))
    logging.basicConfig(
        level=args.log_level, stream=sys.stderr, format="literalist-lsp %(levelname)s %(name)s: %(message)s"
    )

    from .server import create_server
    from .stdio import serve

    # The protocol's thousand-odd generated classes (lsprotocol) live as long as the server:
    # moving them out of the collector's sight spares every full collection a walk over
    # them, the first of which would otherwise land in the first lint (about 50 ms here).
    gc.freeze()

    # stdout belongs to the protocol: anything a library prints would corrupt the stream,
    # so print() and friends go to stderr from here on.
    protocol_out = sys.stdout.buffer
    sys.stdout = sys.stderr
    serve(create_server(), sys.stdin.buffer, protocol_out)
    return 0
