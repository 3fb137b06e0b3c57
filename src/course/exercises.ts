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
    summary:
      "withSystemMessage() puts exactly one system message first; testSystemMessage() sends [system, user] and returns the reply.",
    hints: [
      "withSystemMessage returns a new array and leaves the caller's list alone: build it with spread or filter, never push, unshift, splice or messages[0] = ... on the list you were given.",
      'One rule covers every case (a system message first, further down, or none): keep the messages whose role is not "system", then put { role: "system", content } in front of them.',
      'testSystemMessage makes one call: client.chat.completions.create({ model, messages: [{ role: "system", content: systemMessage }, { role: "user", content: userQuery }] }). Pass the model argument through; its default is DEFAULT_MODEL (gpt-4o-mini).',
      'Return the text, response.choices[0].message.content, not the response or the choice. It can be null (a reply without text): return "" then, e.g. with ?? "".',
    ],
  },
  {
    name: "parameters",
    title: "Temperature, length limits and valid parameters",
    notebook: "02-key-parameters.ipynb",
    summary:
      "compareTemperatures() asks once per temperature; completeWithLimit() reads finish_reason; validateParams() lists every problem the API would reject.",
    hints: [
      "compareTemperatures: give the parameter a default, `temperatures: number[] = [0, 0.5, 1, 1.5]`, and await each request inside a for...of loop, so every answer lands next to its temperature.",
      "The length limit is `max_completion_tokens` (50 for compareTemperatures, `limit` for completeWithLimit); `max_tokens` is the deprecated name.",
      'completeWithLimit: `truncated` is `choices[0].finish_reason === "length"`, nothing else: not the text\'s length, not a missing full stop.',
      "validateParams: start with `const problems: string[] = []`, and for each parameter skip it when it is undefined or null; ranges include both ends (temperature 2 is fine, 2.1 is not).",
      "validateParams: top_logprobs needs `logprobs: true`; stop takes at most 4 sequences; `findModel(params.model)?.reasoning` tells you when only the default temperature/top_p/penalties are allowed.",
      "validateParams: stream with n > 1, and temperature with top_p, are both accepted by the API: do not report them.",
    ],
  },
  {
    name: "streaming",
    title: "Streaming replies, with live stats",
    notebook: "03-streaming.ipynb",
    summary:
      "streamResponse() joins a stream's text and reports each piece; streamWithStats() adds exact usage, elapsed time, speed and time to first token.",
    hints: [
      "Pass `stream: true` and loop with `for await (const chunk of stream)`; the new text is `chunk.choices[0]?.delta?.content`.",
      'Skip chunks whose content is null, undefined or "": the role chunk, the finish chunk and the usage chunk (`choices: []`) carry no text.',
      "Call onDelta inside the loop for each piece, not once at the end.",
      "streamWithStats: add `stream_options: { include_usage: true }`; the last chunk then has `usage.completion_tokens`, the exact count. Fall back to `countTokens(content, DEFAULT_MODEL)` only when no usage came.",
      "Read `now()` (milliseconds) before calling create(), at the first chunk that has text, and after the loop; divide by 1000 for seconds, and return 0 tokens per second when seconds is 0.",
    ],
  },
  {
    name: "context",
    title: "Counting, trimming and summarizing the conversation",
    notebook: "04-context-management.ipynb",
    summary:
      "countChatTokens() counts like the API bills; trimToTokenBudget() keeps the system message and the newest turns that fit; ConversationManager and SmartContextManager look after a conversation.",
    hints: [
      "countChatTokens: start at 3 (the reply priming), then for every message add 3 + countTokens(role, model) + countTokens(contentText(content), model), and 1 + countTokens(name, model) when it has a name. countTokens picks the model's encoding for you.",
      "trimToTokenBudget: keep messages[0] when its role is system or developer; then walk i from messages.length - 1 down, adding each message's cost while the total stays <= maxTokens, and stop at the first one that does not fit. Return [system, ...messages.slice(i + 1)], a new array.",
      "trimToTokenBudget counts the reply priming and the system message too: the result's countChatTokens must be <= maxTokens. Never shorten a message to make it fit.",
      "ConversationManager.getResponse: add the user turn, send [...this.messages], then addAssistantMessage(reply): the API remembers nothing, so a reply you do not store is gone from the next request.",
      "ConversationManager trimming: maxHistory counts the turns, not the system message. Remove the oldest turns with splice(start, excess), where start is 1 when messages[0] is the system message; reset() keeps that message too.",
      "SmartContextManager.shouldSummarize: countChatTokens(this.messages, this.model) > 0.7 * this.maxTokens (tokens, not messages).",
      'SmartContextManager.summarize: set aside a leading system message that does not start with "Previous conversation summary:"; if fewer than 4 messages remain, return. Otherwise send ONE request with a transcript ("role: content" lines) of all but the last two, and splice those out for { role: "system", content: "Previous conversation summary: " + summary }.',
    ],
  },
  {
    name: "advanced",
    title: "Output formats, JSON mode and retries with backoff",
    notebook: "05-advanced-patterns.ipynb",
    summary:
      "getStructuredResponse() asks for JSON, Markdown, bullets or code (JSON mode for json, checked); robustCompletion() retries what can pass, with exponential backoff, jitter and retry-after.",
    hints: [
      'getStructuredResponse: keep the instructions in an object keyed by format, send [{ role: "system", content: instruction }, { role: "user", content: prompt }], and name the format in the instruction ("JSON", "Markdown", "bullet", "code").',
      'JSON mode is `response_format: { type: "json_object" }`, only for json. The API refuses it (400) unless a message contains the word JSON; afterwards, wrap JSON.parse(content) in try/catch and throw new Error("The reply is not valid JSON: ...").',
      "robustCompletion: `for (let attempt = 0; ; attempt++) { try { return await create(params, { maxRetries: 0 }) } catch (error) { ... } }`; in the catch, rethrow when attempt === maxRetries or the error cannot pass.",
      "Errors that can pass: `error instanceof OpenAI.APIConnectionError`, or `error instanceof OpenAI.APIError` with status 408, 409, 429 or >= 500. A 400 or 401 will fail the same way every time: rethrow it at once.",
      "The wait is `baseDelayMs * 2 ** attempt + random() * baseDelayMs`, through the `sleep` and `random` you were given (defaults: a setTimeout promise and Math.random).",
      'When the error has `error.headers.get("retry-after-ms")` (milliseconds) or `error.headers.get("retry-after")` (seconds), wait exactly that instead of the backoff.',
    ],
  },
  {
    name: "playground",
    title: "Practice 1: a parameter playground",
    notebook: "06-practice-exercises.ipynb",
    summary:
      "applyPlaygroundCommand() turns a typed line into new settings (/set, /reset, /show, /help) or a prompt to send, and refuses values the API would refuse.",
    hints: [
      'Trim the line first. No leading "/" means a prompt: return { state, reply: "", prompt: text }. A blank line is not a prompt.',
      "Split a command on whitespace: const [command, name, ...values] = text.split(/\\s+/); then switch (command).",
      "Keep one table of the numeric settings with { min, max, integer }: temperature 0–2, top_p 0–1, the two penalties -2–2, n 1–128 (whole). max_completion_tokens is whole, at least 1, at most findModel(state.model)?.maxOutputTokens.",
      "Check the name against your table before anything else: an unknown name returns { state, reply } with the list of settings, and state is the very object you were given.",
      'Number("") is 0 and Number("Infinity") is Infinity: test the text with a regular expression like /^-?\\d+(\\.\\d+)?$/ before you convert it, then check the range (and Number.isInteger for n).',
      "Never write to `state` (the default is frozen and will throw): return { ...state, [name]: value }. /reset returns { ...DEFAULT_PLAYGROUND_STATE, model: state.model }.",
      'seed and stop are optional: for "off", build a copy without the key (const { seed, ...rest } = state). stop takes 1 to 4 sequences: the values after the name.',
    ],
  },
  {
    name: "smart-chatbot",
    title: "Practice 2: a smart chatbot with memory, summaries and a cache",
    notebook: "06-practice-exercises.ipynb",
    summary:
      "SmartChatbot keeps the conversation within a token budget by summarizing and trimming, counts tokens the way the API bills, and answers repeated requests from a bounded LRU cache.",
    hints: [
      "Keep one array, history = [system, summary?, ...turns]: it is what you send, what `messages` returns (as a copy) and what tokenCount counts with countMessageTokens(history, model).",
      "In chat(): remember the history, add the user message, fit the context, send or use the cache, add the reply. In a catch, put the remembered history back and rethrow.",
      "Fitting: if tokenCount > summarizeAt * maxContextTokens, summarize all turns but the last three in one extra request; then, while tokenCount > maxContextTokens, remove the oldest turn after the system (and summary) message.",
      'The summary replaces the old turns as ONE { role: "system" } message right after the original system message, which always stays first.',
      'Cache key: JSON.stringify({ model, parameters, messages }) of the request you are about to send. Keying on the question alone answers "Go on." in one conversation with the reply from another.',
      "A Map is an LRU for free: on a hit, delete the key and set it again (now it is the newest); after a set, while map.size > cacheSize, delete map.keys().next().value (the oldest).",
      "reset() sets history back to [system] and summary to null but keeps the cache: that is how the same question gets a cache hit.",
    ],
  },
  {
    name: "stream-progress",
    title: "Practice 3: streaming with a live progress line",
    notebook: "06-practice-exercises.ipynb",
    summary:
      "streamWithProgress() streams a reply while redrawing one status line in place (indicator, token counter, elapsed time), then prints the reply and its final stats from the reported usage.",
    hints: [
      'Request: { model, messages: [{ role: "user", content: prompt }], stream: true, stream_options: { include_usage: true } }, plus max_completion_tokens: maxTokens when it is set.',
      'In the loop: if (chunk.usage) keep chunk.usage.completion_tokens; const text = chunk.choices[0]?.delta?.content; if (!text) continue; (null, "" and missing all mean no text).',
      'Redraw with write("\\r" + status), never with "\\n". Pad with spaces (status.padEnd(longestSoFar)) so a shorter line covers the longer one before it.',
      'Status: `${tokensSoFar} tokens · ${(elapsedMs / 1000).toFixed(1)}s`. With maxTokens, add a bar: "#".repeat(filled) + "-".repeat(width - filled), and Math.round(100 * tokensSoFar / maxTokens) + "%".',
      "Time: const start = now() before create(); seconds = (now() - start) / 1000 after the loop. Use the `now` you were given, not Date.now().",
      "tokens = the usage's completion_tokens; only without usage, countTokens(content, model). Final line: `${tokens} tokens in ${seconds.toFixed(2)}s (${(tokens / seconds).toFixed(1)} tokens/s)`.",
    ],
  },
  {
    name: "multi-mode-chat",
    title: "Assignment: the Multi-Mode Chat application",
    notebook: "07-assignment-multi-mode-chat.ipynb",
    summary:
      "MultiModeChatApp: creative, precise and balanced modes, streaming, a token budget, regenerate, branches, cost from reported usage, and JSON/Markdown exports that load back.",
    hints: [
      "setMode: when !(mode in MODES), throw new Error(...) with a message that lists Object.keys(MODES). Every request is { model, messages, ...MODES[this.mode] }.",
      'Keep branches in a Map<string, ChatCompletionMessageParam[]> (Map keeps insertion order, so "main" stays first) and the current id; `messages` returns [system?, ...current branch] as a new array.',
      "branch(): structuredClone(currentMessages) into the new branch. Copying only the array shares the message objects; not copying at all shares everything.",
      "regenerate(): pop the last assistant message, send the rest, push the new reply. If the request fails, push the old reply back.",
      "Streaming: create({ ...request, stream: true, stream_options: { include_usage: true } }); add up chunk.choices[0]?.delta?.content (skip empty ones), and take usage from the last chunk (choices: []). Then store the reply exactly as the non-streaming path does.",
      "Usage: add response.usage.prompt_tokens and completion_tokens, and costUsd(model, usage) from the catalog (USD per 1M tokens: never divide by 1000).",
      "Context: walk back from the newest message, adding countMessageTokens([m]) - 3 per message, until the next one would pass maxContextTokens; send [system, ...those]. The history itself can keep everything.",
      'Export JSON: { format, version, model, maxContextTokens, systemMessage, mode, currentBranch, branches: [{ id, parent, messages }], usage }. fromJSON: parse in try/catch, then check each field\'s type and value before using it, and throw new Error("Cannot import: <field> ...") naming the field.',
    ],
  },
];

export function findExercise(name: string): ExerciseInfo | undefined {
  return EXERCISES.find((e) => e.name === name);
}
