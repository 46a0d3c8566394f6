// The launch argv, and the real launcher script run by a real Python.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { resolveInterpreter } from '../src/interpreter';
import { buildLaunch } from '../src/launch';

const python = process.env.LITERALIST_TEST_PYTHON ?? 'python3';
const interp = (strategy: unknown) =>
  resolveInterpreter({
    interpreterSetting: { globalValue: [python, '-X', 'utf8'] },
    importStrategySetting: { globalValue: strategy },
    workspaceTrusted: true,
    platform: 'linux',
    homeDir: '/h',
  });

describe('buildLaunch', () => {
  it('runs the launcher script, not -m (the working directory must not shadow the server)', () => {
    const l = buildLaunch(interp('useBundled'), '/ext', { PATH: '/bin', PYTHONPATH: '/mine' }, '/w');
    assert.equal(l.command, python);
    assert.deepEqual(l.args, ['-X', 'utf8', '/ext/bundled/tool/launch.py']);
    assert.equal(l.cwd, '/w');
    assert.equal(l.env.LITERALIST_IMPORT_STRATEGY, 'useBundled');
    assert.equal(l.env.PYTHONPATH, undefined);
    assert.equal(l.env.PATH, '/bin');
  });
  it("keeps the user's PYTHONPATH when Literalist comes from their environment", () => {
    const l = buildLaunch(interp('fromEnvironment'), '/ext', { PYTHONPATH: '/mine' });
    assert.equal(l.env.PYTHONPATH, '/mine');
    assert.equal(l.env.LITERALIST_IMPORT_STRATEGY, 'fromEnvironment');
  });
});

describe('launch.py', () => {
  const ext = mkdtempSync(join(tmpdir(), 'literalist-launch-'));
  after(() => rmSync(ext, { recursive: true, force: true }));
  mkdirSync(join(ext, 'bundled', 'tool'), { recursive: true });
  cpSync(join(__dirname, '..', '..', 'python', 'launch.py'), join(ext, 'bundled', 'tool', 'launch.py'));

  const run = (strategy: string) => {
    const l = buildLaunch(interp(strategy), ext, { PATH: process.env.PATH }, ext);
    return spawnSync(l.command, l.args, { env: l.env, cwd: l.cwd, encoding: 'utf8', timeout: 20000, input: '' });
  };

  it('explains missing bundled packages', () => {
    const r = run('useBundled');
    assert.equal(r.status, 3);
    assert.match(r.stderr, /^literalist: cannot start the server: the bundled packages are missing/);
  });

  it('explains a bundle built for another Python', () => {
    mkdirSync(join(ext, 'bundled', 'libs'), { recursive: true });
    writeFileSync(join(ext, 'bundled', 'tool', 'bundle.json'), JSON.stringify({ pythons: ['2.7'], platform: 'linux-x86_64' }));
    const r = run('useBundled');
    assert.equal(r.status, 3);
    assert.match(r.stderr, /the bundled packages were built for Python 2\.7 on linux-x86_64, and .* is Python 3\.\d+/);
  });

  it('explains an environment without Literalist', () => {
    const r = run('fromEnvironment');
    assert.equal(r.status, 3);
    assert.match(r.stderr, /cannot import literalist .*pip install literalist/);
  });

  it('runs the server from the bundled packages', () => {
    // A stand-in package proves the import order and the argv the real server receives.
    const pkg = join(ext, 'bundled', 'libs', 'literalist');
    mkdirSync(pkg, { recursive: true });
    writeFileSync(join(pkg, '__init__.py'), '');
    writeFileSync(join(pkg, '__main__.py'), 'import sys, literalist\nprint(sys.argv[1:], literalist.__file__)\n');
    rmSync(join(ext, 'bundled', 'tool', 'bundle.json'));
    const r = run('useBundled');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), `['server'] ${join(pkg, '__init__.py')}`);
  });
});
