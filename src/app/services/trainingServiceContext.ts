import { createContext, useContext } from 'react';
import type { TrainingService } from './trainingService';

/** The running app's training service; provided once in main.tsx. */
export const TrainingServiceContext = createContext<TrainingService | null>(null);

export function useTrainingService(): TrainingService {
  const service = useContext(TrainingServiceContext);
  if (!service) throw new Error('useTrainingService needs a TrainingServiceContext provider.');
  return service;
}
