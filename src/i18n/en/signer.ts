export const signer: Record<string, string> = {};
