import { useReactFlow } from '@xyflow/react';
import { useCallback, type RefObject } from 'react';
import { motionDuration } from '../../components/reducedMotion';

interface FocusOptions {
  /** Give the node keyboard focus (default true); false only brings it into view. */
  focus?: boolean;
  /** Also scroll the page so the canvas is on screen (when coming from a list elsewhere). */
  scrollPage?: boolean;
}

/** Brings a layer node into view, panning only when it is off the canvas, and focuses it. */
export function useLayerFocus(wrapperRef: RefObject<HTMLDivElement | null>) {
  const flow = useReactFlow();
  return useCallback(
    (nodeId: string, { focus = true, scrollPage = false }: FocusOptions = {}) => {
      const wrapper = wrapperRef.current;
      if (!wrapper) return;
      if (scrollPage) wrapper.scrollIntoView({ block: 'nearest' });
      // The node may only exist after this render: wait a frame before looking for it.
      requestAnimationFrame(() => {
        const element = wrapper.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`);
        if (!element) return;
        if (focus) element.focus({ preventScroll: true });
        const box = element.getBoundingClientRect();
        const frame = wrapper.getBoundingClientRect();
        const visible = box.top >= frame.top && box.bottom <= frame.bottom && box.left >= frame.left && box.right <= frame.right;
        const node = flow.getInternalNode(nodeId);
        if (visible || !node) return;
        const { width = 0, height = 0 } = node.measured;
        void flow.setCenter(node.internals.positionAbsolute.x + width / 2, node.internals.positionAbsolute.y + height / 2, {
          zoom: flow.getZoom(),
          duration: motionDuration(200),
        });
      });
    },
    [flow, wrapperRef],
  );
}
