// The resources of every language, for i18next and for the key tests.
import type { Language } from './languages';
import { en } from './en';
import { zh } from './zh';

/** Words of every language, by language and namespace. */
export const RESOURCES: Record<Language, typeof en> = { en, zh };

/** The namespace i18next uses when a key names none. */
export const DEFAULT_NAMESPACE = 'common';

/** Every namespace, in the order of the English resources. */
export const NAMESPACES = Object.keys(en) as (keyof typeof en)[];
