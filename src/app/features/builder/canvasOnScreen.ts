import { createContext, useContext } from 'react';

/**
 * Whether the builder's canvas is on screen: the live views on its cards and
 * wires (activation thumbnails, gradient norms, wire widths) follow a run
 * only then, and catch up when it scrolls back into view.
 */
export const CanvasOnScreen = createContext(true);

/** Whether the canvas these cards and wires are drawn on is on screen. */
export function useCanvasOnScreen(): boolean {
  return useContext(CanvasOnScreen);
}
