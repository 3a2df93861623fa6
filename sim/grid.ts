/**
 * The torus grid and the shapes of a neighbourhood (MODEL.md section 2). A neighbourhood is
 * precomputed once as a list of (dx, dy) offsets and, when it fits in memory, as a table of the
 * neighbouring cells of every cell, so the tick loop only reads (no wrapping arithmetic).
 */
import type { Neighbourhood } from './vocabulary.js';

export interface Offsets {
  dx: Int32Array;
  dy: Int32Array;
  /** Number of sites, the centre excluded. */
  size: number;
}

/**
 * Offsets within `radius` of the centre (centre excluded), in a fixed order (row by row) so
 * that scans are deterministic.
 * - von-neumann: |dx| + |dy| <= r (Mesa's Epstein example);
 * - moore: max(|dx|, |dy|) <= r;
 * - disc: dx^2 + dy^2 <= r^2 (NetLogo's `in-radius`).
 * A fractional radius (Epstein's 1.7) is floored for the diamond and square, used as is for
 * the disc.
 *
 * Every shape is symmetric (the negation of an offset is an offset), and offsets stay within
 * (side - 1) / 2 so that no two offsets reach the same site of the torus. Together these make
 * "the sites in the neighbourhood of s" and "the sites whose neighbourhood contains s" the
 * same set, which the incremental counts (population/counts.ts) rely on.
 */
export function neighbourhoodOffsets(shape: Neighbourhood, radius: number, side: number): Offsets {
  const r = Math.floor(radius);
  // On a small torus a large radius would wrap onto itself and count sites twice.
  const reach = Math.min(r, Math.floor((side - 1) / 2));
  const dx: number[] = [];
  const dy: number[] = [];
  for (let y = -reach; y <= reach; y++) {
    for (let x = -reach; x <= reach; x++) {
      if (x === 0 && y === 0) continue;
      const inside =
        shape === 'von-neumann' ? Math.abs(x) + Math.abs(y) <= r
        : shape === 'moore' ? true
        : x * x + y * y <= radius * radius;
      if (inside) {
        dx.push(x);
        dy.push(y);
      }
    }
  }
  return { dx: Int32Array.from(dx), dy: Int32Array.from(dy), size: dx.length };
}

/**
 * Flattened neighbour table: for every cell, the cell index of each offset. Costs
 * cells x size x 4 bytes (40x40 with vision 7 diamond: 1600 x 112 x 4 = 0.7 MB; 160x160:
 * 11 MB) and turns every scan into one array read per site.
 */
export function neighbourTable(side: number, offsets: Offsets): Int32Array {
  const cells = side * side;
  const { dx, dy, size } = offsets;
  const table = new Int32Array(cells * size);
  // Offsets stay within (side - 1) / 2, so one add or subtract of `side` wraps them.
  const wrap = (v: number) => (v < 0 ? v + side : v >= side ? v - side : v);
  for (let y = 0, base = 0; y < side; y++) {
    for (let x = 0; x < side; x++, base += size) {
      for (let k = 0; k < size; k++) table[base + k] = wrap(y + dy[k]) * side + wrap(x + dx[k]);
    }
  }
  return table;
}

/**
 * Largest neighbour table built in full, in bytes. Larger grids (a 1000x1000 grid with a
 * vision-7 diamond would need 448 MB, with a vision-20 square 6.7 GB) compute each
 * neighbourhood on the fly into a one-cell buffer instead: slower, same results.
 */
export const TABLE_BUDGET_BYTES = 128 * 2 ** 20;

/**
 * Coordinates of a torus for table-free neighbour arithmetic: every cell's column and row
 * (shifted by one side, so that adding an offset never goes negative) and lookups that wrap a
 * shifted coordinate back onto the torus. Shared by every neighbourhood of a world.
 */
export interface Torus {
  side: number;
  /** x + side and y + side of every cell. */
  col: Uint16Array;
  row: Uint16Array;
  /** For v in [0, 3 side): v mod side, and (v mod side) x side. */
  wrapCol: Int32Array;
  wrapRow: Int32Array;
}

const torusCache = new Map<number, Torus>();

/** The torus of a side, shared by every world on it (read-only). */
export function torus(side: number): Torus {
  let t = torusCache.get(side);
  if (t === undefined) {
    t = buildTorus(side);
    if (torusCache.size >= TABLE_CACHE_SIZE) torusCache.delete(torusCache.keys().next().value as number);
    torusCache.set(side, t);
  }
  return t;
}

function buildTorus(side: number): Torus {
  const cells = side * side;
  const col = new Uint16Array(cells);
  const row = new Uint16Array(cells);
  for (let c = 0; c < cells; c++) {
    col[c] = (c % side) + side;
    row[c] = Math.floor(c / side) + side;
  }
  const wrapCol = new Int32Array(3 * side);
  const wrapRow = new Int32Array(3 * side);
  for (let v = 0; v < 3 * side; v++) {
    wrapCol[v] = v % side;
    wrapRow[v] = (v % side) * side;
  }
  return { side, col, row, wrapCol, wrapRow };
}

