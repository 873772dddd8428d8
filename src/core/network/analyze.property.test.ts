// Property tests of shape inference: for any graph made of catalogue layers,
// with any parameter values and any wiring (loops, fan-in, stray and duplicate
// wires, several inputs or none), analyzeNetwork answers with coded issues and
// sound numbers, never an exception; a network it finds nothing wrong with
// ends in the 10 class scores.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOSS_IDS } from '../training/losses';
import { analyzeNetwork } from './analyze';
import { LAYER_CATALOGUE, LAYER_TYPES, type ParamSpec } from './catalogue';
import { ISSUE_CODES } from './issues';
import { PRESETS } from './presets';
import type { LayerNode, LayerType, NetworkGraph, ParamValue } from './types';

const RUNS = { numRuns: 400 };
/** Property runs take seconds on a busy 2-core machine; far under this, but above Vitest's 5 s default. */
const SLOW = { timeout: 60_000 };

/** A value for a parameter: mostly plausible for its kind, sometimes out of range or of another type. */
function paramArbitrary(spec: ParamSpec, wrongWeight: number): fc.Arbitrary<ParamValue> {
  const wrong: fc.Arbitrary<ParamValue> = fc.oneof(
    fc.double(),
    fc.string({ maxLength: 6 }),
    fc.boolean(),
    fc.array(fc.integer({ min: -3, max: 3000 }), { maxLength: 5 }),
  );
  const plausible: fc.Arbitrary<ParamValue> = (() => {
    switch (spec.kind) {
      case 'int':
        return fc.integer({ min: Math.max(-2, (spec.min ?? 0) - 2), max: Math.min((spec.max ?? 64) + 2, 4096) });
      case 'float':
        return fc.double({ min: -1, max: 2, noNaN: true });
      case 'bool':
        return fc.boolean();
      case 'choice':
        return fc.constantFrom(...(spec.choices ?? [{ value: 'none' }]).map((choice) => choice.value));
      case 'shape':
        return fc.array(fc.integer({ min: -1, max: 800 }), { minLength: 1, maxLength: 4 });
    }
  })();
  return wrongWeight === 0 ? plausible : fc.oneof({ weight: 10, arbitrary: plausible }, { weight: wrongWeight, arbitrary: wrong });
}

/** Params for a layer: some keys left out; `wrongWeight` in 10 values of the wrong kind or far out of range. */
function paramsArbitrary(type: LayerType, wrongWeight = 1): fc.Arbitrary<Record<string, ParamValue>> {
  const entries = LAYER_CATALOGUE[type].params.map((spec) => [spec.key, paramArbitrary(spec, wrongWeight)] as const);
  return fc.record(Object.fromEntries(entries), { requiredKeys: entries.filter((_, i) => i % 3 !== 2).map(([key]) => key) });
}

/** A layer type: the first layer is mostly the input (so that shapes flow), later ones any type. */
const typeArbitrary = (index: number): fc.Arbitrary<LayerType> =>
  index === 0
    ? fc.oneof({ weight: 6, arbitrary: fc.constant<LayerType>('input') }, { weight: 1, arbitrary: fc.constantFrom(...LAYER_TYPES) })
    : fc.constantFrom(...LAYER_TYPES.filter((type) => type !== 'input'), 'input', 'dense', 'dense');

const nodeArbitrary = (index: number): fc.Arbitrary<LayerNode> =>
  typeArbitrary(index)
    .chain((type) =>
      paramsArbitrary(type).map((params) => ({ id: `n${index}`, type, name: `${type}_${index}`, params, position: { x: 0, y: index * 80 } })),
    );

/**
 * Random graphs: up to 14 layers; a chain through them most of the time (so
 * that shapes flow far), then extra wires between any two ids, including
 * loops, wires to themselves, duplicates and wires to ids no node has.
 */
