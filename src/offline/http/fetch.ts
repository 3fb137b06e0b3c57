import { handleRequest, type OfflineOptions } from "./handler";

/**
 * A `fetch` for the SDK's `fetch` option that answers from the offline model in this process.
 * The SDK still builds the request, parses SSE and raises its own error classes.
 */
export function createOfflineFetch(options: OfflineOptions = {}): typeof globalThis.fetch {
  return async (input, init) => {
    const response = await handleRequest(new Request(input, init), options);
    // Response.error() stands for a dropped connection (fault injection), as fetch reports it.
    if (response.type === "error")
      throw new TypeError("fetch failed", { cause: new Error("offline model: connection reset (fault injection)") });
    return response.body ? withNetworkErrors(response) : response;
  };
}

/**
 * A body that fails the way a broken connection fails under Node's fetch (TypeError "terminated"),
 * so in-process code meets the error it would meet over HTTP; aborts stay aborts.
 */
function withNetworkErrors(response: Response): Response {
  const reader = response.body!.getReader();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        const aborted = error instanceof Error && error.name === "AbortError";
        controller.error(aborted ? error : new TypeError("terminated", { cause: error }));
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}
