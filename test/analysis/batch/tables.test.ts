import { describe, expect, it } from 'vitest';
import { csvText, jsonlText } from '../../../analysis/batch/tables.js';

describe('the tables', () => {
  it('write a missing or undefined number as an empty CSV cell and a JSON null, never the text NaN', () => {
    const rows = [{ parameter: 'elite.exclusionary', first_order: Number.NaN, total: 0.25, note: 'a, "quoted" one' }];
    const columns = ['parameter', 'first_order', 'total', 'note'];
    expect(csvText(columns, rows)).toBe('parameter,first_order,total,note\nelite.exclusionary,,0.25,"a, ""quoted"" one"\n');
    expect(jsonlText(columns, rows)).toBe('{"parameter":"elite.exclusionary","first_order":null,"total":0.25,"note":"a, \\"quoted\\" one"}\n');
  });
});
