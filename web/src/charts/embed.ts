/**
 * Draws a vega-lite spec from analysis/charts/ into the page with vega-embed, with larger type
 * for a projector. The spec itself is the report's; only the look (font sizes) is the page's.
 *
 * A chart that is redrawn while a run or a batch goes on is drawn into a detached element and
 * swapped in when ready, so the old chart stays on screen meanwhile (no flicker), and at most
 * one drawing is under way per chart: a request during a drawing is remembered and the latest
 * spec drawn next.
 */
import embed, { type Result, type VisualizationSpec } from 'vega-embed';
import type { Spec } from '../../../analysis/charts/types.js';

/** Readable from the back of a classroom: 15-16 px labels, 20 px titles. */
export const PROJECTOR_CONFIG = {
  font: 'system-ui, "Segoe UI", Roboto, Helvetica, Arial, sans-serif',
  title: { fontSize: 20, subtitleFontSize: 15, subtitleColor: '#333', anchor: 'start', offset: 8 },
  axis: { labelFontSize: 14, titleFontSize: 15, titleFontWeight: 'normal', labelColor: '#222', titleColor: '#222' },
  legend: { labelFontSize: 14, titleFontSize: 15, symbolSize: 160, labelLimit: 360 },
  header: { labelFontSize: 15, titleFontSize: 16 },
  text: { fontSize: 14 },
  view: { stroke: '#ccc' },
} as const;

export class ChartSlot {
  private current: Result | null = null;
  private drawing = false;
  private pending: Spec | null = null;
  /** Resolves when the last requested spec is on screen. */
  private idle: Promise<void> = Promise.resolve();
  private settle: () => void = () => {};

  constructor(private readonly host: HTMLElement) {}

  /** Draws `spec` (or queues it behind the drawing under way). */
  draw(spec: Spec): Promise<void> {
    this.pending = spec;
    if (!this.drawing) {
      this.idle = new Promise((resolve) => (this.settle = resolve));
      void this.loop();
    }
    return this.idle;
  }

  /** Removes the chart. */
  clear(): void {
    this.pending = null;
    this.current?.finalize();
    this.current = null;
    this.host.replaceChildren();
  }

  private async loop(): Promise<void> {
    this.drawing = true;
    try {
      while (this.pending) {
        const spec = this.pending;
        this.pending = null;
        const target = document.createElement('div');
        const result = await embed(target, spec as VisualizationSpec, { actions: false, renderer: 'svg', config: PROJECTOR_CONFIG as never });
        this.current?.finalize();
        this.current = result;
        this.host.replaceChildren(target);
      }
    } finally {
      this.drawing = false;
      this.settle();
    }
  }
}
