import { useTranslation } from 'react-i18next';
import { layerText } from '../../i18n/catalogueText';
import type { DragEvent } from 'react';
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
  const { t } = useTranslation('builder');
  return (
    <div className="palette" role="group" aria-labelledby="palette-title">
      <h3 id="palette-title" className="visually-hidden">
        {t('palette.heading')}
      </h3>
      {PALETTE_GROUPS.map((group) => (
        <div key={group.id} className="palette__group">
          <h4 className="palette__group-title">{t(`palette.groups.${group.id}`)}</h4>
          <ul className="palette__list">
            {group.types.map((type) => (
              <li key={type}>
                <button
                  type="button"
                  className="palette__item"
                  draggable
                  aria-label={addButtonName(type)}
                  title={t('palette.itemTitle', { description: layerText(type).description })}
                  onDragStart={(event) => startDrag(event, type)}
                  onClick={() => onAdd(type)}
                >
                  <span className="palette__plus" aria-hidden="true">
                    +
                  </span>
                  {layerText(type).label}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
