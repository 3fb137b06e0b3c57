/**
 * The colour of everyday things a learner asks first ("What colour is grass?", "What color are
 * bananas?"), in the shape of facts.ts: the question, the colour (a word the phrasebook can say
 * in French or Spanish: "vert", "amarillo") and why, with its source.
 */
import type { Fact } from "./facts";

const britannica = (path: string, says: string) => ({ url: `https://www.britannica.com/${path}`, says });

const CHLOROPHYLL = britannica(
  "science/chlorophyll",
  "Chlorophyll, the pigment plants use to capture light, absorbs red and blue light and reflects green.",
);

/** [id, the thing as asked (a regex source), its colour, the answer, the source]. */
const COLOURS: [string, string, string, string, { url: string; says: string }][] = [
  [
    "banana",
    "(?:a |the )?(?:ripe )?bananas?",
    "Yellow",
    "[A ripe banana is yellow|Ripe bananas are yellow]; they are green before they ripen and turn brown as they go past it.",
    britannica("plant/banana-plant", "The banana fruit is green when unripe and yellow when ripe."),
  ],
  [
    "lemon",
    "(?:a |the )?lemons?",
    "Yellow",
    "[A ripe lemon is yellow|Lemons are yellow] when ripe, green before.",
    britannica("plant/lemon", "The lemon is a small tree whose fruit is yellow when ripe."),
  ],
  [
    "grass",
    "(?:the )?grass",
    "Green",
    "[Grass is green|It is green]: its chlorophyll absorbs red and blue light and reflects green.",
    CHLOROPHYLL,
  ],
  [
    "leaves",
    "(?:a |the )?(?:tree )?lea(?:f|ves)",
    "Green",
    "[Leaves are green|A leaf is green] for most of the year: their chlorophyll reflects green light. In autumn, as it breaks down, yellow, orange and red show through.",
    CHLOROPHYLL,
  ],
  [
    "snow",
    "(?:the )?snow",
    "White",
    "[Snow is white|It is white]: its many ice crystals scatter all the colours of light equally.",
    britannica(
      "science/snow-weather",
      "Snow appears white because its ice crystals scatter all wavelengths of visible light.",
    ),
  ],
  [
    "clouds",
    "(?:a |the )?clouds?",
    "White",
    "[Clouds are white|A cloud is white] when thin, because their water droplets scatter all colours of light alike; thick ones look grey because less light gets through.",
    britannica(
      "science/cloud-meteorology",
      "Clouds scatter all visible wavelengths, so they look white; thick clouds look grey.",
    ),
  ],
  [
    "milk",
    "(?:the )?milk",
    "White",
    "[Milk is white|It is white]: its tiny droplets of fat and proteins scatter all colours of light.",
    britannica("topic/milk", "Milk's white colour comes from light scattered by its fat globules and casein."),
  ],
  [
    "blood",
    "(?:the )?(?:human )?blood",
    "Red",
    "[Blood is red|It is red]: the haemoglobin in red blood cells, which carries oxygen, is red.",
    britannica(
      "science/hemoglobin",
      "Hemoglobin, the iron-containing protein of red blood cells, gives blood its red colour.",
    ),
  ],
  [
    "carrot",
    "(?:a |the )?carrots?",
    "Orange",
    "[Carrots are orange|A carrot is orange], from the beta-carotene they hold (purple, yellow and white ones exist too).",
    britannica(
      "plant/carrot",
      "The carrot's orange colour comes from carotene; purple, yellow and white varieties also exist.",
    ),
  ],
  [
    "coal",
    "(?:a piece of |the )?coal",
    "Black",
    "[Coal is black|It is black] or dark brown: it is mostly carbon.",
    britannica("science/coal-fossil-fuel", "Coal is a black or brownish-black rock made mostly of carbon."),
  ],
];

export const COLOUR_FACTS: Fact[] = COLOURS.map(([id, thing, colour, answer, source]) => ({
  id: `colour-${id}`,
  asks: new RegExp(
    `\\bwhat colou?r (?:is|are) ${thing}\\s*(?:usually |normally )?\\??\\s*$|\\bwhat colou?r (?:is|are) ${thing}\\b(?! (?:made|called))`,
  ),
  value: colour,
  answer,
  fields: { colour: colour.toLowerCase(), color: colour.toLowerCase() },
  source,
}));

/**
 * Paints mixed two at a time, as painters mix them (the red, yellow and blue of the painter's
 * wheel): "What colour do you get when you mix blue and yellow?". Sources: Wikipedia, "Secondary
 * color" (in the RYB model green is yellow + blue, orange is red + yellow, purple is red + blue),
 * "Pink" (a pale tint of red, red mixed with white) and "Grey" (between black and white).
 */
const MIXES: [string, string, string, string][] = [
  ["blue", "yellow", "Green", "https://en.wikipedia.org/wiki/Secondary_color"],
  ["red", "yellow", "Orange", "https://en.wikipedia.org/wiki/Secondary_color"],
  ["red", "blue", "Purple", "https://en.wikipedia.org/wiki/Secondary_color"],
  ["red", "white", "Pink", "https://en.wikipedia.org/wiki/Pink"],
  ["black", "white", "Grey", "https://en.wikipedia.org/wiki/Grey"],
];

const mixAsk = (a: string, b: string) =>
  `\\b(?:mix(?:ing|ed)?|combin(?:e|ing|ed)|blend(?:ing|ed)?|put together|add(?:ing)?)\\b[^?.!]{0,30}?\\b${a}\\b(?: paint)?\\s*(?:and|with|\\+|to|&)\\s*(?:some\\s+)?${b}\\b|\\b${a}\\b(?: paint)?\\s*(?:and|\\+|&)\\s*${b}\\b(?: paint)?\\s*(?:make|makes|give|gives|equals?|=|mixed)\\b`;

export const MIX_FACTS: Fact[] = MIXES.map(([a, b, colour, url]) => ({
  id: `mix-${a}-${b}`,
  asks: new RegExp(`${mixAsk(a, b)}|${mixAsk(b, a)}`),
  value: colour,
  answer: `[Mixing ${a} and ${b} gives ${colour.toLowerCase()}.|${a.charAt(0).toUpperCase()}${a.slice(1)} and ${b} make ${colour.toLowerCase()}.]`,
  fields: { colour: colour.toLowerCase(), color: colour.toLowerCase() },
  source: { url, says: `${a} mixed with ${b} makes ${colour.toLowerCase()}` },
}));
