import type { Topic } from "./types";

const F = "```";

export const WRITING: Topic = {
  id: "writing",
  title: "Improving your writing",
  keywords: [
    "writing",
    "write better",
    "writer",
    "essay",
    "prose",
    "improve",
    "style",
    "grammar",
    "clarity",
    "draft",
    "editing",
  ],
  passages: [
    {
      text:
        "The fastest way to improve your writing is to write regularly and revise deliberately. Set aside a little time most days, even fifteen minutes, and finish what you start. Then read your draft again the next day with fresh eyes: cut words that do not earn their place, replace vague phrases with concrete ones, and break long sentences in two.\n\n" +
        "Read widely, and notice how writers you admire open a piece, move from one idea to the next and end. Know what you want to say before you start, ideally in one sentence, and write for a specific reader. Read your work aloud: your ear catches clumsy rhythm and missing words that your eye skips. Finally, ask for feedback from someone you trust and look for patterns in what they notice.",
      cues: ["improve", "better", "how", "writing", "tips", "advice"],
      points: [
        "Write a little every day and finish what you start.",
        "Revise with fresh eyes: cut, sharpen and simplify.",
        "Read widely and study how good writers structure their work.",
        "Know your main point and your reader before you start.",
        "Read your drafts aloud.",
        "Ask for feedback and look for patterns in it.",
      ],
    },
    {
      text:
        "Good writing is mostly rewriting. Your first draft only has to exist; clarity comes in the second and third passes. When you revise, start with the big picture: is the main point clear, and does each paragraph support it? Then work on sentences: prefer active verbs, put the important words at the end of the sentence where they land hardest, and choose the plain word over the impressive one.\n\n" +
        "Specific details persuade more than general claims, so show an example instead of saying something is important. Keep paragraphs short and give each one a single job. And build a habit: writers improve through volume and feedback, not through waiting for inspiration.",
      cues: ["better", "clear", "clarity", "revise", "rewrite", "edit"],
      points: [
        "Treat the first draft as raw material and rewrite it.",
        "Check the main point and structure before polishing sentences.",
        "Prefer active verbs and plain words.",
        "Use specific examples instead of general claims.",
        "Give each paragraph one job.",
      ],
    },
    {
      persona: "coach",
      text:
        "Wanting to improve is already the most important step, and it tells me you care about your readers. Let's build on that. Start by keeping a short writing routine: twenty minutes, three times a week, on anything that interests you. Consistency will do more for you than any single trick.\n\n" +
        "When you finish a piece, look for one specific thing to strengthen rather than everything at once. A great first target is your openings: try starting with a concrete image or a surprising line instead of a general statement, and notice how much more alive the page feels. Read one short story or essay a week and copy out a paragraph you love, then ask what makes it work. You are building a skill, so be patient and generous with yourself; every draft you finish is progress, and I would be glad to give feedback on your next one.",
      cues: ["improve", "better", "writing", "help", "feedback"],
      points: [
        "Your wish to improve is the most important step.",
        "Keep a short, regular writing routine.",
        "Focus on one specific improvement per piece, such as stronger openings.",
        "Study paragraphs you love and ask what makes them work.",
        "Be patient: every finished draft is progress.",
      ],
    },
    {
      persona: "coach",
      text:
        "Thank you for sharing your draft: putting work in front of a reader takes courage, and there is real promise here. What works best is your voice. The sentences sound like a person speaking, and that makes the reader want to keep going.\n\n" +
        "Here is one specific suggestion to make it stronger. The most vivid moment comes near the end; consider moving a hint of it to the first paragraph so the reader knows what is at stake from the start. Then look at your verbs: swapping a few forms of to be for active verbs, such as the door slammed instead of the door was shut, will give your scenes more energy. Keep going, and bring me the next version: I am curious where you take it.",
      cues: ["feedback", "story", "draft", "poem", "review", "critique", "opinion", "think"],
      points: [
        "Praise what works: a natural, engaging voice.",
        "Move a hint of the most vivid moment to the opening.",
        "Replace forms of to be with active verbs.",
        "Keep going and share the next version.",
      ],
    },
    {
      persona: "coding",
      language: "typescript",
      text:
        "If you mean writing code, the same principles as good prose apply: clear names, short units and comments that explain why. Here is a small example that shows the difference:\n\n" +
        `${F}ts\n// Hard to read: cryptic names, no explanation\nfunction f(l: [string, number][], t: number) {\n  return l.filter((x) => x[1] > t);\n}\n\n// Easier to read: names say what things are\ntype Order = { customer: string; total: number };\n\n/** The orders whose total exceeds minimumTotal. */\nfunction ordersAbove(orders: Order[], minimumTotal: number): Order[] {\n  // Keep the big orders only; the rest go to the weekly report\n  return orders.filter((order) => order.total > minimumTotal);\n}\n${F}\n\n` +
        "For everyday writing, such as documentation, commit messages and emails, lead with the point, keep sentences short, and give concrete examples. Then revise: read it once more as the person who will receive it, and cut anything they do not need.",
      cues: ["improve", "writing", "code", "better", "readable"],
      points: [
        "Choose names that say what things are.",
        "Keep functions and paragraphs short.",
        "Write comments that explain why, not what.",
        "Lead with the point in documentation and messages.",
        "Revise from the reader's point of view.",
      ],
    },
    {
      persona: "medical",
      text:
        "To improve your writing, write a little most days, revise with fresh eyes, read widely and ask for feedback. Keep sentences short, lead with your main point, and prefer concrete words to abstract ones.\n\n" +
        "Writing is also physical work. Long sessions at a keyboard can strain your eyes, wrists, neck and back, so take short breaks every half hour, keep your screen at eye level and your wrists straight, and notice tiredness before it turns into pain. If you have persistent pain, numbness or tingling in your hands, or if difficulty concentrating is affecting your work, please consult a doctor or another qualified healthcare professional rather than relying on general advice.",
      cues: ["improve", "writing", "better"],
      points: [
        "Write regularly, revise and ask for feedback.",
        "Take short breaks and set up your desk to avoid strain.",
        "Persistent pain, numbness or trouble concentrating deserve a professional's opinion.",
      ],
    },
  ],
};

