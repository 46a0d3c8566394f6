// `literalist.trace.server` as users expect it: on means the LSP messages appear in the
// "Literalist" output. vscode-languageclient 10+ traces only when the channel's log level is
// Trace, and logs the messages at that level; this adapter reports Trace while the setting is on
// and writes the messages at info level, so that the setting alone is enough.
import * as vscode from 'vscode';

export class TraceChannel implements vscode.LogOutputChannel {
  private readonly emitter = new vscode.EventEmitter<vscode.LogLevel>();
  private readonly subscriptions: vscode.Disposable[];
  readonly onDidChangeLogLevel = this.emitter.event;

  constructor(
    private readonly base: vscode.LogOutputChannel,
    private readonly setting: () => string,
  ) {
    this.subscriptions = [
      base.onDidChangeLogLevel(() => this.emitter.fire(this.logLevel)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('literalist.trace.server')) this.emitter.fire(this.logLevel);
      }),
    ];
  }

  private get on(): boolean {
    return this.setting() !== 'off';
  }
  get name(): string {
    return this.base.name;
  }
  get logLevel(): vscode.LogLevel {
    return this.on ? vscode.LogLevel.Trace : this.base.logLevel;
  }
  trace(message: string, ...args: unknown[]): void {
    if (this.on) this.base.info(message, ...args);
    else this.base.trace(message, ...args);
  }
  debug(message: string, ...args: unknown[]): void {
    this.base.debug(message, ...args);
  }
  info(message: string, ...args: unknown[]): void {
    this.base.info(message, ...args);
  }
  warn(message: string, ...args: unknown[]): void {
    this.base.warn(message, ...args);
  }
  error(error: string | Error, ...args: unknown[]): void {
    this.base.error(error, ...args);
  }
  append(value: string): void {
    this.base.append(value);
  }
  appendLine(value: string): void {
    this.base.appendLine(value);
  }
  replace(value: string): void {
    this.base.replace(value);
  }
  clear(): void {
    this.base.clear();
  }
  show(preserveFocus?: boolean): void;
  show(column?: vscode.ViewColumn, preserveFocus?: boolean): void;
  show(a?: boolean | vscode.ViewColumn, b?: boolean): void {
    if (typeof a === 'boolean' || a === undefined) this.base.show(a);
    else this.base.show(a, b);
  }
  hide(): void {
    this.base.hide();
  }
  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.emitter.dispose();
  }
}
