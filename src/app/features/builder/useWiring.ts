import type { Connection, Edge, FinalConnectionState, InternalNode } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import type { NetworkGraph } from '../../../core/network/types';
import type { LossId } from '../../../core/training/types';
import { appStore } from '../../store/appStore';
import { checkWire } from './wireCheck';

/** Drawing wires: which drops are allowed, making the wire, and why a refused one was refused
 * (kept until the next edit or until dismissed). */
export function useWiring(graph: NetworkGraph, loss: LossId) {
  const [refusal, setRefusal] = useState<string | null>(null);
  useEffect(() => setRefusal(null), [graph]);

  const isValidConnection = useCallback(
    (connection: Connection | Edge) => checkWire(graph, connection.source, connection.target, loss).ok,
    [graph, loss],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      const state = appStore.getState();
      const result = checkWire(state.graph, connection.source, connection.target, loss);
      if (result.ok) state.replaceGraph(result.graph);
      else setRefusal(result.reason);
    },
    [loss],
  );

  const onConnectEnd = useCallback(
    (_event: MouseEvent | TouchEvent, state: FinalConnectionState<InternalNode>) => {
      if (state.isValid !== false || !state.fromNode || !state.toNode) return;
      const fromOutput = state.fromHandle?.type !== 'target';
      const [source, target] = fromOutput ? [state.fromNode.id, state.toNode.id] : [state.toNode.id, state.fromNode.id];
      const result = checkWire(appStore.getState().graph, source, target, loss);
      if (!result.ok) setRefusal(result.reason);
    },
    [loss],
  );

  const dismissRefusal = useCallback(() => setRefusal(null), []);
  return { isValidConnection, onConnect, onConnectEnd, refusal, dismissRefusal };
}
