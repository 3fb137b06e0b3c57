/**
 * Everyday subjects a system message may keep an assistant to ("You only answer questions about
 * cooking"), each with the words a question on it uses. A question that says none of its words is
 * off the subject. The lists are plain vocabulary, kept short: a word missing here makes an
 * on-subject question look off it, and the reply is then a polite "only cooking", never a wrong answer.
 */
export interface Scope {
  /** Words a system message names the subject with. */
  names: RegExp;
  /** Words a question on the subject uses. */
  words: RegExp;
}

export const SCOPES: Scope[] = [
  {
    names: /\b(?:cook\w*|recipes?|food|baking|kitchen|culinary|meals?)\b/i,
    words:
      /\b(?:cook\w*|recipes?|food|foods|bak\w+|kitchen|meals?|dish(?:es)?|ingredients?|boil\w*|fry\w*|roast\w*|grill\w*|oven|stove|pan|pot|knife|chop\w*|dic(?:e|ing)|season\w*|salt|pepper|spices?|herbs?|sauce|soup|stew|pasta|rice|bread|dough|flour|sugar|butter|eggs?|milk|cheese|meat|chicken|beef|pork|fish|vegetables?|veg|fruit|onions?|garlic|potato(?:es)?|tomato(?:es)?|cakes?|cookies?|biscuits?|dessert|breakfast|lunch|dinner|supper|snack|taste|flavou?r|marinade|simmer|saut[eé]\w*|steam\w*|whisk|knead|yeast|tablespoons?|teaspoons?|cups? of|grams? of|vegan|vegetarian|gluten|allerg\w+|leftovers?|freez\w+|defrost\w*|thaw\w*|substitut\w+|chef|cuisine|eat|eating)\b/i,
  },
  {
    names: /\b(?:math\w*|arithmetic|algebra|geometry|numbers)\b/i,
    words:
      /\d|\b(?:math\w*|sum|add|plus|minus|subtract\w*|multipl\w+|times|divid\w+|fraction\w*|percent\w*|equation|solve|algebra|geometry|angle|triangle|circle|square|area|volume|average|mean|median|prime|number|numbers|calculate|calculation|root|power|decimal)\b/i,
  },
  {
    names: /\b(?:garden\w*|plants?|horticulture)\b/i,
    words:
      /\b(?:garden\w*|plants?|planting|grow\w*|seeds?|soil|compost|water\w*|prun\w+|flowers?|roses?|tomato(?:es)?|vegetables?|weeds?|lawn|grass|trees?|shrubs?|pots?|sun|shade|leaves|roots?|bloom\w*|fertili[sz]\w+|pests?|slugs?|aphids?|harvest\w*|allotment|greenhouse|bulbs?|herbs?)\b/i,
  },
  {
    names: /\b(?:program\w*|coding|code|software|python|javascript|typescript|computers?)\b/i,
    words:
      /\b(?:program\w*|cod(?:e|ing)|software|python|javascript|typescript|java|function|variable|loop|array|list|string|bug|debug\w*|error|compile\w*|script|api|json|html|css|sql|git|class|object|recursion|algorithm|sort\w*|install\w*|library|package|npm|node|terminal|command)\b/i,
  },
  {
    names: /\b(?:travel\w*|trips?|holidays?|vacations?|tourism)\b/i,
    words:
      /\b(?:travel\w*|trips?|holidays?|vacations?|flights?|fly|airport|hotels?|visit\w*|tour\w*|pack\w*|luggage|suitcase|passport|visa|beach|city|cities|country|countries|capital|museum|sightseeing|itinerary|train|bus|ferry|currency|weather|abroad)\b/i,
  },
  {
    names: /\b(?:fitness|exercise|workouts?|gym|training)\b/i,
    words:
      /\b(?:fitness|exercis\w+|workouts?|gym|train\w*|run\w*|jog\w*|walk\w*|stretch\w*|muscles?|weights?|lift\w*|squats?|push-?ups?|cardio|reps?|sets?|warm[- ]?up|cool[- ]?down|calories|protein|rest|injur\w+|sore|yoga|swim\w*|cycl\w+|steps)\b/i,
  },
  {
    names: /\b(?:pets?|dogs?|cats?|animals?)\b/i,
    words:
      /\b(?:pets?|dogs?|puppy|puppies|cats?|kittens?|animals?|vet|feed\w*|food|walk\w*|groom\w*|fur|breed\w*|rabbits?|hamsters?|fish|birds?|parrots?|litter|leash|lead|collar|treats?|bark\w*|purr\w*|flea\w*|tortoise)\b/i,
  },
];
