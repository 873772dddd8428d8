import { ACTIVATIONS, LAYER_CATALOGUE } from '../../../core/network/catalogue';
import { resolveParams } from '../../../core/network/params';
import type { LayerNode, ParamValue } from '../../../core/network/types';

function activationLabel(value: ParamValue | undefined): string {
  if (typeof value !== 'string') return String(value);
  return Object.hasOwn(ACTIVATIONS, value) ? ACTIVATIONS[value as keyof typeof ACTIVATIONS].label : value;
}

function squareWindow(size: ParamValue | undefined): string {
  return `${String(size)}×${String(size)}`;
}

/** The few parameters that say what a layer does, in words: "128 units, ReLU". */
export function layerSummary(node: LayerNode): string {
  const p = resolveParams(node.type, node.params);
  switch (node.type) {
    case 'input':
      return '28×28 grayscale image';
    case 'dense':
      return `${String(p.units)} units, ${activationLabel(p.activation)}`;
    case 'conv2d':
    case 'separableConv2d':
      return `${String(p.filters)} filters ${squareWindow(p.kernelSize)}, stride ${String(p.strides)}, ${String(p.padding)}, ${activationLabel(p.activation)}`;
    case 'maxPool2d':
    case 'avgPool2d':
      return `${squareWindow(p.poolSize)} window, stride ${String(p.strides)}, ${String(p.padding)}`;
    case 'dropout':
      return `rate ${String(p.rate)}`;
    case 'batchNorm':
      return `momentum ${String(p.momentum)}`;
    case 'activation':
      return activationLabel(p.activation);
    case 'reshape':
      return `to ${Array.isArray(p.targetShape) ? p.targetShape.join('×') : String(p.targetShape)}`;
    default:
      return '';
  }
}

/** The layer type's label from the catalogue ("Dense", "Conv2D"). */
export function layerTypeLabel(node: LayerNode): string {
  return LAYER_CATALOGUE[node.type].label;
}
