/**
 * The controls every view shares: scenario, strategy, seed and the month the instruments start.
 * The choice is kept in the page's address (#scenario=...&strategy=...&seed=...), so an
 * instructor can bookmark a world, and a test can open one.
 */
import { decodeScenarioBytes, NotUtf8Error } from '../../scenarios/decode-text.js';
import type { Scenario } from '../../scenarios/schema.js';
import { ScenarioError } from '../../scenarios/scenario-error.js';
import type { BundledScenario } from './scenarios.js';
import { DEFAULT_SCENARIO, openedScenario } from './scenarios.js';
import { fixedStartMonth, withStartMonth } from './start-month.js';

export interface Selection {
  entry: BundledScenario;
  strategy: string;
  seed: number;
  /** Month every application of the strategy starts, or null for the scenario's own triggers. */
  startMonth: number | null;
  /** The scenario the engine plays: the file's, with the start month applied. */
  scenario: Scenario;
}

/** The strategy shown first: `early` where there is one, else the first that is not `none`. */
export function defaultStrategy(scenario: Scenario): string {
  const names = Object.keys(scenario.strategies);
  return names.includes('early') ? 'early' : (names.find((n) => n !== 'none') ?? 'none');
}

export function selectionOf(entry: BundledScenario, strategy: string, seed: number, startMonth: number | null): Selection {
  const scenario = startMonth === null || strategy === 'none' ? entry.scenario : withStartMonth(entry.scenario, strategy, startMonth);
  return { entry, strategy, seed, startMonth: strategy === 'none' ? null : startMonth, scenario };
}

/**
 * What a view that compares a strategy with `none` says when `none` is chosen: choose another,
 * or, where the scenario has no other (Epstein's classic models), that there is nothing to compare.
 */
export function baselineChosen(sel: Selection, choose: string): string {
  const onlyBaseline = Object.keys(sel.scenario.strategies).every((n) => n === 'none');
  return onlyBaseline ? 'This scenario has no outside action to compare with doing nothing (it plays a model without instruments): watch it in One world.' : `Choose a strategy other than "none"${choose}`;
}

/** Words for the chosen strategy, with its start month when moved: `early (every instrument from month 12)`. */
export function strategyLabel(sel: Selection): string {
  if (sel.strategy === 'none') return '"none" (no outside action)';
  return sel.startMonth === null ? `"${sel.strategy}"` : `"${sel.strategy}" with every instrument from ${sel.scenario.tick} ${sel.startMonth}`;
}

/**
 * Citizen-months of the default scenario (50 x 50 sites at density 0.7, 120 months): a world
 * takes about a tenth of a second on a laptop's core. A file ten times as heavy gets a word of
 * warning when opened, with how many times heavier it is.
 */
const DEFAULT_WORK = 50 * 50 * 0.7 * 120;
const HEAVY = 10;

function heavyWarning(scenario: Scenario, name: string): string | null {
  const p = scenario.population;
  const times = (p.grid * p.grid * p.density * scenario.horizon) / DEFAULT_WORK;
  if (times < HEAVY) return null;
  return `${name} is about ${Math.round(times).toLocaleString('en-GB')} times the work of the default scenario (${p.grid} x ${p.grid} sites, ${scenario.horizon} ${scenario.tick}s): one world may take minutes, and many worlds far longer. Stop ends a batch or a sweep at any time.`;
}

/** Larger than any sensible scenario file (the bundled ones are 2 to 6 kB): refused, not parsed. */
const MAX_FILE_BYTES = 1_000_000;

interface Elements {
  scenario: HTMLSelectElement;
  scenarioFile: HTMLInputElement;
  strategy: HTMLSelectElement;
  seed: HTMLInputElement;
  startFixed: HTMLInputElement;
  startMonth: HTMLInputElement;
  startValue: HTMLOutputElement;
  error: HTMLElement;
}

export class Setup {
  private listeners: ((sel: Selection) => void)[] = [];
  private current: Selection;
  private openings = 0;
  private locked = false;

