// English words of the step-through: one training step taken apart, stage by stage.
import { UPDATE_RULES } from '../../../core/training/stepThrough/updateRules';
import type { OptimizerId } from '../../../core/training/types';

/** The optimizer state slots' names by optimizer and slot key ("Velocity v"), from core's update rules. */
const slots = Object.fromEntries(
  Object.entries(UPDATE_RULES).map(([id, rule]) => [id, Object.fromEntries(rule.slots.map((slot) => [slot.key, slot.label]))]),
) as Record<OptimizerId, Record<string, string>>;

/** Words of the step-through panel; `start` and `next` are UI-contract names in English. */
export const stepThrough = {
  start: 'Step through',
  next: 'Next',
  otherImages: 'Other images',
  weightTensor: 'Weight tensor',
  weightIndex: 'Weight index',
  steepest: 'Largest gradient',
  title: 'One training step, taken apart',
  stages: { forward: 'Forward', loss: 'Loss', backward: 'Backward', update: 'Update' },
  stageHeading: 'Stage {{number}} of {{total}}: {{title}}',
  intro:
    'Step through takes one training step on four training images and shows it stage by stage: the forward pass, the loss, the gradients and the update of one weight. Every number comes from the training worker’s tensors.',
  copy: 'The step is taken on a copy of the network and its optimizer: your run is not changed, and Train goes on exactly as before.',
  running: 'Pause training to step through: a step is taken apart between batches.',
  pending: 'Taking the step…',
  images: 'The batch: four images from the training set',
  imageName: 'Image {{number}}: {{name}}',
  forward: 'Each layer’s output for the batch (dropout on, as in training): its shape, and the first values of each image.',
  loss: 'The loss of each image alone, from the loss formula, then the batch loss: their mean. The gradients are taken of the mean.',
  backward: 'Backpropagation gives every weight its gradient. The size of each layer’s gradient (its L2 norm):',
  update: 'The optimizer moves every weight. Follow one: pick a tensor and an index.',
  lastStage: 'That was one step. Step through again, or take other images.',
  column: { layer: 'Layer', type: 'Type', shape: 'Output shape', values: 'First values', image: 'Image', label: 'Label', loss: 'Loss', norm: 'Gradient norm' },
  before: 'Old value',
  gradient: 'Gradient',
  after: 'New value',
  sourceRun: 'Copied from your run after batch {{batch}}, with its optimizer state.',
  sourceInitial: 'No run of this network yet: the copy starts from the initial weights Train would start from.',
  clipOff: 'All gradients together: norm {{norm}}. Clipping is off.',
  clipUnder: 'All gradients together: norm {{norm}}, under the clip level {{level}}, so they are used as they are.',
  clipOver: 'All gradients together: norm {{norm}}, over the clip level {{level}}: every gradient is scaled by {{scale}}.',
  updateNote: 'Step t = {{step}} of the optimizer. The last number is the weight read back from the copy after the step.',
  updateNoteDecay: 'Step t = {{step}} of the optimizer. Decoupled weight decay then shrinks the kernel. The last number is the weight read back from the copy after the step.',
  slots,
};
