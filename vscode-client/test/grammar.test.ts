// Tokenize with the same TextMate engine VS Code uses (vscode-textmate + oniguruma).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const root = join(__dirname, '..', '..');
let grammar: textmate.IGrammar;
// VS Code ships the real YAML grammar; an include that cannot be resolved would disable the
// front-matter rule in this test, so stand in with the one scope the test looks for.
const YAML_STAND_IN = textmate.parseRawGrammar(
  JSON.stringify({ scopeName: 'source.yaml', patterns: [{ match: '^([\\w-]+)(:)', captures: { 1: { name: 'entity.name.tag.yaml' } } }] }),
  'yaml.json',
);

/** The scopes of each token of each line, as "text => innermost scope". */
function tokenize(text: string): { text: string; scopes: string[] }[] {
  let stack = textmate.INITIAL;
  const out: { text: string; scopes: string[] }[] = [];
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, stack);
    for (const t of r.tokens) out.push({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    stack = r.ruleStack;
  }
  return out;
}

const scopeOf = (tokens: ReturnType<typeof tokenize>, text: string) => tokens.find((t) => t.text === text)?.scopes ?? [];

before(async () => {
  const wasm = readFileSync(join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope) =>
      scope === 'source.prompt'
        ? textmate.parseRawGrammar(readFileSync(join(root, 'syntaxes', 'prompt.tmLanguage.json'), 'utf8'), 'prompt.json')
        : scope === 'source.yaml'
          ? YAML_STAND_IN
          : null,
  });
  grammar = (await registry.loadGrammar('source.prompt'))!;
  assert.ok(grammar);
});

describe('prompt grammar', () => {
  const doc = [
    '---',
    'model: googleai/gemini-2.0-flash',
    '---',
    '{{! the team never sees this }}',
    '# Task for {{customer}}',
    '{{#if urgent}}',
    '- Summarize the <email>ticket text</email> in `3` bullets',
    '{{/if}}',
    '---',
  ].join('\n');
  let tokens: ReturnType<typeof tokenize>;
  before(() => {
    tokens = tokenize(doc);
  });

  it('scopes the front matter at the start of the file only', () => {
    const key = scopeOf(tokens, 'model');
    assert.ok(key.includes('meta.embedded.block.front-matter.prompt') && key.includes('entity.name.tag.yaml'), key.join(' '));
    const last = tokens[tokens.length - 1];
    assert.equal(last.text, '---');
    assert.ok(!last.scopes.some((s) => s.includes('front-matter')), last.scopes.join(' '));
  });

  it('scopes Handlebars comments, blocks and variables', () => {
    assert.ok(scopeOf(tokens, ' the team never sees this ').includes('comment.block.handlebars.prompt'));
    assert.ok(scopeOf(tokens, '#').includes('keyword.control.handlebars.prompt') || scopeOf(tokens, 'if').includes('keyword.control.handlebars.prompt'));
    assert.ok(scopeOf(tokens, 'urgent').includes('variable.other.prompt'));
    assert.ok(scopeOf(tokens, 'customer').includes('variable.other.prompt'));
  });

  it('scopes headings, list markers, data tags and inline code', () => {
    assert.ok(scopeOf(tokens, 'Task for ').includes('entity.name.section.prompt'));
    assert.ok(scopeOf(tokens, '-').includes('punctuation.definition.list.begin.prompt'));
    assert.ok(scopeOf(tokens, 'email').includes('entity.name.tag.prompt'));
    assert.ok(scopeOf(tokens, '`3`').includes('markup.inline.raw.string.prompt'));
  });

  it('leaves plain prose unscoped', () => {
    assert.deepEqual(scopeOf(tokens, 'ticket text'), ['source.prompt']);
  });
});
