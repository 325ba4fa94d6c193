// Its home is now ../model/random; kept for importers outside the layout that still name this path.
export { seededRandom } from '../model/random';
