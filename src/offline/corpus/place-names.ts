/**
 * Capital cities, planets and oceans whose names differ by language ("Vienna" is "Wien" in German,
 * "Viena" in Spanish; "Mercury" is "Mercure" in French),
 * for short answers written in French, Spanish, German, Italian, Portuguese or Dutch. Source: the
 * usual exonyms of each language (as in the Wikipedia article of each city in that language).
 * Order: fr, es, de, it, pt, nl.
 */
const NAMES: Record<string, [string, string, string, string, string, string]> = {
  Athens: ["Athènes", "Atenas", "Athen", "Atene", "Atenas", "Athene"],
  Beijing: ["Pékin", "Pekín", "Peking", "Pechino", "Pequim", "Peking"],
  Berlin: ["Berlin", "Berlín", "Berlin", "Berlino", "Berlim", "Berlijn"],
  Bern: ["Berne", "Berna", "Bern", "Berna", "Berna", "Bern"],
  Brussels: ["Bruxelles", "Bruselas", "Brüssel", "Bruxelles", "Bruxelas", "Brussel"],
  Bucharest: ["Bucarest", "Bucarest", "Bukarest", "Bucarest", "Bucareste", "Boekarest"],
  Budapest: ["Budapest", "Budapest", "Budapest", "Budapest", "Budapeste", "Boedapest"],
  Cairo: ["Le Caire", "El Cairo", "Kairo", "Il Cairo", "Cairo", "Caïro"],
  Copenhagen: ["Copenhague", "Copenhague", "Kopenhagen", "Copenaghen", "Copenhaga", "Kopenhagen"],
  Dublin: ["Dublin", "Dublín", "Dublin", "Dublino", "Dublin", "Dublin"],
  Havana: ["La Havane", "La Habana", "Havanna", "L'Avana", "Havana", "Havana"],
  Lisbon: ["Lisbonne", "Lisboa", "Lissabon", "Lisbona", "Lisboa", "Lissabon"],
  London: ["Londres", "Londres", "London", "Londra", "Londres", "Londen"],
  "Mexico City": ["Mexico", "Ciudad de México", "Mexiko-Stadt", "Città del Messico", "Cidade do México", "Mexico-Stad"],
  Moscow: ["Moscou", "Moscú", "Moskau", "Mosca", "Moscou", "Moskou"],
  Paris: ["Paris", "París", "Paris", "Parigi", "Paris", "Parijs"],
  Prague: ["Prague", "Praga", "Prag", "Praga", "Praga", "Praag"],
  Rome: ["Rome", "Roma", "Rom", "Roma", "Roma", "Rome"],
  Seoul: ["Séoul", "Seúl", "Seoul", "Seul", "Seul", "Seoul"],
  Singapore: ["Singapour", "Singapur", "Singapur", "Singapore", "Singapura", "Singapore"],
  Stockholm: ["Stockholm", "Estocolmo", "Stockholm", "Stoccolma", "Estocolmo", "Stockholm"],
  Tehran: ["Téhéran", "Teherán", "Teheran", "Teheran", "Teerã", "Teheran"],
  Tokyo: ["Tokyo", "Tokio", "Tokio", "Tokyo", "Tóquio", "Tokio"],
  Vienna: ["Vienne", "Viena", "Wien", "Vienna", "Viena", "Wenen"],
  Warsaw: ["Varsovie", "Varsovia", "Warschau", "Varsavia", "Varsóvia", "Warschau"],
  Mercury: ["Mercure", "Mercurio", "Merkur", "Mercurio", "Mercúrio", "Mercurius"],
  Venus: ["Vénus", "Venus", "Venus", "Venere", "Vênus", "Venus"],
  Earth: ["la Terre", "la Tierra", "die Erde", "la Terra", "a Terra", "de Aarde"],
  Mars: ["Mars", "Marte", "Mars", "Marte", "Marte", "Mars"],
  Jupiter: ["Jupiter", "Júpiter", "Jupiter", "Giove", "Júpiter", "Jupiter"],
  Saturn: ["Saturne", "Saturno", "Saturn", "Saturno", "Saturno", "Saturnus"],
  Uranus: ["Uranus", "Urano", "Uranus", "Urano", "Urano", "Uranus"],
  Neptune: ["Neptune", "Neptuno", "Neptun", "Nettuno", "Netuno", "Neptunus"],
  Pacific: ["le Pacifique", "el Pacífico", "der Pazifik", "il Pacifico", "o Pacífico", "de Stille Oceaan"],
  "Pacific Ocean": [
    "l'océan Pacifique",
    "el océano Pacífico",
    "der Pazifische Ozean",
    "l'oceano Pacifico",
    "o oceano Pacífico",
    "de Stille Oceaan",
  ],
  Atlantic: ["l'Atlantique", "el Atlántico", "der Atlantik", "l'Atlantico", "o Atlântico", "de Atlantische Oceaan"],
  "Atlantic Ocean": [
    "l'océan Atlantique",
    "el océano Atlántico",
    "der Atlantische Ozean",
    "l'oceano Atlantico",
    "o oceano Atlântico",
    "de Atlantische Oceaan",
  ],
};

const ORDER = ["fr", "es", "de", "it", "pt", "nl"];

/** The city's name in the language with code `code`, or undefined when the table has none. */
export function placeNameIn(english: string, code: string): string | undefined {
  const i = ORDER.indexOf(code);
  return i < 0 ? undefined : NAMES[english]?.[i];
}
