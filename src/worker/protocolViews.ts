// Types of the learning views' messages (the test-set evaluation and its
// details, live predictions, drawing predictions, test images, activations,
// weights).
// Types only, re-exported by protocol.ts: import them from there.
import type { ClassMetrics, MacroAverages } from '../core/metrics/classReport';
import type { Histogram } from '../core/metrics/histogram';
import type { ClassProbability, ConfidentMistake } from '../core/metrics/mistakes';
import type { ClassRoc } from '../core/metrics/summary';

// The metric shapes are defined (and documented) beside their maths in core/metrics.
export type { ClassRoc, ClassMetrics, MacroAverages, ConfidentMistake, ClassProbability, Histogram };

/**
 * Everything the learning views show about one test-set evaluation. All of
 * it comes from the same predicted probabilities: the confusion matrix's
 * trace / samples is exactly `testAccuracy`.
 */
export interface EvaluationDetails {
  /** 'run-end': the run finished its epochs; 'request': the page sent 'evaluate'. */
  trigger: 'run-end' | 'request';
  /** Batches trained in the run when the model was evaluated. */
  batch: number;
  /** Epochs completed when the model was evaluated. */
  epoch: number;
  /** confusion[t][p]: test images of true class t predicted as p (10 x 10); all cells sum to `samples`. */
  confusion: number[][];
  /** Precision, recall, F1, support and predicted count of each class 0..9 (0, not NaN, when undefined). */
  perClass: ClassMetrics[];
  /** Unweighted means of precision, recall and F1 over the 10 classes. */
  macro: MacroAverages;
  /** One-vs-rest ROC per class 0..9 (score = that class's probability), each at most 100 points; AUC from the full curve (ties count 1/2), null if a class has no test images. */
  roc: ClassRoc[];
  /** Predicted class of every evaluated test image, by test index (transferred). Images in cell (t, p): indices i with label t and predicted[i] === p. */
  predicted: Uint8Array;
  /** The 24 wrong predictions made with the highest probability, most confident first, each with its top 3 classes. */
  mistakes: ConfidentMistake[];
}

/** The L2 norm of the loss gradient of one layer's trainable weights together. */
export interface LayerNorm {
  /** Layer name (the graph node's name). */
  layer: string;
  /** sqrt(sum of squared gradient entries) over the layer's kernel, bias, ...; before clipping. */
  norm: number;
}

/** Per-layer gradient norms of one training step. */
export interface GradientNorms {
  /** The step (batch count) they were measured at. */
  batch: number;
  /** One entry per layer with trainable weights, in model order. */
  layers: LayerNorm[];
}

/** The network's answer for one image of the live prediction grid. */
export interface LivePrediction {
  /** Index of the image in the test set (fetch its pixels with 'test-images'). */
  index: number;
  /** True class. */
  label: number;
  /** Most probable class. */
  predicted: number;
  /** Probability of the predicted class. */
  confidence: number;
  /** Probabilities of classes 0..9 (NaN once the network has diverged). */
  probabilities: number[];
}

/** What 'predict' answers. */
export interface PredictResult {
  /** Probabilities of classes 0..9 (the softmax output; softmax of the scores when the output layer has none). */
  probabilities: number[];
  /** Most probable class. */
  predicted: number;
  /** Probability of the predicted class. */
  confidence: number;
}

/** What 'test-images' answers. */
export interface TestImagesResult {
  /** The requested indices, in request order. */
  indices: number[];
  /** True class of each image. */
  labels: number[];
  /** indices.length x 784 bytes, 0..255, row-major 28 x 28; image k starts at k * 784 (transferred). */
  pixels: Uint8Array;
}

/** Fields every layer activation has. */
interface ActivationBase {
  /** Layer name (the graph node's name, or `<name>_leaky_relu` for a leaky ReLU split off a layer). */
  layer: string;
  /** tfjs layer class, e.g. 'Conv2D', 'MaxPooling2D', 'Dense', 'Flatten', 'Activation'. */
  type: string;
  /** The layer's full output shape per sample, e.g. [24, 24, 8] or [128]. */
  shape: number[];
  /** Smallest and largest of `values`, for a shared colour scale. */
  min: number;
  max: number;
}

/**
 * One layer's output for one image. Image-like outputs ([height, width,
 * channels]) come as feature maps, others as a vector.
 */
export type LayerActivation =
  | (ActivationBase & {
    kind: 'maps';
    height: number;
    width: number;
    /** Channels sent: the first min(channels, 16). */
    channels: number;
    /** channels x height x width, channel-major: map c, row y, column x at (c * height + y) * width + x (transferred). */
    values: Float32Array;
  })
  | (ActivationBase & {
    kind: 'vector';
    /** The first min(size, 128) values of the flattened output (transferred). */
    values: Float32Array;
  });

/** What 'inspect' answers: a look at one test image going through the network. */
export interface InspectResult {
  index: number;
  label: number;
  /** Output probabilities of classes 0..9. */
  probabilities: number[];
  predicted: number;
  /** Every layer after the input, in model order. */
  layers: LayerActivation[];
}

/** The first convolution layer's kernels, as small images. */
export interface ConvFilters {
  layer: string;
  /** Kernel side k (the filters are k x k). */
  kernelSize: number;
  /** Filters sent: the first min(filters, 64). */
  count: number;
  /** Input channels of the layer; only channel 0 is sent (MNIST has one). */
  inputChannels: number;
  /** count x k x k weights, filter-major: filter f, row y, column x at (f * k + y) * k + x (transferred). */
  values: Float32Array;
  min: number;
  max: number;
}

/** Weight and gradient statistics of one layer with trainable weights. */
export interface LayerWeights {
  layer: string;
  /** tfjs layer class, e.g. 'Dense', 'Conv2D', 'BatchNormalization'. */
  type: string;
  /** Trainable weights in the layer (kernel, bias, ... together). */
  count: number;
  /** 30-bin histogram of those weights. */
  weights: Histogram;
  /** 30-bin histogram of their loss gradients on the gradient batch. */
  gradients: Histogram;
  /** L2 norms of all the layer's weights, and of their gradients. */
  weightNorm: number;
  gradientNorm: number;
}

/** What 'weights' answers. */
export interface WeightsResult {
  /** Batches trained and epochs completed when measured. */
  batch: number;
  epoch: number;
  /**
   * Gradients are of the loss on the first `gradientSamples` training images
   * (one batch, in stored order), in inference mode (dropout off, batch norm on
   * its moving statistics) so that looking never changes the model.
   */
  gradientSamples: number;
  /** Null when the network has no Conv2D layer. */
  filters: ConvFilters | null;
  /** Every layer with trainable weights, in model order. */
  layers: LayerWeights[];
}

/** Evaluation of the current model on the full test set (at the end of a run, or on request). */
export interface Evaluation {
  testLoss: number;
  /** Correct predictions / samples. */
  testAccuracy: number;
  samples: number;
  /** Everything the evaluation views show, from the same predictions. */
  details: EvaluationDetails;
}
