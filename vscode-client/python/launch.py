"""Start the Literalist language server for the VS Code extension.

Copied to bundled/tool/launch.py in the .vsix. The extension runs `<python> launch.py`; this script
chooses which copy of Literalist to import (LITERALIST_IMPORT_STRATEGY: useBundled puts
bundled/libs first on sys.path, fromEnvironment leaves sys.path alone) and turns the usual
failures into one line on stderr that the extension shows to the user.
Keep it importable by old Pythons: it must be able to say "too old" rather than a SyntaxError.
"""
import os
import sys

MIN_PYTHON = (3, 10)
EXIT_CANNOT_START = 3  # the extension reads this as "do not restart, tell the user"


def fail(message):
    sys.stderr.write("literalist: cannot start the server: %s\n" % message)
    sys.stderr.flush()
    sys.exit(EXIT_CANNOT_START)


def check_bundle(manifest, version):
    """Compiled dependencies are built per Python version and platform: say so before an obscure
    ImportError deep inside the server does."""
    import json
    import sysconfig

    try:
        with open(manifest, encoding="utf-8") as f:
            bundle = json.load(f)
    except (OSError, ValueError):
        return  # a development checkout without a manifest: let the import decide
    platform = sysconfig.get_platform()
    if version not in bundle.get("pythons", [version]) or platform != bundle.get("platform", platform):
        fail("the bundled packages were built for Python %s on %s, and %s is Python %s on %s; "
             "set literalist.interpreter to a matching Python, or install literalist into this one "
             "and set literalist.importStrategy to fromEnvironment"
             % ("/".join(bundle.get("pythons", [])), bundle.get("platform"), sys.executable, version, platform))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    libs = os.path.join(os.path.dirname(here), "libs")
    strategy = os.environ.get("LITERALIST_IMPORT_STRATEGY", "useBundled")
    version = "%d.%d" % sys.version_info[:2]
    if sys.version_info[:2] < MIN_PYTHON:
        fail("%s is Python %s; Literalist needs Python %d.%d or newer "
             "(set literalist.interpreter)" % (sys.executable, version, MIN_PYTHON[0], MIN_PYTHON[1]))
    # The script's own folder is sys.path[0]; nothing in it is meant to be imported.
    if sys.path and os.path.abspath(sys.path[0] or ".") == here:
        del sys.path[0]
    if strategy == "useBundled":
        if not os.path.isdir(libs):
            fail("the bundled packages are missing (%s); reinstall the extension" % libs)
        check_bundle(os.path.join(here, "bundle.json"), version)
        sys.path.insert(0, libs)
    try:
        import literalist  # noqa: F401
    except ImportError as exc:
        if strategy == "fromEnvironment":
            fail("%s cannot import literalist (%s); run `%s -m pip install literalist` "
                 "or set literalist.importStrategy to useBundled" % (sys.executable, exc, sys.executable))
        fail("%s (Python %s) cannot load the bundled packages: %s" % (sys.executable, version, exc))
    import runpy

    sys.argv = ["literalist", "server"]
    runpy.run_module("literalist", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
