// The benchmark's output: every figure with its unit and, where the issue sets one, its goal and whether it
// is met; printed as one JSON object and as a readable table. Missing a goal is reported, never an error.

/** A goal: the figure must be at most (<=) or at least (>=) the limit. */
export interface Goal {
  op: '<=' | '>=';
  limit: number;
}

/** One measured figure. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  goal?: Goal;
  /** How it was measured, when the name does not say (e.g. 'median of 5', 'p95 of 500 queries'). */
  how?: string;
}

/** Whether `figure` meets its goal; null when it has none. */
export function isMet(figure: Figure): boolean | null {
  if (!figure.goal) return null;
  if (!Number.isFinite(figure.value)) return false;
  return figure.goal.op === '<=' ? figure.value <= figure.goal.limit : figure.value >= figure.goal.limit;
}

function goalText(figure: Figure): string {
  return figure.goal
    ? `${figure.goal.op} ${figure.goal.limit}${figure.unit === '×' ? '' : ` ${figure.unit}`}`
    : '';
}

function valueText(figure: Figure): string {
  return `${figure.value}${figure.unit === '×' ? '' : ` ${figure.unit}`}`;
}

/** The JSON object `npm run bench` prints. */
export function reportObject(
  figures: readonly Figure[],
  about: Record<string, unknown>,
): Record<string, unknown> {
  return {
    ...about,
    figures: Object.fromEntries(figures.map((figure) => [figure.name, figure.value])),
    goals: figures
      .filter((figure) => figure.goal)
      .map((figure) => ({
        figure: figure.name,
        value: figure.value,
        goal: goalText(figure),
        met: isMet(figure),
      })),
    missed: figures.filter((figure) => isMet(figure) === false).map((figure) => figure.name),
  };
}

/** The figures as a Markdown table (figure, value, goal, met), readable in a terminal and in the README. */
export function reportTable(figures: readonly Figure[]): string {
  const rows = figures.map((figure) => {
    const met = isMet(figure);
    return [
      figure.name,
      valueText(figure),
      goalText(figure) || '(reported)',
      met === null ? '' : met ? 'yes' : '**NO**',
      figure.how ?? '',
    ];
  });
  const header = ['figure', 'value', 'goal', 'met', 'how'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
