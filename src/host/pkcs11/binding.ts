/**
 * Which binding reads the module: pkcs11js where it loads (it is built at install
 * time where build tools exist), otherwise koffi (prebuilt, no compiler). The
 * environment variable GUZESTLI_PKCS11_BINDING=pkcs11js|koffi forces one, so tests
 * (and a helper chasing a driver problem) can compare both on the same module.
 */
import { BINDING_NAMES, type BindingName, type Cryptoki } from "./cryptoki.js";
import { KoffiCryptoki } from "./koffi-binding.js";
import { Pkcs11jsCryptoki } from "./pkcs11js-binding.js";

export const BINDING_ENV = "GUZESTLI_PKCS11_BINDING";

const MAKERS: Record<BindingName, () => Cryptoki> = {
  pkcs11js: () => new Pkcs11jsCryptoki(),
  koffi: () => new KoffiCryptoki(),
};

/**
 * A single executable (src/sea/entry.ts) carries koffi's native part itself and no
 * pkcs11js: it loads koffi its own way, and pkcs11js is never looked for (a
 * node_modules folder near the executable must not be loaded into it).
 */
export function useOnlyKoffi(load: () => KoffiCryptoki): void {
  MAKERS.pkcs11js = () => {
    throw new Error("pkcs11js is not part of this executable");
  };
  MAKERS.koffi = load;
}

/** The first binding that loads; throws with every binding's reason when none does. */
export function loadCryptoki(env: NodeJS.ProcessEnv): Cryptoki {
  const forced = env[BINDING_ENV]?.trim();
  if (forced && !(BINDING_NAMES as readonly string[]).includes(forced)) {
    throw new Error(`${BINDING_ENV}=${forced}: not one of ${BINDING_NAMES.join(", ")}`);
  }
  const order: readonly BindingName[] = forced ? [forced as BindingName] : BINDING_NAMES;
  const reasons: string[] = [];
  for (const name of order) {
    try {
      return MAKERS[name]();
    } catch (e) {
      reasons.push(`${name}: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}`);
    }
  }
  throw new Error(reasons.join("; "));
}
