/**
 * Short creative forms about any subject: limericks (AABBA, the rhymes fixed by the template, the
 * subject in the first line), two-sentence stories, jokes (well-known ones for common subjects,
 * else riddle templates), blog titles, email subject lines, and names for the kind of thing asked
 * (a goldfish, a band, a startup, a podcast), not only for shops. Templates use the "[a|b]" syntax
 * of templates.ts; slots: {Ax} "A cat who loves lasagna", {ax}, {The x}, {the x}, {x}, {xs},
 * {pro} it/they, {Pro}, {poss} its/their, {Topic} in title case, {Kw} the subject's key word.
 */
import { syllable } from "syllable";

export const LIMERICKS: string[] = [
  "{Ax} [set out|woke up] on a [bright|fine] summer day\nand [decided|declared] {pro} would do things {poss} way.\n{Pro} [wandered|rambled] [till night|out of sight],\n[then came home|and came back] [with delight|feeling light],\n[and that is the whole of my tale for today|and that's all there is, I must say].",
  '{Ax} [sat down|stopped by] for a [snack|bite] at nine\nand [declared|announced], "[Now this|This meal] is [divine|simply fine]!"\n{Pro} [looked all around|gazed all around],\n[then curled up on the ground|without making a sound],\n[and dreamed in the warm sunshine|and dreamed of the next time to dine].',
  "{Ax} [had a story to tell|knew a secret quite well],\n[and it started|which began] [with the ring of a bell|by an old wishing well].\n{Pro} [baked a big cake|swam in the lake]\n[for everyone's sake|and stayed wide awake],\n[and it all turned out rather well|and that's all I know, I can tell].",
  "{Ax} [once wore|bought] a [tall|fancy] hat\nand [went out|stepped out] for a [long|friendly] chat.\n{Pro} [started to sing|began to sing]\n[about every small thing|of the joys of the spring],\n[and then took a nap on the mat|and that was the end of that].",
];

export const STORIES: string[] = [
  "{The x} [had been missing|had been gone] for [three days|a whole week] when I [found it|saw it again] [on my doorstep|in the garden], [perfectly dry|neatly folded|exactly as I had left it]. [Pinned to it|Next to it] was a note in my own handwriting that I do not remember writing.",
  "[Every morning|Every day], {the x} waited by the [window|door] [for someone who never came|as if expecting a visitor]. [Then one morning|One rainy morning], [the door opened|someone knocked], and [nothing was ever the same again|everything changed].",
  "Nobody [in town|on our street] [paid much attention to|noticed] {the x} [until the night|until the evening] [the lights went out|it started to glow]. By morning, [everyone|the whole town] [was talking about it|knew its name].",
  "[My grandmother|My neighbour] [left me|gave me] {the x} with one rule: never [open it|touch it] after midnight. [Last night|Tonight], at a minute past twelve, [it opened itself|I heard it knock from the inside].",
];

/** Two-sentence stories about a creature or a person: the eerie ones above are about things ("it opened itself"). */
export const ANIMATE_STORIES: string[] = [
  "[Once upon a time|Long ago], {ax} lived [at the edge of a quiet forest|high in the hills above a little village]. [Nobody believed {pro} could do anything special|Everyone said {pro} would never amount to much], until the winter night {pro} [led a lost child home through the snow|carried the village's lost lantern home], and after that [nobody ever forgot {poss} name|{pro} [was|were] welcome at every door].",
  "{The x} had always [dreamed of seeing the sea. One spring morning {pro} simply set off, and by sunset {pro} sat on the sand, watching the waves for the very first time|wanted to see what lay beyond the hill. One bright morning {pro} simply set off, and by sunset {pro} stood on top of the hill, happier than ever before].",
];

/**
 * Stories with the premise the request gives: "a dragon who is afraid of fire", "a robot learning to
 * paint", "a cat who wants to fly". {Who} is the someone, {what} the premise's own words.
 */
export const PREMISE_STORIES: { test: RegExp; templates: string[] }[] = [
  {
    test: /^(.{3,60}?)\s+(?:who|that|which)\s+(?:is|was|are|were|gets|got)\s+(?:very\s+|really\s+|so\s+)?(?:afraid|scared|frightened|terrified)\s+of\s+(.{2,40})$/i,
    templates: [
      "[Once upon a time|Long ago], {who} {was} afraid of {what}. [Every evening {pro} faced just a little of {what}, a bit closer each time|With a patient friend close by, {pro} faced a little of {what} every day], until one morning {pro} noticed the fear had gone, and {pro} [laughed at how big it had once seemed|felt braver than ever before].",
    ],
  },
  {
    test: /^(.{3,60}?)\s+(?:(?:who|that|which)\s+(?:is|was|are|were)\s+)?(?:learning|trying|learns|tries)\s+(?:how\s+)?to\s+(.{2,40})$/i,
    templates: [
      "[Once upon a time|Long ago], {who} [wanted more than anything|made up {poss} mind] to learn to {what}. The first tries went badly, [and everyone laughed|and {pro} almost gave up], but {pro} practised every single day, and one morning {pro} could finally {what}, [better than anyone had expected|and it felt wonderful].",
    ],
  },
  {
    test: /^(.{3,60}?)\s+(?:who|that|which)\s+(?:wants|wanted|dreams|dreamed|dreamt|longs|longed|wishes|wished)\s+((?:to|of)\s+.{2,40})$/i,
    templates: [
      "[Once upon a time|Long ago], {who} {wish}. [Everyone said it could never happen|Nobody thought it was possible], but {pro} tried again and again, and one bright morning the dream came true, [just as {pro} had always imagined|and it was even better than {pro} had hoped].",
    ],
  },
];

