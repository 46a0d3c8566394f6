// Runs @silupanda/prompt-lint (a library with no command line) over files, the way a CLI
// would: one Node process, each file read and linted in turn, one JSON line per file.
// Usage: node prompt_lint_runner.js MODULE_DIR FILE...
"use strict";
const fs = require("fs");
const path = require("path");

const [moduleDir, ...files] = process.argv.slice(2);
if (!moduleDir || files.length === 0) {
  process.stderr.write("usage: node prompt_lint_runner.js MODULE_DIR FILE...\n");
  process.exit(2);
}
const { lint } = require(path.resolve(moduleDir));
let total = 0;
for (const file of files) {
  const source = fs.readFileSync(file, "utf8");
  const report = lint({ source });
  total += report.diagnostics.length;
  const diagnostics = report.diagnostics.map((d) => ({
    rule: d.ruleId,
    line: d.location && d.location.startLine ? d.location.startLine : null,
  }));
  process.stdout.write(JSON.stringify({ file, diagnostics }) + "\n");
}
process.exit(total > 0 ? 1 : 0);
