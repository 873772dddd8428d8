// Optimizers by catalogue id, and the one way to change their learning rate.
// Every hyperparameter and its default come from core's OPTIMIZERS.
import * as tf from '@tensorflow/tfjs';
import { optimizerParam } from '../../core/training/optimizers';
import type { OptimizerId, TrainingSettings } from '../../core/training/types';

/** The optimizer's switches: Nesterov for Momentum, Centered for RMSprop. */
type OptimizerFlags = Pick<TrainingSettings, 'nesterov' | 'centered'>;

/** Builds one optimizer from the learning rate, a reader of its hyperparameters by catalogue key, and its switches. */
type OptimizerBuild = (learningRate: number, param: (key: string) => number, flags: OptimizerFlags) => tf.Optimizer;

/** Every optimizer by catalogue id, with tf.train's arguments in its order. */
export const OPTIMIZER_BUILDS: Record<OptimizerId, OptimizerBuild> = {
  sgd: (lr) => tf.train.sgd(lr),
  momentum: (lr, param, flags) => tf.train.momentum(lr, param('momentum'), flags.nesterov),
  adagrad: (lr, param) => tf.train.adagrad(lr, param('initialAccumulatorValue')),
  adadelta: (lr, param) => tf.train.adadelta(lr, param('rho'), param('epsilon')),
  rmsprop: (lr, param, flags) => tf.train.rmsprop(lr, param('decay'), param('momentum'), param('epsilon'), flags.centered),
  adam: (lr, param) => tf.train.adam(lr, param('beta1'), param('beta2'), param('epsilon')),
  adamax: (lr, param) => tf.train.adamax(lr, param('beta1'), param('beta2'), param('epsilon')),
};

/** A fresh tf optimizer for the settings (state starts empty). */
export function createOptimizer(
  settings: Pick<TrainingSettings, 'optimizer' | 'optimizerParams' | 'learningRate'> & Partial<OptimizerFlags>,
): tf.Optimizer {
  const { optimizer, optimizerParams, learningRate } = settings;
  const flags = { nesterov: settings.nesterov ?? false, centered: settings.centered ?? false };
  return OPTIMIZER_BUILDS[optimizer](learningRate, (key) => optimizerParam(optimizer, optimizerParams, key), flags);
}

/**
 * Sets the learning rate for the next step. SGD and Momentum cache it in a
 * tensor and need setLearningRate(); the others read the field on each step.
 */
export function setLearningRate(optimizer: tf.Optimizer, learningRate: number): void {
  // tfjs optimizers duck-type `instanceof` (any optimizer passes), so test for the method.
  if ('setLearningRate' in optimizer && typeof optimizer.setLearningRate === 'function') {
    optimizer.setLearningRate(learningRate);
    return;
  }
  // `learningRate` is protected in the typings but read on every applyGradients.
  (optimizer as unknown as { learningRate: number }).learningRate = learningRate;
}

/** Frees an optimizer and its state. tfjs 4.22's Momentum dispose() forgets the learning-rate scalar it inherits from SGD. */
export function disposeOptimizer(optimizer: tf.Optimizer): void {
  optimizer.dispose();
  const inherited = (optimizer as unknown as { c?: tf.Tensor }).c;
  if (optimizer.getClassName() === 'Momentum' && inherited && !inherited.isDisposed) inherited.dispose();
}