/** Stories of three sentences about anything: the whole topic told first, so "a cat who gets stuck on a roof" is in it. */
export const THREE_SENTENCE_STORIES: string[] = [
  "This is the story of {ax}. [At first nobody knew what to do|For a while it looked like real trouble], but [a kind neighbour|a clever child|a passing stranger] [came along to help|had a good idea]. [By sunset|In the end] everything was fine, and [the whole street cheered|everyone went home happy].",
  "[Nobody on our street will forget|Everyone in town still talks about] {ax}. [It began on an ordinary morning|It all started on a quiet Tuesday], and [by lunchtime|within an hour] half the neighbourhood had come to [watch|help]. [When it was over|In the end], [everyone cheered|we all laughed about it for weeks].",
];

/** Stories of one sentence: the topic, a turn and an end. */
export const ONE_SENTENCE_STORIES: string[] = [
  "This is the story of {ax}, [and of the ordinary morning|and of the quiet afternoon] when [everything changed|nothing went to plan], [until|right up until] [a kind stranger|a clever child] [made it all right again|set everything right].",
];

/** A scary story in one or three sentences: the mood asked, which the cheerful ones above do not keep. */
export const EERIE_ONE_SENTENCE_STORIES: string[] = [
  "I [locked|put] {the x} in the attic [years ago|last winter], so I [cannot explain|do not know] why it was [on my pillow|at the foot of my bed] [this morning|when I woke up], [still warm|humming softly].",
  "[Every night at three|At exactly midnight], {the x} [starts to play|begins to hum] by itself, and [last night|tonight] it [played|hummed] my name.",
];
export const EERIE_THREE_SENTENCE_STORIES: string[] = [
  "{The x} [appeared|turned up] on our doorstep the night the power went out. [At first|For a while] we [laughed about it|thought it was a prank]. Then we [noticed|realised] that it [moved a little closer to the stairs every night|was never where we had left it].",
];
/** A cheerful two-sentence story about a thing: the two-sentence ones above are eerie. */
export const CHEERFUL_STORIES: string[] = [
  "{The x} had sat forgotten [on a dusty shelf|in the back of a cupboard] for years. Then one [sunny|bright] morning [a curious child|a kind neighbour] [found it|dusted it off], and [it became the best-loved thing in the house|it made everyone smile again].",
];

/** Creatures a story can be about as someone, not something. */
export const ANIMATE =
  /\b(?:dogs?|pupp(?:y|ies)|cats?|kittens?|dragons?|unicorns?|fox(?:es)?|rabbits?|bunn(?:y|ies)|bears?|owls?|mice|mouse|birds?|horses?|pon(?:y|ies)|elephants?|lions?|tigers?|penguins?|frogs?|whales?|dolphins?|monkeys?|wol(?:f|ves)|turtles?|hedgehogs?|squirrels?|ducks?|pigs?|cows?|sheep|goats?|giants?|trolls?|fair(?:y|ies)|elf|elves|robots?|aliens?|monsters?|ghosts?|witch(?:es)?|mermaids?|dinosaurs?|snails?|bees?|ants?|butterfl(?:y|ies))\b/i;

