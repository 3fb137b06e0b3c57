/**
 * Which everyday foods belong to a group a person may avoid, for reasoning from what the user
 * said ("I'm allergic to shellfish" -> shrimp is shellfish). Only plain memberships, each from a
 * named source; a food that may or may not belong (sausage, stock, sweets) is left out, so the
 * model says nothing rather than guess.
 */
export interface FoodGroup {
  /** The group as a user names it: "shellfish", "meat". */
  names: RegExp;
  /** Words for foods that are always of the group. */
  members: string[];
  /** "made": the members are made with the group's food (satay with peanuts), not a kind of it. */
  relation?: "made";
  source: string;
}

export const FOOD_GROUPS: FoodGroup[] = [
  {
    names: /^(?:shellfish|crustaceans?)$/i,
    members: ["shrimp", "prawn", "crab", "lobster", "crayfish", "langoustine", "scallop", "mussel", "oyster", "clam"],
    // FDA: crustacean shellfish (crab, lobster, shrimp) among the major food allergens; molluscs as shellfish.
    source: "https://www.fda.gov/food/food-labeling-nutrition/food-allergies",
  },
  {
    names: /^(?:tree ?nuts?|nuts?)$/i,
    members: ["almond", "walnut", "cashew", "pecan", "hazelnut", "pistachio", "macadamia", "brazil nut"],
    // FDA: tree nuts such as almonds, walnuts, pecans.
    source: "https://www.fda.gov/food/food-labeling-nutrition/food-allergies",
  },
  {
    names: /^(?:fish)$/i,
    members: ["salmon", "tuna", "cod", "trout", "sardine", "anchovy", "mackerel", "haddock", "halibut", "tilapia"],
    // FDA: fish such as bass, flounder, cod.
    source: "https://www.fda.gov/food/food-labeling-nutrition/food-allergies",
  },
  {
    names: /^(?:peanuts?|groundnuts?)$/i,
    members: ["peanut butter", "peanut brittle", "satay", "snickers", "reese's", "peanut m&m's"],
    relation: "made",
    // Peanut butter, peanut brittle and satay sauce are made of peanuts (Cambridge Dictionary entries);
    // Snickers (https://www.snickers.com, ingredients: "peanuts"), Reese's cups (https://www.hersheyland.com,
    // peanut butter) and peanut M&M's list peanuts among their ingredients.
    source: "https://dictionary.cambridge.org",
  },
  {
    names: /^(?:pork|pig meat)$/i,
    members: ["pork", "ham", "bacon", "prosciutto", "pancetta", "gammon"],
    // Ham, bacon, gammon, prosciutto and pancetta are cured pork (Cambridge Dictionary entries).
    source: "https://dictionary.cambridge.org",
  },
];

/** Meat, poultry and fish: what a vegetarian does not eat (The Vegetarian Society's definition). */
export const NOT_VEGETARIAN = {
  members: [
    "meat",
    "chicken",
    "beef",
    "pork",
    "ham",
    "bacon",
    "lamb",
    "mutton",
    "turkey",
    "veal",
    "duck",
    "goose",
    "venison",
    "steak",
    "prosciutto",
    "pepperoni",
    "gelatine",
    "gelatin",
    ...FOOD_GROUPS[0].members,
    ...FOOD_GROUPS[2].members,
    "fish",
  ],
  source: "https://vegsoc.org/info-hub/definition/",
};

/** Also not vegan: animal products (The Vegan Society's definition). */
export const NOT_VEGAN = {
  members: [
    ...NOT_VEGETARIAN.members,
    "egg",
    "cheese",
    "honey",
    "yogurt",
    "yoghurt",
    "cream",
    "butter",
    "milk",
    "mayonnaise",
  ],
  source: "https://www.vegansociety.com/go-vegan/definition-veganism",
};
