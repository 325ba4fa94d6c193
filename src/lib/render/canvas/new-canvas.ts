/** Makes a canvas of a given size: off-screen ones for the renderer's own scratch work. */
export type CanvasFactory = (width: number, height: number) => HTMLCanvasElement;

/** A canvas from the page's document; tests, which have none, pass a factory of their own. */
export const newCanvas: CanvasFactory = (width, height) => {
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	return canvas;
};
