/**
 * The validation table, for the terminal (wrapped columns) and for docs/validation.md
 * (markdown): target, published figure, model figure, interval, verdict.
 */
import type { TargetResult, ValidationRow } from './types.js';

const COLUMNS: { key: keyof ValidationRow; title: string; width: number }[] = [
  { key: 'id', title: '#', width: 4 },
  { key: 'name', title: 'target', width: 30 },
  { key: 'published', title: 'published', width: 30 },
  { key: 'model', title: 'model', width: 44 },
  { key: 'interval', title: '95% interval', width: 32 },
  { key: 'verdict', title: 'verdict', width: 14 },
];

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line.length === 0) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
    while (line.length > width) {
      lines.push(line.slice(0, width));
      line = line.slice(width);
    }
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines;
}

/** Plain-text table with wrapped cells, one block of lines per row. */
export function textTable(results: readonly TargetResult[]): string {
  const rule = COLUMNS.map((c) => '-'.repeat(c.width)).join('-+-');
  const out = [COLUMNS.map((c) => c.title.padEnd(c.width)).join(' | '), rule];
  for (const result of results) {
    for (const row of result.rows) {
      const cells = COLUMNS.map((c) => wrap(String(row[c.key]), c.width));
      const height = Math.max(...cells.map((c) => c.length));
      for (let k = 0; k < height; k++) out.push(COLUMNS.map((c, j) => (cells[j][k] ?? '').padEnd(c.width)).join(' | ').trimEnd());
      out.push(rule);
    }
  }
  return out.join('\n');
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Markdown table of every row of every result. */
export function markdownTable(results: readonly TargetResult[]): string {
  const head = `| ${COLUMNS.map((c) => c.title).join(' | ')} |\n|${COLUMNS.map(() => ' --- ').join('|')}|`;
  const body = results.flatMap((r) => r.rows.map((row) => `| ${COLUMNS.map((c) => cell(row[c.key] === row.verdict ? `**${row.verdict}**` : String(row[c.key]))).join(' | ')} |`));
  return [head, ...body].join('\n');
}

/** Per target: how it was run (size, time, command) and the rule behind each verdict. */
export function markdownDetails(results: readonly TargetResult[]): string {
  return results
    .map((r) => {
      const lines = [
        `### ${r.id}. ${r.title}`,
        '',
        `- Command: \`${r.command}\` (${r.quick ? 'quick size' : 'full size'}, master seed ${r.seed}, ${r.seconds.toFixed(0)} s)`,
        `- Size: ${r.size}`,
        ...r.rows.map((row) => `- ${row.id} (${row.verdict}): ${row.rule}`),
        ...r.charts.map((c) => `\n![${c.title}](validation/${c.name}.svg)`),
      ];
      return lines.join('\n');
    })
    .join('\n\n');
}

/** Counts of verdicts, for the summary line. */
export function verdictCounts(results: readonly TargetResult[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of results) for (const row of r.rows) counts[row.verdict] = (counts[row.verdict] ?? 0) + 1;
  return counts;
}
