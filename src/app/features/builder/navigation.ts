// Moving the selection with the arrow keys: down follows the data to the
// next layer, up goes back to an input, left and right step along a row.
import { NODE_SPACING } from '../../../core/network/graph';
import { incomingOf, outgoingOf } from '../../../core/network/topology';
import type { NetworkGraph } from '../../../core/network/types';

export type NavigationDirection = 'up' | 'down' | 'left' | 'right';

const ARROWS: Record<string, NavigationDirection> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** The direction an arrow key stands for, or null for any other key. */
export function arrowDirection(key: string): NavigationDirection | null {
  return ARROWS[key] ?? null;
}

/** The layer the selection moves to from `currentId` (`order` is the focus order: topological).
 * With nothing selected any arrow picks the first layer; with nowhere to go it stays put. */
export function neighbourLayer(
  graph: NetworkGraph,
  order: readonly string[],
  currentId: string | null,
  direction: NavigationDirection,
): string | null {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const current = currentId === null ? undefined : byId.get(currentId);
  if (!current) return order[0] ?? null;
  const leftmost = (ids: string[]): string | undefined =>
    [...ids].sort((a, b) => (byId.get(a)?.position.x ?? 0) - (byId.get(b)?.position.x ?? 0))[0];
  const index = order.indexOf(current.id);

  if (direction === 'down') return leftmost(outgoingOf(graph)[current.id]) ?? order[index + 1] ?? current.id;
  if (direction === 'up') return leftmost(incomingOf(graph)[current.id]) ?? order[index - 1] ?? current.id;

  const sign = direction === 'right' ? 1 : -1;
  const sameRow = graph.nodes.filter(
    (n) => n.id !== current.id && Math.abs(n.position.y - current.position.y) < NODE_SPACING / 2,
  );
  const ahead = sameRow
    .map((n) => ({ id: n.id, distance: sign * (n.position.x - current.position.x) }))
    .filter((candidate) => candidate.distance > 0)
    .sort((a, b) => a.distance - b.distance);
  return ahead[0]?.id ?? current.id;
}
