export * from './types';
export { loadDataset, type LoadOptions, type LoadResult } from './load';
export { DatasetError, formatIssue, type DatasetIssue } from './issues';
export { indexGraph, type GraphIndex } from './graph-index';
export { formatPeriod, formatCitation, formatEventDate, CONFIDENCE_TEXT } from './format';
