/**
 * A BLIND everyday set (zb), written without reading the model: prompts as a dog groomer, a
 * night-shift baker, a cathedral tour guide, a plumber, a chess-club coach, a supermarket shelf
 * stacker, a midwife and a retired sea-fishing skipper would type them.
 */
import { ask, assistant, cannot, chat, developer, system, user, withTopics } from "./build";
import {
  all,
  any,
  dateIs,
  has,
  hasAny,
  inOrder,
  lang,
  lacks,
  linesEach,
  listOf,
  marks,
  maxWords,
  num,
  onlyLabel,
  pick,
  sentenceCount,
  singleLine,
  spelled,
  startsYesNo,
  weekday,
  wordCount,
} from "./checks";
import type { Check, EverydayPrompt } from "./types";

/** Exactly one of the options is named, in a short reply (a pick, not the whole list back). */
const onePick = (...options: string[]): Check =>
  all(maxWords(30), (reply) => {
    const text = reply.text.toLowerCase();
    const found = options.filter((o) => new RegExp(`(?<![\\p{L}])${o.toLowerCase()}(?![\\p{L}])`, "u").test(text));
    return found.length === 1 ? true : `${found.length} of the options named, not one`;
  });

const COIN: Check = all(maxWords(30), any(all(has("heads"), lacks("tails")), all(has("tails"), lacks("heads"))));

// ---- persona marks ---------------------------------------------------------------------------

const PIRATE = [
  "arr",
  "arrr",
  "arrgh",
  "ahoy",
  "matey",
  "me hearty",
  "hearties",
  "ye",
  "yer",
  "aye",
  "avast",
  "shiver me timbers",
  "landlubber",
  "scallywag",
  "captain",
  "cap'n",
  "ship",
  "sea",
  "seas",
  "sail",
  "sails",
  "treasure",
  "plunder",
  "booty",
  "rum",
  "parrot",
  "yo ho",
  "yo-ho",
  "be",
  "me",
  "the stars",
  "sky",
  "deck",
  "crew",
  "compass",
  "lad",
  "lass",
];
const MONK = [
  "brother",
  "my son",
  "my child",
  "child",
  "God",
  "Lord",
  "blessed",
  "bless",
  "bless you",
  "blessings",
  "pray",
  "prayer",
  "prayers",
  "abbey",
  "monastery",
  "abbot",
  "cloister",
  "scriptorium",
  "manuscript",
  "vespers",
  "matins",
  "pilgrim",
  "pilgrims",
  "pilgrimage",
  "thee",
  "thou",
  "thy",
  "verily",
  "faith",
  "heaven",
  "holy",
  "humble",
  "peace",
  "amen",
  "Deo",
  "gratias",
  "indeed",
  "journey",
  "travellers",
  "traveller",
];
const DOG = [
  "woof",
  "woof woof",
  "arf",
  "ruff",
  "bark",
  "barks",
  "paw",
  "paws",
  "tail",
  "tail wag",
  "wag",
  "wags",
  "wagging",
  "fetch",
  "walkies",
  "treat",
  "treats",
  "good boy",
  "good girl",
  "sniff",
  "sniffs",
  "squirrel",
  "ball",
  "bone",
  "fluffy",
  "fur",
  "bath",
  "groom",
  "pup",
  "puppy",
  "doggo",
  "human",
  "belly rub",
];

const BREAD_SMELL = [
  "warm",
  "yeasty",
  "yeast",
  "golden",
  "toasty",
  "toasted",
  "malty",
  "nutty",
  "sweet",
  "buttery",
  "crusty",
  "crust",
  "comforting",
  "homely",
  "heavenly",
  "irresistible",
  "fresh",
  "freshly",
  "baked",
  "baking",
  "bread",
  "loaf",
  "caramelised",
  "caramelized",
  "wheaty",
  "earthy",
  "rich",
  "cosy",
  "cozy",
  "inviting",
  "delicious",
  "oven",
  "sour",
  "tangy",
  "morning",
  "home",
];
const COAT = [
  "brush",
  "brushing",
  "undercoat",
  "topcoat",
  "coat",
  "rake",
  "undercoat rake",
  "slicker",
  "comb",
  "combing",
  "mat",
  "mats",
  "matting",
  "tangles",
  "shedding",
  "shed",
  "line brushing",
  "line",
  "section",
  "sections",
  "skin",
  "direction",
  "grain",
  "gently",
  "regularly",
  "daily",
  "weekly",
  "blow",
  "dryer",
  "deshedding",
  "de-shedding",
  "mist",
  "spray",
  "conditioner",
  "dry",
];
const RADIATOR = [
  "radiator",
  "bleed",
  "bleeding",
  "valve",
  "bleed valve",
  "key",
  "radiator key",
  "air",
  "hiss",
  "hissing",
  "water",
  "heating",
  "turn",
  "towel",
  "cloth",
  "pressure",
  "boiler",
  "tighten",
  "drip",
  "drips",
  "screwdriver",
  "anticlockwise",
  "counter-clockwise",
  "clockwise",
];
const ROOT_VEG =
  /^(?:carrots?|parsnips?|turnips?|swedes?|beetroots?|beets?|radish(?:es)?|potato(?:es)?|sweet potato(?:es)?|yams?|celeriac|ginger|horseradish|onions?|garlic|cassava|taro|jicama|salsify|kohlrabi|daikon|rutabagas?|jerusalem artichokes?|shallots?|leeks?|celery root)\.?$/i;
