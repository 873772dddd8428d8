// The palette: every layer type a person can add, grouped by what it is for.
import { layerText } from '../../i18n/catalogueText';
import { t } from '../../i18n/i18n';
import type { LayerType } from '../../../core/network/types';

/** MIME type of a palette item being dragged onto the canvas; the data is the layer type. */
export const LAYER_DRAG_TYPE = 'application/x-neural-playground-layer';

/** Palette sections in the order shown. The input layer is fixed, so it is not offered. */
export const PALETTE_GROUPS: readonly { id: 'core' | 'convolution' | 'shape' | 'merge'; types: readonly LayerType[] }[] = [
  { id: 'core', types: ['dense', 'activation', 'dropout', 'batchNorm'] },
  { id: 'convolution', types: ['conv2d', 'separableConv2d', 'maxPool2d', 'avgPool2d', 'globalAvgPool2d'] },
  { id: 'shape', types: ['flatten', 'reshape'] },
  { id: 'merge', types: ['add', 'concatenate'] },
];

/** The accessible name of a palette button: "Add Dense layer". */
export function addButtonName(type: LayerType): string {
  return t('builder:palette.add', { label: layerText(type).label });
}

/** The layer type carried by a drop, or null when it is not one the palette offers. */
export function droppedLayerType(data: string): LayerType | null {
  return PALETTE_GROUPS.some((group) => group.types.includes(data as LayerType)) ? (data as LayerType) : null;
}
