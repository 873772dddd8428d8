import type { Connection, Edge, FinalConnectionState, InternalNode } from '@xyflow/react';
import { useCallback, useState } from 'react';
import type { NetworkGraph } from '../../../core/network/types';
import type { LossId } from '../../../core/training/types';
import { useAppStoreApi } from '../../store/appStore';
import { checkWire } from './wireCheck';

/** Drawing wires: which drops are allowed, making the wire, and why a refused one was refused
 * (kept until the next edit or until dismissed). */
export function useWiring(graph: NetworkGraph, loss: LossId) {
  const store = useAppStoreApi();
  // A refusal belongs to the graph it was made on: the next edit hides it.
  const [refused, setRefused] = useState<{ graph: NetworkGraph; reason: string } | null>(null);
  const refusal = refused?.graph === graph ? refused.reason : null;
  const setRefusal = useCallback((reason: string | null) => {
    setRefused(reason === null ? null : { graph: store.getState().graph, reason });
  }, [store]);

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

  const dismissRefusal = useCallback(() => setRefusal(null), [setRefusal]);
  return { isValidConnection, onConnect, onConnectEnd, refusal, dismissRefusal };
}
