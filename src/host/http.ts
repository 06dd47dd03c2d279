import type { HttpHost, HttpRequest, HttpResponse } from "./host.js";
import { HttpTimeoutError, OfflineError } from "./host.js";
import { loadFetch } from "../core/lazy.js";

const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

/** HTTP through node-fetch with a hard deadline on the whole exchange, body included. */
export function createHttpHost(offline: boolean): HttpHost {
  return {
    offline,
    async request(url: string, req: HttpRequest): Promise<HttpResponse> {
      if (offline) throw new OfflineError(url);
      const fetch = await loadFetch();
      const controller = new AbortController();
      const onAbort = () => controller.abort();
      req.signal?.addEventListener("abort", onAbort, { once: true });
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, req.timeoutMs);
      try {
        const res = await fetch(url, {
          method: req.method ?? "GET",
          headers: req.headers,
          body: req.body,
          signal: controller.signal,
          redirect: "follow",
          follow: 5,
        });
        const max = req.maxBytes ?? DEFAULT_MAX_BYTES;
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const chunk of res.body ?? []) {
          const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as unknown as Uint8Array);
          size += b.length;
          if (size > max) {
            controller.abort();
            throw new Error(`response from ${url} is larger than ${max} bytes`);
          }
          chunks.push(b);
        }
        const headers: Record<string, string> = {};
        res.headers.forEach((v, k) => {
          headers[k] = v;
        });
        return { status: res.status, headers, body: Buffer.concat(chunks), url: res.url };
      } catch (e) {
        if (timedOut) throw new HttpTimeoutError(url, req.timeoutMs);
        throw e;
      } finally {
        clearTimeout(timer);
        req.signal?.removeEventListener("abort", onAbort);
      }
    },
  };
}