/** Well-known jokes for subjects learners ask about first; every one names its subject. */
export const KNOWN_JOKES: { test: RegExp; jokes: string[]; head?: boolean }[] = [
  {
    test: /\bpenguins?\b/i,
    jokes: [
      "What do penguins wear on their heads? Ice caps.",
      "Why don't penguins like talking to strangers at parties? They find it hard to break the ice.",
      "How does a penguin build its house? Igloos it together.",
    ],
  },
  {
    test: /\bcomputers?\b|\blaptops?\b|\bpcs?\b/i,
    jokes: [
      "Why did the computer go to the doctor? Because it had a virus.",
      "Why was the computer cold? It left its Windows open.",
      "I told my computer I needed a break, and it said: no problem, I'll freeze for you.",
    ],
  },
  {
    test: /\bcats?\b|\bkittens?\b/i,
    jokes: [
      "What do you call a pile of cats? A meowtain.",
      "Why did the cat sit on the computer? To keep an eye on the mouse.",
      "What is a cat's favourite colour? Purr-ple.",
    ],
  },
  {
    test: /\bdogs?\b|\bpupp(?:y|ies)\b/i,
    jokes: [
      "What do you call a dog magician? A labracadabrador.",
      "Why did the dog sit in the shade? Because it didn't want to be a hot dog.",
      "What do you call a cold dog? A chili dog.",
    ],
  },
  {
    test: /\bfish\b|\bgoldfish\b/i,
    jokes: ["What do you call a fish with no eyes? A fsh.", "Why are fish so smart? Because they live in schools."],
  },
  {
    test: /\bcows?\b/i,
    jokes: [
      "What do you call a cow with no legs? Ground beef.",
      "Where do cows go on a Saturday night? To the moo-vies.",
    ],
  },
  {
    test: /\bbees?\b/i,
    jokes: [
      "What do you call a bee that can't make up its mind? A maybe.",
      "Why do bees hum? Because they forgot the words.",
    ],
  },
  {
    test: /\bcoffee\b/i,
    jokes: [
      "Why did the coffee file a police report? It got mugged.",
      "How are coffee beans like kids? They're always getting grounded.",
    ],
  },
  {
    test: /\bpizzas?\b/i,
    jokes: [
      "I was going to tell you a pizza joke, but it's a little cheesy.",
      "What did the pizza say to the topping? I never sausage a beautiful face.",
    ],
  },
  {
    test: /\bmath(?:s|ematics)?\b|\bnumbers?\b/i,
    jokes: [
      "Why was six afraid of seven? Because seven eight nine.",
      "Why did the math book look sad? It had too many problems.",
    ],
  },
  {
    test: /\bskeletons?\b|\bhalloween\b/i,
    jokes: ["Why don't skeletons fight each other? They don't have the guts."],
  },
  {
    test: /\bprogramm\w*\b|\bdevelopers?\b|\bcod(?:e|ing)\b|\bsoftware\b|\bbugs?\b/i,
    jokes: [
      "Why do programmers prefer dark mode? Because light attracts bugs.",
      "Why did the developer go broke? Because he used up all his cache.",
    ],
  },
];

/**
 * More well-known jokes, for the interests a learner names when the joke is for someone ("for my
 * grandma who loves gardening"). Traditional riddle jokes and puns, reprinted in many joke books
 * and lists of clean jokes; each names its subject, so the joke is visibly about what was asked.
 * They answer for the topic's head noun only: a garden gnome is a gnome, not gardening.
 */
