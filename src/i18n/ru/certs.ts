export const certs: Record<string, string> = {};
