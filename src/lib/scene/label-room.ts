import type { LabelRoom } from '../layout/label-room';
import type { GraphNode } from '../model/types';
import { ASCENT, DESCENT, LABEL_GAP } from './labels';
import { LABEL } from './paint';
import { drawnLabel } from './text';
import { textWidth } from './text-width';

/**
 * The scale the bundled network's label room is sized for: about what a laptop's screen fits it at
 * (0.5 to 0.7 at 1280×720 to 1440×900). Each label's box is a little wider than its text, as the
 * screen's placement wants space to turn labels aside. Both were chosen by measuring the labels
 * the screen places at 1280×720 and 1440×900 (tests/unit/routes/bundled-page.test.ts).
 */
const ROOM_SCALE = 0.85;
const ROOM_WIDTH = 1.15;

/** Room for each node's label in layout units (layout/label-room.ts), as the screen draws labels at ROOM_SCALE. */
export function labelRoom(nodes: readonly GraphNode[]): LabelRoom {
	const px = 1 / ROOM_SCALE;
	return {
		halfWidth: Float64Array.from(
			nodes,
			(n) => ((ROOM_WIDTH * textWidth(drawnLabel(n.label), LABEL.size)) / 2 + LABEL_GAP / 2) * px
		),
		below: ((ASCENT + DESCENT) * LABEL.size + LABEL_GAP) * px
	};
}
