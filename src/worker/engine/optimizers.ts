// Optimizers by catalogue id, and the one way to change their learning rate.
import * as tf from '@tensorflow/tfjs';
import type { TrainingSettings } from '../../core/training/types';

function param(settings: TrainingSettings, key: string, fallback: number): number {
  const value = settings.optimizerParams[key];
  return Number.isFinite(value) ? value : fallback;
}

/** A fresh tf optimizer for the settings (state starts empty). */
export function createOptimizer(settings: TrainingSettings): tf.Optimizer {
  const lr = settings.learningRate;
  switch (settings.optimizer) {
    case 'sgd': return tf.train.sgd(lr);
    case 'momentum': return tf.train.momentum(lr, param(settings, 'momentum', 0.9));
    case 'adagrad': return tf.train.adagrad(lr, param(settings, 'initialAccumulatorValue', 0.1));
    case 'adadelta': return tf.train.adadelta(lr, param(settings, 'rho', 0.95), param(settings, 'epsilon', 1e-7));
    case 'rmsprop':
      return tf.train.rmsprop(lr, param(settings, 'rho', param(settings, 'decay', 0.9)), param(settings, 'momentum', 0), param(settings, 'epsilon', 1e-7));
    case 'adam': return tf.train.adam(lr, param(settings, 'beta1', 0.9), param(settings, 'beta2', 0.999), param(settings, 'epsilon', 1e-7));
    case 'adamax': return tf.train.adamax(lr, param(settings, 'beta1', 0.9), param(settings, 'beta2', 0.999), param(settings, 'epsilon', 1e-7));
  }
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
