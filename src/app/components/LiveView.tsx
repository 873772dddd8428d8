import { createContext, useContext, useRef, type ReactNode } from 'react';
import type { Store } from '../store/storeTypes';
import { usePacedStore } from '../store/usePacedStore';
import { useOnScreen } from './useOnScreen';

/**
 * Whether the view around a component is on screen (true outside any view):
 * a LiveView provides it, and so does any other part of the page whose live
 * parts should rest while it is scrolled away (the builder's canvas).
 */
export const ViewOnScreen = createContext(true);

/**
 * One learning view as a section the navigation can jump to. It tells the
 * live parts inside it whether it is on screen, so a view scrolled away does
 * no work while a run trains, and catches up as soon as it comes back.
 */
export function LiveView({ id, children }: { id: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  // No margin: a view starts following the run when it shows, not before (it catches up in that frame).
  const onScreen = useOnScreen(box, '0px');
  return (
    <div id={id} ref={box} className="view" tabIndex={-1}>
      <ViewOnScreen value={onScreen}>{children}</ViewOnScreen>
    </div>
  );
}

/** Whether the surrounding learning view is on screen. */
export function useViewOnScreen(): boolean {
  return useContext(ViewOnScreen);
}

/**
 * A value of the store that changes while training, for a view: read at most
 * a few times a second (usePacedStore), and not at all while the view is off screen.
 */
export function useLiveStore<T>(selector: (state: Store) => T, options?: Parameters<typeof usePacedStore<T>>[2]): T {
  return usePacedStore(selector, useViewOnScreen(), options);
}
