"""The ``literalist`` command: ``check``, ``rule CODE``, ``rules``, ``server``."""

from __future__ import annotations

import argparse
import difflib
import io
import os
import sys
from typing import TextIO

from .. import __version__
from .output import FORMATS

EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="literalist",
        description="Lint prompts for what a language model cannot do: infer unstated context, "
        "ignore the writer's stress, guess what 'good' means.",
    )
    parser.add_argument("--version", action="version", version=f"literalist {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    check = sub.add_parser("check", help="lint prompt files and folders", description="Lint prompt files and folders.")
    check.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to lint (default: .); - reads stdin")
    check.add_argument("--stdin-filename", metavar="PATH", help="the name of the text read from stdin (format, config, messages)")
    check.add_argument("--output-format", choices=FORMATS, default="text", help="how to report findings (default: text)")
    check.add_argument("--select", metavar="CODES", help="comma-separated rule codes or prefixes to enable (replaces the config's)")
    check.add_argument("--ignore", metavar="CODES", help="comma-separated rule codes or prefixes to disable (added to the config's)")
    check.add_argument("--fix", action="store_true", help="apply the safe fixes in place")
    check.add_argument("--diff", action="store_true", help="print the fixes as a unified diff instead of writing them")
    check.add_argument("--statistics", action="store_true", help="add document statistics and counts per rule")
    check.add_argument("--config", metavar="PATH", help="use this config file instead of searching for one")
    check.add_argument("--no-color", action="store_true", help="never colour the output (NO_COLOR works too)")
    check.add_argument("--jobs", "-j", type=_jobs, default=0, metavar="N",
                       help="lint files in N processes (default 0: one per core; 1: this process only; --fix and --diff use one)")
    check.set_defaults(func=_cmd_check)

    rule = sub.add_parser("rule", help="explain one rule", description="Print a rule's full explanation.")
    rule.add_argument("code", metavar="CODE", help="a rule code, e.g. LIT101, or its name")
    rule.add_argument("--output-format", choices=("text", "json"), default="text")
    rule.set_defaults(func=_cmd_rule)

    rules = sub.add_parser("rules", help="list every rule", description="List every rule.")
    rules.add_argument("--output-format", choices=("text", "json"), default="text")
    rules.set_defaults(func=_cmd_rules)

    # (never parsed here: main() hands "server ..." to the server's own parser)
    server = sub.add_parser("server", help="run the language server over stdio (see `literalist server --help`)")
    server.set_defaults(func=_cmd_server)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["server"]:
        # the server parses its own options (--stdio, --log-level): hand them over untouched
        return _run_server(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    _tolerant_stdout()  # (never for the server, handled above: it owns stdio)
    try:
        return args.func(args, parser)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `literalist check | head`: the reader left; say nothing more
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except OSError:
            pass
        return 1
    except Exception:  # a bug in literalist itself, not in the input: say so, exit 2 (like ruff's panics)
        import traceback

        traceback.print_exc(file=sys.stderr)
        print(
            f"literalist: internal error (literalist {__version__}); please report it with the traceback above",
            file=sys.stderr,
        )
        return EXIT_USAGE


def _tolerant_stdout() -> None:
    # a prompt can hold any character; a terminal or pipe that cannot show one gets an
    # escape instead of a crash
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            try:
                stream.reconfigure(errors="backslashreplace")
            except (AttributeError, ValueError):
                pass


# --- check -------------------------------------------------------------------------------


def _cmd_check(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from .check import CheckOptions, Overrides, run_check, should_color

    if "-" in args.paths and args.paths != ["-"]:
        return _usage(parser, "'-' (stdin) cannot be mixed with other paths")
    if args.statistics and args.output_format not in ("text", "json"):
        return _usage(parser, "--statistics works with --output-format text or json")
    if args.stdin_filename is not None and args.paths not in ([], ["-"]):
        return _usage(parser, "--stdin-filename only names text read from stdin (-)")
    try:
        overrides = Overrides(select=_codes(args.select, "--select"), ignore=_codes(args.ignore, "--ignore"))
    except ValueError as exc:
        return _usage(parser, str(exc))
    opts = CheckOptions(
        paths=args.paths,
        stdin_filename=args.stdin_filename,
        output_format=args.output_format,
        fix=args.fix,
        diff=args.diff,
        statistics=args.statistics,
        config=args.config,
        color=should_color(sys.stdout, args.no_color) and args.output_format == "text",
        overrides=overrides,
        jobs=args.jobs or _all_cores(),
    )
    return run_check(opts, sys.stdout, sys.stderr)


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("must be 0 (every core) or more")
    return n


def _all_cores() -> int:
    from .parallel import default_jobs

    return default_jobs()


def _codes(value: str | None, flag: str) -> list[str] | None:
    if value is None:
        return None
    from ..rules import ALL_RULES

    codes = [c.strip().upper() for c in value.split(",") if c.strip()]
    for code in codes:
        if not any(known.startswith(code) for known in ALL_RULES):
            hint = difflib.get_close_matches(code, list(ALL_RULES), n=1, cutoff=0.7)
            extra = f" (did you mean {hint[0]}?)" if hint else "; `literalist rules` lists them"
            raise ValueError(f"{flag}: unknown rule code or prefix '{code}'{extra}")
    return codes


def _usage(parser: argparse.ArgumentParser, message: str) -> int:
    parser.print_usage(sys.stderr)
    print(f"literalist: error: {message}", file=sys.stderr)
    return EXIT_USAGE


# --- rule / rules ------------------------------------------------------------------------


def _cmd_rule(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from ..docs_gen import render_rule_page
    from ..rules import ALL_RULES

    wanted = args.code.strip()
    rule = ALL_RULES.get(wanted.upper()) or next((r for r in ALL_RULES.values() if r.name == wanted.lower()), None)
    if rule is None:
        names = [*ALL_RULES, *(r.name for r in ALL_RULES.values())]
        hint = difflib.get_close_matches(wanted, names, n=1, cutoff=0.6)
        extra = f"; did you mean {hint[0]}?" if hint else "; `literalist rules` lists them"
        print(f"literalist: error: no rule '{wanted}'{extra}", file=sys.stderr)
        return EXIT_USAGE
    if args.output_format == "json":
        _dump_json(_rule_json(rule, full=True), sys.stdout)
    else:
        sys.stdout.write(render_rule_page(rule))
    return 0


def _cmd_rules(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from ..rules import ALL_RULES

    rules = list(ALL_RULES.values())
    if args.output_format == "json":
        _dump_json([_rule_json(r, full=False) for r in rules], sys.stdout)
        return 0
    header = ("CODE", "NAME", "CATEGORY", "SEVERITY", "FIX")
    rows = [(r.code, r.name, r.category.value, r.severity.value, "yes" if r.fix_title else "") for r in rules]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        sys.stdout.write("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() + "\n")
    return 0


def _rule_json(rule, full: bool) -> dict:
    data = {
        "code": rule.code,
        "name": rule.name,
        "category": rule.category.value,
        "severity": rule.severity.value,
        "fix": rule.fix_title,
        "summary": rule.summary,
        "url": rule.url,
    }
    if full:
        data.update(
            model_view=rule.model_view,
            instead=rule.instead,
            example_before=rule.example_before,
            example_after=rule.example_after,
        )
    return data


def _dump_json(data, out: TextIO) -> None:
    import json

    json.dump(data, out, indent=2, ensure_ascii=False)
    out.write("\n")


# --- server ------------------------------------------------------------------------------


def _cmd_server(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    return _run_server([])


def _run_server(argv: list[str]) -> int:
    try:
        from ..lsp.main import run
    except ImportError as exc:
        print(f"literalist: error: the language server is not available: {exc}", file=sys.stderr)
        return EXIT_USAGE
    result = run(argv)
    return result if isinstance(result, int) else 0


if __name__ == "__main__":
    sys.exit(main())
