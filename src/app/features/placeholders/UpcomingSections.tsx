import { Panel } from '../../components/Panel';
import './upcoming.css';

/** Parts of the playground still being built; their places are kept in the layout. */
const UPCOMING = [
  { title: 'Layer builder', text: 'Add, remove and wire layers on a canvas.' },
  { title: 'Formulas', text: 'The chosen loss and optimizer, written out with their values.' },
  { title: 'Predictions', text: 'Test images with what the network thinks they are.' },
  { title: 'Confusion matrix', text: 'Which digits get mistaken for which.' },
  { title: 'Your own digit', text: 'Draw a digit and see the prediction live.' },
] as const;

export function UpcomingSections() {
  return (
    <div className="upcoming">
      {UPCOMING.map((section) => (
        <Panel key={section.title} title={section.title} className="upcoming__panel" aside="Coming soon">
          <p className="upcoming__text">{section.text}</p>
        </Panel>
      ))}
    </div>
  );
}
