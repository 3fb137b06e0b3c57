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
  /**
   * Shown one at a time by `npm run hint -- <name>`, from direction to detail. A hint points the
   * way and names the API or the idea; it never holds the solution's code.
   */
  hints: string[];
  /**
   * For exercises graded in steps (`describe("step N: ...")` in the grader): the hints of each step,
   * from direction to detail, so a learner on step N sees hints about step N.
   */
  stepHints?: Record<number, string[]>;
}

export const EXERCISES: readonly ExerciseInfo[] = [
  {
    name: "messages",
    title: "Message lists and system messages",
    notebook: "01-message-format.ipynb",
    summary:
      "withSystemMessage() keeps exactly one system message, first, and leaves everything else in place; testSystemMessage() sends [system, user] and returns the reply's text.",
    hints: [
      'The system message is the standing instruction: think of the result as "the new instruction, then the conversation without any old instruction". One rule covers all three cases (none, first, further down).',
      "Build the result as a new array from the old one (spread or filter create new arrays); methods that edit in place, such as push, unshift or splice, change the caller's list.",
      "The instructions are the system or developer message (two names for the same thing): those are the ones to replace. User, assistant and tool messages stay, in their order, and so does a carried summary (a user message).",
      "testSystemMessage makes one call to client.chat.completions.create with the two messages; the model parameter already has the right default, so pass it through.",
      "The reply's text is on the first choice's message. It can be null (a reply without text): the nullish operator turns that into \"\".",
    ],
  },
  {
    name: "parameters",
    title: "Temperature, length limits and valid parameters",
    notebook: "02-key-parameters.ipynb",
    summary:
      "compareTemperatures() asks once per temperature; completeWithLimit() reads finish_reason; validateParams() lists every problem the API would reject.",
    hints: [
      "Each function is one idea: a loop of requests, one request whose finish_reason you read, and a list of checks that never sends anything.",
      "compareTemperatures: a default parameter value gives the default list; awaiting each request in turn keeps every answer next to its temperature.",
      "The length limit's current name is max_completion_tokens; max_tokens is the deprecated one. The default model reasons, so a temperature needs what samplingOptions(DEFAULT_MODEL) returns.",
      'completeWithLimit: the API says why a reply ended in finish_reason; "length" is the only value that means the limit cut it off. The text itself proves nothing.',
      "validateParams: collect sentences in a list and check each parameter on its own, skipping undefined and null; ranges include both ends.",
      "validateParams: top_logprobs needs logprobs: true, stop takes at most 4 sequences, and the catalog's findModel(model) tells you the output limit and whether a model reasons.",
      "validateParams: temperature with top_p, and stream with n > 1, are both accepted by the API: they are not problems.",
    ],
  },
  {
    name: "streaming",
    title: "Streaming replies, with live stats",
    notebook: "03-streaming.ipynb",
    summary:
      "streamResponse() joins a stream's text and reports each piece; streamWithStats() adds exact usage, elapsed time, speed and time to first token.",
    hints: [
      "With stream: true the SDK hands you an async iterable of chunks; for await reads them as they arrive.",
      "Not every chunk carries text: the role chunk, the finish chunk and the usage chunk (no choices at all) add nothing. Optional chaining reads the first choice's delta safely.",
      "Report each piece to onDelta inside the loop, as it arrives, not once at the end.",
      "streamWithStats: stream_options with include_usage makes the server send the exact completion_tokens in a last chunk. Count the text's tokens yourself only when that chunk never came.",
      "Read the clock you were given before the request (not after create() returns), at the first chunk with text, and after the loop; it counts milliseconds. A speed divided by zero seconds must be 0.",
    ],
  },
  {
    name: "context",
    title: "Counting, trimming and summarizing the conversation",
    notebook: "04-context-management.ipynb",
    summary:
      "countChatTokens() counts like the API bills; trimToTokenBudget() keeps the instructions and the newest turns that fit; ConversationManager and SmartContextManager look after a conversation.",
    hints: [
      "The API remembers nothing: every request carries the whole conversation, so its size in tokens is what you pay and what must fit.",
      "Work in the order of the steps: counting comes first, because trimming, tokenCount and shouldSummarize all count.",
      "The system or developer message at index 0 is the instructions and stays; a summary of older turns is what was said, carried as a user message right after it.",
    ],
    stepHints: {
      1: [
        "Three kinds of tokens add up: the framing of every message, what each message says (role, content, and a name when present), and the priming of the reply.",
        "countTokens(text, model) picks the model's encoding for you, and contentText(content) turns a list of text parts into the text they hold.",
        "A message with a name costs one more token than its name's tokens; the priming is paid once per request, even for an empty list.",
      ],
      2: [
        "Keep the instructions (a system or developer message at index 0) aside; they are always in the result.",
        "Walk from the newest message backwards, adding whole messages while the total stays within the budget, and stop at the first that does not fit.",
        "Build the result as a new array; the caller's list must come back unchanged.",
      ],
      3: [
        "The API remembers nothing: a reply becomes context only when you store it.",
        "maxHistory counts the turns, not the system message: after each add, remove the oldest turns beyond it, starting after the system message when there is one.",
        "tokenCount is countChatTokens over the messages; caching each message's count makes it cheap after every turn.",
      ],
      4: [
        "shouldSummarize compares tokens, not messages or characters, with 70% of maxTokens.",
        "summarize sets the instructions aside (a system or developer message at index 0), and does nothing when fewer than 4 messages remain.",
        'One request, with samplingOptions so a reasoning model writes instead of thinking, summarizes a transcript of all but the last two messages, one "role: content" line each; those are replaced by one user message starting "Previous conversation summary: ".',
        "An earlier summary is just another message of the next transcript: that is how summaries roll up.",
      ],
    },
  },
  {
    name: "advanced",
    title: "Output formats, JSON mode and retries with backoff",
    notebook: "05-advanced-patterns.ipynb",
    summary:
      "getStructuredResponse() asks for JSON, Markdown, bullets or code (JSON mode for json, checked); robustCompletion() retries what can pass, with exponential backoff, jitter and the server's own wait.",
    hints: [
      "Step 1 is about asking: an instruction that names the format, sent as a system message, and JSON mode only for json.",
      "JSON mode is response_format with type json_object, and the API refuses it unless a message mentions JSON. It promises syntax, not completeness: check the reply with JSON.parse and throw your own clear error.",
      "Step 2 is a loop around one request: try, and in the catch decide whether to give up, then wait and go round again.",
      "Errors that can pass are the SDK's APIConnectionError and APIError with status 408, 409, 429 or 500 and up; any other 4xx, and a 429 whose code is insufficient_quota, fail the same way every time.",
      "The wait doubles with each attempt and adds a random part of up to one baseDelayMs; use the sleep and random you were given, so tests can record the waits.",
      "The error's headers can say how long to wait (retry-after-ms, retry-after in seconds); honour that only from 0 to 60 s, like openai-node 7.5.",
      "The SDK retries on its own too: its request options (the second argument of create) can turn that off for this call.",
    ],
  },
  {
    name: "playground",
    title: "Practice 1: a parameter playground",
    notebook: "06-practice-exercises.ipynb",
    summary:
      "applyPlaygroundCommand() turns a typed line into new settings (/set, /reset, /show, /help) or a prompt to send, and refuses what the API would refuse for the current model.",
    hints: [
      "First decide what the line is: a prompt, a blank line, or a command; then handle one command at a time.",
      "A small table of the numeric settings (their range, and whether they must be whole) answers most of /set; max_completion_tokens' upper bound comes from the catalog's entry for the model.",
      "Check the setting's name before the value: an unknown name returns the state you were given, untouched, and lists the settings.",
      'Number("") is 0 and Number("Infinity") is Infinity: check that the text looks like a number before you convert it.',
      "Never write to state (the default one is frozen): build a new object with the one change. /reset starts from the defaults but keeps the model.",
      "A reasoning model takes sampling settings only at the effort samplingOptions(model) names; without one, only the defaults pass.",
      "A model switch changes the limits: run the new model's checks over the settings you already have, and say what you changed.",
    ],
  },
  {
    name: "smart-chatbot",
    title: "Practice 2: a smart chatbot with memory, summaries and a cache",
    notebook: "06-practice-exercises.ipynb",
    summary:
      "SmartChatbot keeps the conversation within a token budget by summarizing and trimming, counts tokens the way the API bills, and answers repeated requests from a bounded LRU cache.",
    hints: [
      "Keep one history, exactly what the next request sends: the system message, a summary when there is one, then the turns. messages returns a copy of it.",
      "In chat(), remember the history before you touch it, so a failed request can put it back.",
      "Fitting the budget has two stages: summarize once past summarizeAt of the budget, then drop the oldest turns while it still does not fit. The system message, the summary and the new question are never dropped.",
      "The summary is what was said, not an instruction: it is one user message right after the system message, so it gains no authority over the instructions.",
      "The cache key must hold everything that decides the reply: the model, the parameters and the whole message list.",
      "A Map remembers insertion order, which is most of an LRU: on a hit, move the entry to the newest end; when it grows past cacheSize, remove the oldest.",
      "reset() clears the conversation but not the cache.",
    ],
  },
  {
    name: "stream-progress",
    title: "Practice 3: streaming with a live progress line",
    notebook: "06-practice-exercises.ipynb",
    summary:
      "streamWithProgress() writes the reply as it arrives, keeps a status line (tokens, elapsed, tokens/s) beside it, and ends with a summary from the reported usage.",
    hints: [
      "Streaming only helps if each piece reaches the reader at once: write inside the loop, never after it.",
      "Two outputs: write gets the reply's text, status gets the whole status line each time it changes. The display decides where the status line sits.",
      "Read the clock you were given once before the request; every status line and the summary measure from there. Guard the speed against zero seconds.",
      "Ask for usage with stream_options; the last chunk then carries completion_tokens, the number to report at the end. While streaming, one piece counts as one token.",
      "With maxTokens the limit travels as max_completion_tokens, and the status line gains a bar and a percentage.",
      "The summary goes through write after the reply, on its own line: tokens, seconds and tokens per second.",
    ],
  },
  {
    name: "multi-mode-chat",
    title: "Assignment: the Multi-Mode Chat application",
    notebook: "07-assignment-multi-mode-chat.ipynb",
    summary:
      "MultiModeChatApp, built in eight graded steps: modes, chat and history, streaming, usage and the context budget, regenerate, branches, export, import.",
    hints: [
      "Build and grade one step at a time: npm run grade -- multi-mode-chat shows the steps and the next one to do; the methods of later steps can stay todo() meanwhile.",
      'Decide early how you store a conversation: a branch is a list of messages, and there can be several branches, "main" first.',
      "Everything the API sent back (replies, usage) is the truth; your own estimates are only for deciding what to send.",
    ],
    stepHints: {
      1: [
        'The constructor keeps the client and the options with their defaults (DEFAULT_MODEL, 4000 tokens, no system message) and starts in "balanced".',
        "setMode checks the name against the keys of MODES before it changes anything, and its error lists those keys.",
      ],
      2: [
        "chat adds the question, sends the conversation with the model and the mode's parameters, stores the reply, and returns it.",
        "A reasoning model takes temperature and top_p only at one effort: spread samplingOptions(model) into every request.",
        "If the request fails, take the question back out: the history must be as it was.",
        "messages builds the system message (when set) plus the current branch's turns, as a new array of copies.",
      ],
      3: [
        "With stream: true the reply arrives in chunks: add up the text of each, call onDelta with each piece, and store the whole reply exactly as the plain path does.",
        "Without streaming, onDelta still hears about the reply: once, with the whole of it.",
        "Pass options.signal to the SDK as a request option; when a stream stops after some text, that text is the reply.",
      ],
      4: [
        "usage adds what each response's usage says; a stream carries its usage in the last chunk once you ask with stream_options.",
        "costUsd(model, usage) from the catalog prices one response (prices are per 1M tokens); findModel(model) tells you whether the catalog knows the model at all.",
        "The budget applies to the request, not the history: count from the newest message backwards with countMessageTokens and send the system message plus what fits.",
      ],
      5: [
        "regenerate takes the last reply off, asks again with what is left, and puts a new reply in its place.",
        "If there is no reply to take off, throw before sending anything; if the request fails, put the old reply back.",
        "regenerate takes chat's options: send its request the way chat sends one, streamed when asked, and its usage counts like any other.",
      ],
      6: [
        "A branch starts as a copy of the current one: copy the messages themselves, not only the list, or an edit on one branch shows on the other.",
        'A Map keeps insertion order, so "main" stays first; new ids must never repeat, even after an import.',
        "switchBranch refuses an id it does not know and stays where it is.",
      ],
      7: [
        "The JSON export must hold everything step 8 needs to rebuild the app: every branch with its messages, the current branch, the mode, the model, maxContextTokens, the system message and the usage.",
        "Keep the three fixed points: a top-level mode, a top-level usage shaped like the usage getter, and messages as { role, content }.",
        "The Markdown export is for people: the system message, the current branch's messages, the mode, the branch ids and the usage.",
        "Any other format throws an error that names json and markdown.",
      ],
      8: [
        "Parse inside try/catch, then check every field's type and value before you use it; a bad file should fail with a sentence that names the field.",
        "Rebuild with the constructor, then restore the mode, the branches, the current branch and the usage: the loaded app's own export must come out the same, byte for byte.",
        "After an import, a new branch still needs an id no branch has.",
      ],
    },
  },
];

export function findExercise(name: string): ExerciseInfo | undefined {
  return EXERCISES.find((e) => e.name === name);
}
