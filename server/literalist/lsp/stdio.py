"""Serving over stdin and stdout, with the client's messages read by the event loop itself.

pygls reads stdin through a thread pool: one round trip between threads for each header
line and one for the body, so three or four per message. At 2,000 lines that was about a
millisecond and a half of every keystroke from the client's write to the server's handler.
On POSIX, when stdin is a pipe or a socket (what an editor gives its language server), the
event loop reads it directly instead; pygls's own message loop then runs unchanged on top.
Anything else (a file, a terminal, Windows, a loop that refuses the pipe) is served the
way pygls does it.
"""

from __future__ import annotations

import asyncio
import logging
import os
import stat
import threading
from typing import BinaryIO

from pygls.io_ import StdoutWriter, run_async

log = logging.getLogger(__name__)

# a header line longer than this is not LSP; it is read whole all the same (as pygls's
# readline does), so a broken client gets the usual error, not a stuck server
_LINE_LIMIT = 1 << 30


class LoopReader:
    """What pygls's message loop asks of a reader, from an ``asyncio.StreamReader``."""

    def __init__(self, stream: asyncio.StreamReader):
        self._stream = stream

    async def readline(self) -> bytes:
        return await self._stream.readline()

    async def readexactly(self, n: int) -> bytes:
        try:
            return await self._stream.readexactly(n)
        except asyncio.IncompleteReadError:
            # the client went away mid-message: half a message cannot be acted on, and an
            # empty body ends pygls's loop (it would log a JSON error for the half)
            return b""


def readable_by_loop(stdin: BinaryIO) -> bool:
    """A pipe or socket on POSIX: what the event loop can watch (a regular file it cannot)."""
    if os.name != "posix":
        return False
    try:
        mode = os.fstat(stdin.fileno()).st_mode
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


def serve(server, stdin: BinaryIO, stdout: BinaryIO) -> None:
    """Run ``server`` (a pygls server) on ``stdin`` and ``stdout`` until the client exits."""
    if not readable_by_loop(stdin):
        log.debug("reading stdin through pygls's threads")
        server.start_io(stdin, stdout)
        return
    log.debug("reading stdin on the event loop")
    server._stop_event = threading.Event()
    server.protocol.set_writer(StdoutWriter(stdout))
    try:
        asyncio.run(_serve(server, stdin))
    except _PipeRefused:
        log.info("the event loop cannot read stdin; reading it the way pygls does")
        server.start_io(stdin, stdout)
    except BrokenPipeError:
        log.error("Connection to the client is lost! Shutting down the server.")
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        server.shutdown()


class _PipeRefused(Exception):
    pass


async def _serve(server, stdin: BinaryIO) -> None:
    loop = asyncio.get_running_loop()
    stream = asyncio.StreamReader(limit=_LINE_LIMIT)
    try:
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(stream), stdin)
    except (OSError, ValueError, NotImplementedError) as exc:
        raise _PipeRefused() from exc
    await run_async(
        stop_event=server._stop_event,
        reader=LoopReader(stream),
        protocol=server.protocol,
        logger=logging.getLogger("pygls.io_"),
        error_handler=server.report_server_error,
    )
