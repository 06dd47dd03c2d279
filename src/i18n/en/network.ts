export const network: Record<string, string> = {};
