/** The report's "what each strategy does": applications in words, and how often each was delivered. */
import { describe, expect, it } from 'vitest';
import { applicationWords, deliveredShare, strategiesSection } from '../../analysis/report/strategy-words.js';
import { applicationSchema } from '../../scenarios/schema.js';

const app = (a: Record<string, unknown>) => applicationSchema.parse(a);

describe('strategies in words', () => {
  it('says trigger, delay, duration, end, intensity and repeats as a reader would', () => {
    expect(applicationWords(app({ instrument: 'mediation', by: ['un', 'region'], from: { tick: 1 } }), 'month')).toBe('mediation by un and region, from month 1');
    expect(applicationWords(app({ instrument: 'peacekeeping', by: 'un', from: { stage: 'armed-conflict' }, delay: 2, for: 36, intensity: 0.5 }), 'month'))
      .toBe('peacekeeping by un, once the run is in armed conflict or worse, after 2 months\' delay, for 36 months, at intensity 0.5');
    expect(applicationWords(app({ instrument: 'targeted-sanctions', by: 'eu', from: { indicator: 'stance', above: 2.5 }, until: { stage: 'post-conflict' }, repeat: 3 }), 'week'))
      .toBe('targeted-sanctions by eu, once stance is above 2.5, until the run is in post-conflict, again up to 3 times on a new crossing');
  });

  it('counts the runs that paid for an instrument, strategy by strategy, and says when a trigger never held', () => {
    const runs = [
      { strategy: 'ladder', cost_peacekeeping: 0, cost_mediation: 10 },
      { strategy: 'ladder', cost_peacekeeping: 5, cost_mediation: 10 },
      { strategy: 'none', cost_peacekeeping: 0, cost_mediation: 0 },
    ];
    expect(deliveredShare(runs, 'ladder', 'peacekeeping')).toBe(0.5);
    expect(deliveredShare(runs, 'ladder', 'mediation')).toBe(1);
    expect(deliveredShare(runs, 'ladder', 'arms-embargo')).toBeNull();
    const html = strategiesSection(['none', 'ladder'], { none: [], ladder: [app({ instrument: 'peacekeeping', by: 'un', from: { tick: 500 } })] }, [{ strategy: 'ladder', cost_peacekeeping: 0 }], 'month');
    expect(html).toContain('<strong>none</strong>: no instrument.');
    expect(html).toContain('peacekeeping by un, from month 500 <span class="ci">delivered in 0% of runs: its trigger never held</span>');
  });

  it('shows what a reactive power does on its own where a strategy gives it no task, the baseline included', () => {
    const external = [{ id: 'ngo', kind: 'civil-society', reactive: true }, { id: 'un', kind: 'universal', reactive: false }] as unknown as Parameters<typeof strategiesSection>[4];
    const runs = [{ strategy: 'none', cost_mediation: 3 }, { strategy: 'none', cost_mediation: 0 }, { strategy: 'talks', cost_mediation: 5 }];
    const html = strategiesSection(['none', 'talks'], { none: [], talks: [app({ instrument: 'mediation', by: 'ngo', from: { tick: 2 } })] }, runs, 'month', external);
    expect(html).toContain('<strong>none</strong>: no instrument of its own.<ul><li>mediation by ngo, once attention:ngo is above 0.4 (on its own: a reactive power this strategy gives no task) <span class="ci">delivered in 50% of runs</span></li></ul>');
    // Tasked by the strategy, the power does what it is told instead.
    expect(html).not.toMatch(/talks<\/strong>:.*on its own/);
  });
});
