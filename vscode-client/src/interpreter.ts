// Which Python runs the server, and which copy of Literalist it imports.
// Pure: the caller gathers the facts from VS Code, so the decision is unit-tested without it.

export type ImportStrategy = 'useBundled' | 'fromEnvironment';

/** The `literalist.interpreter` setting as `WorkspaceConfiguration.inspect` reports it. */
export interface SettingInspection<T> {
  globalValue?: T;
  workspaceValue?: T;
  workspaceFolderValue?: T;
}

export interface InterpreterFacts {
  interpreterSetting: SettingInspection<unknown>;
  importStrategySetting: SettingInspection<unknown>;
  /** false in Restricted Mode: workspace-level values may come from an untrusted repository. */
  workspaceTrusted: boolean;
  /** The Python extension's active interpreter for this folder, when it is installed and knows one. */
  pythonExtensionInterpreter?: string[];
  platform: NodeJS.Platform;
  workspaceFolder?: string;
  homeDir: string;
}

export type InterpreterSource = 'setting' | 'python-extension' | 'default';

export interface Interpreter {
  /** argv prefix: the executable, then any arguments it needs (e.g. ["uv", "run", "python"]). */
  command: string[];
  source: InterpreterSource;
  importStrategy: ImportStrategy;
  /** Why a value was passed over, for the output channel. */
  notes: string[];
}

/** ["a", "b"] or "a" -> ["a", "b"] / ["a"]; anything else -> undefined. Blank entries are dropped. */
export function asArgv(value: unknown): string[] | undefined {
  const items = typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined;
  if (!items || !items.every((v) => typeof v === 'string')) return undefined;
  const argv = (items as string[]).map((s) => s.trim()).filter((s) => s.length > 0);
  return argv.length > 0 ? argv : undefined;
}

/** Expand ${workspaceFolder}, ${userHome}, ${env:NAME} and a leading ~ the way users write paths in settings. */
export function expandVariables(
  value: string,
  ctx: { workspaceFolder?: string; homeDir: string; env?: NodeJS.ProcessEnv },
): string {
  let out = value.replace(/^~(?=$|[\\/])/, ctx.homeDir);
  out = out.replace(/\$\{(workspaceFolder|userHome|env:([A-Za-z_][A-Za-z0-9_]*))\}/g, (whole, name, envName) => {
    if (name === 'userHome') return ctx.homeDir;
    if (name === 'workspaceFolder') return ctx.workspaceFolder ?? whole;
    return (ctx.env ?? process.env)[envName] ?? '';
  });
  return out;
}

/**
 * The most specific value the user is allowed to set. In an untrusted workspace only the user's own
 * (global) settings count: a cloned repository must not pick the program VS Code runs.
 */
export function effectiveValue<T>(inspection: SettingInspection<T>, trusted: boolean, isSet: (v: T | undefined) => boolean): {
  value: T | undefined;
  ignoredWorkspaceValue: boolean;
} {
  const workspaceLevel = [inspection.workspaceFolderValue, inspection.workspaceValue].find(isSet);
  if (workspaceLevel !== undefined && trusted) return { value: workspaceLevel, ignoredWorkspaceValue: false };
  return {
    value: isSet(inspection.globalValue) ? inspection.globalValue : undefined,
    ignoredWorkspaceValue: workspaceLevel !== undefined && !trusted,
  };
}

export function defaultPython(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'python' : 'python3';
}

export function resolveInterpreter(facts: InterpreterFacts): Interpreter {
  const notes: string[] = [];
  const ctx = { workspaceFolder: facts.workspaceFolder, homeDir: facts.homeDir };

  const strategy = effectiveValue(
    facts.importStrategySetting,
    facts.workspaceTrusted,
    (v) => v === 'useBundled' || v === 'fromEnvironment',
  );
  const importStrategy: ImportStrategy = (strategy.value as ImportStrategy | undefined) ?? 'useBundled';
  if (strategy.ignoredWorkspaceValue) notes.push('workspace literalist.importStrategy ignored: the workspace is not trusted');

  const chosen = effectiveValue(facts.interpreterSetting, facts.workspaceTrusted, (v) => asArgv(v) !== undefined);
  if (chosen.ignoredWorkspaceValue) notes.push('workspace literalist.interpreter ignored: the workspace is not trusted');
  const fromSetting = asArgv(chosen.value);
  if (fromSetting) {
    return { command: fromSetting.map((s) => expandVariables(s, ctx)), source: 'setting', importStrategy, notes };
  }

  // The Python extension's choice may be a virtual environment inside the workspace: only trust it
  // when the workspace is trusted.
  if (facts.pythonExtensionInterpreter && facts.pythonExtensionInterpreter.length > 0) {
    if (facts.workspaceTrusted) {
      return { command: facts.pythonExtensionInterpreter, source: 'python-extension', importStrategy, notes };
    }
    notes.push("the Python extension's interpreter is ignored: the workspace is not trusted");
  }
  return { command: [defaultPython(facts.platform)], source: 'default', importStrategy, notes };
}

export function describeInterpreter(i: Interpreter): string {
  const from = { setting: 'literalist.interpreter', 'python-extension': 'the Python extension', default: 'the default' }[i.source];
  return `${i.command.join(' ')} (from ${from}, ${i.importStrategy === 'useBundled' ? 'bundled Literalist' : 'Literalist from that environment'})`;
}
