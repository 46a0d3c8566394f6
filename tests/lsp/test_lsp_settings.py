"""Settings from initializationOptions, workspace/configuration and didChangeConfiguration,
merged over config files on disk; changes re-lint the open documents."""

from __future__ import annotations

import pytest

import asyncio

from lsprotocol import types

from lsp_harness import covering, start_editor, wait_until

pytestmark = pytest.mark.asyncio(loop_scope="session")

TEXT = "I'm so stressed. Make it polished.\n\nUse the usual format, like last time.\n"


def families(diags) -> set[str]:
    return {d.code[:4] for d in diags}


async def test_initialization_options(client, tmp_path):
    editor = await start_editor(
        client, "visual-studio-code", None, tmp_path, {"literalist": {"debounceMs": 0, "ignore": ["LIT1"]}}
    )
    doc = editor.open("init.md", TEXT)
    diags = await editor.diagnostics(doc)
    assert "LIT1" not in families(diags) and {"LIT2", "LIT3"} <= families(diags)


async def test_workspace_configuration_is_pulled(client, tmp_path):
    client.set_configuration({"debounceMs": 0, "ignore": ["LIT3"]}, section="literalist")
    editor = await start_editor(client, "neovim", None, tmp_path)
    doc = editor.open("pulled.md", TEXT)
    diags = await editor.diagnostics(doc)
    assert "LIT3" not in families(diags) and {"LIT1", "LIT2"} <= families(diags)


async def test_did_change_configuration_pushed_settings(client, tmp_path):
    editor = await start_editor(client, "visual-studio-code", None, tmp_path, {"literalist": {"debounceMs": 0}})
    doc = editor.open("pushed.md", TEXT)
    diags = await editor.diagnostics(doc)
    tone = covering(diags, editor, doc, "stressed")[0]
    assert tone.severity != types.DiagnosticSeverity.Error
    since = editor.publish_count(doc)
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"literalist": {"debounceMs": 0, "severity": {tone.code: "error"}}})
    )
    diags = await editor.relinted(doc, since)
    assert covering(diags, editor, doc, "stressed")[0].severity == types.DiagnosticSeverity.Error


async def test_did_change_configuration_without_settings_pulls_them(client, tmp_path):
    client.set_configuration({"debounceMs": 0}, section="literalist")
    editor = await start_editor(client, "visual-studio-code", None, tmp_path)
    doc = editor.open("pull-on-change.md", TEXT)
    assert "LIT2" in families(await editor.diagnostics(doc))
    since = editor.publish_count(doc)
    client.set_configuration({"debounceMs": 0, "select": ["LIT2"]}, section="literalist")
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
    diags = await editor.relinted(doc, since)
    assert families(diags) == {"LIT2"}


async def test_pull_client_gets_a_refresh_after_a_settings_change(client, tmp_path):
    from lsp_harness import capabilities_for

    caps = capabilities_for("neovim", None)
    caps.workspace.diagnostics = types.DiagnosticWorkspaceClientCapabilities(refresh_support=True)
    client.set_configuration({"debounceMs": 0}, section="literalist")
    editor = await start_editor(client, "neovim", None, tmp_path, caps=caps)
    doc = editor.open("refresh.md", TEXT)
    assert "LIT1" in families(await editor.diagnostics(doc))
    client.set_configuration({"debounceMs": 0, "ignore": ["LIT1"]}, section="literalist")
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
    await wait_until(lambda: client.diagnostic_refresh_count > 0, message="workspace/diagnostic/refresh")
    assert "LIT1" not in families(await editor.diagnostics(doc))


async def test_extra_phrases_and_disable(client, tmp_path):
    editor = await start_editor(
        client,
        "visual-studio-code",
        None,
        tmp_path,
        {"literalist": {"debounceMs": 0, "phrases": {"tone": ["code red"]}}},
    )
    doc = editor.open("phrases.md", "We are at code red on this one. Summarize the notes below.\n")
    diags = await editor.diagnostics(doc)
    assert covering(diags, editor, doc, "code red")[0].code.startswith("LIT1")

    since = editor.publish_count(doc)
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"literalist": {"enable": False}})
    )
    assert await editor.relinted(doc, since) == []
    assert await editor.code_lens(doc) == []


async def test_bad_setting_values_are_reported_and_skipped(client, tmp_path):
    editor = await start_editor(
        client,
        "visual-studio-code",
        None,
        tmp_path,
        {"literalist": {"debounceMs": "soon", "ignore": ["LIT1"], "severity": {"LIT101": "loud"}}},
    )
    doc = editor.open("bad-settings.md", TEXT)
    diags = await editor.diagnostics(doc, timeout=5)
    assert "LIT1" not in families(diags)  # the good key still applies
    logged = "\n".join(m.message for m in client.log_messages)
    assert "literalist.debounceMs" in logged and "'soon'" in logged
    assert "literalist.severity.LIT101" in logged


async def test_config_file_on_disk_and_watched_changes(client, tmp_path):
    (tmp_path / "literalist.toml").write_text('ignore = ["LIT1"]\n')
    editor = await start_editor(client, "visual-studio-code", None, tmp_path, {"literalist": {"debounceMs": 0}})
    await wait_until(lambda: client.registrations, message="file watcher registration")
    watched = [r for r in client.registrations if r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES]
    options = watched[0].register_options  # untyped on the client side: plain JSON
    globs = {w["globPattern"] for w in options["watchers"]}
    assert globs == {"**/literalist.toml", "**/.literalist.toml", "**/pyproject.toml"}

    doc = editor.open("sub/config.md", TEXT)
    diags = await editor.diagnostics(doc)
    assert "LIT1" not in families(diags) and "LIT3" in families(diags)

    # the settings add to the file: ignore from both
    since = editor.publish_count(doc)
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"literalist": {"debounceMs": 0, "ignore": ["LIT2"]}})
    )
    diags = await editor.relinted(doc, since)
    assert families(diags) == {"LIT3"}

    # the file changes on disk; the client reports it
    (tmp_path / "literalist.toml").write_text('ignore = ["LIT3"]\n')
    since = editor.publish_count(doc)
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=(tmp_path / "literalist.toml").as_uri(), type=types.FileChangeType.Changed)]
        )
    )
    diags = await editor.relinted(doc, since)
    assert families(diags) == {"LIT1"}


async def test_broken_config_file(client, tmp_path):
    config = tmp_path / "literalist.toml"
    config.write_text('select = ["LIT"]\nignore = [\n  "LIT1",\n  oops\n]\n')
    editor = await start_editor(client, "visual-studio-code", None, tmp_path, {"literalist": {"debounceMs": 0}})
    first = editor.open("broken-1.md", TEXT)
    second = editor.open("broken-2.md", TEXT)
    for doc in (first, second):
        diags = await editor.diagnostics(doc)
        assert {"LIT1", "LIT2", "LIT3"} <= families(diags)  # linting goes on with defaults
    await asyncio.sleep(0.2)
    shown = [m for m in client.messages if str(config) in m.message]
    assert len(shown) == 1, client.messages
    assert f"{config}:4" in shown[0].message
    assert shown[0].type in (types.MessageType.Warning, types.MessageType.Error)
