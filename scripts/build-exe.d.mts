/** Types of scripts/build-exe.mjs for the TypeScript tests. */
export declare const EXE_NODE_VERSION: string;
export declare const RELEASE_DIR: string;
export declare const TARGETS: Record<"win" | "linux", { file: (version: string) => string; koffi: () => string }>;
export declare function buildExecutables(targets?: Array<"win" | "linux">, outDir?: string): Promise<string[]>;
