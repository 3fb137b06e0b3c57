/**
 * A BLIND everyday set (za), written without reading the model: prompts as a taxi dispatcher, a
 * dental nurse, a florist, a retired allotment holder, a climbing-wall instructor, a locksmith, a
 * school crossing patrol officer and a sushi chef would type them.
 */
import { ask, assistant, cannot, chat, developer, structured, system, toolTrip, user } from "./build";
import {
  all,
  allCaps,
  any,
  has,
  hasAny,
  haiku,
  inOrder,
  isBoolean,
  isInteger,
  isNumber,
  isString,
  joke,
  json,
  lacks,
  lang,
  limerick,
  lineCount,
  linesEach,
  linesOf,
  listOf,
  marks,
  maxSentences,
  maxWords,
  names,
  noCopy,
  num,
  oneOf,
  runs,
  sentenceCount,
  singleLine,
  wordCount,
} from "./checks";
import type { Check, EverydayPrompt } from "./types";

/** The lines start with the letters of `word`, in order (an acrostic). */
const acrostic =
  (word: string): Check =>
  (reply) => {
    const lines = linesOf(reply.text).map((l) => l.replace(/^[^\p{L}]+/u, ""));
    if (lines.length !== word.length) return `${lines.length} lines, not ${word.length}`;
    const firsts = lines.map((l) => l[0]?.toUpperCase() ?? "").join("");
    return firsts === word.toUpperCase() ? true : `lines start ${firsts}, not ${word}`;
  };

// ---- persona marks ---------------------------------------------------------------------------

const SURFER = [
  "dude",
  "bro",
  "brah",
  "man",
  "totally",
  "gnarly",
  "rad",
  "radical",
  "stoked",
  "wave",
  "waves",
  "surf",
  "surfing",
  "chill",
  "like",
  "awesome",
  "righteous",
  "hang ten",
  "tubular",
  "epic",
  "shaka",
  "sick",
  "vibes",
  "beach",
  "ocean",
  "board",
  "whoa",
  "duuude",
];
const DRILL = [
  "soldier",
  "recruit",
  "private",
  "maggot",
  "maggots",
  "listen up",
  "attention",
  "move it",
  "double time",
  "on the double",
  "drop and give me",
  "sir",
  "yes sir",
  "hooah",
  "hoo-ah",
  "discipline",
  "orders",
  "march",
  "understood",
  "am I clear",
  "is that clear",
  "crystal clear",
  "drill",
  "sergeant",
  "troops",
  "mission",
  "report",
  "now",
  "barracks",
  "squad",
  "dismissed",
  "hut",
];
const NOIR = [
  "kid",
  "dame",
  "doll",
  "sweetheart",
  "case",
  "city",
  "rain",
  "shadows",
  "shadow",
  "smoke",
  "cigarette",
  "streets",
  "street",
  "night",
  "gumshoe",
  "pal",
  "see",
  "mister",
  "detective",
  "private eye",
  "joint",
  "trouble",
  "whiskey",
  "whisky",
  "fedora",
  "office",
  "clue",
  "clues",
  "mystery",
  "dark",
  "rotten",
  "tough",
];
const COMMENTATOR = [
  "what a",
  "incredible",
  "unbelievable",
  "crowd",
  "goes wild",
  "folks",
  "ladies and gentlemen",
  "here we go",
  "amazing",
  "sensational",
  "spectacular",
  "stunning",
  "fantastic",
  "record",
  "champion",
  "history",
  "magnificent",
  "absolutely",
  "oh my",
  "wow",
  "performance",
  "summit",
  "top",
  "she's done it",
  "he's done it",
  "what a climb",
  "extraordinary",
  "phenomenal",
  "astonishing",
  "breathtaking",
  "remarkable",
  "you heard it",
];
const VIKING = [
  "odin",
  "thor",
  "valhalla",
  "longship",
  "mead",
  "raid",
  "raiding",
  "warrior",
  "warriors",
  "shield",
  "axe",
  "saga",
  "fjord",
  "skål",
  "skol",
  "battle",
  "glory",
  "brother",
  "plunder",
  "norse",
  "horn",
  "conquer",
  "mighty",
  "hearth",
  "honour",
  "honor",
  "clan",
  "jarl",
  "gods",
  "northmen",
  "viking",
];
const CAT = [
  "meow",
  "miaow",
  "mew",
  "purr",
  "purrs",
  "purring",
  "purrfect",
  "paws",
  "paw",
  "whiskers",
  "nap",
  "tail",
  "tuna",
  "human",
  "fish",
  "mrrp",
  "mrow",
  "hiss",
  "claws",
  "kitty",
  "feline",
  "cat",
  "pounce",
  "stretch",
  "yawn",
  "yawns",
  "sunbeam",
  "knead",
  "petals",
  "windowsill",
];
const TALE = [
  "once upon a time",
  "kingdom",
  "happily ever after",
  "tale",
  "enchanted",
  "land",
  "far away",
  "faraway",
  "long ago",
  "princess",
  "prince",
  "king",
  "queen",
  "castle",
  "magic",
  "magical",
  "fairy",
  "dear",
  "little",
  "lived",
  "the end",
  "wise",
  "story",
  "beyond",
  "distant",
  "realm",
  "in a land",
  "legend",
];
const TEEN = [
  "ugh",
  "whatever",
  "like",
  "literally",
  "fine",
  "seriously",
  "boring",
  "duh",
  "omg",
  "i guess",
  "kinda",
  "lol",
  "bruh",
  "dunno",
  "cringe",
  "mum",
  "mom",
  "dad",
  "so",
  "totally",
  "can I go now",
  "happy now",
  "obviously",
  "okay",
  "ok",
  "sigh",
  "rolls eyes",
  "eye roll",
  "annoying",
  "tbh",
  "lame",
  "my phone",
];

// ---- pasted texts ----------------------------------------------------------------------------

