import type { Topic } from "./types";

export const FUTURE: Topic = {
  id: "future-of-technology",
  title: "The future of technology",
  keywords: [
    "future",
    "technology",
    "technologies",
    "tech",
    "innovation",
    "tomorrow",
    "trends",
    "next decade",
    "coming years",
  ],
  passages: [
    {
      text: "The future of technology is likely to be less about any single invention and more about tools that quietly fit into everyday life. AI assistants will draft, summarise and translate as a matter of course, computers will understand speech and images as easily as typed text, and much of the complexity of software will move out of sight. The hardest questions will not be technical but human: who controls these systems, how we check that they are fair, and how we keep the skills we choose to hand over.",
    },
    {
      text: "The future of technology is increasingly about energy and climate. Cheaper solar panels, batteries and heat pumps are already changing how homes and cities are powered, and the next decade should bring smarter grids that balance supply and demand minute by minute. Software will play a large part, scheduling charging, predicting demand and helping industries measure and cut their emissions. Technology that saves energy may turn out to matter more than technology that merely impresses.",
    },
    {
      text: "The future of technology is personal and biological as much as digital. Cheaper genome sequencing, wearable sensors and machine learning are making it possible to spot illness earlier and tailor treatments to each patient. New vaccines can be designed in days rather than years. The same progress raises serious questions about privacy and access, so the real test will be whether these advances reach everyone rather than only the few who can afford them.",
    },
    {
      text: "The future of technology is uncertain, and that is part of what makes it exciting. Predictions from the past have a poor track record: flying cars never arrived, while pocket computers connected to all the world's knowledge arrived sooner than almost anyone expected. The safest forecast is that computing will keep getting cheaper and more capable, that the most important uses will be ones nobody planned, and that people will adapt the technology to their needs in surprising ways.",
    },
    {
      text: "The future of technology is collaborative. Rather than replacing people, the most useful systems will work alongside them: a doctor with an AI that reads scans, a teacher with software that adapts exercises to each student, a programmer with an assistant that writes the routine code. The skill that grows in value is judgement, knowing what to ask, how to check the answer and when to trust it.",
    },
    {
      text: "The future of technology is shaped by constraints as much as by breakthroughs. Chips are approaching physical limits, data centres need enormous amounts of power and water, and rare materials are hard to source responsibly. Expect a push towards efficiency: smaller models that run on a phone, software that does more with less hardware, and devices designed to be repaired and reused instead of thrown away.",
    },
  ],
};

