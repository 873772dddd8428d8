// Every English namespace. English is the reference: the Chinese resources are typed from it.
import { common } from './common';

/** The English resources, one namespace per feature. */
export const en = { common };
