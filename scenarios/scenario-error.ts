/**
 * A scenario file that cannot be used, with every problem found in it. Pure (no Node APIs):
 * the command line prints the message and exits 2, the browser shows it as it is.
 */

export interface ScenarioProblem {
  /** The file as the user named it. */
  file: string;
  /** 1-based line, when the problem can be placed in the text. */
  line?: number;
  /** 1-based column, when the problem can be placed in the text. */
  column?: number;
  /** Field path in dotted form, e.g. `groups[1].share` or `strategies.early[0].instrument`; '' for the whole file. */
  path: string;
  /** What is wrong, in plain English: what was expected and what was found. */
  message: string;
}

export class ScenarioError extends Error {
  /** Exit code of the command line for this error: the user's to fix. */
  readonly exitCode = 2;

  constructor(public readonly problems: readonly ScenarioProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ScenarioError';
  }
}

/** `file:line:column: path: message` (line and column left out when unknown, path when empty). */
export function formatProblem(p: ScenarioProblem): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  return `${where}: ${p.path ? `${p.path}: ` : ''}${p.message}`;
}
