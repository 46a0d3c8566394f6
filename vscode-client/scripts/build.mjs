// Bundle the extension (dist/extension.js) and, with --tests, each unit test (out/test/*.test.js).
// esbuild instead of tsc output: one file to ship, and vscode-languageclient inlined.
import { build } from 'esbuild';
import { readdirSync } from 'fs';
import { dirname, join } from 'path';
import { fileURLToPath } from 'url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'], logLevel: 'warning' };

await build({
  ...common,
  entryPoints: [join(root, 'src/extension.ts')],
  outfile: join(root, 'dist/extension.js'),
  minify: process.argv.includes('--production'),
  sourcemap: !process.argv.includes('--production'),
});

if (process.argv.includes('--tests')) {
  const tests = readdirSync(join(root, 'test')).filter((f) => f.endsWith('.test.ts'));
  await build({
    ...common,
    entryPoints: tests.map((f) => join(root, 'test', f)),
    outdir: join(root, 'out/test'),
    sourcemap: 'inline',
  });
}
