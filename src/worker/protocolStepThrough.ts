// Types of the step-through messages: one training step taken apart, on a
// copy of the network. Types only, re-exported by protocol.ts: import them from there.
import type { LossId, OptimizerId } from '../core/training/types';
import type { LayerNorm } from './protocolViews';

/** Most images one step-through batch may hold. */
export const MAX_STEP_IMAGES = 8;
/** Values sent per image of each layer's output (the first ones of the flattened output). */
export const STEP_VALUES_PER_IMAGE = 6;

/** Which weight to follow through the update: a trainable tensor and a flat index in it (null: the one with the largest gradient). */
export interface WeightPick {
  /** Index into StepThroughResult.tensors. */
  tensor: number;
  index: number | null;
}

/** One layer's output for the whole batch. */
export interface StepLayerOutput {
  layer: string;
  /** tfjs layer class, e.g. 'Dense'. */
  type: string;
  /** Shape of the batch's output, e.g. [4, 128]. */
  shape: number[];
  /** The first STEP_VALUES_PER_IMAGE values of each image's flattened output, one row per image. */
  values: number[][];
}

/** One trainable tensor of the network. */
export interface StepWeightTensor {
  layer: string;
  /** Its name in the layer: 'kernel', 'bias', 'gamma', ... */
  name: string;
  shape: number[];
  size: number;
}

/** One optimizer state value of the followed weight, before and after the step. */
export interface StepStateValue {
  /** Slot key as tfjs names it ('m', 'v', 'momentum', ...; see core UPDATE_RULES). */
  key: string;
  before: number;
  after: number;
}

/** The followed weight through the update, every number read from the worker's tensors. */
export interface StepWeightUpdate {
  pick: { tensor: number; index: number };
  /** Row-major coordinates of the index in the tensor's shape. */
  coordinates: number[];
  before: number;
  /** The gradient the optimizer received (after clipping, when clipping is on). */
  gradient: number;
  state: StepStateValue[];
  after: number;
  /** Decoupled weight decay factor η·λ applied to this weight after the update (0: none). */
  decay: number;
}

/** One training step taken apart: forward, loss, backward and one weight's update. */
export interface StepThroughResult {
  /** 'run': the copy started from the current run's weights and optimizer state; 'initial': from the weights Train would start with. */
  source: 'run' | 'initial';
  /** Batches the run had trained when it was copied (0 for 'initial'). */
  batch: number;
  /** Training-set indices of the images, their labels, and their pixels (n x 784 bytes, transferred). */
  images: number[];
  labels: number[];
  pixels: Uint8Array;
  /** Every layer after the input, in model order (the forward pass in training mode, dropout on). */
  layers: StepLayerOutput[];
  /** The loss the step used (its catalogue formula is filled in with these numbers). */
  lossId: LossId;
  /** Per image: the target the loss was given and the network's output (one value per class). */
  targets: number[][];
  outputs: number[][];
  /** Per image: the loss of that image alone. */
  losses: number[];
  /** The batch loss the gradients are taken of. */
  loss: number;
  /** The gradient norm of every layer with weights, before clipping. */
  gradientNorms: LayerNorm[];
  /** Global gradient norm before clipping, the clip level (0: off) and the factor the gradients were scaled by. */
  globalNorm: number;
  clipNorm: number;
  clipScale: number;
  optimizer: {
    id: OptimizerId;
    learningRate: number;
    /** Hyperparameters by catalogue key, defaults filled in. */
    params: Record<string, number>;
    /** The step this update made: 1 for a fresh optimizer. */
    step: number;
    /** The backend's epsilon. */
    backendEpsilon: number;
  };
  tensors: StepWeightTensor[];
  update: StepWeightUpdate;
}
