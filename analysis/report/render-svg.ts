/**
 * Renders a vega-lite specification to SVG in Node with vega's headless view: no browser, no
 * network, no canvas (vega estimates text widths without one).
 */
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { Spec } from '../charts/types.js';

export async function renderSvg(spec: Spec): Promise<string> {
  const vega = compile(spec as unknown as TopLevelSpec).spec;
  const view = new View(parse(vega, { background: 'white' }), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}
