import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { MAX_NAME_LENGTH } from '../../../core/document/format';
import { findPreset } from '../../../core/network/presets';
import { Button } from '../../components/Button';
import type { NamedNetwork } from '../../services/savedWork';
import { useAppStore, useAppStoreApi } from '../../store/appStore';
import { SAVES_TEXT } from './persistText';
import { deleteSavedNetwork, loadSavedNetwork, saveNetworkAs, savedNetworks } from './savedNetworks';
import '../../components/field.css';
import './persist.css';

/** Saved networks: `Save as` + `Save` keep the network and its settings in this browser; each save has `Load <name>` and `Delete <name>`. */
export function SavedNetworks() {
  const fieldId = useId();
  const appStore = useAppStoreApi();
  const defaultName = useAppStore((state) => state.networkName || (state.presetId ? (findPreset(state.presetId)?.label ?? '') : ''));
  // What the person typed; until then the field shows the network's name.
  const [typed, setTyped] = useState<string | null>(null);
  const [saves, setSaves] = useState<NamedNetwork[] | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const name = (typed ?? defaultName).trim();

  const refresh = useCallback(() => savedNetworks().then(setSaves), []);
  useEffect(() => void refresh(), [refresh]);

  const work = (job: () => Promise<unknown>) => {
    setBusy(true);
    void job()
      .then(refresh)
      .finally(() => setBusy(false));
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (name) work(() => saveNetworkAs(appStore, name));
  };

  return (
    <section className="saved-networks" aria-label={SAVES_TEXT.group}>
      <h3 className="saved-networks__title">{SAVES_TEXT.group}</h3>
      <form className="saved-networks__form" onSubmit={save}>
        <label className="field__label" htmlFor={fieldId}>
          {SAVES_TEXT.saveAs}
        </label>
        <input
          id={fieldId}
          className="field__control"
          type="text"
          maxLength={MAX_NAME_LENGTH}
          autoComplete="off"
          value={typed ?? defaultName}
          title={SAVES_TEXT.hint}
          onChange={(event) => setTyped(event.target.value)}
        />
        <Button type="submit" disabled={!name || busy || saves === null} title={SAVES_TEXT.hint}>
          {SAVES_TEXT.save}
        </Button>
      </form>
      {saves === null ? <p className="panel-note">{SAVES_TEXT.unavailable}</p> : null}
      {saves?.length === 0 ? <p className="panel-note">{SAVES_TEXT.none}</p> : null}
      {saves && saves.length > 0 ? (
        <ul className="saved-networks__list" aria-label={SAVES_TEXT.list}>
          {saves.map((entry) => (
            <li key={entry.name} className="saved-networks__entry">
              <span className="saved-networks__name">{entry.name}</span>
              <span className="saved-networks__detail">{SAVES_TEXT.entry(entry.savedAt, entry.parameters, entry.layers)}</span>
              <Button disabled={busy} aria-label={SAVES_TEXT.load(entry.name)} onClick={() => work(() => loadSavedNetwork(appStore, entry))}>
                {SAVES_TEXT.loadShort}
              </Button>
              <Button
                variant="quiet"
                disabled={busy}
                aria-label={SAVES_TEXT.delete(entry.name)}
                onClick={() => work(() => deleteSavedNetwork(appStore, entry.name))}
              >
                {SAVES_TEXT.deleteShort}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
