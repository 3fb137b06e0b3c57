/**
 * Answers for a child of five ("Explain it like I'm five"), for the topics learners try that
 * voice on first. Each joins its topic (by id) with the persona "child".
 */
import type { Passage } from "./types";

export const SIMPLE: Record<string, Passage[]> = {
  "machine-learning": [
    {
      persona: "child",
      text: "Machine learning is how a computer learns from lots of examples, a bit like you learned what a dog is by seeing many dogs. Nobody told you every rule; you just noticed what dogs have in common. The computer does the same with pictures, words or numbers, and then it can make good guesses about new ones.",
    },
  ],
  recursion: [
    {
      persona: "child",
      text: "Recursion is when something uses a smaller copy of itself. Think of those wooden dolls that open up with a smaller doll inside, and another inside that one. To count them, you open one, count it, and do the very same thing with the doll inside, until you find the tiniest doll that does not open.",
    },
  ],
  paris: [
    {
      persona: "child",
      text: "Paris is the capital of France, which means it is the most important city there, where the leaders of the country work. It has a very tall metal tower called the Eiffel Tower, lots of museums full of paintings, and bakeries that make crunchy bread every morning.",
    },
  ],
  sorting: [
    {
      persona: "child",
      text: "Sorting means putting things in order, like lining up your toy cars from smallest to biggest. A computer does it by comparing two things at a time and swapping them when they are in the wrong order, again and again, until the whole line is neat.",
    },
  ],
  "language-models": [
    {
      persona: "child",
      text: "A language model is a computer program that has read a huge amount of writing. When you ask it something, it guesses the next word again and again, one word at a time, picking words that usually go together. That is how it writes answers that sound like a person.",
    },
  ],
};
