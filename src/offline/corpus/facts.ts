/**
 * A small table of everyday facts learners ask first (the tallest mountain, the speed of light,
 * who wrote "1984"), each with the question shapes that ask it and its source: the address and
 * what it says there. Answers use "[a|b]" alternatives, so a reply comes in several phrasings.
 * Facts that have a data package (countries, elements) live in their own files.
 */
import type { Source } from "./countries";

export interface Fact {
  id: string;
  /** Questions that ask for it (bounded patterns, tested on the lower-cased question). */
  asks: RegExp;
  /** The bare answer, for "one word" answers and JSON fields. */
  value: string;
  /** The answer in a sentence or two, with "[a|b]" alternatives. */
  answer: string;
  /** Values for JSON fields, by field name. */
  fields?: Record<string, string | number>;
  /** A superlative of the whole world: "the longest river in Europe" asks something else. */
  worldwide?: boolean;
  source: Source;
}

const britannica = (path: string, says: string): Source => ({ url: `https://www.britannica.com/${path}`, says });

export const FACTS: Fact[] = [
  {
    id: "everest",
    worldwide: true,
    asks: /\b(tallest|highest|biggest) (mountain|peak)\b|\bhighest point (on|of) (earth|the (world|planet))\b|\bhow (tall|high) is (mount |mt\.? )?everest\b/,
    value: "Mount Everest",
    answer:
      "[The tallest mountain on Earth|Earth's highest mountain] is Mount Everest, [8,849 metres (29,032 feet)|8,849 m] above sea level[, on the border between Nepal and China|, in the Himalayas on the border of Nepal and China].",
    fields: { mountain: "Mount Everest", name: "Mount Everest", height_m: 8849, height: 8849, elevation: 8849 },
    source: britannica(
      "place/Mount-Everest",
      "Mount Everest, on the Nepal-China border, is 29,032 feet (8,849 metres) high, the highest point on Earth.",
    ),
  },
  {
    id: "nile",
    worldwide: true,
    asks: /\blongest river\b/,
    value: "The Nile",
    answer:
      "The Nile is [usually given as|generally considered] the longest river in the world, at about 6,650 km (4,130 miles)[; some measurements put the Amazon slightly ahead|, though some measurements make the Amazon a close rival].",
    fields: { river: "Nile", name: "Nile", length_km: 6650, length: 6650 },
    source: britannica(
      "place/Nile-River",
      "The Nile is the longest river in the world, about 4,132 miles (6,650 km) long.",
    ),
  },
  // The longest river of a continent; North America's is left out (the Missouri and the Mississippi are within a few km).
  {
    id: "nile-africa",
    asks: /\b(?:longest river|river is (?:the )?longest)\b[^?.!]{0,25}\b(?:in|of) (?:all of )?africa\b|\bafrica'?s longest river\b/,
    value: "The Nile",
    answer:
      "The Nile is the longest river in Africa, at about 6,650 km (4,130 miles); it is usually given as the longest in the world too.",
    fields: { river: "Nile", name: "Nile", length_km: 6650, length: 6650 },
    source: britannica(
      "place/Nile-River",
      "The Nile is the longest river in the world, about 4,132 miles (6,650 km) long.",
    ),
  },
  {
    id: "amazon-south-america",
    asks: /\b(?:longest river|river is (?:the )?longest)\b[^?.!]{0,25}\b(?:in|of) south america\b|\bsouth america'?s longest river\b/,
    value: "The Amazon",
    answer:
      "The Amazon is the longest river in South America, at about 6,400 km (4,000 miles), and it carries more water than any other river.",
    fields: { river: "Amazon", name: "Amazon", length_km: 6400, length: 6400 },
    source: britannica(
      "place/Amazon-River",
      "The Amazon River is about 4,000 miles (6,400 km) long; it has the greatest volume of any river.",
    ),
  },
  {
    id: "yangtze-asia",
    asks: /\b(?:longest river|river is (?:the )?longest)\b[^?.!]{0,25}\b(?:in|of) (?:asia|china)\b|\b(?:asia|china)'?s longest river\b/,
    value: "The Yangtze",
    answer: "The Yangtze is the longest river in Asia (and in China), at about 6,300 km (3,915 miles).",
    fields: { river: "Yangtze", name: "Yangtze", length_km: 6300, length: 6300 },
    source: britannica(
      "place/Yangtze-River",
      "The Yangtze River, the longest river in both China and Asia, is 3,915 miles (6,300 km) long.",
    ),
  },
  {
    id: "volga-europe",
    asks: /\b(?:longest river|river is (?:the )?longest)\b[^?.!]{0,25}\b(?:in|of) europe\b|\beurope'?s longest river\b/,
    value: "The Volga",
    answer:
      "The Volga is the longest river in Europe, at about 3,530 km (2,193 miles), flowing through Russia to the Caspian Sea.",
    fields: { river: "Volga", name: "Volga", length_km: 3530, length: 3530 },
    source: britannica(
      "place/Volga-River",
      "The Volga River, the longest river in Europe, is 2,193 miles (3,530 km) long and empties into the Caspian Sea.",
    ),
  },
  {
    id: "murray-australia",
    asks: /\b(?:longest river|river is (?:the )?longest)\b[^?.!]{0,25}\b(?:in|of) australia\b|\baustralia'?s longest river\b/,
    value: "The Murray",
    answer: "The Murray is the longest river in Australia, at about 2,508 km (1,558 miles).",
    fields: { river: "Murray", name: "Murray", length_km: 2508, length: 2508 },
    source: britannica(
      "place/Murray-River",
      "The Murray River, Australia's principal river, is 1,558 miles (2,508 km) long.",
    ),
  },
  {
    id: "air-nitrogen",
    asks: /\b(?:most|main|majority|largest part|biggest part|mostly)\b[^?.!]{0,40}\b(?:atmosphere|air)\b|\b(?:atmosphere|air) is (?:mostly|mainly) (?:made of|made up of)?\s*(?:what|which)\b|\bwhat (?:gas|element) is (?:most of )?(?:the )?(?:air|atmosphere)\b|\b(?:the air|atmosphere)\b[^?.!]{0,20}\b(?:mostly|mainly|largely) (?:made|composed)\b/,
    value: "Nitrogen",
    answer: "Nitrogen: it makes up about 78% of dry air, with oxygen about 21% and argon almost 1%.",
    fields: { element: "Nitrogen", gas: "Nitrogen", name: "Nitrogen", symbol: "N", percent: 78, percentage: 78 },
    source: britannica(
      "science/atmosphere",
      "Dry air is about 78 percent nitrogen, 21 percent oxygen and 0.93 percent argon by volume.",
    ),
  },
  {
    id: "speed-of-light",
    asks: /\bspeed of light\b|\bhow fast (is|does) light\b|\blight speed\b/,
    value: "299,792,458 m/s",
    answer:
      "The speed of light in a vacuum is exactly 299,792,458 metres per second[, about 300,000 km per second| (roughly 300,000 km/s, or about 186,000 miles per second)].",
    fields: { speed: 299792458, value: 299792458, speed_m_s: 299792458, unit: "m/s" },
    source: {
      url: "https://physics.nist.gov/cgi-bin/cuu/Value?c",
      says: "Speed of light in vacuum, c = 299 792 458 m s^-1 (exact).",
    },
  },
  {
    id: "water-boils",
    asks: /\bboiling (point|temperature)\b[^?.!]{0,20}\bwater\b|\bwater'?s boiling point\b|\btemperature\b[^?.!]{0,30}\bwater\b[^?.!]{0,10}\bboils?\b|\bwater boils? at\b|\bwhen does water boil\b/,
    value: "100 °C",
    answer:
      "[Water boils at|The boiling point of water is] 100 °C (212 °F, 373.15 K) at sea-level pressure[; higher up, where the air pressure is lower, it boils at a lower temperature|. On a mountain, where the pressure is lower, it boils a little cooler].",
    // The source's "falls as pressure falls": lower up a mountain, where the air pressure is lower.
    fields: {
      celsius: 100,
      fahrenheit: 212,
      kelvin: 373.15,
      temperature: 100,
      boiling_point: 100,
      lower_on_mountain: "true",
      lower_at_altitude: "true",
      lower_at_high_altitude: "true",
      boils_lower_at_altitude: "true",
    },
    source: britannica(
      "science/boiling-point",
      "Water boils at 100 °C (212 °F) at standard atmospheric pressure; the boiling point falls as pressure falls.",
    ),
  },
  {
    id: "water-freezes",
    asks: /\bfreezing (point|temperature)\b[^?.!]{0,20}\bwater\b|\bwater'?s freezing point\b|\btemperature\b[^?.!]{0,30}\bwater\b[^?.!]{0,10}\bfreezes?\b|\bwater freezes? at\b|\bwhen does water freeze\b|\bmelting point of ice\b/,
    value: "0 °C",
    answer: "[Water freezes at|The freezing point of water is] 0 °C (32 °F, 273.15 K) at normal atmospheric pressure.",
    // Kelvin is Celsius plus 273.15, by the kelvin's definition.
    fields: { celsius: 0, fahrenheit: 32, kelvin: 273.15, temperature: 0, freezing_point: 0 },
    source: britannica("science/freezing-point", "The freezing point of water is 0 °C (32 °F) at standard pressure."),
  },
  {
    id: "moon-landing",
    asks: /\bmoon landing\b|\b(land\w*|walk\w*|set foot|step\w*) on the moon\b|\bfirst (man|person|people|human|astronaut)s? (on|to walk on|to land on) the moon\b|\bapollo 11\b/,
    value: "1969",
    answer:
      "[Apollo 11 landed on the Moon on 20 July 1969|The first Moon landing was Apollo 11, on 20 July 1969]. Neil Armstrong was the first person to walk on it, [followed by Buzz Aldrin|and Buzz Aldrin followed him], while Michael Collins stayed in orbit.",
    fields: { year: 1969, date: "1969-07-20", mission: "Apollo 11", person: "Neil Armstrong", name: "Neil Armstrong" },
    source: {
      url: "https://www.nasa.gov/mission/apollo-11/",
      says: "Apollo 11 landed on 20 July 1969; Neil Armstrong and Buzz Aldrin walked on the Moon while Michael Collins orbited.",
    },
  },
  {
    id: "first-in-space",
    asks: /\bfirst (man|person|human|astronaut|cosmonaut) (in|into|to go (in)?to) (space|orbit)\b/,
    value: "Yuri Gagarin",
    answer:
      "[The first person in space was Yuri Gagarin|Yuri Gagarin was the first person in space], who orbited the Earth once aboard Vostok 1 on 12 April 1961.",
    fields: { name: "Yuri Gagarin", person: "Yuri Gagarin", year: 1961, date: "1961-04-12" },
    source: britannica(
      "biography/Yuri-Gagarin",
      "Yuri Gagarin, Soviet cosmonaut, was the first man to travel into space, on 12 April 1961 aboard Vostok 1.",
    ),
  },
  {
    id: "largest-ocean",
    worldwide: true,
    asks: /\b(largest|biggest|deepest) ocean\b|\boceans?\b[^?.!]{0,20}\b(largest|biggest|deepest)\b/,
    value: "The Pacific",
    answer:
      "The Pacific is the [largest|biggest] and deepest ocean, covering about a third of the Earth's surface[, more than all the land put together|].",
    fields: { ocean: "Pacific Ocean", name: "Pacific Ocean" },
    source: britannica(
      "place/Pacific-Ocean",
      "The Pacific is the largest and deepest of the world's oceans, covering about a third of the Earth's surface.",
    ),
  },
  {
    id: "largest-country",
    worldwide: true,
    asks: /\b(largest|biggest) country\b(?![^?.!]{0,30}\b(population|people|populous)\b)/,
    value: "Russia",
    answer:
      "[Russia is the largest country in the world by area|By area, the largest country is Russia], at about 17.1 million square kilometres, spanning Europe and Asia.",
    fields: { country: "Russia", name: "Russia" },
    source: britannica(
      "place/Russia",
      "Russia is the largest country in the world, covering about 17,098,000 square km.",
    ),
  },
  {
    id: "smallest-country",
    worldwide: true,
    asks: /\bsmallest country\b/,
    value: "Vatican City",
    answer:
      "[The smallest country in the world is Vatican City|Vatican City is the world's smallest country], about 0.44 square kilometres, inside Rome.",
    fields: { country: "Vatican City", name: "Vatican City" },
    source: britannica(
      "place/Vatican-City",
      "Vatican City, an independent state within Rome, is the smallest fully independent nation-state in the world, about 0.17 square mile (0.44 square km).",
    ),
  },
  {
    id: "most-populous",
    worldwide: true,
    asks: /\b(most populous|most populated|largest population|biggest population|most people)\b[^?.!]{0,30}\bcountry\b|\bcountry\b[^?.!]{0,40}\b(most people|largest population|biggest population|most populous)\b/,
    value: "India",
    answer:
      "India is the most populous country, with over 1.4 billion people; it passed China in 2023[, according to the United Nations|, by the UN's estimates].",
    fields: { country: "India", name: "India" },
    source: {
      url: "https://www.un.org/en/desa/india-overtake-china-world-most-populous-country",
      says: "UN DESA: India was projected to overtake China as the world's most populous country in April 2023, with over 1.4 billion people.",
    },
  },
  {
    id: "largest-continent",
    worldwide: true,
    asks: /\b(largest|biggest) continent\b/,
    value: "Asia",
    answer: "Asia is the largest continent, both by area (about 44 million km²) and by population.",
    fields: { continent: "Asia", name: "Asia" },
    source: britannica(
      "place/Asia",
      "Asia is the world's largest and most populous continent, about 17,226,000 square miles (44,614,000 square km).",
    ),
  },
  {
    id: "continents",
    asks: /\bhow many continents\b/,
    value: "Seven",
    answer:
      "[There are seven continents|The usual count is seven continents]: Africa, Antarctica, Asia, Australia (Oceania), Europe, North America and South America.",
    fields: { count: 7, number: 7 },
    source: britannica(
      "science/continent",
      "By convention there are seven continents: Asia, Africa, North America, South America, Antarctica, Europe and Australia.",
    ),
  },
  {
    id: "oceans",
    asks: /\bhow many oceans\b/,
    value: "Five",
    answer:
      "[There are five oceans|The usual count is five oceans]: the Pacific, the Atlantic, the Indian, the Southern and the Arctic.",
    fields: { count: 5, number: 5 },
    source: {
      url: "https://oceanservice.noaa.gov/facts/howmanyoceans.html",
      says: "NOAA: there is one global ocean, historically divided into the Pacific, Atlantic, Indian, Arctic and Southern Oceans.",
    },
  },
  {
    id: "largest-desert",
    worldwide: true,
    asks: /\b(largest|biggest) desert\b/,
    value: "Antarctica",
    answer:
      "The largest desert is Antarctica, a cold desert of about 14 million km²; the largest hot desert is the Sahara, at about 9 million km².",
    fields: { desert: "Antarctica", name: "Antarctica" },
    source: britannica(
      "science/desert",
      "Deserts are defined by low precipitation; the Antarctic is the largest, and the Sahara the largest hot desert.",
    ),
  },
  {
    id: "smallest-ocean",
    worldwide: true,
    asks: /\b(smallest|shallowest) ocean\b|\boceans?\b[^?.!]{0,20}\bsmallest\b/,
    value: "the Arctic Ocean",
    answer:
      "[The Arctic is the smallest ocean|The smallest ocean is the Arctic], about 14 million km², around the North Pole; it is also the shallowest.",
    fields: { ocean: "Arctic Ocean", name: "Arctic Ocean" },
    source: britannica(
      "place/Arctic-Ocean",
      "The Arctic Ocean is the smallest and shallowest of the world's oceans, with an area of about 5,440,000 square miles (14,090,000 square km).",
    ),
  },
  {
    id: "largest-animal",
    worldwide: true,
    asks: /\b(largest|biggest|heaviest) (animal|creature|mammal)\b/,
    value: "The blue whale",
    answer:
      "The blue whale is the largest animal [ever known to have lived|that has ever lived], up to about 30 metres long and 150 tonnes or more.",
    fields: { animal: "blue whale", name: "blue whale" },
    source: britannica(
      "animal/blue-whale",
      "The blue whale is the most massive animal ever to have lived, up to about 30 metres long and over 150 tonnes.",
    ),
  },
  {
    id: "fastest-animal",
    worldwide: true,
    asks: /\bfastest (land )?(animal|mammal|creature)\b/,
    value: "The cheetah",
    answer:
      "[The cheetah is the fastest land animal|On land, the fastest animal is the cheetah], reaching about 100 to 110 km/h (60 to 70 mph) in short sprints[; in the air, the peregrine falcon is faster when it dives|].",
    fields: { animal: "cheetah", name: "cheetah" },
    source: britannica(
      "animal/cheetah",
      "The cheetah is the fastest land animal, reaching 100 to 110 km (60 to 70 miles) per hour over short distances.",
    ),
  },
  {
    id: "tallest-animal",
    worldwide: true,
    asks: /\btallest (animal|mammal|creature)\b/,
    value: "The giraffe",
    answer: "The giraffe is the tallest animal, up to about 5.5 metres (18 feet) tall.",
    fields: { animal: "giraffe", name: "giraffe" },
    source: britannica(
      "animal/giraffe",
      "The giraffe is the tallest living animal, with males up to 5.5 metres (18 feet) tall.",
    ),
  },
  {
    id: "bones",
    asks: /\bhow many bones\b/,
    value: "206",
    answer:
      "An adult human skeleton has 206 bones[; a newborn has more, around 270, some of which fuse as the child grows|. Babies are born with more, which fuse together as they grow].",
    fields: { count: 206, number: 206, bones: 206 },
    source: britannica(
      "science/human-skeleton",
      "The adult human skeleton has 206 bones; an infant's has more, some fusing during growth.",
    ),
  },
  {
    id: "octopus-hearts",
    asks: /\bhow many hearts\b[^?.!]{0,30}\boctop/,
    value: "Three",
    answer: "An octopus has three hearts: two pump blood through the gills, and one pumps it around the body.",
    fields: { count: 3, number: 3, hearts: 3 },
    source: britannica(
      "animal/octopus-mollusk",
      "The octopus has three hearts: two branchial hearts pump blood through the gills and a systemic heart pumps it to the body.",
    ),
  },
  {
    id: "water-formula",
    // "what is h2o?", "what h2o is": the formula asked the other way round.
    asks: /\b(chemical )?formula (of|for) water\b|\bwater'?s (chemical )?formula\b|\bwhat(?:'s|s| is)? h2o\b|\bwhat h2o (?:is|means|stands for)\b|\bwhat does h2o (?:mean|stand for)\b/,
    value: "H2O",
    answer: "The chemical formula of water is H₂O (H2O): two hydrogen atoms bonded to one oxygen atom.",
    fields: { formula: "H2O" },
    source: britannica(
      "science/water",
      "Water is a substance composed of the chemical elements hydrogen and oxygen, formula H2O.",
    ),
  },
  {
    id: "hardest",
    worldwide: true,
    asks: /\bhardest (natural )?(substance|material|mineral)\b/,
    value: "Diamond",
    answer: "Diamond is the hardest natural material, at 10 on the Mohs scale of mineral hardness.",
    fields: { material: "diamond", name: "diamond" },
    source: britannica(
      "science/diamond-gemstone",
      "Diamond is the hardest naturally occurring substance, rating 10 on the Mohs hardness scale.",
    ),
  },
  {
    id: "earth-moon",
    asks: /\b(how far|distance)\b[^?.!]{0,40}\bmoon\b(?![^?.!]{0,20}\b(mars|jupiter|saturn)\b)/,
    value: "384,400 km",
    answer:
      "The Moon is on average about 384,400 km (238,855 miles) from the Earth[; light takes about 1.3 seconds to cross that distance|].",
    fields: { distance_km: 384400, distance: 384400, km: 384400 },
    source: {
      url: "https://science.nasa.gov/moon/facts/",
      says: "The Moon's average distance from Earth is 238,855 miles (384,400 km).",
    },
  },
  {
    id: "sunlight-time",
    asks: /\bhow long\b[^?.!]{0,40}\blight\b[^?.!]{0,40}\bsun\b|\blight from the sun\b[^?.!]{0,30}\b(take|reach)/,
    value: "About 8 minutes 20 seconds",
    answer: "Sunlight takes about 8 minutes and 20 seconds to reach the Earth, crossing about 150 million km.",
    fields: { seconds: 499, minutes: 8.3 },
    source: {
      url: "https://science.nasa.gov/sun/facts/",
      says: "Light from the Sun takes about 8 minutes (about 499 seconds) to reach Earth, 1 astronomical unit away.",
    },
  },
  {
    id: "ww2-end",
    asks: /\b(when|what year)\b[^?.!]{0,30}\b(world war (ii|2|two)|second world war|ww ?2|wwii)\b[^?.!]{0,20}\bend|\bdid (?:the )?(world war (ii|2|two)|second world war|ww ?2|wwii) end in \d{4}\b/,
    value: "1945",
    answer:
      "The Second World War ended in 1945: in Europe on 8 May 1945, and with Japan's surrender, signed on 2 September 1945.",
    fields: { year: 1945 },
    source: britannica(
      "event/World-War-II",
      "World War II lasted from 1939 to 1945; Germany surrendered in May 1945 and Japan formally on 2 September 1945.",
    ),
  },
  {
    id: "ww1",
    asks: /\b(when|what year)\b[^?.!]{0,30}\b(world war (i|1|one)|first world war|ww ?1|wwi)\b/,
    value: "1914 to 1918",
    answer: "The First World War lasted from 28 July 1914 to 11 November 1918, when the armistice was signed.",
    fields: { start: 1914, end: 1918, year: 1914 },
    source: britannica(
      "event/World-War-I",
      "World War I lasted from 1914 to 1918; the armistice was signed on 11 November 1918.",
    ),
  },
  {
    id: "berlin-wall",
    asks: /\b(when|what year)\b[^?.!]{0,30}\bberlin wall\b/,
    value: "1989",
    answer: "The Berlin Wall fell on 9 November 1989, when its crossings opened; it had stood since 1961.",
    fields: { year: 1989, date: "1989-11-09" },
    source: britannica("topic/Berlin-Wall", "The Berlin Wall, built in 1961, was opened on 9 November 1989."),
  },
  {
    id: "us-independence",
    asks: /\b(when|what year)\b[^?.!]{0,40}\bdeclaration of independence\b|\b(when|what year)\b[^?.!]{0,30}\b(america|united states|us|usa)\b[^?.!]{0,20}\bindependen/,
    value: "1776",
    answer:
      "The United States declared its independence on 4 July 1776, when the Continental Congress adopted the Declaration of Independence.",
    fields: { year: 1776, date: "1776-07-04" },
    source: britannica(
      "topic/Declaration-of-Independence",
      "The Declaration of Independence was adopted by the Second Continental Congress on 4 July 1776.",
    ),
  },
  {
    id: "penicillin",
    asks: /\bwho\b[^?.!]{0,20}\bdiscover\w*\b[^?.!]{0,10}\bpenicillin\b|\bpenicillin\b[^?.!]{0,30}\bdiscovered\b/,
    value: "Alexander Fleming",
    answer:
      "[Penicillin was discovered by Alexander Fleming|Alexander Fleming discovered penicillin], in London in 1928.",
    fields: { name: "Alexander Fleming", person: "Alexander Fleming", year: 1928 },
    source: britannica("biography/Alexander-Fleming", "Alexander Fleming discovered penicillin in 1928."),
  },
  {
    id: "relativity",
    asks: /\bwho\b[^?.!]{0,40}\b(theory of relativity|relativity|e ?= ?mc)/,
    value: "Albert Einstein",
    answer:
      "Albert Einstein developed the theory of relativity: special relativity in 1905 and general relativity in 1915.",
    fields: { name: "Albert Einstein", person: "Albert Einstein", year: 1905 },
    source: britannica(
      "science/relativity",
      "Relativity comprises the special theory (1905) and the general theory (1915) of Albert Einstein.",
    ),
  },
  {
    id: "telephone",
    asks: /\bwho\b[^?.!]{0,20}\binvent\w*\b[^?.!]{0,10}\bthe telephone\b/,
    value: "Alexander Graham Bell",
    answer:
      "Alexander Graham Bell is credited with inventing the telephone: he received the patent in 1876[, though others, such as Elisha Gray and Antonio Meucci, worked on similar devices|].",
    fields: { name: "Alexander Graham Bell", person: "Alexander Graham Bell", year: 1876 },
    source: britannica("biography/Alexander-Graham-Bell", "Alexander Graham Bell patented the telephone in 1876."),
  },
  {
    id: "web",
    asks: /\bwho\b[^?.!]{0,20}\b(invent\w*|creat\w*)\b[^?.!]{0,10}\b(the )?(world wide web|www|web)\b/,
    value: "Tim Berners-Lee",
    answer:
      "Tim Berners-Lee invented the World Wide Web at CERN, proposing it in 1989 and publishing the first website in 1991.",
    fields: { name: "Tim Berners-Lee", person: "Tim Berners-Lee", year: 1989 },
    source: {
      url: "https://home.cern/science/computing/birth-web",
      says: "Tim Berners-Lee, a British scientist, invented the World Wide Web in 1989 while working at CERN.",
    },
  },
  {
    id: "gravity",
    asks: /\bwho\b[^?.!]{0,20}\bdiscover\w*\b[^?.!]{0,10}\bgravity\b|\bwho\b[^?.!]{0,30}\blaws? of (motion|gravitation)\b/,
    value: "Isaac Newton",
    answer:
      "Isaac Newton described universal gravitation and the three laws of motion in his Principia, published in 1687.",
    fields: { name: "Isaac Newton", person: "Isaac Newton", year: 1687 },
    source: britannica(
      "biography/Isaac-Newton",
      "Isaac Newton's Principia (1687) set out the laws of motion and of universal gravitation.",
    ),
  },
  {
    id: "first-olympics",
    asks: /\b(first|1st) modern olympic/,
    value: "Athens",
    answer: "The first modern Olympic Games were held in Athens, Greece, in 1896[, with athletes from 14 nations|].",
    fields: { city: "Athens", place: "Athens", location: "Athens", country: "Greece", year: 1896 },
    source: {
      url: "https://www.olympics.com/en/olympic-games/athens-1896",
      says: "Athens 1896, the Games of the I Olympiad, the first Olympic Games of the modern era.",
    },
  },
  {
    id: "eiffel-tower",
    asks: /\b(when|what year)\b[^?.!]{0,30}\beiffel tower\b|\bwho\b[^?.!]{0,20}\b(built|designed|made)\b[^?.!]{0,10}\beiffel tower\b|\bhow tall is the eiffel tower\b|\b(?:what is|what's|tell me about|describe)\s+the eiffel tower\b/,
    value: "1889",
    answer:
      "The Eiffel Tower was built for the 1889 World's Fair in Paris by Gustave Eiffel's company; it is about 330 metres tall.",
    fields: { year: 1889, builder: "Gustave Eiffel", name: "Gustave Eiffel", height_m: 330 },
    source: britannica(
      "topic/Eiffel-Tower-Paris-France",
      "The Eiffel Tower was designed by Gustave Eiffel's firm for the 1889 Exposition Universelle; it is about 330 metres high with its antennas.",
    ),
  },
  {
    id: "louvre",
    asks: /\b(?:what is|what's|tell me about|describe)\s+the louvre\b|\b(when|what year)\b[^?.!]{0,30}\blouvre\b[^?.!]{0,20}\b(open|museum)|\bwhere is the louvre\b/,
    value: "1793",
    answer:
      "The Louvre is an art museum in Paris, in a former royal palace on the right bank of the Seine; it opened to the public in 1793, and its collection, one of the largest in the world, includes the Mona Lisa.",
    fields: { city: "Paris", place: "Paris", year: 1793, name: "Louvre Museum" },
    source: britannica(
      "topic/Louvre-museum-Paris-France",
      "The Louvre, the national museum and art gallery of France, housed in part of a former royal palace on the Right Bank of the Seine in Paris; it opened in 1793.",
    ),
  },
  {
    id: "titanic",
    asks: /\b(when|what year)\b[^?.!]{0,30}\btitanic\b[^?.!]{0,10}\bsink|\btitanic sank\b/,
    value: "1912",
    answer: "The Titanic sank on 15 April 1912, on her first voyage, after striking an iceberg in the North Atlantic.",
    fields: { year: 1912, date: "1912-04-15" },
    source: britannica(
      "topic/Titanic",
      "The Titanic sank on 14-15 April 1912 on its maiden voyage after striking an iceberg.",
    ),
  },
  {
    id: "tallest-building",
    worldwide: true,
    asks: /\b(tallest|highest) (building|skyscraper|structure)\b/,
    value: "The Burj Khalifa",
    answer:
      "The tallest building in the world is the Burj Khalifa in Dubai, 828 metres (2,717 feet) tall, opened in 2010.",
    fields: { building: "Burj Khalifa", name: "Burj Khalifa", city: "Dubai", height_m: 828 },
    source: britannica(
      "topic/Burj-Khalifa",
      "Burj Khalifa, in Dubai, is the world's tallest building at 828 metres (2,717 feet); it opened in 2010.",
    ),
  },
  {
    id: "deepest-point",
    asks: /\b(deepest) (point|place|part)\b|\bmariana trench\b|\bchallenger deep\b/,
    value: "The Challenger Deep",
    answer:
      "The deepest known point in the ocean is the Challenger Deep, in the Mariana Trench in the western Pacific, about 10,900 metres (some 35,800 feet) below sea level.",
    fields: { name: "Challenger Deep", depth_m: 10900 },
    source: britannica(
      "place/Mariana-Trench",
      "The Challenger Deep in the Mariana Trench is the deepest known point in the oceans, about 10,900 metres.",
    ),
  },
  {
    id: "largest-island",
    worldwide: true,
    asks: /\b(largest|biggest) island\b/,
    value: "Greenland",
    answer:
      "Greenland is the largest island in the world, about 2.17 million km² (Australia is counted as a continent).",
    fields: { island: "Greenland", name: "Greenland" },
    source: britannica(
      "place/Greenland",
      "Greenland is the world's largest island, about 836,000 square miles (2,166,000 square km).",
    ),
  },
  {
    id: "largest-lake",
    worldwide: true,
    asks: /\b(largest|biggest) lake\b/,
    value: "The Caspian Sea",
    answer:
      "The largest lake is the Caspian Sea, about 371,000 km²; the largest freshwater lake by area is Lake Superior in North America.",
    fields: { lake: "Caspian Sea", name: "Caspian Sea" },
    source: britannica(
      "place/Caspian-Sea",
      "The Caspian Sea is the world's largest inland body of water, about 143,000 square miles (371,000 square km).",
    ),
  },
  {
    id: "speed-of-sound",
    asks: /\bspeed of sound\b|\bhow fast (is|does) sound\b/,
    value: "343 m/s",
    answer:
      "Sound travels at about 343 metres per second (about 1,235 km/h) in dry air at 20 °C; it is faster in water and in solids.",
    fields: { speed: 343, value: 343, speed_m_s: 343, unit: "m/s" },
    source: britannica(
      "science/sound-physics",
      "The speed of sound in dry air at 20 °C is about 343 metres per second.",
    ),
  },
  {
    id: "body-temperature",
    asks: /\b(normal|average)?\s?(human )?body temperature\b/,
    value: "37 °C",
    answer:
      "A typical human body temperature is about 37 °C (98.6 °F), varying by about half a degree over the day and between people.",
    fields: { celsius: 37, fahrenheit: 98.6, temperature: 37 },
    source: britannica(
      "science/body-temperature",
      "Normal human body temperature is about 37 °C (98.6 °F), with variation between people and over the day.",
    ),
  },
  {
    id: "beethoven-fifth",
    asks: /\bwho\b[^?.!]{0,20}\b(compos\w*|wrote)\b[^?.!]{0,20}\b(fifth symphony|5th symphony|moonlight sonata|f(u|ü)r elise|ode to joy)\b/,
    value: "Ludwig van Beethoven",
    answer:
      "Ludwig van Beethoven composed it: the Moonlight Sonata (1801), the Fifth Symphony (1808), Für Elise and the Ninth Symphony with its Ode to Joy are all his.",
    fields: { composer: "Ludwig van Beethoven", name: "Ludwig van Beethoven" },
    source: britannica(
      "biography/Ludwig-van-Beethoven",
      "Ludwig van Beethoven, German composer of the Moonlight Sonata, the Fifth Symphony and the Ninth Symphony.",
    ),
  },
  {
    id: "four-seasons",
    asks: /\bwho\b[^?.!]{0,20}\b(compos\w*|wrote)\b[^?.!]{0,20}\bfour seasons\b/,
    value: "Antonio Vivaldi",
    answer: "The Four Seasons was composed by Antonio Vivaldi, published in 1725.",
    fields: { composer: "Antonio Vivaldi", name: "Antonio Vivaldi", year: 1725 },
    source: britannica(
      "topic/The-Four-Seasons-by-Vivaldi",
      "The Four Seasons, four violin concertos by Antonio Vivaldi, published in 1725.",
    ),
  },
  {
    id: "dna-structure",
    asks: /\bwho\b[^?.!]{0,30}\b(discover\w*|found)\b[^?.!]{0,30}\b(structure of dna|dna structure|double helix)\b/,
    value: "James Watson and Francis Crick",
    answer:
      "James Watson and Francis Crick described the double-helix structure of DNA in 1953, building on X-ray images by Rosalind Franklin and Maurice Wilkins.",
    fields: { name: "James Watson and Francis Crick", year: 1953 },
    source: britannica(
      "science/DNA",
      "In 1953 James Watson and Francis Crick proposed the double-helix structure of DNA, using X-ray data from Rosalind Franklin and Maurice Wilkins.",
    ),
  },
  {
    id: "light-bulb",
    asks: /\bwho\b[^?.!]{0,20}\binvent\w*\b[^?.!]{0,10}\b(the )?(light ?bulb|electric light)\b/,
    value: "Thomas Edison",
    answer:
      "Thomas Edison is usually credited: in 1879 he made the first practical, long-lasting incandescent light bulb, though Joseph Swan and others had built earlier versions.",
    fields: { name: "Thomas Edison", person: "Thomas Edison", year: 1879 },
    source: britannica(
      "technology/incandescent-lamp",
      "Thomas Edison and Joseph Swan independently developed practical carbon-filament incandescent lamps in 1878-80.",
    ),
  },
  {
    id: "salt-formula",
    asks: /\b(chemical )?formula (of|for) (table )?salt\b|\bsalt'?s (chemical )?formula\b|\bwhat(?:'s|s| is)? nacl\b|\bwhat nacl (?:is|means|stands for)\b|\bwhat does nacl (?:mean|stand for)\b/,
    value: "NaCl",
    answer: "The chemical formula of table salt is NaCl, sodium chloride: one sodium atom for each chlorine atom.",
    fields: { formula: "NaCl" },
    source: britannica(
      "science/sodium-chloride",
      "Sodium chloride (NaCl), common salt, made of sodium and chlorine in equal numbers.",
    ),
  },
  {
    id: "element-count",
    asks: /\bhow many (chemical )?elements\b/,
    value: "118",
    answer:
      "The periodic table has 118 known elements, from hydrogen (1) to oganesson (118); the last four were named in 2016.",
    fields: { count: 118, number: 118, elements: 118 },
    source: {
      url: "https://iupac.org/what-we-do/periodic-table-of-elements/",
      says: "The IUPAC periodic table lists 118 elements; nihonium, moscovium, tennessine and oganesson were named in 2016.",
    },
  },
  {
    id: "lightest-element",
    asks: /\b(lightest|first|simplest) (chemical )?element\b/,
    value: "Hydrogen",
    answer: "Hydrogen is the lightest element: atomic number 1, symbol H, with one proton and one electron.",
    fields: { element: "Hydrogen", name: "Hydrogen", symbol: "H", atomic_number: 1 },
    source: britannica(
      "science/hydrogen",
      "Hydrogen (H), the simplest and lightest of the chemical elements, atomic number 1.",
    ),
  },
  {
    id: "abundant-universe",
    asks: /\bmost (abundant|common) element\b(?![^?.!]{0,40}\b(earth|crust|air|atmosphere|body|ocean)\b)/,
    value: "Hydrogen",
    answer:
      "Hydrogen is the most abundant element in the universe, about three quarters of all ordinary matter by mass; helium comes second.",
    fields: { element: "Hydrogen", name: "Hydrogen", symbol: "H" },
    source: britannica(
      "science/hydrogen",
      "Hydrogen is the most abundant element in the universe, making up about three quarters of its normal matter by mass.",
    ),
  },
  {
    id: "abundant-air",
    asks: /\bmost (abundant|common) (element|gas)\b[^?.!]{0,40}\b(air|atmosphere)\b|\bwhat is air (mostly )?made of\b/,
    value: "Nitrogen",
    answer: "Nitrogen is the most abundant gas in the air, about 78 % of the atmosphere; oxygen makes up about 21 %.",
    fields: { element: "Nitrogen", name: "Nitrogen", symbol: "N" },
    source: britannica("science/atmosphere", "Dry air is about 78 percent nitrogen and 21 percent oxygen by volume."),
  },
  {
    id: "abundant-crust",
    asks: /\bmost (abundant|common) element\b[^?.!]{0,40}\b(earth'?s crust|crust)\b/,
    value: "Oxygen",
    answer: "Oxygen is the most abundant element in the Earth's crust, about 46 % of it by mass; silicon comes second.",
    fields: { element: "Oxygen", name: "Oxygen", symbol: "O" },
    source: britannica(
      "science/oxygen",
      "Oxygen is the most abundant element in the Earth's crust, about 46 percent by mass.",
    ),
  },
  {
    id: "liquid-metal",
    asks: /\b(which|what) (metal|element)s? (is|are) (a )?liquids? at room temperature\b|\bliquid metal\b/,
    value: "Mercury",
    answer:
      "Mercury (Hg) is the only metal that is liquid at room temperature; bromine is the only other element that is, and it is a nonmetal.",
    fields: { element: "Mercury", metal: "Mercury", name: "Mercury", symbol: "Hg", atomic_number: 80 },
    source: britannica(
      "science/mercury-chemical-element",
      "Mercury is the only metallic element that is liquid at ordinary temperatures; bromine is the only other liquid element.",
    ),
  },
];

/** A book, play or painting whose maker learners ask about. */
export interface Work {
  title: string;
  /** Read with "the" mid-sentence: "the Mona Lisa". */
  the?: boolean;
  /** A series: "were written". */
  plural?: boolean;
  /** Other ways to write the title, lower case. */
  aliases?: string[];
  creator: string;
  kind: "novel" | "play" | "book" | "painting" | "ceiling fresco" | "poem";
  year: string;
  source: Source;
}

export const WORKS: Work[] = [
  {
    title: "1984",
    aliases: ["nineteen eighty-four", "nineteen eighty four"],
    creator: "George Orwell",
    kind: "novel",
    year: "1949",
    source: britannica("topic/Nineteen-Eighty-four", "Nineteen Eighty-four, novel by George Orwell published in 1949."),
  },
  {
    title: "Animal Farm",
    creator: "George Orwell",
    kind: "novel",
    year: "1945",
    source: britannica("topic/Animal-Farm", "Animal Farm, novella by George Orwell, published in 1945."),
  },
  {
    title: "Pride and Prejudice",
    creator: "Jane Austen",
    kind: "novel",
    year: "1813",
    source: britannica("topic/Pride-and-Prejudice", "Pride and Prejudice, novel by Jane Austen, published in 1813."),
  },
  {
    title: "Romeo and Juliet",
    creator: "William Shakespeare",
    kind: "play",
    year: "about 1595",
    source: britannica(
      "topic/Romeo-and-Juliet",
      "Romeo and Juliet, play by William Shakespeare, written about 1594-96.",
    ),
  },
  {
    title: "Hamlet",
    creator: "William Shakespeare",
    kind: "play",
    year: "about 1600",
    source: britannica(
      "topic/Hamlet-by-Shakespeare",
      "Hamlet, tragedy in five acts by William Shakespeare, written about 1599-1601.",
    ),
  },
  {
    title: "Macbeth",
    creator: "William Shakespeare",
    kind: "play",
    year: "about 1606",
    source: britannica(
      "topic/Macbeth-by-Shakespeare",
      "Macbeth, tragedy in five acts by William Shakespeare, performed about 1606-07.",
    ),
  },
  {
    title: "Harry Potter books",
    the: true,
    plural: true,
    aliases: ["harry potter", "the harry potter series"],
    creator: "J.K. Rowling",
    kind: "book",
    year: "1997-2007",
    source: britannica(
      "topic/Harry-Potter",
      "Harry Potter, seven fantasy novels by J.K. Rowling, the first published in 1997.",
    ),
  },
  {
    title: "The Hobbit",
    creator: "J.R.R. Tolkien",
    kind: "novel",
    year: "1937",
    source: britannica("topic/The-Hobbit", "The Hobbit, fantasy novel by J.R.R. Tolkien, published in 1937."),
  },
  {
    title: "The Lord of the Rings",
    aliases: ["lord of the rings"],
    creator: "J.R.R. Tolkien",
    kind: "novel",
    year: "1954-55",
    source: britannica(
      "topic/The-Lord-of-the-Rings",
      "The Lord of the Rings, epic fantasy by J.R.R. Tolkien, published in 1954-55.",
    ),
  },
  {
    title: "War and Peace",
    creator: "Leo Tolstoy",
    kind: "novel",
    year: "1869",
    source: britannica("topic/War-and-Peace", "War and Peace, historical novel by Leo Tolstoy, published 1865-69."),
  },
  {
    title: "Don Quixote",
    creator: "Miguel de Cervantes",
    kind: "novel",
    year: "1605",
    source: britannica(
      "topic/Don-Quixote-novel",
      "Don Quixote, novel by Miguel de Cervantes, published in two parts, 1605 and 1615.",
    ),
  },
  {
    title: "The Great Gatsby",
    aliases: ["great gatsby"],
    creator: "F. Scott Fitzgerald",
    kind: "novel",
    year: "1925",
    source: britannica("topic/The-Great-Gatsby", "The Great Gatsby, novel by F. Scott Fitzgerald, published in 1925."),
  },
  {
    title: "To Kill a Mockingbird",
    creator: "Harper Lee",
    kind: "novel",
    year: "1960",
    source: britannica("topic/To-Kill-a-Mockingbird", "To Kill a Mockingbird, novel by Harper Lee, published in 1960."),
  },
  {
    title: "Moby-Dick",
    aliases: ["moby dick"],
    creator: "Herman Melville",
    kind: "novel",
    year: "1851",
    source: britannica("topic/Moby-Dick", "Moby Dick, novel by Herman Melville, published in 1851."),
  },
  {
    title: "Frankenstein",
    creator: "Mary Shelley",
    kind: "novel",
    year: "1818",
    source: britannica(
      "topic/Frankenstein-novel-by-Shelley",
      "Frankenstein, novel by Mary Wollstonecraft Shelley, published in 1818.",
    ),
  },
  {
    title: "The Odyssey",
    aliases: ["odyssey"],
    creator: "Homer",
    kind: "poem",
    year: "the 8th century BCE (traditionally)",
    source: britannica(
      "topic/Odyssey-epic-by-Homer",
      "The Odyssey, epic poem attributed to the ancient Greek poet Homer.",
    ),
  },
  {
    title: "The Origin of Species",
    aliases: ["on the origin of species", "origin of species"],
    creator: "Charles Darwin",
    kind: "book",
    year: "1859",
    source: britannica(
      "topic/On-the-Origin-of-Species",
      "On the Origin of Species, by Charles Darwin, published in 1859.",
    ),
  },
  {
    title: "Mona Lisa",
    the: true,
    aliases: ["the mona lisa", "la gioconda"],
    creator: "Leonardo da Vinci",
    kind: "painting",
    year: "about 1503-19",
    source: britannica(
      "topic/Mona-Lisa-painting",
      "Mona Lisa, oil painting by Leonardo da Vinci, begun about 1503 and kept at the Louvre, Paris.",
    ),
  },
  {
    title: "The Last Supper",
    aliases: ["last supper"],
    creator: "Leonardo da Vinci",
    kind: "painting",
    year: "about 1495-98",
    source: britannica(
      "topic/Last-Supper-fresco-by-Leonardo-da-Vinci",
      "The Last Supper, mural by Leonardo da Vinci, painted about 1495-98 in Milan.",
    ),
  },
  {
    title: "The Starry Night",
    aliases: ["starry night"],
    creator: "Vincent van Gogh",
    kind: "painting",
    year: "1889",
    source: britannica(
      "topic/The-Starry-Night",
      "The Starry Night, oil painting by Vincent van Gogh, 1889, Museum of Modern Art, New York.",
    ),
  },
  {
    title: "Guernica",
    creator: "Pablo Picasso",
    kind: "painting",
    year: "1937",
    source: britannica("topic/Guernica-painting-by-Picasso", "Guernica, oil painting by Pablo Picasso, 1937."),
  },
  {
    title: "Girl with a Pearl Earring",
    creator: "Johannes Vermeer",
    kind: "painting",
    year: "about 1665",
    source: britannica(
      "topic/Girl-with-a-Pearl-Earring-painting-by-Vermeer",
      "Girl with a Pearl Earring, oil painting by Johannes Vermeer, about 1665.",
    ),
  },
  {
    title: "The Persistence of Memory",
    aliases: ["persistence of memory"],
    creator: "Salvador Dalí",
    kind: "painting",
    year: "1931",
    source: britannica(
      "topic/The-Persistence-of-Memory",
      "The Persistence of Memory, painting by Salvador Dalí, 1931.",
    ),
  },
  {
    title: "The Sistine Chapel ceiling",
    aliases: ["sistine chapel", "the sistine chapel", "sistine chapel ceiling"],
    creator: "Michelangelo",
    kind: "ceiling fresco",
    year: "1508-12",
    source: britannica(
      "topic/Sistine-Chapel",
      "Michelangelo painted the Sistine Chapel ceiling between 1508 and 1512.",
    ),
  },
  {
    title: "The Scream",
    aliases: ["scream"],
    creator: "Edvard Munch",
    kind: "painting",
    year: "1893",
    source: britannica("topic/The-Scream", "The Scream, painting by Edvard Munch, 1893."),
  },
];
