/**
 * Lines of at most `width` characters: vega-lite sets a one-line subtitle as one line however
 * long, and an SVG 2,000 px wide is scaled to a quarter of its size in the report's column.
 * Without a canvas (the report's renderer) vega takes a character as 0.8 em wide, so 80
 * characters of the 13 px subtitle are 830 px, inside the report's 1,068.
 */
export function wrapLines(text: string, width = 80): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
