/**
 * Heights of well-known mountains, for "is Everest taller than K2?" and "which is higher, Mont Blanc
 * or Kilimanjaro?". Each height is the one Britannica gives for the summit (metres above sea level);
 * a peak with an ice cap (Mont Blanc) varies by a few metres from survey to survey, far less than any
 * gap between two peaks here but K2 and Kangchenjunga (25 m), which Britannica puts in this order.
 */
export interface Mountain {
  name: string;
  /** Ways a question names it, lower case. */
  names: RegExp;
  metres: number;
  where: string;
  source: { url: string; says: string };
}

const b = (path: string, says: string) => ({ url: `https://www.britannica.com/place/${path}`, says });

export const MOUNTAINS: Mountain[] = [
  {
    name: "Mount Everest",
    names: /\b(?:mount |mt\.? )?everest\b/,
    metres: 8849,
    where: "on the Nepal-China border",
    source: b("Mount-Everest", "29,032 feet (8,849 metres)"),
  },
  {
    name: "K2",
    names: /\bk2\b|\bmount godwin[- ]austen\b/,
    metres: 8611,
    where: "on the Pakistan-China border",
    source: b("K2", "28,251 feet (8,611 metres)"),
  },
  {
    name: "Kangchenjunga",
    names: /\bkangchenjunga\b|\bkanchenjunga\b/,
    metres: 8586,
    where: "on the Nepal-India border",
    source: b("Kanchenjunga", "28,169 feet (8,586 metres)"),
  },
  {
    name: "Aconcagua",
    names: /\baconcagua\b/,
    metres: 6961,
    where: "in Argentina",
    source: b("Aconcagua", "22,837 feet (6,961 metres)"),
  },
  {
    name: "Denali",
    names: /\bdenali\b|\bmount mckinley\b|\bmt\.? mckinley\b/,
    metres: 6190,
    where: "in Alaska",
    source: b("Denali", "20,310 feet (6,190 metres)"),
  },
  {
    name: "Kilimanjaro",
    names: /\b(?:mount |mt\.? )?kilimanjaro\b/,
    metres: 5895,
    where: "in Tanzania",
    source: b("Kilimanjaro", "19,340 feet (5,895 metres)"),
  },
  {
    name: "Mount Elbrus",
    names: /\b(?:mount |mt\.? )?elbrus\b/,
    metres: 5642,
    where: "in Russia",
    source: b("Mount-Elbrus", "18,510 feet (5,642 metres)"),
  },
  {
    name: "Mont Blanc",
    names: /\bmont blanc\b|\bmonte bianco\b/,
    metres: 4807,
    where: "on the France-Italy border",
    source: b("Mont-Blanc", "15,771 feet (4,807 metres)"),
  },
  {
    name: "the Matterhorn",
    names: /\bmatterhorn\b/,
    metres: 4478,
    where: "on the Switzerland-Italy border",
    source: b("Matterhorn", "14,692 feet (4,478 metres)"),
  },
  {
    name: "Mount Fuji",
    names: /\b(?:mount |mt\.? )?fuji\b/,
    metres: 3776,
    where: "in Japan",
    source: b("Mount-Fuji", "12,388 feet (3,776 metres)"),
  },
  {
    name: "Ben Nevis",
    names: /\bben nevis\b/,
    metres: 1345,
    where: "in Scotland",
    source: b("Ben-Nevis", "4,406 feet (1,345 metres)"),
  },
];
