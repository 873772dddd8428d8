import type { DragEvent } from 'react';
import { LAYER_CATALOGUE } from '../../../core/network/catalogue';
import type { LayerType } from '../../../core/network/types';
import { addButtonName, LAYER_DRAG_TYPE, PALETTE_GROUPS } from './palette';

interface LayerPaletteProps {
  /** Adds the layer after the selected one (or before the output). */
  onAdd: (type: LayerType) => void;
}

function startDrag(event: DragEvent<HTMLButtonElement>, type: LayerType): void {
  event.dataTransfer.setData(LAYER_DRAG_TYPE, type);
  event.dataTransfer.effectAllowed = 'copy';
}

/** Every layer type as a button: click to add it after the selected layer, or drag it onto
 * the canvas to place it unwired. */
export function LayerPalette({ onAdd }: LayerPaletteProps) {
  return (
    <div className="palette" role="group" aria-labelledby="palette-title">
      <h3 id="palette-title" className="visually-hidden">
        Add a layer
      </h3>
      {PALETTE_GROUPS.map((group) => (
        <div key={group.title} className="palette__group">
          <h4 className="palette__group-title">{group.title}</h4>
          <ul className="palette__list">
            {group.types.map((type) => (
              <li key={type}>
                <button
                  type="button"
                  className="palette__item"
                  draggable
                  aria-label={addButtonName(type)}
                  title={`${LAYER_CATALOGUE[type].description} Click to insert after the selected layer; drag to place anywhere.`}
                  onDragStart={(event) => startDrag(event, type)}
                  onClick={() => onAdd(type)}
                >
                  <span className="palette__plus" aria-hidden="true">
                    +
                  </span>
                  {LAYER_CATALOGUE[type].label}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
