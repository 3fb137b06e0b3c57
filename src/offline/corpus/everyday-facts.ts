/**
 * More everyday facts a learner tries first (a spider's legs, why the sky is blue, what HTTP stands
 * for), in the shape of facts.ts: the question shapes that ask each one, its answer, and its source.
 * A yes/no question is answered by whether it names the value ("Is a tomato a fruit?").
 */
import type { Fact } from "./facts";

const britannica = (path: string, says: string) => ({ url: `https://www.britannica.com/${path}`, says });
const mdn = (path: string, says: string) => ({ url: `https://developer.mozilla.org/en-US/docs/${path}`, says });

/** An acronym learners meet in the course's world, spelled out. */
function acronym(short: string, long: string, what: string, source: { url: string; says: string }): Fact {
  const s = short.toLowerCase();
  return {
    id: `acronym-${s}`,
    asks: new RegExp(
      `\\bwhat does ${s} stand for\\b|\\bwhat is ${s} short for\\b|\\bwhat does ${s} mean\\b|^\\s*what(?:'s| is) (?:an? )?${s}\\s*\\??\\s*$`,
    ),
    value: long,
    answer: `${short} stands for ${long}: ${what}`,
    fields: { acronym: short, meaning: long, stands_for: long },
    source,
  };
}

/**
 * How many legs an animal of a well-known group has, for a question about a horse or an ant: the
 * group's own count (mammals that walk on four, birds on two, insects six, arachnids eight,
 * decapods ten), each with the group's source. Animals whose count needs a caveat are left out.
 */
export const LEGS: {
  animals: string[];
  legs: number;
  word: string;
  group: string;
  source: { url: string; says: string };
}[] = [
  {
    animals: [
      "dog",
      "cat",
      "horse",
      "cow",
      "pig",
      "sheep",
      "goat",
      "elephant",
      "lion",
      "tiger",
      "giraffe",
      "rabbit",
      "mouse",
      "bear",
      "fox",
      "deer",
      "zebra",
      "donkey",
      "wolf",
      "hamster",
      "camel",
      "rhino",
      "hippo",
      "squirrel",
    ],
    legs: 4,
    word: "four",
    group: "like most land mammals",
    source: britannica("animal/mammal", "Most mammals are four-legged (quadrupedal) land animals."),
  },
  {
    animals: [
      "chicken",
      "hen",
      "duck",
      "ostrich",
      "penguin",
      "owl",
      "eagle",
      "parrot",
      "pigeon",
      "goose",
      "swan",
      "bird",
      "flamingo",
      "robin",
      "crow",
    ],
    legs: 2,
    word: "two",
    group: "like every bird, whose front limbs are wings",
    source: britannica("animal/bird-animal", "Birds are bipedal: the forelimbs are modified as wings."),
  },
  {
    animals: [
      "ant",
      "bee",
      "butterfly",
      "fly",
      "beetle",
      "ladybug",
      "ladybird",
      "grasshopper",
      "mosquito",
      "cockroach",
      "wasp",
      "moth",
      "cricket",
    ],
    legs: 6,
    word: "six",
    group: "in three pairs, like every insect",
    source: britannica("animal/insect", "Adult insects have three pairs of legs, attached to the thorax."),
  },
  {
    animals: ["scorpion", "tick", "tarantula"],
    legs: 8,
    word: "eight",
    group: "in four pairs, like every arachnid",
    source: britannica("animal/arachnid", "Arachnids have four pairs of walking legs."),
  },
  {
    animals: ["crab", "lobster", "shrimp", "crayfish"],
    legs: 10,
    word: "ten",
    group: "in five pairs, like every decapod (the first pair are often claws)",
    source: britannica(
      "animal/decapod-crustacean-order",
      "Decapods have five pairs of thoracic legs, the first often bearing claws.",
    ),
  },
];

export const plural = (a: string) =>
  /(?:ch|sh|s|x)$/.test(a)
    ? `${a}es`
    : a.endsWith("y") && !/[aeiou]y$/.test(a)
      ? `${a.slice(0, -1)}ies`
      : a === "mouse"
        ? "mice"
        : a === "goose"
          ? "geese"
          : a === "sheep" || a === "deer"
            ? a
            : `${a}s`;

