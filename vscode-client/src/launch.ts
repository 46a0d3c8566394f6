// The process that runs the server: argv, environment and working directory. Pure.
import * as path from 'path';
import type { Interpreter } from './interpreter';

export interface Launch {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd?: string;
}

/**
 * `<python> <extension>/bundled/tool/launch.py`: a script rather than `-m literalist`, because `-m`
 * puts the working directory first on sys.path, and a workspace folder named `literalist` would
 * shadow the server. The launcher puts the bundled libraries first (or not, for fromEnvironment) and
 * explains a Python too old or a missing package in one line on stderr.
 */
export function buildLaunch(
  interpreter: Interpreter,
  extensionDir: string,
  baseEnv: NodeJS.ProcessEnv,
  cwd?: string,
): Launch {
  const [command, ...prefix] = interpreter.command;
  const env: NodeJS.ProcessEnv = {
    ...baseEnv,
    LITERALIST_IMPORT_STRATEGY: interpreter.importStrategy,
    // The server talks over stdout: unbuffered and UTF-8 whatever the user's locale says.
    PYTHONUNBUFFERED: '1',
    PYTHONIOENCODING: 'utf-8',
  };
  // Bytecode is left to Python: the bundle ships without .pyc (they are per version), so the first
  // start compiles the packages into bundled/libs/**/__pycache__ when that folder is writable, and
  // later starts are several times faster. A read-only install just compiles in memory each time.
  delete env.PYTHONDONTWRITEBYTECODE;
  // A PYTHONPATH the user exported for other work must not shadow the bundled packages.
  if (interpreter.importStrategy === 'useBundled') delete env.PYTHONPATH;
  return {
    command,
    args: [...prefix, path.join(extensionDir, 'bundled', 'tool', 'launch.py')],
    env,
    cwd,
  };
}
