// Everything the canvas renderer needs, in one chunk loaded only for large networks.
export {
	batchEdges,
	batchNodes,
	drawScene,
	PictureCache,
	prepareSprites,
	styleTable
} from './canvas-draw';
export { pickLabelCandidates } from './lod';
export { nearestEdge, SpatialGrid } from './spatial-grid';
