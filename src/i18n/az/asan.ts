export const asan: Record<string, string> = {};
