import { useEffect } from 'react';
import { LIVE_BEAT_MS } from '../../../core/training/liveCadence';
import { useTrainingService } from '../../services/trainingServiceContext';
import { useAppStore } from '../../store/appStore';

/** How often the page asks for the chosen test image's activations while training (one forward
 * pass of one image through the serial command path, taken between batches): once per beat. */
const LIVE_INSPECT_MS = LIVE_BEAT_MS;

/**
 * Keeps the chosen image's activations fresh: at once when another image is
 * chosen, once per beat while a run trains, once more when it stops; the one source of them for the builder's live
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
    const timer = window.setInterval(look, LIVE_INSPECT_MS);
    return () => window.clearInterval(timer);
  }, [service, index, running, hasModel]);
}
