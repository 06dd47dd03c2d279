/**
 * Maps items concurrently, a batch at a time, the answers in the items' order.
 *
 * For file reads: one after the other, each read waits for a turn of an event loop that
 * the other checks keep busy (a few dozen small files made a check the slowest of a
 * run); all at once, a desktop with thousands of entries would flood the loop and the
 * file thread pool that every other check's deadline depends on.
 */
export async function inBatches<T, R>(items: readonly T[], fn: (item: T) => Promise<R>, batch = 64): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += batch) out.push(...(await Promise.all(items.slice(i, i + batch).map(fn))));
  return out;
}
