/** Front matter split from a Markdown file: flat `key: value` pairs (lower-case keys) and the body. */
export interface FrontMatter {
  fields: Record<string, string>;
  body: string;
}

const MAX_FRONT_MATTER_LINES = 200;

function unquote(value: string): string {
  const trimmed = value.trim();
  const quoted = /^(["'])(.*)\1$/u.exec(trimmed);
  if (quoted) return (quoted[2] ?? '').replace(/\\"/gu, '"').replace(/''/gu, "'");
  // An unquoted YAML scalar ends at a comment.
  return trimmed.replace(/\s+#.*$/u, '');
}

/**
 * Splits YAML-style front matter (between `---` lines at the very start) from the body. Only flat
 * `key: value` lines are read, as plain strings: nothing is evaluated, no tags, anchors or includes.
 */
export function splitFrontMatter(text: string): FrontMatter {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return { fields: {}, body: text };
  const end = lines.findIndex((line, index) => index > 0 && (line.trim() === '---' || line.trim() === '...'));
  if (end < 0 || end > MAX_FRONT_MATTER_LINES) return { fields: {}, body: text };
  const fields: Record<string, string> = {};
  for (const line of lines.slice(1, end)) {
    const match = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/u.exec(line);
    if (!match) continue;
    const key = (match[1] ?? '').toLowerCase();
    const value = unquote(match[2] ?? '');
    // Lists, maps and block scalars ("|", ">") are not metadata we use.
    if (value === '' || /^[|>[{&*!]/u.test(value)) continue;
    if (!(key in fields)) fields[key] = value;
  }
  return { fields, body: lines.slice(end + 1).join('\n') };
}

/** The first non-empty field among `keys`, or null. */
export function pickField(fields: Record<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = fields[key];
    if (value !== undefined && value.trim() !== '') return value.trim();
  }
  return null;
}
