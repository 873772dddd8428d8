import { useTranslation } from 'react-i18next';
import { Panel } from '../../components/Panel';
import { DataLoadingProgress } from './DataLoadingProgress';
import { RunStatus } from './RunStatus';
import { TrainingControls } from './TrainingControls';
import { TrainingReadouts } from './TrainingReadouts';
import './training.css';

/** The training bar: state, controls, the run's numbers, and data loading. */
export function TrainingPanel() {
  const { t } = useTranslation('training');
  return (
    <Panel title={t('panel')} className="training-panel" aside={<RunStatus />}>
      <TrainingControls />
      <TrainingReadouts />
      <DataLoadingProgress />
    </Panel>
  );
}
