import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import type { WireFlowEdge } from './flowElements';

/** How far a wire that skips layers in the same column swings out to the left. */
const SKIP_SWING = 190;

/** A wire between layers. One that jumps over layers stacked in the same column (a residual
 * skip connection) arcs around them on the left instead of running behind them. */
export function WireEdge({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  selected,
  markerEnd,
  interactionWidth,
}: EdgeProps<WireFlowEdge>) {
  const skipsLayers = Math.abs(targetX - sourceX) < 60 && targetY - sourceY > 80;
  const path = skipsLayers
    ? `M ${sourceX},${sourceY} C ${sourceX - SKIP_SWING},${sourceY + 30} ${targetX - SKIP_SWING},${targetY - 30} ${targetX},${targetY}`
    : getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition })[0];
  return (
    <BaseEdge
      id={id}
      path={path}
      markerEnd={markerEnd}
      interactionWidth={interactionWidth}
      className={selected ? 'wire wire--selected' : 'wire'}
    />
  );
}
