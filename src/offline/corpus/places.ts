import type { Topic } from "./types";

export const PARIS: Topic = {
  id: "paris",
  title: "Paris and France",
  keywords: [
    "paris",
    "france",
    "french",
    "capital",
    "eiffel",
    "seine",
    "louvre",
    "montmartre",
    "parisian",
    "visit",
    "trip",
    "travel",
  ],
  passages: [
    {
      text: "The capital of France is Paris. It sits on the river Seine in the north of the country and is home to about two million people, with more than twelve million in the wider metropolitan area.",
      cues: ["capital"],
      points: [
        "Paris is the capital of France.",
        "It lies on the river Seine, in the north of the country.",
        "About two million people live in the city itself, over twelve million in the metropolitan area.",
      ],
    },
    {
      text: "Paris is the capital of France, and it has been the seat of French government for most of the last thousand years. The city is also the country's largest, its main rail hub and the centre of its banking, fashion and publishing.",
      cues: ["capital"],
      points: [
        "Paris is the capital and the largest city of France.",
        "It has been the seat of government for most of a millennium.",
        "It is the centre of French finance, fashion and publishing.",
      ],
    },
    {
      text:
        "Paris began as a small settlement of a Celtic tribe, the Parisii, on an island in the Seine, the Île de la Cité. The Romans built a town there called Lutetia, and by the Middle Ages the city had grown into one of the largest in Europe, with Notre-Dame rising on the same island.\n\n" +
        "Much of the look of today's Paris comes from the nineteenth century, when Baron Haussmann replaced narrow medieval streets with wide boulevards, parks and the cream-coloured stone apartment blocks that line them. The Eiffel Tower followed in 1889, built for a world fair and meant to stand for only twenty years. It is now the symbol of the city.",
      cues: ["more", "history", "old", "founded", "else"],
      points: [
        "Paris grew from a settlement of the Parisii on the Île de la Cité.",
        "The Romans called their town there Lutetia.",
        "Haussmann rebuilt much of the city with wide boulevards in the nineteenth century.",
        "The Eiffel Tower was built for the 1889 world fair.",
      ],
    },
    {
      text:
        "Paris is known for its museums and its streets as much as for its monuments. The Louvre, once a royal palace, holds one of the largest art collections in the world, from ancient Egypt to the Mona Lisa. Across the river, the Musée d'Orsay fills a former railway station with Impressionist paintings.\n\n" +
        "The city is divided into twenty districts, the arrondissements, which spiral out from the centre like a snail shell. Each has its own character: the Latin Quarter around the Sorbonne, the Marais with its old mansions and small shops, and Montmartre on its hill, where painters once gathered below the white domes of the Sacré-Cœur.",
      cues: ["more", "museum", "museums", "see", "known", "famous", "art"],
      points: [
        "The Louvre holds one of the largest art collections in the world.",
        "The Musée d'Orsay shows Impressionist paintings in a former railway station.",
        "Paris has twenty districts, the arrondissements.",
        "Montmartre, the Marais and the Latin Quarter each have their own character.",
      ],
    },
    {
      text:
        "Beyond its landmarks, Paris is a city of daily rituals. People buy bread from the neighbourhood bakery every morning, linger over coffee at café terraces and walk along the quays of the Seine, where booksellers have sold second-hand books from green boxes since the sixteenth century.\n\n" +
        "Food is taken seriously: open-air markets, cheese shops and bistros are part of ordinary life, and the city has more starred restaurants than almost anywhere else. Paris is also a city of students, with dozens of universities and grandes écoles, and it hosts fashion weeks, book fairs and, in 2024, the Summer Olympic Games.",
      cues: ["life", "food", "culture", "people", "daily", "eat"],
      points: [
        "Parisians buy fresh bread daily and meet at café terraces.",
        "Booksellers have lined the Seine's quays for centuries.",
        "Markets, bistros and starred restaurants make it a capital of food.",
        "Paris hosted the Summer Olympic Games in 2024.",
      ],
    },
    {
      text:
        "The best times to visit Paris are spring, from April to early June, and autumn, from September to October. The weather is mild, the parks are at their best and the crowds are thinner than in summer. July and August are warm and busy with visitors, while many Parisians leave the city on holiday, so some small shops and restaurants close.\n\n" +
        "Winter is cold and grey but quiet, with lower prices and short queues at the museums. Whatever the season, book the Eiffel Tower and the Louvre ahead, and plan to walk: the centre is compact, and the metro covers the rest.",
      cues: ["visit", "time", "year", "when", "best", "season", "trip", "go", "travel", "weather"],
      points: [
        "Spring (April to early June) and autumn (September to October) are the best seasons.",
        "Summer is warm and crowded, and some small shops close in August.",
        "Winter is cold but quiet, with short museum queues.",
        "Book the big sights ahead and explore the centre on foot.",
      ],
    },
    {
      text: "Paris has a population of about two million people in the city itself, and more than twelve million in its wider metropolitan area, the largest in the European Union. France as a whole has about sixty-eight million inhabitants.",
      cues: ["population", "people", "big", "large", "live", "many", "inhabitants", "size"],
    },
    {
      text:
        "France is the largest country of the European Union by area, stretching from the English Channel to the Mediterranean and from the Atlantic to the Alps. Around sixty-eight million people live there. Paris is its capital, and other large cities include Marseille, Lyon, Toulouse and Nice.\n\n" +
        "The country is a republic with a president and a prime minister, and it was one of the founding members of what became the European Union. It is famous for its wine regions, its cheeses, its long tradition in literature, philosophy and science, and for being the most visited country in the world.",
      cues: ["country", "french", "population"],
      points: [
        "France is the largest EU country by area.",
        "About sixty-eight million people live there.",
        "Its large cities include Paris, Marseille, Lyon, Toulouse and Nice.",
        "It is a republic and a founding member of the EU.",
        "It is the most visited country in the world.",
      ],
    },
  ],
};
