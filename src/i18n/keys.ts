import type { en } from "./en/index.js";

/**
 * Every message key: the keys of the English catalogue. A `Msg` with a key that is not
 * there does not compile, and the Azerbaijani and Russian parts are typed `SameKeys` of
 * their English part, so a key missing or extra in either is a compile error too.
 */
export type MessageKey = keyof typeof en;

/** A catalogue part with exactly the keys of the English part `T` (an object literal with another key does not compile). */
export type SameKeys<T> = { readonly [K in keyof T]: string };

/**
 * The ends of the keys that start with `P`: `KeysUnder<"status.">` is "pass" | "warn" | …,
 * so that `` `status.${s}` `` with such an `s` is a key the compiler knows.
 */
export type KeysUnder<P extends string> = MessageKey extends infer K ? (K extends `${P}${infer Rest}` ? Rest : never) : never;