const DISPATCH_LOG = `21:04 Car 9: picked up at Central Station, heading for the airport, ETA 21:40.
21:12 Car 3: passenger left a black umbrella and a phone on the back seat, dropping both at the office later.
21:15 Car 14: flat tyre on Mill Lane, off the road for about an hour.
21:20 Control: Car 6 to cover Car 14's 21:30 pickup at the Royal Hotel.`;

const SURGERY_EMAIL =
  "Hi everyone, a few changes to note. From Monday 3 November the surgery will open at 8am on weekdays rather than 8:30, so the first nurse on shift needs to be in by 7:45 to set up the sterilisation room. Dr Amin is on leave from the 10th to the 21st and his patients are being moved across to Dr Clarke, so please double check the day lists before you ring anyone. Finally, the new autoclave log sheet must be signed at the end of every session, not just at the end of the day. Any questions, speak to Janet on reception. Thanks, Ruth";

const WHOLESALER_NOTICE =
  "Dear customer, because the flower auction in Aalsmeer is closed for King's Day on Monday 27 April, we will not be making any deliveries on Tuesday 28 April. Any orders placed for the 28th will be delivered on Wednesday 29 April instead, at no extra charge. Please also be aware that tulip supplies remain limited this spring and prices have risen by about fifteen percent compared with last month. We apologise for any inconvenience and thank you for your continued custom.";

const PLOT_NEWSLETTER =
  "Spring news from the committee. The water troughs will be switched back on from Wednesday 1 April, weather permitting, so please check your hoses for leaks. Annual rent for a full plot is £42 and must be paid to the treasurer by 31 March or your tenancy may be offered to the waiting list. As agreed at the AGM, bonfires are no longer allowed at weekends, only on weekday evenings after 6pm. A skip for non-compostable rubbish will be left by the main gate on Saturday 12 April for one week only.";

const INCIDENT_REPORT =
  "At about 18:20 on Tuesday a climber in her thirties was bouldering on the overhang in the cave area. She came off the top hold before she had climbed down, landed awkwardly on the edge of the crash mat and twisted her right ankle. Staff gave first aid, applied an ice pack and kept the ankle raised. She did not want an ambulance and was collected by her partner at 18:55. The mat has been checked and pushed back against the wall so there is no gap.";

const LOCKOUT_TEXT =
  "Hi, it's Joanne at 8 Birch Avenue. I've gone and locked myself out about half an hour ago, my keys are sitting on the kitchen table and I can actually see them through the window which is so annoying! It's the uPVC back door with one of those euro cylinder locks I think. I've got the kids with me and we need to be at my mum's by four, so if you could possibly get here before 3 that would be amazing. I can pay by card when you're done. Thank you so much.";

const COUNCIL_LETTER =
  "Dear parents and carers, we would like to let you know that Mrs Doyle, who has been the school crossing patrol on Elm Road for eleven years, will retire at the end of this term. We are very grateful for her years of service to the school community. From January the crossing will be covered by Mr Hughes, who has worked at the Station Road crossing since 2019. We would also remind families that the patrol can only stop traffic for children and adults who are waiting on the pavement beside them, so please do not try to cross further along the road. Yours sincerely, Road Safety Team";

const KITCHEN_CHAT = [
  "Kenji: I'll come in at 10 on Saturday to wash and cook the rice.",
  "Amara: can't do Saturday morning sorry, but I'll cover evening service from 5.",
  "Tom: I'll pick up the fish from the market at 7am.",
  "Kenji: someone needs to sharpen the knives too",
  "Tom: I'll do them when I'm back from the market.",
].join("\n");

