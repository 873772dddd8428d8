// The views below the run and its curves load as separate chunks, so the
// first screen (settings, controls, charts) paints before the graph editor,
// KaTeX and the learning views have been parsed.
import { lazy } from 'react';

export const NetworkBuilder = lazy(() => import('./features/builder/NetworkBuilder').then((m) => ({ default: m.NetworkBuilder })));
export const FormulasPanel = lazy(() => import('./features/formulas/FormulasPanel').then((m) => ({ default: m.FormulasPanel })));
export const PredictionGrid = lazy(() => import('./features/predictions/PredictionGrid').then((m) => ({ default: m.PredictionGrid })));
export const EvaluationPanel = lazy(() => import('./features/evaluation/EvaluationPanel').then((m) => ({ default: m.EvaluationPanel })));
export const DrawDigit = lazy(() => import('./features/drawing/DrawDigit').then((m) => ({ default: m.DrawDigit })));
export const LookInside = lazy(() => import('./features/inspect/LookInside').then((m) => ({ default: m.LookInside })));
export const StepThroughPanel = lazy(() => import('./features/stepThrough/StepThroughPanel').then((m) => ({ default: m.StepThroughPanel })));
