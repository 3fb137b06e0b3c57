/**
 * Classic reasoning puzzles, the kind used to show what a reasoning model's thinking buys: notebook 02
 * asks the bat-and-ball question at several reasoning efforts.
 */
import type { Topic } from "./types";

export const PUZZLES: Topic = {
  id: "puzzles",
  title: "The bat and ball question",
  keywords: ["bat", "ball"],
  passages: [
    {
      text: "The ball costs 5 cents. The quick answer, 10 cents, does not work: the bat would then cost $1.10 and the two together $1.20. Call the price of the ball x. The bat costs x + $1.00, so x + (x + $1.00) = $1.10, which gives 2x = $0.10 and x = $0.05. Check: a 5-cent ball and a $1.05 bat add up to $1.10, and the bat costs exactly $1.00 more.",
      cues: ["bat", "ball", "cost", "costs"],
      points: [
        "The ball costs $0.05",
        "The bat costs $1.05",
        "Together they cost $1.10",
        "10 cents is the tempting wrong answer",
      ],
    },
    {
      text: "The ball costs $0.05, not the $0.10 that first comes to mind. If the ball costs x, the bat costs x + $1.00, and together 2x + $1.00 = $1.10, so x = $0.05. The bat then costs $1.05, exactly one dollar more, and the total is $1.10.",
      cues: ["bat", "ball", "cost", "costs"],
    },
  ],
};
