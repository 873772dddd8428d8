import { ACTIVATIONS, type ActivationId } from '../../../core/network/catalogue';
import { activationText, choiceLabel, layerText } from '../../i18n/catalogueText';
import { currentLanguage, t } from '../../i18n/i18n';
import { resolveParams } from '../../../core/network/params';
import type { LayerNode, ParamValue } from '../../../core/network/types';

function activationLabel(value: ParamValue | undefined): string {
  if (typeof value !== 'string') return String(value);
  return Object.hasOwn(ACTIVATIONS, value) ? activationText(value as ActivationId).label : value;
}

/** English keeps the padding id as written (same, valid); other languages name it. */
function padding(value: ParamValue | undefined): string {
  return currentLanguage() === 'en' ? String(value) : choiceLabel(String(value));
}

function squareWindow(size: ParamValue | undefined): string {
  return `${String(size)}×${String(size)}`;
}

/** The few parameters that say what a layer does, in words: "128 units, ReLU". */
export function layerSummary(node: LayerNode): string {
  const p = resolveParams(node.type, node.params);
  switch (node.type) {
    case 'input':
      return t('builder:summary.input');
    case 'dense':
      return t('builder:summary.dense', { units: String(p.units), activation: activationLabel(p.activation) });
    case 'conv2d':
    case 'separableConv2d':
      return t('builder:summary.conv', { filters: String(p.filters), window: squareWindow(p.kernelSize), strides: String(p.strides), padding: padding(p.padding), activation: activationLabel(p.activation) });
    case 'maxPool2d':
    case 'avgPool2d':
      return t('builder:summary.pool', { window: squareWindow(p.poolSize), strides: String(p.strides), padding: padding(p.padding) });
    case 'dropout':
      return t('builder:summary.dropout', { rate: String(p.rate) });
    case 'batchNorm':
      return t('builder:summary.batchNorm', { momentum: String(p.momentum) });
    case 'activation':
      return activationLabel(p.activation);
    case 'reshape':
      return t('builder:summary.reshape', { shape: Array.isArray(p.targetShape) ? p.targetShape.join('×') : String(p.targetShape) });
    default:
      return '';
  }
}

/** The layer type's label from the catalogue ("Dense", "Conv2D"). */
export function layerTypeLabel(node: LayerNode): string {
  return layerText(node.type).label;
}
