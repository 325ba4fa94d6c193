import type { Attachment } from 'svelte/attachments';
import { watch } from './popover-watch';

/**
 * What every popover, menu and dialog of the page does while open: Escape and a press outside it
 * close it, and focus goes back to the control that opened it, so a keyboard user is never left at
 * the top of the page. Attach it to the element that holds both the opener and the panel (or to
 * the dialog), re-made whenever `open` changes:
 *
 *   <details bind:open {@attach popover(open, () => (open = false))}>
 *
 * The opener is `opener()` if given, else whatever held focus when the popover opened.
 */
export function popover(
	open: boolean,
	close: () => void,
	opener: () => HTMLElement | null | undefined = () => null
): Attachment<HTMLElement> {
	return (element) => {
		if (!open) return;
		const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
		return watch(element, close, opener, focused);
	};
}
