// The reference page loads d3's UMD builds with <script> tags; they fill one global `d3`.
// These are the parts it uses, typed from the packages' own type definitions.
import type * as drag from 'd3-drag';
import type * as force from 'd3-force';
import type * as selection from 'd3-selection';
import type * as zoom from 'd3-zoom';

declare global {
	const d3: typeof force & typeof selection & typeof drag & typeof zoom;
}

export {};
