import type { Confidence } from '../model/types';

/** The legend's words for each level, with the sample's dash at a legend's line width. */
export const CONFIDENCE_KEY: Readonly<Record<Confidence, string>> = {
	stated: 'Stated by the source',
	reported: 'Reported: relayed or hedged by the source',
	inferred: 'Inferred by the dataset’s author'
};

/** One word per level, for tables, path steps and accessible names. */
export const CONFIDENCE_WORD: Readonly<Record<Confidence, string>> = {
	stated: 'stated',
	reported: 'reported',
	inferred: 'inferred'
};

/** The legend's words for a reported or inferred node's dashed ring. */
export const ringKey = (level: Confidence): string => `Ring: node ${CONFIDENCE_WORD[level]}`;

/** The legend's words for the dot that marks an inferred group membership. */
export const MEMBERSHIP_KEY = 'Hollow dot: group inferred';
