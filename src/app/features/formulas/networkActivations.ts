import { ACTIVATIONS, type ActivationId } from '../../../core/network/catalogue';
import { resolveParams } from '../../../core/network/params';
import type { NetworkGraph } from '../../../core/network/types';

/** Where an activation function is used: its id and the layers using it, in graph order. */
export interface ActivationUse {
  id: ActivationId;
  layers: string[];
}

function isActivationId(value: unknown): value is ActivationId {
  return typeof value === 'string' && Object.hasOwn(ACTIVATIONS, value);
}

/** Every activation function the network applies (its layers' `activation` parameter, defaults filled in), in order of first use. */
export function activationsUsed(graph: NetworkGraph): ActivationUse[] {
  const uses = new Map<ActivationId, string[]>();
  for (const node of graph.nodes) {
    const activation = resolveParams(node.type, node.params).activation;
    if (!isActivationId(activation)) continue;
    const layers = uses.get(activation) ?? [];
    layers.push(node.name);
    uses.set(activation, layers);
  }
  return [...uses].map(([id, layers]) => ({ id, layers }));
}
