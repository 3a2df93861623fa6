/** Plain-text tables for the terminal: columns padded to their widest cell. */
export function formatTable(header: string[], rows: string[][], align: ('l' | 'r')[] = []): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (align[i] === 'l' ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** People counts: 12,345. */
export function people(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Dollars in millions: $12.3 M. */
export function dollars(n: number): string {
  if (n === 0) return '$0';
  if (Math.abs(n) >= 1e9) return `$${(n / 1e9).toFixed(2)} bn`;
  if (Math.abs(n) >= 1e6) return `$${(n / 1e6).toFixed(1)} M`;
  return `$${Math.round(n).toLocaleString('en-US')}`;
}
