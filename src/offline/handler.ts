// STAND-IN until the offline model lands (issue 3): answers every chat completion with a fixed text.
export interface OfflineOptions {
  tokensPerSecond?: number;
  timeToFirstTokenMs?: number;
}

export async function handleRequest(request: Request, _options: OfflineOptions = {}): Promise<Response> {
  const url = new URL(request.url);
  if (request.method === "POST" && url.pathname.endsWith("/chat/completions")) {
    const body = (await request.json()) as { model: string };
    return Response.json({
      id: "chatcmpl-offline",
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      choices: [{ index: 0, message: { role: "assistant", content: "The capital of France is Paris.", refusal: null }, finish_reason: "stop", logprobs: null }],
      usage: { prompt_tokens: 0, completion_tokens: 7, total_tokens: 7 },
    });
  }
  return Response.json({ error: { message: "Not found", type: "invalid_request_error", param: null, code: null } }, { status: 404 });
}
