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
  it('finds the closest candidate within a third of the word in edits (at least 1)', () => {
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
  it('finds the singular or plural of a word, and the one candidate a word begins', () => {
    const top = ['name', 'horizon', 'groups', 'external', 'shocks', 'strategies'];
    expect(suggest('strategy', top)).toBe('strategies');
    expect(suggest('group', top)).toBe('groups');
    expect(suggest('cop', ['coup', 'cops'])).toBe('cops');
    expect(suggest('legit', ['legitimacy', 'hostility'])).toBe('legitimacy');
    expect(suggest('peace', ['peacekeeping', 'peace-enforcement'])).toBeUndefined();
    expect(suggest('ad', ['extends', 'add', 'drop'])).toBe('add');
  });
  it('never suggests a much shorter word, nor one that takes half the letters to reach', () => {
    expect(suggest('nato', ['pat', 'un'])).toBeUndefined();
    expect(suggest('nato', ['natos'])).toBe('natos');
    expect(suggest('mediation-x', ['med'])).toBeUndefined();
  });
  it('formats the hint', () => {
    expect(didYouMean('sharee', fields)).toBe('; did you mean "share"?');
    expect(didYouMean('zzzzzz', fields)).toBe('');
    expect(didYouMeanAside('sharee', fields)).toBe(' (did you mean "share"?)');
  });
});