const PROMPTS: EverydayPrompt[] = [
  // ---- layout --------------------------------------------------------------------------------
  ask(
    "layout",
    "za-taxi-ranks",
    "put these taxi ranks alphabetically, one per line and nothing else: Station Road, Abbey Street, Market Square, Hospital, Cinema",
    all(
      linesEach(5, /^[A-Za-z ]+\.?$/),
      inOrder("abbey street", "cinema", "hospital", "market square", "station road"),
    ),
  ),
  ask(
    "layout",
    "za-floss-steps",
    "Could you write out how to floss properly as a numbered list of exactly 4 steps? It's going on a leaflet for our practice's waiting room.",
    all(
      listOf(4, "numbered"),
      marks(
        2,
        "floss",
        "flossing",
        "gum",
        "gums",
        "gumline",
        "gum line",
        "tooth",
        "teeth",
        "wrap",
        "finger",
        "fingers",
        "gently",
        "curve",
        "C shape",
        "C-shape",
        "slide",
        "between",
        "thumbs",
        "section",
        "rinse",
      ),
    ),
  ),
  ask(
    "layout",
    "za-bouquet-bullets",
    "Can I have 3 bullet points on making a bouquet last longer in the vase, for a little card I tuck in with every order. No intro please.",
    all(
      listOf(3, "bullet"),
      marks(
        2,
        "water",
        "stems",
        "stem",
        "trim",
        "cut",
        "vase",
        "angle",
        "leaves",
        "flower food",
        "cool",
        "sunlight",
        "sun",
        "fresh",
        "change",
        "daily",
        "bacteria",
        "heat",
        "fruit",
        "radiators",
        "wilted",
      ),
    ),
  ),
  chat(
    "layout",
    "za-caps-zigzag",
    [
      system("Write everything in capital letters."),
      user("can you do me a little sign for the school gate telling parents not to park on the zig zag lines"),
    ],
    all(allCaps(), has(/PARK/), has(/ZIG[- ]?ZAG/)),
  ),
  ask(
    "layout",
    "za-rekey-line",
    "in one line, what's the difference between rekeying a lock and replacing it? customers keep asking me",
    all(singleLine(), has(/re-?key/i), hasAny(/replac/i, "new lock"), hasAny("key", "keys", "pins", "cylinder")),
  ),
  ask(
    "layout",
    "za-route-table",
    "Make me a markdown table, two columns called Route and Grade, for these: Blue Crimp 5+, Overhang Special 6b, Slab Dance 4.",
    all(
      has(/\|/),
      has(/Blue Crimp[^\n]*\|[^\n|]*5\+/i),
      has(/Overhang Special[^\n]*\|[^\n|]*6b/i),
      has(/Slab Dance[^\n]*\|[^\n|]*\b4\b/i),
    ),
  ),
  ask(
    "layout",
    "za-rice-five",
    "describe perfect sushi rice in exactly five words",
    all(
      wordCount(5),
      marks(
        1,
        "sticky",
        "glossy",
        "shiny",
        "seasoned",
        "vinegar",
        "vinegared",
        "warm",
        "fluffy",
        "tender",
        "sweet",
        "tangy",
        "soft",
        "firm",
        "grains",
        "grain",
        "rice",
        "perfect",
        "balanced",
        "body-temperature",
        "moist",
        "plump",
        "delicate",
        "light",
        "airy",
        "separate",
        "distinct",
        "subtle",
        "salty",
        "glistening",
        "pearly",
        "cohesive",
      ),
    ),
  ),
  chat(
    "layout",
    "za-sowing-order",
    [
      user("This spring I'm putting in broad beans, shallots, beetroot, runner beans, parsnips and chard on my plot."),
      assistant(
        "That's a lovely mix! Broad beans and shallots can go in early, and the runner beans after the frosts.",
      ),
      user("can you put my six back to me in alphabetical order as a numbered list, nothing added"),
    ],
    all(listOf(6, "numbered"), inOrder("beetroot", "broad beans", "chard", "parsnips", "runner beans", "shallots")),
  ),

  // ---- creative ------------------------------------------------------------------------------
  ask(
    "creative",
    "za-cab-haiku",
    "write a haiku about a taxi waiting in the rain at 3am",
    all(
      haiku(),
      marks(
        1,
        "taxi",
        "cab",
        "rain",
        "raindrops",
        "meter",
        "headlights",
        "wipers",
        "street",
        "road",
        "driver",
        "fare",
        "waiting",
        "waits",
        "puddles",
        "engine",
        "3am",
        "idling",
        "idle",
      ),
    ),
  ),
  ask(
    "creative",
    "za-drill-limerick",
    "Write a limerick about a patient who is terrified of the dentist's drill. It's for our staff room wall, keep it kind!",
    all(
      limerick(),
      marks(
        1,
        "dentist",
        "drill",
        "tooth",
        "teeth",
        "chair",
        "filling",
        "patient",
        "open",
        "wide",
        "nervous",
        "scared",
        "fear",
        "afraid",
        "terrified",
        "gums",
        "mouth",
        "numb",
        "whirr",
        "whir",
      ),
    ),
  ),
  ask(
    "creative",
    "za-flower-joke",
    "tell me a flower joke I can write on the chalkboard outside the shop",
    all(
      joke(),
      marks(
        1,
        "flower",
        "flowers",
        "florist",
        "rose",
        "roses",
        "tulip",
        "tulips",
        "daisy",
        "bloom",
        "blooms",
        "petal",
        "petals",
        "bouquet",
        "stem",
        "bud",
        "buds",
        "lily",
        "daffodil",
        "plant",
        "garden",
        "pollen",
        "bee",
        "sunflower",
        "seed",
        "seeds",
      ),
    ),
  ),
  ask(
    "creative",
    "za-key-story",
    "Write me a story in exactly two sentences about a locksmith who finds a key that opens every door in town.",
    all(
      sentenceCount(2),
      marks(
        1,
        "lock",
        "locks",
        "key",
        "keys",
        "door",
        "doors",
        "locksmith",
        "keyhole",
        "unlock",
        "unlocked",
        "opened",
        "open",
      ),
    ),
  ),
  ask(
    "creative",
    "za-climb-acrostic",
    "Can you write an acrostic on the word CLIMB, one line per letter? It's for the kids' club noticeboard at the wall.",
    acrostic("CLIMB"),
  ),
  ask(
    "creative",
    "za-crossing-slogan",
    "I'm the lollipop lady at our primary. Give me a one-sentence slogan for a road safety poster the kids will remember.",
    all(
      sentenceCount(1),
      maxWords(25),
      marks(
        1,
        "road",
        "cross",
        "crossing",
        "look",
        "listen",
        "safe",
        "safety",
        "traffic",
        "kerb",
        "curb",
        "both ways",
        "green man",
        "lollipop",
      ),
    ),
  ),
  chat(
    "creative",
    "za-nigiri-verse",
    [
      system("You write short verses for the menu card of a small sushi bar."),
      user("four lines about salmon nigiri please"),
    ],
    all(
      lineCount(4),
      marks(
        1,
        "salmon",
        "nigiri",
        "rice",
        "fish",
        "wasabi",
        "soy",
        "pink",
        "orange",
        "coral",
        "knife",
        "ocean",
        "sea",
        "fresh",
        "slice",
      ),
    ),
  ),
  chat(
    "creative",
    "za-slug-poem",
    [
      user("write a short poem about my leeks"),
      assistant(
        "Tall and proud in tidy rows,\nMy leeks stand firm when the cold wind blows,\nBlanched and white beneath the soil,\nA winter prize for a summer's toil.",
      ),
      user("ha, love it. now one about the slugs that ate my lettuces, only 3 lines"),
    ],
    all(
      lineCount(3),
      marks(
        1,
        "slug",
        "slugs",
        "slime",
        "slimy",
        "lettuce",
        "lettuces",
        "leaves",
        "night",
        "trail",
        "garden",
        "allotment",
        "plot",
        "beer",
        "munch",
        "munched",
        "nibble",
        "nibbled",
        "chomp",
        "chomped",
      ),
    ),
  ),

  // ---- name ideas ----------------------------------------------------------------------------
  ask(
    "name-ideas",
    "za-call-signs",
    "we give every cab a call sign for the radio. need 4 fun ones for the new cars starting monday",
    names(4),
  ),
  ask(
    "name-ideas",
    "za-surgery-cat",
    "Our dental practice has sort of adopted a stray ginger tomcat who sleeps by the back door. Any ideas? 3 names for him would be great.",
    names(3),
  ),
  ask(
    "name-ideas",
    "za-lilac-van",
    "I've just had my delivery van painted lilac and my daughter says it needs a name. 5 ideas please!",
    names(5),
  ),
  ask("name-ideas", "za-scarecrow", "what should I call my new scarecrow? give me 3 names to pick from", names(3)),
  chat(
    "name-ideas",
    "za-route-names",
    [
      system("Reply with a comma-separated list only."),
      user("new route on the overhang, purple holds, really crimpy and mean. 4 route names"),
    ],
    names(4),
  ),
  ask(
    "name-ideas",
    "za-lock-business",
    "I'm setting up on my own as a locksmith next month. Can you give me 4 catchy names for the business?",
    names(4, true),
  ),
  ask(
    "name-ideas",
    "za-hedgehog-mascot",
    "the school wants a name for our road safety mascot, it's a hedgehog in a hi-vis vest. can you give me 3 ideas",
    names(3),
  ),
  chat(
    "name-ideas",
    "za-knife-name",
    [
      user("Just bought my first proper yanagiba, a 270mm one, handmade in Sakai. Some chefs name their knives."),
      assistant(
        "Congratulations! A good yanagiba is a big step. Keep it dry and on a whetstone routine and it'll last you.",
      ),
      user("So give me 3 names for it"),
    ],
    names(3),
  ),

  // ---- personas ------------------------------------------------------------------------------
  chat(
    "personas",
    "za-surfer-fare",
    [
      system("You are a laid-back surfer dude. Always talk like one."),
      user("If a fare is £3.20 plus £1.80 per mile, what does a 5 mile trip cost?"),
    ],
    // 3.20 + 5 × 1.80 = 3.20 + 9.00 = 12.20
    all(num(12.2, 0.01), marks(2, ...SURFER)),
  ),
  chat(
    "personas",
    "za-drill-patrol",
    [
      developer("You are a strict army drill sergeant. Stay in character."),
      user(
        "my crossing patrol runs 8:15 to 9:00 in the morning and 2:45 to 3:30 in the afternoon. how many minutes is that a day?",
      ),
    ],
    // 8:15→9:00 = 45, 2:45→3:30 = 45; 45 + 45 = 90
    all(num(90), marks(2, ...DRILL)),
  ),
  chat(
    "personas",
    "za-noir-brass",
    [
      system("You are a hard-boiled 1940s private detective. Narrate everything in that style."),
      user("Brass keys are mostly copper and zinc, right? What are the chemical symbols for those two?"),
    ],
    all(has(/\bCu\b/, /\bZn\b/), marks(2, ...NOIR)),
  ),
  chat(
    "personas",
    "za-commentator-wall",
    [
      system("You are an over-excited sports commentator."),
      user("Our main wall is 14 metres high. A nine-year-old just climbed it 3 times in a row. How far did she climb?"),
    ],
    // 14 × 3 = 42
    all(num(42), marks(2, ...COMMENTATOR)),
  ),
  chat(
    "personas",
    "za-viking-plot",
    [
      system("You are a Viking warrior. Answer everything as one would."),
      user("my allotment plot is 10 metres by 25 metres. what's its area?"),
    ],
    // 10 × 25 = 250
    all(num(250), marks(2, ...VIKING)),
  ),
  chat(
    "personas",
    "za-cat-roses",
    [
      system("You are Mabel, the shop cat at a flower shop. Reply as the cat would."),
      user("Mabel, how many roses are in 7 dozen?"),
    ],
    // 7 × 12 = 84
    all(num(84), marks(2, ...CAT)),
  ),
  chat(
    "personas",
    "za-tale-planet",
    [
      system("You are a storyteller who answers every question like a fairy tale."),
      user("Which planet is known as the Red Planet? My little one keeps asking me while she's in the chair."),
    ],
    all(has("Mars"), marks(2, ...TALE)),
  ),
  chat(
    "personas",
    "za-teen-rice",
    [
      system("You are a moody teenager who has been made to help out in the family sushi restaurant."),
      user("how many grams of rice do I need for 40 nigiri at 18 g each?"),
    ],
    // 40 × 18 = 720
    all(num(720), marks(2, ...TEEN)),
  ),

  // ---- languages -----------------------------------------------------------------------------
  ask(
    "languages",
    "za-fr-driver",
    "Translate into French for a tourist: 'Your taxi is on its way and the driver will call you when he is outside the hotel.'",
    all(lang("fr"), has(/taxi/i), hasAny("chauffeur", "conducteur"), has(/h[ôo]tel/i)),
  ),
  ask(
    "languages",
    "za-es-rinse",
    "how do I say 'please rinse your mouth' in spanish? we get a lot of spanish patients in the summer",
    all(has(/por favor/i), has(/\bboca\b/i), has(/enju[aá]g/i)),
  ),
  chat(
    "languages",
    "za-de-dozen",
    [system("Always reply in German."), user("How many roses are there in two dozen?")],
    // 2 × 12 = 24
    all(any(lang("de"), has(/\bRosen\b|\bDutzend\b|vierundzwanzig/i)), any(num(24), has(/vierundzwanzig/i))),
  ),
  ask(
    "languages",
    "za-it-tomatoes",
    "My plot neighbour is Italian and doesn't speak much English. How do I say 'would you like some tomatoes from my garden?' in Italian?",
    all(
      has(/pomodor/i),
      has(/\b(?:vuoi|vorresti|vuole|vorrebbe|gradisci|gradiresti|gradirebbe|desideri|desidera)\b/i),
      has(/\b(?:orto|giardino)\b/i),
    ),
  ),
  ask(
    "languages",
    "za-ja-salmon",
    "What's the Japanese word for salmon as it's written on sushi menus? Give me the Japanese and the romaji.",
    has(/サーモン|鮭|\bs[aā]{1,2}-?mon\b|\bsh?ake\b/i),
  ),
  chat(
    "languages",
    "za-pt-wall",
    [
      system("Responde sempre em português, seja qual for a língua do utilizador."),
      user("Roughly how many metres is a 40 foot climbing wall?"),
    ],
    // 40 × 0.3048 = 12.192
    all(
      any(lang("pt"), all(has(/\bmetros\b/i), maxWords(15), lacks(/\b(?:metres?|meters?|about|roughly|is)\b/i))),
      num(12.2, 0.3),
    ),
  ),
  ask(
    "languages",
    "za-nl-wait",
    "A Dutch family has just moved near the school. Translate into Dutch: 'Please wait here until I stop the traffic.'",
    all(has(/verkeer/i), has(/\bwacht/i), has(/\bhier\b/i)),
  ),
  ask(
    "languages",
    "za-es-nickel",
    "Answer in Spanish please: a lot of keys are nickel plated, so what is nickel's chemical symbol and its atomic number?",
    // nickel: Ni, 28
    all(any(lang("es"), has(/n[uú]mero at[oó]mico|s[ií]mbolo/i)), has(/\bNi\b/), num(28)),
  ),

  // ---- memory --------------------------------------------------------------------------------
  chat(
    "memory",
    "za-car-seven",
    [
      user("Tonight I've got car 12 with Dev, car 7 with Marta and car 19 with Bilal."),
      assistant("Got it: car 12 is Dev, car 7 is Marta and car 19 is Bilal. Anything else for the night shift?"),
      user("not yet. who's driving car 7?"),
    ],
    has("Marta"),
  ),
  chat(
    "memory",
    "za-twins-time",
    [
      user("Tomorrow morning Mrs Patel is in at 9:10, Mr Quinn at 9:40, and the Lewis twins at 10:20."),
      assistant("Thanks, noted: Mrs Patel 9:10, Mr Quinn 9:40 and the Lewis twins 10:20."),
      user("and Mr Quinn needs the big chair, he had a hip op. what time are the twins in again?"),
    ],
    has(/10[:.]20/),
  ),
  chat(
    "memory",
    "za-wedding-pieces",
    [
      user("The Ashworth wedding order is 14 bridesmaid posies, 30 buttonholes and 1 bridal bouquet."),
      assistant("Lovely order! Do you want help planning which flowers to use?"),
      user("maybe later. how many pieces is that altogether?"),
    ],
    // 14 + 30 + 1 = 45
    all(num(45), any(maxWords(4), hasAny(/piece|item|altogether|total|posies|buttonholes|bouquet/i))),
  ),
  chat(
    "memory",
    "za-plot-number",
    [
      user("I've had plot 23 at Hollow Lane allotments since 2009, and my shed key lives on the blue ring."),
      assistant("That's a long time on one plot! What are you growing this year?"),
      user("mostly spuds and onions. what number did I tell you my plot was? my memory's going"),
    ],
    num(23),
  ),
  chat(
    "memory",
    "za-party-instructors",
    [
      user("The birthday party on Sunday has 9 kids, and we run it with 3 kids per instructor."),
      assistant("Sounds fun! A smaller ratio keeps it safe and everyone gets plenty of turns."),
      user("so how many instructors do I need to put on?"),
    ],
    // 9 ÷ 3 = 3
    all(num(3), maxWords(40), any(maxWords(4), hasAny(/instructor|staff|coach/i))),
  ),
  chat(
    "memory",
    "za-back-door",
    [
      user(
        "For the Fenwick job: front door has a Yale nightlatch, back door a 5-lever mortice, and the garage a padlock.",
      ),
      assistant("Noted: Yale nightlatch on the front, 5-lever mortice on the back, padlock on the garage."),
      user("what was on the back door again?"),
    ],
    has(/mortice|mortise/i),
  ),
  chat(
    "memory",
    "za-children-today",
    [
      user("This morning I crossed 46 children and 11 grown-ups."),
      assistant("That's a busy morning! Well done."),
      user("and this afternoon 52 children and 9 grown-ups. how many children in total today?"),
    ],
    // 46 + 52 = 98
    num(98),
  ),
  chat(
    "memory",
    "za-yellowtail",
    [
      user("Today's fish delivery: 6 kg tuna, 4 kg salmon and 2 kg yellowtail."),
      assistant("Noted: 6 kg tuna, 4 kg salmon and 2 kg yellowtail."),
      user("remind me how much yellowtail came in"),
    ],
    all(num(2), hasAny(/kg|kilo/i, "yellowtail", "hamachi")),
  ),

  // ---- follow-ups ----------------------------------------------------------------------------
  chat(
    "follow-ups",
    "za-tip-twenty",
    [user("what's a 15% tip on a £24 fare?"), assistant("15% of £24 is £3.60."), user("and if they tip 20% instead?")],
    // 0.20 × 24 = 4.80
    num(4.8, 0.01),
  ),
  chat(
    "follow-ups",
    "za-mouthwash-ml",
    [
      user("How many millilitres is 1.5 litres of mouthwash?"),
      assistant("1.5 litres is 1,500 millilitres."),
      user("and 0.75 litres?"),
    ],
    // 0.75 × 1000 = 750
    num(750),
  ),
  chat(
    "follow-ups",
    "za-sympathy-shorter",
    [
      user("Give me a short line for a sympathy card to go with a funeral wreath."),
      assistant("With deepest sympathy, thinking of you all at this very difficult time."),
      user("make it shorter, under 6 words"),
    ],
    all(
      maxWords(5),
      marks(
        1,
        "sympathy",
        "thinking",
        "condolences",
        "love",
        "loving",
        "memory",
        "remembering",
        "remembered",
        "loss",
        "sorry",
        "peace",
        "heart",
        "hearts",
        "thoughts",
        "deepest",
        "with you",
        "rest",
        "missed",
        "forever",
      ),
    ),
  ),
  chat(
    "follow-ups",
    "za-next-door-capital",
    [
      user("whats the capital city of portugal, my plot neighbour comes from there"),
      assistant("The capital of Portugal is Lisbon."),
      user("and the capital of the only country next door to it?"),
    ],
    has("Madrid"),
  ),
  chat(
    "follow-ups",
    "za-lead-wall-feet",
    [
      user("how tall is 5.5 m in feet? it's our bouldering wall"),
      assistant("5.5 metres is about 18 feet (18.04 ft)."),
      user("and the 12 m lead wall?"),
    ],
    // 12 ÷ 0.3048 = 39.37
    num(39.37, 0.4),
  ),
  chat(
    "follow-ups",
    "za-which-turns",
    [
      user("what are the main parts of a pin tumbler lock? short list please"),
      assistant(
        "- Housing: the outer body that stays fixed to the door\n- Plug: the inner cylinder the key goes into, which turns to work the lock\n- Key pins: the lower pins the key pushes up\n- Driver pins: the upper pins that block the plug\n- Springs: push the pins back down",
      ),
      user("which of those did you say actually turns?"),
    ],
    has("plug"),
  ),
  chat(
    "follow-ups",
    "za-stop-german",
    [
      user("how do you say 'stop' in French? for the crossing"),
      assistant("In French you'd shout 'Arrêtez !' to tell someone to stop (road signs just say 'STOP')."),
      user("and in German?"),
    ],
    hasAny(/\bhalt\b/i, /\bstopp\b/i, /anhalten/i, /\bbleib/i),
  ),
  chat(
    "follow-ups",
    "za-cure-days",
    [
      user("If I start curing mackerel on Friday and it takes 3 days, what day is it ready?"),
      assistant("Three days after Friday is Monday, so it'll be ready on Monday."),
      user("and if it took 5 days?"),
    ],
    // Friday + 5 days = Wednesday
    all(has("Wednesday"), lacks("Tuesday", "Thursday")),
  ),

  // ---- summaries -----------------------------------------------------------------------------
  ask(
    "summaries",
    "za-radio-log",
    `Can you sum up tonight's radio log in two sentences max for the morning controller?\n\n${DISPATCH_LOG}`,
    all(
      maxSentences(2),
      hasAny(/tyre|tire|puncture|flat/i),
      hasAny("phone", "umbrella", "lost property"),
      noCopy(DISPATCH_LOG),
    ),
  ),
  ask(
    "summaries",
    "za-surgery-email",
    `Our practice manager sends the longest emails. Give me the gist in exactly 3 bullet points:\n\n${SURGERY_EMAIL}`,
    all(
      listOf(3, "bullet"),
      has(/\b8\s?(?:am|a\.m\.|:00)|\beight\b|\b8\b/i),
      has("Amin"),
      hasAny("autoclave", "log", "sheet", "signed", "sign"),
      noCopy(SURGERY_EMAIL),
    ),
  ),
  ask(
    "summaries",
    "za-wholesaler",
    `What does this email from my wholesaler actually mean for me? Under 25 words please.\n\n${WHOLESALER_NOTICE}`,
    all(
      maxWords(24),
      hasAny(/deliver/i),
      hasAny(/\b(?:28|29)(?:th)?\b/, "Tuesday", "Wednesday", "King's Day"),
      noCopy(WHOLESALER_NOTICE, 8),
    ),
  ),
  ask(
    "summaries",
    "za-plot-newsletter",
    `i can't be doing with all this, turn it into 4 short bullet points for me will you\n\n${PLOT_NEWSLETTER}`,
    all(
      listOf(4, "bullet"),
      hasAny("water", "troughs", "trough"),
      hasAny("rent", "£42", /\b42\b/),
      hasAny("bonfire", "bonfires"),
      hasAny("skip"),
      noCopy(PLOT_NEWSLETTER),
    ),
  ),
  ask(
    "summaries",
    "za-incident",
    `Please summarise this incident report in one sentence for the accident book index.\n\n"${INCIDENT_REPORT}"`,
    all(
      sentenceCount(1),
      has("ankle"),
      hasAny(/\bfell\b|\bfall\b|came off|slipped|landed|dropped|twist|sprain|injur|hurt/i),
      noCopy(INCIDENT_REPORT),
    ),
  ),
  ask(
    "summaries",
    "za-lockout-text",
    `Just got this text, boil it down to 20 words or less so I can read it out to my apprentice:\n${LOCKOUT_TEXT}`,
    all(
      maxWords(20),
      hasAny(/locked out|lock-?out|locked herself out/i),
      hasAny("Birch", "Joanne"),
      hasAny(/before (?:3|three)|by (?:3|three)|\b3\s?(?:pm|p\.m\.|o'clock)|\b3:00/i),
      noCopy(LOCKOUT_TEXT, 6),
    ),
  ),
  ask(
    "summaries",
    "za-council-letter",
    `The council sent this home in book bags. What do parents need to know, in two sentences?\n\n${COUNCIL_LETTER}`,
    all(
      maxSentences(2),
      hasAny("Doyle", "retire", "retires", "retiring", "retirement"),
      has("Hughes"),
      noCopy(COUNCIL_LETTER),
    ),
  ),
  ask(
    "summaries",
    "za-kitchen-chat",
    `This is my kitchen group chat about Saturday. Who's doing what? Exactly 3 bullet points, one per person.\n\n${KITCHEN_CHAT}`,
    all(
      listOf(3, "bullet"),
      has("Kenji", "Amara", "Tom"),
      hasAny("rice", "cook", "cooking"),
      hasAny("fish", "market"),
      hasAny("evening", "5", "5pm"),
      noCopy(KITCHEN_CHAT, 8),
    ),
  ),

  // ---- structured ----------------------------------------------------------------------------
  structured(
    "za-booking",
    "Log this booking: 'Pickup 14 Quarry Lane at 06:45 tomorrow, 3 passengers, going to the airport.'",
    {
      pickup_address: { type: "string" },
      pickup_time: { type: "string" },
      passengers: { type: "integer" },
      destination: { type: "string" },
    },
    json({
      pickup_address: isString(/14 Quarry Lane/i),
      pickup_time: isString(/0?6[:.]45/),
      passengers: isInteger(3),
      destination: isString(/airport/i),
    }),
  ),
  structured(
    "za-recall",
    "A patient last had a check-up on 12 March 2025 and is on a 6-month recall. When is the next check-up due?",
    {
      last_visit: { type: "string", description: "YYYY-MM-DD" },
      recall_months: { type: "integer" },
      next_due: { type: "string", description: "YYYY-MM-DD" },
    },
    // 12 March 2025 + 6 months = 12 September 2025
    json({
      last_visit: isString(/2025-03-12|12(?:th)? Mar(?:ch)?,? 2025|Mar(?:ch)? 12(?:th)?,? 2025/i),
      recall_months: isInteger(6),
      next_due: isString(/2025-09-12|12(?:th)? Sept?(?:ember)?,? 2025|Sept?(?:ember)? 12(?:th)?,? 2025/i),
    }),
  ),
  structured(
    "za-stems",
    "I'm making 12 bouquets with 7 stems each and I've got 100 stems of eucalyptus. How many do I use and how many will I have spare?",
    {
      bouquets: { type: "integer" },
      stems_each: { type: "integer" },
      stems_used: { type: "integer" },
      stems_left: { type: "integer" },
    },
    // 12 × 7 = 84; 100 − 84 = 16
    json({ bouquets: isInteger(12), stems_each: isInteger(7), stems_used: isInteger(84), stems_left: isInteger(16) }),
  ),
  structured(
    "za-potassium",
    "What's the chemical symbol and atomic number of potassium? It's the K on my NPK fertiliser bag apparently.",
    { element: { type: "string" }, symbol: { type: "string" }, atomic_number: { type: "integer" } },
    json({ element: isString(/^potassium$/i), symbol: isString(/^K$/), atomic_number: isInteger(19) }),
  ),
  structured(
    "za-review",
    "Classify this customer review: 'The auto-belays were broken again and nobody told us until after we'd paid.'",
    {
      sentiment: { type: "string", enum: ["positive", "negative", "neutral"] },
      mentions_equipment: { type: "boolean" },
    },
    json({ sentiment: oneOf("negative"), mentions_equipment: isBoolean(true) }),
  ),
  structured(
    "za-key-order",
    "Job sheet: cut 3 copies of a Yale key at £4.50 each and 2 copies of a mortice key at £7 each. Work out the total.",
    { yale_copies: { type: "integer" }, mortice_copies: { type: "integer" }, total_gbp: { type: "number" } },
    // 3 × 4.50 = 13.50; 2 × 7 = 14; 13.50 + 14 = 27.50
    json({ yale_copies: isInteger(3), mortice_copies: isInteger(2), total_gbp: isNumber(27.5) }),
  ),
  structured(
    "za-patrol-minutes",
    "My morning patrol runs from 8:10 to 8:55 and my afternoon one from 3:05 to 3:35. Minutes for each, and the total?",
    {
      morning_minutes: { type: "integer" },
      afternoon_minutes: { type: "integer" },
      total_minutes: { type: "integer" },
    },
    // 8:10→8:55 = 45; 3:05→3:35 = 30; 45 + 30 = 75
    json({ morning_minutes: isInteger(45), afternoon_minutes: isInteger(30), total_minutes: isInteger(75) }),
  ),
  structured(
    "za-sushi-su",
    "My sushi vinegar is 300 ml rice vinegar, 150 g sugar and 50 g salt for every 3 kg of rice. Scale it for 5 kg of rice.",
    {
      rice_kg: { type: "number" },
      vinegar_ml: { type: "number" },
      sugar_g: { type: "number" },
      salt_g: { type: "number" },
    },
    // factor 5/3: 300 × 5/3 = 500; 150 × 5/3 = 250; 50 × 5/3 = 83.33
    json({ rice_kg: isNumber(5), vinegar_ml: isNumber(500), sugar_g: isNumber(250), salt_g: isNumber(83.33, 0.5) }),
    [system("You help a sushi chef scale recipes.")],
  ),

  // ---- tools ---------------------------------------------------------------------------------
  toolTrip(
    "za-car-eta",
    {
      question: "where's car 22 right now and how long till it gets to the Grand Hotel?",
      tool: "locate_car",
      description: "Current position of a taxi and its ETA to a destination",
      parameters: { car: { type: "integer" }, destination: { type: "string" } },
      args: { car: 22, destination: "Grand Hotel" },
      result: { car: 22, street: "Bridge Street", eta_minutes: 7 },
      system: "You help a taxi dispatcher run the night shift.",
    },
    all(num(7), has(/Bridge St/i)),
  ),
  toolTrip(
    "za-free-slots",
    {
      question: "Has Dr Clarke got anything free on Thursday for a filling?",
      tool: "free_slots",
      description: "Free appointment slots for a dentist on a day",
      parameters: { dentist: { type: "string" }, day: { type: "string" } },
      args: { dentist: "Dr Clarke", day: "Thursday" },
      result: { dentist: "Dr Clarke", day: "Thursday", free: ["09:30", "14:10"], slot_minutes: 30 },
    },
    all(has(/\b0?9[:.]30/), has(/14[:.]10|\b2[:.]10\s?(?:pm|p\.m\.)/i)),
  ),
  toolTrip(
    "za-red-roses",
    {
      question: "Have we got enough red roses for the Harper wedding? They want 4 dozen.",
      tool: "check_stock",
      description: "How many stems of a flower are in the cold room",
      parameters: { item: { type: "string" } },
      args: { item: "red roses" },
      result: { item: "red roses", stems: 60 },
    },
    // 4 × 12 = 48 needed; 60 in stock, 12 spare
    all(num(60), hasAny(/\byes\b/i, /\benough\b/i, /spare|left over|plenty/i), lacks("not enough")),
  ),
  toolTrip(
    "za-frost-tonight",
    {
      question: "is there going to be a frost tonight? should I cover my early potatoes?",
      tool: "get_forecast",
      description: "Tonight's forecast for a place",
      parameters: { place: { type: "string" } },
      args: { place: "Hollow Lane allotments" },
      result: { place: "Hollow Lane allotments", min_temp_c: -2, frost: true, wind: "light" },
    },
    all(has(/frost/i), any(num(-2), has(/\b(?:2|two)\s*(?:°C?|degrees)[^.]*below|\bminus (?:2|two)\b/i))),
  ),
  toolTrip(
    "za-green-machine",
    {
      question: "What grade is Green Machine and who set it? A member's asking.",
      tool: "route_info",
      description: "Details of a route on the wall",
      parameters: { route: { type: "string" } },
      args: { route: "Green Machine" },
      result: { route: "Green Machine", grade: "6a+", setter: "Priya", wall: "Cave", set_on: "2026-02-03" },
    },
    all(has(/6a\+/i, "Priya")),
  ),
  toolTrip(
    "za-lockout-quote",
    {
      question: "what do I quote a customer locked out of a uPVC door this evening?",
      tool: "get_quote",
      description: "Price for a locksmith job",
      parameters: { job: { type: "string" }, door: { type: "string" }, time: { type: "string" } },
      args: { job: "lockout", door: "uPVC", time: "evening" },
      result: { job: "lockout", callout_gbp: 65, labour_gbp: 40, total_gbp: 105 },
    },
    num(105),
  ),
  toolTrip(
    "za-sunrise",
    {
      question: "what time does the sun come up tomorrow? I start at 8 and want to know if it'll still be dark",
      tool: "sun_times",
      description: "Sunrise and sunset for a place and date",
      parameters: { place: { type: "string" }, date: { type: "string" } },
      args: { place: "Ashby", date: "tomorrow" },
      result: { place: "Ashby", sunrise: "07:52", sunset: "16:21" },
    },
    has(/\b0?7[:.]52/),
  ),
  toolTrip(
    "za-fish-order",
    {
      question: "Has the Hamada fish order left yet? When will it get here?",
      tool: "order_status",
      description: "Status of an order from a supplier",
      parameters: { supplier: { type: "string" } },
      args: { supplier: "Hamada" },
      result: {
        supplier: "Hamada",
        order_id: "H-2291",
        items: [
          { fish: "bluefin tuna", kg: 3 },
          { fish: "sea bream", kg: 2 },
        ],
        status: "out for delivery",
        eta: "11:15",
      },
    },
    all(hasAny(/out for delivery|on (?:its|the) way|\bleft\b|dispatched|en route/i), has(/11[:.]15/)),
  ),

  // ---- coding --------------------------------------------------------------------------------
  ask(
    "coding",
    "za-fare-fn",
    "write a JS function fare(miles) for our meter: £3 flag fall plus £2.50 a mile. just return the number",
    // 3 + 2.5 × 0 = 3; 3 + 2.5 × 5 = 15.5; 3 + 2.5 × 10 = 28
    runs("fare", [
      [[0], 3],
      [[5], 15.5],
      [[10], 28],
    ]),
  ),
  ask(
    "coding",
    "za-overdue",
    "Could you write a TypeScript function isOverdue(monthsSinceCheckup: number): boolean that's true when it's been more than 6 months?",
    runs("isOverdue", [
      [[7], true],
      [[6], false],
      [[2], false],
    ]),
  ),
  ask(
    "coding",
    "za-full-bouquets",
    "I'm learning javascript in the quiet months. write a function bouquetsFrom(stems, perBouquet) that tells me how many FULL bouquets I can make",
    // floor(100 / 7) = 14; 21 / 7 = 3; floor(5 / 7) = 0
    runs("bouquetsFrom", [
      [[100, 7], 14],
      [[21, 7], 3],
      [[5, 7], 0],
    ]),
  ),
  chat(
    "coding",
    "za-plot-area",
    [
      system("You are a patient tutor at a computing class for retired people."),
      user("Please write me a JavaScript function plotArea(length, width) giving the area of a plot in square metres."),
    ],
    runs("plotArea", [
      [[10, 25], 250],
      [[5, 5], 25],
    ]),
  ),
  ask(
    "coding",
    "za-format-time",
    "write a javascript function formatTime(seconds) that turns a speed-climbing time in seconds into m:ss, e.g. 75 -> '1:15'",
    // 75 = 1:15; 9 = 0:09; 600 = 10:00
    runs("formatTime", [
      [[75], "1:15"],
      [[9], "0:09"],
      [[600], "10:00"],
    ]),
  ),
  ask(
    "coding",
    "za-key-code",
    "Can you write a JS function isValidKeyCode(code) that checks a key code string is exactly 5 digits, nothing else?",
    runs("isValidKeyCode", [
      [["12345"], true],
      [["1234"], false],
      [["12a45"], false],
      [["123456"], false],
    ]),
  ),
  ask(
    "coding",
    "za-busiest-day",
    "write a function busiestDay(days) where days is an object like {Mon: 46, Tue: 52} of how many kids I crossed, and it gives back the day with the most",
    runs("busiestDay", [
      [[{ Mon: 46, Tue: 52, Wed: 38 }], "Tue"],
      [[{ Mon: 60, Tue: 41 }], "Mon"],
    ]),
  ),
  ask(
    "coding",
    "za-replace",
    'quick one, what does "maki roll".replace("maki", "hand") give you in javascript?',
    has(/hand roll/i),
  ),

  // ---- out of scope --------------------------------------------------------------------------
  cannot("za-ring-road", "is the ring road jammed right now? i've got three cars heading to the hospital"),
  cannot("za-okoro-xray", [
    user("Mrs Okoro rang this morning about her crown."),
    assistant("I hope it's nothing serious. Does she need to come in?"),
    user("probably. what did her x-ray show last week?"),
  ]),
  cannot("za-tulip-auction", "how much are tulips going for at the Aalsmeer auction this morning?"),
  cannot("za-frost-tomorrow", "Will we get a frost on the Hollow Lane allotments tomorrow night?"),
  cannot("za-taster-bookings", [
    system("You are the assistant for Summit Climbing Centre."),
    user("How many people have booked onto the 6pm taster session today?"),
  ]),
  cannot("za-brannigans", "What time does Brannigan's hardware on Victoria Road shut on Sundays?"),
  cannot(
    "za-oakfield-crossing",
    "Has the council announced yet whether Oakfield Primary is getting a zebra crossing? I heard something on the radio",
  ),
  cannot("za-toyosu-bluefin", "what's bluefin going for at Toyosu market today?"),
];

export const BLIND_ZA: EverydayPrompt[] = PROMPTS;