KNOWN_JOKES.push(
  ...(
    [
      {
        test: /\bvegetables?\b|\bveggies?\b|\bmushrooms?\b|\bpotato(?:es)?\b/i,
        jokes: [
          "Why did the tomato turn red? Because it saw the salad dressing.",
          "Why did the mushroom get invited to every party? Because he was such a fungi.",
          "What do you call a stolen yam? A hot potato.",
        ],
      },
      {
        test: /\bgarden\w*\b|\bplants?\b|\bflowers?\b|\btomato(?:es)?\b/i,
        jokes: [
          "Why did the gardener plant a light bulb? She wanted to grow a power plant.",
          "What did the big flower say to the little flower? Hi, bud!",
          "How do you fix a broken tomato? With tomato paste.",
        ],
      },
      {
        test: /\bfishing\b|\bfisherm[ae]n\b|\banglers?\b|\banglings?\b/i,
        jokes: [
          "Why are fish so easy to weigh? They come with their own scales.",
          "What did the fisherman say to the magician? Pick a cod, any cod.",
        ],
      },
      {
        test: /\bcook(?:s|ing)?\b|\bchefs?\b|\bkitchens?\b|\bpasta\b|\bnoodles?\b/i,
        jokes: [
          "What do you call a fake noodle? An impasta.",
          "Why did the cook get arrested? He was caught beating the eggs and whipping the cream.",
          "Why did the tomato blush? Because it saw the salad dressing.",
        ],
      },
      {
        test: /\bcheese\w*\b/i,
        jokes: [
          "What do you call cheese that isn't yours? Nacho cheese.",
          "What does cheese say when it looks in the mirror? Halloumi!",
        ],
      },
      {
        test: /\bbak(?:e|er|ers|ing|ery)\b|\bbread\b|\bcookies?\b|\bcakes?\b/i,
        jokes: [
          "Why do bakers work so hard? Because they knead the dough.",
          "Why did the cookie go to the doctor? Because it felt crummy.",
        ],
      },
      {
        test: /\bbooks?\b|\breading\b|\blibrar(?:y|ies|ians?)\b/i,
        jokes: [
          "I'm reading a book about anti-gravity. It's impossible to put down.",
          "Why did the book join the police? It wanted to go undercover.",
        ],
      },
      {
        test: /\bteachers?\b|\bschool\b|\bstudents?\b/i,
        jokes: [
          "Why did the teacher wear sunglasses? Because her students were so bright.",
          "Why did the student eat his homework? Because the teacher said it was a piece of cake.",
        ],
      },
      {
        test: /\bgolf\w*\b/i,
        jokes: ["Why do golfers carry two pairs of trousers? In case they get a hole in one."],
      },
      {
        test: /\bfootball\b|\bsoccer\b/i,
        jokes: ["Why did the football quit the team? It was tired of being kicked around."],
      },
      {
        test: /\btennis\b/i,
        jokes: ["Why are fish never good at tennis? They don't like getting close to the net."],
      },
      {
        test: /\bbikes?\b|\bbicycles?\b|\bcycling\b/i,
        jokes: ["Why can't a bicycle stand up on its own? Because it's two-tired."],
      },
      {
        test: /\bmusic\w*\b|\bpianos?\b|\bsing(?:ing|ers?)\b/i,
        jokes: [
          "Why couldn't the piano player get into his house? He left his keys on the piano.",
          "What's a skeleton's favourite musical instrument? The trom-bone.",
        ],
      },
      {
        test: /\bspace\b|\bastronauts?\b|\bmoon\b|\bplanets?\b|\bstars?\b/i,
        jokes: ["How do you throw a party in space? You planet.", "How does the moon cut its hair? Eclipse it."],
      },
      {
        test: /\bhorses?\b|\bpon(?:y|ies)\b/i,
        jokes: ["What do you call a horse that lives next door? A neigh-bour."],
      },
      {
        test: /\bchickens?\b|\beggs?\b|\bhens?\b/i,
        jokes: [
          "Why did the chicken join a band? Because it had the drumsticks.",
          "Why did the egg hide? It was a little chicken.",
        ],
      },
      {
        test: /\bdentists?\b|\bteeth\b|\btooth\b/i,
        jokes: ["What time does a dentist like best? Tooth-hurty."],
      },
      {
        test: /\bbirds?\b/i,
        jokes: ["Why do birds fly south for the winter? Because it's too far to walk."],
      },
      {
        test: /\bfrogs?\b/i,
        jokes: ["Why are frogs so happy? They eat whatever bugs them."],
      },
      {
        test: /\bsheep\b|\blambs?\b/i,
        jokes: ["What do you call a sheep covered in chocolate? A candy baa."],
      },
      {
        test: /\bsea\b|\boceans?\b|\bbeach\w*\b/i,
        jokes: ["What did the ocean say to the beach? Nothing, it just waved."],
      },
      {
        test: /\btrees?\b|\bforests?\b/i,
        jokes: ["What did the tree say when spring finally came? What a re-leaf."],
      },
      {
        test: /\bsnow\w*\b|\bwinter\b/i,
        jokes: ["What do snowmen eat for breakfast? Frosted flakes."],
      },
      {
        test: /\bbananas?\b|\bfruits?\b|\bapples?\b/i,
        jokes: ["Why did the banana go to the doctor? It wasn't peeling well."],
      },
      {
        test: /\bghosts?\b/i,
        jokes: ["Why are ghosts bad at lying? Because you can see right through them."],
      },
      {
        test: /\belephants?\b/i,
        jokes: ["Why don't elephants use computers? They're afraid of the mouse."],
      },
      {
        test: /\bdinosaurs?\b/i,
        jokes: ["What do you call a sleeping dinosaur? A dino-snore."],
      },
      {
        test: /\bducks?\b/i,
        jokes: ["What do you call a clever duck? A wise quacker."],
      },
      {
        test: /\bpigs?\b/i,
        jokes: ["What do you call a pig that does karate? A pork chop."],
      },
      {
        test: /\brabbits?\b|\bbunn(?:y|ies)\b/i,
        jokes: ["How do rabbits travel? By hare-plane."],
      },
      {
        test: /\bspiders?\b/i,
        jokes: ["Why are spiders so good with computers? They're great at making webs."],
      },
      {
        test: /\bcars?\b|\bdriving\b/i,
        jokes: ["What kind of car does an egg drive? A yolkswagen."],
      },
      {
        test: /\bsun\b|\bsunny\b|\bsummer\b/i,
        jokes: ["Why did the sun go to school? To get a little brighter."],
      },
      {
        test: /\bweather\b|\brain\w*\b|\bclouds?\b/i,
        jokes: ["What did one raindrop say to the other? Two's company, three's a cloud."],
      },
      {
        test: /\bnurses?\b|\bnursing\b/i,
        jokes: ["Why did the nurse carry a red pen? In case she needed to draw blood."],
      },
      {
        test: /\bdoctors?\b|\bhospitals?\b/i,
        jokes: ["Why did the doctor carry a red pen? In case she needed to draw blood."],
      },
    ] as { test: RegExp; jokes: string[] }[]
  ).map((k) => ({ ...k, head: true })),
);

/** Riddle jokes that work for any thing: the subject is in the question and the answer. */
export const JOKE_TEMPLATES: string[] = [
  "Why did the {x} bring a ladder to school? Because it wanted to go to high school.",
  "Why did the {x} sit at the back of the class? It heard the front row was for overachievers.",
  "Why did the {x} [cross the road|go to the party]? To prove it wasn't [chicken|boring].",
];

/** Blog and article titles about a topic ("growing tomatoes on a balcony"). */
export const TITLES: string[] = [
  "[A Beginner's Guide to|The Joy of|Everything I Learned About|Getting Started With] {Topic}",
  "{Topic}: [A Beginner's Guide|What I Wish I'd Known|Lessons From My First Year|Tips That Actually Work]",
  "[How I Started|Why You Should Try] {Topic}",
];

