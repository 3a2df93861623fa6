/**
 * The world's grid on a canvas: every citizen on the grid by group and state, the security
 * forces, the peacekeepers and the sites they protect, and fading marks where citizens were
 * killed or fled. Reads the engine's typed arrays directly; never writes to the world.
 *
 * Killed and displaced citizens are off the grid in the engine (their site is empty), so the
 * canvas remembers where each citizen stood at the end of the last tick and marks the site of
 * anyone who died or fled since.
 */
import { CITIZEN_STATE } from '../../../sim/vocabulary.js';
import { EMPTY, type World } from '../../../sim/world.js';
import { BACKGROUND, drawGlyph, groupPalette } from './glyphs.js';

/** Months a killing stays marked (fading out), and a flight. */
const KILLED_MONTHS = 12;
const DISPLACED_MONTHS = 6;

interface Mark {
  cell: number;
  tick: number;
  group: number;
}

const { quiet, active, fighter, displaced, dead } = CITIZEN_STATE;

export class GridCanvas {
  private readonly ctx: CanvasRenderingContext2D;
  private lastCell = new Int32Array(0);
  private lastState = new Uint8Array(0);
  private killed: Mark[] = [];
  private fled: Mark[] = [];
  private palette: string[] = [];

  constructor(readonly canvas: HTMLCanvasElement) {
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw on a canvas');
    this.ctx = ctx;
  }

  /** Forgets the marks of the previous world and remembers where this one's citizens stand. */
  reset(world: World): void {
    this.killed = [];
    this.fled = [];
    this.palette = groupPalette(world.scenario.groups.map((g) => g.id));
    this.lastCell = new Int32Array(world.pop.capacity).fill(EMPTY);
    this.lastState = new Uint8Array(world.pop.capacity);
    this.remember(world);
  }

  /** Call after each step: notes who died or fled since the last call (draw() shows it). */
  observe(world: World): void {
    const { pop } = world;
    for (let i = 0; i < pop.n; i++) {
      const s = pop.state[i];
      const was = this.lastState[i];
      const at = this.lastCell[i];
      if (at === EMPTY || s === was) continue;
      if (s === dead) this.killed.push({ cell: at, tick: world.tick, group: pop.group[i] });
      else if (s === displaced) this.fled.push({ cell: at, tick: world.tick, group: pop.group[i] });
    }
    this.killed = this.killed.filter((m) => world.tick - m.tick < KILLED_MONTHS);
    this.fled = this.fled.filter((m) => world.tick - m.tick < DISPLACED_MONTHS);
    this.remember(world);
  }

  private remember(world: World): void {
    const { pop } = world;
    for (let i = 0; i < pop.n; i++) {
      this.lastState[i] = pop.state[i];
      // A citizen taken off the grid keeps its last site, which is where its mark goes.
      if (pop.cell[i] !== EMPTY) this.lastCell[i] = pop.cell[i];
    }
  }

  draw(world: World): void {
    const { canvas, ctx } = this;
    const side = world.side;
    // Whole pixels per site, at the screen's resolution, so squares stay crisp.
    const ratio = window.devicePixelRatio || 1;
    const cssSize = canvas.clientWidth || 560;
    const s = Math.max(2, Math.floor((cssSize * ratio) / side));
    if (canvas.width !== s * side) {
      canvas.width = s * side;
      canvas.height = s * side;
    }
    ctx.fillStyle = BACKGROUND;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    const at = (cell: number): [number, number] => [(cell % side) * s, Math.floor(cell / side) * s];

    const { forces, pop } = world;
    for (let c = 0; c < world.cells; c++) if (forces.cover[c] > 0) drawGlyph(ctx, 'cover', ...at(c), s, '');
    for (const m of this.fled) drawGlyph(ctx, 'displaced', ...at(m.cell), s, this.palette[m.group], 1 - (world.tick - m.tick) / DISPLACED_MONTHS);
    for (let i = 0; i < pop.n; i++) {
      const cell = pop.cell[i];
      if (cell === EMPTY) continue;
      const st = pop.state[i];
      const glyph = st === active ? 'active' : st === fighter ? 'fighter' : st === quiet ? 'quiet' : null;
      if (glyph) drawGlyph(ctx, glyph, ...at(cell), s, this.palette[pop.group[i]]);
    }
    for (const m of this.killed) drawGlyph(ctx, 'killed', ...at(m.cell), s, '', 1 - (world.tick - m.tick) / KILLED_MONTHS);
    for (let k = 0; k < forces.cops; k++) if (forces.copCell[k] !== EMPTY) drawGlyph(ctx, 'forces', ...at(forces.copCell[k]), s, '');
    for (let k = 0; k < forces.keepers; k++) if (forces.keeperCell[k] !== EMPTY) drawGlyph(ctx, 'keeper', ...at(forces.keeperCell[k]), s, '');
  }
}
