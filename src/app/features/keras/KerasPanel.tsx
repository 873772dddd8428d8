import { useTranslation } from 'react-i18next';
import { useId, useState } from 'react';
import type { KerasImportError } from '../../../core/keras/errors';
import { Button } from '../../components/Button';
import { useAppStoreApi } from '../../store/appStore';
import { downloadText } from './downloadText';
import { exportKerasCommand, importKerasCommand } from './kerasCommands';
import { KERAS_TEXT, describeKerasError, importedNotice } from './kerasText';
import './keras.css';

/** Keras code out (a download, also shown read-only to copy) and in (a textbox whose import
 * replaces the network; Undo brings the old one back). A bad import shows an alert and changes nothing. */
export function KerasPanel() {
  useTranslation();
  const codeId = useId();
  const [exported, setExported] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<KerasImportError[] | null>(null);
  const [notice, setNotice] = useState('');
  const appStore = useAppStoreApi();

  const exportCode = () => {
    const { fileName, script } = exportKerasCommand(appStore);
    downloadText(fileName, script, 'text/x-python');
    setExported(script);
  };

  const copyCode = async () => {
    if (exported === null) return;
    try {
      await navigator.clipboard.writeText(exported);
      setNotice(KERAS_TEXT.copied);
    } catch {
      setNotice(KERAS_TEXT.copyFailed);
    }
  };

  const importCode = () => {
    if (code.trim() === '') {
      setErrors(null);
      setNotice(KERAS_TEXT.empty);
      return;
    }
    const outcome = importKerasCommand(appStore, code);
    if (outcome.kind === 'failed') {
      setErrors(outcome.errors);
      setNotice('');
    } else {
      setErrors(null);
      setNotice(importedNotice(outcome.layers, outcome.parameters, outcome.problems));
    }
  };

  return (
    <section className="keras" aria-labelledby={`${codeId}-title`}>
      <h3 id={`${codeId}-title`} className="builder__subheading">
        {KERAS_TEXT.heading}
      </h3>
      <p className="keras__intro">{KERAS_TEXT.intro}</p>
      <div className="keras__columns">
        <div className="keras__column">
          <div className="keras__actions">
            <Button onClick={exportCode} title={KERAS_TEXT.exportHelp}>
              {KERAS_TEXT.exportButton}
            </Button>
            {exported !== null ? (
              <Button variant="quiet" onClick={copyCode}>
                {KERAS_TEXT.copyButton}
              </Button>
            ) : null}
          </div>
          {exported !== null ? (
            <pre className="keras__code" role="region" tabIndex={0} aria-label={KERAS_TEXT.exportedLabel}>
              {exported}
            </pre>
          ) : (
            <p className="keras__help">{KERAS_TEXT.exportHelp}</p>
          )}
        </div>
        <div className="keras__column">
          <label htmlFor={codeId} className="keras__label">
            {KERAS_TEXT.textboxLabel}
          </label>
          <textarea
            id={codeId}
            className="keras__input"
            value={code}
            onChange={(event) => setCode(event.target.value)}
            placeholder={KERAS_TEXT.placeholder}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            rows={8}
          />
          <div className="keras__actions">
            <Button onClick={importCode}>{KERAS_TEXT.importButton}</Button>
          </div>
          {errors !== null ? (
            <div role="alert" className="message message--error keras__alert">
              <p className="message__title">{KERAS_TEXT.errorTitle}</p>
              <ul className="message__list">
                {errors.map((error, index) => (
                  <li key={index}>{describeKerasError(error)}</li>
                ))}
              </ul>
              <p className="message__action">{KERAS_TEXT.errorAction}</p>
            </div>
          ) : null}
          <p role="status" className="keras__status">
            {notice}
          </p>
        </div>
      </div>
    </section>
  );
}
