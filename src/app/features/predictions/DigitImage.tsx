import { memo, useLayoutEffect, useRef } from 'react';
import { inkColor, useColorScheme } from './useColorScheme';

const SIDE = 28;

interface DigitImageProps {
  /** 784 values, row-major: bytes 0..255 (test images) or fractions 0..1 (a drawing's input). */
  pixels: ArrayLike<number> | null;
  /** Displayed side in CSS pixels. */
  size: number;
  /** Text alternative, e.g. "Test image 3, a 0". */
  label: string;
  /** Values are 0..1 rather than 0..255. */
  unit?: boolean;
}

/** A 28 x 28 digit drawn crisp (pixelated) at any size, ink in the theme's text colour. */
export const DigitImage = memo(function DigitImage({ pixels, size, label, unit = false }: DigitImageProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const scheme = useColorScheme();

  useLayoutEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    context.clearRect(0, 0, SIDE, SIDE);
    if (!pixels) return;
    const [r, g, b] = inkColor(scheme);
    const image = context.createImageData(SIDE, SIDE);
    const scale = unit ? 255 : 1;
    for (let i = 0; i < SIDE * SIDE; i += 1) {
      image.data[i * 4] = r;
      image.data[i * 4 + 1] = g;
      image.data[i * 4 + 2] = b;
      image.data[i * 4 + 3] = Math.round(Math.min(255, Math.max(0, (pixels[i] ?? 0) * scale)));
    }
    context.putImageData(image, 0, 0);
  }, [pixels, scheme, unit]);

  return (
    <canvas
      ref={canvas}
      className="digit-image"
      width={SIDE}
      height={SIDE}
      style={{ width: size, height: size }}
      role="img"
      aria-label={label}
    />
  );
});
