/**
 * Acceptance check 1 of issue 3: every instrument's main channel moves in the expected
 * direction on a fixed seed, and every documented side effect has a test. The same world is
 * built twice from one seed; the instrument is applied to one twin at strength 1 and the two
 * are compared. A test also checks that each instrument has exactly as many side-effect checks
 * here as it documents, so a new side effect cannot go untested.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { INSTRUMENTS, findInstrument, step, type World } from '../../sim/index.js';
import { ORG_STATUS } from '../../sim/actors/rebels.js';
import { applyLessons, recentViolence } from '../../sim/instruments/effects.js';
import { resetPressure } from '../../sim/instruments/pressure.js';
import { grievance } from '../../sim/population/citizen.js';
import { prepareTickContext } from '../../sim/population/context.js';
import { census, stepPopulation } from '../../sim/population/step.js';
import { CITIZEN_STATE, STANCE } from '../../sim/vocabulary.js';
import type { Scenario } from '../../scenarios/schema.js';
import { fakeApp, meanHostility, smallFragileState, steppedWorld } from './helpers.js';

const SEED = 7;
const TICKS = 24;
let scenario: Scenario;
beforeAll(() => {
  scenario = smallFragileState(30);
});

/** Twins: `base` untouched, `treated` with the instrument applied `times` times at strength 1. */
function twins(id: string, times = 1, prepare: (w: World) => void = () => {}): { base: World; treated: World } {
  const base = steppedWorld(scenario, SEED, TICKS);
  const treated = steppedWorld(scenario, SEED, TICKS);
  prepare(base);
  prepare(treated);
  const def = findInstrument(id)!;
  const app = fakeApp(id);
  for (let k = 0; k < times; k++) {
    if (k > 0) resetPressure(treated.pressure);
    def.apply(treated, 1, app);
  }
  return { base, treated };
}

const majority = 0; // fragile-state: majority (discriminated, excluded), minority (the elite's group)
const minority = 1;

type Check = (id: string) => void;
const pressureUp = (field: 'eliteCost' | 'eliteReward' | 'mediation' | 'counterHate' | 'keepers' | 'guarantee' | 'embargo' | 'attentionLagCut' | 'coercion' | 'consistency' | 'resentment'): Check => (id) => {
  const { base, treated } = twins(id);
  expect(treated.pressure[field]).toBeGreaterThan(base.pressure[field]);
};
const legitimacyOfExcludedUp: Check = (id) => {
  const { base, treated } = twins(id);
  expect(treated.pressure.legitimacy[majority]).toBeGreaterThan(base.pressure.legitimacy[majority]);
};
const bridgingUp: Check = (id) => {
  const { base, treated } = twins(id);
  for (let g = 0; g < treated.groups; g++) expect(treated.pressure.bridging[g]).toBeGreaterThan(base.pressure.bridging[g]);
};
const hardshipDown: Check = (id) => {
  const { base, treated } = twins(id);
  for (let g = 0; g < treated.groups; g++) expect(treated.pressure.hardship[g]).toBeLessThan(base.pressure.hardship[g]);
};
const hardshipUp: Check = (id) => {
  const { base, treated } = twins(id);
  for (let g = 0; g < treated.groups; g++) expect(treated.pressure.hardship[g]).toBeGreaterThan(base.pressure.hardship[g]);
};
const suspicionUp: Check = (id) => {
  const { base, treated } = twins(id, 10);
  expect(treated.elite.suspicion).toBeGreaterThan(base.elite.suspicion);
};
const suspicionDown: Check = (id) => {
  const { base, treated } = twins(id, 10);
  expect(treated.elite.suspicion).toBeLessThan(base.elite.suspicion);
};

/** After recent violence and with the elite holding, a paid reward leaves the lesson that violence pays. */
const violencePaysAfterViolence: Check = (id) => {
  const afterViolence = (w: World) => {
    w.series.values['civilian-deaths'][w.series.length - 1] = 2 * w.scenario.stages['atrocity-deaths'];
    w.elite.stance = STANCE.hold;
  };
  const { base, treated } = twins(id, 6, afterViolence);
  expect(recentViolence(treated)).toBeGreaterThan(0.5);
  expect(base.pressure.violencePays).toBe(0);
  expect(treated.pressure.violencePays).toBeGreaterThan(0);
  // And the lesson is an expected gain from escalation: the elite's expected cost falls.
  resetPressure(treated.pressure);
  applyLessons(treated);
  expect(treated.pressure.eliteCost).toBeLessThan(0);
};

