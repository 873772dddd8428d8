import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findPreset } from '../../../core/network/presets';
import { Button } from '../../components/Button';
import { useTrainingService } from '../../services/trainingServiceContext';
import { useAppStore, useAppStoreApi } from '../../store/appStore';
import { downloadModel, loadModelFile } from './modelFiles';
import { MODEL_TEXT } from './persistText';
import '../share/share.css';
import './persist.css';

/** Download model (the trained run as one file) and Load model (takes that file back to train on, predict or evaluate). */
export function ModelControls() {
  const appStore = useAppStoreApi();
  useTranslation();
  const service = useTrainingService();
  const hasRun = useAppStore((state) => state.trainingState !== 'idle');
  const ready = useAppStore((state) => state.workerStatus === 'ready');
  const presetLabel = useAppStore((state) => (state.presetId ? (findPreset(state.presetId)?.label ?? null) : null));
  const [busy, setBusy] = useState(false);

  const work = (job: () => Promise<unknown>) => {
    setBusy(true);
    void job().finally(() => setBusy(false));
  };

  const download = () => work(() => downloadModel(appStore, service, presetLabel ?? 'model'));

  const load = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file) work(() => loadModelFile(appStore, service, file).finally(() => (input.value = '')));
  };

  return (
    <div className="share__actions model-controls" role="group" aria-label={MODEL_TEXT.panelTitle}>
      <Button onClick={download} disabled={!hasRun || !ready || busy} title={hasRun ? MODEL_TEXT.hint : MODEL_TEXT.noModel}>
        {MODEL_TEXT.download}
      </Button>
      <label className="button button--secondary share__import" title={MODEL_TEXT.hint} aria-disabled={!ready || busy}>
        {MODEL_TEXT.load}
        <input className="visually-hidden" type="file" accept=".zip,application/zip" onChange={load} disabled={!ready || busy} />
      </label>
      <p className="panel-note">{MODEL_TEXT.hint}</p>
    </div>
  );
}
