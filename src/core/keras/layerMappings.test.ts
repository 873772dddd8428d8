import { describe, expect, it } from 'vitest';
import { LAYER_CATALOGUE, LAYER_TYPES } from '../network/catalogue';
import { OPTIMIZERS, OPTIMIZER_IDS } from '../training/optimizers';
import { KERAS_LAYERS, layerTypeOfClass } from './layerMappings';
import { KERAS_OPTIMIZERS } from './trainingMappings';

describe('Keras mappings', () => {
  it('map every catalogue parameter of every layer type to one Keras argument', () => {
    for (const type of LAYER_TYPES) {
      const keys = LAYER_CATALOGUE[type].params.map((p) => p.key).sort();
      expect(KERAS_LAYERS[type].args.map((a) => a.param).sort(), type).toEqual(keys);
    }
  });

  it('give every argument its own keyword and signature position', () => {
    for (const type of LAYER_TYPES) {
      const mapping = KERAS_LAYERS[type];
      const keywords = [...mapping.args.map((a) => a.keyword), ...mapping.fixed.map((f) => f.keyword)];
      const positions = [...mapping.args.map((a) => a.position), ...mapping.fixed.flatMap((f) => (f.position === undefined ? [] : [f.position]))];
      expect(new Set(keywords).size, type).toBe(keywords.length);
      expect(new Set(positions).size, type).toBe(positions.length);
      mapping.args.slice(0, mapping.positional).forEach((a, i) => expect(a.position, `${type}.${a.keyword}`).toBe(i));
    }
  });

  it('find each layer type again from its Keras class names', () => {
    for (const type of LAYER_TYPES) {
      for (const name of [KERAS_LAYERS[type].className, ...KERAS_LAYERS[type].aliases]) expect(layerTypeOfClass(name)).toBe(type);
    }
    expect(layerTypeOfClass('LSTM')).toBeUndefined();
  });

  it('map every optimizer hyperparameter of the catalogue to a Keras argument', () => {
    for (const id of OPTIMIZER_IDS) {
      expect(Object.keys(KERAS_OPTIMIZERS[id].hyperparams).sort(), id).toEqual(OPTIMIZERS[id].hyperparams.map((h) => h.key).sort());
    }
  });
});
