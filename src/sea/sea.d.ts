/** node:sea (Node.js >= 20.12), which @types/node 20 does not describe. */
declare module "node:sea" {
  export function isSea(): boolean;
  export function getAsset(key: string): ArrayBuffer;
  export function getAsset(key: string, encoding: string): string;
  export function getRawAsset(key: string): ArrayBuffer;
}
