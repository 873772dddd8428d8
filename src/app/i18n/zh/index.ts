// Every Chinese namespace, typed from the English ones so a missing key fails to compile.
import type { en } from '../en';
import { common } from './common';

/** The Chinese resources, one namespace per feature, with the same keys as English. */
export const zh: typeof en = { common };
