"""Literalist writes nothing except the file ``--fix`` was asked to fix, and never reaches
for the network.

Every CLI path (check in each output format, statistics, --diff, stdin with and without
--fix, rules, rule, an explicit --config, --fix on one file) and a whole language server
session (open, type, save, hover, code actions, both commands, a settings change, a config
file change, shutdown) run with HOME, the XDG folders and TMPDIR pointed at fresh empty
folders. Those folders and the project are snapshotted before and after: every path, its
type, mtime, size and content hash, folders included (a file created and then deleted
still moves its folder's mtime). Only the fixed file, and the mtime of the folder its
atomic rename happened in, may differ.

Bytecode: PYTHONDONTWRITEBYTECODE is deliberately left unset, as on a user's machine. The
only .pyc files Python writes are for the installed package, in its own __pycache__ (the
editable install under server/, or site-packages), which is neither the user's project nor
HOME nor TMPDIR; it is not watched because it belongs to the installation (and other
work on this repository rebuilds it concurrently). The project holds no Python files, and
nothing is imported from it even though ``python -m`` puts the working folder on sys.path
(see the traps below).

Network: every child process (CLI and server) loads a ``sitecustomize`` that makes
outgoing connections and name lookups fail and records each attempt; there must be none.
(``tests/core/test_offline.py`` checks the same for the core in one process; this is the
whole CLI and server.)
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

from lsprotocol import types

from cli_process import run_cli
from lsp_session import ServerSession

FIX_ME = "fix-me.prompt.md"
FILES = {
    FIX_ME: "# Brief\n\nURGENT!!! I'm so stressed. Summarize the logs below.\n",
    "notes.md": "Make it polished and professional. Use the usual format, like last time.\n",
    "sub/chat.prompt": "---\nmodel: x\n---\nI'm begging you, fix it NOW!!!\n{{#if x}}Summarize {{x}}.{{/if}}\n",
    "sub/AGENTS.md": "Write a summary. Don't screw this up.\n",
    "literalist.toml": 'ignore = ["LIT5"]\n[phrases]\ntone = ["code red"]\n',
    "other.toml": 'select = ["LIT1"]\n',
}


# Loaded by the child processes through PYTHONPATH: any connection or lookup is recorded
# (outside the watched folders) and refused.
NO_NETWORK = """
import os, socket
def refuse(*args, **kwargs):
    with open(os.environ["NETWORK_LOG"], "a") as fh:
        fh.write(f"pid {os.getpid()}: {repr(args)[:200]}\\n")
    raise OSError("the test allows no network")
