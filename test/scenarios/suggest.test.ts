import { describe, expect, it } from 'vitest';
import { didYouMean, didYouMeanAside, editDistance, suggest } from '../../scenarios/suggest.js';

describe('editDistance (optimal string alignment)', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions', () => {
    expect(editDistance('share', 'share')).toBe(0);
    expect(editDistance('sharee', 'share')).toBe(1);
    expect(editDistance('shre', 'share')).toBe(1);
    expect(editDistance('shard', 'share')).toBe(1);
    expect(editDistance('sahre', 'share')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('suggest', () => {
  const fields = ['id', 'share', 'hardship', 'hardship-spread', 'legitimacy', 'hostility', 'enclaves'];
  it('finds the closest candidate within max(2, length/3) edits', () => {
    expect(suggest('sharee', fields)).toBe('share');
    expect(suggest('legitimcy', fields)).toBe('legitimacy');
    expect(suggest('Hostility', fields)).toBe('hostility');
    expect(suggest('hardship-sprad', fields)).toBe('hardship-spread');
    expect(suggest('mediaton', ['mediation', 'peacekeeping'])).toBe('mediation');
    expect(suggest('mobilization', ['mobilisation', 'hostility'])).toBe('mobilisation');
  });
  it('suggests nothing when nothing is close, or for words too short to judge', () => {
    expect(suggest('population', fields)).toBeUndefined();
    expect(suggest('xy', ['id'])).toBeUndefined();
    expect(suggest('anything', [])).toBeUndefined();
  });
  it('formats the hint', () => {
    expect(didYouMean('sharee', fields)).toBe('; did you mean "share"?');
    expect(didYouMean('zzzzzz', fields)).toBe('');
    expect(didYouMeanAside('sharee', fields)).toBe(' (did you mean "share"?)');
  });
});
