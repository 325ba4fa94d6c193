export * from './types.ts';
export { loadDataset, type LoadOptions, type LoadResult } from './load.ts';
export { DatasetError, formatIssue, type DatasetIssue } from './issues.ts';
export { indexGraph, type GraphIndex } from './graph-index.ts';
export { formatPeriod, formatCitation, formatEventDate, CONFIDENCE_TEXT } from './format.ts';
export { parseJson, lineColumn } from './parse-json.ts';
export {
	gradeOf,
	describeGrade,
	meetsGrade,
	relayChain,
	consultedSources,
	RELIABILITY_TEXT,
	CREDIBILITY_TEXT,
	type GradeFloor,
	type RelayLink
} from './grades.ts';
export {
	relationOf,
	relationLabel,
	relationInverse,
	relationIndex,
	deriveRelations
} from './relations.ts';
export { yearOf } from './dates.ts';
