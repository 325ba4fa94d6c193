import { on } from 'svelte/events';

/**
 * While a popover is open (see popover.ts): Escape and a press outside it close it, and focus goes
 * back to its opener. Returns what stops watching.
 */
export function watch(
	element: HTMLElement,
	close: () => void,
	opener: () => HTMLElement | null | undefined,
	focusedAtOpen: HTMLElement | null
): () => void {
	const back = () => {
		const to = opener() ?? focusedAtOpen;
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
