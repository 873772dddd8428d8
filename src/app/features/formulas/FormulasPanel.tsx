import { Trans, useTranslation } from 'react-i18next';
import { activationText, lossText, optimizerText, scheduleText } from '../../i18n/catalogueText';
import { useMemo, type ReactNode } from 'react';
import { ACTIVATIONS } from '../../../core/network/catalogue';
import { LOSSES } from '../../../core/training/losses';
import { lossLatex } from '../../../core/training/lossFormula';
import { OPTIMIZERS, optimizerValueParts } from '../../../core/training/optimizers';
import { SCHEDULES } from '../../../core/training/schedules';
import { Panel } from '../../components/Panel';
import { useAppStore } from '../../store/appStore';
import { Formula } from './Formula';
import { activationsUsed } from './networkActivations';
import './formulas.css';

interface FormulaCardProps {
  title: string;
  /** What the formula belongs to: the chosen loss, optimizer, ... */
  name: string;
  children: ReactNode;
  description: string;
}

function FormulaCard({ title, name, children, description }: FormulaCardProps) {
  return (
    <article className="formula-card">
      <header className="formula-card__header">
        <h3 className="formula-card__title">{title}</h3>
        <span className="formula-card__name">{name}</span>
      </header>
      {children}
      <p className="formula-card__text">{description}</p>
    </article>
  );
}

/** The maths behind the current choices: loss, optimizer update with its values, schedule and activations. */
export function FormulasPanel() {
  const settings = useAppStore((state) => state.settings);
  const graph = useAppStore((state) => state.graph);
  const loss = LOSSES[settings.loss];
  const optimizer = OPTIMIZERS[settings.optimizer];
  const schedule = SCHEDULES[settings.schedule];
  const activations = useMemo(() => activationsUsed(graph), [graph]);
  const { t } = useTranslation('formulas');
  const values = optimizerValueParts(settings.optimizer, settings.learningRate, settings.optimizerParams);

  return (
    <Panel title={t('title')} aside={t('aside')}>
      <div className="formulas">
        <FormulaCard title={t('loss')} name={lossText(loss.id).label} description={lossText(loss.id).description}>
          <Formula latex={lossLatex(settings)} testId="formula-loss" />
          <p className="formula-card__where">
            <Trans t={t} i18nKey="lossWhere" components={{ y: <Formula block={false} latex={String.raw`y`} />, yhat: <Formula block={false} latex={String.raw`\hat{y}`} /> }} />
          </p>
        </FormulaCard>
        <FormulaCard title={t('optimizer')} name={optimizerText(optimizer.id).label} description={optimizerText(optimizer.id).description}>
          <div data-testid="formula-optimizer" className="formula-optimizer">
            <Formula latex={optimizer.latex} />
            {/* One equation per value, so a narrow card wraps them instead of cutting the last off. */}
            <p className="formula-values">
              {values.map((value) => (
                <Formula key={value} block={false} latex={value} className="formula--values" />
              ))}
            </p>
          </div>
          <p className="formula-card__where">
            <Trans t={t} i18nKey="optimizerWhere" components={{ g: <Formula block={false} latex={String.raw`g_t`} />, theta: <Formula block={false} latex={String.raw`\theta`} /> }} />
          </p>
        </FormulaCard>
        <FormulaCard title={t('schedule')} name={scheduleText(schedule.id).label} description={scheduleText(schedule.id).description}>
          <Formula latex={schedule.latex} testId="formula-schedule" />
          <p className="formula-card__where">
            <Trans t={t} i18nKey="scheduleWhere" components={{ eta: <Formula block={false} latex={String.raw`\eta_0 = ${settings.learningRate}`} /> }} />
          </p>
        </FormulaCard>
        {activations.map((use) => {
          const entry = ACTIVATIONS[use.id];
          return (
            <FormulaCard key={use.id} title={t('activation')} name={activationText(use.id).label} description={activationText(use.id).description}>
              <Formula latex={entry.latex} />
              <p className="formula-card__where">{t('usedBy', { layers: use.layers.join(', ') })}</p>
            </FormulaCard>
          );
        })}
      </div>
    </Panel>
  );
}
