/**
 * When to plant or sow common vegetables and bulbs outdoors, as the Royal Horticultural Society
 * advises for the UK (its grow-your-own pages, https://www.rhs.org.uk/vegetables). Months are for
 * a UK garden; elsewhere the last spring frost decides, and the reply says so.
 */
export interface PlantingTime {
  test: RegExp;
  /** The advice, a whole sentence. */
  when: string;
  source: string;
}

const RHS = "the RHS";

export const PLANTING_TIMES: PlantingTime[] = [
  {
    test: /\b(?:seed )?potato(?:es)?\b|\bspuds?\b/i,
    when: "Plant seed potatoes in spring, once the soil has started to warm up: first earlies in late March, second earlies in early to mid April, and maincrop potatoes in mid to late April.",
    source: RHS,
  },
  {
    test: /\btomato(?:es)?\b/i,
    when: "Sow tomato seeds indoors from late winter to early spring, then plant them outside in late May or early June, once there is no more risk of frost.",
    source: RHS,
  },
  {
    test: /\bcourgettes?\b|\bzucchinis?\b|\bsquash(?:es)?\b|\bpumpkins?\b/i,
    when: "Sow them indoors in April or May and plant them out in late May or early June, after the last frost: they are tender and frost kills them.",
    source: RHS,
  },
  {
    test: /\brunner beans?\b|\bfrench beans?\b|\bgreen beans?\b/i,
    when: "Sow them outdoors in late May or early June, once the frosts are over, or start them indoors in pots in April and May.",
    source: RHS,
  },
  {
    test: /\bbroad beans?\b|\bfava beans?\b/i,
    when: "Sow broad beans outdoors in October or November for an early crop, or from February to April.",
    source: RHS,
  },
  {
    test: /\bgarlic\b/i,
    when: "Plant garlic cloves in autumn, from October to November (or in early spring): garlic needs a cold spell to form good bulbs.",
    source: RHS,
  },
  {
    test: /\bonions?(?: sets)?\b|\bshallots?\b/i,
    when: "Plant onion sets in March or April, when the soil is workable; some varieties are planted in autumn instead.",
    source: RHS,
  },
  {
    test: /\bpeas\b/i,
    when: "Sow peas outdoors from March to June, in a few batches a few weeks apart for a longer harvest.",
    source: RHS,
  },
  {
    test: /\btulips?\b/i,
    when: "Plant tulip bulbs in November: planting them late in autumn helps avoid the disease tulip fire.",
    source: RHS,
  },
  {
    test: /\bdaffodils?\b|\bnarciss(?:us|i)\b/i,
    when: "Plant daffodil bulbs in late summer or early autumn, by the end of September.",
    source: RHS,
  },
];
