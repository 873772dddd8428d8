// The builder's auto layout lives in core (presets are laid out with it too).
export { autoLayout, COLUMN_SPACING, isAutoLaidOut, layerDepths } from '../../../core/network/layout';
