// The two Admiralty scales on their own, so a module the types depend on (the story) can use them
// without an import cycle through types.ts.

/** Source reliability, Admiralty / NATO: A completely reliable … E unreliable, F cannot be judged. */
export const RELIABILITIES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Reliability = (typeof RELIABILITIES)[number];

/** Credibility of one piece of information: 1 confirmed … 5 improbable, 6 cannot be judged. */
export const CREDIBILITIES = [1, 2, 3, 4, 5, 6] as const;
export type Credibility = (typeof CREDIBILITIES)[number];

/** A floor for a grade filter: keep what is at least this reliable and this credible. */
export interface GradeFloor {
	reliability?: Reliability;
	credibility?: Credibility;
}
