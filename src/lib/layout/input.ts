export interface LayoutLink {
	source: number;
	target: number;
	weight?: number;
}

/** What the layout needs of a network: node indices with their sizes, and the links between them. */
export interface LayoutInput {
	/** Collision radius of each node, in layout units. */
	radii: ArrayLike<number>;
	links: LayoutLink[];
	/** Starting positions, where the data has them; the rest start on d3's phyllotaxis spiral. */
	initial?: ({ x: number; y: number } | undefined)[];
}
