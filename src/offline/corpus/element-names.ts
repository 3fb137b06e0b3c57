/**
 * Elements named after something: a planet, a place, a person, a figure of myth. Only names whose
 * origin is settled are listed. Source: the Royal Society of Chemistry's Periodic Table, each
 * element's "History" section (https://www.rsc.org/periodic-table), and IUPAC's announcement of the
 * names of elements 113, 115, 117 and 118 (https://iupac.org/iupac-announces-the-names-of-the-elements-113-115-117-and-118/).
 * The chemical-elements package holds names and numbers, not where the names come from.
 */
export interface ElementName {
  /** Atomic number, to find the element in corpus/elements.ts. */
  number: number;
  /** What it is named after, as a sentence says it: "the planet Uranus". */
  namesake: string;
  /** The namesake's own name as a question writes it. */
  key: RegExp;
  kind: "planet" | "sky" | "place" | "person" | "myth";
}

export const ELEMENT_NAMES: ElementName[] = [
  { number: 92, namesake: "the planet Uranus", key: /\buranus\b/, kind: "planet" },
  { number: 93, namesake: "the planet Neptune", key: /\bneptune\b/, kind: "planet" },
  {
    number: 94,
    namesake: "Pluto, counted as a planet when plutonium was named in 1941",
    key: /\bpluto\b/,
    kind: "planet",
  },
  { number: 58, namesake: "Ceres, the dwarf planet in the asteroid belt", key: /\bceres\b/, kind: "sky" },
  { number: 46, namesake: "the asteroid Pallas", key: /\bpallas\b/, kind: "sky" },
  { number: 2, namesake: "the Sun (helios in Greek)", key: /\b(?:the )?sun\b|\bhelios\b/, kind: "sky" },
  { number: 34, namesake: "the Moon (selene in Greek)", key: /\b(?:the )?moon\b|\bselene\b/, kind: "sky" },
  { number: 52, namesake: "the Earth (tellus in Latin)", key: /\b(?:the )?earth\b|\btellus\b/, kind: "sky" },
  { number: 87, namesake: "France", key: /\bfrance\b/, kind: "place" },
  { number: 31, namesake: "Gaul (Gallia, the Latin name for France)", key: /\bgaul\b|\bgallia\b/, kind: "place" },
  { number: 32, namesake: "Germany", key: /\bgermany\b/, kind: "place" },
  { number: 84, namesake: "Poland, Marie Curie's homeland", key: /\bpoland\b/, kind: "place" },
  { number: 95, namesake: "the Americas", key: /\bamerica/, kind: "place" },
  { number: 63, namesake: "Europe", key: /\beurope\b/, kind: "place" },
  { number: 44, namesake: "Russia (Ruthenia in Latin)", key: /\brussia\b|\bruthenia\b/, kind: "place" },
  { number: 113, namesake: "Japan (Nihon in Japanese)", key: /\bjapan\b|\bnihon\b/, kind: "place" },
  { number: 21, namesake: "Scandinavia", key: /\bscandinavia\b/, kind: "place" },
  { number: 38, namesake: "Strontian, a village in Scotland", key: /\bstrontian\b|\bscotland\b/, kind: "place" },
  { number: 67, namesake: "Stockholm (Holmia in Latin)", key: /\bstockholm\b|\bholmia\b/, kind: "place" },
  { number: 71, namesake: "Paris (Lutetia in Latin)", key: /\bparis\b|\blutetia\b/, kind: "place" },
  { number: 72, namesake: "Copenhagen (Hafnia in Latin)", key: /\bcopenhagen\b|\bhafnia\b/, kind: "place" },
  { number: 97, namesake: "Berkeley, California", key: /\bberkeley\b/, kind: "place" },
  { number: 98, namesake: "the state and University of California", key: /\bcalifornia\b/, kind: "place" },
  { number: 105, namesake: "Dubna, the Russian town of its laboratory", key: /\bdubna\b/, kind: "place" },
  { number: 108, namesake: "the German state of Hesse", key: /\bhesse\b/, kind: "place" },
  { number: 110, namesake: "Darmstadt, Germany", key: /\bdarmstadt\b/, kind: "place" },
  { number: 115, namesake: "the Moscow region", key: /\bmoscow\b/, kind: "place" },
  { number: 117, namesake: "Tennessee", key: /\btennessee\b/, kind: "place" },
  { number: 96, namesake: "Marie and Pierre Curie", key: /\bcuries?\b/, kind: "person" },
  { number: 99, namesake: "Albert Einstein", key: /\beinstein\b/, kind: "person" },
  { number: 100, namesake: "Enrico Fermi", key: /\bfermi\b/, kind: "person" },
  {
    number: 101,
    namesake: "Dmitri Mendeleev, who drew up the periodic table",
    key: /\bmendele[ye]e?v\b/,
    kind: "person",
  },
  { number: 102, namesake: "Alfred Nobel", key: /\bnobel\b/, kind: "person" },
  { number: 103, namesake: "Ernest Lawrence", key: /\blawrence\b/, kind: "person" },
  { number: 104, namesake: "Ernest Rutherford", key: /\brutherford\b/, kind: "person" },
  { number: 106, namesake: "Glenn Seaborg", key: /\bseaborg\b/, kind: "person" },
  { number: 107, namesake: "Niels Bohr", key: /\bbohr\b/, kind: "person" },
  { number: 109, namesake: "Lise Meitner", key: /\bmeitner\b/, kind: "person" },
  { number: 111, namesake: "Wilhelm Röntgen", key: /\br(?:ö|o|oe)ntgen\b/, kind: "person" },
  { number: 112, namesake: "Nicolaus Copernicus", key: /\bcopernicus\b/, kind: "person" },
  { number: 118, namesake: "Yuri Oganessian", key: /\boganessian\b/, kind: "person" },
  { number: 90, namesake: "Thor, the Norse god of thunder", key: /\bthor\b/, kind: "myth" },
  { number: 22, namesake: "the Titans of Greek myth", key: /\btitans?\b/, kind: "myth" },
  { number: 61, namesake: "Prometheus, who stole fire from the gods", key: /\bprometheus\b/, kind: "myth" },
  { number: 73, namesake: "Tantalus of Greek myth", key: /\btantalus\b/, kind: "myth" },
  { number: 41, namesake: "Niobe, Tantalus's daughter in Greek myth", key: /\bniobe\b/, kind: "myth" },
];
