#!/usr/bin/env bash
# Build vscode-client/literalist-<version>.vsix with the Python server bundled in bundled/libs,
# so the extension works where nobody ran pip: only a python3 (3.10 to 3.13) is needed.
#
#   PYTHON          interpreter that builds the wheel and runs pip (default: the project's .venv)
#   BUNDLE_PYTHONS  Python versions whose compiled dependencies are bundled (default: 3.10 to 3.13)
#
# The compiled dependencies (regex for nltk, charset-normalizer for requests) are per Python
# version and platform. Each version is installed into its own folder with pip's --python-version
# and the results are merged: pure-Python files are identical, and the compiled modules carry
# their version in their file names (_regex.cpython-312-x86_64-linux-gnu.so), so they sit side by
# side. bundled/tool/bundle.json records what was bundled; launch.py checks it at start.
set -euo pipefail

CLIENT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO="$(cd "$CLIENT/.." && pwd)"
PYTHON="${PYTHON:-$REPO/.venv/bin/python}"
BUNDLE_PYTHONS="${BUNDLE_PYTHONS:-3.10 3.11 3.12 3.13}"
WORK="$REPO/build/vsix"           # gitignored scratch space, pip's cache included
mkdir -p "$WORK"
export PIP_CACHE_DIR="$WORK/pip-cache" PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
export npm_config_cache="${npm_config_cache:-$REPO/.editors/npm-cache}"

die() { printf 'build-vsix: %s\n' "$*" >&2; exit 1; }
step() { printf '[build-vsix %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

[ -x "$PYTHON" ] || die "no Python at $PYTHON (run make test once, or set PYTHON=)"
command -v node >/dev/null || die "node is not on PATH"
command -v npm >/dev/null || die "npm is not on PATH"

version="$(node -p "require('$CLIENT/package.json').version")"
py_version="$("$PYTHON" -c 'import tomllib,sys; print(tomllib.load(open(sys.argv[1],"rb"))["project"]["version"])' "$REPO/pyproject.toml")"
[ "$version" = "$py_version" ] || die "vscode-client/package.json version $version differs from pyproject.toml version $py_version"

cd "$CLIENT"
# npm dependencies, pinned by package-lock.json; reinstalled only when the lock file changes.
want="$(cat package.json package-lock.json | sha256sum | cut -d' ' -f1)"
if [ "$(cat node_modules/.literalist-stamp 2>/dev/null)" != "$want" ]; then
  step "npm ci"
  npm ci --no-audit --no-fund >"$WORK/npm.log" 2>&1 || { tail -20 "$WORK/npm.log" >&2; die "npm ci failed"; }
  echo "$want" >node_modules/.literalist-stamp
fi

step "bundle the extension (esbuild)"
rm -rf dist
node scripts/build.mjs --production

step "bundle the server for Python $BUNDLE_PYTHONS"
rm -rf bundled "$WORK/wheel"
mkdir -p bundled/tool bundled/libs "$WORK/wheel"
"$PYTHON" -m pip wheel --no-deps -w "$WORK/wheel" "$REPO" >"$WORK/wheel.log" 2>&1 \
  || { tail -20 "$WORK/wheel.log" >&2; die "could not build the literalist wheel (log: $WORK/wheel.log)"; }
wheel="$(ls "$WORK"/wheel/literalist-*.whl)"
# The runtime dependencies, per Python version, cached until pyproject.toml's list changes
# (resolving them from the registry is most of this script's time).
"$PYTHON" -c 'import tomllib,sys; print("\n".join(tomllib.load(open(sys.argv[1],"rb"))["project"]["dependencies"]))' \
  "$REPO/pyproject.toml" >"$WORK/requirements.txt"
deps_key="$(cat "$WORK/requirements.txt" "$0" | sha256sum | cut -c1-16)"
# pip evaluates environment markers for the Python running pip, not for --python-version: the
# backports that only older Pythons need (cattrs -> exceptiongroup, our tomli) would be left out,
# so they are named explicitly. tests/editors/bundle_smoke.py runs the bundle on each version.
BACKPORTS_BEFORE_311=(exceptiongroup tomli)
mkdir -p "$WORK/deps"
find "$WORK/deps" -mindepth 1 -maxdepth 1 ! -name "$deps_key" -exec rm -rf {} +   # stale caches
for v in $BUNDLE_PYTHONS; do
  target="$WORK/deps/$deps_key/$v"
  reqs="$WORK/requirements.txt"
  if [ "${v#3.}" -lt 11 ]; then
    reqs="$WORK/requirements-$v.txt"
    { cat "$WORK/requirements.txt"; printf '%s\n' "${BACKPORTS_BEFORE_311[@]}"; } >"$reqs"
  fi
  if [ ! -f "$target/.complete" ]; then
    rm -rf "$target"
    "$PYTHON" -m pip install -q --target "$target" --no-compile --only-binary=:all: \
        --python-version "$v" --implementation cp --abi "cp${v/./}" \
        --platform manylinux2014_x86_64 --platform manylinux_2_17_x86_64 \
        --platform manylinux_2_28_x86_64 --platform linux_x86_64 \
        -r "$reqs" >"$WORK/pip-$v.log" 2>&1 \
      || { tail -20 "$WORK/pip-$v.log" >&2; die "pip install for Python $v failed (log: $WORK/pip-$v.log)"; }
    touch "$target/.complete"
  fi
  cp -a -n "$target"/. bundled/libs/
done
rm -f bundled/libs/.complete
# The project itself is pure Python: one copy serves every version.
"$PYTHON" -m pip install -q --target bundled/libs --no-compile --no-deps "$wheel" >"$WORK/pip-literalist.log" 2>&1 \
  || { tail -20 "$WORK/pip-literalist.log" >&2; die "pip install of the literalist wheel failed"; }
# Console scripts carry the build machine's interpreter path; the extension never uses them.
rm -rf bundled/libs/bin
find bundled/libs -name '__pycache__' -type d -prune -exec rm -rf {} +
cp python/launch.py bundled/tool/launch.py
printf '{"pythons": [%s], "platform": "linux-x86_64", "literalist": "%s"}\n' \
  "$(printf '"%s",' $BUNDLE_PYTHONS | sed 's/,$//')" "$version" >bundled/tool/bundle.json

step "smoke test: the bundled server imports with $("$PYTHON" -c 'import sys;print("%d.%d"%sys.version_info[:2])')"
env -i PATH="$PATH" HOME="$WORK" "$PYTHON" -I -c "
import sys; sys.path.insert(0, 'bundled/libs')
import literalist, literalist.lsp.server, literalist.engine, pygls, lsprotocol, nltk, regex, textstat
assert literalist.__file__.startswith('$CLIENT/bundled/libs'), literalist.__file__
" || die "the bundled packages do not import"

step "package"
rm -f literalist-*.vsix
# The secret scan (secretlint over every file) takes over a minute on the 2,000 files of
# third-party packages in bundled/, which come from PyPI as they are; our own shipped files are
# the handful listed in .vscodeignore, all under version control.
npx --no-install vsce package --no-dependencies --allow-package-all-secrets --out "literalist-$version.vsix" >"$WORK/vsce.log" 2>&1 \
  || { cat "$WORK/vsce.log" >&2; die "vsce package failed"; }
size="$(du -h "literalist-$version.vsix" | cut -f1)"
step "built $CLIENT/literalist-$version.vsix ($size)"
