/** Types of scripts/catalog-json.mjs for the tests. */
export function catalogPartAsJson(code: string, id: string): string;
export function catalogJson(): { name: string; transform(code: string, id: string): { code: string } | null };
