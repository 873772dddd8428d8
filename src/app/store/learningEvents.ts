import { appendBounded, emptySeries } from './boundedSeries';
import { EMPTY_LEARNING_RUN, gradientPoint, type LearningData } from './learningData';
import type { WorkerStreamEvent } from './trainingData';

/**
 * What one worker event changes in the learning views. Pure, like
 * `reduceWorkerEvent`: returns only the fields that change.
 */
export function reduceLearningEvent(state: LearningData, event: WorkerStreamEvent): Partial<LearningData> {
  switch (event.type) {
    case 'predictions':
      return { liveGrid: { batch: event.batch, epoch: event.epoch, predictions: event.predictions } };

    case 'evaluation':
      return { evaluation: event.evaluation, selectedCell: state.evaluation ? state.selectedCell : null };

    case 'progress': {
      if (!event.gradientNorms) return {};
      const { layers, point, restart } = gradientPoint(state.gradientLayers, event.gradientNorms);
      const series = restart ? emptySeries<typeof point>() : state.gradientNorms;
      return { gradientLayers: layers, gradientNorms: appendBounded(series, point) };
    }

    case 'run-reset':
      return {
        ...EMPTY_LEARNING_RUN,
        drawing: { ...state.drawing, prediction: null, status: 'idle' },
      };

    default:
      return {};
  }
}
