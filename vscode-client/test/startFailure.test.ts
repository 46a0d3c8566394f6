import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CRASH_WINDOW_MS, MAX_CRASH_RESTARTS, ServerHealth } from '../src/startFailure';

describe('ServerHealth', () => {
  it('reports a server that never started once, with the interpreter and the error, and never restarts it', () => {
    const h = new ServerHealth('python3 (from the default, bundled Literalist)');
    h.recordStderr('Traceback (most recent call last):\n  File "x", line 1\nModuleNotFoundError: No module named \'pygls\'\n');
    const first = h.onClosed();
    assert.deepEqual(first, {
      restart: false,
      report: "Literalist could not start its server with python3 (from the default, bundled Literalist): ModuleNotFoundError: No module named 'pygls'",
    });
    assert.deepEqual(h.onClosed(), { restart: false, report: undefined });
  });

  it("prefers the launcher's own explanation", () => {
    const h = new ServerHealth('py');
    h.recordStderr('literalist: cannot start the server: /usr/bin/python3 is Python 3.8; Literalist needs Python 3.10 or newer\n');
    h.recordStderr('some later noise\n');
    const d = h.onClosed();
    assert.ok(!d.restart && d.report?.endsWith(': /usr/bin/python3 is Python 3.8; Literalist needs Python 3.10 or newer'));
  });

  it('says when the interpreter does not exist', () => {
    const h = new ServerHealth('/nope/python');
    h.recordSpawnError(Object.assign(new Error('spawn /nope/python ENOENT'), { code: 'ENOENT' }));
    const d = h.onClosed();
    assert.ok(!d.restart && d.report?.endsWith('/nope/python: the interpreter was not found'));
  });

  it('restarts a server that had been working, a few times, then stops and reports', () => {
    let now = 0;
    const h = new ServerHealth('py', () => now);
    for (let i = 0; i < MAX_CRASH_RESTARTS; i++) {
      h.markInitialized();
      now += 1000;
      assert.deepEqual(h.onClosed(), { restart: true });
    }
    h.markInitialized();
    h.recordStderr('Segmentation fault');
    const d = h.onClosed();
    assert.ok(!d.restart && /stopped 4 times in 3 minutes with py: Segmentation fault/.test(d.report ?? ''), JSON.stringify(d));
  });

  it('forgets crashes older than the window', () => {
    let now = 0;
    const h = new ServerHealth('py', () => now);
    for (let i = 0; i < 10; i++) {
      h.markInitialized();
      now += CRASH_WINDOW_MS;
      assert.deepEqual(h.onClosed(), { restart: true });
    }
  });

  it('keeps only the tail of stderr', () => {
    const h = new ServerHealth('py');
    for (let i = 0; i < 100; i++) h.recordStderr(`line ${i}\n`);
    assert.equal(h.reason(), 'line 99');
  });
});