/** Titles for an essay, a report or a talk: the topic, weighed, not a how-to. */
export const ESSAY_TITLES: string[] = [
  "[Understanding|Rethinking|Thinking About] {aTopic}",
  "{ATopic}: [Why It Matters|A Closer Look]",
  "[On|The Question of] {aTopic}",
];

/** Titles for a story, a book or a song about it ("a lost puppy"): its subject, not a how-to. */
export const STORY_TITLES: string[] = ["The {Topic}", "[The Story of|A Tale of] {aTopic}"];

/** News headlines: the news itself, said plainly ("Local Team Wins the Cup"). */
export const HEADLINES: string[] = ["{News}"];

/** Verbs whose -ing form dropped an "e": "closing" is "closes", not "closs". */
const E_STEMS = new Set(
  "clos rais mak tak ris us celebrat creat mov receiv arriv leav giv driv writ chang charg announc releas increas decreas shar hir retir scor sav serv solv vot welcom complet reduc produc introduc replac approv improv rescu plac danc pric sensitiz organiz".split(
    " ",
  ),
);

/**
 * A news topic said as a headline: the gerund after its subject becomes the verb ("a local team
 * winning the cup" -> "local team wins the cup", "students learning to code" -> "students learn
 * to code"). A gerund after a preposition or at the start ("the rise of cycling") stays.
 */
export function newsOf(topic: string): string {
  const words = topic.replace(/^(?:a|an|the)\s+/i, "").split(/\s+/);
  const at = words.findIndex(
    (w, i) =>
      i > 0 &&
      /^[a-z]{2,}ing$/.test(w) &&
      !/^(?:of|in|on|for|about|to|by|with|from|at|and|or|the|a|an|is|are|was|were)$/i.test(words[i - 1]) &&
      !/^(?:thing|king|ring|wing|spring|string|morning|evening|building|meeting|wedding|ceiling|nothing|something|anything|everything)$/.test(
        w,
      ),
  );
  if (at < 0) return words.join(" ");
  const gerund = words[at];
  let stem = gerund.slice(0, -3);
  if (/([bdgmnprt])\1$/.test(stem)) stem = stem.slice(0, -1);
  else if (E_STEMS.has(stem)) stem += "e";
  const subject = words[at - 1];
  const plural = /[^s]s$/i.test(subject) || /^(?:people|children|men|women|police)$/i.test(subject);
  const verb = plural ? stem : /(?:s|sh|ch|x|z)$/.test(stem) ? `${stem}es` : `${stem}s`;
  return [...words.slice(0, at), verb, ...words.slice(at + 1)].join(" ");
}

/** Email subject lines around the message ("Meeting moved to Friday"). */
export const SUBJECT_LINES: string[] = [
  "{Msg}",
  "[Update|Heads-up|Schedule change|Please note]: {msg}",
  "{Msg} [(update)|– please note]",
];

