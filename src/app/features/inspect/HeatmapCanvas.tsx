import { memo, useLayoutEffect, useRef } from 'react';
import { useColorScheme } from '../predictions/useColorScheme';
import { heatmapPixels } from './heatmap';

interface HeatmapCanvasProps {
  values: Float32Array;
  /** Index of the first value of this map in `values`. */
  offset: number;
  width: number;
  height: number;
  /** Magnitude drawn fully opaque. */
  scale: number;
  /** Displayed side of the longer edge, CSS pixels, times the surrounding `--map-zoom` (1 unless a view enlarges it). */
  size: number;
  label: string;
}

/** A small grid of values drawn crisp: blue positive, orange negative, stronger for larger values. */
export const HeatmapCanvas = memo(function HeatmapCanvas({ values, offset, width, height, scale, size, label }: HeatmapCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const scheme = useColorScheme();
  useLayoutEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    context.putImageData(new ImageData(heatmapPixels(values, offset, width, height, scale, scheme), width, height), 0, 0);
  }, [values, offset, width, height, scale, scheme]);
  const ratio = size / Math.max(width, height);
  return (
    <canvas
      ref={canvas}
      className="heatmap"
      width={width}
      height={height}
      style={{ width: `calc(${width * ratio}px * var(--map-zoom, 1))`, height: `calc(${height * ratio}px * var(--map-zoom, 1))` }}
      role="img"
      aria-label={label}
    />
  );
});
