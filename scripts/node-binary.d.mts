/** Types of scripts/node-binary.mjs for the TypeScript tests. */
export declare const NODE_CACHE: string;
export declare function ensureNodeBinary(os: "win" | "linux", version: string): string;
export declare function ensurePackageFile(name: string, version: string, fileInPackage: string): string;