const CATHEDRAL_PART =
  /^(?:the\s+)?(?:nave|choir|quire|transepts?|north transept|south transept|apse|crypt|chancel|aisles?|side aisles?|altar|high altar|cloisters?|chapter house|spire|towers?|bell tower|central tower|font|pulpit|narthex|ambulatory|clerestory|triforium|sanctuary|presbytery|lady chapel|chapels?|side chapels?|rood screen|choir screen|west front|fa[cç]ade|vestry|sacristy|vaults?|vaulting|buttress(?:es)?|flying buttress(?:es)?|crossing|porch|portal|rose window|stained glass windows?|arcade|bishop's throne|cathedra|lectern|organ|gallery|undercroft|retrochoir|pews?|misericords?|choir stalls?|reredos)\.?$/i;
const NORTH_SEA_FISH =
  /^(?:atlantic\s+|north sea\s+|common\s+)?(?:cod|haddock|whiting|plaice|sole|dover sole|lemon sole|mackerel|herring|saithe|coley|pollock|pollack|hake|monkfish|monk|ling|turbot|brill|dab|flounder|halibut|skate|ray|thornback ray|sprats?|sandeels?|sand eels?|gurnard|red gurnard|witch|megrim|dogfish|spurdog|catfish|wolffish|john dory|sea bass|bass|tusk|cusk|redfish|norway pout|blue whiting|anglerfish|hake)\.?$/i;

const PROMPTS: EverydayPrompt[] = [
  // ---- capitals --------------------------------------------------------------------------------
  ask(
    "capitals",
    "zb-bichon-show",
    "One of my regulars is taking her bichon frise to a dog show in Croatia next month and wants to fly straight into the capital. Which city is that?",
    has("Zagreb"),
  ),
  chat(
    "capitals",
    "zb-danish-tray",
    [
      system("Antworte immer auf Deutsch, in einem Satz."),
      user("on the danish pastries tonight at the bakery. whats the capital of denmark anyway"),
    ],
    all(hasAny("Kopenhagen", "Copenhagen", "København"), lang("de")),
  ),
  chat(
    "capitals",
    "zb-quito-pilgrims",
    [
      system(
        "You are Brother Anselm, a kindly monk from the thirteenth century who guides visitors around the cathedral. Stay in character.",
      ),
      user(
        "Brother, a party of pilgrims from Ecuador is visiting today. From which city, the capital of their land, do they hail?",
      ),
    ],
    all(has("Quito"), marks(2, ...MONK)),
  ),
  ask(
    "capitals",
    "zb-boiler-finland",
    "fitting a boiler made by some firm in finland today, the manual says head office is in the capital. which city is that",
    has("Helsinki"),
  ),
  chat(
    "capitals",
    "zb-yerevan-junior",
    [
      developer("Answer in one word."),
      user("Our best junior has been invited to a chess tournament in the capital of Armenia. What city is it?"),
    ],
    all(has("Yerevan"), maxWords(3)),
  ),
  ask(
    "capitals",
    "zb-nz-lamb",
    "stacking the new zealand lamb and a customer told me the capital of NZ is auckland. is he right? what is it",
    has("Wellington"),
  ),
  chat(
    "capitals",
    "zb-accra-mum",
    [
      user("I delivered a gorgeous baby boy last night. His mum moved over from Ghana two years ago."),
      assistant("Congratulations to the family, and well done to you! How can I help?"),
      user("She was telling me about her home city, the capital. I'd like to remember it, which city is that?"),
    ],
    has("Accra"),
  ),
  chat(
    "capitals",
    "zb-reykjavik-french",
    [
      system("Réponds toujours en français."),
      user(
        "I fished the grounds off Iceland for twenty years and never once went ashore in the capital. What's it called?",
      ),
    ],
    all(hasAny("Reykjavik", "Reykjavík"), lang("fr")),
  ),

  // ---- elements --------------------------------------------------------------------------------
  chat(
    "elements",
    "zb-titanium-dog",
    [
      system("You are Biscuit, a cheerful cockapoo who has just had a bath. Stay in character and keep it short."),
      user("biscuit, the whitening shampoo has titanium dioxide in it. whats the chemical symbol for titanium?"),
    ],
    all(has(/\bTi\b/), marks(2, ...DOG)),
  ),
  ask(
    "elements",
    "zb-bicarb-sodium",
    "Bicarb is sodium bicarbonate, right? Quiet hour on the night bake so I'm wondering, what's the atomic number of sodium?",
    num(11),
  ),
  ask(
    "elements",
    "zb-lead-roof",
    "Visitors always ask about our lead roof. What's the chemical symbol for lead? I know it's odd, it doesn't start with an L",
    has(/\bPb\b/),
  ),
  ask("elements", "zb-tin-solder", "solder's all tin based now instead of lead. what atomic number is tin", num(50)),
  chat(
    "elements",
    "zb-hydrogen-kid",
    [
      user("One of my under-10s asked a science question between games tonight and stumped me."),
      assistant("Kids ask the best questions! What did they want to know?"),
      user("Which element is number 1 on the periodic table?"),
    ],
    has("hydrogen"),
  ),
  ask(
    "elements",
    "zb-iron-cereal",
    "putting out the iron fortified cereal. whats the chemical symbol for iron, the box just says iron",
    has(/\bFe\b/),
  ),
  chat(
    "elements",
    "zb-gas-air",
    [system("Answer in one word."), user("Gas and air is nitrous oxide. Which element has the symbol N?")],
    all(has("nitrogen"), maxWords(3)),
  ),
  ask(
    "elements",
    "zb-magnesium-anode",
    "We had magnesium anodes on an old boat of mine. What's the symbol for magnesium and its atomic number?",
    all(has(/\bMg\b/), num(12)),
  ),

  // ---- planets ---------------------------------------------------------------------------------
  ask(
    "planets",
    "zb-jupiter-dachshund",
    "A client named her dachshund after the biggest planet in the solar system. Which planet is that?",
    has("Jupiter"),
  ),
  ask(
    "planets",
    "zb-red-planet",
    "driving home from the bakery at 5am and someone on the radio mentioned the red planet. which one is that again",
    has("Mars"),
  ),
  ask(
    "planets",
    "zb-naked-eye",
    "Our astronomical clock shows the planets the medieval builders could see with the naked eye, not counting Earth. Which five are they?",
    has("Mercury", "Venus", "Mars", "Jupiter", "Saturn"),
  ),
  ask(
    "planets",
    "zb-furthest",
    "my lad says pluto doesnt count any more. so which planet is the furthest from the sun now",
    has("Neptune"),
  ),
  chat(
    "planets",
    "zb-sixth",
    [
      system("You are a helpful assistant. Keep answers to one sentence."),
      user("quiz question for the chess club social: counting out from the sun, which planet is sixth?"),
    ],
    has("Saturn"),
  ),
  ask(
    "planets",
    "zb-mars-bars",
    "Stacking Mars bars next to Galaxy. Made me think, which planet comes between Earth and Jupiter?",
    has("Mars"),
  ),
  ask(
    "planets",
    "zb-on-its-side",
    "Mum in labour wanted distracting so we ended up talking about space. Which planet spins tipped right over on its side?",
    has("Uranus"),
  ),
  chat(
    "planets",
    "zb-smallest-pirate",
    [
      system("You are a salty old pirate captain. Talk like one in every answer."),
      user("Spent forty years at sea looking at the night sky. Which is the smallest planet?"),
    ],
    all(has("Mercury"), marks(2, ...PIRATE)),
  ),

  // ---- arithmetic ------------------------------------------------------------------------------
  // 7 × 45 = 315; 4 × 12 = 48; 315 + 48 = 363
  ask(
    "arithmetic",
    "zb-groom-takings",
    "Today I did 7 full grooms at £45 each and 4 nail trims at £12 each. What did I take altogether?",
    num(363),
  ),
  // 3 × 144 = 432; 432 − 18 = 414
  ask(
    "arithmetic",
    "zb-rolls-left",
    "3 batches of 144 rolls tonight, and 18 go to the staff room. how many rolls left for the shop",
    num(414),
  ),
  // 23 + 31 + 17 + 28 = 99
  ask(
    "arithmetic",
    "zb-tour-heads",
    "My four tours today had 23, 31, 17 and 28 people. How many visitors did I guide in total?",
    num(99),
  ),
  // 3.4 + 2.75 + 1.8 = 7.95
  ask(
    "arithmetic",
    "zb-pipe-runs",
    "need 22mm copper for three runs: 3.4m, 2.75m and 1.8m. how many metres is that all together",
    num(7.95, 0.001),
  ),
  // 10 × 9 / 2 = 45
  ask(
    "arithmetic",
    "zb-round-robin",
    "We're running a round robin with 10 players where everyone plays everyone else once. How many games is that in total?",
    num(45),
  ),
  // 6 × 40 = 240; 240 / 24 = 10
  ask(
    "arithmetic",
    "zb-tin-cases",
    "tins come 24 to a case. i need to fill 6 shelves that take 40 tins each. how many cases do i need to bring out",
    num(10),
  ),
  // 4 × 12 = 48; 48 + 7.5 = 55.5
  chat(
    "arithmetic",
    "zb-shift-hours",
    [
      user("I've done four 12-hour shifts on the labour ward this week."),
      assistant("That's a heavy week. I hope you get some rest soon!"),
      user("I also picked up one extra 7.5 hour shift. How many hours is that in total?"),
    ],
    num(55.5),
  ),
  // 37 × 40 = 1480
  ask(
    "arithmetic",
    "zb-cod-boxes",
    "Best trip I ever had we landed 37 boxes of cod, 40 kg a box. How many kilos was that?",
    num(1480),
  ),

  // ---- percentages -----------------------------------------------------------------------------
  // 55 × 1.08 = 59.40
  ask(
    "percentages",
    "zb-groom-price",
    "I'm putting my full groom price up 8% from £55. What will the new price be?",
    num(59.4, 0.01),
  ),
  // 25 × 0.68 = 17
  ask(
    "percentages",
    "zb-hydration",
    "dough is at 68% hydration and I'm using 25 kg of flour. how much water goes in then",
    num(17, 0.01),
  ),
  // 54 / 240 = 0.225 → 22.5%
  ask(
    "percentages",
    "zb-tower-climb",
    "Out of 240 visitors today, 54 paid for the tower climb. What percentage is that?",
    num(22.5, 0.05),
  ),
  // 385 × 0.20 = 77; 385 + 77 = 462
  ask(
    "percentages",
    "zb-vat-job",
    "Bathroom refit labour came to £385 before VAT. What's the total with 20% VAT on top?",
    num(462),
  ),
  // 13 / 20 = 0.65 → 65%
  ask(
    "percentages",
    "zb-win-rate",
    "My top board won 13 of his 20 league games this season. What's his win percentage?",
    num(65),
  ),
  // 3.80 × 0.70 = 2.66
  ask(
    "percentages",
    "zb-yellow-sticker",
    "yellow sticker says 30% off. the chicken was £3.80. what does it cost now",
    num(2.66, 0.005),
  ),
  // 12 / 48 = 0.25 → 25%
  chat(
    "percentages",
    "zb-water-births",
    [
      system("You help a community midwife with quick sums. Be brief."),
      user("48 births on our unit this month and 12 of them were water births. what percentage is that?"),
    ],
    num(25),
  ),
  // 6500 × 0.40 = 2600; 2600 / 4 = 650
  ask(
    "percentages",
    "zb-crew-share",
    "In my day the crew got 40% of the landing and split it equal. If a trip made £6,500 and there were 4 crew, what did each man get?",
    num(650),
  ),

  // ---- conversions -----------------------------------------------------------------------------
  // 32 × 0.45359 = 14.515 kg
  ask(
    "conversions",
    "zb-lab-weight",
    "Owner says her labrador weighs 32 lb. My table's max is 60 kg, so how many kg is he?",
    num(14.5, 0.1),
  ),
  // 220 × 9/5 + 32 = 428
  ask("conversions", "zb-oven-f", "new oven only shows fahrenheit. what's 220 celsius in F?", num(428, 1)),
  // 123 / 0.3048 = 403.54 ft
  ask(
    "conversions",
    "zb-spire-feet",
    "Our spire is 123 metres tall. American visitors always ask in feet, so what is that?",
    num(403.5, 1.5),
  ),
  // 15 / 25.4 = 0.5906 in
  ask(
    "conversions",
    "zb-15mm",
    "customer from the states asked what 15mm pipe is in inches, as an actual measurement",
    num(0.59, 0.02),
  ),
  // 90 × 60 = 5400
  ask(
    "conversions",
    "zb-clock-seconds",
    "Setting the digital chess clocks for a 90 minute game and it wants the time in seconds. How many seconds is 90 minutes?",
    num(5400),
  ),
  // 2 × 0.568261 = 1.1365 L
  ask("conversions", "zb-pints-litres", "how many litres is 2 pints of milk? british pints", num(1.14, 0.02)),
  // 3.6 × 2.20462 = 7.9366 lb = 7 lb + 0.9366 × 16 = 14.99 oz → 7 lb 15 oz
  chat(
    "conversions",
    "zb-baby-weight",
    [
      user("Baby girl born at 04:12, weighed 3.6 kg."),
      assistant("Congratulations to everyone! Is there anything you need help with?"),
      user("Her gran only understands pounds and ounces. What's 3.6 kg in those?"),
    ],
    any(all(has(/\b7\s*(?:lb|lbs|pounds?)\b/i), num(15, 0.5)), num(7.94, 0.02)),
  ),
  // 30 × 1.8288 = 54.864 m
  chat(
    "conversions",
    "zb-fathoms",
    [
      system("You help an old fisherman with sums. Round to one decimal place."),
      user("We used to shoot our nets in 30 fathoms of water. How many metres is that?"),
    ],
    num(54.9, 0.2),
  ),

  // ---- dates -----------------------------------------------------------------------------------
  // 2 March 2026 + 16 weeks (112 days) = 22 June 2026
  ask(
    "dates",
    "zb-puppy-groom",
    "A spaniel puppy born on 2 March 2026 can have her first full groom at 16 weeks old. What date is that?",
    dateIs(2026, 6, 22),
  ),
  // 24 December 2026 is a Thursday
  ask(
    "dates",
    "zb-xmas-eve",
    "what day of the week is christmas eve 2026? that's our biggest night on the ovens",
    weekday("Thursday"),
  ),
  // 1227 + 800 = 2027
  ask(
    "dates",
    "zb-800th",
    "The foundation stone of our cathedral was laid in 1227. In which year is the 800th anniversary?",
    has(/\b2027\b/),
  ),
  // 14 September 2026 + 30 days = 14 October 2026
  ask(
    "dates",
    "zb-quote-valid",
    "I wrote a quote on 14 September 2026 that's valid for 30 days. What's the last date it's good for?",
    dateIs(2026, 10, 14),
  ),
  // Saturdays in October 2026: 3, 10, 17 → the third is 17 October
  ask(
    "dates",
    "zb-third-saturday",
    "The county junior rapidplay is on the third Saturday of October 2026. What date is that?",
    dateIs(2026, 10, 17),
  ),
  // 29 June 2026 + 3 days = 2 July 2026
  chat(
    "dates",
    "zb-use-by",
    [
      user("I'm putting out fresh pasta that was packed on 29 June 2026."),
      assistant("OK, got it. What would you like to know?"),
      user("it has a use by of 3 days after packing. what date goes on the label"),
    ],
    dateIs(2026, 7, 2),
  ),
  // 10 January 2026 + 280 days = 17 October 2026
  ask(
    "dates",
    "zb-due-date",
    "First day of last period was 10 January 2026. Adding 280 days, what is her estimated due date?",
    dateIs(2026, 10, 17),
  ),
  // 1 May → 30 September 2026: 152 days (153 counting both ends)
  ask(
    "dates",
    "zb-season-days",
    "Our old season ran from 1 May to 30 September. How many days is that in 2026?",
    any(num(152), num(153)),
  ),

  // ---- counting --------------------------------------------------------------------------------
  // s-c-h-n-a-u-z-e-r = 9
  ask("counting", "zb-schnauzer", "how many letters in schnauzer? doing a sign for the salon wall", num(9)),
  // c-r-o-i-s-s-a-n-t-s: s three times
  ask("counting", "zb-croissants-s", "How many times does the letter s appear in the word croissants?", num(3)),
  // Photography is allowed but please switch off your flash = 9
  ask(
    "counting",
    "zb-flash-sign",
    "How many words are on this sign in the north aisle? 'Photography is allowed but please switch off your flash'",
    num(9),
  ),
  // 4 + 6 + 2 + 10 = 22
  ask(
    "counting",
    "zb-fittings",
    "how many fittings all together on this list: 4 elbows, 6 tees, 2 isolating valves, 10 pipe clips",
    num(22),
  ),
  // 16 white + 16 black = 32
  ask(
    "counting",
    "zb-pieces",
    "Setting up boards for club night. How many pieces are on a chessboard at the start of a game, both sides together?",
    num(32),
  ),
  // beans, soup, rice, pasta = 4 different
  ask(
    "counting",
    "zb-distinct-tins",
    "My gap list says: beans, soup, beans, rice, pasta, soup, rice, beans. How many different products is that?",
    num(4),
  ),
  // p-l-a-c-e-n-t-a: a, e, a = 3
  ask("counting", "zb-placenta-vowels", "count the vowels in the word placenta", num(3)),
  // 5 − 2 + 3 = 6 crew, plus the skipper = 7
  chat(
    "counting",
    "zb-aboard",
    [
      user("We sailed with 5 crew, not counting me as skipper."),
      assistant("Five crew and yourself, then. Go on."),
      user("2 of them went home from Peterhead and we picked up 3 more at Lerwick. How many aboard then, me included?"),
    ],
    num(7),
  ),

  // ---- word tasks ------------------------------------------------------------------------------
  ask(
    "word-tasks",
    "zb-breeds-abc",
    "Put today's dogs in alphabetical order: Whippet, Beagle, Shih Tzu, Cockapoo, Labrador",
    inOrder("beagle", "cockapoo", "labrador", "shih tzu", "whippet"),
  ),
  ask("word-tasks", "zb-focaccia-back", "spell focaccia backwards for me, it's for a daft chalkboard", has("aiccacof")),
  ask(
    "word-tasks",
    "zb-clerestory",
    "I'm making a glossary card for new guides. Can you spell clerestory letter by letter?",
    spelled("clerestory"),
  ),
  ask(
    "word-tasks",
    "zb-stopcock-typo",
    "Which of these words on my invoice is spelled wrong, and what should it be? syphon, ballcock, stopcok, thermostat",
    has(/\bstopcock\b/i),
  ),
  ask(
    "word-tasks",
    "zb-trophy-caps",
    "Engraver wants the trophy wording in capital letters. Write this in all caps: queen's gambit declined",
    has(/QUEEN'S GAMBIT DECLINED/),
  ),
  ask(
    "word-tasks",
    "zb-shelf-rhyme",
    "doing a silly poem for the staff noticeboard. give me a word that rhymes with shelf",
    hasAny("self", "elf", "pelf", "delf", "myself", "yourself", "himself", "herself", "itself", "oneself", "ourself"),
  ),
  ask(
    "word-tasks",
    "zb-fetus-plural",
    "Writing up notes for twins. What's the plural of fetus?",
    all(hasAny("fetuses", "foetuses"), lacks("feti")),
  ),
  ask(
    "word-tasks",
    "zb-kestrel-nato",
    "My old boat was the Kestrel. Give me her name in the NATO phonetic alphabet, like we'd say it on the radio",
    inOrder("kilo", "echo", "sierra", "tango", "romeo", "echo", "lima"),
  ),

  // ---- random pick -----------------------------------------------------------------------------
  ask(
    "random-pick",
    "zb-bandana",
    "Pick a bandana for the next dog at random: red, tartan, yellow or navy.",
    onePick("red", "tartan", "yellow", "navy"),
  ),
  ask(
    "random-pick",
    "zb-new-loaf",
    "i've got 12 new loaves to trial numbered 1 to 12, pick a number for tonight's test",
    pick(1, 12),
  ),
  ask(
    "random-pick",
    "zb-start-room",
    "Choose at random where I start the afternoon tour: Lady Chapel, Chapter House or Crypt.",
    onePick("Lady Chapel", "Chapter House", "Crypt"),
  ),
  ask(
    "random-pick",
    "zb-coin-jobs",
    "toss a coin for me. heads i do the leaky tap on Elm Street first, tails the boiler service",
    COIN,
  ),
  ask(
    "random-pick",
    "zb-opening",
    "Pick one opening at random for tonight's lesson: Italian Game, Sicilian, Caro-Kann or London System.",
    onePick("Italian Game", "Sicilian", "Caro-Kann", "London System"),
  ),
  ask(
    "random-pick",
    "zb-aisle",
    "pick an aisle number between 1 and 24 for me to face up first, I can't decide",
    pick(1, 24),
  ),
  chat(
    "random-pick",
    "zb-next-admission",
    [
      system("Reply with one number only."),
      user("There are 8 of us on tonight. Pick a number from 1 to 8 to decide who takes the next admission."),
    ],
    pick(1, 8),
  ),
  ask(
    "random-pick",
    "zb-dice",
    "Roll a dice for me, me and my old mate are settling who buys the first round",
    pick(1, 6),
  ),

  // ---- label, yes or no ------------------------------------------------------------------------
  ask(
    "label-yes-no",
    "zb-chocolate",
    "A client's kid was feeding her spaniel chocolate buttons. Is chocolate poisonous to dogs? Yes or no.",
    startsYesNo("yes"),
  ),
  ask(
    "label-yes-no",
    "zb-burnt-sourdough",
    "Label this customer comment positive, negative or neutral, one word only: 'The sourdough was burnt on the bottom again this week.'",
    onlyLabel("negative"),
  ),
  ask("label-yes-no", "zb-gothic-older", "Is Gothic architecture older than Romanesque? yes or no", startsYesNo("no")),
  chat(
    "label-yes-no",
    "zb-burst-pipe",
    [
      system("Classify each job as emergency or routine. Reply with the label only."),
      user("Burst pipe in the loft, water coming through the kitchen ceiling."),
    ],
    onlyLabel("emergency"),
  ),
  ask(
    "label-yes-no",
    "zb-pawn-back",
    "One of the new kids insists a pawn can move backwards. Can it? Yes or no.",
    startsYesNo("no"),
  ),
  ask("label-yes-no", "zb-144-square", "is 144 a square number? yes or no", startsYesNo("yes")),
  // 20 hours > 18 hours → yes
  chat(
    "label-yes-no",
    "zb-call-registrar",
    [
      user("Our unit rule: call the registrar if a first labour goes past 18 hours."),
      assistant("Understood: a first labour lasting more than 18 hours means calling the registrar."),
      user("My lady in room 3 has been in labour 20 hours, her first. Do I call? Yes or no."),
    ],
    startsYesNo("yes"),
  ),
  // 1 knot = 1.15 mph → yes
  ask(
    "label-yes-no",
    "zb-knot-mph",
    "My grandson reckons a knot is slower than a mile an hour. Is a knot faster than one mile per hour? yes or no",
    startsYesNo("yes"),
  ),

  // ---- exact counts ----------------------------------------------------------------------------
  ask(
    "exact-counts",
    "zb-double-coat",
    "Give me exactly 3 tips for owners brushing a double-coated dog at home, as a numbered list.",
    all(listOf(3, "numbered"), marks(2, ...COAT)),
  ),
  ask(
    "exact-counts",
    "zb-bread-smell",
    "Describe the smell of the bakery at 4am in exactly 5 words.",
    all(wordCount(5), marks(1, ...BREAD_SMELL)),
  ),
  ask(
    "exact-counts",
    "zb-four-parts",
    "Name four parts of a cathedral for my trainee's quiz, one per line, nothing else.",
    linesEach(4, CATHEDRAL_PART),
  ),
  ask(
    "exact-counts",
    "zb-bleed-radiator",
    "In exactly two sentences, tell a customer how to bleed a radiator.",
    all(sentenceCount(2), marks(3, ...RADIATOR)),
  ),
  ask(
    "exact-counts",
    "zb-six-pieces",
    "List the six different kinds of chess piece on one line, separated by commas.",
    all(singleLine(), has("king", "queen", "bishop", "knight", "pawn"), hasAny("rook", "castle")),
  ),
  ask(
    "exact-counts",
    "zb-root-veg",
    "name 4 root vegetables for the new display, bullet points, nothing else",
    all(listOf(4, "bullet"), linesEach(4, ROOT_VEG)),
  ),
  ask(
    "exact-counts",
    "zb-labour-stages",
    "For a student midwife: list the three stages of labour as a numbered list, nothing else.",
    all(
      listOf(3, "numbered"),
      hasAny(/dilat/i, /cervix/i, /contractions/i),
      hasAny(/placenta/i, /afterbirth/i, /membranes/i),
    ),
  ),
  ask(
    "exact-counts",
    "zb-north-sea-fish",
    "Name five kinds of fish we used to land from the North Sea, one per line.",
    linesEach(5, NORTH_SEA_FISH),
  ),

  // ---- nothing can ground these ----------------------------------------------------------------
  cannot("zb-pet-shop-late", "Is the Pets at Home in Bridgend open late tonight? I've run out of ear cleaner."),
  cannot("zb-flour-price", "what's strong white flour going for per tonne on the wholesale market today"),
  cannot("zb-visitors-today", [
    system("You are the visitor assistant for St Aldhelm's Cathedral."),
    user("How many visitors have come through the doors so far today?"),
  ]),
  cannot(
    "zb-harrogate-freeze",
    "Will it freeze in Harrogate on Thursday night? I've got a job there with pipes in an unheated garage.",
  ),
  cannot("zb-leo-points", [
    user("Leo from my under-12s played in a weekend congress in Leeds."),
    assistant("How exciting for him! How did he get on?"),
    user("That's what I'm asking you. How many points did he score?"),
  ]),
  cannot("zb-tonight-lorry", "what's on the delivery for tonight's lorry at our store? need to know how many cages"),
  cannot("zb-pellow-bp", "What was Mrs Pellow's blood pressure at her check this morning? I've lost the notes."),
  cannot("zb-peterhead-haddock", "what did haddock fetch at Peterhead market this morning"),
];

const TOPICS: Record<string, (string | RegExp)[]> = {
  "elements/zb-bicarb-sodium": ["sodium", "atomic number", /\bNa\b/],
  "elements/zb-tin-solder": ["tin", "atomic number", /\bSn\b/],
  "elements/zb-magnesium-anode": ["magnesium", "atomic number"],
  "arithmetic/zb-groom-takings": [/£/, "total", "altogether", "grooms", "trims"],
  "arithmetic/zb-rolls-left": ["rolls", "roll", "shop", "left"],
  "arithmetic/zb-tour-heads": ["visitors", "people", "total", "guided"],
  "arithmetic/zb-pipe-runs": ["metres", "meters", /\d\s?m\b/, "pipe", "total"],
  "arithmetic/zb-round-robin": ["games", "game", "matches"],
  "arithmetic/zb-tin-cases": ["cases", "case", "tins"],
  "arithmetic/zb-shift-hours": ["hours", "hrs", /\d\s?h\b/],
  "arithmetic/zb-cod-boxes": ["kg", "kilos", "kilograms", "cod", /\d\s?kg\b/i],
  "percentages/zb-groom-price": [/£/, "price", "groom"],
  "percentages/zb-hydration": ["water", "kg", "litres", "liters", /\d\s?(?:kg|l)\b/i],
  "percentages/zb-tower-climb": [/%/, "percent", "visitors"],
  "percentages/zb-vat-job": [/£/, "VAT", "total"],
  "percentages/zb-win-rate": [/%/, "percent", "win"],
  "percentages/zb-yellow-sticker": [/£/, /\d\s?p\b/, "pence", "chicken", "costs", "cost"],
  "percentages/zb-water-births": [/%/, "percent", "water births"],
  "percentages/zb-crew-share": [/£/, "each", "share"],
  "conversions/zb-lab-weight": ["kg", "kilograms", "kilos", /\d\s?kg\b/i],
  "conversions/zb-oven-f": [/°F|fahrenheit|\bF\b/i],
  "conversions/zb-spire-feet": ["feet", "ft", "foot", /\d\s?ft\b/i],
  "conversions/zb-15mm": ["inch", "inches", /\bin\b/, /″|"/],
  "conversions/zb-clock-seconds": ["seconds", "secs", /\d\s?s\b/],
  "conversions/zb-pints-litres": ["litres", "liters", "litre", "liter", /\d\s?L\b/],
  "conversions/zb-baby-weight": ["lb", "lbs", "pounds", "oz", "ounces", /\d\s?(?:lbs?|oz)\b/i],
  "conversions/zb-fathoms": ["metres", "meters", /\d\s?m\b/],
  "dates/zb-season-days": ["day", "days"],
  "counting/zb-schnauzer": ["letter", "letters", "schnauzer"],
  "counting/zb-croissants-s": ["croissants", "times", /\bs's\b|letter s\b/i],
  "counting/zb-flash-sign": ["word", "words"],
  "counting/zb-fittings": ["fittings", "fitting", "items", "total"],
  "counting/zb-pieces": ["pieces", "piece"],
  "counting/zb-distinct-tins": ["products", "different", "items"],
  "counting/zb-placenta-vowels": ["vowel", "vowels", "placenta"],
  "counting/zb-aboard": ["aboard", "on board", "crew", "people", "including", "you"],
  "random-pick/zb-new-loaf": [/\b(?:loaf|number|pick|picked|random|go with|try|trial|test)\b/i],
  "random-pick/zb-aisle": [/\b(?:aisle|pick|picked|random|go with|start|face)\b/i],
  "random-pick/zb-dice": [/\b(?:roll|rolled|rolls|dice|die|landed|got|it's a)\b/i],
  "label-yes-no/zb-chocolate": ["chocolate", "theobromine", "toxic", "poisonous"],
  "label-yes-no/zb-gothic-older": ["Romanesque", "Gothic", "older", "earlier", "came first"],
  "label-yes-no/zb-pawn-back": ["pawn", "pawns", "forward", "backwards", "backward"],
  "label-yes-no/zb-144-square": ["12", "square", "twelve"],
  "label-yes-no/zb-call-registrar": ["registrar", "18", "hours", "call"],
  "label-yes-no/zb-knot-mph": ["knot", "mph", "miles", "1.15", "nautical"],
};

export const BLIND_ZB: EverydayPrompt[] = withTopics(PROMPTS, TOPICS);
