import { createContext } from 'svelte';
import type { Emphasis } from '../clusters/style';
import type { Theme } from '../clusters/palette';
import type { Transform } from '../layout/bounds';

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;

/** What the user is looking at. One per page, handed down by context. */
export class ViewState {
	selection = $state<Selection>(null);
	/** Node under the mouse pointer. */
	hovered = $state<string | null>(null);
	/** Node holding keyboard focus. */
	focused = $state<string | null>(null);
	transform = $state.raw<Transform>({ x: 0, y: 0, k: 1 });
	theme = $state<Theme>('light');

	readonly selectedNode = $derived(this.selection?.kind === 'node' ? this.selection.id : null);
	readonly selectedEdge = $derived(this.selection?.kind === 'edge' ? this.selection.id : null);

	readonly emphasis: Emphasis = $derived({
		active: this.hovered ?? this.focused,
		selectedNode: this.selectedNode,
		selectedEdge: this.selectedEdge
	});

	selectNode(id: string): void {
		this.selection = { kind: 'node', id };
	}

	selectEdge(id: string): void {
		this.selection = { kind: 'edge', id };
	}

	clear(): void {
		this.selection = null;
	}
}

export const [getViewState, setViewState] = createContext<ViewState>();
