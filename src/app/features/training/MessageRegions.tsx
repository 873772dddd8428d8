import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { IssueText } from '../builder/IssueList';
import { useAppStore } from '../../store/appStore';
import { describeRunBlocker } from '../../store/runBlockers';
import { selectTestAccuracy } from '../../store/selectors';
import { describeAlert } from './describeAlert';
import { describeNotice } from './describeNotice';
import { useRunBlockers } from './useRunBlockers';
import './messages.css';

/**
 * The page's one role="alert" region: problems that stop training, and errors
 * from the worker. It stays in the page when empty so screen readers hear what
 * appears in it.
 */
export function AlertRegion() {
  const graph = useAppStore((state) => state.graph);
  const alerts = useAppStore((state) => state.alerts);
  const dismissAlert = useAppStore((state) => state.dismissAlert);
  const blockers = useRunBlockers();
  const { t } = useTranslation('training');

  return (
    <div role="alert" className="alert-region">
      {blockers.length > 0 ? (
        <div className="message message--error">
          <p className="message__title">{t('blocked')}</p>
          <ul className="message__list">
            {blockers.map((blocker, index) => (
              <li key={index}>
                {blocker.kind === 'network' ? <IssueText issue={blocker.issue} /> : describeRunBlocker(blocker, graph)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {alerts.map((alert) => {
        const text = describeAlert(alert);
        return (
          <div key={alert.id} className="message message--error">
            <div className="message__body">
              <p className="message__title">{text.title}</p>
              <p>{text.detail}</p>
              <p className="message__action">{text.action}</p>
            </div>
            <Button variant="quiet" onClick={() => dismissAlert(alert.id)} aria-label={t('dismissLabel', { title: text.title })}>
              {t('dismiss')}
            </Button>
          </div>
        );
      })}
    </div>
  );
}

/** The page's one role="status" region: calm news such as the backend in use or a finished run. */
export function StatusRegion() {
  const notices = useAppStore((state) => state.notices);
  const testAccuracy = useAppStore(selectTestAccuracy);
  useTranslation();
  return (
    <div role="status" className="status-region">
      {notices.map((notice) => (
        <p key={notice.kind} className={`message message--${notice.kind === 'run-finished' ? 'success' : 'info'}`}>
          {describeNotice(notice, { testAccuracy })}
        </p>
      ))}
    </div>
  );
}
