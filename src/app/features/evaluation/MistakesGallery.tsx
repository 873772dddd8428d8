import { Trans, useTranslation } from 'react-i18next';
import { memo } from 'react';
import type { ConfidentMistake } from '../../../worker/protocol';
import type { TestSetCache } from '../../store/learningData';
import { hasLongClassNames, useClassNames } from '../datasets/useDataset';
import { DigitImage } from '../predictions/DigitImage';
import { testImagePixels } from '../predictions/useTestSet';
import './rocAndMistakes.css';

interface MistakesGalleryProps {
  mistakes: ConfidentMistake[];
  testSet: TestSetCache | null;
  onInspect: (index: number) => void;
}

const percent = (p: number) => `${(p * 100).toFixed(p >= 0.995 ? 1 : 0)} %`;

/** The wrong answers the network was surest of, each with its three most probable classes. */
export const MistakesGallery = memo(function MistakesGallery({ mistakes, testSet, onInspect }: MistakesGalleryProps) {
  const { t } = useTranslation('evaluation');
  const names = useClassNames();
  const name = (label: number) => names[label] ?? String(label);
  if (mistakes.length === 0) return <p className="panel-note">{t('noMistakes')}</p>;
  return (
    <ul className={hasLongClassNames(names) ? 'mistakes mistakes--named' : 'mistakes'} data-testid="mistakes-gallery">
      {mistakes.map((mistake) => (
        <li key={mistake.index} className="mistake" data-testid="mistake" data-label={mistake.label} data-predicted={mistake.predicted}>
          <button type="button" className="mistake__image" aria-label={t('lookInside', { index: mistake.index })} onClick={() => onInspect(mistake.index)}>
            <DigitImage pixels={testImagePixels(testSet, mistake.index)} size={48} label={t('testImageOf', { index: mistake.index, name: name(mistake.label) })} />
          </button>
          <div className="mistake__text">
            <span className="mistake__truth">
              <Trans t={t} i18nKey="seenAs" values={{ truth: name(mistake.label), wrong: name(mistake.predicted) }} components={{ truth: <strong />, wrong: <strong className="mistake__wrong" /> }} />
            </span>
            <ol className="mistake__top" aria-label={t('topThree')}>
              {mistake.top.map((entry) => (
                <li key={entry.label} className={entry.label === mistake.label ? 'mistake__top-true' : undefined}>
                  <span className="mistake__top-digit">{name(entry.label)}</span>
                  <span className="mistake__bar" style={{ width: `${Math.max(2, entry.probability * 100)}%` }} aria-hidden="true" />
                  <span className="mistake__top-p">{percent(entry.probability)}</span>
                </li>
              ))}
            </ol>
          </div>
        </li>
      ))}
    </ul>
  );
});
