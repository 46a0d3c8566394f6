import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asArgv, describeInterpreter, expandVariables, resolveInterpreter, type InterpreterFacts } from '../src/interpreter';

const base: InterpreterFacts = {
  interpreterSetting: {},
  importStrategySetting: {},
  workspaceTrusted: true,
  platform: 'linux',
  workspaceFolder: '/work/proj',
  homeDir: '/home/ana',
};

describe('resolveInterpreter', () => {
  it('falls back to python3 with the bundled packages', () => {
    const i = resolveInterpreter(base);
    assert.deepEqual(i.command, ['python3']);
    assert.equal(i.source, 'default');
    assert.equal(i.importStrategy, 'useBundled');
  });

  it('uses python on Windows, where python3 is usually absent', () => {
    assert.deepEqual(resolveInterpreter({ ...base, platform: 'win32' }).command, ['python']);
  });

  it("prefers the Python extension's interpreter to the default", () => {
    const i = resolveInterpreter({ ...base, pythonExtensionInterpreter: ['/work/proj/.venv/bin/python'] });
    assert.deepEqual(i.command, ['/work/proj/.venv/bin/python']);
    assert.equal(i.source, 'python-extension');
  });

  it('prefers the setting to the Python extension, and expands variables in it', () => {
    const i = resolveInterpreter({
      ...base,
      interpreterSetting: { workspaceValue: ['${workspaceFolder}/.venv/bin/python', '-X', 'utf8'] },
      pythonExtensionInterpreter: ['/usr/bin/python3.12'],
    });
    assert.deepEqual(i.command, ['/work/proj/.venv/bin/python', '-X', 'utf8']);
    assert.equal(i.source, 'setting');
  });

  it('takes the folder value over the workspace value over the user value', () => {
    const i = resolveInterpreter({
      ...base,
      interpreterSetting: { globalValue: ['/g'], workspaceValue: ['/w'], workspaceFolderValue: ['/f'] },
    });
    assert.deepEqual(i.command, ['/f']);
  });

  it('ignores workspace-level values in an untrusted workspace but keeps the user value', () => {
    const i = resolveInterpreter({
      ...base,
      workspaceTrusted: false,
      interpreterSetting: { globalValue: ['~/py/bin/python'], workspaceValue: ['./evil.sh'] },
      importStrategySetting: { workspaceValue: 'fromEnvironment' },
    });
    assert.deepEqual(i.command, ['/home/ana/py/bin/python']);
    assert.equal(i.importStrategy, 'useBundled');
    assert.equal(i.notes.length, 2);
    assert.match(i.notes.join('\n'), /literalist.interpreter ignored: the workspace is not trusted/);
  });

  it("ignores the Python extension's interpreter in an untrusted workspace", () => {
    const i = resolveInterpreter({
      ...base,
      workspaceTrusted: false,
      interpreterSetting: { workspaceFolderValue: ['/repo/.venv/bin/python'] },
      pythonExtensionInterpreter: ['/repo/.venv/bin/python'],
    });
    assert.deepEqual(i.command, ['python3']);
    assert.equal(i.source, 'default');
  });

  it('treats an empty or blank setting as unset', () => {
    const i = resolveInterpreter({ ...base, interpreterSetting: { workspaceValue: [], globalValue: ['  '] } });
    assert.equal(i.source, 'default');
  });

  it('reads the import strategy, ignoring unknown values', () => {
    assert.equal(resolveInterpreter({ ...base, importStrategySetting: { globalValue: 'fromEnvironment' } }).importStrategy, 'fromEnvironment');
    assert.equal(resolveInterpreter({ ...base, importStrategySetting: { globalValue: 'pip' } }).importStrategy, 'useBundled');
  });

  it('describes itself for the output channel and the error message', () => {
    const d = describeInterpreter(resolveInterpreter({ ...base, interpreterSetting: { globalValue: '/opt/py/bin/python' } }));
    assert.equal(d, '/opt/py/bin/python (from literalist.interpreter, bundled Literalist)');
  });
});

describe('asArgv', () => {
  it('accepts a string or a list of strings', () => {
    assert.deepEqual(asArgv('/usr/bin/python3'), ['/usr/bin/python3']);
    assert.deepEqual(asArgv(['uv', 'run', ' python ']), ['uv', 'run', 'python']);
  });
  it('rejects anything else', () => {
    assert.equal(asArgv(42), undefined);
    assert.equal(asArgv(['python', 3]), undefined);
    assert.equal(asArgv(''), undefined);
  });
});

describe('expandVariables', () => {
  const ctx = { workspaceFolder: '/w', homeDir: '/h', env: { PYENV_ROOT: '/opt/pyenv' } };
  it('expands the variables users write in paths', () => {
    assert.equal(expandVariables('~/bin/python', ctx), '/h/bin/python');
    assert.equal(expandVariables('${userHome}/x', ctx), '/h/x');
    assert.equal(expandVariables('${workspaceFolder}/.venv/bin/python', ctx), '/w/.venv/bin/python');
    assert.equal(expandVariables('${env:PYENV_ROOT}/shims/python', ctx), '/opt/pyenv/shims/python');
  });
  it('leaves a tilde inside a path and an unknown folder alone', () => {
    assert.equal(expandVariables('/a~/b', ctx), '/a~/b');
    assert.equal(expandVariables('${workspaceFolder}/p', { homeDir: '/h' }), '${workspaceFolder}/p');
  });
});
