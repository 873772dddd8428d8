import { FieldTagMark } from '../../components/FieldTag';
import { APPLIES_TAGS } from './settingTags';

/** What the marks beside the settings mean. */
export function AppliesLegend() {
  return (
    <p className="settings__legend">
      <span className="settings__legend-item">
        <FieldTagMark tag={APPLIES_TAGS.live} plain /> takes effect at the next batch, also during a run.
      </span>
      <span className="settings__legend-item">
        <FieldTagMark tag={APPLIES_TAGS['new-run']} plain /> ends a running or paused run (it stays under Runs); Train then starts a new one.
      </span>
    </p>
  );
}
