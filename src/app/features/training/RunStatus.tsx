import { useAppStore } from '../../store/appStore';
import { BACKEND_LABELS } from '../../../core/training/backends';

/** The run's state and the backend in use, as two small badges beside the panel title. */
export function RunStatus() {
  const trainingState = useAppStore((state) => state.trainingState);
  const backend = useAppStore((state) => state.backend);
  const backendLabel = backend ? BACKEND_LABELS[backend] : null;

  return (
    <div className="run-status">
      <span className="run-status__item">
        <span className="run-status__label">State</span>
        <span className={`state-badge state-badge--${trainingState}`} data-testid="training-state" data-value={trainingState}>
          {trainingState}
        </span>
      </span>
      <span className="run-status__item">
        <span className="run-status__label">Backend</span>
        <span className="run-status__value" data-testid="backend" data-value={backend ?? ''}>
          {backendLabel ?? '—'}
        </span>
      </span>
    </div>
  );
}