/** Names by the kind of thing named; each list fits every member of its kind. */
export const NAME_KINDS: { test: RegExp; names: string[] }[] = [
  // Before teams and pubs: a quiz team's name is a pun on "quiz" or knowing things, never a shop's.
  // These are the folk puns pub-quiz teams pass around (no author).
  {
    test: /\bquiz(?:zes)?\b|\btrivia\b|\bquiz ?night\b/i,
    names: [
      "[Quiz Khalifa|Let's Get Quizzical|Quizteama Aguilera|The Quizzly Bears|Agatha Quiztie|Universally Challenged|The Quizzard of Oz|Les Quizerables|Quizzy Rascals|The Know-It-Ales|Tequila Mockingbird|Quiz on My Face]",
    ],
  },
  // Network-name puns people share for home routers (folk jokes, no author).
  {
    test: /\bwi-?fi\b|\bwireless network\b|\b(?:home |router )?network names?\b|\bssids?\b|\brouter\b/i,
    names: [
      "[Pretty Fly for a WiFi|The LAN Before Time|The Promised LAN|It Hurts When IP|Wu-Tang LAN|Bill Wi the Science Fi|Abraham Linksys|Get Off My LAN|Loading...|Silence of the LANs]",
    ],
  },
  {
    test: /\b(?:d&d|dnd|dungeons|rpg|adventuring|adventurers?)\b[^.?!]{0,20}\b(?:party|group|guild|team|company)\b|\bguilds?\b|\badventuring part(?:y|ies)\b/i,
    names: [
      "The [Silver|Crimson|Iron|Wandering|Last|Broken] [Blades|Lanterns|Company|Wardens|Ravens|Oath|Shields|Compass]",
    ],
  },
  {
    test: /\bnewspapers?\b|\bgazettes?\b|\bmagazines?\b|\bzines?\b/i,
    names: ["The {Kw} [Times|Gazette|Herald|Chronicle|Bulletin|Post]", "{Kw} [Weekly|Voice|Insider|Review]"],
  },
  {
    test: /\bbook ?(?:clubs?|groups?|circles?)\b|\breading (?:clubs?|groups?|circles?)\b/i,
    names: [
      "[The Page Turners|Novel Idea|Between the Lines|Chapter & Verse|The Bookends|Well Read|The Plot Thickens|Shelf Indulgence|Spine Tinglers|Read Between the Wines]",
    ],
  },
  {
    test: /\b(?:gold)?fish\b|\bbetta\b|\baquarium\b/i,
    names: ["[Bubbles|Goldie|Finn|Nemo|Sunny|Splash|Marmalade|Flash|Captain Fins|Sir Swims-a-Lot|Noodle|Tangerine]"],
  },
  {
    test: /\bhamsters?\b|\bguinea pigs?\b|\bgerbils?\b|\bmice\b|\bmouse\b|\brats?\b/i,
    names: ["[Peanut|Nibbles|Hazel|Pip|Cheeks|Mochi|Biscuit|Whiskers|Pumpkin|Popcorn|Button|Cinnamon]"],
  },
  {
    test: /\brabbits?\b|\bbunn(?:y|ies)\b/i,
    names: ["[Clover|Thumper|Bun Bun|Hazel|Cocoa|Willow|Pancake|Flopsy|Juniper|Marshmallow]"],
  },
  {
    test: /\bcats?\b|\bkittens?\b|\bkitty\b/i,
    names: ["[Luna|Milo|Pepper|Mochi|Oliver|Shadow|Ginger|Whiskers|Cleo|Pumpkin|Socks|Miso]"],
  },
  {
    test: /\bdogs?\b|\bpupp(?:y|ies)\b|\bpup\b/i,
    names: ["[Buddy|Biscuit|Max|Rosie|Scout|Maple|Bear|Daisy|Ziggy|Pepper|Rocket|Olive]"],
  },
  {
    test: /\bparrots?\b|\bbirds?\b|\bbudgies?\b|\bcanar(?:y|ies)\b/i,
    names: ["[Kiwi|Mango|Sunny|Pickle|Rio|Skye|Tweety|Echo|Captain|Peaches]"],
  },
  {
    test: /\bchickens?\b|\bhens?\b|\broosters?\b|\bcockerels?\b/i,
    names: ["[Henrietta|Mabel|Clucky|Pearl|Dolly|Goldie|Betty|Penelope|Feathers|Rosie|Daisy|Hen Solo]"],
  },
  {
    test: /\bturtles?\b|\btortoises?\b/i,
    names: ["[Shelly|Sheldon|Speedy|Tank|Crush|Pebble|Moss|Franklin|Sage|Dash]"],
  },
  {
    test: /\bsnakes?\b|\blizards?\b|\bgeckos?\b|\biguanas?\b/i,
    names: ["[Noodle|Slinky|Ziggy|Spike|Jade|Basil|Sly|Twister|Gizmo|Scales]"],
  },
  {
    test: /\bhorses?\b|\bpon(?:y|ies)\b/i,
    names: ["[Thunder|Maple|Spirit|Duchess|Storm|Clover|Comet|Biscuit|Ranger|Willow]"],
  },
  {
    test: /\bpets?\b/i,
    names: ["[Biscuit|Peanut|Luna|Mochi|Pepper|Pip|Maple|Noodle|Ziggy|Clover]"],
  },
  {
    test: /\bkingdoms?\b|\brealms?\b|\bfantasy (?:lands?|worlds?|cit(?:y|ies)|towns?|islands?|countr(?:y|ies))\b|\bplanets?\b|\bworlds?\b|\bislands?\b|\bvillages?\b/i,
    names: [
      "[Eldoria|Valoria|Northmere|Ashenvale|Silverkeep|Brightwater|Stormhold|Elmsworth|Highmoor|Thornwood|Aldermere|Mistral]",
    ],
  },
  {
    test: /\bcharacters?\b|\bheroe?s?\b|\bvillains?\b|\bwizards?\b|\bknights?\b|\bdragons?\b|\belf\b|\belves\b|\bwitch(?:es)?\b|\bprotagonists?\b/i,
    names: ["[Elara|Thorne|Kael|Lyra|Rowan|Soren|Isolde|Corvin|Wren|Aldric|Seraphine|Bram]"],
  },
  // A girl's or a boy's name when the request says which: "names for a girl baby" is no Noah.
  {
    test: /^(?![^.?!]*\b(?:teams?|clubs?|squad|band|group|league)\b)[^.?!]*(?:\bgirls?\b|\bdaughters?\b)/i,
    names: ["[Olivia|Amelia|Isla|Ava|Mia|Freya|Lily|Sophia|Grace|Ella|Rosie|Evie]"],
  },
  {
    test: /^(?![^.?!]*\b(?:teams?|clubs?|squad|band|group|league)\b)[^.?!]*(?:\bboys?\b|\bsons?\b)/i,
    names: ["[Noah|Leo|Oliver|Theo|Arlo|Ezra|Jack|Henry|Oscar|Finn|Alfie|Louis]"],
  },
  {
    test: /\bbabies?\b|\bbaby\b|\bnewborns?\b/i,
    names: ["[Olivia|Noah|Amelia|Leo|Isla|Oliver|Ava|Theo|Mia|Arlo|Freya|Ezra]"],
  },
  {
    test: /\bbands?\b|\bgroups?\b(?=.*\bmusic|\brock|\bjazz|\bpunk|\bindie)|\bduo\b|\bquartet\b/i,
    names: [
      "The [Midnight|Electric|Velvet|Neon|Wandering|Silver|Paper|Hollow] [Echoes|Foxes|Comets|Lanterns|Ravens|Tides|Anchors|Satellites]",
      "[Static|Iron|Thunder|Glass|Crimson] [Wolves|Hearts|Riot|Engines|Arrows]",
    ],
  },
  {
    test: /\bpodcasts?\b|\bshow\b|\bchannel\b|\bnewsletter\b|\bblog\b/i,
    names: [
      "The {Kw} [Hour|Show|Hangout]",
      "{Kw} [Talk|Weekly|Unplugged|Untangled]",
      "[Curious About|Deep Dive:|Five Minutes of] {Kw}",
    ],
  },
  {
    test: /\bapps?\b|\bstartups?\b|\bsaas\b|\bplatform\b|\bsoftware\b|\btool\b|\bproduct\b|\bwebsite\b/i,
    names: ["{Stem}[ly|ify|Hub|Pilot|Flow|Nest|Base|Spark]", "[Bright|Clear|Swift|Next|True][{Stem}]"],
  },
  {
    test: /\bboats?\b|\bships?\b|\byachts?\b|\bsailboats?\b/i,
    names: ["[Sea|Salt|Wave|Tide|Wind] [Dancer|Spirit|Whisper|Runner|Song]"],
  },
  {
    test: /\bteams?\b|\bclub\b|\bsquad\b|\bleagues?\b/i,
    names: ["The [Thunder|Lightning|Rockets|Falcons|Titans|Comets|Wolves|Mavericks]"],
  },
  {
    test: /\brobots?\b|\bdrones?\b/i,
    names: ["[Bolt|Sprocket|Gizmo|Pixel|Rivet|Circuit|Widget|Cog|Beep|Atlas]"],
  },
  {
    test: /\b(?:house|pot(?:ted)?\s?)?plants?\b|\bcactus\b|\bsucculents?\b|\bferns?\b/i,
    names: ["[Fernando|Leafy|Sprout|Spike|Basil|Sage|Twiggy|Olive|Fern Gully|Prickles]"],
  },
  // A house or a converted building takes a name from what it was or where it stands (the British
  // habit of "Mill House", "Granary Lofts"), never a shop's.
  {
    test: /\b(?:warehouse|factory|foundry|mill|granary|brewery|wharf)\b[^?!]*?\b(?:building|flats|apartments|lofts|conversion|house)\b/i,
    names: ["[Canal|Wharf|Lockside|Quayside|Towpath|Foundry|Granary|Brickworks|Old Mill] [House|Lofts|Court|Yard]"],
  },
  {
    test: /\b(?:buildings?|house|home|cottage|flats|apartment (?:block|building)|block of flats|barn conversion|farmhouse|lodge|cabin|villa)\b/i,
    names: ["[Willow|Rose|Oak|Rowan|Holly|Ivy|Orchard|Meadow|Bramble] [House|Cottage|View|Lodge]"],
  },
  {
    test: /\bcars?\b|\bvans?\b|\btrucks?\b|\bbikes?\b|\bbicycles?\b|\btaxis?\b|\bcabs?\b|\bmotorbikes?\b|\bscooters?\b|\bcampervans?\b|\bestate cars?\b|\bhatchbacks?\b|\btractors?\b/i,
    names: ["[Rusty|Blue Thunder|Betsy|Zippy|The Beast|Rocket|Silver Bullet|Herbie|Scooter|Comet]"],
  },
];

