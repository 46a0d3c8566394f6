"""A client that vanishes mid-request: the server must notice and exit by itself, quietly.

An editor that crashes, or is killed, closes its ends of the server's pipes while a request
is in flight (here a diagnostic pull and a hover on a 2 MB document, so a lint is running).
The server must not wait for anyone and must not print a traceback for each message it can
no longer send. The client here is raw JSON-RPC over pipes the test holds directly, so each
end can be closed on its own: pygls's client would hide exactly what is being tested.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

# How long the server may take to leave. Not a performance figure: a server that waits for
# its lint in flight takes about as long as that lint (bounded by maxDocumentBytes: about
# 3 s at the default); one that never notices the client left would take forever.
EXIT_WITHIN = 20.0


def frame(message: dict) -> bytes:
    body = json.dumps(message).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def read_message(stream) -> dict:
    length = None
    while True:
        line = stream.readline()
        assert line, "the server closed stdout before answering initialize"
        if line == b"\r\n":
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return json.loads(stream.read(length))


def start(root: Path, stderr) -> subprocess.Popen:
    """A server with a pull-diagnostics client, initialized, with a 2 MB document open and two
    requests about it sent and not yet answered."""
    proc = subprocess.Popen([sys.executable, "-m", "literalist.lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=stderr, cwd=root)
    uri = (root / "big.md").as_uri()
    proc.stdin.write(frame({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "processId": None, "rootUri": root.as_uri(), "capabilities": {"textDocument": {"diagnostic": {}, "hover": {}}},
        # a smaller cut than the default keeps the test short; the lint is still in flight
        "initializationOptions": {"literalist": {"debounceMs": 0, "maxDocumentBytes": 50_000}}}}))
    proc.stdin.flush()
    while "id" not in (answer := read_message(proc.stdout)) or answer.get("method"):
        pass  # skip anything the server sends before its answer
    assert answer["id"] == 1 and "capabilities" in answer["result"]
    text = "".join(f"Summarize incident {i} for the on-call engineer. I'm so stressed, fix it NOW!!!\n\n" for i in range(25_000))
    for message in (
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
        {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "markdown", "version": 1, "text": text}}},
        {"jsonrpc": "2.0", "id": 2, "method": "textDocument/diagnostic", "params": {"textDocument": {"uri": uri}}},
        {"jsonrpc": "2.0", "id": 3, "method": "textDocument/hover", "params": {
            "textDocument": {"uri": uri}, "position": {"line": 0, "character": 60}}},
    ):
        proc.stdin.write(frame(message))
    proc.stdin.flush()
    time.sleep(0.5)  # the server is reading the document or linting it now
    return proc


def wait_exit(proc: subprocess.Popen, log: Path) -> tuple[int, float, str]:
    start_time = time.monotonic()
    try:
        code = proc.wait(EXIT_WITHIN)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        raise AssertionError(f"the server was still running {EXIT_WITHIN}s after its client left; "
                             f"stderr: {log.read_text()[-2000:]}") from None
    return code, time.monotonic() - start_time, log.read_text()


@pytest.mark.parametrize("how", ["stdin closed", "both pipes closed", "stdout closed, stdin left open"])
def test_the_server_leaves_when_its_client_does(tmp_path, how):
    log = tmp_path / "stderr.txt"
    with open(log, "wb") as stderr:
        proc = start(tmp_path, stderr)
        try:
            if how == "stdin closed":  # the client stops writing: EOF on the server's stdin
                proc.stdin.close()
            elif how == "both pipes closed":  # the client process died
                proc.stdin.close()
                proc.stdout.close()
            else:  # the client stopped reading but its write end stays open (a hung client)
                proc.stdout.close()
                for i in range(20):  # every answer now fails to send
                    proc.stdin.write(frame({"jsonrpc": "2.0", "id": 10 + i, "method": "textDocument/hover", "params": {
                        "textDocument": {"uri": (tmp_path / "big.md").as_uri()}, "position": {"line": 0, "character": 60}}}))
                proc.stdin.flush()
            code, seconds, err = wait_exit(proc, log)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            for pipe in (proc.stdin, proc.stdout):
                try:
                    pipe.close()
                except (OSError, ValueError):
                    pass
    print(f"\n{how}: exited with {code} after {seconds:.2f}s")
    assert "Traceback" not in err, err[-3000:]
    # at most one line about the lost client, however many messages could not be sent
    assert err.count("the client closed the connection") <= 1, err
    assert len(err.splitlines()) <= 2, err
