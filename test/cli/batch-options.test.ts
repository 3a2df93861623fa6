import { describe, expect, it } from 'vitest';
import { formatsOption } from '../../cli/batch-options.js';
import { UserError } from '../../cli/user-error.js';

describe('--format', () => {
  it('takes a comma-separated list in any case, each format once', () => {
    expect(formatsOption('csv,arrow')).toEqual(['csv', 'arrow']);
    expect(formatsOption(' CSV , csv,JSONL ')).toEqual(['csv', 'jsonl']);
  });
  it('refuses an empty list and an unknown format with a message naming what it accepts', () => {
    expect(() => formatsOption('')).toThrow(UserError);
    expect(() => formatsOption(' , ')).toThrow(/name at least one of csv, jsonl, arrow/);
    expect(() => formatsOption('csv,parquet')).toThrow(/--format parquet: expected csv, jsonl or arrow/);
  });
});
