/**
 * Scenario files are UTF-8 text. Decoding is shared by the command line (bytes from disk) and
 * the classroom page (bytes of a file the user opens), so both refuse the same files with the
 * same words. No Node APIs: TextDecoder is in every browser.
 */

export class NotUtf8Error extends Error {}

/**
 * The text of a UTF-8 file. Node's lenient decoding would turn a Latin-1 `é` into U+FFFD and
 * the scenario's names with it, and a UTF-16 file into text with a NUL between letters that
 * the YAML parser misreads; both are refused here, saying where the first bad byte is.
 */
export function decodeScenarioBytes(bytes: Uint8Array, path: string): string {
  const notUtf8 = (why: string) => new NotUtf8Error(`${path} is not UTF-8 text (${why}): save it as UTF-8`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) throw notUtf8('it starts with the byte-order mark of UTF-16, little-endian');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) throw notUtf8('it starts with the byte-order mark of UTF-16, big-endian');
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw notUtf8(`${where(bytes, nul)}: a NUL byte; perhaps UTF-16 without a byte-order mark, or not a text file`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
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
function firstInvalidByte(bytes: Uint8Array): number {
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
function where(bytes: Uint8Array, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < offset; i = bytes.indexOf(0x0a, i + 1)) {
    line++;
    start = i + 1;
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(start, offset));
  return `line ${line}, column ${[...before].length + 1}`;
}
