/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
export { evaluateJsonPath, JsonPathSyntaxError } from './jsonPath';
export { bestSelectorMatch, matchSelector } from './bestSelectorMatch';
export {
  blueprintSelector,
  selectDelivery,
  selectSupplyChain,
} from './selectBlueprint';
export type { SelectionCandidate, SelectionResult } from './selectBlueprint';
export { candidateScoreText } from './candidateScore';
export { selectTemplateOption } from './selectTemplateOption';
export type { TemplateOptionSelection } from './selectTemplateOption';
export { requiredLabelsForBlueprint } from './requiredLabels';
export type { RequiredLabels } from './requiredLabels';
export type {
  BestMatchResult,
  SelectorMatch,
  SelectorTermResult,
} from './types';
export { labelsMatch, parseLabelSelector } from './labelSelectorString';
