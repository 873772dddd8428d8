import './fieldTag.css';

/** A short, calm mark beside a field's label, with a longer description for tooltips and screen readers. */
export interface FieldTag {
  /** The visible text, one or two words. */
  text: string;
  /** What it means, read as the field's description and shown as its tooltip. */
  description: string;
  /** Colour variant (a CSS modifier). */
  tone: string;
}

/**
 * The tag beside a field: its short text is for the eye, its description (id
 * `id`) for the field's aria-describedby. In running text (a legend), `plain`
 * shows only the text, which is then read as it stands.
 */
export function FieldTagMark({ tag, id, plain = false }: { tag: FieldTag; id?: string; plain?: boolean }) {
  if (plain) return <span className={`field-tag field-tag--${tag.tone}`}>{tag.text}</span>;
  return (
    <span className={`field-tag field-tag--${tag.tone}`} title={tag.description}>
      <span aria-hidden="true">{tag.text}</span>
      <span id={id} className="visually-hidden">{tag.description}</span>
    </span>
  );
}

/** A field's label, with its tag beside it when it has one. */
export function FieldHead({ htmlFor, label, tag, tagId }: { htmlFor: string; label: string; tag?: FieldTag; tagId: string }) {
  return (
    <div className="field__head">
      <label className="field__label" htmlFor={htmlFor}>
        {label}
      </label>
      {tag ? <FieldTagMark tag={tag} id={tagId} /> : null}
    </div>
  );
}

/** The ids a field's aria-describedby lists (undefined when none). */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}
