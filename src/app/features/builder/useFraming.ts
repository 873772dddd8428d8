import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { NetworkGraph } from '../../../core/network/types';
import { isWholesaleChange, type Size } from './flowElements';
import { frameViewport, layerBounds } from './framing';

/** Frames the network when the canvas opens, when the graph is swapped for another one (a
 * preset, undoing one) and on request. Waits until every layer has been measured. */
export function useFraming(
  graph: NetworkGraph,
  measured: Readonly<Record<string, Size>>,
  wrapperRef: RefObject<HTMLDivElement | null>,
  maxZoom = 1,
): () => void {
  const flow = useReactFlow();
  const [wanted, setWanted] = useState(true);
  const shownGraph = useRef(graph);
  // A new largest zoom (presentation mode on or off) frames the network again.
  const framedWith = useRef(maxZoom);

  useEffect(() => {
    if (isWholesaleChange(shownGraph.current, graph)) setWanted(true);
    shownGraph.current = graph;
  }, [graph]);

  useEffect(() => {
    const wrapper = wrapperRef.current;
    if ((!wanted && framedWith.current === maxZoom) || !wrapper || !graph.nodes.every((node) => measured[node.id])) return;
    framedWith.current = maxZoom;
    const bounds = layerBounds(graph.nodes.map((node) => ({ position: node.position, size: measured[node.id] })));
    if (bounds) void flow.setViewport(frameViewport(bounds, { width: wrapper.clientWidth, height: wrapper.clientHeight }, maxZoom));
    setWanted(false);
  }, [wanted, graph, measured, flow, wrapperRef, maxZoom]);

  return useCallback(() => setWanted(true), []);
}
