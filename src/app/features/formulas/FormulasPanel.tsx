import { useMemo, type ReactNode } from 'react';
import { ACTIVATIONS } from '../../../core/network/catalogue';
import { LOSSES } from '../../../core/training/losses';
import { lossLatex } from '../../../core/training/lossFormula';
import { OPTIMIZERS, optimizerLatexWithValues } from '../../../core/training/optimizers';
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
  const values = optimizerLatexWithValues(settings.optimizer, settings.learningRate, settings.optimizerParams);

  return (
    <Panel title="Formulas" aside="Follows your settings">
      <div className="formulas">
        <FormulaCard title="Loss" name={loss.label} description={loss.description}>
          <Formula latex={lossLatex(settings)} testId="formula-loss" />
          <p className="formula-card__where">
            <Formula block={false} latex={String.raw`y`} /> is the one-hot label,{' '}
            <Formula block={false} latex={String.raw`\hat{y}`} /> the network’s output, K = 10 classes; the batch loss is the
            mean over its images.
          </p>
        </FormulaCard>
        <FormulaCard title="Optimizer update" name={optimizer.label} description={optimizer.description}>
          <div data-testid="formula-optimizer" className="formula-optimizer">
            <Formula latex={optimizer.latex} />
            <Formula latex={values} className="formula--values" />
          </div>
          <p className="formula-card__where">
            <Formula block={false} latex={String.raw`g_t`} /> is the gradient of the loss with respect to the weights{' '}
            <Formula block={false} latex={String.raw`\theta`} /> at step t.
          </p>
        </FormulaCard>
        <FormulaCard title="Learning-rate schedule" name={schedule.label} description={schedule.description}>
          <Formula latex={schedule.latex} testId="formula-schedule" />
          <p className="formula-card__where">
            t counts batches, T is the run’s batches, <Formula block={false} latex={String.raw`\eta_0 = ${settings.learningRate}`} />.
          </p>
        </FormulaCard>
        {activations.map((use) => {
          const entry = ACTIVATIONS[use.id];
          return (
            <FormulaCard key={use.id} title="Activation" name={entry.label} description={entry.description}>
              <Formula latex={entry.latex} />
              <p className="formula-card__where">Used by {use.layers.join(', ')}.</p>
            </FormulaCard>
          );
        })}
      </div>
    </Panel>
  );
}
