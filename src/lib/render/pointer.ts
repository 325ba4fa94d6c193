/** Where a pointer event falls within `element`, in pixels from its top left corner. */
export function pointerIn(
	element: Element,
	event: { clientX: number; clientY: number }
): { x: number; y: number } {
	const box = element.getBoundingClientRect();
	return { x: event.clientX - box.left, y: event.clientY - box.top };
}

/** Pixels a tap or click may miss a node by: a fingertip's 12 (a 24 px target at least), a mouse's 3. */
export function hitSlop(): number {
	return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches ? 12 : 3;
}
