/**
 * One colour per strategy, the same in every chart: the Okabe-Ito palette (Okabe and Ito 2008),
 * safe for the common colour-vision deficiencies. The baseline is always dark grey.
 */
export const OKABE_ITO = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442', '#000000'];
export const BASELINE_COLOUR = '#555555';

export function strategyScale(strategies: readonly string[], baseline = 'none'): { domain: string[]; range: string[] } {
  let k = 0;
  return { domain: [...strategies], range: strategies.map((s) => (s === baseline ? BASELINE_COLOUR : OKABE_ITO[k++ % OKABE_ITO.length])) };
}

/** Stages in severity order with a sequential palette from calm to catastrophe. */
export const STAGE_COLOURS: Record<string, string> = {
  'stable-peace': '#cfe8f3',
  'unstable-peace': '#a2d4ec',
  crisis: '#F0E442',
  'post-conflict': '#009E73',
  'armed-conflict': '#E69F00',
  'mass-atrocity': '#D55E00',
};

/** A legend's stage names as readers write them: "armed conflict" for the code armed-conflict. */
export const STAGE_LABEL_EXPR = "replace(datum.label, regexp('-', 'g'), ' ')";
