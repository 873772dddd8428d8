// Every Chinese namespace, typed from the English ones so a missing key fails to compile.
import type { en } from '../en';
import { builder, network } from './builder';
import { catalogue } from './catalogue';
import { common } from './common';
import { controls } from './controls';
import { documentErrors } from './documentErrors';
import { faults } from './faults';
import { issues } from './issues';
import { drawing, inspect, offline, runs } from './more';
import { keras, kerasText } from './keras';
import { persist } from './persist';
import { settings } from './settings';
import { stepThrough } from './stepThrough';
import { share, shareHints, shareLabels } from './share';
import { training } from './training';
import { workspace } from './workspace';
import { charts, evaluation, formulas, predictions } from './views';

/** The Chinese resources, one namespace per feature, with the same keys as English. */
export const zh: typeof en = { common, issues, documentErrors, catalogue, settings, controls, training, faults, builder, network, charts, formulas, predictions, evaluation, share, shareLabels, shareHints, keras, kerasText, drawing, runs, offline, inspect, stepThrough, workspace, persist };
