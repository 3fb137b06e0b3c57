/**
 * The course's exercise manifest (like rustlings' info.toml): one entry per exercise, in the order a
 * learner meets them. Each `name` is a file in src/exercises/ and solutions/, and a grader in
 * test/exercises/<name>.test.ts; `notebook` is where the learner tries it.
 */
export interface ExerciseInfo {
  name: string;
  title: string;
  /** The notebook (in notebooks/) that introduces the exercise and has a cell to try it. */
  notebook: string;
  /** What the learner writes, one line. */
  summary: string;
  /** Shown by `npm run grade -- <name>` when a task fails, first to last. */
  hints: string[];
}

export const EXERCISES: readonly ExerciseInfo[] = [
  {
    name: "messages",
    title: "Message lists and system messages",
    notebook: "01-message-format.ipynb",
    summary: "withSystemMessage() puts exactly one system message first; testSystemMessage() sends [system, user] and returns the reply.",
    hints: [
      "Build a new array (spread or slice): the caller's list must come back unchanged.",
      "If messages[0] is a system message, replace it; otherwise put the new one in front. Either way, there is one system message and it is first.",
      "For testSystemMessage, send exactly two messages, system then user, and return response.choices[0].message.content (it can be null: return \"\" then).",
    ],
  },
  {
    name: "parameters",
    title: "Temperature, length limits and valid parameters",
    notebook: "02-key-parameters.ipynb",
    summary: "compareTemperatures() asks once per temperature; completeWithLimit() reads finish_reason; validateParams() lists every problem the API would reject.",
    hints: [
      "compareTemperatures: give the parameter a default, `temperatures: number[] = [0, 0.5, 1, 1.5]`, and await each request inside a for...of loop, so every answer lands next to its temperature.",
      "The length limit is `max_completion_tokens` (50 for compareTemperatures, `limit` for completeWithLimit); `max_tokens` is the deprecated name.",
      "completeWithLimit: `truncated` is `choices[0].finish_reason === \"length\"`, nothing else: not the text's length, not a missing full stop.",
      "validateParams: start with `const problems: string[] = []`, and for each parameter skip it when it is undefined or null; ranges include both ends (temperature 2 is fine, 2.1 is not).",
      "validateParams: top_logprobs needs `logprobs: true`; stop takes at most 4 sequences; `findModel(params.model)?.reasoning` tells you when only the default temperature/top_p/penalties are allowed.",
      "validateParams: stream with n > 1, and temperature with top_p, are both accepted by the API: do not report them.",
    ],
  },
  {
    name: "streaming",
    title: "Streaming replies, with live stats",
    notebook: "03-streaming.ipynb",
    summary: "streamResponse() joins a stream's text and reports each piece; streamWithStats() adds exact usage, elapsed time, speed and time to first token.",
    hints: [
      "Pass `stream: true` and loop with `for await (const chunk of stream)`; the new text is `chunk.choices[0]?.delta?.content`.",
      "Skip chunks whose content is null, undefined or \"\": the role chunk, the finish chunk and the usage chunk (`choices: []`) carry no text.",
      "Call onDelta inside the loop for each piece, not once at the end.",
      "streamWithStats: add `stream_options: { include_usage: true }`; the last chunk then has `usage.completion_tokens`, the exact count. Fall back to `countTokens(content, DEFAULT_MODEL)` only when no usage came.",
      "Read `now()` (milliseconds) before calling create(), at the first chunk that has text, and after the loop; divide by 1000 for seconds, and return 0 tokens per second when seconds is 0.",
    ],
  },
  {
    name: "context",
    title: "Counting, trimming and summarizing the conversation",
    notebook: "04-context-management.ipynb",
    summary: "countChatTokens() counts like the API bills; trimToTokenBudget() keeps the system message and the newest turns that fit; ConversationManager and SmartContextManager look after a conversation.",
    hints: [
      "countChatTokens: start at 3 (the reply priming), then for every message add 3 + countTokens(role, model) + countTokens(contentText(content), model), and 1 + countTokens(name, model) when it has a name. countTokens picks the model's encoding for you.",
      "trimToTokenBudget: keep messages[0] when its role is system or developer; then walk i from messages.length - 1 down, adding each message's cost while the total stays <= maxTokens, and stop at the first one that does not fit. Return [system, ...messages.slice(i + 1)], a new array.",
      "trimToTokenBudget counts the reply priming and the system message too: the result's countChatTokens must be <= maxTokens. Never shorten a message to make it fit.",
      "ConversationManager.getResponse: add the user turn, send [...this.messages], then addAssistantMessage(reply): the API remembers nothing, so a reply you do not store is gone from the next request.",
      "ConversationManager trimming: maxHistory counts the turns, not the system message. Remove the oldest turns with splice(start, excess), where start is 1 when messages[0] is the system message; reset() keeps that message too.",
      "SmartContextManager.shouldSummarize: countChatTokens(this.messages, this.model) > 0.7 * this.maxTokens (tokens, not messages).",
      "SmartContextManager.summarize: set aside a leading system message that does not start with \"Previous conversation summary:\"; if fewer than 4 messages remain, return. Otherwise send ONE request with a transcript (\"role: content\" lines) of all but the last two, and splice those out for { role: \"system\", content: \"Previous conversation summary: \" + summary }.",
    ],
  },
  {
    name: "advanced",
    title: "Output formats, JSON mode and retries with backoff",
    notebook: "05-advanced-patterns.ipynb",
    summary: "getStructuredResponse() asks for JSON, Markdown, bullets or code (JSON mode for json, checked); robustCompletion() retries what can pass, with exponential backoff, jitter and retry-after.",
    hints: [
      "getStructuredResponse: keep the instructions in an object keyed by format, send [{ role: \"system\", content: instruction }, { role: \"user\", content: prompt }], and name the format in the instruction (\"JSON\", \"Markdown\", \"bullet\", \"code\").",
      "JSON mode is `response_format: { type: \"json_object\" }`, only for json. The API refuses it (400) unless a message contains the word JSON; afterwards, wrap JSON.parse(content) in try/catch and throw new Error(\"The reply is not valid JSON: ...\").",
      "robustCompletion: `for (let attempt = 0; ; attempt++) { try { return await create(params, { maxRetries: 0 }) } catch (error) { ... } }`; in the catch, rethrow when attempt === maxRetries or the error cannot pass.",
      "Errors that can pass: `error instanceof OpenAI.APIConnectionError`, or `error instanceof OpenAI.APIError` with status 408, 409, 429 or >= 500. A 400 or 401 will fail the same way every time: rethrow it at once.",
      "The wait is `baseDelayMs * 2 ** attempt + random() * baseDelayMs`, through the `sleep` and `random` you were given (defaults: a setTimeout promise and Math.random).",
      "When the error has `error.headers.get(\"retry-after-ms\")` (milliseconds) or `error.headers.get(\"retry-after\")` (seconds), wait exactly that instead of the backoff.",
    ],
  },
];

export function findExercise(name: string): ExerciseInfo | undefined {
  return EXERCISES.find((e) => e.name === name);
}
