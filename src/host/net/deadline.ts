/**
 * One deadline for one network step: fires on the timer or when the caller's signal
 * aborts (the check's budget ran out), whichever comes first, and always cleans up.
 */
export interface Deadline {
  /** Called once when the deadline passes or the caller aborts. */
  onExpire(fn: (reason: "timeout" | "aborted") => void): void;
  clear(): void;
}

export function startDeadline(timeoutMs: number, signal?: AbortSignal): Deadline {
  let fired = false;
  const listeners: Array<(r: "timeout" | "aborted") => void> = [];
  const fire = (r: "timeout" | "aborted") => {
    if (fired) return;
    fired = true;
    clear();
    for (const l of listeners) l(r);
  };
  // When the timer fires late because the event loop was busy (other checks run in the
  // same process), an answer may already be waiting in the poll phase, which runs after
  // timers: one setImmediate lets it be seen first, so a stalled loop does not turn a
  // ready "connection refused" into a "timeout".
  const timer = setTimeout(() => setImmediate(() => fire("timeout")), Math.max(1, timeoutMs));
  const onAbort = () => fire("aborted");
  signal?.addEventListener("abort", onAbort, { once: true });
  function clear(): void {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
  if (signal?.aborted) queueMicrotask(() => fire("aborted"));
  return {
    onExpire(fn) {
      listeners.push(fn);
    },
    clear,
  };
}