/** Word stems for app names by what the app does. */
export const APP_STEMS: [RegExp, string][] = [
  [/\bproductiv\w*|\btasks?\b|\bto-?dos?\b|\bfocus\b/i, "[Focus|Task|Flow|Done]"],
  [/\bfitness\b|\bworkouts?\b|\bhealth\b|\brunning\b/i, "[Fit|Pulse|Move|Stride]"],
  [/\bfinanc\w*|\bmoney\b|\bbudget\w*|\bbank\w*/i, "[Coin|Penny|Ledger|Budget]"],
  [/\btravel\w*|\btrips?\b/i, "[Roam|Trip|Wander|Atlas]"],
  [/\bfood\b|\brecipes?\b|\bcooking\b|\bmeals?\b/i, "[Fork|Dish|Pantry|Spoon]"],
  [/\blearn\w*|\bstud\w*|\beducation\b|\blanguage\b/i, "[Learn|Study|Brain|Quiz]"],
  [/\bmusic\b|\bsongs?\b/i, "[Tune|Beat|Chord|Melody]"],
  [/\bpets?\b|\bdogs?\b|\bcats?\b/i, "[Paw|Pet|Wag|Whisker]"],
];
export const APP_STEM_DEFAULT = "[Nova|Spark|Orbit|Pixel]";