  constructor(
    private readonly scenarios: BundledScenario[],
    private readonly el: Elements,
  ) {
    for (const s of scenarios) el.scenario.append(new Option(s.scenario.name, s.id));
    const notes = this.fromAddress();
    this.current = this.read();
    this.notify(notes);
    // The address then names what is shown, not what could not be.
    if (notes.length > 0) this.writeAddress();
    // A bookmark opened in a tab that already shows the page changes only the address: follow it,
    // so the page never shows one world while its address names another.
    window.addEventListener('hashchange', () => {
      // An in-page link (the keyboard's "Skip to the simulation", #views) is no bookmark: it
      // moved the focus; the address goes back to naming what is shown.
      if (!location.hash.includes('=')) return this.writeAddress();
      if (this.locked) {
        this.notify(['The link was not opened: a run is going. Stop it or let it finish, then open the link again.']);
        return this.writeAddress();
      }
      const notes = this.fromAddress();
      this.changed();
      this.notify(notes);
    });

    el.scenario.addEventListener('change', () => {
      const next = this.entry();
      this.fillStrategies(next, this.el.strategy.value);
      this.syncStartControls(next);
      this.changed();
    });
    el.scenarioFile.addEventListener('change', () => {
      const file = el.scenarioFile.files?.[0];
      // Cleared, so that opening the same file again after editing it fires another change.
      el.scenarioFile.value = '';
      if (file) void this.openFile(file);
    });
    el.strategy.addEventListener('change', () => {
      this.syncStartControls(this.entry());
      this.changed();
    });
    el.seed.addEventListener('change', () => this.changed());
    el.startFixed.addEventListener('change', () => {
      this.syncStartControls(this.entry());
      this.changed();
    });
    el.startMonth.addEventListener('input', () => (el.startValue.value = el.startMonth.value));
    el.startMonth.addEventListener('change', () => this.changed());
  }

  get selection(): Selection {
    return this.current;
  }

  onChange(listener: (sel: Selection) => void): void {
    this.listeners.push(listener);
  }

  /** Locks the controls while a batch runs (its results belong to the choice it started with). */
  lock(locked: boolean): void {
    this.locked = locked;
    for (const c of [this.el.scenario, this.el.scenarioFile, this.el.strategy, this.el.seed, this.el.startFixed]) c.disabled = locked;
    this.el.startMonth.disabled = locked || !this.el.startFixed.checked || this.el.strategy.value === 'none';
  }

  /**
   * Adds a scenario file from the user's disk to the list and shows it. A file that is not a
   * valid scenario leaves the choice as it was and says what is wrong, as the command line would.
   */
  async openFile(file: { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> }): Promise<boolean> {
    const fail = (message: string) => {
      this.el.error.textContent = message;
      this.el.error.hidden = false;
      return false;
    };
    if (file.size > MAX_FILE_BYTES) return fail(`${file.name} is ${(file.size / 1e6).toFixed(1)} MB; a scenario file is a few kilobytes of YAML. Nothing was opened.`);
    let entry: BundledScenario;
    try {
      // Decoded as the command line decodes a file: File.text() would turn a Latin-1 file's
      // letters into replacement characters without a word.
      const text = decodeScenarioBytes(new Uint8Array(await file.arrayBuffer()), file.name);
      entry = openedScenario(file.name, text, ++this.openings);
    } catch (err) {
      if (err instanceof ScenarioError || err instanceof NotUtf8Error) return fail(`${err.message}\nThe scenario shown is unchanged.`);
      return fail(`${file.name} could not be read: ${err instanceof Error ? err.message : String(err)}`);
    }
    this.scenarios.push(entry);
    const option = new Option(`${entry.scenario.name} (your file ${file.name})`, entry.id);
    this.el.scenario.append(option);
    this.el.scenario.value = entry.id;
    this.fillStrategies(entry, this.el.strategy.value);
    this.syncStartControls(entry);
    this.changed();
    const warning = heavyWarning(entry.scenario, file.name);
    if (warning !== null) this.notify([warning]);
    return true;
  }

  private entry(): BundledScenario {
    return this.scenarios.find((s) => s.id === this.el.scenario.value) ?? this.scenarios[0];
  }

  private fillStrategies(entry: BundledScenario, keep: string | null): void {
    const names = Object.keys(entry.scenario.strategies);
    this.el.strategy.replaceChildren(...names.map((n) => new Option(n === 'none' ? 'none (no outside action)' : n, n)));
    this.el.strategy.value = keep !== null && names.includes(keep) ? keep : defaultStrategy(entry.scenario);
  }

