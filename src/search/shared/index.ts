// Search, shared side: runs in the browser and at build time alike (no DOM, no Node). What other
// folders may import of it (docs/architecture.md, "Search").
export * from './urls';
export * from './hooks';
export * from './instant-file';
export * from './limits';
export { createInstantEngine, eagerArticles, type InstantEngine, type IndexWork, type Suggestion } from './engine';
export { analyse, rewrite, fullTextWords, storyWeight, type QueryAnalysis, type FullTextWords } from './query';
export { answerOf, isConfident, answeredMatch, type Answer, type AnswerFacts, type TopFacts } from './honest';
export { situationMatcher, lineText, type CompiledSituations, type LinePart, type SituationMatch } from './situations';
export { searchWithFallback, fallbackStages, mergeRanked, type RankedResult, type MatchMode } from './fallback';
export { genericWords, sectionCues, urgentCues } from './intents';
export { english, type QueryLanguage } from './english';
export { editionOffer, hanShare, isLatinOnly } from './edition';
