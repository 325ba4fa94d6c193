/**
 * Orders strings by UTF-16 code units: the same on every machine, unlike localeCompare, whose
 * order follows the user's locale (in Azerbaijani, q sorts after k). Anything that decides numbering,
 * colours or which labels show must use this, so links and exports are reproducible.
 */
export function byCodeUnit(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
