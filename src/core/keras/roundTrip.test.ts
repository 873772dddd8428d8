// Export then import gives back the same network, for every preset and for a
// network with every layer type.
import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../network/analyze';
import { resolveParams } from '../network/params';
import { incomingOf, topologicalOrder } from '../network/topology';
import type { NetworkGraph } from '../network/types';
import { EXPORT_CASES } from './exportCases.fixture';
import { fromKerasScript } from './fromKerasScript';
import { toKerasScript } from './toKerasScript';

/** The network as layer names, types, parameters and ordered inputs, in topological order. */
function shape(graph: NetworkGraph) {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const incoming = incomingOf(graph);
  return topologicalOrder(graph).map((id) => {
    const node = byId.get(id)!;
    return { name: node.name, type: node.type, params: resolveParams(node.type, node.params), inputs: incoming[id].map((s) => byId.get(s)!.name) };
  });
}

describe('Keras export then import', () => {
  for (const { file, graph, settings } of EXPORT_CASES) {
    it(`gives back the network of ${file}`, () => {
      const result = fromKerasScript(toKerasScript(graph, settings, file));
      if ('errors' in result) throw new Error(JSON.stringify(result.errors));
      expect(shape(result.graph)).toEqual(shape(graph));
      expect(result.graph.edges.length).toBe(graph.edges.length);
      const before = analyzeNetwork(graph, settings.loss);
      const after = analyzeNetwork(result.graph, settings.loss);
      expect(after.trainableParams).toBe(before.trainableParams);
      expect(after.totalParams).toBe(before.totalParams);
      expect(after.issues).toEqual([]);
    });
  }

  it('lays the imported layers out top to bottom', () => {
    const result = fromKerasScript(toKerasScript(EXPORT_CASES[3].graph, EXPORT_CASES[3].settings));
    if ('errors' in result) throw new Error('import failed');
    const ys = result.graph.nodes.map((n) => n.position.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).toBe(ys.length);
  });
});
