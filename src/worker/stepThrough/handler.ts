// The step-through's two requests. The step runs on a copy of the network
// (the current run's weights and optimizer state when the page's network is
// that run's, else the initial weights Train would start from), so the run
// is never changed; the last step is kept until the next for 'step-through-weight'.
import * as tf from '@tensorflow/tfjs';
import { PIXELS_PER_IMAGE } from '../../core/data/mnist';
import { learningRateAt } from '../../core/training/schedules';
import type { NetworkGraph } from '../../core/network/types';
import type { CommandHandlers } from '../commands';
import { buildModel } from '../engine/buildModel';
import { createBatchSource } from '../engine/batchSource';
import { EngineError } from '../engine/errors';
import { lossFunction } from '../engine/losses';
import type { Session } from '../engine/session';
import { ownBuffer, Transfer } from '../engine/transfer';
import { MAX_STEP_IMAGES } from '../protocolStepThrough';
import { disposeOptimizer } from '../engine/optimizers';
import { copyOptimizer } from './optimizerState';
import type { StepCapture } from './stepCapture';
import { takeStep } from './takeStep';

/** A new model of the graph with `source`'s weights (all of them, batch-norm statistics too), or the seed's initial weights. */
function copyModel(graph: NetworkGraph, seed: number, source: tf.LayersModel | null): tf.LayersModel {
  let model: tf.LayersModel;
  try {
    model = buildModel(graph, seed);
  } catch (error) {
    if (error instanceof EngineError) throw error;
    throw new EngineError('model-build-failed', `The network could not be built: ${(error as Error).message}`);
  }
  if (source) model.setWeights(source.getWeights());
  return model;
}

function checkImages(images: unknown, count: number): asserts images is number[] {
  if (!Array.isArray(images) || images.length < 1 || images.length > MAX_STEP_IMAGES) {
    throw new EngineError('bad-request', `A step-through takes 1 to ${MAX_STEP_IMAGES} training images.`);
  }
  for (const index of images) {
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      throw new EngineError('bad-request', `Training image ${index} does not exist: indices run from 0 to ${count - 1}.`);
    }
  }
}

/** The handlers of 'step-through' and 'step-through-weight' for one session. */
export function stepThroughHandlers(session: Session): Pick<CommandHandlers, 'step-through' | 'step-through-weight'> {
  let last: StepCapture | null = null;
  return {
    'step-through': async ({ spec, images, pick }) => {
      const { data, run } = await session.stepSource(spec);
      const { settings } = spec;
      const train = createBatchSource(data.train, settings.trainingSamples);
      checkImages(images, train.count);
      const stepsPerEpoch = Math.ceil(train.count / settings.batchSize);
      const batch = run?.progress.batch ?? 0;
      const learningRate = learningRateAt(settings, batch, stepsPerEpoch, stepsPerEpoch * settings.epochs);
      const model = copyModel(spec.graph, settings.seed, run?.model ?? null);
      const optimizer = await copyOptimizer(settings, learningRate, run?.optimizer ?? null);
      const { xs, ys } = train.pickedBatch(images);
      let step: Awaited<ReturnType<typeof takeStep>>;
      try {
        step = await takeStep({ model, optimizer, settings, learningRate, loss: lossFunction(settings.loss), xs, ys });
      } catch (error) {
        disposeOptimizer(optimizer);
        model.dispose();
        throw error;
      } finally {
        tf.dispose([xs, ys]);
      }
      last?.dispose();
      last = step.capture;
      const update = await step.capture.weightUpdate(pick);
      const pixels = new Uint8Array(images.length * PIXELS_PER_IMAGE);
      images.forEach((index, k) => pixels.set(data.train.images.subarray(index * PIXELS_PER_IMAGE, (index + 1) * PIXELS_PER_IMAGE), k * PIXELS_PER_IMAGE));
      return new Transfer({
        ...step.measures,
        lossId: settings.loss,
        source: run ? 'run' : 'initial',
        batch,
        images: [...images],
        labels: images.map((index) => train.labels[index]),
        pixels,
        update,
      }, [ownBuffer(pixels)]);
    },
    'step-through-weight': ({ pick }) => {
      if (!last) throw new EngineError('no-model', 'Press Step through first: there is no step to look at yet.');
      return last.weightUpdate(pick);
    },
  };
}
