/**
 * The grid's legend (each glyph drawn by the same code as the grid) and a table of how many
 * people of each group are in each state, in people (agents x the scenario's scale).
 */
import { CITIZEN_STATE } from '../../../sim/vocabulary.js';
import type { World } from '../../../sim/world.js';
import type { Scenario } from '../../../scenarios/schema.js';
import { people } from '../format.js';
import { drawGlyph, groupPalette, type Glyph } from './glyphs.js';

const SWATCH = 22;

function swatch(glyph: Glyph, colourOf: string): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  const ratio = window.devicePixelRatio || 1;
  canvas.width = canvas.height = SWATCH * ratio;
  canvas.style.width = canvas.style.height = `${SWATCH}px`;
  canvas.className = 'swatch';
  canvas.setAttribute('aria-hidden', 'true');
  const ctx = canvas.getContext('2d');
  if (ctx) {
    ctx.scale(ratio, ratio);
    if (glyph === 'keeper') drawGlyph(ctx, 'cover', 0, 0, SWATCH, '');
    drawGlyph(ctx, glyph, 0, 0, SWATCH, colourOf);
  }
  return canvas;
}

function item(glyph: Glyph, colourOf: string, label: string): HTMLElement {
  const li = document.createElement('li');
  li.append(swatch(glyph, colourOf), document.createTextNode(label));
  return li;
}

/** The legend for this scenario's groups (the first group's colour shows the states). */
export function renderLegend(host: HTMLElement, scenario: Scenario): void {
  const groups = document.createElement('ul');
  groups.className = 'legend groups';
  const palette = groupPalette(scenario.groups.map((g) => g.id));
  scenario.groups.forEach((g, k) => groups.append(item('active', palette[k], g.id)));
  const states = document.createElement('ul');
  states.className = 'legend states';
  const c = palette[0];
  // In Epstein's Model II citizens also die of old age; elsewhere every death is a killing.
  const dies = scenario.population['max-age'] > 0 ? 'died: killed or of old age (mark fades)' : 'killed (mark fades)';
  states.append(
    item('quiet', c, 'quiet citizen'),
    item('active', c, 'active: protesting, rioting'),
    item('fighter', c, 'fighter in an armed group'),
    item('displaced', c, 'fled (mark fades)'),
    item('killed', c, dies),
    item('forces', c, 'security forces'),
    item('keeper', c, 'peacekeeper, shaded: sites it protects'),
  );
  const gh = document.createElement('span');
  gh.className = 'legend-head';
  gh.textContent = 'Colour: group';
  groups.prepend(gh);
  const sh = document.createElement('span');
  sh.className = 'legend-head';
  sh.textContent = 'Shape: what they do';
  states.prepend(sh);
  host.replaceChildren(groups, states);
}

/** The table's rows: the states a citizen may be in, as the legend names them. */
const ROWS: [string, number][] = [
  ['quiet', CITIZEN_STATE.quiet],
  ['active', CITIZEN_STATE.active],
  ['fighters', CITIZEN_STATE.fighter],
  ['jailed', CITIZEN_STATE.jailed],
  ['fled', CITIZEN_STATE.displaced],
  ['dead', CITIZEN_STATE.dead],
];

/**
 * People of each group in each state, now: a state a row and a group a column, so the table
 * stays as narrow as the grid above it (a group a row took seven columns, wider than the grid
 * beside the controls on a 1024-pixel projector). What the numbers mean is said above the
 * table, in the column's width; the table's own caption is for screen readers.
 */
export function renderCounts(host: HTMLElement, world: World): void {
  const scale = world.scenario.population.scale;
  const note = document.createElement('p');
  note.className = 'counts-note';
  note.id = 'counts-note';
  // The dead here are agents of the grid, now: not the outcome's totals (the state's soldiers
  // killed in battle are not on the grid; in Model II a newborn takes a dead citizen's place).
  const p = world.scenario.population;
  const dead = p['max-age'] > 0 || p.cloning > 0
    ? 'dead: those who died, of old age too, and whose place no newborn has taken yet; the outcome below counts the killings'
    : 'dead: civilians and rebel fighters killed on the grid; the state\'s soldiers killed in battle are counted in the outcome below';
  note.textContent = `People in each state now (one square on the grid = ${people(scale)} ${scale === 1 ? 'person' : 'people'}). ${dead}.`;
  const table = document.createElement('table');
  table.className = 'counts';
  table.setAttribute('aria-describedby', note.id);
  const caption = document.createElement('caption');
  caption.className = 'visually-hidden';
  caption.textContent = 'People in each state now, by group';
  const palette = groupPalette(world.scenario.groups.map((g) => g.id));
  const head = document.createElement('tr');
  head.append(th('', 'col'), ...world.scenario.groups.map((g, k) => {
    const cell = th('', 'col');
    cell.append(swatch('active', palette[k]), document.createTextNode(g.id));
    return cell;
  }));
  const body = ROWS.map(([name, state]) => {
    const tr = document.createElement('tr');
    tr.append(th(name, 'row'), ...world.scenario.groups.map((_, k) => td(people(world.tally[(k << 3) + state] * scale))));
    return tr;
  });
  const thead = document.createElement('thead');
  thead.append(head);
  const tbody = document.createElement('tbody');
  tbody.append(...body);
  table.append(caption, thead, tbody);
  const scroll = document.createElement('div');
  scroll.className = 'counts-scroll';
  scroll.append(table);
  host.replaceChildren(note, scroll);
}

function th(text: string, scope: 'col' | 'row'): HTMLTableCellElement {
  const cell = document.createElement('th');
  cell.scope = scope;
  cell.textContent = text;
  return cell;
}

function td(text: string): HTMLTableCellElement {
  const cell = document.createElement('td');
  cell.textContent = text;
  return cell;
}
