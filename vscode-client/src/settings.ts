// VS Code's `literalist.*` settings -> the object the server reads for its `literalist` section.
// Pure. The client-only keys (interpreter, importStrategy, trace) never reach the server, and a
// value of the wrong shape is dropped with a note instead of being sent to confuse the server.

export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;
export type SeverityName = (typeof SEVERITIES)[number];
export const PHRASE_FAMILIES = ['tone', 'inference', 'quality'] as const;

export interface ServerSettings {
  enable: boolean;
  select: string[];
  ignore: string[];
  severity: Record<string, SeverityName>;
  phrases: Record<string, string[]>;
  dataTags: string[];
  allowCaps: string[];
  codeLens: boolean;
  debounceMs: number;
  maxDocumentBytes: number;
}

export const DEFAULTS: ServerSettings = {
  enable: true,
  select: [],
  ignore: [],
  severity: {},
  phrases: {},
  dataTags: [],
  allowCaps: [],
  codeLens: true,
  debounceMs: 150,
  maxDocumentBytes: 1_000_000,
};

/** The server's bounds for maxDocumentBytes (server/literalist/lsp/large_documents.py). */
export const MAX_DOCUMENT_BYTES_RANGE = [1_000, 100 * 1024 * 1024] as const;

/** Keys of the `literalist` section that only the client uses. */
export const CLIENT_ONLY_KEYS = ['interpreter', 'importStrategy', 'trace'];

const RULE_PREFIX = /^LIT\d{0,3}$/;
const RULE_CODE = /^LIT\d{3}$/;

export interface Mapped {
  settings: ServerSettings;
  problems: string[];
}

function stringList(raw: unknown, key: string, problems: string[], check?: (s: string) => boolean): string[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  const items = typeof raw === 'string' ? raw.split(',') : raw;
  if (!Array.isArray(items)) {
    problems.push(`literalist.${key} must be a list of strings; ignored`);
    return undefined;
  }
  const out: string[] = [];
  for (const item of items) {
    const s = typeof item === 'string' ? item.trim() : undefined;
    if (!s) {
      if (s !== '') problems.push(`literalist.${key}: ${JSON.stringify(item)} is not a string; ignored`);
      continue;
    }
    const value = check ? s.toUpperCase() : s;
    if (check && !check(value)) {
      problems.push(`literalist.${key}: "${s}" is not a rule code or prefix like LIT1 or LIT101; ignored`);
      continue;
    }
    if (!out.includes(value)) out.push(value);
  }
  return out;
}

/** `get(key)` reads one key of the `literalist` section (WorkspaceConfiguration.get in the extension). */
export function mapSettings(get: (key: string) => unknown): Mapped {
  const problems: string[] = [];
  const s: ServerSettings = { ...DEFAULTS, severity: {}, phrases: {} };

  const bool = (key: 'enable' | 'codeLens') => {
    const v = get(key);
    if (typeof v === 'boolean') s[key] = v;
    else if (v !== undefined && v !== null) problems.push(`literalist.${key} must be true or false; using ${DEFAULTS[key]}`);
  };
  bool('enable');
  bool('codeLens');

  s.select = stringList(get('select'), 'select', problems, (c) => RULE_PREFIX.test(c)) ?? [];
  s.ignore = stringList(get('ignore'), 'ignore', problems, (c) => RULE_PREFIX.test(c)) ?? [];
  s.dataTags = (stringList(get('dataTags'), 'dataTags', problems) ?? []).map((t) => t.replace(/^<\/?|\/?>$/g, '').toLowerCase());
  s.allowCaps = stringList(get('allowCaps'), 'allowCaps', problems) ?? [];

  const severity = get('severity');
  if (severity && typeof severity === 'object' && !Array.isArray(severity)) {
    for (const [code, level] of Object.entries(severity as Record<string, unknown>)) {
      const c = code.trim().toUpperCase();
      const l = typeof level === 'string' ? level.trim().toLowerCase() : level;
      const name = l === 'information' ? 'info' : l;
      if (!RULE_CODE.test(c)) problems.push(`literalist.severity: "${code}" is not a rule code like LIT101; ignored`);
      else if (!SEVERITIES.includes(name as SeverityName)) {
        problems.push(`literalist.severity.${code}: ${JSON.stringify(level)} is not one of ${SEVERITIES.join(', ')}; ignored`);
      } else s.severity[c] = name as SeverityName;
    }
  } else if (severity !== undefined && severity !== null) {
    problems.push('literalist.severity must be an object like { "LIT101": "error" }; ignored');
  }

  const phrases = get('phrases');
  if (phrases && typeof phrases === 'object' && !Array.isArray(phrases)) {
    for (const [family, list] of Object.entries(phrases as Record<string, unknown>)) {
      const f = family.trim().toLowerCase();
      if (!(PHRASE_FAMILIES as readonly string[]).includes(f)) {
        problems.push(`literalist.phrases: "${family}" is not one of ${PHRASE_FAMILIES.join(', ')}; ignored`);
        continue;
      }
      const items = stringList(list, `phrases.${f}`, problems);
      if (items && items.length > 0) s.phrases[f] = items;
    }
  } else if (phrases !== undefined && phrases !== null) {
    problems.push('literalist.phrases must be an object like { "inference": ["the usual deck"] }; ignored');
  }

  const debounce = get('debounceMs');
  if (typeof debounce === 'number' && Number.isFinite(debounce) && debounce >= 0) {
    s.debounceMs = Math.min(Math.round(debounce), 5000);
  } else if (debounce !== undefined && debounce !== null) {
    problems.push(`literalist.debounceMs must be a number of milliseconds; using ${DEFAULTS.debounceMs}`);
  }

  const limit = get('maxDocumentBytes');
  const [low, high] = MAX_DOCUMENT_BYTES_RANGE;
  if (typeof limit === 'number' && Number.isInteger(limit) && limit >= low && limit <= high) {
    s.maxDocumentBytes = limit;
  } else if (limit !== undefined && limit !== null) {
    problems.push(`literalist.maxDocumentBytes must be a whole number from ${low} to ${high}; using ${DEFAULTS.maxDocumentBytes}`);
  }
  return { settings: s, problems };
}

/** Settings changes that need a new server process rather than a configuration notification. */
export const RESTART_KEYS = ['literalist.interpreter', 'literalist.importStrategy'];