const graphArbitrary: fc.Arbitrary<NetworkGraph> = fc
  .integer({ min: 0, max: 14 })
  .chain((count) =>
    fc.record({
      nodes: fc.tuple(...Array.from({ length: count }, (_, i) => nodeArbitrary(i))),
      chained: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      extra: fc.array(fc.tuple(fc.integer({ min: 0, max: count }), fc.integer({ min: 0, max: count })), { maxLength: 3 }),
    }),
  )
  .map(({ nodes, chained, extra }) => {
    const ids = [...nodes.map((node) => node.id), 'missing'];
    const edges = chained ? nodes.slice(1).map((node, i) => ({ source: nodes[i].id, target: node.id })) : [];
    for (const [a, b] of extra) edges.push({ source: ids[a], target: ids[b] });
    return { nodes, edges: edges.map((edge, i) => ({ id: `e${i}`, ...edge })) };
  });

/** The presets with parameters changed at random: shapes flow through real networks and break in their middle. */
const presetArbitrary: fc.Arbitrary<NetworkGraph> = fc.constantFrom(...PRESETS.map((preset) => preset.graph)).chain((graph) =>
  fc
    .tuple(...graph.nodes.map((node) => fc.option(paramsArbitrary(node.type, 0), { freq: 3 })))
    .map((changes) => ({ ...graph, nodes: graph.nodes.map((node, i) => ({ ...node, params: { ...node.params, ...(changes[i] ?? {}) } })) })),
);

/** Either kind of graph. */
const anyGraph = fc.oneof(graphArbitrary, presetArbitrary);

const lossArbitrary = fc.option(fc.constantFrom(...LOSS_IDS), { nil: undefined });

const isCount = (value: number) => Number.isFinite(value) && value >= 0;

describe('analyzeNetwork, for any graph of catalogue layers,', SLOW, () => {
  it('answers with coded issues that name real nodes, never an exception', () => {
    fc.assert(
      fc.property(anyGraph, lossArbitrary, (graph, loss) => {
        const analysis = analyzeNetwork(graph, loss);
        const ids = new Set(graph.nodes.map((node) => node.id));
        for (const issue of analysis.issues) {
          expect(ISSUE_CODES).toContain(issue.code);
          if (issue.nodeId !== undefined) expect(ids.has(issue.nodeId)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('gives every node a place in the order, and counts that are finite, non-negative and add up', () => {
    fc.assert(
      fc.property(anyGraph, lossArbitrary, (graph, loss) => {
        const analysis = analyzeNetwork(graph, loss);
        expect([...analysis.order].sort()).toEqual(graph.nodes.map((node) => node.id).sort());
        let params = 0;
        for (const node of graph.nodes) {
          const result = analysis.nodes[node.id];
          expect(isCount(result.params) && isCount(result.trainableParams) && isCount(result.flops)).toBe(true);
          expect(result.trainableParams).toBeLessThanOrEqual(result.params);
          for (const shape of [result.outputShape ?? [], ...result.inputShapes]) {
            for (const size of shape) expect(Number.isInteger(size) && size > 0).toBe(true);
          }
          params += result.params;
        }
        expect(analysis.totalParams).toBe(params);
        expect(isCount(analysis.memoryBytes(2))).toBe(true);
      }),
      RUNS,
    );
  });

  it('finds nothing wrong only with a network that takes the image and ends in the 10 class scores', () => {
    fc.assert(
      fc.property(anyGraph, lossArbitrary, (graph, loss) => {
        const analysis = analyzeNetwork(graph, loss);
        if (analysis.issues.length > 0) return;
        expect(analysis.outputId).not.toBeNull();
        expect(analysis.nodes[analysis.outputId ?? ''].outputShape).toEqual([10]);
        expect(graph.nodes.filter((node) => node.type === 'input')).toHaveLength(1);
      }),
      RUNS,
    );
  });

  it('reports a loop as a cycle on the nodes in it', () => {
    fc.assert(
      fc.property(anyGraph, (graph) => {
        const looped = graph.nodes.length < 2 ? graph : { ...graph, edges: [...graph.edges, { id: 'back', source: graph.nodes[graph.nodes.length - 1].id, target: graph.nodes[0].id }, { id: 'forth', source: graph.nodes[0].id, target: graph.nodes[graph.nodes.length - 1].id }] };
        if (looped === graph) return;
        const codes = analyzeNetwork(looped).issues.filter((issue) => issue.nodeId === graph.nodes[0].id).map((issue) => issue.code);
        expect(codes).toContain('cycle');
      }),
      RUNS,
    );
  });
});
