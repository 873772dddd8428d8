import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../components/format';
import { useAppStore } from '../../store/appStore';

const SIDE = 28;

/** One 28 x 28 grey image drawn on a canvas. */
function PreviewImage({ pixels, label }: { pixels: Uint8Array; label: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { t } = useTranslation('controls');
  useLayoutEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const image = context.createImageData(SIDE, SIDE);
    for (let p = 0; p < SIDE * SIDE; p++) {
      image.data.set([pixels[p], pixels[p], pixels[p], 255], p * 4);
    }
    context.putImageData(image, 0, 0);
  }, [pixels]);
  return <canvas ref={canvas} className="augment-preview__image" width={SIDE} height={SIDE} role="img" aria-label={t('previewImage', { label })} />;
}

/** A strip of augmented images from a recent training batch, as the network saw them. */
export function AugmentPreview() {
  const preview = useAppStore((state) => state.augmentPreview);
  const augment = useAppStore((state) => state.settings.augment);
  const { t } = useTranslation('controls');
  if (!preview || !augment) return <p className="controls-note">{t('previewEmpty')}</p>;
  const images = preview.labels.map((label, i) => ({ label, pixels: preview.pixels.subarray(i * SIDE * SIDE, (i + 1) * SIDE * SIDE) }));
  return (
    <figure className="controls-figure">
      <ul className="augment-preview" data-testid="augment-preview" data-value={preview.batch} aria-label={t('previewTitle')}>
        {images.map((image, i) => (
          <li key={i}>
            <PreviewImage pixels={image.pixels} label={image.label} />
          </li>
        ))}
      </ul>
      <figcaption className="controls-note">{t('previewCaption', { batch: formatInteger(preview.batch) })}</figcaption>
    </figure>
  );
}
