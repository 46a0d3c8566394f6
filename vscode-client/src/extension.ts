// Entry point: the output channel, the commands, and (re)starting the server when the interpreter
// or the workspace trust changes. Everything that decides something lives in a pure module.
import * as os from 'os';
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { createServer, type RunningServer } from './client';
import { describeInterpreter, resolveInterpreter } from './interpreter';
import { buildLaunch } from './launch';
import { onPythonInterpreterChanged, pythonExtensionInterpreter } from './python';
import { selfCheck } from './selfCheck';
import { mapSettings, RESTART_KEYS } from './settings';
import { ServerHealth } from './startFailure';
import { TraceChannel } from './traceChannel';

const SECTION = 'literalist';
let output: vscode.LogOutputChannel;
let trace: TraceChannel;
let server: RunningServer | undefined;
let starting: Promise<void> | undefined;

/** The settings the server gets for one scope, with problems in the user's values logged. */
function serverSettingsFor(scope?: vscode.ConfigurationScope) {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const { settings, problems } = mapSettings((key) => config.get(key));
  for (const p of problems) output.warn(p);
  // An empty select means "the project's selection": the server's default when the key is absent.
  const { select, ...rest } = settings;
  return select.length > 0 ? { ...rest, select } : rest;
}

const middleware: Middleware = {
  workspace: {
    // The server registers for our section; send no payload so it pulls the mapped settings
    // below, per folder, instead of the raw section (client-only keys included).
    didChangeConfiguration: (_sections, next) => next(undefined),
    // Answer workspace/configuration for our section with the mapped settings, so that client-only
    // keys and malformed values never reach the server.
    configuration: async (params, token, next) => {
      const raw = await next(params, token);
      if (!Array.isArray(raw)) return raw;
      return params.items.map((item, i) => {
        if (item.section !== SECTION) return raw[i];
        const scope = item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined;
        return serverSettingsFor(scope);
      });
    },
  },
  // Commands run from the palette get no arguments: give the server the active document.
  executeCommand: async (command, args, next) => {
    const editor = vscode.window.activeTextEditor;
    if (args.length === 0 && editor) {
      const uri = editor.document.uri.toString();
      if (command === 'literalist.nextFinding') {
        const pos = editor.selection.active;
        return next(command, [uri, { line: pos.line, character: pos.character }]);
      }
      return next(command, [uri]);
    }
    return next(command, args);
  },
};

function reportStartFailure(message: string): void {
  output.error(message);
  void vscode.window.showErrorMessage(message, 'Show Output', 'Restart').then((choice) => {
    if (choice === 'Show Output') output.show();
    if (choice === 'Restart') void restart();
  });
}

async function start(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const config = vscode.workspace.getConfiguration(SECTION, folder);
  const trusted = vscode.workspace.isTrusted;
  const interpreter = resolveInterpreter({
    interpreterSetting: config.inspect('interpreter') ?? {},
    importStrategySetting: config.inspect('importStrategy') ?? {},
    workspaceTrusted: trusted,
    pythonExtensionInterpreter: trusted ? await pythonExtensionInterpreter(folder?.uri) : undefined,
    platform: process.platform,
    workspaceFolder: folder?.uri.fsPath,
    homeDir: os.homedir(),
  });
  for (const note of interpreter.notes) output.warn(note);
  const description = describeInterpreter(interpreter);
  output.info(`interpreter: ${description}`);

  const launch = buildLaunch(interpreter, extensionDir, process.env, folder?.uri.fsPath);
  const health = new ServerHealth(description);
  server = createServer({
    launch,
    health,
    output,
    trace,
    initializationOptions: { [SECTION]: serverSettingsFor(folder) },
    middleware,
    onReport: reportStartFailure,
  });
  try {
    await server.client.start();
  } catch (err) {
    // The error handler has reported it already when the process died; this covers the rest
    // (e.g. the server answered initialize with an error).
    output.error(`start failed: ${err instanceof Error ? err.message : String(err)}`);
    const decision = health.onClosed();
    if (!decision.restart && decision.report) reportStartFailure(decision.report);
  }
}

async function stop(): Promise<void> {
  const s = server;
  server = undefined;
  if (s) await s.stop();
}

/** Serialised: a burst of setting changes restarts once at a time, never two servers at once. */
function restart(): Promise<void> {
  const previous = starting ?? Promise.resolve();
  starting = previous.then(async () => {
    await stop();
    await start();
  });
  return starting;
}

let extensionDir = '';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  extensionDir = context.extensionPath;
  output = vscode.window.createOutputChannel('Literalist', { log: true });
  trace = new TraceChannel(output, () => vscode.workspace.getConfiguration(SECTION).get('trace.server', 'off'));
  context.subscriptions.push(output, trace);

  context.subscriptions.push(
    vscode.commands.registerCommand('literalist.restart', () => restart()),
    vscode.commands.registerCommand('literalist.showOutput', () => output.show()),
    vscode.commands.registerCommand('literalist.showSelfCheck', showSelfCheck),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (RESTART_KEYS.some((k) => e.affectsConfiguration(k))) {
        void restart();
      }
      // Other literalist.* changes reach the server through the didChangeConfiguration
      // registration it makes (see the middleware above).
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void restart()),
  );
  // resolveInterpreter decides whether the Python extension's choice matters (no setting, trusted).
  const pythonWatch = await onPythonInterpreterChanged(() => void restart());
  if (pythonWatch) context.subscriptions.push(pythonWatch);

  await restart();
}

export async function deactivate(): Promise<void> {
  await stop();
}

async function showSelfCheck(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Open a prompt to see its self-check.');
    return;
  }
  const codes = vscode.languages
    .getDiagnostics(editor.document.uri)
    .filter((d) => d.source === 'literalist')
    .map((d) => d.code);
  const { text } = selfCheck(codes);
  const choice = await vscode.window.showInformationMessage(text, ...(codes.length ? ['Next Finding', 'Show Problems'] : []));
  if (choice === 'Next Finding') await vscode.commands.executeCommand('literalist.nextFinding');
  if (choice === 'Show Problems') await vscode.commands.executeCommand('workbench.actions.view.problems');
}
