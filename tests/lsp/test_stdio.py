"""The server's stdin: read by the event loop when it is a pipe (what editors give), the
way pygls reads it otherwise. Raw bytes over real pipes and files, so that how the messages
are cut into writes, and where the input ends, are what the test decides."""

from __future__ import annotations

import json
import subprocess
import sys
import time

SERVER = [sys.executable, "-m", "literalist", "server", "--log-level", "DEBUG"]


def frame(message: dict) -> bytes:
    body = json.dumps(message).encode("utf-8")
    return b"Content-Length: %d\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n" % len(body) + body


SESSION = b"".join(
    frame(m)
    for m in (
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": None, "rootUri": None, "capabilities": {}}},
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
        {"jsonrpc": "2.0", "id": 2, "method": "shutdown"},
        {"jsonrpc": "2.0", "method": "exit"},
    )
)


def answers(stdout: bytes) -> dict:
    """The responses on stdout, by id; fails on anything that is not a framed message."""
    found = {}
    rest = stdout
    while rest:
        header, sep, rest = rest.partition(b"\r\n\r\n")
        assert sep and header.startswith(b"Content-Length: "), header[:80]
        length = int(header.split(b"\r\n")[0].split(b":")[1])
        body, rest = rest[:length], rest[length:]
        msg = json.loads(body)
        if "id" in msg and "method" not in msg:
            found[msg["id"]] = msg
    return found


def test_a_pipe_is_read_on_the_event_loop_whatever_the_cuts_between_writes():
    proc = subprocess.Popen(SERVER, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # cut inside a header line, between the header and the body, and inside a body
    cuts = [7, 60, SESSION.index(b"{"), SESSION.index(b"{") + 25, len(SESSION) // 2 + 3]
    last = 0
    for cut in [*sorted(cuts), len(SESSION)]:
        proc.stdin.write(SESSION[last:cut])
        proc.stdin.flush()
        last = cut
        time.sleep(0.05)
    out, err = proc.communicate(timeout=60)
    found = answers(out)
    assert found[1]["result"]["serverInfo"]["name"] == "literalist"
    assert found[2]["result"] is None
    assert b"reading stdin on the event loop" in err
    assert b"Traceback" not in err


def test_a_file_on_stdin_is_read_the_way_pygls_reads_it(tmp_path):
    messages = tmp_path / "session.bin"
    messages.write_bytes(SESSION)
    with messages.open("rb") as stdin:
        done = subprocess.run(SERVER, stdin=stdin, capture_output=True, timeout=60)
    found = answers(done.stdout)
    assert found[1]["result"]["serverInfo"]["name"] == "literalist"
    assert found[2]["result"] is None
    assert b"reading stdin through pygls's threads" in done.stderr
    assert b"Traceback" not in done.stderr


def test_input_that_ends_inside_a_message_ends_the_server_quietly():
    init = frame({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": None, "capabilities": {}}})
    cut = frame({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})[:-5]
    proc = subprocess.Popen(SERVER, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate(init + cut, timeout=60)
    assert answers(out)[1]["result"]["serverInfo"]["name"] == "literalist"
    assert b"Traceback" not in err, err.decode(errors="replace")[-2000:]