/** Collateral deaths: civilians are killed, counted, and their groups' hostility rises. */
const collateral: Check = (id) => {
  const { base, treated } = twins(id, 300);
  expect(treated.flow.collateral).toBeGreaterThan(0);
  expect(treated.flow.civilianDeaths - base.flow.civilianDeaths).toBe(treated.flow.collateral);
  let sumBase = 0;
  let sumTreated = 0;
  for (let i = 0; i < base.pop.n; i++) {
    sumBase += base.pop.hostility[i];
    if (treated.pop.state[i] !== CITIZEN_STATE.dead) sumTreated += treated.pop.hostility[i];
    else sumTreated += base.pop.hostility[i];
  }
  expect(sumTreated).toBeGreaterThan(sumBase);
};

/** Resentment: the channel is up, and after the population's turn every group is more hostile than in its twin. */
const resentment: Check = (id) => {
  const { base, treated } = twins(id);
  expect(treated.pressure.resentment).toBeGreaterThan(0);
  for (const w of [base, treated]) {
    prepareTickContext(w, w.ctx);
    stepPopulation(w, w.ctx);
    census(w);
  }
  for (let g = 0; g < treated.groups; g++) expect(meanHostility(treated, g)).toBeGreaterThan(meanHostility(base, g));
};

const CHECKS: Record<string, { main: Check; sideEffects: Check[] }> = {
  'early-warning': { main: pressureUp('attentionLagCut'), sideEffects: [] },
  'fact-finding': { main: pressureUp('attentionLagCut'), sideEffects: [suspicionUp] },
  envoy: { main: pressureUp('mediation'), sideEffects: [] },
  'human-rights-monitoring': { main: legitimacyOfExcludedUp, sideEffects: [] },
  'good-offices': { main: pressureUp('mediation'), sideEffects: [] },
  mediation: { main: pressureUp('mediation'), sideEffects: [] },
  conciliation: { main: pressureUp('mediation'), sideEffects: [] },
  'confidence-building': { main: suspicionDown, sideEffects: [] },
  adjudication: { main: legitimacyOfExcludedUp, sideEffects: [] },
  'track-two-dialogue': { main: bridgingUp, sideEffects: [] },
  'cultural-sports-diplomacy': { main: bridgingUp, sideEffects: [] },
  'ngo-bridging': { main: bridgingUp, sideEffects: [] },
  'counter-hate-media': { main: pressureUp('counterHate'), sideEffects: [suspicionUp] },
  'naming-and-shaming': { main: pressureUp('eliteCost'), sideEffects: [suspicionUp] },
  'non-recognition-threat': { main: pressureUp('eliteCost'), sideEffects: [] },
  'power-sharing-incentives': {
    main: legitimacyOfExcludedUp,
    sideEffects: [
      (id) => {
        const { base, treated } = twins(id, 12);
        expect(meanHostility(treated, minority)).toBeGreaterThan(meanHostility(base, minority));
        expect(meanHostility(treated, majority)).toBe(meanHostility(base, majority));
      },
      violencePaysAfterViolence,
    ],
  },
  'consistent-messaging': { main: pressureUp('consistency'), sideEffects: [] },
  aid: { main: hardshipDown, sideEffects: [] },
  inducements: { main: pressureUp('eliteReward'), sideEffects: [violencePaysAfterViolence] },
  'conditional-rewards': {
    main: pressureUp('eliteReward'),
    sideEffects: [
      (id) => {
        violencePaysAfterViolence(id);
        // Conditional: an elite that is killing is offered the reward but not paid, so it learns nothing.
        const { treated } = twins(id, 6, (w) => {
          w.series.values['civilian-deaths'][w.series.length - 1] = 2 * w.scenario.stages['atrocity-deaths'];
          w.elite.stance = STANCE.eliminate;
        });
        expect(treated.pressure.eliteReward).toBeGreaterThan(0);
        expect(treated.pressure.violencePays).toBe(0);
      },
    ],
  },
  'long-term-assistance': { main: hardshipDown, sideEffects: [] },
  'targeted-sanctions': { main: pressureUp('eliteCost'), sideEffects: [suspicionUp] },
  'comprehensive-sanctions': {
    main: pressureUp('eliteCost'),
    sideEffects: [
      (id) => {
        hardshipUp(id);
        // Grievance G = H x (1 - L) rises for a citizen of every group.
        const { base, treated } = twins(id);
        for (let g = 0; g < treated.groups; g++) {
          const L = treated.legitimacy[g];
          expect(grievance(0.5, treated.hardshipShift[g] + treated.pressure.hardship[g], L)).toBeGreaterThan(grievance(0.5, base.hardshipShift[g] + base.pressure.hardship[g], L));
        }
      },
      suspicionUp,
    ],
  },
  'loss-of-loans-and-trade': { main: pressureUp('eliteCost'), sideEffects: [hardshipUp] },
  'arms-embargo': { main: pressureUp('embargo'), sideEffects: [] },
  'preventive-deployment': { main: pressureUp('keepers'), sideEffects: [] },
  peacekeeping: { main: pressureUp('keepers'), sideEffects: [] },
  'disarmament-supervision': {
    main: (id) => {
      // An armed organisation of the majority under ceasefire, with 20 fighters.
      const ceasefire = (w: World) => {
        const { rebels, pop } = w;
        for (let o = 0; o < rebels.count; o++) rebels.status[o] = ORG_STATUS.settled;
        const o = rebels.count < rebels.capacity ? rebels.count++ : 0;
        rebels.group[o] = majority;
        rebels.status[o] = ORG_STATUS.ceasefire;
        rebels.fighters[o] = 0;
        for (let i = 0; i < pop.n && rebels.fighters[o] < 20; i++) {
          if (pop.group[i] !== majority || pop.state[i] !== CITIZEN_STATE.quiet) continue;
          pop.state[i] = CITIZEN_STATE.fighter;
          pop.org[i] = o;
          rebels.fighters[o]++;
        }
      };
      const { base, treated } = twins(id, 10, ceasefire);
      const o = base.rebels.count - 1;
      expect(base.rebels.fighters[o]).toBe(20);
      expect(treated.rebels.fighters[o]).toBeLessThan(20);
      expect(treated.pressure.guarantee).toBeGreaterThan(0);
    },
    sideEffects: [],
  },
  'security-guarantees': { main: pressureUp('guarantee'), sideEffects: [] },
  'threat-of-force': { main: pressureUp('eliteCost'), sideEffects: [suspicionUp] },
  'peace-enforcement': { main: pressureUp('coercion'), sideEffects: [collateral, resentment] },
  'military-intervention': { main: pressureUp('coercion'), sideEffects: [collateral, resentment] },
};

