// The Python extension's active interpreter, when that extension is installed. Optional: every
// failure here means "no opinion", and the caller falls back to python3.
import * as vscode from 'vscode';

const PYTHON_EXTENSION_ID = 'ms-python.python';

// The parts of the Python extension's public API used here (its `environments` API).
interface PythonEnvironmentsApi {
  environments?: {
    getActiveEnvironmentPath(resource?: vscode.Uri): { path: string } | undefined;
    resolveEnvironment(env: { path: string } | string): Promise<{ executable: { uri?: vscode.Uri } } | undefined>;
    onDidChangeActiveEnvironmentPath: vscode.Event<unknown>;
  };
}

async function api(): Promise<PythonEnvironmentsApi | undefined> {
  const ext = vscode.extensions.getExtension<PythonEnvironmentsApi>(PYTHON_EXTENSION_ID);
  if (!ext) return undefined;
  try {
    return ext.isActive ? ext.exports : await ext.activate();
  } catch {
    return undefined;
  }
}

export async function pythonExtensionInterpreter(resource?: vscode.Uri): Promise<string[] | undefined> {
  const envs = (await api())?.environments;
  if (!envs) return undefined;
  try {
    const active = envs.getActiveEnvironmentPath(resource);
    if (!active) return undefined;
    const resolved = await envs.resolveEnvironment(active);
    const exe = resolved?.executable.uri?.fsPath;
    return exe ? [exe] : undefined;
  } catch {
    return undefined;
  }
}

/** Calls `listener` when the user picks another interpreter in the Python extension. */
export async function onPythonInterpreterChanged(listener: () => void): Promise<vscode.Disposable | undefined> {
  const envs = (await api())?.environments;
  return envs?.onDidChangeActiveEnvironmentPath(() => listener());
}
