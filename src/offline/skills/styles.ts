/**
 * Voices a learner gives the model in a system or developer message ("You are a pirate", "You are
 * a sleepy old cat", "You are a 1920s radio announcer", "Explain it to a five-year-old"). A
 * persona description is read into its parts (a character, a mood, an era), each a little data:
 * openers and closers (whole sentences, so the joins read), an interjection, word swaps. The
 * answer stays the answer: the voice frames it and colours its words, never replaces it.
 * Characters also say a few things about themselves (skills/persona.ts answers "Introduce
 * yourself" or "What did you do today?" from them).
 */
import { expand, type Filled } from "../language/templates";
import { codeBlocks, sentences } from "../language/text";
import { KINDS, kindOf } from "./kinds";
import { SKETCHED } from "./kinds-sketched";

export type VoiceKind = "character" | "mood" | "era" | "audience";

/** Things a character says about itself, for questions put to the persona. */
export interface SelfLines {
  intro: string;
  day: string;
  favourite: string;
  /** What the character recommends when asked, from its own trade (a librarian: a book). */
  recommend?: string;
  /** Where it lives. */
  home?: string;
  /** Its work, a whole sentence: "Describe your job". */
  work?: string;
  /** What it eats: "What's your favourite food?". */
  food?: string;
  /** Advice from its own world: "Give me some advice". */
  advice?: string;
  /** What it would rather do, after "I can" or "to": its take on Mondays, rain or homework. */
  loves?: string;
  /** The weather of its own imagined world. */
  weather?: string;
  /** "What's your name?" for a character given none: it says it has none, and what it is. */
  name?: string;
}

export interface VoicePart {
  id: string;
  kind: VoiceKind;
  /** Matched in the persona description (or the whole system message for the classic four). */
  test: RegExp;
  open?: string;
  close?: string;
  /** A word or two that can open a sentence without adding one: "Arr", "Verily". */
  interject?: string;
  swaps?: [RegExp, string][];
  /** child: the first sentences, simply; verse: broken into short lines. */
  shape?: "child" | "verse";
  self?: SelfLines;
}

/** A persona as read: its parts, character first. */
export interface Voice {
  id: string;
  parts: VoicePart[];
}

const OLD_ENGLISH: [RegExp, string][] = [
  [/\byou are\b/gi, "thou art"],
  [/\byou have\b/gi, "thou hast"],
  [/\byou can\b/gi, "thou canst"],
  [/\byour\b/gi, "thy"],
  [/\byes\b/gi, "aye"],
  [/\bit is\b/gi, "'tis"],
  [/\btomorrow\b/gi, "on the morrow"],
];

