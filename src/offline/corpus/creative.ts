import type { Topic } from "./types";

export const HAIKU: Topic = {
  id: "haiku",
  title: "Haiku about programming",
  keywords: ["haiku", "haikus", "syllables"],
  creative: true,
  passages: [
    { text: "Cursor blinks and waits\nOne missing bracket somewhere\nThe night grows longer" },
    { text: "Tests turn green at last\nI push the commit and smile\nThen production breaks" },
    { text: "Rubber duck on desk\nI explain the bug aloud\nAnd the duck is right" },
    { text: "Morning coffee steams\nThe compiler lists my sins\nOne by one by one" },
    { text: "Recursion calls out\nTo itself, and to itself\nUntil the base case" },
    { text: "Spring rain on the roof\nMerge conflicts bloom like flowers\nIn the main branch, too" },
    { text: "A stack trace unrolls\nForty lines of someone else\nThen one line of mine" },
    { text: "Empty editor\nInfinite possible apps\nI write hello world" },
    { text: "Names like x and y\nSix months later I return\nWho wrote this, and why" },
    { text: "Loops inside of loops\nThe laptop fan starts to hum\nA quiet warning" },
    { text: "Deadline tomorrow\nThe coffee has gone cold twice\nThe tests still fail red" },
    { text: "Indentation wars\nTabs and spaces glare across\nNo one wins the night" },
    { text: "Null pointer at dawn\nThe program asks what is there\nNothing answers back" },
    { text: "Code review comments\nThirty notes on one small change\nAll of them are right" },
    { text: "Autumn leaves falling\nLike old dependencies\nNobody updates" },
  ],
};

export const TAGLINES: Topic = {
  id: "taglines",
  title: "Coffee shop taglines",
  keywords: [
    "tagline",
    "taglines",
    "slogan",
    "slogans",
    "motto",
    "coffee",
    "cafe",
    "café",
    "espresso",
    "latte",
    "barista",
  ],
  creative: true,
  passages: [
    { text: "Brewed with care, poured with heart." },
    { text: "Good mornings start here." },
    { text: "Where every cup starts a conversation." },
    { text: "Fresh roasts, warm welcomes." },
    { text: "Slow down. Sip something good." },
    { text: "Small cups, big moments." },
    { text: "Roasted nearby, savoured here." },
    { text: "The neighbourhood's favourite pause." },
    { text: "Steam, beans and good company." },
    { text: "Your best idea is one cup away." },
    { text: "Wake up to something worth the walk." },
    { text: "Coffee the way your mornings deserve." },
    { text: "Pull up a chair. The pot is on." },
    { text: "Every bean has a story. Come hear it." },
    { text: "Strong coffee, gentle prices." },
    { text: "Come in cold, leave warm." },
    { text: "Where the espresso is serious and the mood is not." },
    { text: "Your corner of calm, one cup at a time." },
    { text: "Handcrafted drinks for half-awake humans." },
    { text: "Sip, stay, repeat." },
  ],
};

export const POEMS: Topic = {
  id: "poems",
  title: "Short poems",
  keywords: ["poem", "poems", "poetry", "verse", "rhyme", "rhymes", "sonnet", "limerick"],
  creative: true,
  passages: [
    {
      text: "The kettle hums a low, familiar tune,\nthe window holds a slice of silver moon.\nI write a line, then cross it out again;\nthe best words come like weather, not like rain\nthat falls on cue. They wander in at will,\nand all I do is wait, and keep the lamp lit still.",
    },
    {
      text: "I asked the river where it goes,\nit only laughed and kept its flows.\nI asked the hill why it stays put,\nit let the sunset warm its foot.\nSo I stopped asking, sat between,\nand learned what both of them had seen.",
    },
    {
      text: "A programmer once wrote a loop\nthat spun like a hoop in a hoop.\nIt never would stop,\nso she pressed the red top,\nand the server went down with a whoop.",
    },
    {
      text: "Small lights along the harbour wall,\nthe boats asleep, the gulls gone quiet;\nthe town exhales at evening's call,\nand even clocks forget to riot.",
    },
  ],
};

export const STORIES: Topic = {
  id: "stories",
  title: "Short stories",
  keywords: ["story", "stories", "tale", "once upon", "bedtime", "fable", "short story"],
  creative: true,
  passages: [
    {
      text:
        'The lighthouse keeper had not spoken to anyone in three weeks when the letter arrived, tied to the leg of a very tired pigeon. It was addressed to the lighthouse itself. "Dear Light," it began, "thank you for every night you have kept us safe. We are the fishing boat Marigold, and we have never once said thank you."\n\n' +
        "The keeper read it twice, then climbed the spiral stairs and read it aloud to the great lamp. That night the beam swept the sea as always, but to the crew of the Marigold it seemed, just for a moment, to wink.",
    },
    {
      text:
        "Every morning at seven, the robot in apartment 4B watered a plant that had been dead for a year. The neighbours thought it was broken. A little girl from the third floor finally asked it why.\n\n" +
        '"My owner asked me to look after it while she travelled," the robot said. "She has not come back yet, so I have not finished." The girl thought about this, then went home and returned with a small green seedling in a cup. Together they planted it in the old pot. The robot kept watering, and this time, something grew.',
    },
    {
      text:
        "Mara found the map folded inside a library book that had not been borrowed since 1974. It showed her own town, but with one extra street, between the bakery and the bank, where in real life there was only a brick wall.\n\n" +
        "She went there at midnight, feeling silly, and pressed her hand against the bricks. They were warm. Somewhere behind them, faintly, a bell rang, the way a shop bell rings when someone who has been expected for a very long time finally opens the door.",
    },
  ],
};

export const JOKES: Topic = {
  id: "jokes",
  title: "Jokes",
  keywords: ["joke", "jokes", "funny", "laugh", "pun", "humor", "humour"],
  creative: true,
  passages: [
    { text: "Why do programmers prefer dark mode? Because light attracts bugs." },
    { text: "I told my computer I needed a break, and it said: no problem, I'll freeze for you." },
    { text: "A SQL query walks into a bar, goes up to two tables and asks: may I join you?" },
    { text: "Why did the developer go broke? Because he used up all his cache." },
    { text: "There are 10 kinds of people in the world: those who understand binary and those who don't." },
  ],
};
