// Every visible string of the step-through, in one place (for the translation layer to come).
import type { StepThroughResult } from '../../../worker/protocol';

/** Button and field names; `start` and `next` are UI-contract names. */
export const STEP_LABELS = {
  start: 'Step through',
  next: 'Next',
  otherImages: 'Other images',
  weightTensor: 'Weight tensor',
  weightIndex: 'Weight index',
  steepest: 'Largest gradient',
} as const;

/** The panel's title and the stages in order. */
export const STEP_TITLE = 'One training step, taken apart';
export const STAGE_TITLES = ['Forward', 'Loss', 'Backward', 'Update'] as const;

/** "Stage 2 of 4: Loss". */
export function stageHeading(stage: number): string {
  return `Stage ${stage + 1} of ${STAGE_TITLES.length}: ${STAGE_TITLES[stage]}`;
}

export const STEP_TEXT = {
  intro:
    'Step through takes one training step on four training images and shows it stage by stage: the forward pass, the loss, the gradients and the update of one weight. Every number comes from the training worker’s tensors.',
  copy: 'The step is taken on a copy of the network and its optimizer: your run is not changed, and Train goes on exactly as before.',
  running: 'Pause training to step through: a step is taken apart between batches.',
  pending: 'Taking the step…',
  images: 'The batch: four images from the training set',
  forward: 'Each layer’s output for the batch (dropout on, as in training): its shape, and the first values of each image.',
  loss: 'The loss of each image alone, from the loss formula, then the batch loss: their mean. The gradients are taken of the mean.',
  backward: 'Backpropagation gives every weight its gradient. The size of each layer’s gradient (its L2 norm):',
  update: 'The optimizer moves every weight. Follow one: pick a tensor and an index.',
  lastStage: 'That was one step. Step through again, or take other images.',
  column: { layer: 'Layer', type: 'Type', shape: 'Output shape', values: 'First values', image: 'Image', label: 'Label', loss: 'Loss', norm: 'Gradient norm' },
  before: 'Old value',
  gradient: 'Gradient',
  after: 'New value',
  stateBefore: 'before',
  stateAfter: 'after',
} as const;

/** Where the copied weights came from. */
export function sourceText(result: Pick<StepThroughResult, 'source' | 'batch'>): string {
  return result.source === 'run'
    ? `Copied from your run after batch ${result.batch.toLocaleString('en-US')}, with its optimizer state.`
    : 'No run of this network yet: the copy starts from the initial weights Train would start from.';
}

/** "Image 2: a 7". */
export function imageName(k: number, className: string): string {
  return `Image ${k + 1}: ${className}`;
}

/** The clipping sentence under the gradient norms. */
export function clipText(result: Pick<StepThroughResult, 'globalNorm' | 'clipNorm' | 'clipScale'>): string {
  const global = result.globalNorm.toPrecision(4);
  if (result.clipNorm === 0) return `All gradients together: norm ${global}. Clipping is off.`;
  if (result.clipScale >= 1) return `All gradients together: norm ${global}, under the clip level ${result.clipNorm}, so they are used as they are.`;
  return `All gradients together: norm ${global}, over the clip level ${result.clipNorm}: every gradient is scaled by ${result.clipScale.toPrecision(4)}.`;
}

/** The note under the update formula. */
export function updateNote(step: number, decay: number): string {
  const decayed = decay > 0 ? ' Decoupled weight decay then shrinks the kernel.' : '';
  return `Step t = ${step} of the optimizer.${decayed} The last number is the weight read back from the copy after the step.`;
}
