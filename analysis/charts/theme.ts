/**
 * Type sizes for charts read in a briefing or on a projector: vega-lite's defaults (11 px titles,
 * 10 px labels) are too small once a chart is scaled to a page. Applied to every spec written
 * or rendered, unless the spec sets its own config.
 */
import type { Spec } from './types.js';

export const CHART_CONFIG = {
  font: 'system-ui, -apple-system, "Segoe UI", sans-serif',
  title: { fontSize: 17, subtitleFontSize: 13, anchor: 'start', offset: 10 },
  header: { labelFontSize: 13, titleFontSize: 14 },
  axis: { labelFontSize: 12, titleFontSize: 13, titleFontWeight: 'normal' },
  legend: { labelFontSize: 12, titleFontSize: 13, labelLimit: 320 },
  concat: { spacing: 28 },
};

export function themed(spec: Spec): Spec {
  return spec.config ? spec : { ...spec, config: CHART_CONFIG };
}
