/**
 * The PIN typed for `token --login`, handed once from the command to token.login.
 * It is asked before the checks start because the progress spinner owns the terminal
 * (and swallows keystrokes) while they run. It lives only in memory, is taken exactly
 * once, and is dropped when the run ends whether or not the login check used it.
 */
let pending: string | undefined;

export function handOverPin(pin: string): void {
  pending = pin;
}

export function takePin(): string | undefined {
  const pin = pending;
  pending = undefined;
  return pin;
}
