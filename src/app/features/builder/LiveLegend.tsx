import { useAppStore } from '../../store/appStore';

/** What the canvas shows while the network learns; a fixed line under the canvas, so nothing moves when it changes. */
export function LiveLegend() {
  const index = useAppStore((state) => state.inspectIndex);
  const live = useAppStore((state) => state.batch > 0);
  return (
    <p className="live-legend">
      {live ? (
        <>
          <span className="live-legend__wire" aria-hidden="true" /> Wire width: gradient size of the layer it feeds ·
          ∇: a layer's gradient norm · pictures: its output for test image {index}
        </>
      ) : (
        'Train or Step: each layer then shows its output for a test image and its gradient; wires grow with the gradient.'
      )}
    </p>
  );
}