export const LANGUAGE_MODELS: Topic = {
  id: "language-models",
  title: "Language models and the API",
  keywords: [
    "token",
    "tokens",
    "temperature",
    "top_p",
    "llm",
    "llms",
    "language model",
    "gpt",
    "chatgpt",
    "prompt",
    "context window",
    "openai",
    // Not "api": the api topic says what an API is, and "explain an API to a beginner" was the tokens passage.
    "completion",
    "completions",
    "streaming",
    "system message",
  ],
  passages: [
    {
      text:
        "A language model reads and writes text as tokens, small pieces that are often a whole short word, part of a longer word, or a punctuation mark. As a rough guide, one token is about four characters of English, or three quarters of a word, so a hundred tokens is around seventy-five words. Other languages and code often need more tokens for the same amount of text.\n\n" +
        "Tokens matter because everything is measured in them: the context window that limits how much the model can see at once, the maximum length of a reply, and the price of each request, which is billed per input and output token. Counting tokens with the model's own tokenizer, such as tiktoken, tells you exactly what a request will use.",
      cues: ["token", "tokens", "what", "count", "counting"],
      points: [
        "Models read and write tokens: words, parts of words and punctuation.",
        "One token is roughly four characters of English.",
        "Context windows, reply limits and prices are all measured in tokens.",
        "A tokenizer such as tiktoken counts them exactly.",
      ],
    },
    {
      text:
        "Temperature controls how adventurous a language model is when it picks each next token. At temperature 0 it always takes the most likely token, so the same prompt gives nearly the same answer every time, which suits extraction, classification and code. Around 0.7 to 1 the model sometimes picks less likely tokens, giving more varied, natural text. Above about 1.5 it starts choosing unlikely tokens often enough that the text wanders and can stop making sense.\n\n" +
        "top_p is a different dial for the same effect: the model samples only from the smallest set of tokens whose probabilities add up to top_p. A low top_p such as 0.1 keeps only the safest choices. The usual advice is to adjust one of the two and leave the other at its default.",
      cues: ["temperature", "top_p", "random", "creative", "sampling", "parameters"],
      points: [
        "Temperature 0 always picks the most likely token.",
        "Around 0.7 to 1 gives varied, natural text.",
        "Above about 1.5 the text starts to wander.",
        "top_p samples from the smallest set of tokens covering that probability.",
        "Adjust temperature or top_p, not both.",
      ],
    },
    {
      text:
        "The context window is the total number of tokens a model can consider at once: the system message, the whole conversation so far and the reply it is writing. The model has no memory between requests, so a chat application sends the earlier messages again every time, and a long conversation eventually fills the window.\n\n" +
        "When that happens, the request fails with a context length error, or the oldest messages have to go. Common strategies are keeping only the last few exchanges, summarising older parts of the conversation into a short note, and setting a limit on the reply length with max_completion_tokens so that there is always room for the answer.",
      cues: ["context", "window", "memory", "long", "conversation", "history", "limit"],
      points: [
        "The context window covers the system message, the conversation and the reply.",
        "The model has no memory: each request resends the history.",
        "Long conversations must be trimmed or summarised.",
        "max_completion_tokens reserves room for the reply.",
      ],
    },
    {
      text:
        "A large language model is a neural network trained on a vast amount of text to predict the next token of a passage. Doing that well across billions of examples forces it to pick up grammar, facts, styles and patterns of reasoning. After this pre-training, models are fine-tuned to follow instructions and hold a conversation, often with feedback from people who rated its answers.\n\n" +
        "The result can write, summarise, translate, answer questions and produce code, but it generates plausible text rather than looking facts up, so it can be confidently wrong. Good applications give the model clear instructions and relevant information in the prompt, and check its output where mistakes matter.",
      cues: ["llm", "what", "large", "language", "model", "gpt", "work", "works"],
      points: [
        "An LLM is a neural network trained to predict the next token.",
        "Pre-training on vast text teaches grammar, facts and styles.",
        "Fine-tuning teaches it to follow instructions.",
        "It can be confidently wrong, so check important output.",
      ],
    },
    {
      text:
        "Streaming sends a reply to you piece by piece as the model generates it, instead of all at once at the end. With the Chat Completions API you set stream to true and receive server-sent events, each carrying a small delta of text, often a single token, followed by a final event with the finish reason.\n\n" +
        "The total time is about the same, but the first words appear almost immediately, which makes a chat interface feel far more responsive. The price of streaming is a little more code: you assemble the text from the deltas, handle errors that can arrive mid-stream, and ask for usage explicitly with stream_options if you want the token counts.",
      cues: ["stream", "streaming", "events", "sse", "chunks", "real", "time"],
      points: [
        "Streaming delivers the reply in small deltas as it is generated.",
        "The first words appear almost immediately.",
        "You assemble the text from the chunks.",
        "Ask for usage with stream_options.include_usage.",
      ],
    },
    // openai-node README ("Streaming responses", "Streaming helpers"), v6
    {
      text:
        "To stream a reply with the openai SDK for TypeScript, pass stream: true, then loop over what create returns with for await; each chunk's choices[0].delta.content holds the next piece of text, or nothing:\n\n" +
        '```ts\nconst stream = await client.chat.completions.create({\n  model: "gpt-4o-mini",\n  messages: [{ role: "user", content: "Tell me a story" }],\n  stream: true,\n});\nfor await (const chunk of stream) {\n  process.stdout.write(chunk.choices[0]?.delta?.content ?? "");\n}\n```\n\n' +
        "The SDK also has a helper, client.chat.completions.stream(...), which emits content events as text arrives and gives you the whole completion at the end with finalChatCompletion().",
      cues: [
        "sdk",
        "openai",
        "stream",
        "streaming",
        "await",
        "chunk",
        "chunks",
        "delta",
        "typescript",
        "node",
        "code",
        "loop",
      ],
      points: [
        "Pass stream: true and loop over the chunks with for await.",
        "Each chunk's choices[0].delta.content is the next piece of text.",
        "client.chat.completions.stream(...) is a helper with finalChatCompletion().",
      ],
    },
    // js-tiktoken README; tiktoken's model-to-encoding table (o200k_base for gpt-4o and newer)
    {
      text:
        "To count tokens in TypeScript or JavaScript, use js-tiktoken, a port of OpenAI's tiktoken tokenizer; getEncoding loads an encoding and encode turns a string into token ids, so their number is the count:\n\n" +
        '```ts\nimport { getEncoding } from "js-tiktoken";\n\nconst enc = getEncoding("o200k_base"); // gpt-4o and newer models\nconsole.log(enc.encode("Hello, world!").length); // 4\n```\n\n' +
        "Older models such as gpt-4 and gpt-3.5-turbo use cl100k_base, and encodingForModel picks the right encoding from a model's name. A chat message costs a few tokens more than its text, for the role and the message's wrapping.",
      cues: [
        "count",
        "counting",
        "tiktoken",
        "js-tiktoken",
        "typescript",
        "javascript",
        "encode",
        "encoding",
        "tokenizer",
        "o200k_base",
        "how",
      ],
      points: [
        "js-tiktoken counts tokens in TypeScript: getEncoding, then encode(text).length.",
        "o200k_base is gpt-4o's encoding; cl100k_base is older models'.",
        "Each chat message costs a few tokens more than its text.",
      ],
    },
  ],
};

