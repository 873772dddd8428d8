// Every English namespace. English is the reference: the Chinese resources are typed from it.
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

/** The English resources, one namespace per feature. */
export const en = { common, issues, documentErrors, catalogue, settings, controls, training, faults, builder, network, charts, formulas, predictions, evaluation, share, shareLabels, shareHints, keras, kerasText, drawing, runs, offline, inspect, stepThrough, workspace, persist };
