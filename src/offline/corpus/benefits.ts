/**
 * Why everyday habits are good for you, as public health and education bodies say it: the
 * reasons a learner asks for in "three reasons to drink water" or "why is exercise good?". Each
 * reason is one plain sentence from its source, so any count of them is a true list. A habit not
 * listed here is no reason list at all (skills/reasons.ts declines it): a passage's tips or
 * guidelines are not its benefits. Beside them, ways to save water and energy, from the agencies that
 * advise on each ("three ways to save water" drew a technology passage).
 */
import type { Source } from "./countries";

export interface Benefits {
  id: string;
  /** The habit as a request names it ("drinking water", "exercise"), tested on the lower-cased phrase. */
  test: RegExp;
  /** The habit as a sentence's subject, agreeing with its reasons' verbs: "Regular exercise", "Fruit and vegetables". */
  name: string;
  reasons: string[];
  source: Source;
}

export const BENEFITS: Benefits[] = [
  {
    id: "exercise",
    test: /\b(?:regular )?(?:exercis\w*|physical activity|physically active|working out|work(?:ing)? out|being active|staying active|keeping fit|fitness)\b/,
    name: "Regular exercise",
    reasons: [
      "It lowers the risk of heart disease, stroke, type 2 diabetes and some cancers.",
      "It helps you manage your weight.",
      "It strengthens your bones and muscles.",
      "It improves your mood and eases anxiety and depression.",
      "It helps you sleep better.",
      "It keeps your thinking sharp as you age.",
    ],
    source: {
      url: "https://www.cdc.gov/physical-activity-basics/benefits/index.html",
      says: "Physical activity improves brain health, helps manage weight, reduces the risk of disease, strengthens bones and muscles, and improves the ability to do everyday activities.",
    },
  },
  {
    id: "walking",
    test: /\b(?:brisk |daily |regular )?walk(?:ing|s)?\b/,
    name: "Walking",
    reasons: [
      "It strengthens your heart and lungs.",
      "It helps you manage your weight.",
      "It lowers the risk of heart disease and type 2 diabetes.",
      "It lifts your mood and eases stress.",
      "It is free and needs no special equipment.",
    ],
    source: {
      url: "https://www.nhs.uk/live-well/exercise/running-and-aerobic-exercises/walking-for-health/",
      says: "Walking is simple, free and one of the easiest ways to get more active, lose weight and become healthier; it can build stamina and make your heart healthier.",
    },
  },
  {
    id: "water",
    test: /\b(?:drink(?:ing)? (?:more |enough |plenty of )?water|water|staying hydrated|hydration|being hydrated)\b/,
    name: "Drinking water",
    reasons: [
      "It helps your body keep a normal temperature.",
      "It cushions and lubricates your joints.",
      "It protects your spinal cord and other sensitive tissues.",
      "It helps your body get rid of waste.",
      "It has no calories, unlike sugary drinks.",
    ],
    source: {
      url: "https://www.cdc.gov/healthy-weight-growth/water-healthy-drinks/index.html",
      says: "Water helps your body keep a normal temperature, lubricate and cushion joints, protect your spinal cord and other sensitive tissues, and get rid of wastes; water has no calories.",
    },
  },
  {
    id: "sleep",
    test: /\b(?:(?:getting )?(?:enough |good |more )?sleep(?:ing)?|a good night'?s sleep)\b/,
    name: "Enough sleep",
    reasons: [
      "It helps you learn, remember and pay attention.",
      "It supports a healthy immune system.",
      "It helps keep your mood steady.",
      "It lowers the risk of heart disease, high blood pressure and type 2 diabetes.",
      "It lets your body repair itself and, in children and teens, grow.",
    ],
    source: {
      url: "https://www.nhlbi.nih.gov/health/sleep/why-sleep-important",
      says: "Sleep helps your brain work properly, supports healthy growth and development, helps your immune system, and lack of it raises the risk of heart disease, high blood pressure, diabetes and other conditions.",
    },
  },
  {
    id: "vegetables",
    test: /\b(?:eating )?(?:more )?(?:vegetables|veggies|veg|fruits? and vegetables|fruit and veg|fruits?)\b/,
    name: "Fruit and vegetables",
    reasons: [
      "They are a good source of vitamins and minerals.",
      "They are rich in fibre, which helps digestion.",
      "They lower the risk of heart disease, stroke and some cancers.",
      "They are usually low in fat and calories.",
    ],
    source: {
      url: "https://www.nhs.uk/live-well/eat-well/5-a-day/why-5-a-day/",
      says: "Fruit and vegetables are a good source of vitamins and minerals and of dietary fibre, can help reduce the risk of heart disease, stroke and some cancers, and are usually low in fat and calories.",
    },
  },
  {
    id: "reading",
    test: /\b(?:reading(?: books| for pleasure| every day| more)?|books)\b/,
    name: "Reading",
    reasons: [
      "It builds your vocabulary.",
      "It improves your understanding of what you read and your writing.",
      "It widens your general knowledge.",
      "It helps you understand other people and cultures.",
      "It is a relaxing way to spend time and can build confidence.",
    ],
    source: {
      url: "https://www.gov.uk/government/publications/research-evidence-on-reading-for-pleasure",
      says: "Reading for pleasure is linked to reading attainment and writing ability, text comprehension and grammar, breadth of vocabulary, greater self-confidence, general knowledge and a better understanding of other cultures.",
    },
  },
  {
    id: "language",
    test: /\b(?:learn(?:ing)?|speak(?:ing)?|study(?:ing)?) (?:a |another )?(?:second|new|foreign|other) language\b|\b(?:second|foreign) languages?\b|\bbeing bilingual\b|\bbilingualism\b/,
    name: "Learning a second language",
    reasons: [
      "It lets you talk with more people, at home and when you travel.",
      "It helps you understand other cultures.",
      "It can open up more job opportunities.",
      "It strengthens your reading, your vocabulary and your grasp of how language works.",
      "It is linked to better results at school, in maths and analytical thinking too.",
    ],
    source: {
      url: "http://www.tflta.org/whystudy.htm",
      says: "Research shows that language learning correlates to higher academic achievement in math, language, science and analytical thinking, and enhances reading abilities, vocabulary development and linguistic awareness (citing ACTFL); knowing other languages brings opportunities.",
    },
  },
  {
    id: "recycling",
    test: /\brecycl(?:ing|e)\b/,
    name: "Recycling",
    reasons: [
      "It reduces the waste sent to landfills and incinerators.",
      "It conserves natural resources such as timber, water and minerals.",
      "It prevents pollution by reducing the need to collect new raw materials.",
      "It saves energy.",
      "It creates jobs in recycling and manufacturing.",
    ],
    source: {
      url: "https://www.epa.gov/recycle/recycling-basics-and-benefits",
      says: "Recycling reduces the amount of waste sent to landfills and incinerators, conserves natural resources, prevents pollution, saves energy, and helps create jobs.",
    },
  },
];

/** The habit a phrase names ("drinking more water", "exercise"), if the table has it. */
export function benefitsOf(phrase: string): Benefits | undefined {
  const p = phrase.toLowerCase();
  return BENEFITS.find((b) => b.test.test(p));
}

/** Ways to do an everyday thing, as the public body that advises on it lists them. */
export interface Ways {
  id: string;
  /** The aim as a request names it ("save water"), tested on the lower-cased phrase. */
  test: RegExp;
  ways: string[];
  source: Source;
}

export const WAYS: Ways[] = [
  {
    id: "save-water",
    test: /\b(?:sav(?:e|ing)|conserv(?:e|ing)|reduc(?:e|ing)|cut(?:ting)?(?: down)?(?: on)?|use less|using less) (?:your )?water(?: use| usage| at home)?\b/,
    ways: [
      "Turn off the tap while you brush your teeth.",
      "Fix leaking taps, pipes and toilets.",
      "Take shorter showers.",
      "Run the dishwasher and washing machine only with full loads.",
      "Water the garden in the early morning or evening, when less evaporates.",
    ],
    source: {
      url: "https://www.epa.gov/watersense/start-saving",
      says: "EPA WaterSense: turn off the tap while brushing, fix leaks, take shorter showers, run full loads, and water plants when it is cool.",
    },
  },
  {
    id: "save-energy",
    test: /\b(?:sav(?:e|ing)|conserv(?:e|ing)|reduc(?:e|ing)|use less|using less) (?:on )?(?:energy|electricity|power)(?: at home| use| usage)?\b/,
    ways: [
      "Switch off lights and devices you are not using.",
      "Use LED light bulbs.",
      "Wash clothes in cold water.",
      "Turn the heating down a degree or two, and the air conditioning up.",
      "Seal gaps around doors and windows.",
    ],
    source: {
      url: "https://www.energy.gov/energysaver/energy-saver",
      says: "Energy Saver (US Department of Energy): turn off lights and electronics not in use, use LED lighting, wash in cold water, adjust the thermostat, and seal air leaks.",
    },
  },
];

/** The aim a phrase names ("save water at home"), if the table has it. */
export function waysOf(phrase: string): Ways | undefined {
  const p = phrase.toLowerCase();
  return WAYS.find((w) => w.test.test(p));
}
