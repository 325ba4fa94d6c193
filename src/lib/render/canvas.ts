// Everything the canvas renderer needs, in one chunk loaded only for large networks.
export { batchEdges, batchNodes, styleTable } from './canvas/batches';
export { canvasPointer, nearestOf } from './canvas-pointer';
export { drawFrame } from './canvas/draw';
export { prepareSprites } from './canvas/draw-nodes';
export type { CanvasFrame } from './canvas/frame';
export { PictureCache } from './canvas/picture-cache';
export { drawRelationLabels, RelationLabelCache } from './canvas/relation-labels';
export type { CanvasRelations } from './canvas/relation-labels';
export { SpriteAtlas } from './canvas/sprite-atlas';
export { pickLabelCandidates } from './lod';
export { nearestEdge, SpatialGrid } from './spatial-grid';
