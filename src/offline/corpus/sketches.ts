/**
 * Short true descriptions of everyday subjects a learner asks to have described in a set length
 * ("the ocean in exactly five words", "two sentences about volcanoes", "a cat in under 50
 * characters"): words that fit the subject, and plain sentences of common knowledge, each short
 * enough to stand alone. Nothing here is a claim a reader could dispute; a subject not listed is
 * declined, never described from a neighbour.
 */
export interface Sketch {
  /** The names a request uses for it (singular and plural), lower case. */
  names: string[];
  /** Words that describe it, the most telling first. */
  words: string[];
  /** Sentences of common knowledge about it, each complete on its own. */
  sentences: string[];
}

export const SKETCHES: Sketch[] = [
  {
    names: ["ocean", "oceans", "the ocean", "sea", "the sea", "seas"],
    words: ["vast", "deep", "salty", "blue", "restless", "tidal", "wild", "endless", "cold", "alive"],
    sentences: [
      "The ocean covers about seventy per cent of the Earth's surface.",
      "Its water is salty, and its tides rise and fall twice a day.",
      "Whales, fish, coral and countless tiny plankton live in it.",
      "Its deepest point, the Mariana Trench, is about eleven kilometres down.",
    ],
  },
  {
    names: ["summer"],
    words: ["warm", "sunny", "bright", "long", "lazy", "golden", "green", "free", "hot", "light"],
    sentences: [
      "Summer is the warmest season of the year.",
      "Its days are long, and the sun sets late in the evening.",
      "Many people take holidays and spend time outdoors.",
      "Fruit such as strawberries and peaches ripens in summer.",
    ],
  },
  {
    names: ["winter"],
    words: ["cold", "dark", "frosty", "quiet", "snowy", "crisp", "cosy", "long", "grey", "still"],
    sentences: [
      "Winter is the coldest season of the year.",
      "Its days are short, and the nights are long.",
      "In many places snow falls and lakes freeze over.",
      "People wrap up in coats, scarves and gloves to stay warm.",
    ],
  },
  {
    names: ["autumn", "fall"],
    words: ["golden", "crisp", "cool", "windy", "colourful", "misty", "rustling", "mellow", "damp", "calm"],
    sentences: [
      "Autumn is the season between summer and winter.",
      "Leaves turn red, orange and gold before they fall.",
      "The days grow shorter and the air turns cooler.",
      "It is harvest time for apples, pumpkins and grain.",
    ],
  },
  {
    names: ["spring"],
    words: ["fresh", "green", "blooming", "mild", "bright", "rainy", "new", "hopeful", "lively", "soft"],
    sentences: [
      "Spring is the season between winter and summer.",
      "Flowers bloom and trees grow new leaves.",
      "The days get longer and the weather warms up.",
      "Many birds build nests and lay eggs in spring.",
    ],
  },
  {
    names: ["cat", "cats", "a cat", "kitten", "kittens"],
    words: ["curious", "graceful", "independent", "soft", "playful", "agile", "quiet", "clever", "sleepy", "proud"],
    sentences: [
      "Cats are small, agile animals that people have kept as pets for thousands of years.",
      "They sleep for much of the day and are most active at dawn and dusk.",
      "A cat purrs when it is content and keeps its fur clean by licking it.",
      "Cats have sharp claws, keen hearing and eyes that see well in dim light.",
    ],
  },
  {
    names: ["dog", "dogs", "a dog", "puppy", "puppies"],
    words: [
      "loyal",
      "friendly",
      "playful",
      "faithful",
      "energetic",
      "curious",
      "protective",
      "loving",
      "smart",
      "happy",
    ],
    sentences: [
      "Dogs were the first animals people tamed, many thousands of years ago.",
      "They have a keen sense of smell, far sharper than ours.",
      "Dogs can learn commands and are often trained to help people.",
      "A dog wags its tail to show how it feels.",
    ],
  },
  {
    names: ["volcano", "volcanoes", "volcanos", "a volcano"],
    words: ["fiery", "explosive", "molten", "smoky", "powerful", "rumbling", "dangerous", "hot", "towering", "ashen"],
    sentences: [
      "A volcano is an opening in the Earth's crust where molten rock, ash and gas escape.",
      "Molten rock is called magma underground and lava once it reaches the surface.",
      "Some volcanoes erupt violently, while others let lava flow out slowly.",
      "Volcanic ash makes the soil around many volcanoes very fertile.",
    ],
  },
  {
    names: ["moon", "the moon"],
    words: ["silver", "bright", "pale", "cratered", "distant", "quiet", "round", "glowing", "cold", "airless"],
    sentences: [
      "The Moon is Earth's only natural satellite.",
      "It orbits the Earth about once a month, about 384,000 kilometres away.",
      "It shines by reflecting sunlight and has no light of its own.",
      "Its surface is covered with craters, dust and dark plains of old lava.",
    ],
  },
  {
    names: ["sun", "the sun"],
    words: ["bright", "hot", "blazing", "golden", "vast", "radiant", "fiery", "warm", "glowing", "powerful"],
    sentences: [
      "The Sun is the star at the centre of our solar system.",
      "Its light takes about eight minutes to reach the Earth.",
      "It gives the Earth the light and warmth that life depends on.",
      "It is a huge ball of hot gas, mostly hydrogen and helium.",
    ],
  },
  {
    names: ["rain", "the rain", "rainy days", "a rainy day", "rainy day"],
    words: ["wet", "grey", "cool", "soft", "steady", "pattering", "fresh", "gentle", "heavy", "cleansing"],
    sentences: [
      "Rain is water that falls from clouds in drops.",
      "It forms when tiny droplets in a cloud join into drops too heavy to float.",
      "Plants, rivers and farms all depend on it.",
      "The smell after rain on dry ground even has a name: petrichor.",
    ],
  },
  {
    names: ["snow"],
    words: ["white", "cold", "soft", "quiet", "fluffy", "crisp", "sparkling", "fresh", "deep", "powdery"],
    sentences: [
      "Snow is frozen water that falls from clouds as ice crystals.",
      "Each snowflake is made of ice crystals with six sides.",
      "Fresh snow muffles sound, so a snowy street is unusually quiet.",
      "Snow falls when the air is cold enough for the crystals not to melt.",
    ],
  },
  {
    names: ["coffee"],
    words: ["bold", "rich", "dark", "bitter", "warm", "aromatic", "strong", "roasted", "smooth", "energising"],
    sentences: [
      "Coffee is a drink made from the roasted seeds of the coffee plant.",
      "It contains caffeine, which helps many people feel more awake.",
      "Brazil grows more coffee than any other country.",
      "It can be served black, with milk, or as espresso.",
    ],
  },
  {
    names: ["paris"],
    words: [
      "historic",
      "elegant",
      "romantic",
      "artistic",
      "lively",
      "grand",
      "stylish",
      "busy",
      "beautiful",
      "cultured",
    ],
    sentences: [
      "Paris is the capital of France.",
      "The river Seine flows through the middle of the city.",
      "The Eiffel Tower, finished in 1889, is its best-known landmark.",
      "The Louvre, once a royal palace, is one of the largest art museums in the world.",
    ],
  },
  {
    names: ["tea"],
    words: ["warm", "soothing", "fragrant", "calming", "comforting", "hot", "mild", "refreshing", "golden", "gentle"],
    sentences: [
      "Tea is a drink made by soaking the leaves of the tea plant in hot water.",
      "Green, black and oolong tea all come from the same plant.",
      "After water, it is one of the most widely drunk drinks in the world.",
      "Tea was first drunk in China thousands of years ago.",
    ],
  },
  {
    names: ["forest", "forests", "the forest", "woods"],
    words: ["green", "shady", "quiet", "ancient", "leafy", "wild", "dense", "mossy", "peaceful", "tall"],
    sentences: [
      "A forest is a large area covered mostly by trees.",
      "Forests give shelter to a great many animals and plants.",
      "Their trees take in carbon dioxide and give off oxygen.",
      "Forests cover about a third of the Earth's land.",
    ],
  },
  {
    names: ["mountain", "mountains", "the mountains"],
    words: ["tall", "steep", "rocky", "majestic", "snowy", "rugged", "lofty", "cold", "vast", "quiet"],
    sentences: [
      "A mountain is a landform that rises high above the land around it.",
      "The air on a mountain gets colder and thinner the higher you go.",
      "Many mountains are formed where the plates of the Earth's crust push together.",
      "Mount Everest, at 8,849 metres, is the highest mountain on Earth.",
    ],
  },
  {
    names: ["night", "the night"],
    words: ["dark", "quiet", "still", "starry", "calm", "cool", "deep", "silent", "peaceful", "mysterious"],
    sentences: [
      "Night is the time between sunset and sunrise, when the sky is dark.",
      "Most people sleep at night, while owls and bats come out.",
      "On a clear night you can see the Moon and thousands of stars.",
      "Nights are longest in winter and shortest in summer.",
    ],
  },
  {
    names: ["stars", "star", "the stars"],
    words: [
      "bright",
      "distant",
      "twinkling",
      "countless",
      "glowing",
      "ancient",
      "burning",
      "silver",
      "shining",
      "vast",
    ],
    sentences: [
      "A star is a huge ball of hot gas that shines by its own light.",
      "The Sun is the nearest star to the Earth.",
      "Stars seem to twinkle because their light passes through moving air.",
      "The light of many stars we see left them long ago.",
    ],
  },
  {
    names: ["tree", "trees"],
    words: ["tall", "green", "leafy", "rooted", "strong", "shady", "old", "growing", "sturdy", "living"],
    sentences: [
      "A tree is a tall plant with a woody trunk, branches and leaves.",
      "Trees take in carbon dioxide and give off oxygen.",
      "Some trees live for thousands of years.",
      "A tree's age can be counted from the rings in its trunk.",
    ],
  },
  {
    names: ["beach", "beaches", "the beach"],
    words: ["sandy", "sunny", "breezy", "warm", "relaxing", "salty", "golden", "calm", "bright", "open"],
    sentences: [
      "A beach is a strip of sand or pebbles where the land meets the sea.",
      "Waves slowly grind rocks and shells into sand.",
      "Many people swim, sunbathe and walk on beaches in summer.",
      "The tide moves up and down the beach twice a day.",
    ],
  },
  {
    names: ["desert", "deserts", "the desert"],
    words: ["dry", "hot", "sandy", "vast", "barren", "dusty", "silent", "harsh", "empty", "sunbaked"],
    sentences: [
      "A desert is a dry region that gets very little rain.",
      "Many deserts are hot by day and cold at night.",
      "Cacti and other hardy plants store water to survive there.",
      "The Sahara in North Africa is the largest hot desert.",
    ],
  },
  {
    names: ["sky", "the sky", "skies"],
    words: ["blue", "vast", "open", "clear", "endless", "bright", "cloudy", "high", "boundless", "changing"],
    sentences: [
      "The sky is the air above us, seen from the ground.",
      "On a clear day it looks blue because air scatters blue sunlight most.",
      "Clouds drift across the sky, carried by the wind.",
      "At sunrise and sunset the sky often turns orange and pink.",
    ],
  },
  {
    names: ["river", "rivers", "the river"],
    words: ["flowing", "winding", "long", "fresh", "steady", "wide", "calm", "rushing", "deep", "wandering"],
    sentences: [
      "A river is a large stream of fresh water flowing over land.",
      "Most rivers flow into a sea, a lake or another river.",
      "Rivers carry mud and sand downstream and shape their valleys.",
      "The Nile and the Amazon are among the longest rivers in the world.",
    ],
  },
  {
    names: ["wind", "the wind"],
    words: ["breezy", "gusty", "cool", "invisible", "restless", "wild", "howling", "fresh", "strong", "whistling"],
    sentences: [
      "Wind is air moving from one place to another.",
      "It blows from areas of high pressure towards areas of low pressure.",
      "Wind turbines and sailing boats use its power.",
      "A very strong, spinning wind storm is called a tornado.",
    ],
  },
  {
    names: ["bird", "birds"],
    words: ["feathered", "winged", "small", "quick", "colourful", "singing", "light", "graceful", "free", "chirpy"],
    sentences: [
      "Birds are animals with feathers, wings and a beak.",
      "They lay eggs, usually in nests.",
      "Most birds can fly, but penguins and ostriches cannot.",
      "Many birds migrate long distances with the seasons.",
    ],
  },
  {
    names: ["flower", "flowers"],
    words: ["colourful", "fragrant", "delicate", "bright", "blooming", "pretty", "soft", "sweet", "vivid", "fresh"],
    sentences: [
      "Flowers are the parts of plants that make seeds.",
      "Their colours and scents attract bees and other pollinators.",
      "Roses, tulips and daisies are popular garden flowers.",
      "Many flowers open in spring and summer.",
    ],
  },
  {
    names: ["bee", "bees"],
    words: ["busy", "buzzing", "hardworking", "striped", "tiny", "social", "golden", "industrious", "fuzzy", "useful"],
    sentences: [
      "Bees are flying insects that feed on nectar and pollen from flowers.",
      "Honey bees live in large colonies with one queen.",
      "By carrying pollen from flower to flower, bees help many plants grow fruit.",
      "Honey bees make honey from nectar and store it in wax combs.",
    ],
  },
  {
    names: ["elephant", "elephants"],
    words: ["huge", "gentle", "wise", "grey", "strong", "social", "majestic", "heavy", "clever", "calm"],
    sentences: [
      "Elephants are the largest animals living on land.",
      "They use their long trunks to breathe, smell, drink and pick things up.",
      "Elephants live in family groups led by an older female.",
      "They are found in Africa and Asia.",
    ],
  },
  {
    names: ["chocolate"],
    words: ["sweet", "rich", "smooth", "creamy", "dark", "indulgent", "velvety", "delicious", "bitter", "melting"],
    sentences: [
      "Chocolate is made from the roasted seeds of the cacao tree.",
      "Dark chocolate has more cacao and less sugar than milk chocolate.",
      "Cacao was first used by peoples of Central and South America.",
      "Chocolate melts at about body temperature, which is why it melts in the mouth.",
    ],
  },
  {
    names: ["music"],
    words: [
      "rhythmic",
      "moving",
      "joyful",
      "melodic",
      "uplifting",
      "soothing",
      "lively",
      "emotional",
      "universal",
      "harmonious",
    ],
    sentences: [
      "Music is sound arranged in time, with rhythm, melody and harmony.",
      "Every known human culture makes music.",
      "People play it on instruments or sing it with their voices.",
      "Music can change how people feel, from calm to excited.",
    ],
  },
  {
    names: ["friendship", "friends", "a friend"],
    words: ["loyal", "warm", "trusting", "kind", "supportive", "joyful", "honest", "caring", "lasting", "precious"],
    sentences: [
      "Friendship is a close bond between people who care about each other.",
      "Good friends listen, help and enjoy spending time together.",
      "Friendships are built on trust and grow over time.",
      "Having friends is good for people's health and happiness.",
    ],
  },
  {
    names: ["city", "cities", "the city"],
    words: ["busy", "crowded", "noisy", "lively", "bright", "modern", "bustling", "tall", "diverse", "vibrant"],
    sentences: [
      "A city is a large town where many people live and work close together.",
      "Cities have many shops, offices, schools and kinds of transport.",
      "More than half of the world's people now live in cities.",
      "Tall buildings let a city fit many people into a small area.",
    ],
  },
  {
    names: ["book", "books", "reading"],
    words: [
      "inspiring",
      "quiet",
      "absorbing",
      "thoughtful",
      "timeless",
      "rich",
      "engaging",
      "magical",
      "wise",
      "calming",
    ],
    sentences: [
      "A book is a set of written or printed pages bound together.",
      "Reading lets you learn about places and people you may never meet.",
      "Libraries lend books to anyone for free.",
      "Books can be read on paper or on a screen.",
    ],
  },
];

/** The sketch of a subject named in a request ("the ocean", "cats"), if there is one. */
export function sketchOf(subject: string): Sketch | undefined {
  const s = subject
    .toLowerCase()
    .replace(/[.?!,;:"'“”]+/g, "")
    .replace(/^(?:the|a|an|my|our)\s+/, "")
    .trim();
  return SKETCHES.find((k) => k.names.some((n) => n.replace(/^(?:the|a|an)\s+/, "") === s));
}