/**
 * A neighbourhood on a given torus: its offsets and either the full neighbour table or, on
 * grids too large for one, a buffer that `neighbourBase` fills for one cell at a time.
 *
 * Scans read `table[base + k]` for k < size with `base = neighbourBase(nb, cell)`. On the fly,
 * the next `neighbourBase` call on the same neighbourhood overwrites the buffer: never nest two
 * scans of the same neighbourhood (the engine does not).
 */
export interface Neighbours {
  offsets: Offsets;
  size: number;
  torus: Torus;
  /**
   * The same sites as runs along rows: row q holds dx in [-rowHalf[q], rowHalf[q]] at dy =
   * rowDy[q] (the centre row's run includes the centre, which users subtract again). Without a
   * table, adding to every site then touches contiguous memory (population/counts.ts). Every
   * shape here is such a union of centred runs; `rows` is 0 if one were not.
   */
  rows: number;
  rowDy: Int32Array;
  rowHalf: Int32Array;
  /** True when `table` holds every cell's neighbours; false when it is a one-cell buffer. */
  full: boolean;
  table: Int32Array;
}

/**
 * Full tables are read-only once built, so worlds on the same grid share them: a batch builds
 * each table once rather than once per run. The last few are kept.
 */
const tableCache = new Map<string, Int32Array>();
const TABLE_CACHE_SIZE = 8;

function sharedTable(side: number, offsets: Offsets): Int32Array {
  const key = `${side}/${offsets.dx.join(',')}/${offsets.dy.join(',')}`;
  let table = tableCache.get(key);
  if (table === undefined) {
    table = neighbourTable(side, offsets);
    if (tableCache.size >= TABLE_CACHE_SIZE) tableCache.delete(tableCache.keys().next().value as string);
    tableCache.set(key, table);
  }
  return table;
}

export function neighbours(grid: Torus, offsets: Offsets, budgetBytes = TABLE_BUDGET_BYTES): Neighbours {
  const side = grid.side;
  const full = side * side * offsets.size * 4 <= budgetBytes;
  const runs = rowRuns(offsets);
  return {
    offsets,
    size: offsets.size,
    torus: grid,
    rows: runs.dy.length,
    rowDy: runs.dy,
    rowHalf: runs.half,
    full,
    table: full ? sharedTable(side, offsets) : new Int32Array(offsets.size),
  };
}

/** The offsets as centred runs along rows, or no rows when they are not such runs. */
function rowRuns(offsets: Offsets): { dy: Int32Array; half: Int32Array } {
  const byRow = new Map<number, number[]>();
  for (let k = 0; k < offsets.size; k++) {
    const row = byRow.get(offsets.dy[k]) ?? [];
    row.push(offsets.dx[k]);
    byRow.set(offsets.dy[k], row);
  }
  const dy: number[] = [];
  const half: number[] = [];
  for (const [y, xs] of [...byRow].sort((a, b) => a[0] - b[0])) {
    const w = Math.max(...xs);
    // A centred run: every dx from -w to w (the centre itself excluded on the centre row).
    const expected = y === 0 ? 2 * w : 2 * w + 1;
    if (Math.min(...xs) !== -w || new Set(xs).size !== xs.length || xs.length !== expected) return { dy: new Int32Array(0), half: new Int32Array(0) };
    dy.push(y);
    half.push(w);
  }
  // The centre row must be present for users' subtraction of the centre to be right.
  if (!dy.includes(0)) return { dy: new Int32Array(0), half: new Int32Array(0) };
  return { dy: Int32Array.from(dy), half: Int32Array.from(half) };
}

/** Where the neighbours of `cell` start in `nb.table` (filling the buffer when on the fly). */
export function neighbourBase(nb: Neighbours, cell: number): number {
  if (nb.full) return cell * nb.size;
  const { table, size } = nb;
  const { dx, dy } = nb.offsets;
  const { wrapCol, wrapRow } = nb.torus;
  const x = nb.torus.col[cell];
  const y = nb.torus.row[cell];
  for (let k = 0; k < size; k++) table[k] = wrapRow[y + dy[k]] + wrapCol[x + dx[k]];
  return 0;
}

/**
 * The k-th neighbour of `cell`, by arithmetic (no table read: a random read of a large table
 * misses the cache, and on the fly this leaves the buffer alone).
 */
export function neighbourAt(nb: Neighbours, cell: number, k: number): number {
  const t = nb.torus;
  return t.wrapRow[t.row[cell] + nb.offsets.dy[k]] + t.wrapCol[t.col[cell] + nb.offsets.dx[k]];
}
