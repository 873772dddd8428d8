// The palette: every layer type a person can add, grouped by what it is for.
import { LAYER_CATALOGUE } from '../../../core/network/catalogue';
import type { LayerType } from '../../../core/network/types';

/** MIME type of a palette item being dragged onto the canvas; the data is the layer type. */
export const LAYER_DRAG_TYPE = 'application/x-neural-playground-layer';

/** Palette sections in the order shown. The input layer is fixed, so it is not offered. */
export const PALETTE_GROUPS: readonly { title: string; types: readonly LayerType[] }[] = [
  { title: 'Core', types: ['dense', 'activation', 'dropout', 'batchNorm'] },
  { title: 'Convolution', types: ['conv2d', 'separableConv2d', 'maxPool2d', 'avgPool2d', 'globalAvgPool2d'] },
  { title: 'Shape', types: ['flatten', 'reshape'] },
  { title: 'Merge', types: ['add', 'concatenate'] },
];

/** The accessible name of a palette button: "Add Dense layer". */
export function addButtonName(type: LayerType): string {
  return `Add ${LAYER_CATALOGUE[type].label} layer`;
}

/** The layer type carried by a drop, or null when it is not one the palette offers. */
export function droppedLayerType(data: string): LayerType | null {
  return PALETTE_GROUPS.some((group) => group.types.includes(data as LayerType)) ? (data as LayerType) : null;
}