export const CREATIVE_WRITING: Topic = {
  id: "creative-writing",
  title: "Creative writing",
  keywords: [
    "creative",
    "fiction",
    "novel",
    "story",
    "stories",
    "character",
    "characters",
    "plot",
    "writer's block",
    "poetry",
  ],
  passages: [
    {
      persona: "coach",
      text:
        "Writer's block is usually not a lack of ideas but fear that the next sentence will not be good enough. So lower the stakes: give yourself permission to write badly for ten minutes. Set a timer, pick a small prompt, such as a character waiting for a train who has just received a letter, and keep your pen moving until the timer rings.\n\n" +
        "You will often find one line worth keeping, and that line is your way back in. Change your setting too: a different room, a notebook instead of a screen, or writing at a new time of day. And remember that every writer you admire has stared at a blank page. You are in good company, and the page gets easier the more often you show up.",
      cues: ["block", "stuck", "ideas", "motivation", "start", "blank"],
      points: [
        "Writer's block is often fear of writing badly.",
        "Give yourself permission to write a rough ten minutes.",
        "Use small prompts to get moving.",
        "Change your setting or tools.",
        "Show up regularly; it gets easier.",
      ],
    },
    {
      persona: "coach",
      text:
        "Strong characters want something, and something stands in their way. Before you write a scene, ask what your character wants in that moment and what they are willing to do to get it. That desire gives the scene direction, and the obstacle gives it tension.\n\n" +
        "Reveal character through action and choice rather than description: a person who returns a lost wallet, but only after counting the money, tells the reader more than a paragraph of adjectives. Give them a contradiction, such as a brave firefighter who is afraid of the dark, and let them change a little by the end. You clearly have an eye for people, so trust it and let your characters surprise you.",
      cues: ["character", "characters", "believable", "develop", "protagonist"],
      points: [
        "Give each character a clear desire and an obstacle.",
        "Reveal character through actions and choices.",
        "Add a contradiction to make characters feel real.",
        "Let characters change by the end.",
      ],
    },
    {
      text:
        "A simple structure helps most stories: a beginning that sets up a character with a problem, a middle where their attempts to solve it make things more complicated, and an ending where they make a decisive choice and something changes. Start as close to the trouble as you can, and cut warm-up paragraphs where nothing happens.\n\n" +
        "Use scenes for the important moments, with dialogue and concrete detail, and summary for the time in between. End scenes a little early, so the reader is pulled into the next one. When you revise, check that every scene either moves the plot forward or reveals something new about a character, ideally both.",
      cues: ["plot", "structure", "story", "stories", "scene", "write"],
      points: [
        "Beginning: a character with a problem.",
        "Middle: attempts that complicate things.",
        "End: a decisive choice and a change.",
        "Start close to the trouble.",
        "Every scene should move the plot or reveal character.",
      ],
    },
  ],
};
