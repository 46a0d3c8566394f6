"""The server writes diagnostics as JSON text from templates (``lsp/diagnostic_json.py``);
read back, that text must be exactly what lsprotocol makes of the typed diagnostic, for
any prompt, every position encoding, with and without the Unnecessary tag."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st
from lsprotocol import types
from pygls.protocol import default_converter

from budgets import SHORT
from hostile_text import any_text, paths, prompt_text
from literalist.engine import Linter
from literalist.lsp.diagnostic_json import DiagnosticEncoder
from literalist.lsp.diagnostics import DiagnosticStyle, to_diagnostics
from literalist.lsp.document_store import Positions
from literalist.lsp.encoding import ColumnCodec
from literalist.positions import LineIndex

CONVERTER = default_converter()
FADING = types.ClientCapabilities(text_document=types.TextDocumentClientCapabilities(
    publish_diagnostics=types.PublishDiagnosticsClientCapabilities(
        tag_support=types.ClientDiagnosticsTagOptions(value_set=[types.DiagnosticTag.Unnecessary]))))


@SHORT
@given(text=prompt_text | any_text, path=paths, encoding=st.sampled_from(["utf-16", "utf-8", "utf-32"]),
       caps=st.sampled_from([types.ClientCapabilities(), FADING]))
def test_json_text_is_the_typed_diagnostic(text, path, encoding, caps):
    findings = Linter().lint(text, path)
    positions = Positions(LineIndex(text), ColumnCodec(encoding))
    style = DiagnosticStyle(caps)
    encoder = DiagnosticEncoder(style)
    want = [CONVERTER.unstructure(d) for d in to_diagnostics(findings, positions, style)]
    for _ in range(2):  # the second time from cached templates
        assert [json.loads(item) for item in encoder.encode(findings, positions)] == want
