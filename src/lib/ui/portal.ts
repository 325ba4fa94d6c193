/**
 * An attachment that moves its element to the end of <body>: the story panel and the presenter
 * are opened from the toolbar, which folds away on a phone and hides while presenting.
 */
export function portal(node: HTMLElement): () => void {
	document.body.append(node);
	return () => node.remove();
}
