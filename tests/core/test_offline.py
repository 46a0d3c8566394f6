"""Nothing in the pipeline may reach for the network: textstat and nltk both try by default."""

import socket
import subprocess
import sys
import textwrap


def test_whole_pipeline_makes_no_network_attempt(tmp_path):
    script = textwrap.dedent(
        """
        import socket, json
        attempts = []
        def refuse(*a, **k):
            attempts.append(repr(a)[:80])
            raise OSError("network disabled in test")
        socket.socket.connect = refuse
        socket.socket.connect_ex = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        from literalist.engine import lint
        from literalist.stats import document_stats
        from literalist.lexicon import warm_up
        warm_up()
        text = "URGENT!!! I'm so stressed. " + "This sentence is long and keeps going " * 12 + ". Make it polished."
        lint(text, "p.md"); document_stats(text, "p.md")
        print(json.dumps(attempts))
        """
    )
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE": "1"}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
    assert not (tmp_path / "nltk_data").exists()


def test_only_offline_safe_textstat_functions_are_used(monkeypatch):
    """Guard against textstat internals: the functions we call must not reach nltk.download,
    and no other textstat function may creep into the code (most count syllables, which
    downloads cmudict on every call)."""
    import pathlib
    import re

    import nltk
    import textstat

    import literalist

    used = set()
    for f in pathlib.Path(literalist.__file__).parent.rglob("*.py"):
        used |= set(re.findall(r"textstat\.(\w+)", f.read_text()))
    assert used <= {"lexicon_count", "lix"}, used

    def no_download(*a, **k):
        raise AssertionError("textstat tried nltk.download")

    monkeypatch.setattr(nltk, "download", no_download)
    assert textstat.lexicon_count("Three small words.", removepunct=True) == 3
    assert textstat.lix("One sentence here. Another sentence there.") > 0