const LEG_FACTS: Fact[] = LEGS.flatMap((g) =>
  g.animals.map((animal) => {
    const names = `(?:${animal}|${plural(animal)})`;
    return {
      id: `legs-${animal}`,
      asks: new RegExp(
        `\\bhow many legs (?:does|do) (?:an? |the |my )?${names} have\\b|\\b${names}\\b[^?.!]{0,20}\\bhow many legs\\b|\\b(?:does|do) (?:an? |the )?${names} have (?:\\d+|[a-z]+) legs\\b`,
      ),
      value: String(g.legs),
      answer: `[A${/^[aeiou]/.test(animal) ? "n" : ""} ${animal} has ${g.word} legs|${plural(animal).charAt(0).toUpperCase()}${plural(animal).slice(1)} have ${g.word} legs], ${g.group}.`,
      fields: { legs: g.legs, count: g.legs, number: g.legs },
      source: g.source,
    };
  }),
);

const RAYLEIGH = britannica(
  "science/Rayleigh-scattering",
  "Rayleigh scattering of sunlight by the molecules of the air explains the blue colour of the sky.",
);

/**
 * A polygon's sides are in its name (Greek number + "-gon"); a square and a rectangle are
 * quadrilaterals. Britannica, "polygon": https://www.britannica.com/science/polygon
 */
const POLYGONS: [string, number, string][] = [
  ["triangle", 3, "three"],
  ["square", 4, "four"],
  ["rectangle", 4, "four"],
  ["quadrilateral", 4, "four"],
  ["pentagon", 5, "five"],
  ["hexagon", 6, "six"],
  ["heptagon", 7, "seven"],
  ["octagon", 8, "eight"],
  ["nonagon", 9, "nine"],
  ["decagon", 10, "ten"],
  ["dodecagon", 12, "twelve"],
];

const POLYGON_FACTS: Fact[] = POLYGONS.map(([shape, n, word]) => ({
  id: `sides-${shape}`,
  asks: new RegExp(
    `\\bhow many (?:sides|edges|corners|angles|vertices) (?:does|do|has|have|is|are|in|on) (?:an? |the )?${shape}s?\\b|\\b(?:does|do) (?:an? |the )?${shape}s? have \\w+ (?:sides|edges)\\b|\\bnumber of sides (?:of|on|in) (?:an? |the )?${shape}\\b`,
  ),
  value: String(n),
  answer: `A ${shape} has ${word} sides (${n}) and ${word} corners.`,
  fields: { shape, sides: n, answer: n },
  source: britannica(
    "science/polygon",
    "A polygon is named for its number of sides: a hexagon has six, an octagon eight.",
  ),
}));

/** The class each LEGS group's animals belong to, by their leg count: the same sources say both. */
const CLASS_BY_LEGS: Record<number, string> = {
  4: "a mammal",
  2: "a bird",
  6: "an insect",
  8: "an arachnid",
  10: "a crustacean",
};

/** "Is a cow a mammal?", "Is an ant an insect?": yes when the class named is the animal's own. */
const ANIMAL_CLASS_FACTS: Fact[] = LEGS.flatMap((g) =>
  g.animals
    .filter((a) => a !== "bird")
    .map((animal) => {
      const kind = CLASS_BY_LEGS[g.legs];
      const article = /^[aeiou]/.test(animal) ? "An" : "A";
      return {
        id: `class-${animal}`,
        asks: new RegExp(
          `\\b(?:is|are) (?:an? |the )?${animal}s? (?:an? )?(?:mammal|bird|insect|fish|reptile|amphibian|arachnid|crustacean)(?:es|s)?\\b`,
        ),
        value: kind,
        answer: `${article} ${animal} is ${kind}.`,
        fields: { kind: kind.replace(/^an? /, "") },
        source: g.source,
      };
    }),
);

