export const explain: Record<string, string> = {};
