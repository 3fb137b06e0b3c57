/**
 * Tips for a long drive or a road trip, from the UK Highway Code, rule 91 ("Driving when you are
 * tired"): do not begin a journey tired and get a good night's sleep before a long one; avoid
 * driving between midnight and 6 am; plan a break of at least 15 minutes after every two hours of
 * driving; if at all sleepy, stop somewhere safe (not the hard shoulder), and drink two cups of
 * caffeinated coffee and take a short nap of at least 15 minutes.
 * https://www.gov.uk/guidance/the-highway-code/rules-for-drivers-and-motorcyclists-89-to-102
 */
export const DRIVING_TIPS: string[] = [
  "Plan a break of at least 15 minutes after every two hours of driving.",
  "Get a good night's sleep before you set off, and don't start a long drive tired.",
  "If you start to feel sleepy, stop somewhere safe, have a caffeinated coffee and take a short nap of at least 15 minutes.",
  "Avoid driving between midnight and 6 am, when people are naturally least alert.",
];

export const DRIVING_SOURCE = "the UK Highway Code, rule 91";
