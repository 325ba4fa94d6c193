/**
 * A seeded linear congruential generator (the constants of Numerical Recipes), so that the jiggle
 * d3-force adds to coincident nodes, and the order in which Louvain visits nodes, are the same on
 * every run.
 */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(1664525, state) + 1013904223) >>> 0;
		return state / 4294967296;
	};
}
