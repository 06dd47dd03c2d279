import { Chalk, supportsColor, type ChalkInstance } from "chalk";

/**
 * Colour is used only on a terminal and never in --json. NO_COLOR (any non-empty
 * value, per no-color.org) and --no-color turn it off; FORCE_COLOR forces a level.
 */
export function colorLevel(opts: { json: boolean; noColor: boolean; isTTY: boolean; env: NodeJS.ProcessEnv }): 0 | 1 | 2 | 3 {
  if (opts.json || opts.noColor) return 0;
  if (opts.env.NO_COLOR) return 0;
  const force = opts.env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === "0" || force === "false") return 0;
    const n = Number.parseInt(force, 10);
    return n >= 1 && n <= 3 ? (n as 1 | 2 | 3) : 1;
  }
  if (!opts.isTTY) return 0;
  return supportsColor ? (supportsColor.level as 0 | 1 | 2 | 3) || 1 : 1;
}

export function makeChalk(level: 0 | 1 | 2 | 3): ChalkInstance {
  return new Chalk({ level });
}
