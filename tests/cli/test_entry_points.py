"""The ways in: the ``literalist`` console script, ``python -m literalist``, and ``server``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from cli_samples import TONE


def test_console_script_and_module_agree(run_cli, project, writer):
    script = Path(sys.executable).parent / "literalist"
    assert script.exists(), "the project is not installed: pip install -e ."
    writer(project / "a.md", TONE)
    via_script = subprocess.run([str(script), "check", "a.md"], cwd=project, capture_output=True, timeout=60)
    via_module = run_cli("check", "a.md", cwd=project)
    assert via_script.returncode == via_module.returncode == 1
    assert via_script.stdout.decode() == via_module.stdout


def _frame(message: dict) -> bytes:
    body = json.dumps(message).encode("utf-8")
    return f"Content-Length: {len(body)}\r\n\r\n".encode("ascii") + body


def _read_message(stream) -> dict:
    length = None
    while True:
        line = stream.readline()
        assert line, "the server closed its output"
        if line in (b"\r\n", b"\n"):
            break
        name, _, value = line.decode("ascii").partition(":")
        if name.lower() == "content-length":
            length = int(value)
    return json.loads(stream.read(length))


def test_server_subcommand_speaks_lsp_over_stdio(project):
    env = {k: v for k, v in os.environ.items()}
    proc = subprocess.Popen(
        [sys.executable, "-m", "literalist", "server", "--stdio"],
        cwd=project, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )
    watchdog = threading.Timer(60, proc.kill)  # a hung server fails the test, not the run
    watchdog.start()
    try:
        proc.stdin.write(_frame({
            "jsonrpc": "2.0", "id": 1, "method": "initialize",
            "params": {"processId": os.getpid(), "rootUri": project.as_uri(), "capabilities": {}},
        }))
        proc.stdin.flush()
        while True:  # skip any notification the server sends first
            message = _read_message(proc.stdout)
            if message.get("id") == 1:
                break
        assert "capabilities" in message["result"]
        proc.stdin.write(_frame({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}))
        proc.stdin.write(_frame({"jsonrpc": "2.0", "method": "exit"}))
        proc.stdin.flush()
        proc.stdin.close()
        assert proc.wait(timeout=30) == 0
    finally:
        watchdog.cancel()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()


def test_python_dash_m_does_not_import_from_the_working_folder(run_cli, project, writer):
    """A project holding a module named like one of ours (markdown_it, nltk...) must not
    have it run: `python -m` puts the working folder first on the import path."""
    trap = "import pathlib\npathlib.Path(__file__).with_name('IMPORTED-' + __name__).touch()\nraise ImportError('trap')\n"
    for name in ("markdown_it", "nltk", "pathspec", "vaderSentiment", "pyphen", "textstat"):
        writer(project / f"{name}.py", trap)
    writer(project / "a.prompt.md", "I'm so stressed. Summarize the logs as usual.\n")
    result = run_cli("check", "a.prompt.md", cwd=project)
    assert result.returncode == 1 and "LIT102" in result.stdout, result.stderr
    assert not list(project.glob("IMPORTED-*"))
