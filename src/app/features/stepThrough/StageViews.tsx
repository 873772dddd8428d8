import { useTranslation } from 'react-i18next';
import { imageLossLatex, meanLossLatex } from '../../../core/training/stepThrough/lossNumbers';
import type { StepThroughResult } from '../../../worker/protocol';
import { formatLoss } from '../../components/format';
import { Formula } from '../formulas/Formula';
import { DigitImage } from '../predictions/DigitImage';
import { clipText, imageName } from './stepThroughText';

const PIXELS = 784;

/** The batch's images with their labels. */
export function BatchImages({ result, names }: { result: StepThroughResult; names: readonly string[] }) {
  const { t } = useTranslation('stepThrough');
  return (
    <figure className="step-images">
      <figcaption className="step-note">{t('images')}</figcaption>
      <div className="step-images__row">
        {result.images.map((index, k) => {
          const label = imageName(k, names[result.labels[k]] ?? String(result.labels[k]));
          return (
            <div key={index} className="step-images__image" data-testid="step-image" data-value={index}>
              <DigitImage pixels={result.pixels.subarray(k * PIXELS, (k + 1) * PIXELS)} size={56} label={label} />
              <span>{label}</span>
            </div>
          );
        })}
      </div>
    </figure>
  );
}

/** Stage 1: every layer's output shape and first values. */
export function ForwardStage({ result }: { result: StepThroughResult }) {
  const { t } = useTranslation('stepThrough');
  return (
    <>
      <p className="step-note">{t('forward')}</p>
      <table className="step-table">
        <thead>
          <tr><th scope="col">{t('column.layer')}</th><th scope="col">{t('column.type')}</th><th scope="col">{t('column.shape')}</th><th scope="col">{t('column.values')}</th></tr>
        </thead>
        <tbody>
          {result.layers.map((layer) => (
            <tr key={layer.layer} data-testid="step-layer-output" data-value={layer.shape.join(',')}>
              <th scope="row">{layer.layer}</th>
              <td>{layer.type}</td>
              <td>[{layer.shape.join(', ')}]</td>
              <td className="step-values">
                {layer.values.map((row, k) => (
                  <span key={k}>{k + 1}: {row.map((v) => v.toPrecision(3)).join('  ')}{row.length < layer.shape.slice(1).reduce((a, b) => a * b, 1) ? ' …' : ''}</span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Stage 2: each image's loss from the catalogue formula, then their mean. */
export function LossStage({ result, names }: { result: StepThroughResult; names: readonly string[] }) {
  const { t } = useTranslation('stepThrough');
  return (
    <>
      <p className="step-note">{t('loss')}</p>
      <table className="step-table">
        <thead>
          <tr><th scope="col">{t('column.image')}</th><th scope="col">{t('column.label')}</th><th scope="col">{t('column.loss')}</th></tr>
        </thead>
        <tbody>
          {result.losses.map((value, k) => (
            <tr key={k}>
              <th scope="row">{k + 1}</th>
              <td>{names[result.labels[k]] ?? result.labels[k]}</td>
              <td data-testid="step-image-loss" data-value={value}>{formatLoss(value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.losses.map((value, k) => (
        <Formula key={k} latex={imageLossLatex(result.lossId, k + 1, { target: result.targets[k], output: result.outputs[k], loss: value })} className="step-formula" />
      ))}
      <Formula latex={meanLossLatex(result.losses, result.loss)} testId="formula-step-loss" className="step-formula" />
      <p className="step-note">
        {t('column.loss')}: <strong data-testid="step-mean-loss" data-value={result.loss}>{formatLoss(result.loss)}</strong>
      </p>
    </>
  );
}

/** Stage 3: the gradient norm of every layer with weights. */
export function BackwardStage({ result }: { result: StepThroughResult }) {
  const { t } = useTranslation('stepThrough');
  const top = Math.max(...result.gradientNorms.map((n) => n.norm), Number.MIN_VALUE);
  return (
    <>
      <p className="step-note">{t('backward')}</p>
      <ul className="step-norms">
        {result.gradientNorms.map((norm) => (
          <li key={norm.layer} className="step-norms__row">
            <span className="step-norms__name">{norm.layer}</span>
            <span className="step-norms__bar" style={{ width: `${Math.max(1, (norm.norm / top) * 100)}%` }} aria-hidden="true" />
            <span data-testid="step-gradient-norm" data-value={norm.norm}>{norm.norm.toPrecision(4)}</span>
          </li>
        ))}
      </ul>
      <p className="step-note">{clipText(result)}</p>
    </>
  );
}
