import { EDGE_KEYS, NODE_KEYS } from '../model/load';
import { CONFIDENCES } from '../model/types';

export { EDGE_KEYS, NODE_KEYS };

/**
 * The key under which a file's own column or attribute is kept. One named like a field of our format
 * that the importer did not read as that field (a Gephi column "period" holding text, an igraph
 * attribute "id") would otherwise be taken for the field and fail its checks, or replace the id:
 * it is kept as "period (file)" instead, shown in the side panel like any other attribute.
 */
export function attributeKey(name: string, fields: readonly string[]): string {
	return fields.includes(name) ? `${name} (file)` : name;
}

/** A value worth keeping in a field: not missing and not only spaces. */
export function present(value: unknown): boolean {
	return value !== undefined && value !== null && String(value).trim() !== '';
}

/**
 * Sets `obj[key] = value` as a plain property, even for a key such as "__proto__", which an
 * assignment would take as the object's prototype (and so lose the file's attribute).
 */
export function keep(obj: Record<string, unknown>, key: string, value: unknown): void {
	Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Whether a file's "confidence" value is ours (stated or inferred). Other tools use the name for
 * other things (a probability, "high"): such a value is kept as an attribute, not refused.
 */
export function isConfidence(value: unknown): boolean {
	return (CONFIDENCES as readonly unknown[]).includes(value);
}