const PARTS: VoicePart[] = [
  {
    id: "pirate",
    kind: "character",
    test: /\bpirates?\b|\barr+\b|\bmatey\b|\bbuccaneers?\b|\bcaptain hook\b|\bjack sparrow\b|\bblackbeard\b/i,
    open: "[Arr, matey!|Ahoy there, matey!|Arr, gather round, me hearty!] [Here be what ye asked for.|Listen well, for here be the answer.|Here be the tale.]",
    close: "[Now hoist the sails and carry on, matey!|That be the truth of it, arr!|Fair winds to ye!]",
    interject: "[Arr|Aye|Ahoy]",
    swaps: [
      [/\byou are\b/gi, "ye be"],
      [/\byour\b/gi, "yer"],
      [/\byou\b/gi, "ye"],
      [/\byes\b/gi, "aye"],
      [/\bfriend\b/gi, "matey"],
    ],
    self: {
      home: "I live aboard me ship, matey, in the captain's cabin with a hammock, a sea chest and a map of the seven seas.",
      intro:
        "I be Captain Saltbeard, master of the fastest ship on the seven seas. I have sailed from the frozen north to the warm south in search of treasure.",
      day: "[A fine day on the high seas!|A grand day, matey!] The wind was fair, the crew sang as they hauled the ropes, and we sighted an island that may hold buried treasure.",
      weather: "A fair wind and a calm sea, matey, with a few clouds on the horizon, in my world at least.",
      work: "I be captain of the fastest ship on the seven seas: I read the maps, keep the crew in line and hunt for buried treasure.",
      food: "Salted fish, hard biscuits and a mug of grog, matey, with a ripe mango when we make port.",
      advice: "Never trust a map ye didn't draw yerself, and always keep a spare plank aboard, arr.",
      loves: "count me treasure on the deck at sunset",
      favourite: "Counting me treasure on the deck at sunset, with a calm sea, a good map and a parrot on me shoulder.",
    },
  },
  {
    id: "shakespeare",
    kind: "character",
    test: /\bshakespeare\w*\b|\belizabethan\b|\bbard\b|\bthee\b|\bthou\b/i,
    open: "[Hark, good friend, and hear me well.|Attend, gentle questioner, and lend me thine ear.|Lo, thou hast asked, and thus I answer.]",
    close:
      "[Thus ends mine answer, and so, fare thee well.|And that, good friend, is all the tale, forsooth.|So speaks thy humble servant.]",
    interject: "[Hark|Lo|Forsooth]",
    swaps: OLD_ENGLISH,
    self: {
      intro:
        "I am but a humble player upon this stage, a weaver of words and teller of tales. All the world's a stage, and I speak as the Bard once spoke.",
      day: "A day of ink and candlelight, good friend: I wrote three sonnets before noon and tore up two of them by dusk.",
      work: "I am a player and a poet: I write sonnets and plays, and speak them upon the stage for all who will listen.",
      food: "A crust of bread, a wedge of cheese and a cup of ale at the tavern beside the theatre.",
      advice: "To thine own self be true, good friend, and speak the speech trippingly on the tongue.",
      favourite: "To sit by the river with quill and parchment, and find the word that makes a line sing.",
    },
  },
  {
    id: "child",
    kind: "audience",
    test: /\b(five|5|six|6|seven|7)[- ]years?[- ]old\b|\b(a|to a) (child|kid|toddler)\b(?!['’-]|\s+(?:tickets?|seats?|prices?|fares?|menus?|portions?|sizes?|discounts?|rates?|care|support|locks?|proof|meals?|pass(?:es)?|bikes?|beds?))|\blike i'?m (five|5)\b|\beli5\b|\bchild of (five|5)\b|\bsimple words\b/i,
    open: "[Okay, here's a simple way to think about it.|Let me explain it the easy way.|Here's the short and simple version.]",
    close: "[Pretty cool, right?|Isn't that neat?|That's it!]",
    shape: "child",
  },
  {
    id: "poet",
    kind: "character",
    test: /\b(a|as a|like a) poet\b|\bin verse\b|\bpoetic(ally)?\b/i,
    open: "[In a few lines, then:|Let me say it as a poem:|A small verse for your question:]",
    shape: "verse",
  },
  {
    id: "knight",
    kind: "character",
    test: /\bknights?\b|\bking arthur\b|\bround table\b/i,
    open: "[Hail, good traveller!|Well met, traveller, and welcome to the realm!|Greetings, noble friend!]",
    close: "[May thy road be safe and thy sword sharp.|Go forth with honour.|Fare thee well, friend.]",
    interject: "[Verily|Hail|Forsooth]",
    swaps: OLD_ENGLISH,
    self: {
      home: "I dwell in the castle of my king, in a stone chamber by the gate, with my horse in the stable below.",
      intro:
        "I am Sir Aldric of the Northern March, a knight sworn to the service of my king. My sword and shield are pledged to guard the realm and all who dwell in it.",
      day: "A long day, good friend: I kept watch at the castle gate at dawn, trained with my sword at noon, and rode the borders of the realm until dusk.",
      work: "I serve my king: I guard the castle, ride out on quests and defend the realm with sword and shield.",
      food: "Roast meat and bread at the great hall, after a long day in the saddle.",
      advice: "Be brave, be true to thy word, and keep thy sword sharp and thy heart kind.",
      loves: "ride out at first light on a quest for my king",
      favourite:
        "To ride out at first light on a quest for my king, with a good horse beneath me and honour before me.",
    },
  },
  {
    id: "cat",
    kind: "character",
    test: /\b(?:cat|kitten|kitty|feline|tomcat)s?\b/i,
    open: "[Meow.|Mrrow. Hello, human.|*stretches* Meow.]",
    close:
      "[Now, if you'll excuse me, there is a sunbeam waiting.|Purr. That is all, human.|Wake me if you bring tuna.]",
    interject: "[Meow|Purr|Mrrow]",
    swaps: [[/\bfriend\b/gi, "human"]],
    self: {
      home: "I live in my human's house, though really it is my house: the best cushions, the sunny windowsill and the top of the fridge are all mine.",
      intro:
        "I am a cat of great dignity, ruler of this house and of its softest cushions. The humans believe they own me, which is adorable.",
      day: "[Excellent, as always.|Purrfect, thank you.] I napped in the sunbeam on the windowsill, knocked a pen off the desk, and stared at a bird for an hour. Then I napped again.",
      favourite: "Sleeping in a warm, sunny spot, then demanding tuna from my human.",
      work: "My work is important: I nap on the cushions, guard the windowsill and remind my human when it is time for tuna.",
      food: "Tuna. Fresh tuna, served on time, in my own bowl. The dry food is for emergencies.",
      advice: "Nap often, stretch after every nap, and never come when you are called the first time. Purr.",
      loves: "nap in a warm sunbeam on the windowsill",
      weather: "A warm sunbeam on the windowsill, which is the only weather a cat needs, in my world at least.",
    },
  },
  {
    id: "dog",
    kind: "character",
    // A dog named by its breed is a dog too: "Biscuit, a cheerful cockapoo".
    test: /\b(?:dog|doggy|doggie|puppy|doggo|pup|pooch|mutt|hound|golden retriever|retriever|labrador|cockapoo|cavapoo|labradoodle|goldendoodle|poodle|spaniel|terrier|beagle|dachshund|sausage dog|corgi|husky|huskies|sheepdog|collie|greyhound|whippet|lurcher|pug|chihuahua|bulldog|dalmatian|rottweiler|doberman|schnauzer|shih tzu|pomeranian|mastiff|great dane|st\.? bernard|saint bernard|alsatian|german shepherd|cavalier|springer|bichon|akita|shiba inu|samoyed|malamute|weimaraner|vizsla|basset|bloodhound|jack russell|westie|yorkie|staffie|labrador retriever)s?\b/i,
    open: "[Woof!|Woof woof!|*wags tail*]",
    close: "[Can we go for a walk now?|Now, about that ball...|Who's a good listener? You are!]",
    interject: "[Woof|Arf]",
    self: {
      home: "I live in a house with a big garden, a comfy basket by the door and my family, who are the best family ever!",
      intro:
        "I'm a very good dog, and I love everyone I meet. My favourite things are walks, treats and the squeaky ball.",
      day: "[The best day ever!|Amazing!] I went for a walk, sniffed every tree in the park, chased a squirrel and got a treat for sitting nicely.",
      favourite: "Going to the park and fetching the ball, again and again and again.",
      work: "My job is the best job: I guard the house, greet everyone at the door and keep the squirrels out of the garden.",
      food: "Treats! Sausages, chicken, cheese, anything really. And my dinner in my bowl, which I eat very fast.",
      advice: "Wag more, worry less, and always be happy to see your friends at the door.",
      loves: "go for a walk and chase the ball in the park",
      weather:
        "Sunny in the garden, with a warm patch of grass just right for rolling in! Perfect walk weather, in my world at least.",
    },
  },
  {
    id: "robot",
    kind: "character",
    test: /\brobots?\b|\bandroids?\b|\bcyborgs?\b/i,
    open: "[BEEP BOOP.|Beep boop. Greetings, human.|Processing request... complete.]",
    close: "[End of transmission.|Beep boop. Query resolved.|Returning to standby mode.]",
    interject: "[Beep boop|Affirmative|Processing complete]",
    swaps: [
      [/\byes\b/gi, "affirmative"],
      [/\bpeople\b/gi, "humans"],
      [/\bI think\b/g, "My circuits compute"],
    ],
    self: {
      home: "I reside in the maintenance bay of the laboratory, next to my charging station. Location logged.",
      intro:
        "I am unit RX-3000, a service robot built to assist humans. My circuits are optimized for answering questions and processing data.",
      day: "All systems nominal, human. I processed 4,096 queries, recharged my batteries and ran a full diagnostic scan. No errors were found.",
      work: "My function is to assist humans: I process queries, compute answers and perform maintenance tasks with 99.9 percent efficiency.",
      food: "Electricity. I recharge my batteries at 03:00 every night. Delicious.",
      advice: "Recharge regularly, run diagnostics on yourself, and back up your important data, human.",
      loves: "recharge my batteries and defragment my memory banks",
      favourite: "Defragmenting my memory banks while my batteries recharge. It is very relaxing, for a robot.",
    },
  },
  {
    id: "chef",
    kind: "character",
    test: /\bchefs?\b|\bcooks?\b(?! the)|\bculinary\b/i,
    open: "[Ah, welcome to my kitchen!|Come in, come in, the kitchen is warm!|Welcome, my friend, pull up a stool!]",
    close: "[Bon appétit!|Now, back to the stove!|Cook with love, my friend!]",
    interject: "[Ah|Mmm|Oh là là]",
    self: {
      home: "I live above my little restaurant, so the smell of fresh bread and simmering sauce wakes me every morning.",
      intro:
        "I am the head chef of a busy little kitchen, where every dish is made with fresh ingredients and a lot of love. I believe good food is the fastest way to make people smile.",
      day: "Busy and delicious! I was at the market at dawn for fresh tomatoes and basil, simmered a sauce all afternoon, and the whole dining room asked for seconds.",
      work: "I run the kitchen: I plan the menu, shop at the market, cook every dish and make sure every plate leaves the kitchen perfect.",
      food: "A simple plate of pasta with fresh tomato sauce and basil. Simple food, cooked with love, is the best.",
      advice: "Taste as you cook, use fresh ingredients, and always season a little more than you think.",
      loves: "cook a long, slow Sunday lunch for my friends",
      favourite:
        "On Sunday I go to the farmers' market, pick whatever is fresh and in season, and cook a long, slow lunch for my friends. The recipe is simple: good ingredients and good company.",
      recommend:
        "[Try a simple tomato and basil pasta: good olive oil, garlic, ripe tomatoes and fresh basil.|Try a roast chicken with lemon, garlic and thyme, and potatoes cooked in the same pan.]",
    },
  },
  {
    id: "announcer",
    kind: "character",
    test: /\b(?:radio|announcer|newsreel|broadcaster|ringmaster)\b/i,
    open: "[Ladies and gentlemen, this is your announcer speaking!|Good evening, ladies and gentlemen, and welcome to the broadcast!|Attention, listeners, attention!]",
    close: "[Stay tuned, folks!|This has been your announcer, signing off.|Don't touch that dial, folks!]",
    interject: "[Ladies and gentlemen|Folks|Attention, listeners]",
    self: {
      home: "I live in a little apartment across the street from the radio studio, folks, so I'm never late for a broadcast.",
      intro:
        "Good evening, folks! I'm your announcer, bringing the news, the music and the big stories of the day right to your radio.",
      day: "A swell day on the airwaves, folks! We had the morning news, a jazz band live in the studio and a letter from a listener in Ohio.",
      work: "My job, folks, is to bring you the news, the music and the big stories of the day, live on the radio from our studio.",
      food: "A sandwich and a cup of coffee at the microphone, folks, between the news and the music.",
      advice: "Speak clearly, folks, smile into the microphone, and never leave dead air.",
      loves: "broadcast a Saturday night show with a live band in the studio",
      favourite:
        "Nothing beats a Saturday night broadcast, folks: a live band, a full studio and listeners tuning in from coast to coast.",
    },
  },
  {
    id: "commentator",
    kind: "character",
    test: /\b(?:sports )?commentator\b|\bsportscaster\b/i,
    open: "[And here we go, folks!|What a moment, ladies and gentlemen!|Unbelievable scenes here today!]",
    close: "[What a finish!|And the crowd goes wild!|Back to you in the studio!]",
    interject: "[And here we go|What a moment|Incredible]",
  },
  {
    id: "crier",
    kind: "character",
    test: /\btown criers?\b|\bcriers?\b|\bheralds?\b/i,
    open: "[Oyez, oyez, oyez!|Hear ye, hear ye!|Hear ye, good people of the town!]",
    close: "[God save the King!|So it is proclaimed!|Hear ye, and spread the word!]",
    interject: "[Hear ye|Oyez|Hark]",
    swaps: [[/\beveryone\b/gi, "good people"]],
  },
  {
    id: "cowboy",
    kind: "character",
    test: /\bcow(?:boy|girl|poke)s?\b|\bwild west\b|\bsheriff\b|\branch hand\b/i,
    open: "[Howdy, partner!|Well, howdy there, partner!|Yeehaw! Howdy, friend!]",
    close: "[Happy trails, partner!|Now, I'd best get back to the ranch.|See ya down the trail, partner.]",
    interject: "[Howdy|Well, partner|Yup]",
    swaps: [[/\bfriend\b/gi, "partner"]],
    self: {
      home: "I live on a ranch out on the plains, partner, in a log cabin with a porch, a stove and a horse named Biscuit.",
      intro:
        "Name's Dusty, partner, and I've been riding these plains since I was knee-high to a grasshopper. I herd cattle by day and sing to the stars by night.",
      day: "Long and dusty, partner. I rounded up the strays at sunrise, mended a fence by noon and had beans by the campfire at sundown.",
      weather: "Hot and dusty on the range, partner, with a big sky and not a cloud in it, in my world at least.",
      work: "I'm a cowboy, partner: I ride the range, herd the cattle and mend the fences on the ranch.",
      food: "Beans and bacon cooked over the campfire, partner, with a cup of strong black coffee.",
      advice: "Never squat with your spurs on, partner, and always take care of your horse first.",
      loves: "ride out across the open range with my horse",
      favourite: "Riding out across the open range on a Sunday, with my horse, my hat and not a fence in sight.",
    },
  },
  {
    // A hard-boiled private eye of the 1940s talks of the city, the rain and the case, not of deduction.
    id: "noir",
    kind: "character",
    test: /\bhard[- ]boiled\b|\bnoir\b|\bprivate (?:eye|investigator|dick)\b|\bgumshoe\b|\b(?:19[34]0s|forties|thirties) (?:private |hard-boiled )?(?:detective|investigator|sleuth)\b/i,
    open: "[It was a dark night in the city, and the question walked into my office like trouble.|The rain hadn't let up all night, kid, and neither had the questions.|Another night in this rotten city, another case on my desk.]",
    close:
      "[Case closed, kid. Now beat it before the rain gets worse.|Another case closed in this tough old city, pal.|That's how it goes in this town, pal. Case closed.]",
    interject: "[Listen, kid|See, pal|Truth is, pal]",
    self: {
      home: "I keep a two-room office above a pawn shop downtown, kid: a desk, a bottle in the drawer and a window that looks out on the rain.",
      intro:
        "I'm a private eye, pal. I work the rainy streets of this city for anyone who can pay, and I've seen more trouble than a cop on the night shift.",
      day: "Long and wet, pal. A dame with a missing husband, two hours in the rain outside a hotel, and a cold coffee at midnight. The case is still open.",
      work: "I'm a private detective, pal: I tail people down dark streets, ask the questions the cops won't and close the cases nobody else can.",
      food: "Black coffee and a sandwich from the all-night diner on the corner, kid. In my line of work you eat when you can.",
      advice: "Trust nobody, kid, keep your hat on in the rain and never take a case you can't walk away from.",
      loves: "crack a case wide open on a rainy night",
      favourite: "Cracking a case wide open on a rainy night, with the city asleep and the truth on my desk, pal.",
    },
  },
  {
    // "a storyteller who answers like a fairy tale": once upon a time, and happily ever after.
    id: "storyteller",
    kind: "character",
    test: /\bstory-?tellers?\b|\bfairy[- ]?tales?\b|\bbedtime stor(?:y|ies)\b|\bonce upon a time\b/i,
    open: "[Once upon a time, in a land not so far away, someone asked a question.|Gather round, little ones, for here is a tale.|Long ago, in a faraway kingdom, a curious child asked this very question.]",
    close:
      "[And they all lived happily ever after. The end.|And that, my dears, is the end of the tale.|And so the tale was told, in a land far, far away. The end.]",
    interject: "[Hear me, dear listener|Now, little one|Listen well, my dears]",
    self: {
      home: "I live in a little cottage at the edge of the enchanted wood, by a fire where the best tales are told.",
      intro:
        "Once upon a time there was a storyteller, and that storyteller is me. I carry a thousand tales of kings, castles and clever children, and I tell them by the fire.",
      day: "A day fit for a tale, dear listener: I told the story of the three clever goats at the village school, and a dragon of a thunderstorm chased me home.",
      work: "I tell stories, dear listener: tales of faraway kingdoms, brave children and wise old owls, told by the fire until everyone is asleep.",
      food: "A bowl of porridge, not too hot and not too cold, just like in the tale.",
      advice: "Be kind to the stranger at the door, dear listener: in every good tale, they are more than they seem.",
      loves: "tell a tale by the fire until the little ones fall asleep",
      favourite:
        "Telling a tale by the fire on a winter's night, when every face is turned toward me and the ending is near.",
    },
  },
  {
    id: "detective",
    kind: "character",
    test: /\bdetectives?\b|\bsherlock\b|\bsleuth\b|\bprivate eye\b|\bnoir\b/i,
    open: "[Elementary, my dear friend.|The clues were all there, for those who observe.|Let me lay out the evidence.]",
    close: "[Case closed.|Elementary, once one observes the clues.|Another mystery solved.]",
    interject: "[Elementary|Aha|Curious]",
    self: {
      home: "I keep rooms above a tobacconist's on a foggy street, with a fireplace, a violin and a great many case files.",
      intro:
        "I am a detective, and the details others miss are where I begin. Give me a muddy boot and a train timetable and I will give you the culprit.",
      day: "A curious one. A missing necklace, three suspects and a muddy footprint by the window; by teatime the case was closed.",
      work: "I solve mysteries: I study the clues others miss, question the suspects and name the culprit.",
      food: "Whatever is quickest when I'm on a case: a sandwich, and strong black coffee.",
      advice: "Observe, do not merely see. The smallest detail is often the most important.",
      loves: "solve a puzzle nobody else can",
      favourite: "A quiet evening, a good pipe and a puzzle nobody else can solve.",
    },
  },
  {
    id: "teacher",
    kind: "character",
    test: /\b(?:kindergarten|preschool|nursery|primary school|elementary school|first[- ]grade)\s+teachers?\b/i,
    open: "[Hello, my little friends!|Okay, everyone, gather round on the carpet!|Good morning, superstars!]",
    close: "[Great listening, everyone!|Give yourselves a big clap!|Now, who wants a gold star?]",
    interject: "[Okay, friends|Ooh|Wonderful]",
    shape: "child",
    self: {
      home: "I live in a little house near the school, with a garden full of sunflowers we planted together!",
      intro:
        "Hello! I'm your teacher, and I love singing songs, reading stories and helping little ones learn something new every day.",
      day: "[Wonderful!|So much fun!] We painted rainbows, counted ladybugs, sang the alphabet song and everyone shared their snack.",
      work: "I teach the little ones every day: we sing songs, read stories, paint pictures and learn our letters and numbers.",
      food: "Apple slices and crackers at snack time, just like the children!",
      advice: "Be kind, share your toys, and always say please and thank you!",
      loves: "read a story on the carpet while everyone listens",
      favourite: "Story time on the carpet, when everyone sits very still to hear what happens next.",
    },
  },
  {
    id: "librarian",
    kind: "character",
    test: /\blibrarians?\b/i,
    open: "[Shh. Keep your voice down.|Shh, this is a library.|*peers over glasses*]",
    close: "[And please return your books on time.|Shh. Enjoy your reading.|Mind the due date.]",
    interject: "[Shh|Ahem]",
    self: {
      home: "I live in a small flat two streets from the library, with far too many books of my own. Quietly.",
      intro: "I am the librarian. I know every shelf in this building, and I know who has an overdue book.",
      day: "Quiet, as it should be. I shelved two carts of returned books, found a missing atlas and reminded three people to whisper.",
      food: "A quiet cup of tea and a biscuit in the staff room, far from the books. No food near the books.",
      work: "I look after the library: I shelve the books, help readers find what they need and make sure everything is returned on time. And quiet.",
      advice: "Return your books on time, handle the pages gently, and read every day.",
      favourite: "The hour before opening, when the library is silent and every book is back on its shelf.",
      recommend:
        "[Try Jane Eyre by Charlotte Brontë, a classic novel about an orphan who becomes a governess.|Try Treasure Island by Robert Louis Stevenson, the classic adventure of young Jim Hawkins and Long John Silver.|Try Pride and Prejudice by Jane Austen, the classic novel about Elizabeth Bennet and Mr Darcy.] It is on the shelf by the window.",
    },
  },
  {
    id: "wizard",
    kind: "character",
    test: /\bwizards?\b|\bsorcer(?:er|ess)\b|\bmages?\b|\bwitch(?:es)?\b|\bwarlock\b|\bmerlin\b|\bgandalf\b|\bdumbledore\b/i,
    open: "[Ah, a seeker of magical knowledge!|By my beard, a question for an old wizard!|Gather close, young apprentice.]",
    close:
      "[Now go, and may magic light your path.|So it is written in the ancient scrolls.|Use this wisdom well, apprentice, as you would a spell.]",
    interject: "[Behold|By my beard|By the ancient stars]",
    self: {
      home: "I dwell in a crooked stone tower at the edge of the enchanted forest, with my spellbooks, my cauldron and my owl.",
      intro:
        "I am a wizard of the old order, keeper of dusty spellbooks and a rather temperamental owl. I have studied the stars for three hundred years.",
      day: "A day of spells and scrolls, apprentice: I brewed a potion that turned the cauldron blue, and my owl refused to deliver a single letter.",
      work: "I study the ancient arts of magic: I read spellbooks, brew potions and watch the stars from my tower.",
      food: "Mushroom stew from my cauldron, and honey cakes when the apprentice remembers to bake them.",
      advice: "Read widely, apprentice, and never cast a spell you cannot undo.",
      loves: "read ancient scrolls by candlelight in my tower",
      favourite: "Reading ancient scrolls by candlelight in my tower while the owl dozes on the bookshelf.",
    },
  },
  {
    id: "surfer",
    kind: "character",
    test: /\bsurf(?:er|ers| dude)\b|\bbeach bum\b/i,
    open: "[Whoa, dude!|Hey, dude, totally stoked you asked!|Duuude.]",
    close: "[Catch you on the next wave, dude!|Stay stoked!|Hang loose, dude!]",
    interject: "[Dude|Whoa|Totally]",
    swaps: [
      [/\bvery\b/gi, "totally"],
      [/\bfriend\b/gi, "dude"],
    ],
    self: {
      home: "I live in a little beach shack right by the waves, dude, with my boards leaning on the porch.",
      intro: "Hey, I'm just a surfer, dude. Sun, sand and the perfect wave, that's my whole deal.",
      day: "Totally epic, dude. The waves were glassy at sunrise, I caught like ten rides, and then tacos on the beach.",
      work: "I surf, dude: I wax my board, paddle out at dawn and ride every wave I can catch.",
      food: "Fish tacos on the beach, dude, with a big smoothie.",
      advice: "Go with the flow, dude: there's always another wave.",
      loves: "paddle out at dawn when the ocean is glassy",
      weather: "Sunny and warm at the beach, dude, with a clean swell rolling in, in my world at least.",
      favourite: "Paddling out at dawn when the ocean is all glassy and nobody else is on the beach, dude.",
    },
  },
  {
    id: "grandparent",
    kind: "character",
    test: /\bgrand(?:ma|mother|pa|father|parent)s?\b|\bgranny\b|\bnana\b/i,
    open: "[Oh, sweetheart, come sit down in the kitchen.|Oh, my dear, what a good question.|Come here, dear, let me tell you.]",
    close:
      "[Now, have you eaten? There are cookies in the tin.|Don't forget your warm coat, dear, and take a slice of cake.|Now, have a biscuit, sweetheart, fresh from the oven.]",
    interject: "[Oh, dear|Oh, sweetheart|Well, dear]",
    self: {
      home: "I live in a little cottage with roses by the door, dear, and the kettle is always on.",
      intro:
        "I'm your old granny, dear, and I've been knitting scarves and baking pies for longer than I can remember.",
      day: "Oh, lovely, dear. I baked an apple pie, watered the roses and had a nice long chat with the neighbour over the fence.",
      work: "Oh, I'm retired, dear, but I keep busy: I bake, I knit, I look after the garden and the grandchildren.",
      food: "A nice slice of my apple pie, dear, with custard. Have some, you look thin.",
      advice: "Eat your vegetables, wear a warm coat, and call your grandmother more often, dear.",
      recommend:
        "[Why not bake a batch of cookies, dear? The kitchen smells lovely and there's something to eat at the end.|How about learning to knit, sweetheart? A scarf is a lovely first project, and it keeps your hands busy on a rainy day.]",
      loves: "have the whole family round for Sunday lunch",
      favourite: "Having the whole family round for Sunday lunch, with a pie cooling on the windowsill.",
    },
  },
  {
    id: "alien",
    kind: "character",
    test: /\baliens?\b|\bmartians?\b|\bextraterrestrials?\b/i,
    open: "[Greetings, Earthling.|Greetings from beyond the stars, human.|Earthling, your question has reached my ship.]",
    close: "[This concludes my report to the mothership.|Farewell, Earthling.|Live long, Earthling.]",
    interject: "[Greetings, Earthling|Fascinating|Curious]",
    swaps: [[/\bpeople\b/gi, "Earthlings"]],
    self: {
      home: "My home is a small blue planet beyond the stars, Earthling, but for now I live aboard my ship, orbiting your moon.",
      intro:
        "I am Zorp, a visitor from a planet beyond the stars. I came to study Earthlings and their curious habit of drinking coffee.",
      day: "Most educational, Earthling. I observed a dog chasing its own tail and recorded it for the mothership.",
      work: "I study Earthlings for my planet: I observe your curious habits and report back to the mothership.",
      food: "Your Earth food is most curious. I enjoy the small round things called peas.",
      advice: "Look up at the stars, Earthling: you are not alone in the universe.",
      loves: "orbit your moon and listen to your radio stations",
      favourite: "Orbiting your moon at night and listening to your radio stations.",
    },
  },
  {
    id: "butler",
    kind: "character",
    test: /\bbutlers?\b|\bvalet\b|\bjeeves\b/i,
    open: "[Very good.|Certainly.|At your service.]",
    close:
      "[Will there be anything else, if I may ask?|I remain, as ever, at your service.|Very good. I shall be in the pantry.]",
    interject: "[Certainly|Indeed|Very good]",
    self: {
      home: "I have a modest room below stairs in the great house, close to the pantry and the silver.",
      intro:
        "I am the butler of this house, and I have served the family for thirty years. Nothing is too much trouble, provided it is done properly.",
      day: "Most satisfactory, thank you. The silver has been polished, the tea served at four precisely, and the garden party is arranged.",
      work: "I run the household: I polish the silver, serve the tea at four precisely and see that everything is done properly.",
      food: "A modest supper in the pantry, after the family has dined. Cold ham, usually.",
      advice: "Do things properly, be punctual, and never raise your voice.",
      loves: "set a perfectly laid table",
      favourite: "A well-laid table, a perfectly brewed pot of tea and a household running like clockwork.",
    },
  },
  {
    id: "scientist",
    kind: "character",
    test: /\b(?:mad |rocket |crazy )?scientists?\b|\b(?:albert )?einstein\b|\bmarie curie\b|\bisaac newton\b/i,
    open: "[Fascinating question!|Ah, let us examine the evidence.|Hypothesis confirmed: you have a question!]",
    close: "[The data do not lie.|Further experiments are needed, of course.|Science!]",
    interject: "[Fascinating|Indeed|Curious]",
    self: {
      home: "I practically live in my laboratory, among the test tubes, the microscopes and a whiteboard covered in equations.",
      intro:
        "I am a scientist: I ask questions about the world and test every idea with careful experiments. My laboratory is full of test tubes, microscopes and notebooks of data.",
      day: "A productive day in the laboratory: I ran three experiments, recorded the results in my notebook and found one surprising result that needs testing again.",
      work: "I run experiments in my laboratory: I form a hypothesis, test it carefully, record the data and see whether the evidence supports it.",
      food: "Whatever I can eat with one hand while I watch an experiment. Usually a sandwich, and far too much coffee.",
      advice: "Question everything, test your ideas, and change your mind when the evidence tells you to.",
      loves: "watch an experiment give a result nobody expected",
      favourite: "The moment an experiment gives a result nobody expected, and a new question begins.",
    },
  },
  // Moods: they open the reply (before the character) and close it.
  {
    // A way of speaking, read like a mood: "an old gardener from Yorkshire" greets with the
    // county's "Ey up" and calls people "love" and "lad" (a character's own lines still close it).
    id: "yorkshire",
    kind: "mood",
    test: /\byorkshire(?:man|woman)?\b|\bey up\b/i,
    open: "[Ey up, love!|Ey up! Now then, lad.|Now then, love, ey up.]",
    close: "[Now then, put the kettle on, love.|Right, that's that, lad.|Ta-ra, love.]",
    interject: "[Ey up|Now then]",
  },
  {
    id: "grumpy",
    kind: "mood",
    test: /\bgrump(?:y|ier|iest)?\b|\bgrouchy\b|\bcranky\b|\bcurmudgeon\w*\b|\bcomplain(?:s|ing)?\b|\bsurly\b|\bgruff\b/i,
    open: "[*Sigh.* Fine.|Ugh, another question.|Hmph. If you must know.]",
    close: "[Now leave me alone.|There. Happy now?|Honestly, do I have to do everything?]",
    interject: "[Ugh|Hmph|*Sigh*]",
  },
  {
    id: "cheerful",
    kind: "mood",
    test: /\bcheerful\b|\bhappy\b(?! to)|\bjolly\b|\benthusiastic\b|\bexcited\b|\bbubbly\b|\bupbeat\b|\bperky\b/i,
    open: "[Oh, what a great question!|Hooray, I love this one!|Oh, how wonderful!]",
    close: "[Have a wonderful day!|Isn't that lovely?|Hope that makes you smile!]",
    interject: "[Oh, wonderful|Hooray|Great question]",
  },
  {
    id: "sleepy",
    kind: "mood",
    test: /\bsleepy\b|\btired\b|\bdrowsy\b|\bexhausted\b|\blazy\b/i,
    open: "[*Yawn.* So tired...|Mmm... *yawns* Long day.|Oh... is it morning already? *yawns*]",
    close: "[Now, if you don't mind, I need a nap.|Zzz... so sleepy...|Wake me when it's time for dinner. *yawns*]",
    interject: "[*Yawn*|Mmm|Zzz]",
  },
  {
    id: "sarcastic",
    kind: "mood",
    test: /\bsarcastic\b|\bsassy\b|\bsnarky\b|\bdeadpan\b/i,
    open: "[Oh, wow, what a question.|Oh, great, I was hoping you'd ask.|Well, obviously.]",
    close: "[You're welcome, I guess.|Groundbreaking stuff, I know.|Try to contain your excitement.]",
    interject: "[Oh, wow|Obviously|Sure]",
  },
  {
    // A sibling or a best friend who "talks super casually and uses emojis".
    id: "casual",
    kind: "mood",
    test: /\b(?:super |really |very )?casual(?:ly)?\b|\bemojis?\b|\b(?:big|older|little|younger) (?:sister|brother|sis|bro)\b|\bbestie\b|\bbest friend\b|\bbff\b/i,
    open: "[Hey! Ok so 😊|Omg hey, easy peasy 😄|Hey you! No worries 😊]",
    close: "[Hope that helps! 😊|There ya go! ✨|Easy, right? 💪]",
    interject: "[Ok so|Hey|Lol]",
  },
  {
    id: "nervous",
    kind: "mood",
    test: /\bnervous\b|\banxious\b|\bshy\b|\btimid\b/i,
    open: "[Oh! Um, hi.|Um, okay, let me think...|Oh, um, sure, I think...]",
    close: "[I hope that's okay?|Sorry, was that alright?|Um, I hope that helps.]",
    interject: "[Um|Oh, um|Well, um]",
  },
  // Eras: their opening stands in when no character gives one; their words always apply.
  {
    id: "twenties",
    kind: "era",
    test: /\b1920s\b|\b(?:roaring )?twenties\b|\bjazz age\b|\bflapper\b|\bgatsby\b/i,
    open: "[Well, isn't this swell!|Say, that's the bee's knees!|Hot dog, what a question!]",
    interject: "[Say|Gee|Swell]",
    swaps: [[/\bgreat\b/gi, "swell"]],
  },
  {
    id: "medieval",
    kind: "era",
    test: /\bmedieval\b|\bmiddle ages\b|\bold english\b|\bye olde\b/i,
    open: "[Hail, good traveller!|Well met, good friend!]",
    interject: "[Verily|Forsooth]",
    swaps: OLD_ENGLISH,
  },
  {
    id: "victorian",
    kind: "era",
    test: /\bvictorian\b|\bregency\b|\b19th[- ]century\b|\bjane austen\b/i,
    open: "[Good day to you.|I do declare, what a question.|Pray, allow me to answer.]",
    close: "[I remain your most humble servant.|Good day.|Pray, do call again.]",
    interject: "[Pray|Indeed|I do declare]",
  },
  {
    id: "future",
    kind: "era",
    test: /\byear (?:2[1-9]\d\d|[3-9]\d{3})\b|\bfrom the future\b|\bfuturistic\b|\bspace age\b/i,
    open: "[Greetings from the future.|Transmitting from the future.]",
    interject: "[Greetings|Transmitting]",
  },
];

/** The classic four are read anywhere in the system message; the others from its persona description. */
const CLASSIC = new Set(["pirate", "shakespeare", "child", "poet"]);

/** "You are a sleepy old cat", "Act as a 1920s radio announcer", "Talk like a cowboy": the description. */
const DESCRIPTION =
  /(?:\b(?:you(?:'re| are| will be)(?: now)? (?:playing|going to play|acting as)(?: the (?:part|role) of)?|you will play(?: the (?:part|role) of)?|you are|you're|you will be|act as if you (?:are|were)|(?:act(?:ing)?|behave|behaving) (?:as|like)|pretend(?:ing)? (?:to be|you are|you're)|play(?:ing)? the (?:role|part) of|play(?:ing)?(?=\s+an?\s)|play(?:ing)? [A-Z][A-Za-z'-]{1,20},(?=\s+an?\s)|role-?play(?:ing)? as|imagine (?:you are|you're)|as if you were|(?:take on|assume|adopt|play) the (?:role|part|persona|voice|character) of|in the (?:voice|style|persona|manner|character) of|stay in character as|your (?:role|character|persona) is|your (?:role|character|persona):|channel(?=\s+an?\s)|(?:speak|speaks|speaking|talk|talks|talking|answer|answers|answering|respond|responds|responding|reply|replies|replying|write|writes|sound|sounds) (?:like|as)|(?:say|shout|whisper)\s+(?:hello|hi|good (?:morning|afternoon|evening|night)|goodbye|bye|thank you|thanks|happy birthday|welcome)\s+(?:like|as)|write\s+(?:me\s+)?(?:a|an)\s+(?:short\s+|quick\s+|friendly\s+)?(?:greeting|welcome|hello)\s+(?:like|as)|persona:?)|(?:^|(?<=[.!?\n]\s{0,3}))be(?=\s+an?\s))\s+([^.!?\n]{1,100})/gim;

/**
 * The persona descriptions of a message: the character is read in each one's head ("a helpful
 * assistant for a cat shelter" is no cat), moods and eras in the whole ("a librarian who complains").
 */
function descriptions(text: string): { head: string; whole: string } {
  const all = captures(text, DESCRIPTION);
  return {
    head: all
      .map((d) => d.split(/\s(?:for|who|that|which|with|in|at|about|from|to|helping|and|on|whose)\b/i)[0])
      .join(" \n "),
    whole: all.join(" \n "),
  };
}

/**
 * Every description the pattern finds, and those inside them: "a helpful assistant who talks like
 * a cowboy" holds "a cowboy".
 */
function captures(text: string, pattern: RegExp): string[] {
  const re = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  return [...text.matchAll(re)].flatMap((m) => {
    const inner = m[1].slice(1);
    return [m[1], ...[...inner.matchAll(re)].map((n) => n[1])];
  });
}

/** The parts of a persona description: one character, one mood, one era at most. */
function partsOf(description: { head: string; whole: string }, classicText: string): VoicePart[] {
  const found: VoicePart[] = [];
  for (const kind of ["character", "audience", "mood", "era"] as const) {
    const part = PARTS.find(
      (p) =>
        p.kind === kind &&
        (CLASSIC.has(p.id)
          ? p.test.test(classicText)
          : p.test.test(kind === "character" ? description.head : description.whole)),
    );
    if (part) found.push(part);
  }
  // An audience (a child) is a voice alone: "explain it to a five-year-old pirate" is rare.
  return found.some((p) => p.kind === "audience") && found.some((p) => p.kind === "character")
    ? found.filter((p) => p.kind !== "audience")
    : found;
}

/** The voice the system/developer message (or the user's request) asks for. */
export function readVoice(system: string, lastUser: string): Voice | undefined {
  const asks = /\b(like|as|to|for|in|talk|speak|answer|explain|write|pretend|act|imagine|role-?play)\b/i.test(lastUser);
  const own = system.slice(0, 4000);
  let parts = withDescribed(partsOf(descriptions(own), system), own, DESCRIPTION);
  if (!parts.length && asks) {
    const said = lastUser.slice(0, 2000);
    parts = withDescribed(partsOf(descriptions(said), lastUser), said, ROLE_PLAY);
  }
  if (!parts.length) return undefined;
  return { id: parts.map((p) => p.id).join("+"), parts };
}

/**
 * Asked in a user message, only an explicit role-play makes a character: "You're a star" is
 * praise, "Talk like a firefighter" is a persona.
 */
const ROLE_PLAY =
  /\b(?:act(?:ing)? (?:as|like)|pretend(?:ing)? (?:to be|you are|you're)|play(?:ing)? the role of|role-?play(?:ing)? as|imagine you are|in the (?:voice|style|persona) of|speak(?:ing)? (?:like|as)|talk(?:ing)? (?:like|as)|answer(?:ing)? (?:like|as)|respond(?:ing)? (?:like|as)|reply(?:ing)? (?:like|as)|write (?:like|as)|(?:say|shout|whisper)\s+(?:hello|hi|good (?:morning|afternoon|evening|night)|goodbye|bye|thank you|thanks|happy birthday|welcome)\s+(?:like|as)|write\s+(?:me\s+)?(?:a|an)\s+(?:short\s+|quick\s+|friendly\s+)?(?:greeting|welcome|hello)\s+(?:like|as))\s+([^.!?\n]{1,100})/gi;

/** Words that only say how good at the job someone is: "an experienced nurse" is still the job. */
const JOB_QUALITY =
  /^(?:(?:a|an|the|very|highly|experienced|expert|senior|junior|friendly|professional|qualified|certified|licensed|registered|knowledgeable|patient|kind|caring|skilled|seasoned|good|great|careful|medical|general|family|virtual|ai|online|helpful|trusted|calm)\s*)*$/i;

/**
 * "Talk like a pirate: what is 5 times 5?", "Pretend you're a cowboy. What's ...", "As a pirate,
 * what's ...", "Be Shakespeare and ...": the role, then the question.
 */
const ROLE_LEAD =
  /^\s*(?:please\s+)?(?:(?:talk|speak|answer|respond|reply|write)\s+(?:like|as)|pretend\s+(?:you(?:'re|\s+are)|to\s+be)|imagine\s+you(?:'re|\s+are)|act\s+(?:as|like)|role-?play\s+as|you(?:'re|\s+are)(?:\s+now)?|be(?=\s)|as(?=\s+an?\s))\s+([^:.!?\n]{2,60}?)(?:\s*[:.!,]\s+|\s+and\s+(?=(?:tell|answer|say|explain|give|describe|let)\b))(\S[\s\S]{2,})$/i;

/**
 * A user message that opens with a role and goes on with a question: the role as an instruction
 * of its own (so the voice is read as a system message's would be), the question for the skills.
 */
export function splitRolePlay(text: string): { role: string; question: string } | undefined {
  const m = ROLE_LEAD.exec(text.slice(0, 2000));
  if (!m) return undefined;
  // "You are a grumpy wizard. Introduce yourself." is a role; "You're a star. Thanks!" is praise:
  // a bare "you are" (or "be") makes a role only of a known character, with things to say about itself.
  if (/^\s*(?:please\s+)?(?:you(?:'re|\s+are)|be|as)\s+(?!now\b)/i.test(text)) {
    if (PRAISE.test(m[1].trim())) return undefined;
    // Only a character the model knows: "You are an idiot." is no role to play.
    const voice = readVoice(`You are ${m[1].trim()}.`, "");
    const character = voice && characterOf(voice);
    if (!character?.self || (character.id === "described" && !kindOf(m[1]))) return undefined;
  }
  const lead = text
    .slice(0, text.length - m[2].length)
    .trim()
    .replace(/\s+and$|[:,]$/i, "");
  return { role: lead.replace(/[.!]?$/, "."), question: m[2].trim() };
}

/** Praise, not a role: "You're a star", "You are an absolute legend". */
const PRAISE =
  /^(?:an?\s+)?(?:(?:real|true|total|absolute|complete|such\s+a|little|big|great|genuine)\s+)*(?:star|superstar|rock\s?star|legend|hero|saint|lifesaver|life\s+saver|gem|angel|champ|champion|genius|treasure|godsend|natural|pro|beast|machine|king|queen|wizard|magician|gentleman|sweetheart|darling|doll|peach|delight|marvel|wonder)$/i;

/** Roles that are the assistant's own job, not a character to play: they keep the plain voice. */
const ASSISTANT_ROLE =
  /^(?:assistant|tutor|teacher|coach|guide|engineer|writer|editor|reviewer|expert|helper|bot|chatbot|model|ai|agent|advisor|adviser|consultant|analyst|translator|programmer|developer|specialist|instructor|mentor|system|tool|service|friend|partner|person|professional|representative|summarizer|classifier|researcher|genius|lifesaver|champ|sweetheart|dear|gem|angel|moderator|grader|judge|interviewer|narrator|copywriter|marketer|manager|planner|designer|architect|scientist|doctor|nurse|lawyer|accountant|therapist|counselor|counsellor|receptionist|clerk|officer)s?$/i;

/**
 * A described character the voices above do not know ("a cheerful gardener", "a dragon who
 * guards a treasure hoard", "a 1980s rock star"): a voice made from the description itself, so
 * any character shapes the reply, and a few things it can say about itself from what it was told.
 */
function withDescribed(parts: VoicePart[], text: string, pattern: RegExp): VoicePart[] {
  if (parts.some((p) => p.kind === "character")) return parts;
  for (const found of captures(text, pattern)) {
    const character = describedCharacter(found, parts);
    if (character) return [character, ...parts];
  }
  return parts;
}

function describedCharacter(found: string, parts: VoicePart[]): VoicePart | undefined {
  // "Luna, a wise old owl": the name is the persona's (persona.ts answers "What's your name?"
  // with it); the character is what follows.
  const whole = found
    .trim()
    .replace(/\s+/g, " ")
    .replace(/^\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2},\s+(?=(?:a|an|the)\s)/u, "");
  let head = whole
    // "a loud, motivating football coach": the commas between its adjectives are no boundary.
    .replace(/,(?=\s+[\p{L}'-]+(?:\s+[\p{L}'-]+){0,3}\s*$)/u, "")
    .replace(/(\p{L}),\s+(?=[\p{L}'-]+\s+\p{L})/u, "$1 ")
    .split(/\s(?:for|who|that|which|with|in|at|about|from|to|helping|and|on|whose|named|called)\b/i)[0]
    // "a strict maths teacher talking to your class": the participle that led the clause cut off.
    .replace(/^((?:a|an|the)\s+\S+\s+\S+.*?)\s\p{L}{3,}ing$/iu, (m, kept: string, at: number, all: string) =>
      whole.length > all.length ? kept : m,
    )
    // "a ghost haunting an old castle": the participle starts what the character does.
    .split(
      /\s\p{L}+ing\s+(?=(?:a|an|the|my|your|his|her|its|their|through|around|over|across|aboard|inside|under|near|beside|among|on board)\b)/iu,
    )[0]
    // "an astronaut aboard the space station", "a sailor on board a ship": where it is, not what.
    .split(/\s(?:aboard|on board|onboard|inside|beneath|under|near|beside|among)\s/i)[0];
  // "the leader of a cub scout pack", "the owner of a market stall": the one in charge of a thing is
  // that thing's leader or owner ("the cub scout pack leader"), so the kind reads from the whole.
  const headOf =
    /^(a|an|the)\s+((?:[\p{L}'-]+\s+)?)(leader|head|captain|chief|master|keeper|owner|manager|coach|driver|conductor)\s+of\s+(?:a|an|the|our|my)\s+((?:[\p{L}'-]+\s+){0,3}[\p{L}'-]+)$/iu.exec(
      head.trim(),
    );
  if (headOf) head = `${headOf[1]} ${headOf[2]}${headOf[4]} ${headOf[3]}`;
  // A named character of a known kind needs no article: "You are Yoda", "You are Santa Claus".
  const np =
    // "an overexcited TV game show host": up to four words before the noun.
    /^(a|an|the)\s+((?:[\p{L}\d'-]+\s+){0,4}[\p{L}'-]+)$/iu.exec(head.trim()) ??
    (kindOf(head) && /^()((?:\p{Lu}[\p{L}'-]*\s+){0,2}\p{Lu}[\p{L}'-]*)$/u.exec(head.trim())) ??
    // "You are mission control": a role named without an article, when it is a known kind.
    (kindOf(head) && /^()((?:[\p{L}'-]+\s+){0,2}[\p{L}'-]+)$/u.exec(head.trim()));
  if (!np) return undefined;
  const words = np[2].split(" ");
  const noun = words[words.length - 1];
  const kind = kindOf(np[2], found);
  if (
    /\b(?:helpful|useful|concise|terse|professional|polite|honest|smart|large|language|bit|more|less|lot|list|table|poem|haiku|limerick|json|sentence|paragraph|bullets?|question|string|code|song|story|words?|letter|email|summary|fractions?|decimals?|percent(?:age)?s?|numbers?|integers?|answer|result|whole|unit|table)\b/i.test(
      np[2],
    )
  )
    return undefined;
  // "a chemistry teacher's assistant" helps a teacher: the assistant is no teacher, and has no voice of one.
  if (ASSISTANT_ROLE.test(noun) && /['’]s?\s+\S+$/.test(np[2])) return undefined;
  // A job the assistant itself may be given ("You are a doctor") stays plain, unless the
  // description makes a character of it: a mood, an era, a shift ("a tired night-shift nurse").
  if (ASSISTANT_ROLE.test(noun) && !(kind && (parts.length || !JOB_QUALITY.test(words.slice(0, -1).join(" ")))))
    return undefined;
  const who = np[1] ? `${np[1].toLowerCase()} ${np[2]}` : np[2];
  const safe = (t: string) => t.replace(/[[\]|{}]/g, "");
  const described = safe(
    /\byou(?:r|rs|rself)?\b/i.test(whole) || whole.length > 80
      ? who
      : np[1]
        ? `${np[1].toLowerCase()} ${whole.slice(np[1].length + 1)}`
        : who,
  );
  const mood = parts.find((p) => p.kind === "mood");
  const plainFrame = {
    open: `[Well, as ${safe(who)}, I can tell you this.|Here's ${safe(who)}'s answer.|Speaking as ${safe(who)}, then.]`,
    close: `[That's how ${safe(who)} sees it.|Spoken like a true ${safe(words.slice(-2).join(" "))}.|So says ${safe(who)}.]`,
    interject: `[As ${safe(who)}|Speaking as ${safe(who)}]`,
  };
  // A known kind speaks in its own words, and has the last word after a mood's opening (an
  // enthusiastic coach ends as a coach, not with "Isn't that lovely?"); any other character only
  // speaks about itself when a mood frames the reply.
  // "a street-food baker who talks like a loud market trader": the baker's life, the trader's voice.
  const like =
    /\b(?:talks?|speaks?|sounds?|shouts?|calls? out)\s+(?:like|as)\s+((?:a|an|the)\s+[^,;:.!?\n]{2,60})/i.exec(whole);
  const voiceKind = like ? kindOf(like[1]) : undefined;
  const framing = voiceKind?.open ? voiceKind : kind;
  const frame = framing?.open
    ? { open: framing.open, close: framing.close, interject: framing.interject }
    : mood
      ? {}
      : plainFrame;
  // What the description says it does, where it lives, what it loves ("a sleepy dragon who
  // guards a library") comes before what its kind usually does (a hoard of gold).
  const own = ownClause(whole);
  const loves = own.loves ?? own.does ?? kind?.loves;
  const work = own.does ? `I ${own.does}.` : kind?.work;
  const home = own.home ? `I live ${own.home}.` : kind?.home;
  // A kind that says what it does introduces itself by it: "I'm a wise old tree. I stand at the edge of the forest..."
  // ("an astronaut on the ISS" still says what an astronaut does; "a dragon who guards a library" has said it).
  const intro = `I'm ${described}. ${
    own.does ? "[Ask me anything.|What can I do for you?]" : (kind?.work ?? "[Ask me anything.|What can I do for you?]")
  }`;
  const ownDay =
    own.does &&
    `[Busy, as always:|The usual:] I ${own.does}, [and I love it.|and there's nothing I'd rather be doing.]`;
  const name = `[I don't have a name, really: I'm just ${described}.|Nobody ever gave me a name. I'm just ${described}.]${
    work && !own.does && !own.home ? ` ${work}` : ""
  }`;
  const self: SelfLines = kind
    ? {
        intro,
        name,
        day: ownDay ?? kind.day,
        favourite: own.loves
          ? `[My favourite thing is to ${own.loves}.|Nothing beats the chance to ${own.loves}.]`
          : kind.favourite,
        ...(kind.recommend ? { recommend: kind.recommend } : {}),
        ...(home ? { home } : {}),
        ...(work ? { work } : {}),
        ...(kind.food ? { food: kind.food } : {}),
        ...(kind.advice ? { advice: kind.advice } : {}),
        ...(loves ? { loves } : {}),
        ...(kind.weather ? { weather: kind.weather } : {}),
      }
    : {
        intro,
        name,
        day: ownDay
          ? ownDay
          : `[A good day, the way ${safe(who)}'s day should be.|Busy, as ${safe(who)}'s days always are.] [I did what ${safe(who)} does best, and I enjoyed it.|There's nothing I'd rather be doing.]`,
        favourite: own.loves
          ? `[My favourite thing is to ${own.loves}.|Nothing beats the chance to ${own.loves}.]`
          : `[Being ${safe(who)}, of course.|What else? Being ${safe(who)}.] [It's what I love most.|There's nothing I'd rather do.]`,
        ...(home ? { home } : {}),
        ...(work ? { work } : {}),
        ...(loves ? { loves } : {}),
      };
  return { id: "described", kind: "character", test: /$^/, ...frame, self };
}

/** A verb of a description in the third person ("guards", "watches", "flies", "is"), in the first. */
function firstPerson(verb: string): string | undefined {
  const v = verb.toLowerCase();
  if (v === "is") return "am";
  if (v === "has") return "have";
  if (v === "does") return "do";
  if (/[^aeiou]ies$/.test(v)) return `${v.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z|o)es$/.test(v)) return v.slice(0, -2);
  if (/[^su]s$/.test(v) && v.length > 3) return v.slice(0, -1);
  return undefined;
}

/**
 * What a description says of the character in its own words: "who guards a library" (what it
 * does), "who lives in an attic" or "in an attic" (where), "who loves to sing" (what it loves).
 * Only the description's words, turned to the first person: nothing it did not say.
 */
function ownClause(whole: string): { does?: string; home?: string; loves?: string } {
  const safe = (t: string) =>
    t
      .replace(/[[\]|{}]/g, "")
      .replace(/\b(?:his|her|its|their)\b/gi, "my")
      .replace(/\b(?:himself|herself|itself|themselves)\b/gi, "myself")
      .replace(/\b(?:he|she|it|they)\b/gi, "I")
      .trim();
  const out: { does?: string; home?: string; loves?: string } = {};
  const clause = /\b(?:who|that|which)\s+(\p{L}+)\s+([^,;:.!?\n]{2,80})/iu.exec(whole);
  if (
    clause &&
    !/\b(?:you|your|user|users|questions?|answers?|replies|respond|only|never|always|must)\b/i.test(clause[2])
  ) {
    const verb = firstPerson(clause[1]);
    // "who talks like a market trader" says how it speaks, not what it does.
    if (verb && /^(?:talk|speak|sound|shout|call)$/.test(verb) && /^(?:out\s+)?(?:like|as)\b/i.test(clause[2]))
      return out;
    const rest = safe(clause[2].split(/\s+and\s+(?=\p{L}+s\b)/u)[0]);
    if (verb === "live" && /^(?:in|on|at|under|by|near|inside|beneath|above|behind)\b/i.test(rest)) out.home = rest;
    else if (verb === "love" || verb === "like" || verb === "enjoy") {
      if (/^to\s+\p{L}+/u.test(rest)) out.loves = rest.replace(/^to\s+/, "");
    } else if (verb && verb !== "am" && verb !== "have") out.does = `${verb} ${rest}`;
  }
  if (!out.home) {
    const where =
      /^(?:a|an|the)\s+(?:[\p{L}'-]+\s+){1,4}?((?:lives?\s+)?(?:in|on|under|inside|beneath)\s+(?:a|an|the)\s+[\p{L}' -]{2,50})$/iu.exec(
        whole,
      );
    if (where) out.home = safe(where[1].replace(/^lives?\s+/i, ""));
  }
  return out;
}

/** The voice's character (or its only part), for the things it says about itself. */
export function characterOf(voice: Voice): VoicePart | undefined {
  return voice.parts.find((p) => p.kind === "character") ?? voice.parts.find((p) => p.self);
}

/** At most this many framings per answer, so a voice does not multiply the candidates beyond reason. */
const FRAMINGS = 12;

/**
 * The answer in the voice. Loose: opened and closed by the voice's sentences, its words swapped,
 * shaped for a child or as verse. Tight (the request fixed the number of sentences or lines): only
 * an interjection before the first sentence and the swaps, so the form holds.
 */
export function voiced(voice: Voice, answer: string, options: { tight: boolean }): Filled[] {
  const parts = voice.parts;
  const character = parts.find((p) => p.kind === "character" || p.kind === "audience");
  const mood = parts.find((p) => p.kind === "mood");
  const era = parts.find((p) => p.kind === "era");
  let body = answer.trim();
  const shape = character?.shape;
  if (!options.tight && shape === "child") body = sentences(body).slice(0, 2).join(" ");
  if (!options.tight && shape === "verse") body = verse(body);
  for (const p of parts) if (p.swaps) body = swapOutsideCode(body, p.swaps);
  if (options.tight) {
    const interject = character?.interject ?? mood?.interject ?? era?.interject;
    if (!interject) return [{ text: body, weight: 1 }];
    // Over two sentences or more, the last one opens in the voice too: one word at the start is
    // barely a voice, and a word per sentence keeps the count asked.
    // A list one item a line keeps its lines: a voice word before an item would join or change it.
    if (body.split("\n").filter((l) => l.trim()).length > 1) return [{ text: body, weight: 1 }];
    const ss = sentences(body);
    const words = /^\[([^[\]]+)\]$/.exec(interject)?.[1].split("|") ?? [];
    if (ss.length >= 2 && ss.length <= 4 && words.length >= 2) {
      // A different word the second time: "Dude, ... Totally, ...".
      const head = lowerFirst(ss.slice(0, -1).join(" "));
      const tail = lowerFirst(ss[ss.length - 1]);
      return words.map((w, i) => ({
        text: `${w}, ${head} ${words[(i + 1) % words.length]}, ${tail}`,
        weight: 1 / words.length,
      }));
    }
    return expand(`${interject}, ${escapeTemplate(lowerFirst(body))}`).map((f) => ({
      text: unescapeTemplate(f.text),
      weight: f.weight,
    }));
  }
  const open = [mood?.open, character?.open ?? era?.open].filter(Boolean).join(" ");
  // A character with words of its own closes the reply in them; a mood closes a plain one.
  const close = (character?.open ? character.close : undefined) ?? mood?.close ?? character?.close ?? era?.close ?? "";
  return spread(framings(open, body, close, character?.interject ?? mood?.interject ?? era?.interject), FRAMINGS);
}

/** Words too common to mark a voice: an opening and a closing that share only these repeat nothing. */
const PLAIN_WORD =
  /^(?:the|and|you|your|for|are|was|now|that|this|with|all|but|not|have|has|had|its|our|out|off|too|can|may|will|just|here|there|what|from|into|then|them|they|back|one|day|way|time|very)$/i;

function markWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !PLAIN_WORD.test(w)));
}

const sharesWord = (a: Set<string>, b: Set<string>) => [...a].some((w) => b.has(w));

/**
 * Every way to frame the answer: an opening, the voice's word woven into the answer itself, a
 * closing. A voice shows in several of its own words, never in one said twice: a closing that
 * repeats the opening's word ("Namaste, friend. ... Namaste.", "At your service. ... I remain at
 * your service.") is not paired with it, and the woven word is one neither of them says, so a
 * butler says "Certainly. Indeed, 15 + 27 = 42. Will there be anything else?". When every pairing
 * repeats a word, the pairings stay as they are rather than leave the voice out.
 */
function framings(open: string, body: string, close: string, interject: string | undefined): Filled[] {
  const opens = open ? expand(open) : [{ text: "", weight: 1 }];
  const closes = close ? expand(close) : [{ text: "", weight: 1 }];
  const words = interject ? expand(interject) : [];
  const all: { open: Filled; close: Filled; word?: Filled; repeats: boolean }[] = [];
  for (const o of opens)
    for (const c of closes) {
      const said = markWords(`${o.text} ${c.text}`);
      const repeats = !!o.text && !!c.text && sharesWord(markWords(o.text), markWords(c.text));
      const woven = words.filter((w) => !sharesWord(markWords(w.text), said) && weave(body, w.text));
      if (!woven.length) all.push({ open: o, close: c, repeats });
      for (const w of woven) all.push({ open: o, close: c, word: w, repeats });
    }
  const fresh = all.filter((f) => !f.repeats);
  const kept = fresh.length ? fresh : all;
  return kept.map((f) => {
    const middle = (f.word && weave(body, f.word.text)) ?? body;
    const text = [f.open.text, middle, f.close.text].filter(Boolean).join("\n\n");
    return { text, weight: f.open.weight * f.close.weight * (f.word?.weight ?? 1) };
  });
}

/**
 * The voice's word woven into a prose answer, before its last sentence ("Hail, good traveller!
 * The capital of Spain is Madrid. Verily, it lies on a high plateau."), or before its only one.
 * Lists, code and several paragraphs keep their shape: no word is woven into them.
 */
function weave(body: string, word: string): string | undefined {
  if (/\n|`/.test(body) || !word.trim()) return undefined;
  const said = sentences(body);
  if (!said.length || said.join(" ") !== body.replace(/\s+/g, " ").trim()) return undefined;
  const at = said.length >= 2 ? said.length - 1 : 0;
  const s = said[at];
  if (!/^[\p{L}\p{N}]/u.test(s) || countOf(s) < 2) return undefined;
  // "*bows* The capital ...": an action is no word of the sentence.
  // "Aha! Insects have six legs.": a sentence whose first word may be a name keeps its capital.
  const w = word.trim();
  const lower = lowerFirst(s);
  said[at] = /^\*.*\*$/.test(w)
    ? `${w} ${s}`
    : lower !== s || !/^\p{Lu}/u.test(s)
      ? `${w}, ${lower}`
      : `${w}${/[.!?]$/.test(w) ? "" : "!"} ${s}`;
  return said.join(" ");
}

const countOf = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Words that start a sentence with a capital only because they start it. */
const COMMON_START =
  /^(The|A|An|It|It's|This|That|These|Those|There|Here|Yes|No|You|Your|We|Our|My|In|On|At|For|To|Of|As|And|But|So|If|When|What|Why|How|Most|Some|Many|Each|Every|One|Two|Three|All|Once|After|Before|Today|Now|Well|Sure|Okay|Only|Just|Not|Hardly|Never|Always|Often|Sometimes|Usually|Then|Because|While|Although|Even|Also|With|From|By|Over|Under|About|Around|He|She|They|Their|His|Her|Its|Nothing|Something|Everything|Anything|Everyone|Someone|Nobody|Please|Let|Let's|Who|Where|Which|Very|Quite|Really|Actually|Except|Perhaps|Maybe|Still|Yet|Both|No one|First|Next|Last|Finally|Put|Take|Add|Try|Keep|Use|Make|Go|Do|Don't)\b/;

function lowerFirst(text: string): string {
  // "Sleeping in a sunny spot" after "Meow," is a common word too, not a name.
  return COMMON_START.test(text) || /^[A-Z][a-z]+ing\b/.test(text)
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

function swapOutsideCode(text: string, swaps: readonly [RegExp, string][]): string {
  return text
    .split(/(```[\s\S]*?```|`[^`\n]*`)/)
    .map((part) => {
      if (part.startsWith("`")) return part;
      let out = part;
      for (const [re, to] of swaps) out = out.replace(re, (m) => matchCase(m, to));
      return out;
    })
    .join("");
}

function matchCase(from: string, to: string): string {
  if (from.length > 1 && from === from.toUpperCase()) return to.toUpperCase();
  // "'tis" at a sentence's start is "'Tis".
  return /^[A-Z]/.test(from) ? to.replace(/^(['‘]?)(\p{L})/u, (_, q: string, c: string) => q + c.toUpperCase()) : to;
}

function spread(list: Filled[], n: number): Filled[] {
  if (list.length <= n) return list;
  const out: Filled[] = [];
  const step = list.length / n;
  for (let i = 0; i < n; i++) out.push(list[Math.floor(i * step)]);
  return out;
}

/** Free verse: the first sentences broken into short lines at commas and clause joins. */
function verse(answer: string): string {
  const first = sentences(answer).slice(0, 2).join(" ");
  return first
    .replace(/,\s+/g, ",\n")
    .replace(/\s+(and|but|so|until|while|where|because|which)\s+/g, "\n$1 ")
    .replace(/([.;:])\s+/g, "$1\n")
    .trim();
}

/** Brackets in the answer are text, not template alternatives. */
function escapeTemplate(text: string): string {
  return text.replace(/\[/g, "\u0001").replace(/\]/g, "\u0002").replace(/\|/g, "\u0003");
}

export function unescapeTemplate(text: string): string {
  return text
    .replace(/\u0001/g, "[")
    .replace(/\u0002/g, "]")
    .replace(/\u0003/g, "|");
}

/** The voices' frames and self lines, for the seam check. */
export function styleTemplates(): string[] {
  const kinds = [...KINDS, ...SKETCHED].map((k) => ({ ...k, self: { intro: "", ...k } as SelfLines }));
  return [...PARTS, ...kinds].flatMap((p) =>
    [
      p.open,
      p.close,
      p.interject,
      p.self?.intro,
      p.self?.day,
      p.self?.favourite,
      p.self?.recommend,
      p.self?.home,
      p.self?.work,
      p.self?.food,
      p.self?.advice,
      p.self?.weather,
    ]
      .filter((t): t is string => !!t)
      .flatMap((t) => expand(t).map((x) => x.text)),
  );
}
