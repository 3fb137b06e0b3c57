/**
 * Capitals of the world, so "What about Rome?" after a question on Paris has an answer: a small
 * table (figures rounded, as of the mid-2020s) written out as three passages per country.
 */
import type { Topic } from "./types";

interface Country {
  id: string;
  /** As it reads mid-sentence: "the United Kingdom". */
  name: string;
  capital: string;
  where: string;
  cityPop: string;
  metro?: string;
  countryPop: string;
  language: string;
  known: string;
  keywords?: string[];
}

const COUNTRIES: Country[] = [
  { id: "italy", name: "Italy", capital: "Rome", where: "on the river Tiber, in the centre of the country", cityPop: "2.8 million people", metro: "over four million", countryPop: "about 59 million", language: "Italian", known: "the Colosseum, the Vatican and twenty-eight centuries of history", keywords: ["italian", "colosseum", "vatican"] },
  { id: "spain", name: "Spain", capital: "Madrid", where: "on a high plateau in the middle of the country", cityPop: "3.3 million people", metro: "almost seven million", countryPop: "about 48 million", language: "Spanish", known: "the Prado museum, its wide boulevards and its late dinners", keywords: ["spanish"] },
  { id: "germany", name: "Germany", capital: "Berlin", where: "on the river Spree, in the north-east of the country", cityPop: "3.7 million people", metro: "about six million", countryPop: "about 84 million", language: "German", known: "the Brandenburg Gate, the remains of its Wall and its museums", keywords: ["german"] },
  { id: "uk", name: "the United Kingdom", capital: "London", where: "on the river Thames, in the south-east of England", cityPop: "8.9 million people", metro: "around fourteen million", countryPop: "about 68 million", language: "English", known: "the Houses of Parliament, the British Museum and its parks", keywords: ["uk", "britain", "british", "england", "english"] },
  { id: "portugal", name: "Portugal", capital: "Lisbon", where: "on the estuary of the river Tagus, by the Atlantic", cityPop: "550,000 people", metro: "almost three million", countryPop: "about 10.5 million", language: "Portuguese", known: "its hills, its yellow trams and its custard tarts", keywords: ["portuguese"] },
  { id: "japan", name: "Japan", capital: "Tokyo", where: "on Tokyo Bay, on the main island of Honshu", cityPop: "14 million people", metro: "about thirty-seven million", countryPop: "about 124 million", language: "Japanese", known: "its busy crossings, its quiet temples and its food", keywords: ["japanese"] },
  { id: "canada", name: "Canada", capital: "Ottawa", where: "on the Ottawa River, in the province of Ontario", cityPop: "one million people", countryPop: "about 40 million", language: "English and French", known: "Parliament Hill and the Rideau Canal, which becomes a skating rink in winter", keywords: ["canadian"] },
  { id: "usa", name: "the United States", capital: "Washington, D.C.", where: "on the Potomac River, on the east coast", cityPop: "700,000 people", metro: "over six million", countryPop: "about 335 million", language: "English", known: "the White House, the Capitol and the Smithsonian museums", keywords: ["usa", "us", "america", "american", "washington"] },
  { id: "australia", name: "Australia", capital: "Canberra", where: "inland, between Sydney and Melbourne", cityPop: "470,000 people", countryPop: "about 27 million", language: "English", known: "being a planned city, built around a lake to settle the rivalry between Sydney and Melbourne", keywords: ["australian"] },
  { id: "austria", name: "Austria", capital: "Vienna", where: "on the Danube, in the east of the country", cityPop: "two million people", countryPop: "about nine million", language: "German", known: "its coffee houses, its palaces and its music", keywords: ["austrian"] },
  { id: "greece", name: "Greece", capital: "Athens", where: "on a plain near the Aegean Sea", cityPop: "650,000 people", metro: "about 3.7 million", countryPop: "about ten million", language: "Greek", known: "the Acropolis and the Parthenon, and as the birthplace of democracy", keywords: ["greek", "acropolis"] },
  { id: "ireland", name: "Ireland", capital: "Dublin", where: "on the river Liffey, on the east coast", cityPop: "590,000 people", metro: "about 1.5 million", countryPop: "about 5.3 million", language: "English and Irish", known: "its writers, its pubs and Trinity College", keywords: ["irish"] },
  { id: "netherlands", name: "the Netherlands", capital: "Amsterdam", where: "on the river Amstel, criss-crossed by canals", cityPop: "930,000 people", metro: "about 2.5 million", countryPop: "about 18 million", language: "Dutch", known: "its canals, its bicycles and the Rijksmuseum", keywords: ["dutch", "holland"] },
  { id: "belgium", name: "Belgium", capital: "Brussels", where: "in the centre of the country", cityPop: "1.2 million people", countryPop: "about 11.8 million", language: "French and Dutch", known: "the Grand-Place and the institutions of the European Union", keywords: ["belgian"] },
  { id: "switzerland", name: "Switzerland", capital: "Bern", where: "on the river Aare, on the Swiss plateau", cityPop: "145,000 people", countryPop: "about nine million", language: "German, French, Italian and Romansh", known: "its medieval old town and its clock tower", keywords: ["swiss"] },
  { id: "sweden", name: "Sweden", capital: "Stockholm", where: "on fourteen islands where Lake Mälaren meets the Baltic Sea", cityPop: "one million people", metro: "about 2.4 million", countryPop: "about 10.5 million", language: "Swedish", known: "its old town, Gamla stan, and its archipelago", keywords: ["swedish"] },
  { id: "norway", name: "Norway", capital: "Oslo", where: "at the head of the Oslofjord", cityPop: "700,000 people", countryPop: "about 5.5 million", language: "Norwegian", known: "its opera house, its fjord and the forests around it", keywords: ["norwegian"] },
  { id: "poland", name: "Poland", capital: "Warsaw", where: "on the river Vistula, in the east of the country", cityPop: "1.8 million people", countryPop: "about 37 million", language: "Polish", known: "its old town, rebuilt after the Second World War", keywords: ["polish"] },
  { id: "egypt", name: "Egypt", capital: "Cairo", where: "on the Nile, just south of its delta", cityPop: "ten million people", metro: "over twenty million", countryPop: "about 110 million", language: "Arabic", known: "the pyramids of Giza, just outside the city", keywords: ["egyptian", "pyramids"] },
  { id: "india", name: "India", capital: "New Delhi", where: "in the north of the country, on the river Yamuna", cityPop: "well over a million people", metro: "more than thirty million in the Delhi region", countryPop: "about 1.4 billion", language: "Hindi, English and many other languages", known: "India Gate and its government buildings", keywords: ["indian", "delhi"] },
  { id: "china", name: "China", capital: "Beijing", where: "in the north-east of the country", cityPop: "21 million people", countryPop: "about 1.4 billion", language: "Mandarin Chinese", known: "the Forbidden City and the Great Wall nearby", keywords: ["chinese"] },
  { id: "brazil", name: "Brazil", capital: "Brasília", where: "on a high plateau in the centre of the country", cityPop: "2.8 million people", countryPop: "about 210 million", language: "Portuguese", known: "its modernist buildings by Oscar Niemeyer", keywords: ["brazilian", "brasilia"] },
  { id: "mexico", name: "Mexico", capital: "Mexico City", where: "in a high valley in the centre of the country", cityPop: "nine million people", metro: "about twenty-two million", countryPop: "about 130 million", language: "Spanish", known: "its great central square, the Zócalo, and its museums", keywords: ["mexican"] },
  { id: "argentina", name: "Argentina", capital: "Buenos Aires", where: "on the Río de la Plata, on the east coast", cityPop: "three million people", metro: "about fifteen million", countryPop: "about 46 million", language: "Spanish", known: "its tango, its cafés and its wide avenues", keywords: ["argentinian", "argentine"] },
  { id: "kenya", name: "Kenya", capital: "Nairobi", where: "in the south of the country, near a national park", cityPop: "4.4 million people", countryPop: "about 55 million", language: "Swahili and English", known: "Nairobi National Park, where giraffes graze in sight of the skyline", keywords: ["kenyan"] },
];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function topic(c: Country): Topic {
  const name = c.name.replace(/^the /, "");
  return {
    id: `country-${c.id}`,
    title: `${c.capital} and ${cap(c.name)}`,
    keywords: [...new Set([c.capital.toLowerCase().replace(/,.*/, ""), name.toLowerCase(), ...(c.keywords ?? [])])],
    passages: [
      {
        text: `The capital of ${c.name} is ${c.capital}. It lies ${c.where}, and about ${c.cityPop} live there.`,
        cues: ["capital"],
        points: [`${c.capital} is the capital of ${c.name}.`, `It lies ${c.where}.`, `About ${c.cityPop} live there.`],
      },
      {
        text: `${c.capital} has a population of about ${c.cityPop}${c.metro ? `, and ${c.metro} live in its wider metropolitan area` : ""}. ${cap(c.name)} as a whole has ${c.countryPop} inhabitants.`,
        cues: ["population", "people", "big", "large", "live", "many", "inhabitants", "size"],
      },
      {
        text: `${c.capital} is the capital of ${c.name} and the seat of its government. It is known for ${c.known}. People there speak ${c.language}.`,
        cues: ["known", "famous", "language", "speak", "more", "see"],
      },
    ],
  };
}

export const WORLD: Topic[] = COUNTRIES.map(topic);
