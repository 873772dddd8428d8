import { BaseEdge, getBezierPath, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { useLiveStore } from '../../components/LiveView';
import type { WireFlowEdge } from './flowElements';

/** Wire width for a gradient norm: 1.5 px at 0.001 or less, up to 6 px at 10 or more (log scale). */
export function wireWidth(norm: number | null): number | undefined {
  if (norm === null || !Number.isFinite(norm) || norm <= 0) return undefined;
  const t = Math.min(1, Math.max(0, (Math.log10(norm) + 3) / 4));
  return 1.5 + 4.5 * t;
}

/** How far a wire that skips layers in the same column swings out to the left. */
const SKIP_SWING = 140;

/** A wire between layers. One that jumps over layers stacked in the same column (a residual
 * skip connection) arcs around them on the left instead of running behind them; one that goes
 * back up to the top of the next column runs round the cards through the gap between columns. */
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
  data,
}: EdgeProps<WireFlowEdge>) {
  const targetName = data?.targetName ?? '';
  const width = useLiveStore((state) => {
    const index = state.gradientLayers.indexOf(targetName);
    const latest = state.gradientNorms.latest;
    return wireWidth(index >= 0 && latest && state.batch > 0 ? (latest.norms[index] ?? null) : null);
  });
  const skipsLayers = Math.abs(targetX - sourceX) < 60 && targetY - sourceY > 80;
  const goesBackUp = targetY < sourceY - 20 && Math.abs(targetX - sourceX) > 60;
  const path = skipsLayers
    ? `M ${sourceX},${sourceY} C ${sourceX - SKIP_SWING},${sourceY + 30} ${targetX - SKIP_SWING},${targetY - 30} ${targetX},${targetY}`
    : goesBackUp
      ? getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 14, offset: 14 })[0]
      : getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition })[0];
  return (
    <BaseEdge
      id={id}
      path={path}
      markerEnd={markerEnd}
      interactionWidth={interactionWidth}
      style={width === undefined ? undefined : { strokeWidth: width }}
      className={['wire', selected ? 'wire--selected' : '', width === undefined ? '' : 'wire--live'].filter(Boolean).join(' ')}
    />
  );
}