describe('every instrument', () => {
  it('has a main-channel check and one check per documented side effect', () => {
    expect(INSTRUMENTS.length).toBeGreaterThanOrEqual(25);
    for (const d of INSTRUMENTS) {
      expect(CHECKS[d.id], `no checks for ${d.id}`).toBeDefined();
      expect(CHECKS[d.id].sideEffects.length, `${d.id} documents ${d.sideEffects.length} side effects`).toBe(d.sideEffects.length);
    }
  });

  it('has a receptiveness in [0, 1] in a suspicious autocracy and an open democracy', () => {
    const w = steppedWorld(scenario, SEED, 2);
    for (const [suspicion, autocracy, openness] of [[1, 1, 0], [0, 0, 1], [0.7, 0.9, 0.5]]) {
      w.elite.suspicion = suspicion;
      w.elite.autocracy = autocracy;
      w.elite.openness = openness;
      for (const d of INSTRUMENTS) {
        const r = d.receptiveness(w);
        expect(r, d.id).toBeGreaterThanOrEqual(0);
        expect(r, d.id).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe.each(INSTRUMENTS.map((d) => d.id))('%s', (id) => {
  it('moves its main channel in the expected direction', () => CHECKS[id].main(id));
  const effects = findInstrument(id)!.sideEffects;
  effects.forEach((text, k) => {
    it(`side effect: ${text.slice(0, 70)}`, () => CHECKS[id].sideEffects[k](id));
  });
});

describe('moral hazard raises later escalation', () => {
  it('an elite that has learnt violence pays climbs the ladder more over the next two years (40 seeds)', () => {
    const s = smallFragileState(20);
    let plain = 0;
    let taught = 0;
    for (let seed = 1; seed <= 40; seed++) {
      for (const lesson of [0, 1]) {
        const w = steppedWorld(s, seed, 6);
        w.elite.stance = STANCE.hold;
        w.pressure.violencePays = lesson;
        let sum = 0;
        for (let t = 0; t < 24; t++) {
          step(w);
          sum += w.elite.stance;
        }
        if (lesson) taught += sum;
        else plain += sum;
      }
    }
    console.log(`mean elite stance over 24 months: no lesson ${(plain / 40 / 24).toFixed(2)}, violence-pays lesson ${(taught / 40 / 24).toFixed(2)}`);
    expect(taught).toBeGreaterThan(plain);
  });
});
