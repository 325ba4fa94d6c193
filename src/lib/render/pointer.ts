/** Where a pointer event falls within `element`, in pixels from its top left corner. */
export function pointerIn(
	element: Element,
	event: { clientX: number; clientY: number }
): { x: number; y: number } {
	const box = element.getBoundingClientRect();
	return { x: event.clientX - box.left, y: event.clientY - box.top };
}
