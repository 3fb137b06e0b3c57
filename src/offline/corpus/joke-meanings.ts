/**
 * What makes a well-known joke or riddle work: the word with two meanings (or the sound-alike) it
 * turns on. These are traditional folk jokes with no author; each meaning is plain English usage
 * (the senses are those of any dictionary, e.g. Merriam-Webster, https://www.merriam-webster.com).
 * Matched on the punchline, so a joke retold in other words before it is still recognised. Covers
 * the jokes the model tells itself (corpus/creative.ts, language/short-forms.ts, skills/notes.ts)
 * and the ones learners most often paste.
 */
export interface JokeMeaning {
  /** The punchline, tolerant of punctuation and small wording changes. */
  test: RegExp;
  /** Why it is funny, in one or two sentences. */
  meaning: string;
}

export const JOKE_MEANINGS: JokeMeaning[] = [
  // Folk jokes learners paste.
  {
    test: /outstanding in (?:his|its|their|her) field/i,
    meaning:
      "It's a pun on \"outstanding in his field\": the phrase usually means excellent at one's job, and a scarecrow literally stands out in a field.",
  },
  {
    test: /\bmake up everything\b/i,
    meaning:
      "It's a pun on \"make up\": atoms make up (form) everything in the world, and to make something up also means to invent it, so you can't trust them.",
  },
  {
    test: /\bimpasta\b/i,
    meaning: 'It\'s a pun: "impasta" sounds like "impostor" (a fake), and a noodle is pasta.',
  },
  {
    test: /\btwo[- ]tired\b/i,
    meaning: 'It\'s a pun: "two-tired" sounds like "too tired", and a bicycle has two tyres.',
  },
  {
    test: /\bdon'?t have the guts\b|\bno guts\b/i,
    meaning:
      'It\'s a pun on "guts": having the guts means having the courage, and a skeleton literally has no guts (no insides).',
  },
  {
    test: /\banti-?gravity\b[\s\S]*\bput (?:it )?down\b|\bimpossible to put down\b/i,
    meaning:
      'A book that is "impossible to put down" is usually one too good to stop reading; a book about anti-gravity would, literally, float.',
  },
  {
    test: /\btoo many problems\b/i,
    meaning: 'It\'s a pun on "problems": a maths book is full of problems to solve, and a sad person has problems too.',
  },
  {
    test: /\bseven (?:ate|eight) nine\b/i,
    meaning: 'It\'s a pun: "seven eight nine" sounds like "seven ate nine", so six had reason to be afraid.',
  },
  {
    test: /\bnacho cheese\b/i,
    meaning: 'It\'s a pun: "nacho cheese" sounds like "not your cheese".',
  },
  {
    test: /\bgummy bear\b/i,
    meaning: "It's a pun: a bear with no teeth can only gum its food, and gummy bears are sweets.",
  },
  {
    test: /\blost interest\b/i,
    meaning:
      'It\'s a pun on "interest": a banker deals in interest (money paid on loans and savings), and losing interest also means getting bored.',
  },
  {
    test: /\bcrack each other up\b/i,
    meaning: 'It\'s a pun on "crack up": eggs crack, and to crack someone up means to make them laugh.',
  },
  {
    test: /\bjust waved\b/i,
    meaning:
      "It's a pun: the ocean doesn't say anything, it waves, the way a person waves hello and the way the sea makes waves.",
  },
  {
    test: /\bfelt crummy\b/i,
    meaning: 'It\'s a pun: "crummy" means feeling unwell, and a cookie is full of crumbs.',
  },
  {
    test: /\bhole in one\b/i,
    meaning:
      'It\'s a pun on "hole in one": in golf it is a perfect shot, and a hole in one pair of trousers is why he brought a spare.',
  },
  {
    test: /\balways up to something\b/i,
    meaning: 'It\'s a pun: being "up to something" means scheming, and stairs literally go up to something.',
  },
  {
    test: /\bsaw the salad dressing\b/i,
    meaning: 'It\'s a pun: the salad was "dressing" (getting dressed), so the tomato blushed red with embarrassment.',
  },
  {
    test: /\bdino-?snore\b/i,
    meaning: 'It\'s a pun: "dino-snore" sounds like "dinosaur", and a sleeping one snores.',
  },
  {
    test: /\bsee food and I eat it\b/i,
    meaning: 'It\'s a pun: "seafood diet" sounds like "see-food diet", so the speaker eats whatever food they see.',
  },
  {
    test: /\bnever meet\b[\s\S]*\bparallel\b|\bparallel\b[\s\S]*\bnever meet\b/i,
    meaning:
      'Parallel lines have a lot "in common" (they run in the same direction) but by definition never meet, like two people who would get along and never cross paths.',
  },
  // The corpus's own jokes (corpus/creative.ts).
  {
    test: /\blight attracts bugs\b/i,
    meaning:
      'It\'s a pun on "bugs": light attracts insects (bugs), and in programming a bug is a mistake in the code, so a programmer would rather keep the light away.',
  },
  {
    test: /\bfreeze for you\b/i,
    meaning:
      'It\'s a pun on a break: the person meant a rest, and a computer that "freezes" stops responding, which is the only kind of break it knows how to take.',
  },
  {
    test: /\bmay I join you\b|\bcan I join you\b/i,
    meaning:
      'It\'s a pun on "join": in SQL a JOIN combines rows from two tables, and "may I join you?" is what someone in a bar asks at a table.',
  },
  {
    test: /\bcache\b/i,
    meaning: 'It\'s a pun: "cache" (a computer\'s fast store of data) sounds like "cash", so he went broke.',
  },
  {
    test: /\b10 kinds of people\b|\b10 types of people\b/i,
    meaning:
      'In binary, "10" means two, so there are two kinds of people; only those who understand binary read it that way.',
  },
  // Subject jokes (language/short-forms.ts).
  {
    test: /\bice caps\b/i,
    meaning: "It's a pun: a cap is a hat, and ice caps are the ice covering the polar regions where penguins live.",
  },
  {
    test: /\bbreak the ice\b/i,
    meaning: 'It\'s a pun: "breaking the ice" means starting a conversation with strangers, and penguins live on ice.',
  },
  {
    test: /\bigloos it together\b/i,
    meaning: 'It\'s a pun: "igloos it together" sounds like "he glues it together", and an igloo is a house of snow.',
  },
  {
    test: /\bhad a virus\b/i,
    meaning:
      'It\'s a pun on "virus": people with a virus go to the doctor, and computers get viruses too (harmful programs).',
  },
  {
    test: /\bwindows open\b/i,
    meaning: "It's a pun: leaving the windows open makes a room cold, and Windows is a computer's operating system.",
  },
  {
    test: /\bmeowtain\b/i,
    meaning: 'It\'s a pun: "meowtain" mixes "meow" with "mountain", a big pile.',
  },
  {
    test: /\beye on the mouse\b/i,
    meaning: 'It\'s a pun on "mouse": cats watch mice, and a computer has a mouse beside it.',
  },
  {
    test: /\bpurr-?ple\b/i,
    meaning: 'It\'s a pun: "purr-ple" sounds like "purple", with the purr of a cat.',
  },
  {
    test: /\blabracadabrador\b/i,
    meaning: 'It\'s a pun mixing "abracadabra", a magic word, with "labrador", a breed of dog.',
  },
  {
    test: /\bhot dog\b/i,
    meaning: 'It\'s a pun: a dog in the sun gets hot, and a "hot dog" is a sausage in a bun.',
  },
  {
    test: /\bchili dog\b/i,
    meaning: 'It\'s a pun: "chili" sounds like "chilly" (cold), and a chili dog is a hot dog with chili on it.',
  },
  {
    test: /\ba fsh\b/i,
    meaning: 'It\'s a spelling joke: take the "i" (eye) out of "fish" and you get "fsh".',
  },
  {
    test: /\blive in schools\b/i,
    meaning: 'It\'s a pun on "school": a group of fish is called a school, and schools are where people learn.',
  },
  {
    test: /\bground beef\b/i,
    meaning: 'It\'s a pun: a cow with no legs is on the ground, and "ground beef" is minced beef.',
  },
  {
    test: /\bmoo-?vies\b/i,
    meaning: 'It\'s a pun: "moo-vies" sounds like "movies", with the moo of a cow.',
  },
  {
    test: /\ba maybe\b/i,
    meaning: 'It\'s a pun: "a maybe" sounds like "a may-bee", a bee that can\'t decide.',
  },
  {
    test: /\bforgot the words\b/i,
    meaning: "People hum a song when they don't know its words, and bees hum (buzz) all the time.",
  },
  {
    test: /\bgot mugged\b/i,
    meaning: 'It\'s a pun on "mugged": being mugged is being robbed, and coffee is served in a mug.',
  },
  {
    test: /\bgetting grounded\b/i,
    meaning:
      'It\'s a pun on "grounded": kids get grounded (kept at home as a punishment), and coffee beans get ground.',
  },
  {
    test: /\blittle cheesy\b/i,
    meaning: 'It\'s a pun on "cheesy": a pizza is covered in cheese, and a cheesy joke is a corny one.',
  },
  {
    test: /\bsausage a beautiful face\b/i,
    meaning: 'It\'s a pun: "sausage" sounds like "saw such", so the pizza says "I never saw such a beautiful face".',
  },
  {
    test: /\bhigh school\b/i,
    meaning: 'It\'s a pun on "high school": the ladder lets it go up high, and high school is a kind of school.',
  },
  {
    test: /\bfront row was for overachievers\b/i,
    meaning:
      "Sitting at the back is what someone does who wants to avoid attention, the opposite of the overachievers in front.",
  },
  {
    test: /\bprove it wasn't chicken\b/i,
    meaning:
      'It plays on the old joke "Why did the chicken cross the road?": "chicken" also means a coward, so crossing the road proves it isn\'t one.',
  },
  // Knock-knock jokes (skills/notes.ts).
  { test: /\blettuce in\b/i, meaning: 'It\'s a pun: "lettuce in" sounds like "let us in".' },
  {
    test: /\bdon'?t cry\b/i,
    meaning: '"Boo who" sounds like "boohoo", the sound of someone crying, so the answer tells them not to cry.',
  },
  {
    test: /\ba cow says moo\b/i,
    meaning: '"Cow says who?" sounds like the cow is saying "who", so the answer corrects it: a cow says moo.',
  },
  {
    test: /\borange you glad\b/i,
    meaning:
      'It\'s a pun: "orange you glad" sounds like "aren\'t you glad", after knock-knock jokes that used "banana".',
  },
  { test: /\bbless you\b/i, meaning: '"Atch who" sounds like "achoo", a sneeze, so the answer is "bless you".' },
  // Riddles (skills/notes.ts).
  {
    test: /\bkeys\b[\s\S]*\bpiano\b/i,
    meaning: "A piano has keys, but they are the keys you press to play notes, not keys for a lock.",
  },
  {
    test: /\bwetter\b[\s\S]*\btowel\b/i,
    meaning: "A towel dries other things, and as it does, it soaks up the water and gets wetter itself.",
  },
  {
    test: /\bhands\b[\s\S]*\bclock\b/i,
    meaning: "A clock has hands, but they are the pointers that show the time, so they can't clap.",
  },
  {
    test: /\bbroken\b[\s\S]*\begg\b/i,
    meaning: "You have to break an egg's shell before you can cook or eat it.",
  },
  {
    test: /\bnever comes down\b[\s\S]*\bage\b/i,
    meaning: "Your age only ever goes up: it never goes back down.",
  },
  {
    test: /\bneck\b[\s\S]*\bbottle\b/i,
    meaning: "The narrow top of a bottle is called its neck, but a bottle has no head.",
  },
];

/** Why a joke is funny, when it is one of the known ones; null otherwise. */
export function jokeMeaning(text: string): string | null {
  const flat = text.replace(/\s+/g, " ");
  return JOKE_MEANINGS.find((j) => j.test.test(flat))?.meaning ?? null;
}
