/**
 * Where a guide would start a visitor in a few famous places, for a persona such as "a tour guide
 * in ancient Rome" asked "Where should I visit first?". Each line names sights that stand in the
 * era a description may give (the Colosseum opened in AD 80); `modern` marks sights a guide in an
 * old era must not name (the Eiffel Tower, 1889).
 *
 * Sources: Britannica, "Colosseum" (amphitheatre opened AD 80 for gladiatorial games), "Forum"
 * (Roman Forum: temples, the Senate house), "Acropolis" and "Parthenon" (temple of Athena, 5th
 * century BC), "Agora", "Pyramids of Giza" and "Great Sphinx", "Eiffel Tower" (1889), "Louvre",
 * "Tower of London", "British Museum", "Statue of Liberty", "Central Park".
 */
export interface FirstSight {
  test: RegExp;
  first: string;
  modern?: boolean;
}

export const FIRST_SIGHTS: FirstSight[] = [
  {
    test: /\brome\b|\broman\b/i,
    first:
      "Start at the Colosseum, the great amphitheatre of the gladiator games, then walk down to the Forum, the heart of the city, with its temples and the Senate house.",
  },
  {
    test: /\bathens\b|\bathenian\b/i,
    first:
      "Start on the Acropolis, the rocky hill above the city, to see the Parthenon, the great temple of Athena; then come down to the Agora, the old marketplace.",
  },
  {
    test: /\begypt\b|\begyptian\b|\bcairo\b|\bgiza\b/i,
    first:
      "Start at Giza, with its three great pyramids and the Great Sphinx; the largest is the Great Pyramid of Khufu.",
  },
  {
    test: /\bparis\b/i,
    modern: true,
    first: "Start at the Eiffel Tower for the view over the whole city, then cross the Seine to the Louvre.",
  },
  {
    test: /\blondon\b/i,
    modern: true,
    first: "Start at the Tower of London, with the Crown Jewels, then head west to the British Museum.",
  },
  {
    test: /\bnew york\b|\bmanhattan\b/i,
    modern: true,
    first: "Start with the ferry to the Statue of Liberty, then spend an afternoon walking in Central Park.",
  },
];

/** A description set in an old era: "in the year 100 AD", "ancient", "medieval", "in 1750". */
export const OLD_ERA =
  /\bancient\b|\bmedieval\b|\bmiddle ages\b|\b(?:AD|BC|BCE|CE)\b|\bin (?:the year )?1[0-8]\d\d\b|\bin (?:the year )?\d{1,3}\b/;
