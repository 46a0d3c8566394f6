// One running server: spawn it, connect vscode-languageclient, and decide what a failure means.
import { spawn, type ChildProcess } from 'child_process';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  type LanguageClientOptions,
  type Middleware,
} from 'vscode-languageclient/node';
import type { Launch } from './launch';
import { ServerHealth } from './startFailure';

export const CLIENT_ID = 'literalist'; // also makes vscode-languageclient read `literalist.trace.server`

// The documents the server lints. `.prompt` (Dotprompt) files get our own language id,
// `dotprompt`: VS Code itself owns `prompt` (*.prompt.md), `instructions`, `chatagent`
// (*.agent.md, *.chatmode.md) and `skill` (SKILL.md), and validates those files' front matter as
// Copilot prompt files, which would flag a Dotprompt header. All of these are Markdown to the
// server except Dotprompt; it decides by file name, and by language id for unsaved buffers.
export const LANGUAGE_IDS = ['dotprompt', 'markdown', 'prompt', 'instructions', 'chatagent', 'skill'];
// Cursor's rule files (.cursor/rules/*.mdc) are Markdown, but VS Code gives them no language of
// their own (plain text): they are attached by name, and the server decides by name too.
export const FILE_PATTERNS = ['**/*.mdc'];
export const DOCUMENT_SELECTOR = [
  ...LANGUAGE_IDS.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]),
  ...FILE_PATTERNS.map((pattern) => ({ scheme: 'file', pattern })),
];

/**
 * vscode-languageclient pops up its own "couldn't create connection" notification, forced, on top
 * of anything we show. ServerHealth already tells the user once and precisely: keep the client's
 * messages in the output channel only.
 */
class QuietLanguageClient extends LanguageClient {
  override error(message: string, data?: unknown, _showNotification?: boolean | 'force'): void {
    super.error(message, data, false);
  }
}

export interface RunningServer {
  client: LanguageClient;
  stop(): Promise<void>;
}

export function createServer(opts: {
  launch: Launch;
  health: ServerHealth;
  output: vscode.LogOutputChannel;
  trace: vscode.LogOutputChannel;
  initializationOptions: unknown;
  middleware: Middleware;
  onReport: (message: string) => void;
}): RunningServer {
  const { launch, health, output } = opts;
  let proc: ChildProcess | undefined;

  const serverOptions = async (): Promise<ChildProcess> => {
    output.info(`starting: ${[launch.command, ...launch.args].join(' ')}${launch.cwd ? ` (in ${launch.cwd})` : ''}`);
    const child = spawn(launch.command, launch.args, { cwd: launch.cwd, env: launch.env, stdio: 'pipe', windowsHide: true });
    child.on('error', (err) => {
      health.recordSpawnError(err as NodeJS.ErrnoException);
      output.error(`could not run ${launch.command}: ${err.message}`);
    });
    child.stderr?.on('data', (chunk: Buffer) => health.recordStderr(chunk.toString('utf8')));
    child.on('exit', (code, signal) => output.info(`server exited (${signal ?? `code ${code}`})`));
    proc = child;
    return child;
  };

  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
    traceOutputChannel: opts.trace, // see TraceChannel
    revealOutputChannelOn: 4 /* RevealOutputChannelOn.Never */,
    initializationOptions: opts.initializationOptions,
    middleware: opts.middleware,
    errorHandler: {
      error: (error) => {
        output.error(`connection error: ${error.message}`);
        return { action: ErrorAction.Continue, handled: true };
      },
      closed: () => {
        const decision = health.onClosed();
        if (decision.restart) {
          output.warn('server stopped unexpectedly: restarting');
          return { action: CloseAction.Restart, handled: true };
        }
        if (decision.report) opts.onReport(decision.report);
        return { action: CloseAction.DoNotRestart, handled: true };
      },
    },
    initializationFailedHandler: () => false,
  };

  const client = new QuietLanguageClient(CLIENT_ID, 'Literalist', serverOptions, clientOptions);
  client.onDidChangeState((e) => {
    if (e.newState === State.Running) health.markInitialized();
  });

  return {
    client,
    async stop() {
      try {
        if (client.state === State.Running) await client.stop(2000);
      } catch (err) {
        output.warn(`stopping the server: ${String(err)}`);
      } finally {
        // A server that ignored shutdown/exit is not left behind.
        if (proc && proc.exitCode === null && proc.signalCode === null) proc.kill();
      }
    },
  };
}
