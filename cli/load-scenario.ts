/** Reads a scenario file from disk and validates it against the real instrument catalogue. */
import { readFileSync } from 'node:fs';
import { catalogue } from '../scenarios/catalogue.js';
import { parseScenario } from '../scenarios/parse.js';
import type { Scenario } from '../scenarios/schema.js';
import { UserError } from './user-error.js';

export { catalogue };

/**
 * The validated scenario in the file at `path`. Throws a UserError when the file cannot be
 * read and a ScenarioError (every problem, with line and column) when it is not a valid scenario.
 */
export function loadScenarioFile(path: string): Scenario {
  return parseScenario(readScenarioText(path), path, catalogue);
}

/** The text of the scenario file at `path` (a UserError when it cannot be read). */
export function readScenarioText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new UserError(`cannot read scenario ${path}: ${why}`);
  }
  return decodeUtf8(bytes, path).replace(/^\uFEFF/, '');
}

/**
 * The text of a UTF-8 file. Node's lenient decoding would turn a Latin-1 `é` into U+FFFD and
 * the scenario's names with it, and a UTF-16 file into text with a NUL between letters that
 * the YAML parser misreads; both are refused here, saying where the first bad byte is.
 */
function decodeUtf8(bytes: Buffer, path: string): string {
  const notUtf8 = (why: string) => new UserError(`${path} is not UTF-8 text (${why}): save it as UTF-8`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) throw notUtf8('it starts with the byte-order mark of UTF-16, little-endian');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) throw notUtf8('it starts with the byte-order mark of UTF-16, big-endian');
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw notUtf8(`${where(bytes, nul)}: a NUL byte; perhaps UTF-16 without a byte-order mark, or not a text file`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidByte(bytes);
    throw notUtf8(`${where(bytes, bad)}: byte 0x${bytes[bad].toString(16).toUpperCase().padStart(2, '0')} is not UTF-8; perhaps the file was saved as Latin-1 or Windows-1252`);
  }
}

/**
 * Offset of the first byte of the first sequence that is not UTF-8. A streaming decoder holds
 * back a character cut short at the end of its input, so it rejects a prefix exactly when the
 * prefix has gone wrong: bisection finds the shortest such prefix. Its last byte is either bad
 * where it stands or breaks off a character begun before it, whose first byte is the one to show.
 */
function firstInvalidByte(bytes: Buffer): number {
  const decodes = (n: number, stream: boolean) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream });
      return true;
    } catch {
      return false;
    }
  };
  let end = bytes.length; // when the file only ends in the middle of a character
  if (!decodes(bytes.length, true)) {
    let lo = 0;
    let hi = bytes.length;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (decodes(mid, true)) lo = mid;
      else hi = mid;
    }
    end = hi - 1;
    if (decodes(end, false)) return end;
  }
  let start = end - 1;
  while (start > 0 && (bytes[start] & 0xc0) === 0x80) start--;
  return start;
}

/** `line 3, column 7` of the byte at `offset`, the column in characters as an editor counts them. */
function where(bytes: Buffer, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < offset; i = bytes.indexOf(0x0a, i + 1)) {
    line++;
    start = i + 1;
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(start, offset));
  return `line ${line}, column ${[...before].length + 1}`;
}
