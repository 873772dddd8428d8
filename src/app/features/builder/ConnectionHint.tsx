import { useConnection } from '@xyflow/react';
import type { NetworkGraph } from '../../../core/network/types';
import type { LossId } from '../../../core/training/types';
import { checkWire } from './wireCheck';

interface ConnectionHintProps {
  graph: NetworkGraph;
  loss: LossId;
  /** Why the last wire was refused, until the next edit or dismissal. */
  refusal: string | null;
  onDismiss: () => void;
  /** The layer a keyboard wire starts from, while one is being made. */
  wiringFrom: string | null;
}

/** Says, while a wire is drawn, why it cannot go where it points; afterwards, why it was refused. */
export function ConnectionHint({ graph, loss, refusal, onDismiss, wiringFrom }: ConnectionHintProps) {
  const connection = useConnection();
  let live: string | null = null;
  if (connection.inProgress && connection.toNode && connection.isValid === false) {
    const fromOutput = connection.fromHandle.type !== 'target';
    const [source, target] = fromOutput
      ? [connection.fromNode.id, connection.toNode.id]
      : [connection.toNode.id, connection.fromNode.id];
    const result = checkWire(graph, source, target, loss);
    live = result.ok ? null : result.reason;
  }
  const text = live ?? refusal ?? (wiringFrom === null ? null : `Wiring from ${wiringFrom}: move to another layer and press W to connect, Escape to cancel.`);
  return (
    <div role="status" className="wire-message">
      {text ? (
        <p className="wire-message__text">
          <span>{text}</span>
          {live === null && refusal !== null ? (
            <button type="button" className="wire-message__dismiss" aria-label="Dismiss wire message" onClick={onDismiss}>
              ×
            </button>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
