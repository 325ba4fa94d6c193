import { EDGE_KEYS, NODE_KEYS } from '../model/load';

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