export const JSON_TOPIC: Topic = {
  id: "json",
  title: "JSON",
  keywords: ["json", "structured", "schema", "parse", "object"],
  passages: [
    {
      text:
        "JSON, short for JavaScript Object Notation, is a plain-text format for structured data. It has objects, written with curly braces and holding key-value pairs, arrays in square brackets, and four kinds of simple values: strings in double quotes, numbers, true and false, and null. Keys must be strings in double quotes, and trailing commas are not allowed.\n\n" +
        "Almost every programming language can read and write JSON, which is why web APIs use it to exchange data. In JavaScript and TypeScript, JSON.parse turns text into values and JSON.stringify does the reverse; in Python, the json module does the same with json.loads and json.dumps.",
      cues: ["what", "json", "format"],
      points: [
        "JSON is a plain-text format for structured data.",
        "It has objects, arrays, strings, numbers, booleans and null.",
        "Keys are double-quoted strings; no trailing commas.",
        "JSON.parse and JSON.stringify convert it in JavaScript.",
      ],
    },
    {
      text:
        "There are two ways to get JSON from the Chat Completions API. JSON mode, response_format with type json_object, guarantees that the reply is syntactically valid JSON, but not which keys it has, and it requires the word JSON somewhere in your messages. Structured Outputs, type json_schema with a schema and strict set to true, goes further: the reply always matches your schema, with every required key and the right types.\n\n" +
        "Without either setting, a model merely asked for JSON in the prompt usually complies but may return invalid or broken JSON, wrap it in a code fence or add a sentence around it. Either way, check finish_reason before you parse. A reply cut off by max_completion_tokens ends with finish_reason length, and its JSON is incomplete.",
      // openai-node ChatCompletionCreateParams.response_format (json_schema preferred over json_object)
      cues: [
        "mode",
        "response_format",
        "structured",
        "outputs",
        "schema",
        "api",
        "model",
        "return",
        "force",
        "invalid",
        "get",
        "make",
      ],
      points: [
        "JSON mode guarantees valid JSON, not specific keys.",
        "JSON mode needs the word JSON in the messages.",
        "Structured Outputs with a strict schema guarantees the shape.",
        "Check finish_reason: a reply cut by the token limit is incomplete JSON.",
      ],
    },
  ],
};
