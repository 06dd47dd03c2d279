export const token: Record<string, string> = {};