export const EVERYDAY_FACTS: Fact[] = [
  ...POLYGON_FACTS,
  {
    id: "mars-red",
    asks: /\bwhy (?:is|are|do (?:they|people|we) call|does) mars (?:called )?(?:the )?red\b|\bwhy (?:is )?mars (?:called )?the red planet\b|\bwhy (?:is|does) mars (?:look )?red\b|\bwhat makes mars red\b/,
    value: "Rust",
    answer:
      "Mars is called the Red Planet because its dust and rocks hold a lot of iron oxide, the same stuff as rust, which gives the ground and the dusty sky a reddish colour.",
    fields: { reason: "iron oxide (rust) in its dust and rocks", colour: "red", color: "red" },
    source: {
      url: "https://science.nasa.gov/mars/facts/",
      says: "Mars is known as the Red Planet because iron minerals in the Martian dirt oxidize, or rust, causing the soil and atmosphere to look red.",
    },
  },
  {
    id: "compound-interest",
    asks: /\b(?:what is|what's|explain|define|describe|how does)\s+(?:what\s+)?compound interest\b|\bcompound interest (?:is|means|works?)\b/,
    value: "Interest on interest",
    answer:
      "Compound interest is interest earned on interest: each time interest is paid, it is added to your balance, so the next interest is worked out on a bigger amount and your savings grow faster the longer you leave them.",
    fields: { meaning: "interest earned on interest" },
    source: {
      url: "https://www.investor.gov/financial-tools-calculators/calculators/compound-interest-calculator",
      says: "Compound interest is the interest you earn on interest.",
    },
  },
  ...LEG_FACTS,
  {
    id: "spider-legs",
    asks: /\bhow many legs (?:does|do) (?:an? |the )?spiders? have\b|\bspiders?\b[^?.!]{0,20}\bhow many legs\b|\b(?:does|do) (?:an? |the )?spiders? have (?:\d+|[a-z]+) legs\b/,
    value: "8",
    answer:
      "[A spider has eight legs|Spiders have eight legs], four pairs[, which is one way to tell them from insects, which have six|; insects have six].",
    fields: { legs: 8, count: 8, number: 8 },
    source: britannica("animal/spider-arachnid", "Spiders have four pairs of legs, eight in all."),
  },
  {
    id: "insect-legs",
    asks: /\bhow many legs (?:does|do) (?:an? |the )?insects? have\b|\b(?:does|do) (?:an? |the )?insects? have (?:\d+|[a-z]+) legs\b/,
    value: "6",
    answer:
      "[An insect has six legs|Insects have six legs], three pairs, all attached to the middle part of the body, the thorax.",
    fields: { legs: 6, count: 6, number: 6 },
    source: britannica("animal/insect", "Adult insects have three pairs of legs, attached to the thorax."),
  },
  {
    id: "guitar-strings",
    asks: /\bhow many strings (?:does|do|has|have|is there on|are (?:there )?on) (?:an? |the )?(?:standard |normal |regular |classical |acoustic |electric |typical |usual )?guitars?\b|\bguitars?\b[^?.!]{0,20}\bhow many strings\b/,
    value: "6",
    answer: "A standard guitar has 6 strings, tuned E, A, D, G, B, E from the lowest to the highest.",
    fields: { strings: 6, count: 6, number: 6 },
    source: britannica(
      "art/guitar",
      "The modern guitar has six strings, tuned E-A-D-G-B-E; twelve-string and other variants also exist.",
    ),
  },
  {
    id: "tomato",
    asks: /\bis (?:an? |the )?tomato(?:es)? (?:a |an )?(?:fruit|vegetable|berry)s?\b|\btomato(?:es)?\b[^?.!]{0,20}\b(?:a )?(?:fruit or (?:a )?vegetable|vegetable or (?:a )?fruit)\b/,
    value: "a fruit",
    answer:
      "Botanically, a tomato is a fruit: a berry that grows from the flower and holds the seeds. In the kitchen it is [treated as|usually called] a vegetable, because it is savoury rather than sweet.",
    fields: { kind: "fruit" },
    source: britannica(
      "plant/tomato",
      "The tomato is botanically a berry, a type of fruit, though it is commonly used as a vegetable.",
    ),
  },
  {
    id: "whale-mammal",
    asks: /\b(?:is|are) (?:a |the )?(?:blue )?whales? (?:a |an )?(?:fish|mammal)(?:es|s)?\b/,
    value: "a mammal",
    answer:
      "A whale is a mammal, not a fish: it breathes air through lungs, is warm-blooded and feeds its young on milk.",
    fields: { kind: "mammal" },
    source: britannica("animal/whale", "Whales are aquatic mammals that breathe air and nurse their young."),
  },
  {
    id: "bat-mammal",
    asks: /\b(?:is|are) (?:a |the )?bats? (?:a |an )?(?:bird|mammal)s?\b/,
    value: "a mammal",
    answer:
      "A bat is a mammal, not a bird: it has fur, gives birth to live young and feeds them milk; it is the only mammal that truly flies.",
    fields: { kind: "mammal" },
    source: britannica("animal/bat-mammal", "Bats are the only mammals capable of true flight."),
  },
  // Yes-or-no facts of kind: the value's last word is what a "yes" must name ("Is a spider an insect?" -> no).
  {
    id: "penguin-bird",
    asks: /\b(?:is|are) (?:a |the )?penguins? (?:a |an )?(?:bird|mammal|fish)(?:es|s)?\b/,
    value: "a bird",
    answer:
      "A penguin is a bird: it has feathers and lays eggs, though it cannot fly; its wings work as flippers for swimming.",
    fields: { kind: "bird" },
    source: britannica(
      "animal/penguin",
      "Penguins are flightless marine birds; their wings are modified into flippers.",
    ),
  },
  {
    id: "spider-arachnid",
    asks: /\b(?:is|are) (?:a |the )?spiders? (?:an? )?(?:insect|arachnid|bug)s?\b/,
    value: "an arachnid",
    answer:
      "A spider is an arachnid, not an insect: it has eight legs and two body parts, while an insect has six legs and three.",
    fields: { kind: "arachnid" },
    source: britannica(
      "animal/spider-arachnid",
      "Spiders are arachnids, with eight legs and a body in two main parts.",
    ),
  },
  {
    id: "dolphin-mammal",
    asks: /\b(?:is|are) (?:a |the )?dolphins? (?:a |an )?(?:fish|mammal)(?:es|s)?\b/,
    value: "a mammal",
    answer: "A dolphin is a mammal, not a fish: it breathes air through a blowhole and feeds its young on milk.",
    fields: { kind: "mammal" },
    source: britannica("animal/dolphin", "Dolphins are aquatic mammals related to whales."),
  },
  {
    id: "shark-fish",
    asks: /\b(?:is|are) (?:a |the )?sharks? (?:a |an )?(?:fish|mammal)(?:es|s)?\b/,
    value: "a fish",
    answer: "A shark is a fish: it breathes through gills, and its skeleton is made of cartilage rather than bone.",
    fields: { kind: "fish" },
    source: britannica("animal/shark", "Sharks are cartilaginous fishes."),
  },
  {
    id: "koala-marsupial",
    asks: /\b(?:is|are) (?:a |the )?koalas? (?:a |an )?(?:bear|marsupial)s?\b/,
    value: "a marsupial",
    answer: "A koala is a marsupial, not a bear: the mother carries her young in a pouch.",
    fields: { kind: "marsupial" },
    source: britannica("animal/koala", "The koala is a marsupial, not a bear, despite the name koala bear."),
  },
  {
    id: "moon-satellite",
    asks: /\bis the moon an? (?:planet|star|satellite|natural satellite)\b/,
    value: "a natural satellite",
    answer: "The Moon is a natural satellite: it orbits the Earth, and it is neither a planet nor a star.",
    fields: { kind: "natural satellite" },
    source: britannica("place/Moon", "The Moon is Earth's sole natural satellite."),
  },
  {
    id: "earth-orbits",
    asks: /\b(?:does|do) (?:the )?earth (?:orbit|go around|revolve around|circle|move around|travel around) (?:the )?(?:sun|moon)\b|\bwhat does (?:the )?earth orbit\b/,
    value: "The Sun",
    answer: "The Earth orbits the Sun, once a year, at an average distance of about 150 million kilometres.",
    fields: { orbits: "Sun" },
    source: britannica(
      "place/Earth",
      "Earth is the third planet in distance from the Sun, around which it revolves once a year.",
    ),
  },
  {
    id: "peanut-legume",
    asks: /\b(?:is|are) (?:a |the )?peanuts? (?:a |an )?(?:nut|legume|bean)s?\b/,
    value: "a legume",
    answer: "Botanically, a peanut is a legume, like peas and beans, not a true nut: its pods ripen underground.",
    fields: { kind: "legume" },
    source: britannica("plant/peanut", "The peanut is a legume whose pods ripen underground."),
  },
  {
    id: "water-compound",
    asks: /\bis water (?:a |an )?(?:element|compound|mixture)\b/,
    value: "a compound",
    answer: "Water is a compound, not an element: each molecule is two hydrogen atoms bonded to one oxygen atom (H2O).",
    fields: { kind: "compound", formula: "H2O" },
    source: britannica("science/water", "Water is a substance composed of the chemical elements hydrogen and oxygen."),
  },
  {
    id: "sun-star",
    asks: /\bis the sun a (?:star|planet)\b|\bwhat (?:kind of|type of)? ?(?:object|thing) is the sun\b/,
    value: "a star",
    answer:
      "The Sun is a star: a [yellow dwarf|G-type main-sequence star], a huge ball of hot gas that shines by fusing hydrogen into helium at its core, and the nearest star to Earth.",
    fields: { kind: "star" },
    source: britannica("place/Sun", "The Sun is the star at the centre of the solar system, a yellow dwarf."),
  },
  {
    id: "sky-blue",
    asks: /\bwhy is the sky blue\b|\bwhy the sky is blue\b|\bwhy (?:is )?the sky (?:looks? |appears? )?blue\b/,
    value: "Blue",
    answer:
      "The sky looks blue because the air scatters the short, blue wavelengths of sunlight much more than the long, red ones (Rayleigh scattering), so blue light reaches your eyes from every part of the sky.",
    fields: { colour: "blue", color: "blue" },
    source: RAYLEIGH,
  },
  {
    id: "sky-colour",
    asks: /\bwhat colou?r is (?:the|a)(?: clear)?(?: daytime| daylight)? sky\b/,
    value: "Blue",
    answer:
      "[A clear daytime sky is blue|It is blue]: the air scatters the blue part of sunlight far more than the red (Rayleigh scattering), so blue reaches your eyes from every direction.",
    fields: { colour: "blue", color: "blue" },
    source: RAYLEIGH,
  },
  {
    id: "leap-year-days",
    asks: /\bhow many days (?:are )?(?:there )?in a leap year\b|\bhow many days (?:does|do) (?:a )?leap years? have\b/,
    value: "366",
    answer:
      "A leap year has 366 days: February gets a 29th day, once every four years (with exceptions for most century years).",
    fields: { days: 366, count: 366 },
    source: britannica("science/leap-year-calendar", "A leap year has 366 days, with 29 days in February."),
  },
  {
    id: "year-days",
    asks: /\bhow many days (?:are )?(?:there )?in a (?:normal |regular |common |non-leap |calendar )?year\b|\bhow many days (?:does|do) a (?:normal |regular |common )?year have\b|\b(?:does|do) a (?:normal |regular |common )?year have (?:\d+|[a-z]+) days\b/,
    value: "365",
    answer: "A common year has 365 days; a leap year, every fourth year or so, has 366.",
    fields: { days: 365, count: 365 },
    source: britannica("science/year-time", "The calendar year has 365 days, or 366 in leap years."),
  },
  {
    id: "heart-chambers",
    asks: /\bhow many chambers (?:does|do|are in|are there in) (?:the |a )?(?:human )?heart\b|\b(?:does|do|is) (?:the |a )?(?:human )?heart (?:have|made of|made up of) (?:\d+|[a-z]+) chambers\b/,
    value: "4",
    answer:
      "The human heart has four chambers: two atria on top, which receive blood, and two ventricles below, which pump it out.",
    fields: { chambers: 4, count: 4, number: 4 },
    source: britannica("science/heart", "The human heart has four chambers: two atria and two ventricles."),
  },
  {
    id: "rainbow-colours",
    asks: /\bhow many colou?rs (?:are )?(?:there )?in (?:a|the) rainbow\b|\bhow many colou?rs (?:does|do) (?:a )?rainbows? have\b/,
    value: "7",
    answer:
      "A rainbow is [traditionally|usually] counted as seven colours: red, orange, yellow, green, blue, indigo and violet, though the spectrum really shades smoothly from one to the next.",
    fields: { colours: 7, colors: 7, count: 7 },
    source: britannica(
      "science/rainbow-atmospheric-phenomenon",
      "The colours of a rainbow are traditionally given as red, orange, yellow, green, blue, indigo and violet.",
    ),
  },
  {
    id: "photosynthesis",
    asks: /^\s*(?:what is|what's|explain|define|describe) photosynthesis\b|\bhow does photosynthesis work\b|\b(?:explain|describe|tell me|what) (?:what |how )?photosynthesis (?:is|does|works?|means)\b/,
    value: "Photosynthesis",
    answer:
      "Photosynthesis is how plants, algae and some bacteria make their food: with the energy of sunlight, captured by the green pigment chlorophyll, they turn carbon dioxide and water into sugar (glucose) and release oxygen.",
    source: britannica(
      "science/photosynthesis",
      "Photosynthesis is the process by which green plants and certain other organisms transform light energy into chemical energy, using carbon dioxide and water and releasing oxygen.",
    ),
  },
  {
    id: "plants-take-in-gas",
    asks: /\b(?:which|what) gas (?:do|does) (?:green )?(?:plants?|trees?|leaves) (?:take in|take up|absorb|use|need|breathe in)\b|\b(?:which|what) gas (?:is )?(?:used|needed|taken in|absorbed) (?:by (?:green )?(?:plants?|trees?|leaves) )?(?:in|for|during) photosynthesis\b|\b(?:which|what) gas (?:do|does) (?:we|you|people|humans|animals|your lungs) (?:breathe|exhale|give) out\b|\b(?:which|what) gas (?:do|does) (?:we|you|people|humans|animals) exhale\b/,
    value: "Carbon dioxide",
    answer:
      "Carbon dioxide (CO2). Plants take it in from the air through their leaves and, with the energy of sunlight, turn it and water into sugar, giving off oxygen; people and animals breathe it out.",
    fields: { gas: "Carbon dioxide", name: "Carbon dioxide", formula: "CO2", chemical_formula: "CO2" },
    source: britannica(
      "science/photosynthesis",
      "Photosynthesis is the process by which green plants and certain other organisms transform light energy into chemical energy, using carbon dioxide and water and releasing oxygen.",
    ),
  },
  {
    id: "gas-we-breathe-in",
    asks: /\b(?:which|what) gas (?:do|does) (?:we|you|people|humans|animals|your lungs) (?:need to )?(?:breathe in|inhale|need to (?:live|breathe|survive))\b|\b(?:which|what) gas (?:do|does) (?:green )?(?:plants?|trees?|leaves) (?:give off|give out|release|produce|make)\b/,
    value: "Oxygen",
    answer:
      "Oxygen (O2). People and animals breathe it in to release energy from their food, and green plants give it off during photosynthesis.",
    fields: { gas: "Oxygen", name: "Oxygen", formula: "O2", chemical_formula: "O2" },
    source: britannica(
      "science/photosynthesis",
      "Photosynthesis ... using carbon dioxide and water and releasing oxygen; oxygen is essential for the respiration of most living things.",
    ),
  },
  {
    id: "what-is-gravity",
    asks: /^\s*(?:what is|what's|explain|define) gravity\b|\bhow does gravity work\b/,
    value: "Gravity",
    answer:
      "Gravity is the pull that every mass has on every other: it keeps the Moon around the Earth and the planets around the Sun, and near the Earth's surface it makes things fall, speeding up by about 9.8 metres per second every second.",
    source: britannica(
      "science/gravity-physics",
      "Gravity is the universal force of attraction acting between all matter; near Earth's surface it gives an acceleration of about 9.8 m/s².",
    ),
  },
  {
    id: "what-is-dna",
    asks: /^\s*(?:what is|what's|explain|define) dna\b|\bwhat does dna stand for\b/,
    value: "Deoxyribonucleic acid",
    answer:
      "DNA, deoxyribonucleic acid, is the molecule that carries the genetic instructions of living things: two strands wound into a double helix, whose sequence of four bases (A, C, G and T) spells out the genes.",
    fields: { acronym: "DNA", meaning: "deoxyribonucleic acid" },
    source: britannica(
      "science/DNA",
      "DNA, deoxyribonucleic acid, is the molecule that carries genetic information; it is a double helix of two strands.",
    ),
  },
  {
    id: "einstein",
    asks: /\bwho (?:was|is) (?:albert )?einstein\b/,
    value: "Albert Einstein",
    answer:
      "Albert Einstein (1879-1955) was a German-born physicist, best known for his theories of relativity and the equation E = mc²; he received the 1921 Nobel Prize in Physics for explaining the photoelectric effect.",
    fields: { name: "Albert Einstein", born: 1879, died: 1955 },
    source: britannica(
      "biography/Albert-Einstein",
      "Albert Einstein (1879-1955), German-born physicist, developed the theories of relativity and won the Nobel Prize for Physics in 1921 for his explanation of the photoelectric effect.",
    ),
  },
  {
    id: "soccer-players",
    asks: /\bhow many players (?:are )?(?:there )?(?:on|in) a (?:soccer|football) team\b|\bhow many players (?:does|do) a (?:soccer|football) team have\b/,
    value: "11",
    answer: "A football (soccer) team has eleven players on the field, one of them the goalkeeper.",
    fields: { players: 11, count: 11 },
    source: britannica("sports/football-soccer", "Each team has 11 players on the field, one of them a goalkeeper."),
  },
  {
    id: "what-is-python",
    asks: /^\s*(?:what is|what's|define|explain) (?:the )?python(?: programming language| language)?\s*\??\s*$|^\s*what(?: is|'s) python (?:used|good) for\b/,
    value: "Python",
    answer:
      "Python is a general-purpose programming language, created by Guido van Rossum and first released in 1991. It is known for readable code, with indentation that marks blocks, and is widely used for data work, machine learning, automation and web back ends.",
    fields: { name: "Python", year: 1991, creator: "Guido van Rossum" },
    source: {
      url: "https://docs.python.org/3/faq/general.html",
      says: "Python is an interpreted, interactive, object-oriented programming language; Guido van Rossum began it in the late 1980s and released it in 1991.",
    },
  },
  {
    id: "what-is-javascript",
    asks: /^\s*(?:what is|what's|define|explain) (?:the )?(?:javascript|js)(?: programming language| language)?\s*\??\s*$|^\s*what(?: is|'s) javascript (?:used|good) for\b/,
    value: "JavaScript",
    answer:
      "JavaScript is the programming language of the web: every browser runs it to make pages interactive, and Node.js runs it outside the browser, on servers and in tools. TypeScript adds types on top of it.",
    fields: { name: "JavaScript", year: 1995 },
    source: mdn(
      "Web/JavaScript",
      "JavaScript (JS) is a lightweight interpreted or just-in-time compiled programming language, best known as the scripting language for Web pages, also used in non-browser environments such as Node.js.",
    ),
  },
  {
    id: "what-is-node",
    asks: /^\s*(?:what is|what's|define|explain) node(?:\.?js)?\s*\??\s*$/,
    value: "Node.js",
    answer:
      "Node.js is a runtime that runs JavaScript outside the browser, on your own machine or a server; this workbook's terminal apps and the tslab kernel run on it.",
    fields: { name: "Node.js" },
    source: {
      url: "https://nodejs.org/en/learn/getting-started/introduction-to-nodejs",
      says: "Node.js is an open-source and cross-platform JavaScript runtime environment.",
    },
  },
  acronym(
    "HTTP",
    "Hypertext Transfer Protocol",
    "the protocol browsers and servers use to request and send web pages and data, and the one every Chat Completions request travels over.",
    mdn(
      "Web/HTTP",
      "HTTP (Hypertext Transfer Protocol) is an application-layer protocol for transmitting hypermedia documents.",
    ),
  ),
  acronym(
    "HTML",
    "HyperText Markup Language",
    "the language web pages are written in, which marks up their headings, paragraphs, links and images.",
    mdn("Web/HTML", "HTML (HyperText Markup Language) is the most basic building block of the Web."),
  ),
  acronym(
    "CSS",
    "Cascading Style Sheets",
    "the language that says how a web page looks, from its colours and fonts to its spacing and layout.",
    mdn(
      "Web/CSS",
      "Cascading Style Sheets (CSS) is a stylesheet language used to describe the presentation of a document.",
    ),
  ),
  acronym(
    "URL",
    "Uniform Resource Locator",
    "the address of a resource on the web, such as https://api.openai.com/v1/chat/completions.",
    mdn(
      "Glossary/URL",
      "Uniform Resource Locator (URL) is a text string that specifies where a resource can be found on the Internet.",
    ),
  ),
  ...ANIMAL_CLASS_FACTS,
  {
    id: "marathon-distance",
    asks: /\bhow (?:long|far) is (?:a |the )?marathon\b|\bmarathon (?:distance|length)\b|\bdistance of (?:a |the )?marathon\b|\bhow many (?:km|kilometres|kilometers|miles) (?:is|are) (?:in )?(?:a |the )?marathon\b|\bis (?:a |the )?marathon (?:longer|shorter|more|less|further|farther) than\b/,
    value: "42.195 km",
    answer: "A marathon is 42.195 km (26 miles 385 yards), the distance fixed for the 1908 London Olympics.",
    fields: { distance_km: 42.195, distance: "42.195 km", miles: 26.2 },
    source: {
      url: "https://www.britannica.com/sports/marathon-race",
      says: "Marathon, long-distance footrace of 42.195 km (26 miles 385 yards); the distance was standardized after the 1908 Olympics.",
    },
  },
];
