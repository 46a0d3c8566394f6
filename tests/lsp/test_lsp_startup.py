"""Startup stays light: the editor waits for the initialize answer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def test_heavy_imports_wait_for_initialize():
    """Starting the server loads pygls and the server, not the rules, nltk or textstat:
    those load after the initialize answer (on `initialized`, in a thread)."""
    code = (
        "import sys\n"
        "from literalist.lsp.server import create_server\n"
        "create_server()\n"
        "heavy = [m for m in ('nltk', 'textstat', 'literalist.engine', 'literalist.rules', 'vaderSentiment', 'markdown_it') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


def _send(proc: subprocess.Popen, msg: dict) -> None:
    body = json.dumps(msg).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()


def _read(proc: subprocess.Popen) -> dict:
    """One message; anything on stdout that is not a framed LSP message fails here."""
    header = proc.stdout.readline()
    assert header.startswith(b"Content-Length: "), header
    length = int(header.split(b":")[1])
    while (line := proc.stdout.readline()) != b"\r\n":
        assert line.startswith(b"Content-Type: "), line
    return json.loads(proc.stdout.read(length))


def _answer(proc: subprocess.Popen, msg_id: int) -> dict:
    while True:
        msg = _read(proc)
        if msg.get("id") == msg_id and "method" not in msg:
            return msg


CLI = str(Path(sys.executable).with_name("literalist"))


@pytest.mark.parametrize(
    "command",
    [
        [CLI, "server", "--stdio"],
        [sys.executable, "-m", "literalist", "server"],
        [sys.executable, "-m", "literalist.lsp"],
    ],
    ids=["literalist-server-stdio", "python-m-literalist-server", "python-m-literalist.lsp"],
)
def test_every_way_to_start_the_server(command, tmp_path):
    """initialize, open a prompt, hover, shutdown, exit: stdout carries nothing but LSP
    messages, and the process ends with 0."""
    uri = (tmp_path / "x.prompt.md").as_uri()
    log = (tmp_path / "stderr.log").open("wb")  # a file, so a chatty server can never block on a full pipe
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log)
    try:
        _send(
            proc,
            {
                "jsonrpc": "2.0",
                "id": 1,
                "method": "initialize",
                "params": {"processId": None, "rootUri": None, "capabilities": {}},
            },
        )
        assert _answer(proc, 1)["result"]["serverInfo"]["name"] == "literalist"
        _send(proc, {"jsonrpc": "2.0", "method": "initialized", "params": {}})
        _send(
            proc,
            {
                "jsonrpc": "2.0",
                "method": "textDocument/didOpen",
                "params": {
                    "textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": "I'm so stressed.\n"}
                },
            },
        )
        _send(
            proc,
            {
                "jsonrpc": "2.0",
                "id": 2,
                "method": "textDocument/hover",
                "params": {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 8}},
            },
        )
        hover = _answer(proc, 2)["result"]
        assert hover["contents"]["kind"] == "plaintext"  # this client announced no markdown
        assert "How the model reads it" in hover["contents"]["value"]
        _send(proc, {"jsonrpc": "2.0", "id": 3, "method": "shutdown"})
        assert _answer(proc, 3)["result"] is None
        _send(proc, {"jsonrpc": "2.0", "method": "exit"})
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdin.close()
        proc.stdout.close()
        log.close()
