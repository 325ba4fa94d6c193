/**
 * Bounds on what a file may hold, checked where it comes in so nothing past them reaches the
 * layout or the drawing. docs/data-format.md states them to users.
 */

/**
 * The largest |x| or |y| a file may give a node, in layout units (a network laid out here spans a
 * few thousand). Far enough for any drawing tool's coordinates; near enough that every position,
 * zoomed in as far as the app goes, stays a small exact number of pixels.
 */
export const MAX_COORDINATE = 1_000_000;

/**
 * The most characters of a label, an alias or a query that search reads. Names are short; a file
 * may hold a label of a hundred million characters, which would take seconds to fold per keystroke.
 */
export const SEARCHED_MAX = 1000;
