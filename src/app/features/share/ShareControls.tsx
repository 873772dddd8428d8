import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_NAME_LENGTH } from '../../../core/document/format';
import { presetText } from '../../i18n/catalogueText';
import { Button } from '../../components/Button';
import { useAppStore, useAppStoreApi } from '../../store/appStore';
import { linkTo } from './documentLinks';
import { loadCodec } from './loadCodec';
import { downloadText, importNetworkFile, networkFileName, networkFileText } from './networkFile';
import { currentDocument } from './openDocument';
import { SHARE_HINTS, SHARE_LABELS } from './shareText';
import '../../components/field.css';
import './share.css';

/** Puts text on the clipboard; false when the browser refuses (no permission, no clipboard API). */
async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Copy link, Export network, Import network and the network's name. Where copying is refused,
 * the link appears selected in a text field instead. */
export function ShareControls() {
  const nameId = useId();
  const appStore = useAppStoreApi();
  const networkName = useAppStore((state) => state.networkName);
  useTranslation();
  const presetLabel = useAppStore((state) => (state.presetId ? (presetText(state.presetId)?.label ?? null) : null));
  const setNetworkName = useAppStore((state) => state.setNetworkName);
  const reportNotice = useAppStore((state) => state.reportNotice);
  const [shownLink, setShownLink] = useState<string | null>(null);
  const linkField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    linkField.current?.focus();
    linkField.current?.select();
  }, [shownLink]);

  const copyLink = async () => {
    const link = await linkTo(currentDocument(appStore.getState()), window.location.href);
    const copied = await copyToClipboard(link);
    setShownLink(copied ? null : link);
    reportNotice({ kind: 'document', event: { type: copied ? 'link-copied' : 'link-shown' } });
  };

  const exportNetwork = () => {
    const document = currentDocument(appStore.getState());
    const fileName = networkFileName(document.name, presetLabel ?? 'network');
    downloadText(networkFileText(document), fileName);
    reportNotice({ kind: 'document', event: { type: 'exported', fileName } });
  };

  const importNetwork = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file) void importNetworkFile(appStore, file).finally(() => (input.value = ''));
  };

  return (
    <div
      className="share"
      role="group"
      aria-label={SHARE_LABELS.group}
      // Fetch the document codec as the pointer or focus comes near, so Copy link copies at once.
      onPointerEnter={() => void loadCodec()}
      onFocus={() => void loadCodec()}
    >
      <div className="share__row">
        <div className="share__name">
          <label className="field__label" htmlFor={nameId}>
            {SHARE_LABELS.networkName}
          </label>
          <input
            id={nameId}
            className="field__control"
            type="text"
            maxLength={MAX_NAME_LENGTH}
            autoComplete="off"
            value={networkName}
            placeholder={presetLabel ?? SHARE_LABELS.untitled}
            title={SHARE_HINTS.networkName}
            onChange={(event) => setNetworkName(event.target.value)}
          />
        </div>
        <div className="share__actions">
          <Button onClick={() => void copyLink()} title={SHARE_HINTS.copyLink}>
            {SHARE_LABELS.copyLink}
          </Button>
          <Button onClick={exportNetwork} title={SHARE_HINTS.exportNetwork}>
            {SHARE_LABELS.exportNetwork}
          </Button>
          <label className="button button--secondary share__import" title={SHARE_HINTS.importNetwork}>
            {SHARE_LABELS.importNetwork}
            <input className="visually-hidden" type="file" accept=".json,application/json" onChange={importNetwork} />
          </label>
        </div>
      </div>
      {shownLink !== null ? (
        <input
          ref={linkField}
          className="field__control share__link"
          type="text"
          readOnly
          aria-label={SHARE_LABELS.linkField}
          value={shownLink}
          onFocus={(event) => event.currentTarget.select()}
        />
      ) : null}
    </div>
  );
}
