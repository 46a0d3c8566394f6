import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CLIENT_ONLY_KEYS, DEFAULTS, mapSettings } from '../src/settings';

const from = (values: Record<string, unknown>) => mapSettings((k) => values[k]);

describe('mapSettings', () => {
  it('gives the defaults for an empty configuration', () => {
    const { settings, problems } = from({});
    assert.deepEqual(settings, DEFAULTS);
    assert.deepEqual(problems, []);
  });

  it('never passes client-only keys to the server', () => {
    const { settings } = from({ interpreter: ['/x'], importStrategy: 'fromEnvironment', trace: { server: 'verbose' } });
    for (const k of CLIENT_ONLY_KEYS) assert.equal(k in settings, false, k);
  });

  it('maps every value the server reads', () => {
    const { settings, problems } = from({
      enable: false,
      select: ['lit1', 'LIT203'],
      ignore: 'LIT101, LIT5',
      severity: { lit101: 'Error', LIT203: 'information' },
      phrases: { Tone: ['code red'], inference: 'the usual deck' },
      dataTags: ['<ticket>', 'Transcript'],
      allowCaps: ['ACME'],
      codeLens: false,
      debounceMs: 300.4,
      maxDocumentBytes: 5_000_000,
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(settings, {
      enable: false,
      select: ['LIT1', 'LIT203'],
      ignore: ['LIT101', 'LIT5'],
      severity: { LIT101: 'error', LIT203: 'info' },
      phrases: { tone: ['code red'], inference: ['the usual deck'] },
      dataTags: ['ticket', 'transcript'],
      allowCaps: ['ACME'],
      codeLens: false,
      debounceMs: 300,
      maxDocumentBytes: 5_000_000,
    });
  });

  it('drops malformed values with a message naming the setting', () => {
    const { settings, problems } = from({
      enable: 'yes',
      ignore: ['LIT101', 'E501', 7],
      severity: { LIT101: 'fatal', XYZ: 'error' },
      phrases: { mood: ['x'] },
      debounceMs: -5,
    });
    assert.equal(settings.enable, true);
    assert.deepEqual(settings.ignore, ['LIT101']);
    assert.deepEqual(settings.severity, {});
    assert.deepEqual(settings.phrases, {});
    assert.equal(settings.debounceMs, DEFAULTS.debounceMs);
    assert.equal(problems.length, 7, problems.join('\n'));
    assert.match(problems.join('\n'), /literalist\.enable must be true or false/);
    assert.match(problems.join('\n'), /"E501" is not a rule code/);
    assert.match(problems.join('\n'), /literalist\.severity\.LIT101: "fatal" is not one of error, warning, info, hint/);
    assert.match(problems.join('\n'), /"mood" is not one of tone, inference, quality/);
  });

  it('caps the debounce delay', () => {
    assert.equal(from({ debounceMs: 999999 }).settings.debounceMs, 5000);
  });

  it('keeps the document size limit inside the server\'s bounds', () => {
    assert.equal(from({ maxDocumentBytes: 2_000_000 }).settings.maxDocumentBytes, 2_000_000);
    for (const bad of [10, 1.5e9, 2.5, 'big']) {
      const { settings, problems } = from({ maxDocumentBytes: bad });
      assert.equal(settings.maxDocumentBytes, DEFAULTS.maxDocumentBytes);
      assert.match(problems.join('\n'), /literalist\.maxDocumentBytes must be a whole number/);
    }
  });
});

describe('package.json settings', () => {
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
  const props: Record<string, { default?: unknown }> = pkg.contributes.configuration.properties;

  it('declares exactly the server settings plus the client-only ones', () => {
    const declared = Object.keys(props).map((k) => k.replace(/^literalist\./, '').split('.')[0]);
    const expected = [...Object.keys(DEFAULTS), ...CLIENT_ONLY_KEYS];
    assert.deepEqual([...new Set(declared)].sort(), expected.sort());
  });

  it('has the same defaults as the mapping', () => {
    for (const [key, value] of Object.entries(DEFAULTS)) {
      assert.deepEqual(props[`literalist.${key}`].default, value, key);
    }
  });

  it('restricts the interpreter setting in untrusted workspaces', () => {
    assert.ok(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations.includes('literalist.interpreter'));
  });

  it('keeps @types/vscode at or below engines.vscode (vsce refuses otherwise)', () => {
    const engine = pkg.engines.vscode.replace(/^\^/, '').split('.').map(Number);
    const types = pkg.devDependencies['@types/vscode'].split('.').map(Number);
    assert.ok(types[0] < engine[0] || (types[0] === engine[0] && types[1] <= engine[1]), `${types} > ${engine}`);
  });
});

describe('package.json languages', () => {
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
  const clientSource = readFileSync(join(__dirname, '..', '..', 'src', 'client.ts'), 'utf8');
  const ids = JSON.parse(clientSource.match(/LANGUAGE_IDS = (\[[^\]]*\])/)![1].replace(/'/g, '"')) as string[];
  const patterns = JSON.parse(clientSource.match(/FILE_PATTERNS = (\[[^\]]*\])/)![1].replace(/'/g, '"')) as string[];

  it('activates on every language and file pattern the client attaches to', () => {
    const events = pkg.activationEvents as string[];
    const languages = events.filter((e) => e.startsWith('onLanguage:')).map((e) => e.replace('onLanguage:', ''));
    const files = events.filter((e) => e.startsWith('workspaceContains:')).map((e) => e.replace('workspaceContains:', ''));
    assert.deepEqual(languages.sort(), [...ids].sort());
    assert.deepEqual(files.sort(), [...patterns].sort());
    assert.equal(languages.length + files.length, events.length);
  });

  it("gives .prompt files their own id, not VS Code's `prompt` (*.prompt.md, Copilot's validation)", () => {
    const lang = pkg.contributes.languages.find((l: { extensions: string[] }) => l.extensions.includes('.prompt'));
    assert.equal(lang.id, 'dotprompt');
    assert.equal(pkg.contributes.grammars[0].language, 'dotprompt');
  });
});
