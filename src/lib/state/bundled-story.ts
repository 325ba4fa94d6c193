// The bundled network's story, kept out of the first page: the page's data leaves it out, and this
// module (only the `story` key of the file, the rest shaken off) loads with the Story panel.
import { story } from '../../../data/azerbaijan-iran.json';

export const bundledStory: unknown = story;
