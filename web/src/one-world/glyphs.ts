/**
 * How the grid shows who is where, one glyph per kind of agent, drawn the same on the grid and
 * in its legend. Colour says the group (Okabe-Ito colours, safe for the common colour-vision
 * deficiencies); shape and fill say the state, so the picture still reads in grey:
 *   quiet     small, lighter square   active   full square, dark outline
 *   fighter   triangle, dark outline  displaced a ring where the citizen left (fades)
 *   killed    black cross where the citizen died (fades)
 *   security forces  dark diamond     peacekeepers  white disc with a blue ring,
 *   and the sites a peacekeeper protects are shaded light blue.
 * Blue is kept for peacekeepers and black for killings, so the groups get the other colours
 * (a group named "blue", as in Epstein's Model II, gets sky blue: filled squares, not rings).
 */

/** Group colours in the order of the scenario's groups (Okabe and Ito 2008, blue and black left out). */
// Vermilion comes late: beside orange (the first group) it is the palette's one pair that
// deuteranopes and protanopes cannot tell apart (tester J, on Congo's four groups).
export const GROUP_COLOURS = ['#E69F00', '#009E73', '#CC79A7', '#999999', '#F0E442', '#D55E00', '#8C564B', '#117733'];

/** Groups named after a colour (Epstein's "blue" and "green") get that colour, or a student reads the grid backwards. */
const NAMED: Record<string, string> = {
  blue: '#56B4E9',
  green: '#009E73',
  orange: '#E69F00',
  yellow: '#F0E442',
  red: '#D55E00',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  pink: '#CC79A7',
  grey: '#999999',
  gray: '#999999',
};

/** One colour per group, in the scenario's order: its own name's colour, else the next unused of GROUP_COLOURS. */
export function groupPalette(ids: readonly string[]): string[] {
  const taken = new Set(ids.map((id) => NAMED[id.toLowerCase()]).filter(Boolean));
  const free = GROUP_COLOURS.filter((c) => !taken.has(c));
  let k = 0;
  return ids.map((id) => NAMED[id.toLowerCase()] ?? free[k++ % free.length]);
}
export const FORCES_COLOUR = '#222222';
export const KEEPER_COLOUR = '#0072B2';
export const COVER_COLOUR = '#D4E9F7';
export const KILLED_COLOUR = '#000000';
export const BACKGROUND = '#FFFFFF';

export type Glyph = 'quiet' | 'active' | 'fighter' | 'displaced' | 'killed' | 'forces' | 'keeper' | 'cover';

/** Pale version of a colour (mixed with white), for quiet citizens. */
export function pale(hex: string, amount = 0.55): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount);
  return `rgb(${mix((n >> 16) & 255)},${mix((n >> 8) & 255)},${mix(n & 255)})`;
}

/**
 * Draws one glyph in the cell whose top-left corner is (x, y) and side `s` pixels. `fade` (0..1]
 * is the opacity of the fading marks (displaced, killed).
 */
export function drawGlyph(ctx: CanvasRenderingContext2D, glyph: Glyph, x: number, y: number, s: number, colour: string, fade = 1): void {
  const cx = x + s / 2;
  const cy = y + s / 2;
  switch (glyph) {
    case 'cover':
      ctx.fillStyle = COVER_COLOUR;
      ctx.fillRect(x, y, s, s);
      return;
    case 'quiet': {
      const m = s * 0.25;
      ctx.fillStyle = pale(colour, 0.45);
      ctx.fillRect(x + m, y + m, s - 2 * m, s - 2 * m);
      return;
    }
    case 'active': {
      const w = Math.max(1, Math.round(s * 0.1));
      ctx.fillStyle = '#000';
      ctx.fillRect(x, y, s, s);
      ctx.fillStyle = colour;
      ctx.fillRect(x + w, y + w, s - 2 * w, s - 2 * w);
      return;
    }
    case 'fighter':
      ctx.beginPath();
      ctx.moveTo(cx, y + s * 0.04);
      ctx.lineTo(x + s * 0.96, y + s * 0.92);
      ctx.lineTo(x + s * 0.04, y + s * 0.92);
      ctx.closePath();
      ctx.fillStyle = colour;
      ctx.fill();
      ctx.lineWidth = Math.max(1, s * 0.1);
      ctx.strokeStyle = '#000';
      ctx.stroke();
      return;
    case 'displaced':
      ctx.globalAlpha = fade;
      ctx.beginPath();
      ctx.arc(cx, cy, s * 0.32, 0, 2 * Math.PI);
      ctx.lineWidth = Math.max(1, s * 0.14);
      ctx.strokeStyle = colour;
      ctx.stroke();
      ctx.globalAlpha = 1;
      return;
    case 'killed': {
      ctx.globalAlpha = fade;
      const m = s * 0.15;
      ctx.beginPath();
      ctx.moveTo(x + m, y + m);
      ctx.lineTo(x + s - m, y + s - m);
      ctx.moveTo(x + s - m, y + m);
      ctx.lineTo(x + m, y + s - m);
      ctx.lineWidth = Math.max(1.5, s * 0.18);
      ctx.strokeStyle = KILLED_COLOUR;
      ctx.stroke();
      ctx.globalAlpha = 1;
      return;
    }
    case 'forces':
      ctx.beginPath();
      ctx.moveTo(cx, y + s * 0.02);
      ctx.lineTo(x + s * 0.98, cy);
      ctx.lineTo(cx, y + s * 0.98);
      ctx.lineTo(x + s * 0.02, cy);
      ctx.closePath();
      ctx.fillStyle = FORCES_COLOUR;
      ctx.fill();
      return;
    case 'keeper':
      ctx.beginPath();
      ctx.arc(cx, cy, s * 0.38, 0, 2 * Math.PI);
      ctx.fillStyle = '#fff';
      ctx.fill();
      ctx.lineWidth = Math.max(1.5, s * 0.2);
      ctx.strokeStyle = KEEPER_COLOUR;
      ctx.stroke();
      return;
  }
}
