import type { NetworkAnalysis } from '../../../core/network/analyze';
import { useAppStore } from '../../store/appStore';
import { selectAnalysis } from '../../store/selectors';

/** Shapes, parameter counts and issues of the current network: one analysis per graph, shared by every view. */
export function useNetworkAnalysis(): NetworkAnalysis {
  return useAppStore(selectAnalysis);
}
