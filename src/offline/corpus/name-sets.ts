/**
 * Names of a kind asked for by the kind ("four animal names for the sixes", "three flower names
 * for the dolls", "colour names for the tables"): every name is a member of that kind, never a
 * made-up "Bright Compass". Groups (teams, sixes, patrols, houses, tables) are named in the plural
 * ("the Foxes"), one thing in the singular ("Daisy"). The animals and birds are those British
 * Scout sixes and school houses are commonly named after (The Scout Association's Cub handbook
 * names sixes after animals and colours); the rest are plain everyday members of their kind.
 */
export interface NameSet {
  /** The word before "names": "animal", "bird", "colour". */
  of: RegExp;
  /** Names for groups, in the plural. */
  groups: string[];
  /** Names for one thing. */
  ones: string[];
}

export const NAME_SETS: NameSet[] = [
  {
    of: /^(?:animal|wildlife|woodland animal|creature)$/i,
    groups: ["Foxes", "Owls", "Otters", "Badgers", "Hawks", "Hedgehogs", "Wolves", "Eagles"],
    ones: ["Fox", "Owl", "Otter", "Badger", "Hawk", "Hedgehog", "Wolf", "Eagle"],
  },
  {
    of: /^(?:bird|birds)$/i,
    groups: ["Owls", "Kestrels", "Robins", "Kingfishers", "Falcons", "Wrens", "Swifts", "Herons"],
    ones: ["Robin", "Wren", "Kestrel", "Owl", "Swift", "Heron", "Falcon", "Kingfisher"],
  },
  {
    of: /^(?:colou?r)$/i,
    groups: ["Reds", "Blues", "Greens", "Yellows", "Purples", "Oranges", "Silvers", "Golds"],
    ones: ["Red", "Blue", "Green", "Yellow", "Purple", "Orange", "Silver", "Gold"],
  },
  {
    of: /^(?:flower|flowers|floral)$/i,
    groups: ["Daisies", "Poppies", "Bluebells", "Sunflowers", "Roses", "Tulips", "Primroses", "Lilies"],
    ones: ["Daisy", "Poppy", "Rose", "Lily", "Iris", "Violet", "Primrose", "Jasmine"],
  },
  {
    of: /^(?:tree|trees)$/i,
    groups: ["Oaks", "Willows", "Rowans", "Hazels", "Beeches", "Birches", "Maples", "Elms"],
    ones: ["Oak", "Willow", "Rowan", "Hazel", "Birch", "Maple", "Aspen", "Alder"],
  },
  {
    // The planets of the solar system (IAU, 2006): a planet's name is the same for a group and for one.
    of: /^(?:planet|planets)$/i,
    groups: ["Mercury", "Venus", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune"],
    ones: ["Mercury", "Venus", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune"],
  },
  {
    of: /^(?:gem|gemstone|jewel|precious stone)$/i,
    groups: ["Rubies", "Emeralds", "Sapphires", "Diamonds", "Pearls", "Opals", "Topazes", "Amethysts"],
    ones: ["Ruby", "Emerald", "Sapphire", "Diamond", "Pearl", "Opal", "Topaz", "Amethyst"],
  },
  {
    of: /^(?:fruit|fruits)$/i,
    groups: ["Apples", "Cherries", "Lemons", "Plums", "Peaches", "Oranges", "Pears", "Limes"],
    ones: ["Apple", "Cherry", "Peach", "Plum", "Clementine", "Berry", "Pear", "Mango"],
  },
];

/** "animal names", "bird team names", "names of animals": the kind the names must be of. */
export const NAMES_OF =
  /\b(animal|wildlife|woodland animal|creature|bird|colou?r|flower|floral|tree|planet|gem|gemstone|jewel|precious stone|fruit)\s+(?:(?:team|group|house|patrol|six|table|squad|nick)\s*)?names?\b|\bnames?\s+of\s+(?:different\s+)?(animals|birds|colou?rs|flowers|trees|planets|gems|gemstones|jewels|fruits)\b|\bnamed?\s+after\s+(?:different\s+)?(animals|birds|colou?rs|flowers|trees|planets|gems|gemstones|jewels|fruits)\b/i;

/** Words that say the names are for groups of people, named in the plural. */
export const GROUPS =
  /\b(?:teams?|sixes|patrols?|houses|squads?|groups?|tables|lodges|dens|crews?|tribes?|clubs?|sections|classes|forms|units|cabins|dorms|packs?|circles|leagues?)\b/i;

/** The set the names must come from, or undefined when the kind is none of these. */
export function nameSetOf(text: string): { set: NameSet; group: boolean } | undefined {
  const m = NAMES_OF.exec(text);
  if (!m) return undefined;
  const of = (m[1] ?? m[2] ?? m[3]).toLowerCase().replace(/s$/, "");
  const set = NAME_SETS.find((s) => s.of.test(of));
  return set ? { set, group: GROUPS.test(text) } : undefined;
}
