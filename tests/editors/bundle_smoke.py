"""The server bundled in the .vsix, run by bare interpreters: does it lint over stdio?

For every Python version the bundle claims (bundled/tool/bundle.json) whose interpreter is on
this machine, start `pythonX.Y launch.py` exactly as the extension does (no venv, no PYTHONPATH),
send initialize + didOpen, and wait for published diagnostics. An interpreter older than the
bundle supports must exit at once with the launcher's one-line explanation.

usage: python bundle_smoke.py EXTENSION_DIR   (an unpacked .vsix's extension/ folder)
Prints one line per interpreter; exits 1 if any check failed.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TIMEOUT = 30.0
TEXT = "URGENT: summarize the report. I'm so stressed.\n"


def interpreters(version: str) -> list[str]:
    """Bare interpreters of one version: system ones first, then pyenv's."""
    found = []
    for d in ("/usr/bin", "/usr/local/bin"):
        p = Path(d) / f"python{version}"
        if p.exists():
            found.append(str(p))
    root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    found += sorted(glob.glob(str(root / "versions" / f"{version}.*" / "bin" / f"python{version}")))
    return found[:1]


def frame(msg: dict) -> bytes:
    body = json.dumps(msg).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def read_message(stream, deadline: float) -> dict:
    headers = {}
    while True:
        if time.monotonic() > deadline:
            raise TimeoutError("no message from the server")
        line = stream.readline()
        if not line:
            raise EOFError("the server closed stdout")
        line = line.strip()
        if not line:
            break
        k, _, v = line.decode().partition(":")
        headers[k.lower()] = v.strip()
    return json.loads(stream.read(int(headers["content-length"])))


def lint_over_stdio(python: str, launcher: Path, workdir: Path) -> str:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(workdir), "LITERALIST_IMPORT_STRATEGY": "useBundled"}
    proc = subprocess.Popen([python, str(launcher)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, cwd=workdir, start_new_session=True)
    uri = (workdir / "smoke.prompt").as_uri()
    try:
        send = lambda m: (proc.stdin.write(frame(m)), proc.stdin.flush())  # noqa: E731
        send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
              "params": {"processId": os.getpid(), "rootUri": workdir.as_uri(), "capabilities": {}}})
        deadline = time.monotonic() + TIMEOUT
        while "id" not in (msg := read_message(proc.stdout, deadline)) or msg.get("id") != 1:
            pass
        send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
        send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "dotprompt", "version": 1, "text": TEXT}}})
        codes = None
        while codes is None:
            msg = read_message(proc.stdout, deadline)
            if msg.get("method") == "workspace/configuration":
                send({"jsonrpc": "2.0", "id": msg["id"], "result": [None] * len(msg["params"]["items"])})
            elif "id" in msg and "method" in msg:  # any other request: answer it empty
                send({"jsonrpc": "2.0", "id": msg["id"], "result": None})
            elif msg.get("method") == "textDocument/publishDiagnostics" and msg["params"]["uri"] == uri:
                if msg["params"]["diagnostics"]:
                    codes = sorted(d["code"] for d in msg["params"]["diagnostics"])
        send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
        send({"jsonrpc": "2.0", "method": "exit"})
        proc.wait(10)
        return ", ".join(codes)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, 9)
        proc.wait()
        err = proc.stderr.read().decode(errors="replace")
        if proc.returncode not in (0, None, -9) and err:
            print(err[-2000:], file=sys.stderr)


def main() -> int:
    ext = Path(sys.argv[1])
    launcher = ext / "bundled" / "tool" / "launch.py"
    bundle = json.loads((ext / "bundled" / "tool" / "bundle.json").read_text())
    failed = tested = checks = 0
    work = Path(tempfile.mkdtemp(prefix="literalist-bundle-"))
    try:
        for version in bundle["pythons"]:
            for python in interpreters(version):
                tested += 1
                checks += 1
                t0 = time.monotonic()
                try:
                    codes = lint_over_stdio(python, launcher, work)
                    ok = codes.startswith("LIT")
                    print(f"{'ok' if ok else 'FAILED'}  Python {version} ({python}): {codes} in {time.monotonic() - t0:.1f} s")
                except Exception as exc:  # noqa: BLE001 - report and go on with the next one
                    ok = False
                    print(f"FAILED  Python {version} ({python}): {exc!r}")
                failed += not ok
        old = interpreters("3.8") or interpreters("3.9")
        if old:
            r = subprocess.run([old[0], str(launcher)], capture_output=True, text=True, timeout=30, stdin=subprocess.DEVNULL)
            ok = r.returncode == 3 and "needs Python 3.10 or newer" in r.stderr
            checks += 1
            print(f"{'ok' if ok else 'FAILED'}  too old ({old[0]}): exit {r.returncode}, {r.stderr.strip()}")
            failed += not ok
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if tested == 0:
        print("FAILED  no interpreter of the bundled versions found")
        return 1
    print(f"bundle: {checks - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
