import { describe, expect, it } from 'vitest';
import { confidentMistakes, topClasses } from './mistakes';

// 4 samples x 3 classes.
const probabilities = [
  0.9, 0.05, 0.05, // label 0, right
  0.6, 0.3, 0.1, //   label 1, wrong (0 at 0.6)
  0.1, 0.8, 0.1, //   label 2, wrong (1 at 0.8)
  0.2, 0.2, 0.6, //   label 0, wrong (2 at 0.6)
];
const labels = [0, 1, 2, 0];
const predicted = [0, 0, 1, 2];

describe('topClasses', () => {
  it('ranks classes by probability, lower class first on a tie', () => {
    expect(topClasses(probabilities, 2, 3, 3)).toEqual([
      { label: 1, probability: 0.8 },
      { label: 0, probability: 0.1 },
      { label: 2, probability: 0.1 },
    ]);
    expect(topClasses(probabilities, 0, 3, 1)).toEqual([{ label: 0, probability: 0.9 }]);
  });
});

describe('confidentMistakes', () => {
  it('lists only wrong predictions, most confident first, earlier index on a tie', () => {
    const mistakes = confidentMistakes(probabilities, labels, predicted, 3, 10, 2);
    expect(mistakes.map((m) => m.index)).toEqual([2, 1, 3]);
    expect(mistakes[0]).toEqual({
      index: 2,
      label: 2,
      predicted: 1,
      top: [{ label: 1, probability: 0.8 }, { label: 0, probability: 0.1 }],
    });
  });

  it('keeps at most the asked-for number', () => {
    expect(confidentMistakes(probabilities, labels, predicted, 3, 2).map((m) => m.index)).toEqual([2, 1]);
    expect(confidentMistakes(probabilities, labels, labels, 3, 5)).toEqual([]);
  });
});
