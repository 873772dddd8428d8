import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { classNames } from '../../i18n/catalogueText';
import { DATASETS, type DatasetSpec } from '../../../core/data/datasets';
import { useAppStore } from '../../store/appStore';

/**
 * The data set the views show: the one the worker has ready (its test images,
 * and the run trained on it), or the chosen one before the first is ready.
 * Changing the data set clears the run, so results never carry the other
 * data set's class names.
 */
export function useDataset(): DatasetSpec {
  const id = useAppStore((state) => state.datasetSizes?.dataset ?? state.settings.dataset);
  return DATASETS[id];
}

/** Names of classes 0..9 of the data set the views show. */
export function useClassNames(): readonly string[] {
  const { i18n } = useTranslation();
  const id = useDataset().id;
  return useMemo(() => (i18n.language ? classNames(id) : []), [id, i18n.language]);
}

/** True when some class name is a word rather than a digit: the views then lay names out to fit (upright headers, wider label columns). */
export function hasLongClassNames(names: readonly string[]): boolean {
  return names.some((name) => name.length > 2);
}
