import { useMemo } from 'react';
import { analyzeNetwork, type NetworkAnalysis } from '../../../core/network/analyze';
import { useAppStore } from '../../store/appStore';

/** Shapes, parameter counts and issues of the current network, recomputed only when it changes. */
export function useNetworkAnalysis(): NetworkAnalysis {
  const graph = useAppStore((state) => state.graph);
  const loss = useAppStore((state) => state.settings.loss);
  return useMemo(() => analyzeNetwork(graph, loss), [graph, loss]);
}
