import type { Topic } from "./types";

export const GREETINGS: Topic = {
  id: "greetings",
  title: "Greetings",
  keywords: [
    "hello",
    "hi",
    "hey",
    "greetings",
    "good morning",
    "good afternoon",
    "good evening",
    "howdy",
    "how are you",
  ],
  passages: [
    { text: "Hello! How can I help you today?" },
    { text: "Hello there, how are you?" },
    { text: "Hi there! What would you like to talk about?" },
    { text: "Hello! I'm ready when you are. Ask me anything, or tell me what you're working on." },
    { text: "Hi! I'm doing well, thanks for asking. What can I do for you?", cues: ["how", "are", "doing"] },
    // Short ones, for "Say hello in three words" and one-word greetings.
    { text: "Hello!" },
    { text: "Hi there!" },
    { text: "Hello, and welcome!" },
    { text: "Hello, lovely to meet you!" },
    { text: "Hello, friend. Welcome back today!" },
  ],
};

export const SELF: Topic = {
  id: "self",
  title: "About the offline model",
  keywords: ["yourself", "who are you", "what are you", "introduce", "introduction"],
  passages: [
    {
      text: "I'm the workbook's offline model: a small program that runs on your own machine, writes its replies from a short corpus written for this course and a few skills that compute, and speaks the same Chat Completions API as the real models.",
    },
    { text: "I'm the workbook's small offline model, built to help you practise the Chat Completions API." },
  ],
};

export const THANKS: Topic = {
  id: "thanks",
  title: "Thanks",
  keywords: ["thanks", "thank you", "thx", "appreciate", "cheers", "bye", "goodbye"],
  passages: [
    { text: "You're welcome! Let me know if there's anything else I can help with." },
    { text: "Glad I could help. Good luck with your project!" },
    { text: "Happy to help. Goodbye, and see you next time!", cues: ["bye", "goodbye"] },
    { text: "Goodbye, and take care!", cues: ["bye", "goodbye"] },
  ],
};

export const FALLBACK: Topic = {
  id: "general",
  title: "General reply",
  keywords: [],
  fallback: true,
  passages: [
    {
      text: "I'd be glad to tell you more, but I'm not sure what you are referring to. I only see the messages in this request, and there is nothing earlier in it for \"it\" to point to. Could you say which topic you mean?",
      cues: ["it", "that", "this", "more", "them", "they", "he", "she"],
    },
    {
      text: "That's a good question, but it is outside what I know well. I'm the workbook's offline model: a small program that runs on your own machine, with no key and no cost. I can talk about Paris and France, Python decorators and best practices, recursion, sorting, machine learning, writing, health basics, the future of technology, and how language models work, and I can write haiku, taglines, short poems and stories. For anything else, connect a real model by setting OPENAI_API_KEY in the .env file.",
    },
    {
      text: "I'm not sure I can give you a reliable answer to that. As the workbook's offline model, I only know a handful of topics, such as Paris, Python, recursion, sorting, machine learning and writing advice. Try asking about one of those, or set OPENAI_API_KEY in .env to send your question to a real model.",
    },
    {
      text: "Interesting! I don't have much to say about that, because I'm a small offline model built for this workbook, trained on a short corpus of answers. Everything you practise here, such as messages, parameters, streaming and errors, works the same way with a real model, so set OPENAI_API_KEY when you want answers on any subject.",
    },
  ],
};
