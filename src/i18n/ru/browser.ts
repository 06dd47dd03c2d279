export const browser: Record<string, string> = {};
