import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { pageFlagsFromQuery, withPresentFlag, type HideablePanel, type PageFlags } from './pageFlags';

/** The page flags and the one that can change while the page is open. */
export interface PageFlagsValue extends PageFlags {
  /** Turns presentation mode on or off and writes it into the address, so Copy link keeps it. */
  setPresent: (present: boolean) => void;
}

const PageFlagsContext = createContext<PageFlagsValue>({ hidden: new Set(), present: false, setPresent: () => undefined });

/** Reads the flags from the address once and keeps presentation mode in React state. */
export function PageFlagsProvider({ children }: { children: ReactNode }) {
  const [initial] = useState(() => pageFlagsFromQuery(window.location.search));
  const [present, setPresentState] = useState(initial.present);
  const value = useMemo<PageFlagsValue>(
    () => ({
      hidden: initial.hidden,
      present,
      setPresent: (next) => {
        setPresentState(next);
        window.history.replaceState(window.history.state, '', withPresentFlag(window.location.href, next));
      },
    }),
    [initial, present],
  );
  return <PageFlagsContext value={value}>{children}</PageFlagsContext>;
}

/** The page flags. */
export function usePageFlags(): PageFlagsValue {
  return useContext(PageFlagsContext);
}

/** True unless `?hide=` names this panel. */
export function useShown(panel: HideablePanel): boolean {
  return !usePageFlags().hidden.has(panel);
}
