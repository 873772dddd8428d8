import { useEffect } from 'react';
import { LIVE_BEAT_MS } from '../../../core/training/liveCadence';
import { useTrainingService } from '../../services/trainingServiceContext';
import { useAppStore } from '../../store/appStore';

/**
 * Keeps the chosen image's activations fresh: at once when another image is
 * chosen, once per beat (LIVE_BEAT_MS) while a run trains, once more when it
 * stops. Each is one forward pass of one image through the serial command
 * path, taken between batches; the one source of them for the builder's live
 * thumbnails and the look inside, whichever of them is shown.
 */
export function useLiveInspect(): void {
  const service = useTrainingService();
  const index = useAppStore((state) => state.inspectIndex);
  const running = useAppStore((state) => state.trainingState === 'running');
  const hasModel = useAppStore((state) => state.batch > 0 && state.trainingState !== 'idle');

  useEffect(() => {
    if (!hasModel) return;
    const look = () => service.learning.inspect(index);
    look();
    if (!running) return;
    const timer = window.setInterval(look, LIVE_BEAT_MS);
    return () => window.clearInterval(timer);
  }, [service, index, running, hasModel]);
}
