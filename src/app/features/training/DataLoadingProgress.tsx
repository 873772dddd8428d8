import { useTranslation } from 'react-i18next';
import { formatInteger, formatMegabytes } from '../../components/format';
import { datasetLabel } from '../../i18n/catalogueText';
import { t as translate } from '../../i18n/i18n';
import { useAppStore } from '../../store/appStore';
import type { DataFileProgress } from '../../store/trainingData';

/** Bytes received of all files; `total` counts only files whose size is known. */
function overall(files: readonly DataFileProgress[]): { loaded: number; total: number } {
  return files.reduce(
    (sum, file) => ({ loaded: sum.loaded + file.loaded, total: sum.total + Math.max(file.total, file.loaded) }),
    { loaded: 0, total: 0 },
  );
}

function amount(loaded: number, total: number): string {
  return total > 0 ? translate('training:data.amount', { loaded: formatMegabytes(loaded), total: formatMegabytes(total) }) : formatMegabytes(loaded);
}

/** Download progress of the chosen data set's files while the worker loads them; a one-line summary after. */
export function DataLoadingProgress() {
  const workerStatus = useAppStore((state) => state.workerStatus);
  const dataFiles = useAppStore((state) => state.dataFiles);
  const sizes = useAppStore((state) => state.datasetSizes);
  const { t } = useTranslation('training');
  const loading = datasetLabel(useAppStore((state) => state.settings.dataset));

  if (workerStatus === 'ready' && sizes) {
    return (
      <p className="data-summary" data-testid="data-summary" data-value={sizes.dataset}>
        {t('data.ready', {
          dataset: datasetLabel(sizes.dataset),
          train: formatInteger(sizes.train),
          validation: formatInteger(sizes.validation),
          test: formatInteger(sizes.test),
        })}
      </p>
    );
  }

  const entries = Object.entries(dataFiles);
  const total = overall(entries.map(([, file]) => file));
  const heading =
    workerStatus === 'failed'
      ? t('data.failed', { dataset: loading })
      : entries.length === 0
        ? t('data.starting')
        : t('data.loading', { dataset: loading, amount: amount(total.loaded, total.total) });

  return (
    <div className="data-progress">
      <p className="data-progress__heading">{heading}</p>
      {entries.length > 0 ? (
        <progress
          className="data-progress__bar"
          aria-label={t('data.allFiles', { dataset: loading })}
          max={Math.max(total.total, 1)}
          value={total.loaded}
        />
      ) : null}
      {entries.length > 0 ? (
        <ul className="data-progress__files">
          {entries.map(([file, progress]) => (
            <li key={file} className="data-progress__file">
              <span className="data-progress__name">{file}</span>
              <progress
                aria-label={t('data.file', { file })}
                max={Math.max(progress.total, 1)}
                value={progress.total > 0 ? progress.loaded : 0}
              />
              <span className="data-progress__amount">
                {progress.fromCache ? t('data.fromCache') : amount(progress.loaded, progress.total)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