  /** The slider spans the run; it starts where the strategy's own fixed start is, when it has one. */
  private syncStartControls(entry: BundledScenario): void {
    const { startFixed, startMonth, startValue, strategy } = this.el;
    startMonth.max = String(Math.max(0, entry.scenario.horizon - 1));
    const own = fixedStartMonth(entry.scenario, strategy.value);
    if (!startFixed.checked) startMonth.value = String(own ?? Math.min(12, entry.scenario.horizon - 1));
    startFixed.disabled = strategy.value === 'none';
    startMonth.disabled = !startFixed.checked || strategy.value === 'none';
    // Unticked, the number is the strategy's own start when it has one; a strategy started by a
    // stage or an indicator has none, and a "12" there read as a fact about it.
    startValue.value = startFixed.checked || own !== null ? startMonth.value : strategy.value === 'none' ? '' : 'its own trigger';
  }

  private read(): Selection {
    const seed = Number(this.el.seed.value);
    const valid = this.el.seed.value.trim() !== '' && Number.isInteger(seed) && seed >= 0 && seed <= 2147483647;
    this.el.error.hidden = valid;
    this.el.error.textContent = valid ? '' : `The seed must be a whole number from 0 to 2147483647; using ${this.current?.seed ?? 1}.`;
    const useSeed = valid ? seed : (this.current?.seed ?? 1);
    // "1e3" or "007" is the seed 1000 or 7: the field shows the number the world is played with.
    if (valid && this.el.seed.value !== String(seed)) this.el.seed.value = String(seed);
    const start = this.el.startFixed.checked ? Number(this.el.startMonth.value) : null;
    return selectionOf(this.entry(), this.el.strategy.value, useSeed, start);
  }

  /**
   * Sets the controls from the page's address (a bookmark), and says what of it could not be
   * followed: a scenario or strategy the page lacks, a seed out of range, a start past the end.
   */
  private fromAddress(): string[] {
    const notes: string[] = [];
    const wanted = new URLSearchParams(location.hash.slice(1));
    const id = wanted.get('scenario');
    const fallback = this.scenarios.find((s) => s.id === DEFAULT_SCENARIO) ?? this.scenarios[0];
    const named = id === null ? undefined : this.scenarios.find((s) => s.id === id);
    const entry = named ?? fallback;
    if (id !== null && named === undefined) notes.push(`The link names a scenario ("${id}") this page does not have: showing "${entry.scenario.name}".`);
    this.el.scenario.value = entry.id;
    const strategy = wanted.get('strategy');
    this.fillStrategies(entry, strategy);
    if (strategy !== null && strategy !== this.el.strategy.value) notes.push(`"${entry.scenario.name}" has no strategy "${strategy}": showing "${this.el.strategy.value}".`);
    const seedText = wanted.get('seed');
    if (seedText !== null) {
      const seed = Number(seedText);
      if (/^\d+$/.test(seedText) && seed <= 2147483647) this.el.seed.value = String(seed);
      else notes.push(`The link's seed "${seedText}" is not a whole number from 0 to 2147483647: the seed is ${this.el.seed.value}.`);
    }
    const start = wanted.get('start');
    const last = Math.max(0, entry.scenario.horizon - 1);
    this.el.startFixed.checked = start !== null && /^\d+$/.test(start);
    if (this.el.startFixed.checked) {
      this.el.startMonth.value = String(Math.min(Number(start), last));
      if (Number(start) > last) notes.push(`The link starts the instruments at ${entry.scenario.tick} ${start}, past the last ${entry.scenario.tick} (${last}): starting them at ${last}.`);
    } else if (start !== null) notes.push(`The link's start "${start}" is not a ${entry.scenario.tick}: the strategy keeps its own start.`);
    this.syncStartControls(entry);
    return notes;
  }

  /** Shows what the address asked for and the page could not do (under the controls, with the seed's message). */
  private notify(notes: string[]): void {
    if (notes.length === 0) return;
    const shown = this.el.error.hidden ? [] : [this.el.error.textContent ?? ''];
    this.el.error.textContent = [...shown, ...notes].join('\n');
    this.el.error.hidden = false;
  }

  private writeAddress(): void {
    const sel = this.current;
    const params = new URLSearchParams({ scenario: sel.entry.id, strategy: sel.strategy, seed: String(sel.seed) });
    if (sel.startMonth !== null) params.set('start', String(sel.startMonth));
    history.replaceState(null, '', `#${params}`);
  }

  private changed(): void {
    this.current = this.read();
    this.writeAddress();
    for (const l of this.listeners) l(this.current);
  }
}
