// Decides what happens when the server process goes away: restart a server that had been working
// (a few times), and otherwise tell the user once, with the interpreter and the error, instead of
// the crash-and-restart loop a failing interpreter would cause. Pure state; the extension wires it.

export const MAX_CRASH_RESTARTS = 3;
export const CRASH_WINDOW_MS = 3 * 60 * 1000;
const STDERR_TAIL_LINES = 12;

export type CloseDecision = { restart: true } | { restart: false; report?: string };

export class ServerHealth {
  private initialized = false;
  private crashes: number[] = [];
  private reported = false;
  private stderr: string[] = [];
  private spawnError?: string;

  constructor(
    private readonly interpreterDescription: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** The server answered `initialize`: from now on an exit is a crash, not a failure to start. */
  markInitialized(): void {
    this.initialized = true;
  }

  recordStderr(chunk: string): void {
    for (const line of chunk.split(/\r?\n/)) if (line.trim()) this.stderr.push(line);
    if (this.stderr.length > STDERR_TAIL_LINES) this.stderr.splice(0, this.stderr.length - STDERR_TAIL_LINES);
  }

  recordSpawnError(err: { code?: string; message?: string }): void {
    this.spawnError = err.code === 'ENOENT' ? 'the interpreter was not found' : err.message ?? String(err);
  }

  /** The most telling line: our launcher's own message, else Python's last line (the exception). */
  reason(): string {
    if (this.spawnError) return this.spawnError;
    const ours = this.stderr.find((l) => l.startsWith('literalist: cannot start the server:'));
    if (ours) return ours.replace('literalist: cannot start the server: ', '');
    const last = this.stderr[this.stderr.length - 1];
    return last ? last.trim() : 'the server exited without a message';
  }

  /** The message for the user, or undefined when it was already shown for this interpreter. */
  private reportOnce(prefix: string): string | undefined {
    if (this.reported) return undefined;
    this.reported = true;
    return `${prefix} with ${this.interpreterDescription}: ${this.reason()}`;
  }

  onClosed(): CloseDecision {
    if (!this.initialized) return { restart: false, report: this.reportOnce('Literalist could not start its server') };
    const t = this.now();
    this.crashes = this.crashes.filter((c) => t - c < CRASH_WINDOW_MS);
    this.crashes.push(t);
    if (this.crashes.length <= MAX_CRASH_RESTARTS) {
      // the new process has to answer `initialize` again before it counts as working
      this.initialized = false;
      this.stderr = [];
      return { restart: true };
    }
    return {
      restart: false,
      report: this.reportOnce(`Literalist's server stopped ${this.crashes.length} times in ${CRASH_WINDOW_MS / 60000} minutes`),
    };
  }
}
