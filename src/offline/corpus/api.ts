/**
 * The Chat Completions API itself, the course's subject, in the workbook's own words, so a learner's
 * question about a parameter, a role or an error is answered by the passage about it rather than by
 * a neighbour that merely mentions tokens. Facts checked against /work/shared/reference/
 * chat-completions-facts.md and openai-node v6.49.0 (src/resources/chat/completions/completions.ts,
 * src/client.ts); each passage names its source.
 */
import type { Topic } from "./types";

export const CHAT_API: Topic = {
  id: "chat-completions-api",
  title: "The Chat Completions API",
  distinct: true,
  keywords: [
    "chat completions",
    "chat completion",
    "responses api",
    "chat.completions.create",
    "endpoint",
    "messages",
    "role",
    "roles",
    "system message",
    "developer message",
    "max_completion_tokens",
    "max_tokens",
    "finish_reason",
    "seed",
    "system_fingerprint",
    "stop sequence",
    "stop sequences",
    "n parameter",
    "presence_penalty",
    "frequency_penalty",
    "penalty",
    "penalties",
    "logprobs",
    "top_logprobs",
    "logit_bias",
    "function calling",
    "tool calling",
    "tool_calls",
    "tool_call_id",
    "rate limit",
    "retry",
    "retries",
    "reasoning_effort",
    "reasoning tokens",
    "prompt_tokens",
    "completion_tokens",
  ],
  passages: [
    // https://platform.openai.com/docs/api-reference/chat/create ; openai-node ChatCompletion type
    {
      text:
        "The Chat Completions API is the endpoint of the OpenAI API for talking to a model: you POST a JSON body to https://api.openai.com/v1/chat/completions (client.chat.completions.create in the openai SDK) with two required fields, the model name and a list of messages, each with a role and some content. The response is a chat.completion object whose choices array holds the replies; the reply's text is in choices[0].message.content, next to a finish_reason and a usage count of tokens.\n\n" +
        "The API is stateless: it forgets everything between calls. To hold a conversation, your program appends each reply to its own list of messages and sends the whole list, earlier messages included, with the next question.",
      cues: [
        "chat",
        "endpoint",
        "post",
        "stateless",
        "remember",
        "forget",
        "history",
        "response",
        "reply",
        "choices",
        "where",
      ],
      points: [
        "POST https://api.openai.com/v1/chat/completions with a model and messages.",
        "Each message has a role and content.",
        "The reply is in choices[0].message.content.",
        "It is stateless: resend the conversation every time.",
      ],
    },
    // openai-node ChatCompletionMessageParam (developer, system, user, assistant, tool)
    {
      text:
        "Every message in the messages list has a role that says who is speaking. A developer or system message holds your instructions: the tone, the rules, what the assistant is for. A user message is what the person asked. An assistant message is something the model said earlier, which you send back so it can see the conversation so far. A tool message carries the output of a tool call that your code ran for the model.\n\n" +
        "Developer and system play the same part; developer is the newer name. The SDK's own documentation says that with o1 models and newer, developer messages replace the earlier system messages, and older models such as gpt-4o still take system.",
      cues: ["role", "roles", "system", "developer", "user", "assistant", "instructions", "difference"],
      points: [
        "developer or system: your instructions to the model.",
        "user: what the person asks.",
        "assistant: the model's earlier replies, sent back as history.",
        "tool: the result of a function call.",
        "developer is the newer name for system on o1 and later models.",
      ],
    },
    // openai-node ChatCompletionCreateParams.max_completion_tokens / max_tokens (deprecated)
    {
      text:
        "max_completion_tokens caps how many tokens the model may generate for one reply. It replaced max_tokens, which is deprecated and which reasoning models refuse. On a reasoning model the cap covers the hidden reasoning tokens as well as the visible answer, so a small limit can be used up before any text appears.\n\n" +
        'When the cap is reached the reply is cut off mid-thought and finish_reason is "length" instead of "stop": a reply that ended that way was cut short. Check finish_reason before trusting a reply, and raise the limit or ask for something shorter if it was cut.',
      cues: ["max_completion_tokens", "max_tokens", "max", "length", "cut", "limit", "finish_reason", "replaced"],
      points: [
        "max_completion_tokens caps the tokens of one reply.",
        "It replaces the deprecated max_tokens.",
        "On reasoning models it includes hidden reasoning tokens.",
        'A reply that hits the cap has finish_reason "length".',
      ],
    },
    // openai-node ChatCompletionCreateParams.n, .seed (deprecated, Beta); ChatCompletion.system_fingerprint
    {
      text:
        "The n parameter asks for several alternative replies to the same messages in one request; they come back as choices[0], choices[1] and so on, and you pay for the tokens of every one. seed is a number that asks the service to sample the same way each time, so the same seed, messages and settings tend to give the same reply. It is only best effort, never a guarantee, and the parameter is now marked deprecated.\n\n" +
        "The response's system_fingerprint identifies the backend configuration that served the request: if it changes between two calls, the same seed may no longer reproduce the same text.",
      cues: [
        "n",
        "seed",
        "same",
        "reproducible",
        "reproducibility",
        "deterministic",
        "system_fingerprint",
        "choices",
        "several",
      ],
      points: [
        "n returns several choices; every one is billed.",
        "seed makes sampling repeatable on a best-effort basis.",
        "seed is deprecated and never guarantees identical output.",
        "system_fingerprint shows when the backend changed.",
      ],
    },
    // openai-node ChatCompletionCreateParams.stop
    {
      text:
        'stop takes one string or a list of up to four. As soon as the model would write one of them, generation ends: the stop sequence itself is left out of the returned text and finish_reason is "stop". It is handy for cutting a list after a number of items or ending at a marker such as a newline or a blank line.\n\n' +
        "Some of the newest reasoning models do not accept stop at all and answer with a 400 error.",
      cues: ["stop", "sequence", "sequences", "marker", "end"],
      points: [
        "stop takes a string or up to four strings.",
        "Generation ends when one would appear.",
        "The stop sequence is not included in the reply.",
        "Some reasoning models reject stop.",
      ],
    },
    // openai-node presence_penalty / frequency_penalty; OpenAI guide "Advanced usage" (penalty formula)
    {
      text:
        "presence_penalty and frequency_penalty both discourage repetition and both range from -2 to 2, with 0 as the default. The presence penalty is a flat amount subtracted from a token's logit once it has appeared at all, however often, which nudges the model towards new words and topics. The frequency penalty is multiplied by how many times the token has already appeared, so it grows with each repeat and mainly stops the same phrase coming back again and again.\n\n" +
        "Positive values reduce repetition, negative values encourage it; small values such as 0.1 to 1 are usually enough.",
      cues: ["presence", "frequency", "penalty", "penalties", "repeat", "repetition", "difference"],
      points: [
        "Both range from -2 to 2; the default is 0.",
        "presence_penalty: a fixed penalty once a token has appeared.",
        "frequency_penalty: grows with how often the token appeared.",
        "Positive values reduce repetition.",
      ],
    },
    // openai-node logprobs / top_logprobs / logit_bias
    {
      text:
        "Logprobs are the log probabilities of the tokens the model wrote, which show how confident it was in each one: set logprobs to true and each generated token comes back with the natural log of how likely the model thought it was, so 0 means certain and large negative numbers mean unlikely. top_logprobs, an integer from 0 to 20, adds that many of the most likely alternatives at each position, and needs logprobs to be true. They help you measure confidence and see what else the model nearly said.\n\n" +
        "logit_bias goes the other way and changes the odds in advance. It maps token ids, not words, to a value from -100 to 100 that is added to the token's logit before sampling: -100 effectively bans a token and 100 all but forces it. Look the ids up with the model's tokenizer, and remember that a word often has several tokens and variants with a leading space.",
      cues: [
        "logprobs",
        "top_logprobs",
        "logprob",
        "probability",
        "probabilities",
        "confidence",
        "confident",
        "logit_bias",
        "logit",
        "bias",
        "ban",
      ],
      points: [
        "logprobs: the log probability of each output token.",
        "top_logprobs (0 to 20) lists the likeliest alternatives; needs logprobs.",
        "logit_bias maps token ids to -100..100.",
        "-100 bans a token, 100 nearly forces it.",
      ],
    },
    // https://platform.openai.com/docs/guides/function-calling ; openai-node ChatCompletionToolMessageParam
    {
      text:
        'Function calling (tool calling) is how the model asks your program to run code for it. You pass tools, each a function with a name, a description and a JSON schema for its parameters. If the model decides it needs one, the reply has no text but a tool_calls list, each call with an id, the function name and its arguments as a JSON string, and finish_reason is "tool_calls".\n\n' +
        'The model never runs or executes anything itself. Your code parses the arguments, runs the function, and sends back the conversation with the assistant\'s tool_calls message followed by one message with role "tool" per call, holding the result and the matching tool_call_id. The model then answers the user in words using those results.',
      cues: [
        "function",
        "functions",
        "tool",
        "tools",
        "tool_calls",
        "tool_call_id",
        "calling",
        "call",
        "schema",
        "send",
        "result",
        "run",
      ],
      points: [
        "Describe functions in tools with a JSON schema for the parameters.",
        "The model replies with tool_calls: name and JSON arguments.",
        "You run the function yourself.",
        'Send the result back as a role "tool" message with its tool_call_id.',
        "The model then answers in words.",
      ],
    },
    // openai-node src/client.ts (retries, error classes); reference table of error bodies
    {
      text:
        "The API reports problems with HTTP status codes. 400 means the request itself is wrong, such as a parameter out of range or a context that is too long; 401 means a missing or invalid API key; 403 means the key is not allowed to do this; 404 usually means a misspelled model name or one you have no access to. 429 comes in two kinds: rate_limit_exceeded, when you sent too many requests or tokens in a short time and should wait, and insufficient_quota, when the account has used up its quota or budget and waiting will not help. 500 and 503 are problems on the server's side.\n\n" +
        "Retry only what can succeed later: 429 rate limits, timeouts and 5xx errors. Wait longer after each failure (exponential backoff with some randomness), and honour a retry-after header when there is one. The openai SDK already does this, retrying twice by default; set maxRetries on the client to change it.",
      cues: [
        "error",
        "errors",
        "400",
        "401",
        "403",
        "404",
        "429",
        "500",
        "503",
        "retry",
        "retries",
        "backoff",
        "rate",
        "quota",
        "status",
        // "How do I handle a 429?": the retry paragraph is the handling.
        "handle",
        "handling",
        "deal",
        "avoid",
      ],
      points: [
        "400: bad request; 401: bad key; 403: not permitted; 404: unknown model.",
        "429: rate limit (wait) or insufficient_quota (check plan and billing).",
        "500/503: server errors, worth retrying.",
        "Back off exponentially and honour retry-after.",
        "The openai SDK retries twice by default (maxRetries).",
      ],
    },
    // https://platform.openai.com/docs/guides/reasoning ; openai-node ReasoningEffort
    {
      text:
        "Reasoning models, such as the o-series and the gpt-5 family, think before they answer: they generate reasoning tokens that you never see, then the visible reply. reasoning_effort changes how much thinking they do, with values such as none, minimal, low, medium and high depending on the model; less effort means faster, cheaper answers.\n\n" +
        "The hidden reasoning tokens are billed as output tokens and count towards max_completion_tokens; usage.completion_tokens_details.reasoning_tokens tells you how many there were. Most of them also reject the old max_tokens and, unless reasoning_effort is none, non-default temperature, top_p and penalties.",
      cues: ["reasoning", "reasoning_effort", "effort", "think", "thinking", "hidden", "o1", "o3"],
      points: [
        "Reasoning models think in hidden reasoning tokens first.",
        "reasoning_effort trades depth for speed and cost.",
        "Reasoning tokens are billed as output and count towards max_completion_tokens.",
        "Most reject max_tokens and non-default sampling settings.",
      ],
    },
    // openai-node CompletionUsage; https://openai.com/api/pricing/
    {
      text:
        "Every response has a usage field that contains the token counts: prompt_tokens is what your messages cost to read, completion_tokens is what the model wrote (reasoning tokens included), and total_tokens is the sum. Details inside it show cached prompt tokens and reasoning tokens.\n\n" +
        "You pay per token, with input and output priced separately and output usually several times dearer; prices are quoted in dollars per million tokens and differ by model. To calculate the cost of a request, multiply prompt_tokens by the input price and completion_tokens by the output price, add the two, and divide by a million. Prices change, so take the current figures from OpenAI's pricing page.",
      cues: [
        "usage",
        "prompt_tokens",
        "completion_tokens",
        "completion",
        "total_tokens",
        "cost",
        "billed",
        "billing",
        "pay",
        "priced",
        "million",
        "calculate",
      ],
      points: [
        "usage has prompt_tokens, completion_tokens and total_tokens.",
        "Input and output tokens are priced separately, per million tokens.",
        "Cost = prompt_tokens × input price + completion_tokens × output price (per million).",
        "Check current prices on OpenAI's pricing page.",
      ],
    },
    // openai-node src/resources/responses/responses.ts (POST /responses, previous_response_id)
    {
      text:
        "The Responses API is OpenAI's newer interface for the same models, reached with POST /v1/responses (client.responses.create in the openai SDK). Unlike Chat Completions it can keep the conversation on OpenAI's side: pass previous_response_id and the earlier turns come along without your resending them. It also has built-in tools.\n\n" +
        "This workbook teaches Chat Completions, which stays stateless and is supported across providers and local servers that copy its shape; the ideas (roles, tokens, sampling settings, tools) carry over.",
      cues: ["responses", "previous_response_id", "newer", "difference"],
      points: [
        "The Responses API: POST /v1/responses, client.responses.create.",
        "previous_response_id carries the conversation on the server.",
        "Chat Completions is stateless: you resend the history.",
      ],
    },
  ],
};
