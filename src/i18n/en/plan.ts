export const plan: Record<string, string> = {};
