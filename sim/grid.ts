/**
 * The torus grid and the shapes of a neighbourhood (MODEL.md section 2). A neighbourhood is
 * precomputed once as a list of (dx, dy) offsets, so the tick loop only adds and wraps.
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
 * cells x size x 4 bytes (40x40 with vision 7 diamond: 1600 x 112 x 4 = 0.7 MB) and turns every
 * scan into one array read per site, with no wrapping arithmetic in the hot loop.
 */
export function neighbourTable(side: number, offsets: Offsets): Int32Array {
  const cells = side * side;
  const table = new Int32Array(cells * offsets.size);
  for (let c = 0; c < cells; c++) {
    const x = c % side;
    const y = (c - x) / side;
    const base = c * offsets.size;
    for (let k = 0; k < offsets.size; k++) {
      const nx = (x + offsets.dx[k] + side * 64) % side;
      const ny = (y + offsets.dy[k] + side * 64) % side;
      table[base + k] = ny * side + nx;
    }
  }
  return table;
}
