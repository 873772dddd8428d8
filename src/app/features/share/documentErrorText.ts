// Why a document was refused, in words: core/document reports codes and parameters.
import type { DocumentError } from '../../../core/document/errors';
import type { documentErrors } from '../../i18n/en/documentErrors';
import { t } from '../../i18n/i18n';
import { formatParams } from '../builder/issueText';

type Kind = keyof typeof documentErrors.kinds;

/** A kind of value core names ('a number', 'text'), in the page's language; other values as they are. */
function kind(value: string | number | undefined): string {
  const text = String(value ?? '?');
  return t(`documentErrors:kinds.${text as Kind}`, { defaultValue: text });
}

/** One clause naming the problem, e.g. `graph.nodes[2].params.units should be a number, not text`. */
export function describeDocumentError(error: DocumentError): string {
  const at = error.path ?? t('documentErrors:theDocument');
  if (error.code === 'not-a-document' && error.path !== undefined) {
    const found = String(error.params.found ?? '?');
    return found === 'no format' ? t('documentErrors:noFormat') : t('documentErrors:otherFormat', { found: kind(found) });
  }
  const params = { ...formatParams(error.params), at, found: kind(error.params.found), expected: kind(error.params.expected), received: kind(error.params.received) };
  return t(`documentErrors:codes.${error.code}` as const, params);
}
