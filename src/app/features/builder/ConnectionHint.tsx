import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('builder');
  let live: string | null = null;
  if (connection.inProgress && connection.toNode && connection.isValid === false) {
    const fromOutput = connection.fromHandle.type !== 'target';
    const [source, target] = fromOutput
      ? [connection.fromNode.id, connection.toNode.id]
      : [connection.toNode.id, connection.fromNode.id];
    const result = checkWire(graph, source, target, loss);
    live = result.ok ? null : result.reason;
  }
  const text = live ?? refusal ?? (wiringFrom === null ? null : t('canvas.wiringFrom', { name: wiringFrom }));
  return (
    <div role="status" className="wire-message">
      {text ? (
        <p className="wire-message__text">
          <span>{text}</span>
          {live === null && refusal !== null ? (
            <button type="button" className="wire-message__dismiss" aria-label={t('canvas.dismissWire')} onClick={onDismiss}>
              ×
            </button>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
