import type { Attachment } from 'svelte/attachments';
import { on } from 'svelte/events';

/**
 * What every popover, menu and dialog of the page does while open: Escape and a press outside it
 * close it, and focus goes back to the control that opened it, so a keyboard user is never left at
 * the top of the page. Attach it to the element that holds both the opener and the panel (or to
 * the dialog), re-created whenever `open` changes:
 *
 *   <details bind:open {@attach popover(open, () => (open = false))}>
 *
 * The opener is `opener()` if given, else whatever held focus when the popover opened.
 */
export function popover(
	open: boolean,
	close: () => void,
	opener?: () => HTMLElement | null | undefined
): Attachment<HTMLElement> {
	return (element) => {
		if (!open) return;
		const focusedAtOpen =
			document.activeElement instanceof HTMLElement ? document.activeElement : null;
		const back = () => {
			const to = opener?.() ?? focusedAtOpen;
			if (to && to.isConnected && !(element instanceof HTMLDialogElement && element.contains(to)))
				to.focus({ preventScroll: true });
		};
		/** Focus that the press left nowhere (or inside the closed panel) goes back to the opener. */
		const backIfLost = () => {
			const now = document.activeElement;
			if (!now || now === document.body || element.contains(now)) back();
		};
		const offs = [
			on(document, 'keydown', (event) => {
				if (event.key !== 'Escape' || event.defaultPrevented) return;
				// Ours, not the page's "clear the selection" and not the dialog's own cancel.
				event.preventDefault();
				close();
				back();
			}),
			on(
				document,
				'pointerdown',
				(event) => {
					if (!isOutside(element, event)) return;
					close();
					// A mouse press moves focus right after this event, a tap only at its click; a press
					// that ends in no click (a drag) lets go of the wait at the next press.
					setTimeout(backIfLost, 0);
					const offClick = on(
						document,
						'click',
						() => {
							offClick();
							backIfLost();
						},
						{ capture: true }
					);
					setTimeout(() => {
						const offNext = on(
							document,
							'pointerdown',
							() => {
								offClick();
								offNext();
							},
							{ capture: true }
						);
					}, 0);
				},
				{ capture: true }
			)
		];
		return () => offs.forEach((off) => off());
	};
}

/**
 * Whether a press lands outside the popover. A modal dialog's backdrop belongs to the dialog
 * element, so there the point is checked against the dialog's box.
 */
function isOutside(element: HTMLElement, event: PointerEvent): boolean {
	const target = event.target as Node | null;
	if (element instanceof HTMLDialogElement && target === element) {
		const box = element.getBoundingClientRect();
		const { clientX: x, clientY: y } = event;
		return x < box.left || x > box.right || y < box.top || y > box.bottom;
	}
	return !(target && element.contains(target));
}