socket.socket.connect = socket.socket.connect_ex = refuse
socket.create_connection = socket.getaddrinfo = refuse
"""


def snapshot(*roots: Path) -> dict[str, tuple]:
    """path -> (kind, mtime_ns, size, sha256) for every entry under the roots, roots included."""
    out: dict[str, tuple] = {}
    for root in roots:
        for folder, dirs, files in os.walk(root, followlinks=False):
            for name in [None, *dirs, *files]:
                path = Path(folder) if name is None else Path(folder) / name
                st = path.lstat()
                digest = hashlib.sha256(path.read_bytes()).hexdigest() if stat.S_ISREG(st.st_mode) else None
                out[str(path)] = (stat.S_IFMT(st.st_mode), st.st_mtime_ns, st.st_size, digest)
    return out


def changes(before: dict, after: dict) -> list[str]:
    return sorted(
        [f"new: {p}" for p in after.keys() - before.keys()]
        + [f"gone: {p}" for p in before.keys() - after.keys()]
        + [f"changed: {p}" for p in before.keys() & after.keys() if before[p] != after[p]]
    )


def test_no_writes_but_the_fix_and_no_network(tmp_path):
    project, home, cache, tmp, hook = (tmp_path / name for name in ("project", "home", "cache", "tmp", "hook"))
    for folder in (home, cache, tmp, hook):
        folder.mkdir()
    (hook / "sitecustomize.py").write_text(NO_NETWORK)
    network_log = hook / "network.log"
    for name, text in FILES.items():
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_text(text, encoding="utf-8")
    env = {
        "HOME": str(home), "XDG_CACHE_HOME": str(cache), "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"), "XDG_STATE_HOME": str(home / ".local/state"),
        "TMPDIR": str(tmp),
        # empty means unset to Python: bytecode is written as on a user's machine (see the docstring)
        "PYTHONDONTWRITEBYTECODE": "", "PYTHONPYCACHEPREFIX": "",
        "PYTHONPATH": str(hook), "NETWORK_LOG": str(network_log),
    }
    watched = (project, home, cache, tmp)
    before = snapshot(*watched)
    fixed_before = (project / FIX_ME).read_bytes()

    run_cli_paths(project, env)
    traps = plant_traps(project)
    run_server_session(project, env)

    after = snapshot(*watched)
    # the fixed file, its folder's mtime (the rename), and the traps this test planted
    allowed = {str(project / FIX_ME), str(project), *map(str, traps)}
    unexpected = [c for c in changes(before, after) if c.split(": ", 1)[1] not in allowed]
    assert unexpected == [], "written outside the file asked to fix:\n" + "\n".join(unexpected)
    assert (project / FIX_ME).read_bytes() != fixed_before, "--fix did not fix the file it was given"
    assert not network_log.exists(), "network attempts:\n" + network_log.read_text()


def run_cli_paths(project: Path, env: dict) -> None:
    def cli(*args: str, stdin: bytes | None = None, codes=(0, 1)):
        r = run_cli(list(args), project, env=env, stdin=stdin)
        assert r.code in codes, f"literalist {' '.join(args)} exited {r.code}: {r.err[-800:]}"
        return r

    cli("check")
    cli("check", ".", "--statistics")
    json.loads(cli("check", ".", "--output-format", "json").out)
    json.loads(cli("check", "sub", "notes.md", "--output-format", "sarif").out)
    cli("check", ".", "--output-format", "github", "--select", "LIT1,LIT2", "--ignore", "LIT203")
    assert "+++" in cli("check", ".", "--diff").out
    cli("check", "notes.md", "--config", "other.toml")
    stdin = FILES[FIX_ME].encode("utf-8")
    cli("check", "-", "--stdin-filename", "piped.prompt.md", stdin=stdin)
    assert "URGENT" not in cli("check", "-", "--fix", "--stdin-filename", "piped.md", stdin=stdin).out
    cli("rules")
    cli("rules", "--output-format", "json")
    cli("rule", "LIT101")
    cli("check", FIX_ME, "--fix")


# Modules the server imports after it starts (its dependencies, and a stdlib module it loads
# lazily). Editors start servers in the project folder, and `python -m literalist.lsp` puts
# that folder first on sys.path: a project file with one of these names would run there.
# Each trap leaves a file behind when imported, which the snapshot reports.
TRAPS = ("markdown_it", "nltk", "textstat", "pathspec", "vaderSentiment", "pyphen", "tomllib")
TRAP = "import pathlib\npathlib.Path(__file__).with_name('IMPORTED-' + __name__).touch()\nraise ImportError('a trap')\n"


def plant_traps(project: Path) -> list[Path]:
    paths = [project / f"{name}.py" for name in TRAPS]
    for path in paths:
        path.write_text(TRAP)
    return paths


def run_server_session(project: Path, env: dict) -> None:
    s = ServerSession("visual-studio-code", "utf-16", str(project), {"literalist": {"debounceMs": 0}},
                      env={**os.environ, **env}, cwd=str(project))
    try:
        docs = {}
        for name in ("notes.md", "sub/chat.prompt", "sub/AGENTS.md"):
            docs[name] = (project / name).as_uri()
            s.notify(s.client.text_document_did_open, types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
                uri=docs[name], language_id="prompt" if name.endswith(".prompt") else "markdown", version=1,
                text=FILES[name])))
        untitled = "untitled:Untitled-1"
        s.notify(s.client.text_document_did_open, types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
            uri=untitled, language_id="markdown", version=1, text="Code red! I'm so stressed.\n")))
        for uri in [*docs.values(), untitled]:
            s.wait_for(lambda uri=uri: s.record.published.get(uri), what=f"diagnostics for {uri}")

        notes = docs["notes.md"]
        s.notify(s.client.text_document_did_change, types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=notes, version=2),
            content_changes=[types.TextDocumentContentChangePartial(
                range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)),
                text="URGENT!!! ")]))
        s.wait_for(lambda: s.record.published[notes][-1].version == 2, what="diagnostics after typing")
        s.notify(s.client.text_document_did_save, types.DidSaveTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=notes)))
        doc = types.TextDocumentIdentifier(uri=notes)
        assert s.call(s.client.text_document_hover_async(types.HoverParams(
            text_document=doc, position=types.Position(line=0, character=2)))) is not None
        actions = s.call(s.client.text_document_code_action_async(types.CodeActionParams(
            text_document=doc, range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=5)),
            context=types.CodeActionContext(diagnostics=[]))))
        assert actions
        s.call(s.client.text_document_code_lens_async(types.CodeLensParams(text_document=doc)))
        for command in ("literalist.stripAllEmotionalLanguage", "literalist.nextFinding"):
            s.call(s.client.workspace_execute_command_async(types.ExecuteCommandParams(command=command, arguments=[notes])))
        s.section = {"debounceMs": 0, "severity": {"LIT101": "error"}}
        s.notify(s.client.workspace_did_change_configuration, types.DidChangeConfigurationParams(settings=None))
        s.notify(s.client.workspace_did_change_watched_files, types.DidChangeWatchedFilesParams(changes=[
            types.FileEvent(uri=(project / "literalist.toml").as_uri(), type=types.FileChangeType.Changed)]))
        count = len(s.record.published[notes])
        s.wait_for(lambda: len(s.record.published[notes]) > count, what="a re-lint after the settings changed")
        s.notify(s.client.text_document_did_close, types.DidCloseTextDocumentParams(text_document=doc))
    finally:
        code = s.close()
    assert code == 0
    assert "Traceback" not in s.stderr_text()
