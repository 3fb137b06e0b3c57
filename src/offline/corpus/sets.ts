/**
 * Well-known sets of everyday things, as plain data: the days, the months, the colours of the
 * rainbow, fruits, animals, programming languages. Ordered sets come in their order; open sets
 * list familiar members first. Every member is uncontroversially one of its set (a tomato is not
 * listed as a fruit or a vegetable), so any pick or list of them is true.
 */
import { SCALES } from "./scales";

export interface KnownList {
  test: RegExp;
  items: string[];
  /** Ordered: "the first five months" are January to May, never a draw. */
  ordered?: boolean;
  /** The singular a pick names ("a random fruit"); sets without one are never picked from alone. */
  one?: RegExp;
}

export const EVERYDAY_SETS: KnownList[] = [
  ...SCALES,
  // Sun protection first, as the CDC advises for a day outdoors (https://www.cdc.gov/skin-cancer/sun-safety/):
  // sunscreen of SPF 15 or more, a hat, sunglasses, shade; then water and the plain things a beach day needs.
  {
    test: /\b(?:things|items|essentials) to (?:pack|bring|take) (?:for|to|on) (?:a |the )?(?:beach|seaside)(?: trip| day| holiday| vacation| outing)?\b|\bbeach (?:essentials|packing list)\b/i,
    items: ["Sunscreen", "Sunglasses", "A hat", "Water", "A towel", "A swimsuit", "A beach umbrella", "Snacks"],
  },
  // The National Park Service's "Ten Essentials" for a hike (https://www.nps.gov/articles/10essentials.htm).
  {
    test: /\b(?:things|items|essentials) to (?:pack|bring|take) (?:for|on) (?:a |the )?(?:hike|hiking trip|day hike|trek|hiking)\b|\bhiking essentials\b|\bten essentials\b/i,
    items: [
      "A map and compass",
      "Extra water",
      "Extra food",
      "Sun protection",
      "Extra clothes",
      "A headlamp",
      "A first-aid kit",
      "A knife",
      "A fire starter",
      "An emergency shelter",
    ],
  },
  // Knots a deckhand or sailor learns first; each is a knot of its own entry in The Ashley Book of Knots
  // and https://en.wikipedia.org/wiki/List_of_knots.
  {
    test: /\bknots (?:(?:every|each|a|all|that) (?:deckhand|sailor|boater|skipper|crew member)s? (?:should|needs? to|must|ought to) know|(?:for|used (?:by|in|on)) (?:sailing|sailors|boats|boating|deckhands))\b|\b(?:sailing|boating|nautical|sailor'?s?|deckhand'?s?) knots\b/i,
    items: [
      "Bowline",
      "Clove hitch",
      "Cleat hitch",
      "Figure-eight knot",
      "Reef knot",
      "Sheet bend",
      "Round turn and two half hitches",
      "Rolling hitch",
    ],
  },
  // Hand tools of a plumber's kit, each a plumbing tool by its own article: https://en.wikipedia.org/wiki/Pipe_wrench,
  // https://en.wikipedia.org/wiki/Plunger, https://en.wikipedia.org/wiki/Basin_wrench, https://en.wikipedia.org/wiki/Pipe_cutter,
  // https://en.wikipedia.org/wiki/Plumber%27s_snake, https://en.wikipedia.org/wiki/Thread_seal_tape.
  {
    test: /\btools? (?:that )?(?:a |every |the |my )?plumbers? (?:carries|carry|needs?|uses?|has|have|keeps?|should have)(?: in (?:the|their|his|her|a) (?:van|truck|kit|bag|toolbox))?\b|\bplumb(?:er'?s|ers'|ing) (?:tools|tool ?kit)\b/i,
    items: [
      "Pipe wrench",
      "Plunger",
      "Adjustable wrench",
      "Basin wrench",
      "Pipe cutter",
      "Drain snake",
      "Thread seal tape",
      "Hacksaw",
    ],
  },
  // Cycling's three Grand Tours in calendar order: the Giro in May, the Tour in July, the Vuelta from
  // late August (https://en.wikipedia.org/wiki/Grand_Tour_(cycling)).
  {
    test: /\b(?:three )?grand tours(?: (?:of|in) (?:pro(?:fessional)? |road |men's |bike )?(?:cycling|bike racing))?\b/i,
    items: ["Giro d'Italia", "Tour de France", "Vuelta a España"],
    ordered: true,
  },
  {
    test: /\bdays of the week\b|\bweekdays\b|\bdays in a week\b/i,
    items: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    ordered: true,
    one: /\bday of the week\b|\bweekday\b/i,
  },
  {
    test: /\bmonths\b/i,
    items: [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ],
    ordered: true,
    one: /\bmonth\b/i,
  },
  // The three classic states, then plasma (https://www.britannica.com/science/matter: solid, liquid, gas; plasma often added).
  { test: /\bstates of matter\b|\bphases of matter\b/i, items: ["Solid", "Liquid", "Gas", "Plasma"], ordered: true },
  { test: /\bseasons\b/i, items: ["Spring", "Summer", "Autumn", "Winter"], ordered: true, one: /\bseason\b/i },
  {
    test: /\bcolou?rs of the rainbow\b|\brainbow colou?rs\b|\bcolou?rs in a rainbow\b/i,
    items: ["Red", "Orange", "Yellow", "Green", "Blue", "Indigo", "Violet"],
    ordered: true,
  },
  { test: /\bprimary colou?rs\b/i, items: ["Red", "Yellow", "Blue"], ordered: true },
  { test: /\bsecondary colou?rs\b/i, items: ["Green", "Orange", "Purple"], ordered: true },
  {
    test: /\bplanets\b/i,
    items: ["Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune"],
    ordered: true,
    one: /\bplanet\b/i,
  },
  {
    test: /\bcontinents\b/i,
    items: ["Africa", "Antarctica", "Asia", "Australia", "Europe", "North America", "South America"],
    ordered: true,
    one: /\bcontinent\b/i,
  },
  {
    test: /\b(?:sea|ocean|marine) (?:animals|creatures|life)\b|\banimals (?:that|which|who) live in the (?:sea|ocean)s?\b|\bocean animals\b/i,
    items: [
      "Dolphin",
      "Whale",
      "Shark",
      "Octopus",
      "Jellyfish",
      "Sea turtle",
      "Seal",
      "Starfish",
      "Crab",
      "Squid",
      "Seahorse",
      "Lobster",
    ],
    one: /\b(?:sea|ocean|marine) (?:animal|creature)\b/i,
  },
  {
    test: /\boceans\b/i,
    items: ["Pacific", "Atlantic", "Indian", "Southern", "Arctic"],
    ordered: true,
    one: /\bocean\b/i,
  },
  {
    test: /\bfarm animals\b/i,
    items: ["Cow", "Pig", "Sheep", "Goat", "Chicken", "Horse", "Duck", "Donkey", "Turkey"],
    one: /\bfarm animal\b/i,
  },
  {
    test: /\bfruits?\b/i,
    items: [
      "Apple",
      "Banana",
      "Orange",
      "Strawberry",
      "Mango",
      "Pear",
      "Grapes",
      "Cherry",
      "Pineapple",
      "Peach",
      "Watermelon",
      "Kiwi",
      "Lemon",
      "Lime",
      "Plum",
      "Melon",
      "Apricot",
      "Blueberry",
      "Raspberry",
      "Grapefruit",
      "Papaya",
    ],
    one: /\bfruit\b/i,
  },
  {
    test: /\bvegetables?\b|\bveggies\b/i,
    items: [
      "Carrot",
      "Broccoli",
      "Spinach",
      "Potato",
      "Onion",
      "Cucumber",
      "Peas",
      "Cabbage",
      "Lettuce",
      "Cauliflower",
    ],
    one: /\bvegetable\b|\bveggie\b/i,
  },
  {
    test: /\bbirds\b/i,
    items: ["Robin", "Sparrow", "Eagle", "Owl", "Parrot", "Penguin", "Pigeon", "Swan", "Flamingo", "Hawk"],
    one: /\bbird\b/i,
  },
  { test: /\bvowels\b/i, items: ["A", "E", "I", "O", "U"], ordered: true, one: /\bvowel\b/i },
  {
    test: /\bprogramming languages\b|\bcoding languages\b/i,
    items: ["Python", "JavaScript", "Java", "C", "C++", "C#", "Go", "Rust", "TypeScript", "Ruby", "Swift", "Kotlin"],
    one: /\bprogramming language\b|\bcoding language\b/i,
  },
  {
    test: /\banimals\b/i,
    items: [
      "Dog",
      "Cat",
      "Elephant",
      "Lion",
      "Tiger",
      "Giraffe",
      "Horse",
      "Rabbit",
      "Bear",
      "Zebra",
      "Monkey",
      "Kangaroo",
    ],
    one: /\banimal\b/i,
  },
  {
    test: /\bpets\b/i,
    items: ["Dog", "Cat", "Rabbit", "Hamster", "Goldfish", "Guinea pig", "Parrot", "Budgie", "Tortoise"],
    one: /\bpet\b/i,
  },
  {
    test: /\bcolou?rs\b/i,
    items: ["Red", "Blue", "Green", "Yellow", "Orange", "Purple", "Pink", "Brown", "Black", "White", "Grey"],
    one: /\bcolou?r\b/i,
  },
  {
    test: /\bsports\b/i,
    items: [
      "Football",
      "Basketball",
      "Tennis",
      "Swimming",
      "Cricket",
      "Volleyball",
      "Baseball",
      "Rugby",
      "Golf",
      "Cycling",
    ],
    one: /\bsport\b/i,
  },
  {
    test: /\b(?:musical )?instruments\b/i,
    items: ["Piano", "Guitar", "Violin", "Drums", "Flute", "Trumpet", "Cello", "Saxophone", "Clarinet", "Harp"],
    one: /\b(?:musical )?instrument\b/i,
  },
  // Painters and composers every art or music history names (Britannica's biographies of each).
  {
    test: /\b(?:painters|artists who painted)\b/i,
    items: [
      "Leonardo da Vinci",
      "Vincent van Gogh",
      "Pablo Picasso",
      "Claude Monet",
      "Rembrandt",
      "Michelangelo",
      "Frida Kahlo",
      "Johannes Vermeer",
    ],
    one: /\bpainter\b/i,
  },
  {
    test: /\b(?:classical )?composers\b/i,
    items: [
      "Wolfgang Amadeus Mozart",
      "Ludwig van Beethoven",
      "Johann Sebastian Bach",
      "Frédéric Chopin",
      "Pyotr Ilyich Tchaikovsky",
      "Antonio Vivaldi",
      "Joseph Haydn",
      "Franz Schubert",
    ],
    one: /\bcomposer\b/i,
  },
  {
    test: /\bshapes\b/i,
    items: ["Circle", "Square", "Triangle", "Rectangle", "Pentagon", "Hexagon", "Octagon", "Oval"],
    one: /\bshape\b/i,
  },
  {
    test: /\bflowers\b/i,
    items: ["Rose", "Tulip", "Daisy", "Sunflower", "Lily", "Orchid", "Daffodil", "Poppy", "Marigold", "Carnation"],
    one: /\bflower\b/i,
  },
];

/** Words that may stand before a set's name without narrowing it: counts, "the", "common", the asking verb. */
const NEUTRAL = new Set(
  (
    "list name give me tell write down show what are is the some few a an of any different common popular random " +
    "everyday well-known familiar known main basic favourite favorite types kinds sorts exactly only just other more please " +
    "one two three four five six seven eight nine ten eleven twelve first last all pick choose select suggest think " +
    "healthy tasty delicious nice cool fun interesting famous beautiful pretty cute lovely good great typical ordinary " +
    "classic classical traditional standard usual"
  ).split(" "),
);

/** What may follow a set's name without narrowing it: the layout, the order, "please", a language. */
const AFTER_FORMS = [
  "please|for me|at random|randomly|only|numbered|alphabetically|backwards?|reversed|sorted|in reverse(?: order)?|in full",
  "(?:with |and )?(?:one|each)(?: (?:word|item|name|entry|one))?(?: per| (?:on|in) (?:a|each|its own|a new|a separate|one)) line",
  "with each(?: one)? on (?:its own|a new|a separate) line|(?:on|in) (?:separate|different|new) lines|(?:all )?(?:on|in) (?:one|a single) line",
  "(?:separated|divided) by (?:commas|a comma|semicolons|slashes|spaces)|comma[- ]separated",
  "(?:in|as|using|with|formatted as) (?:a |an )?(?:numbered |bulleted |bullet(?:ed)?(?: point)? |comma-separated |markdown |short |simple |vertical |plain )?(?:list|bullets|bullet points|numbers|dashes|hyphens|asterisks|table|column)",
  "(?:in|using) (?:alphabetical |reverse |random |chronological )?order",
  // "as a JSON array": the form the reply takes (read/instructions.ts), not more of the set.
  "(?:in|as|into|using|formatted as) (?:valid )?(?:a |an )?json(?: (?:array|list|object|format))?",
  "(?:in|using|with) (?:all )?(?:caps|capitals|capital letters|upper ?case|lower ?case|small letters)",
  "(?:in|into) (?:english|french|spanish|german|italian|portuguese|dutch)",
  "(?:and |with )?nothing else|(?:with|and) no (?:explanation|other text|extra text|commentary|numbers|bullets)",
  "without (?:any )?(?:explanation|other text|numbers|bullets|commentary)",
  "of the (?:year|week)|in (?:a|the) (?:year|week)|of the solar system|in (?:the|our) solar system|on earth|in the world",
  // The order an ordered set already has: planets from the Sun, the week from Monday, the year from January.
  "(?:in order )?(?:of distance )?from the sun(?: outwards?)?|(?:from )?(?:closest|nearest) to (?:the sun|farthest|furthest)|starting (?:with|from|on|at) (?:monday|january|mercury|spring)",
  // "the C major scale, starting from C": a scale starts on its key note.
  "starting (?:with|from|on|at) (?:the (?:tonic|root|key ?note)|[a-g](?:#|♯|b|♭)?(?![a-z]))",
  // "from C up to B": a scale's seven notes from its key note to the one below it, which is the whole scale.
  "(?:going |running )?from (?:c (?:up )?to b|d (?:up )?to c|e (?:up )?to d|f (?:up )?to e|g (?:up )?to f|a (?:up )?to g|b (?:up )?to a)(?![a-z#♯♭])",
  // "one note per item": the list's layout, one member a line.
  "(?:with )?one (?:note|item|name|word|entry|day|month|planet|colou?r|country) (?:per|on each|a) (?:item|line|bullet|point|row)",
  "starting (?:with|from|at) the (?:one|planet) (?:nearest|closest)(?: to)? the sun|(?:going )?outwards?(?: from the sun)?",
  // The other way round (lists.ts reverses it): "from farthest to closest to the Sun".
  "(?:starting )?from (?:the )?(?:farthest|furthest|outermost)(?: (?:one|planet))?(?: from the sun)? (?:to|in)(?:wards?)? (?:the )?(?:closest|nearest|innermost|the sun)(?: (?:one|planet))?(?: to the sun)?",
];
const AFTER_FORM = new RegExp(`^(?:\\s*[,:;-]|\\s+and)?\\s*(?:${AFTER_FORMS.join("|")})\\b`, "i");

/**
 * The set a request names plainly ("five fruits", "the months", "a random animal"), or null when
 * a word narrows it ("tropical fruits", "animals that live in Africa", "the months with 31 days"):
 * then the set's members are not the answer.
 */
export function plainSet(text: string, pick: (set: KnownList) => RegExp | undefined): KnownList | null {
  // The set named first ("two colours and two animals" names colours), the longest name at a place ("sea animals").
  let found: { set: KnownList; m: RegExpExecArray } | null = null;
  for (const set of EVERYDAY_SETS) {
    const re = pick(set);
    const m = re ? re.exec(text) : null;
    if (m && (!found || m.index < found.m.index || (m.index === found.m.index && m[0].length > found.m[0].length)))
      found = { set, m };
  }
  if (!found) return null;
  const { set, m } = found;
  const before = /([\p{L}\d'-]+)\W*$/u.exec(text.slice(0, m.index))?.[1]?.toLowerCase();
  if (before && !NEUTRAL.has(before) && !/^\d+$/.test(before)) return null;
  let after = text.slice(m.index + m[0].length);
  for (let f = AFTER_FORM.exec(after); f?.[0].length; f = AFTER_FORM.exec(after)) after = after.slice(f[0].length);
  // "The months that start with J": the members with that first (or last) letter, computed here so
  // every reader of the set (a list, a random pick) gets only those; none is no set at all.
  const letter =
    /^\s*(?:of the (?:year|week)\s+)?(?:(?:that|which|whose names?)\s+)?(start|begin|starts|begins|end|ends|starting|beginning|ending)\s+with\s+(?:the\s+letter\s+|an?\s+)?["'“‘]?([a-z])["'”’]?(?![a-z])/i.exec(
      after,
    );
  let narrowed: KnownList = set;
  if (letter) {
    after = after.slice(letter[0].length);
    const l = letter[2].toLowerCase();
    const ends = /^end/i.test(letter[1]);
    const items = set.items.filter((i) => (ends ? i.toLowerCase().endsWith(l) : i.toLowerCase().startsWith(l)));
    if (!items.length) return null;
    narrowed = { ...set, items, ordered: true };
  }
  for (let f = AFTER_FORM.exec(after); f?.[0].length; f = AFTER_FORM.exec(after)) after = after.slice(f[0].length);
  // A new sentence may follow; a comma or a colon goes on about the set ("fruits, then vegetables").
  return /^\s*(?:[.?!)]|$)/.test(after) ? narrowed : null;
}
