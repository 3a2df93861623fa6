/**
 * One parameter, declared once: its default, range, unit and source live here and nowhere
 * else. The zod schema, the JSON Schema for editors and the docs table are all derived from
 * these declarations (ARCHITECTURE.md: "one source of truth for each parameter").
 */
import { z } from 'zod';

export interface ParameterMeta {
  /** What the number means, in a sentence. */
  description: string;
  /** Unit of the value ("share 0..1", "months", "people per agent"...). */
  unit: string;
  /** Where the default comes from: a seed file, a paper, or the word "assumption". */
  source: string;
}

/** A bounded number with a default and its provenance. */
export function num(def: number, min: number, max: number, meta: ParameterMeta) {
  return z
    .number()
    .min(min)
    .max(max)
    .default(def)
    .meta({ ...meta, description: `${meta.description} [${meta.unit}; ${meta.source}]` });
}

/** A bounded integer with a default and its provenance. */
export function int(def: number, min: number, max: number, meta: ParameterMeta) {
  return z
    .number()
    .int()
    .min(min)
    .max(max)
    .default(def)
    .meta({ ...meta, description: `${meta.description} [${meta.unit}; ${meta.source}]` });
}

/** A share in [0, 1]. */
export function share(def: number, meta: Omit<ParameterMeta, 'unit'> & { unit?: string }) {
  return num(def, 0, 1, { unit: 'share 0..1', ...meta });
}

const IDENTIFIER = /^[a-z][a-z0-9-]*$/;

/**
 * Names every JavaScript object already has (in effect `constructor`): looked up as `record[id]`
 * in a record that lacks it, such an id finds Object.prototype's member instead of nothing.
 */
const RESERVED = Object.getOwnPropertyNames(Object.prototype).filter((name) => IDENTIFIER.test(name));

/** Kebab-case identifiers: group ids, external power ids, strategy names. */
export const identifier = z
  .string()
  .regex(IDENTIFIER, 'an identifier of lower-case letters, digits and hyphens, starting with a letter')
  .refine((id) => !RESERVED.includes(id), {
    error: (issue) => `"${String(issue.input)}" is a reserved word (every JavaScript object has a member of that name); choose another name`,
  });
