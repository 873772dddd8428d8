import type { Connection, Edge, FinalConnectionState, InternalNode } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import type { NetworkGraph } from '../../../core/network/types';
import type { LossId } from '../../../core/training/types';
import { useAppStoreApi } from '../../store/appStore';
import { checkWire } from './wireCheck';

/** How long a refused wire's reason stays over the canvas, so it never hides layers for long. */
const REFUSAL_SHOWN_MS = 8000;

/** Drawing wires: which drops are allowed, making the wire, and why a refused one was refused
 * (kept until the next edit, until dismissed or for REFUSAL_SHOWN_MS). */
export function useWiring(graph: NetworkGraph, loss: LossId) {
  const store = useAppStoreApi();
  // A refusal belongs to the graph it was made on: the next edit hides it.
  const [refused, setRefused] = useState<{ graph: NetworkGraph; reason: string } | null>(null);
  const refusal = refused?.graph === graph ? refused.reason : null;
  const setRefusal = useCallback((reason: string | null) => {
    setRefused(reason === null ? null : { graph: store.getState().graph, reason });
  }, [store]);

  useEffect(() => {
    if (refused === null) return;
    const timer = window.setTimeout(() => setRefused(null), REFUSAL_SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [refused]);

  const isValidConnection = useCallback(
    (connection: Connection | Edge) => checkWire(graph, connection.source, connection.target, loss).ok,
    [graph, loss],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      const state = store.getState();
      const result = checkWire(state.graph, connection.source, connection.target, loss);
      if (result.ok) state.replaceGraph(result.graph);
      else setRefusal(result.reason);
    },
    [store, loss, setRefusal],
  );

  const onConnectEnd = useCallback(
    (_event: MouseEvent | TouchEvent, state: FinalConnectionState<InternalNode>) => {
      if (state.isValid !== false || !state.fromNode || !state.toNode) return;
      const fromOutput = state.fromHandle?.type !== 'target';
      const [source, target] = fromOutput ? [state.fromNode.id, state.toNode.id] : [state.toNode.id, state.fromNode.id];
      const result = checkWire(store.getState().graph, source, target, loss);
      if (!result.ok) setRefusal(result.reason);
    },
    [store, loss, setRefusal],
  );

  /** Wires two layers chosen by keyboard; false when refused (the reason is shown). */
  const connectLayers = useCallback(
    (source: string, target: string): boolean => {
      const state = store.getState();
      const result = checkWire(state.graph, source, target, loss);
      if (result.ok) state.replaceGraph(result.graph);
      else setRefusal(result.reason);
      return result.ok;
    },
    [store, loss, setRefusal],
  );

  const dismissRefusal = useCallback(() => setRefusal(null), [setRefusal]);
  return { isValidConnection, onConnect, onConnectEnd, connectLayers, refusal, setRefusal, dismissRefusal };
}
