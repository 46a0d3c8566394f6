"""The server's commands (``workspace/executeCommand``).

``literalist.nextFinding(uri[, line, character])``: the next finding, returned as a
Location and shown with ``window/showDocument`` when the client can.
``literalist.stripAllEmotionalLanguage(uri)``: the safe fixes of every tone finding,
sent to the client with ``workspace/applyEdit``.

Arguments arrive as plain JSON, so they are checked here: a wrong call gets an
InvalidParams error that says what was expected.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types
from pygls.exceptions import JsonRpcException, JsonRpcInvalidParams

from .code_actions import FIX_ALL_TITLE, tone_fix_edits
from .scheduler import LintResult
from .workspace_edits import workspace_edit

if TYPE_CHECKING:
    from .server import LiteralistServer

STRIP_ALL = "literalist.stripAllEmotionalLanguage"
REQUEST_FAILED = -32803  # LSPErrorCodes.RequestFailed


def _uri(ls: LiteralistServer, args: tuple) -> str:
    if not args or not isinstance(args[0], str):
        raise JsonRpcInvalidParams("expected the document URI as the first argument")
    if args[0] not in ls.documents:
        raise JsonRpcInvalidParams(f"{args[0]} is not an open prompt document")
    return args[0]


def _cursor(args: tuple) -> tuple[int, int] | None:
    """(uri), (uri, line, character) or (uri, {line, character})."""
    rest = args[1:]
    if not rest:
        return None
    if len(rest) == 1 and isinstance(rest[0], dict):
        line, char = rest[0].get("line"), rest[0].get("character")
    elif len(rest) == 2:
        line, char = rest
    else:
        raise JsonRpcInvalidParams("expected (uri), (uri, line, character) or (uri, {line, character})")
    if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in (line, char)):
        raise JsonRpcInvalidParams("line and character must be non-negative integers")
    return line, char


async def _result(ls: LiteralistServer, uri: str) -> LintResult:
    result = await ls.current(uri)
    if result is None:  # closed while we waited
        raise JsonRpcInvalidParams(f"{uri} is not an open prompt document")
    return result


async def next_finding(ls: LiteralistServer, args: tuple) -> types.Location | None:
    uri = _uri(ls, args)
    cursor = _cursor(args)
    result = await _result(ls, uri)
    positions = ls.positions(result)
    after = positions.offset(types.Position(line=cursor[0], character=cursor[1])) if cursor else None
    finding = ls.cursor.next(uri, result.findings, after)
    if finding is None:
        return None
    if ls.cap("window.show_document.support"):
        try:
            await ls.window_show_document_async(
                types.ShowDocumentParams(
                    uri=uri, take_focus=True, selection=positions.range(finding.start, finding.end)
                )
            )
        except Exception as exc:  # the jump is a convenience: the Location is still the answer
            ls.log(f"The client could not show {uri}: {exc!r}", types.MessageType.Info)
    return types.Location(uri=uri, range=positions.range(finding.start, finding.start))


async def strip_all(ls: LiteralistServer, args: tuple) -> dict:
    uri = _uri(ls, args)
    result = await _result(ls, uri)
    edits, fixes = tone_fix_edits(result)
    if not edits:
        return {"applied": False, "edits": 0}
    if not ls.cap("workspace.apply_edit"):
        raise JsonRpcException(
            message="The client cannot apply workspace edits (workspace.applyEdit)", code=REQUEST_FAILED
        )
    edit = workspace_edit(uri, result.version, edits, ls.positions(result), ls.caps)
    answer = await ls.workspace_apply_edit_async(types.ApplyWorkspaceEditParams(edit=edit, label=FIX_ALL_TITLE))
    return {"applied": bool(answer and answer.applied), "edits": fixes}