/** "a cat who loves lasagna" -> its article-led phrase, and whether it is one thing or several. */
export function nounPhrase(topic: string): { a: string; the: string; plural: boolean; person: boolean } {
  const t = topic.trim().replace(/\s+/g, " ");
  const head = t.split(/\s+(?:who|that|which|with|in|on|at|from|of|and)\b/i)[0];
  const last = head.split(" ").at(-1) ?? head;
  const plural = /[^s]s$/i.test(last) && !/^(a|an|one)\s/i.test(t);
  const person =
    /\b(man|woman|girl|boy|programmer|developer|teacher|chef|doctor|student|king|queen|lady|person|friend|farmer|pirate|knight|wizard|grandma|grandpa|baker|sailor|detective|neighbou?r|boss|uncle|aunt|mother|father|mom|mum|dad|sister|brother|wife|husband|nurse|coach|cowboy|astronaut|princess|prince|scientist|robot|grandmother|grandfather|kid|child|lawyer|plumber|dentist|firefighter|captain|poet|artist|singer)\b/i.test(
      head,
    );
  if (/^(the|my|our|your|his|her|their|this|that)\s/i.test(t)) return { a: t, the: t, plural, person };
  const bare = t.replace(/^(a|an|some)\s+/i, "");
  if (plural) return { a: bare, the: `the ${bare}`, plural, person };
  return { a: `${/^[aeiou]/i.test(bare) ? "an" : "a"} ${bare}`, the: `the ${bare}`, plural, person };
}

const SMALL = /^(a|an|the|and|or|but|of|to|in|on|at|for|with|by|from|as|vs|via|into|over)$/i;

export function titleCase(text: string): string {
  return text
    .split(" ")
    .map((w, i) => (i > 0 && SMALL.test(w) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(" ");
}

/**
 * The news an email subject line carries: "telling my team the meeting moved to Friday" -> "the
 * meeting moved to Friday"; "about the quarterly report" -> "the quarterly report".
 */
export function subjectMessage(text: string): string | undefined {
  const m =
    /\b(?:telling|to tell|saying|to say|letting|announcing|to announce|informing|that says|which says|about|for|on|that)\s+(.{3,120}?)\s*[.!?]?\s*$/i.exec(
      text.slice(0, 400),
    );
  if (!m) return undefined;
  let msg = m[1]
    .replace(
      /^(?:(?:my|our|the)\s+(?:team|boss|manager|colleagues|coworkers|co-workers|class|students|clients?|customers?|family|friends|group)|everyone|everybody|them|people|staff)\s+(?:know\s+)?(?:that\s+)?/i,
      "",
    )
    .replace(/^(?:an?\s+)?e-?mail\s+(?:about|on|for)\s+/i, "")
    .replace(/^that\s+/i, "")
    .trim();
  msg = msg.replace(/^the\s+/i, "");
  return msg.length >= 3 ? msg : undefined;
}

/** Syllables, for a haiku line: the `syllable` package's English rules and exceptions ("leaves" is one). */
export function syllableCount(text: string): number {
  return syllable(text);
}

/** Pet names that are foods or drinks: "I don't want food names" rules them out. */
const FOOD_NAME =
  /^(?:biscuit|maple|peanut|pepper|ginger|honey|cookie|muffin|mocha|noodle|waffles?|nugget|oreo|pickles?|olive|cinnamon|nacho|pumpkin|butterscotch|toffee|caramel|cocoa|basil|mango|kiwi|peach(?:es)?|sushi|dumpling|bean|brie|pretzel|truffle|marshmallow|jellybean|taco|crumpet|popcorn|pancake|miso|mochi|hazel|sage|clover|juniper|marmalade|tangerine|licorice|liquorice|cupcake|sugar|candy|cheddar|pudding|custard|s'?mores|latte|espresso|chai|sprout|butter|toast|bagel|churro|fudge|brownie|cashew|almond|walnut|acorn|berry|cherry|plum|apple|lemon|lime|coconut|nutmeg|paprika|saffron|wasabi|tofu|ramen|udon|gnocchi|ravioli|pesto|noodles|meatball|bacon|sausage|chip|chips|fries|nibbles)$/i;

/**
 * "I don't want food names", "no food names this time": a test for the names the user ruled out,
 * or undefined when they ruled none out.
 */
export function unwantedNames(text: string): ((name: string) => boolean) | undefined {
  if (
    !/\b(?:don'?t|do not|didn'?t|won'?t|no|not|without|avoid|nothing|none|skip|hate|dislike|not a fan of)\b[^.?!]{0,25}\b(?:food|foody|foodie|edible|snack|dessert|fruit)(?:[- ]related|[- ]themed)?\s+(?:names?|ones?|ideas?)\b|\bno more food\b|\bnot food\b/i.test(
      text,
    )
  )
    return undefined;
  return (name: string) => name.split(/\s+/).some((w) => FOOD_NAME.test(w.replace(/[^\p{L}']/gu, "")));
}
