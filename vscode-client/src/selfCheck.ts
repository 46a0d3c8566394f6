// The three questions of the self-check, answered from a document's Literalist diagnostics.
// Pure: used by the "Show Self-Check" command, which must work even with the code lens turned off.

export interface Question {
  prefix: string; // rule code prefix of the family
  label: string;
  okText: string;
}

export const QUESTIONS: Question[] = [
  { prefix: 'LIT1', label: 'tone', okText: 'calm' },
  { prefix: 'LIT2', label: 'inference', okText: 'nothing assumed' },
  { prefix: 'LIT3', label: 'quality bar', okText: 'defined' },
];

/** A diagnostic's code as VS Code stores it: a string, a number, or { value, target }. */
export function codeOf(code: unknown): string | undefined {
  if (typeof code === 'string') return code;
  if (typeof code === 'number') return String(code);
  if (code && typeof code === 'object' && 'value' in code) return codeOf((code as { value: unknown }).value);
  return undefined;
}

export interface SelfCheck {
  counts: Record<string, number>;
  other: number;
  text: string;
}

export function selfCheck(codes: unknown[]): SelfCheck {
  const counts: Record<string, number> = {};
  let other = 0;
  for (const q of QUESTIONS) counts[q.label] = 0;
  for (const raw of codes) {
    const code = codeOf(raw);
    const q = code && QUESTIONS.find((x) => code.startsWith(x.prefix));
    if (q) counts[q.label] += 1;
    else other += 1;
  }
  const parts = QUESTIONS.map((q) => (counts[q.label] ? `${q.label} ${counts[q.label]}` : `${q.label} OK`));
  const tail = other ? ` (and ${other} structure or readability note${other === 1 ? '' : 's'})` : '';
  return { counts, other, text: `Self-check: ${parts.join(' · ')}${tail}` };
}
