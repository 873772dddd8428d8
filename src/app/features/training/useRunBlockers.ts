import { useMemo } from 'react';
import { findRunBlockers, type RunBlocker } from '../../store/runBlockers';
import { useAppStore } from '../../store/appStore';
import { useNetworkAnalysis } from '../network/useNetworkAnalysis';

/** What stops Train and Step right now: network issues and setting problems. */
export function useRunBlockers(): RunBlocker[] {
  const analysis = useNetworkAnalysis();
  const graph = useAppStore((state) => state.graph);
  const settings = useAppStore((state) => state.settings);
  const settingsText = useAppStore((state) => state.settingsText);
  return useMemo(
    () => findRunBlockers(graph, settings, settingsText, analysis),
    [graph, settings, settingsText, analysis],
  );
}
