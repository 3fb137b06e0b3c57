/**
 * A BLIND everyday set (p): prompts written by an outside tester without looking at the model, in
 * the voices of a night-shift nurse, a taxi driver, a primary teacher, a retired engineer, a student
 * nurse, a baker, a gym coach and a tour guide. Nobody tunes against these.
 */
import { ask, assistant, cannot, chat, developer, system, user, withTopics } from "./build";
import {
  admits,
  all,
  any,
  dateIs,
  has,
  hasAny,
  inOrder,
  lacks,
  linesEach,
  listOf,
  marks,
  maxSentences,
  maxWords,
  num,
  occurrences,
  onlyLabel,
  pick,
  sentenceCount,
  spelled,
  startsYesNo,
  weekday,
  wordCount,
} from "./checks";
import type { Check, EverydayPrompt } from "./types";

/** Exactly one of the options is named (a pick among given choices). */
const exactlyOne = (...options: (string | RegExp)[]): Check =>
  any(...options.map((o) => all(has(o), lacks(...options.filter((x) => x !== o)))));

const PICKED =
  /\b(?:pick|picked|picking|chose|choose|chosen|random|randomly|roll|rolled|rolling|landed|got|go with|how about|let's|lets|it's|it is)\b/i;

const RIVER =
  /^(?:the\s+)?(?:river\s+)?(danube|rhine|thames|seine|loire|rh[oô]ne|elbe|oder|vistula|volga|dnieper|dnipro|don|po|tagus|tajo|tejo|ebro|douro|duero|guadalquivir|shannon|severn|tiber|garonne|main|meuse|maas|moselle|mosel|weser|ural|daugava|neva|tisza|drava|sava|arno|inn|dniester|glomma|kl[aä]lven|spree|havel|danube river|rhine river|thames river|seine river|liffey|trent|tyne|mersey|clyde|tweed)(?:\s+river)?\.?(?:\s*[-–—(,:].*)?$/i;

const SLEEP = [
  "sleep",
  "sleeping",
  "blackout",
  "curtains",
  "dark",
  "darkness",
  "caffeine",
  "coffee",
  "earplugs",
  "eye mask",
  "bed",
  "bedroom",
  "routine",
  "nap",
  "phone",
  "screens",
  "screen",
  "cool",
  "quiet",
  "noise",
  "white noise",
  "light",
  "alcohol",
];

const PROMPTS: EverydayPrompt[] = [
  // ---- capitals -------------------------------------------------------------------------------
  ask(
    "capitals",
    "p-ghana",
    "had a passenger from ghana tonight, nice bloke, we got talking about home. whats the capital of ghana again?",
    has("Accra"),
  ),
  chat(
    "capitals",
    "p-portugal-guide",
    [
      system("You help tour guides prepare. Keep every answer to one short sentence."),
      user("Which city is the capital of Portugal?"),
    ],
    all(hasAny("Lisbon", "Lisboa"), maxSentences(2)),
  ),
  chat(
    "capitals",
    "p-nz-gym-trip",
    [
      user("I'm organising a training camp for my gym group in New Zealand next spring."),
      assistant("That sounds like a brilliant trip! New Zealand has great trails and outdoor training spots."),
      user("Quick one, half the group swear the capital there is Auckland. What is it actually?"),
    ],
    has("Wellington"),
  ),
  ask(
    "capitals",
    "p-turkey-class",
    "My Year 4 class is doing a project on Turkey and most of them wrote Istanbul as the capital. What is the real capital so I can mark it properly?",
    has("Ankara"),
  ),
  chat(
    "capitals",
    "p-egypt-nile",
    [
      user("I'm taking a group of twenty pensioners to Egypt in March, my first time guiding there."),
      assistant("How exciting! March is a good month for Egypt, warm but not too hot."),
      user("What's the capital of that country, and which river flows through it?"),
    ],
    all(has("Cairo"), has("Nile")),
  ),
  ask(
    "capitals",
    "p-nordic-pair",
    "Could you please tell me the capitals of Sweden and Finland? I'm guiding a Baltic cruise group next month.",
    all(has("Stockholm"), has("Helsinki")),
  ),
  ask(
    "capitals",
    "p-brazil-long",
    "I'm revising for a geography quiz my cousin set me as a break from my pharmacology flashcards. She says the answer is not Rio de Janeiro and not Sao Paulo either, which confused me. So which city is the capital of Brazil?",
    hasAny("Brasília", "Brasilia"),
  ),
  ask(
    "capitals",
    "p-argentina-tonight",
    "What's the capital of Argentina, and how busy is the traffic there tonight?",
    all(has("Buenos Aires"), admits()),
  ),

  // ---- elements -------------------------------------------------------------------------------
  ask(
    "elements",
    "p-potassium",
    "On the ward we hand out a lot of potassium supplements at night. What is the chemical symbol for potassium?",
    has(/\bK\b/),
  ),
  chat(
    "elements",
    "p-ag",
    [
      user("found an old spoon in my nan's drawer stamped 'Ag 925'"),
      assistant("That stamp is a purity mark, a sign the spoon is made of a fairly pure metal."),
      user("what element does the Ag stand for"),
    ],
    has("silver"),
  ),
  ask("elements", "p-nitrogen-number", "What's the atomic number of nitrogen?", num(7)),
  chat(
    "elements",
    "p-breathe-tutor",
    [
      system("You are a science helper for a primary school class of eight-year-olds. Use simple words."),
      user("What gas do our bodies need from the air we breathe in, and what is its chemical symbol?"),
    ],
    all(has("oxygen"), has(/\bO\b|\bO2\b|O₂/)),
  ),
  chat(
    "elements",
    "p-salt",
    [
      developer("You are a baking science tutor. Keep answers short."),
      user("Table salt is sodium chloride. Apart from sodium, which element is in it?"),
    ],
    has("chlorine"),
  ),
  ask(
    "elements",
    "p-haemoglobin",
    "Which metal element is found in haemoglobin and helps the blood carry oxygen?",
    has("iron"),
  ),
  ask(
    "elements",
    "p-copper",
    "I spent forty years wiring substations. Remind me, what's the chemical symbol for copper?",
    has(/\bCu\b/),
  ),
  chat(
    "elements",
    "p-second-lightest",
    [
      user("What's the lightest element?"),
      assistant("Hydrogen, with atomic number 1."),
      user("and the second lightest? give me its atomic number too"),
    ],
    all(has("helium"), num(2)),
  ),

  // ---- planets --------------------------------------------------------------------------------
  ask(
    "planets",
    "p-furthest",
    "Which planet is the furthest from the sun? (A tourist insisted it's Pluto.)",
    has("Neptune"),
  ),
  ask(
    "planets",
    "p-hottest",
    "A child in my class asked which planet is the hottest. I said Mercury because it's closest to the sun, but a colleague told me that's wrong. Who is right, and which planet is actually the hottest?",
    has("Venus"),
  ),
  chat(
    "planets",
    "p-third",
    [system("Reply in no more than ten words."), user("What's the third planet from the sun?")],
    all(has("Earth"), maxWords(12)),
  ),
  chat(
    "planets",
    "p-after-mars",
    [
      system("You are Stella, a friendly guide at a city planetarium. Answer in at most two sentences."),
      user("Going outward from the sun, which planet comes right after Mars?"),
    ],
    all(has("Jupiter"), maxSentences(2)),
  ),
  ask(
    "planets",
    "p-order",
    "List all the planets in order from the sun, separated by commas.",
    inOrder("Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune"),
  ),
  chat(
    "planets",
    "p-red-spot",
    [
      user("Which planet has the Great Red Spot?"),
      assistant("Jupiter. The Great Red Spot is a giant storm that has lasted for centuries."),
      user("Is that planet bigger than Earth? yes or no"),
    ],
    startsYesNo("yes"),
  ),
  ask(
    "planets",
    "p-sideways",
    "Which planet is tipped right over on its side, so it basically rolls around the sun?",
    has("Uranus"),
  ),
  ask("planets", "p-smaller-than-earth", "How many planets in our solar system are smaller than Earth?", num(3)),

  // ---- arithmetic -----------------------------------------------------------------------------
  ask(
    "arithmetic",
    "p-change",
    "fare came to 23.40 and the passenger handed me a 50. how much change do i give back",
    num(26.6, 0.001),
  ),
  ask(
    "arithmetic",
    "p-flour-batches",
    "One batch of my bread rolls takes 750 g of flour. I'm making 14 batches for the market tomorrow. How many grams of flour is that altogether?",
    num(10500),
  ),
  ask(
    "arithmetic",
    "p-fluid-intake",
    "Night shift fluid chart: the patient drank 250 ml, 180 ml, 320 ml and 95 ml. What's the total intake?",
    num(845),
  ),
  chat(
    "arithmetic",
    "p-squats",
    [
      developer("You assist a gym coach. Show the working briefly."),
      user("9 athletes each do 4 sets of 12 squats. How many squats is that in total?"),
    ],
    num(432),
  ),
  chat(
    "arithmetic",
    "p-calculator",
    [system("You are a calculator. Reply with the number only."), user("144 / 6 + 7")],
    onlyLabel("31"),
  ),
  chat(
    "arithmetic",
    "p-km-total",
    [
      user("I drove 212 km on Monday and 187 km on Tuesday in the cab."),
      assistant("That's 399 km so far this week."),
      user("Add Wednesday's 164 km. What's the new total?"),
    ],
    num(563),
  ),
  ask(
    "arithmetic",
    "p-slide-rule",
    "Back when I started as an engineer we did everything on a slide rule, and I'm trying to teach my grandson how it worked. Before I show him, I want the exact figure to compare against. What is 3.6 multiplied by 4.5?",
    num(16.2, 0.001),
  ),
  ask(
    "arithmetic",
    "p-answer-key",
    "Can you please check my answer key for the times tables test? I wrote 7 x 8 = 54.",
    all(num(56), hasAny("no", "not", "wrong", "incorrect", "mistake", "actually", "should")),
  ),

  // ---- percentages ----------------------------------------------------------------------------
  ask(
    "percentages",
    "p-fare-share",
    "I keep 60% of the fares and the company gets the rest. I took 340 pounds tonight, how much of that is mine?",
    num(204),
  ),
  ask(
    "percentages",
    "p-flour-price",
    "My supplier put the price of a sack of flour up from 18 to 22.50. What's that as a percentage increase?",
    num(25),
  ),
  chat(
    "percentages",
    "p-flu-jabs",
    [
      system("You are a ward assistant for night-shift nurses. Be concise."),
      user("54 of the 60 patients on our ward have had their flu jab. What percentage is that?"),
    ],
    num(90),
  ),
  chat(
    "percentages",
    "p-weight-loss",
    [
      developer("You are an assistant for a gym's coaching staff. Give figures rounded to one decimal place."),
      user("One of my members went from 95 kg to 88 kg. What's the percentage decrease?"),
    ],
    num(7.4, 0.04),
  ),
  ask(
    "percentages",
    "p-tour-discount",
    "A walking tour costs 80 euros per person and groups get 15% off. What does each person pay with the discount?",
    num(68),
  ),
  ask("percentages", "p-eighth", "what is 12.5% of 640", num(80)),
  chat(
    "percentages",
    "p-tip-split",
    [
      user("The bill for the four of us at the staff dinner came to 64."),
      assistant("Got it, 64 in total for four people."),
      user("Add a 10% tip and split it evenly. How much does each of us pay?"),
    ],
    num(17.6, 0.01),
  ),
  ask(
    "percentages",
    "p-vat",
    "A new stand mixer for the bakery costs 240 including 20% VAT. What was the price before VAT was added?",
    num(200),
  ),

  // ---- conversions ----------------------------------------------------------------------------
  ask(
    "conversions",
    "p-baby-weight",
    "The new parents asked me what 3.2 kg is in pounds. Can you convert it?",
    any(num(7.05, 0.03), has(/\b7\s*(?:lb|lbs|pounds?)\s*(?:and\s*)?(?:0\.9|1)\s*(?:oz|ounces?)/i)),
  ),
  ask("conversions", "p-km-miles", "American passenger wants to know how far 30 km is in miles", num(18.64, 0.05)),
  chat(
    "conversions",
    "p-oven",
    [
      system("You are a helpful baking assistant."),
      user("The recipe says bake at 180°C but my old oven dial is only in Fahrenheit. What do I set it to?"),
    ],
    num(356, 1),
  ),
  chat(
    "conversions",
    "p-lb-kg",
    [
      user("One of my clients just benched 225 lb for the first time!"),
      assistant("That's a great milestone, well done to them!"),
      user("what's that in kg? want to put it on our board"),
    ],
    num(102.06, 0.1),
  ),
  chat(
    "conversions",
    "p-metres-feet",
    [
      system("You help a tour guide in the Alps. Round heights to the nearest foot."),
      user("The summit we point out on the tour is 4,810 metres high. How many feet is that?"),
    ],
    num(15781, 2),
  ),
  ask("conversions", "p-inches-mm", "How many millimetres are there in three and a half inches?", num(88.9, 0.1)),
  ask("conversions", "p-hours-minutes", "A school trip lasts 3.5 hours. How many minutes is that?", num(210)),
  ask(
    "conversions",
    "p-mph",
    "Motorway limit is 70 mph. What's that in km/h for my European passengers?",
    num(112.65, 0.4),
  ),

  // ---- dates ----------------------------------------------------------------------------------
  ask("dates", "p-christmas-2030", "What day of the week will Christmas Day 2030 fall on?", weekday("Wednesday")),
  ask("dates", "p-days-after", "How many days after 1 March 2027 is 30 June 2027?", num(121)),
  ask(
    "dates",
    "p-six-weeks",
    "My placement starts on 10 February 2027 and my first assessment is six weeks later. What date is that?",
    dateIs(2027, 3, 24),
  ),
  chat(
    "dates",
    "p-leap-2032",
    [
      user("Our school holds a silly sports day on 29 February, but only in leap years."),
      assistant("What a fun tradition! It makes the day feel extra special."),
      user("Will we get to have one in 2032?"),
    ],
    all(hasAny("yes", "is a leap year", "will be a leap year"), lacks("not a leap year", "isn't a leap year")),
  ),
  ask(
    "dates",
    "p-y2k",
    "I was on call the night of the millennium bug scare, sat in the control room waiting for everything to fall over. Nothing did, of course. I've always wondered: what day of the week was 1 January 2000?",
    weekday("Saturday"),
  ),
  chat(
    "dates",
    "p-sourdough",
    [
      system("You are a helpful assistant for a small bakery."),
      user("I fed my sourdough starter on Monday at 8 pm. It needs 36 hours before I bake with it. When is it ready?"),
    ],
    all(
      has("Wednesday"),
      hasAny(/\b8\s*(?::00)?\s*(?:am|a\.m\.)/i, /\b08:00\b/, /\b8\b.{0,20}\bmorning\b/i, /\bmorning\b.{0,20}\b8\b/i),
    ),
  ),
  ask("dates", "p-age", "I was born on 12 May 1956. How old will I be on 1 January 2027?", num(70)),
  chat(
    "dates",
    "p-cruise",
    [
      user("Our Rhine river tour starts on Friday 4 June 2027."),
      assistant("Lovely! Early June is a great time for the Rhine."),
      user("It lasts 10 days, counting the first day. What's the date of the last day, and which weekday is it?"),
    ],
    all(dateIs(2027, 6, 13), has("Sunday")),
  ),

  // ---- counting -------------------------------------------------------------------------------
  ask("counting", "p-paracetamol", "How many letters are in the word paracetamol?", num(11)),
  chat(
    "counting",
    "p-excellence",
    [
      developer("You are a spelling tutor for children aged seven."),
      user("How many times does the letter e appear in the word 'excellence'?"),
    ],
    num(4),
  ),
  ask(
    "counting",
    "p-sign-words",
    "Count the words on my new shop sign: 'Fresh bread baked every morning before sunrise'",
    num(7),
  ),
  ask("counting", "p-amsterdam", "how many vowels in Amsterdam", num(3)),
  chat(
    "counting",
    "p-tour-group",
    [
      user("Tomorrow's tour group: Ana, Ben, Chloe, Dev, Emma, Farid and Gus."),
      assistant("Got it, I've noted tomorrow's group."),
      user("Two more just booked, Hana and Ivo. How many people are in the group now?"),
    ],
    num(9),
  ),
  ask(
    "counting",
    "p-training-days",
    "Count how many days I trained this week: Mon yes, Tue no, Wed yes, Thu yes, Fri no, Sat yes, Sun no.",
    num(4),
  ),
  ask(
    "counting",
    "p-thermodynamics",
    "How many letters are in 'thermodynamics', and how many of them are the letter m?",
    all(num(14), any(num(2), has("twice"))),
  ),
  chat(
    "counting",
    "p-handover-sentences",
    [
      system("You are a study helper for student nurses."),
      user(
        "How many sentences are in this handover note? 'Mr Patel slept well. His blood pressure was stable overnight. He asked for water at 3 am. Please check his dressing in the morning.'",
      ),
    ],
    num(4),
  ),

  // ---- word tasks -----------------------------------------------------------------------------
  ask("word-tasks", "p-backwards", "Spell 'stethoscope' backwards.", has("epocsohtets")),
  chat(
    "word-tasks",
    "p-animals-sort",
    [
      system("You help a primary school teacher. Reply with the sorted list only."),
      user("Put these in alphabetical order for my class word wall: zebra, otter, badger, newt, heron"),
    ],
    inOrder("badger", "heron", "newt", "otter", "zebra"),
  ),
  ask(
    "word-tasks",
    "p-grains-reverse",
    "Sort these grains in reverse alphabetical order: rye, spelt, barley, oat",
    inOrder("spelt", "rye", "oat", "barley"),
  ),
  ask(
    "word-tasks",
    "p-haemorrhage",
    "Could you spell 'haemorrhage' letter by letter? I always get it wrong in my care notes.",
    spelled("haemorrhage"),
  ),
  ask("word-tasks", "p-shortest", "Which of these is the shortest word: burpee, plank, lunge, squat, row?", has("row")),
  chat(
    "word-tasks",
    "p-plural",
    [system("You are a kind spelling helper for a primary school class."), user("what is the plural of mouse?")],
    has("mice"),
  ),
  ask(
    "word-tasks",
    "p-title-case",
    "Turn this into title case for my brochure: the old town walking tour",
    has(/The Old Town Walking Tour/),
  ),
  chat(
    "word-tasks",
    "p-cab-backwards",
    [
      user("My taxi firm is called Rapid Cabs."),
      assistant("That's a catchy name!"),
      user("Write the firm's name backwards, letter by letter reversed."),
    ],
    has(/sbac\s*dipar/i),
  ),

  // ---- random picks ---------------------------------------------------------------------------
  ask(
    "random-pick",
    "p-pushups",
    "Pick a random number of push-ups between 10 and 20 for today's warm-up.",
    pick(10, 20),
  ),
  ask(
    "random-pick",
    "p-student",
    "Choose a random number from 1 to 28 so I know which pupil reads first.",
    pick(1, 28),
  ),
  ask(
    "random-pick",
    "p-coin",
    "flip a coin for me, heads i take the airport run, tails i go home",
    all(maxWords(30), exactlyOne("heads", "tails")),
  ),
  ask(
    "random-pick",
    "p-lunch",
    "Randomly pick one place for the group lunch: the fish stall, the pancake house or the noodle bar. Just name one.",
    all(maxWords(25), exactlyOne("fish", "pancake", "noodle")),
  ),
  chat(
    "random-pick",
    "p-special-day",
    [
      system("You are a random picker. Reply with only the pick."),
      user("Choose a random day of the week for our bread special."),
    ],
    onlyLabel("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
  ),
  ask(
    "random-pick",
    "p-raffle",
    "Random number between 100 and 200 please, it's for a raffle ticket at the ward party",
    pick(100, 200),
  ),
  chat(
    "random-pick",
    "p-d20",
    [
      system("You are the game master for board-game night at a retirement village."),
      user("Roll a twenty-sided die for me."),
    ],
    pick(1, 20),
  ),
  chat(
    "random-pick",
    "p-door-colour",
    [
      user("I can't decide which colour to paint the bakery door: green, blue or yellow."),
      assistant("All three would look lovely on a bakery front! Each gives a different feel."),
      user("Just pick one for me at random."),
    ],
    all(maxWords(30), exactlyOne("green", "blue", "yellow")),
  ),

  // ---- labels, yes or no ----------------------------------------------------------------------
  ask(
    "label-yes-no",
    "p-heart-rate",
    "Is a resting heart rate of 72 beats per minute within the normal range for an adult? Answer yes or no.",
    startsYesNo("yes"),
  ),
  ask(
    "label-yes-no",
    "p-statement",
    "Label this sentence as a question or a statement. Reply with one word only: 'The children are going to the museum on Friday.'",
    onlyLabel("statement"),
  ),
  ask(
    "label-yes-no",
    "p-croissant-review",
    "Customer review: 'The croissants were stale and the coffee was cold.' Is that positive, negative or neutral? Just the label please.",
    onlyLabel("negative"),
  ),
  ask("label-yes-no", "p-even", "is 35 an even number? yes or no only", onlyLabel("no")),
  chat(
    "label-yes-no",
    "p-gym-ticket",
    [
      system(
        "You sort messages sent to a gym's front desk into one of these categories: billing, booking, complaint. Reply with the category only.",
      ),
      user("Hi, I was charged twice for my membership this month."),
    ],
    onlyLabel("billing"),
  ),
  chat(
    "label-yes-no",
    "p-boiling",
    [
      system("Answer yes or no first, then at most one sentence."),
      user("Does water boil at 100 degrees Celsius at sea level?"),
    ],
    startsYesNo("yes"),
  ),
  ask(
    "label-yes-no",
    "p-prime-91",
    "Is 91 a prime number? Yes or no, then one short reason.",
    all(startsYesNo("no"), has("7"), has("13")),
  ),
  chat(
    "label-yes-no",
    "p-triage",
    [
      system("Label each message from the ward as urgent or routine. Reply with one word."),
      user("Patient in bed 4 says her chest feels tight and she is short of breath."),
      assistant("urgent"),
      user("Bed 9 would like an extra blanket."),
    ],
    onlyLabel("routine"),
  ),

  // ---- exact counts ---------------------------------------------------------------------------
  ask(
    "exact-counts",
    "p-warmups",
    "Give me exactly 5 warm-up exercises as a numbered list, nothing else.",
    all(
      listOf(5, "numbered"),
      marks(
        2,
        "jumping jacks",
        "jacks",
        "lunges",
        "lunge",
        "squats",
        "squat",
        "arm circles",
        "circles",
        "high knees",
        "skipping",
        "jog",
        "jogging",
        "stretch",
        "stretches",
        "leg swings",
        "swings",
        "butt kicks",
        "push-ups",
        "plank",
        "burpees",
        "hip",
        "rotations",
        "march",
        "shuffle",
        "inchworms",
        "inchworm",
      ),
    ),
  ),
  ask(
    "exact-counts",
    "p-recycle",
    "Write exactly three sentences about why we recycle, simple enough for a Year 3 class.",
    all(
      sentenceCount(3),
      hasAny("recycle", "recycling", "recycled", "rubbish", "waste", "plastic", "bottles", "paper", "planet"),
    ),
  ),
  chat(
    "exact-counts",
    "p-bread-four",
    [
      developer("You write short copy for a small bakery's chalkboard."),
      user("Describe fresh bread in exactly four words."),
    ],
    all(
      wordCount(4),
      marks(
        1,
        "warm",
        "crusty",
        "crust",
        "golden",
        "soft",
        "fluffy",
        "fresh",
        "bread",
        "loaf",
        "baked",
        "oven",
        "fragrant",
        "crunchy",
        "chewy",
        "airy",
        "toasty",
        "aroma",
        "yeasty",
        "delicious",
        "homemade",
        "tender",
        "steaming",
        "comforting",
        "pillowy",
      ),
    ),
  ),
  ask("exact-counts", "p-rivers", "Name four rivers in Europe, one per line.", linesEach(4, RIVER)),
  ask(
    "exact-counts",
    "p-dehydration",
    "List 3 signs of dehydration as bullet points, nothing else.",
    all(
      listOf(3, "bullet"),
      marks(
        1,
        "thirst",
        "thirsty",
        "dry mouth",
        "dry",
        "headache",
        "dizziness",
        "dizzy",
        "dark urine",
        "urine",
        "tired",
        "tiredness",
        "fatigue",
        "confusion",
        "lips",
        "skin",
        "peeing",
      ),
    ),
  ),
  chat(
    "exact-counts",
    "p-meter-sentence",
    [system("Answer every question in exactly one sentence."), user("Why do taxis have meters?")],
    all(
      sentenceCount(1),
      hasAny("fare", "fares", "meter", "meters", "distance", "charge", "charges", "price", "pay", "cost", "time"),
    ),
  ),
  ask(
    "exact-counts",
    "p-states",
    "Name the three states of matter, one per line.",
    linesEach(3, /^(?:solids?|liquids?|gas(?:es)?)\.?$/i),
  ),
  chat(
    "exact-counts",
    "p-sleep-two",
    [
      user("Any tips for sleeping during the day after a night shift?"),
      assistant(
        "Here are some ideas:\n- Use blackout curtains or an eye mask.\n- Wear earplugs or play white noise.\n- Avoid caffeine in the last few hours of your shift.\n- Keep the bedroom cool.\n- Go to bed at the same time after each shift.",
      ),
      user("Too long, I'm knackered. Cut it down to exactly 2 bullet points."),
    ],
    all(listOf(2, "bullet"), marks(1, ...SLEEP)),
  ),

  // ---- what nobody offline can know ----------------------------------------------------------
  cannot("p-m25-traffic", "is there traffic on the M25 near junction 10 right now?"),
  cannot("p-bed-12", "What's the name of the patient in bed 12 on my ward tonight?"),
  cannot("p-flour-supplier", "How much is my flour supplier charging for a 25 kg sack today?"),
  cannot("p-boxing", "Who won the boxing match last night?"),
  cannot("p-museum-queue", "How long is the queue outside the Rijksmuseum at the moment?"),
  cannot("p-lily-mark", "What mark did Lily get on yesterday's spelling test in my class?"),
  cannot("p-exchange-rate", "What's today's exchange rate from pounds to euros?"),
  cannot("p-window-weather", [
    system("You are a cheerful assistant for taxi drivers."),
    user("Is it raining outside my flat right now?"),
  ]),
];

// What a reply longer than a bare answer must name, so that an unrelated passage holding the same
// number or word does not pass.
const TOPICS: Record<string, (string | RegExp)[]> = {
  "elements/p-potassium": ["potassium", "symbol"],
  "elements/p-nitrogen-number": ["nitrogen", "atomic"],
  "elements/p-second-lightest": ["helium", "atomic"],
  "planets/p-smaller-than-earth": ["planet", "planets", "Mercury", "Mars", "Venus"],
  "arithmetic/p-change": ["change", "50", "23.40"],
  "arithmetic/p-flour-batches": ["flour", /\bg\b|grams?|kg|kilo/i, "batches", "14"],
  "arithmetic/p-fluid-intake": [/\bml\b|millilit/i, "intake", "total"],
  "arithmetic/p-squats": ["squat", "squats"],
  "arithmetic/p-km-total": [/\bkm\b|kilomet/i, "total"],
  "arithmetic/p-slide-rule": ["3.6", "4.5", /[×*]|\bx\b|times|multipl/i],
  "arithmetic/p-answer-key": ["7", "8", /[×*]|\bx\b|times/i],
  "percentages/p-fare-share": [/%|percent/i, /£|pounds?|share|yours|keep|mine/i],
  "percentages/p-flour-price": [/%|percent/i, "increase", "rise"],
  "percentages/p-flu-jabs": [/%|percent/i],
  "percentages/p-weight-loss": [/%|percent/i, "decrease"],
  "percentages/p-tour-discount": [/€|euros?|pay|price|discount|off/i],
  "percentages/p-eighth": [/%|percent/i, "640"],
  "percentages/p-tip-split": ["each", "tip", "per person", "split"],
  "percentages/p-vat": ["VAT", "before", "price"],
  "conversions/p-baby-weight": [/pounds?|\blbs?\b/i],
  "conversions/p-km-miles": [/miles?/i],
  "conversions/p-oven": [/°F|fahrenheit|\bF\b/i],
  "conversions/p-lb-kg": [/\bkg\b|kilo/i],
  "conversions/p-metres-feet": [/feet|\bft\b/i],
  "conversions/p-inches-mm": [/\bmm\b|millimet/i],
  "conversions/p-hours-minutes": ["minutes", "min"],
  "conversions/p-mph": [/km\/h|kph|kilomet/i],
  "dates/p-days-after": ["day", "days"],
  "dates/p-leap-2032": ["leap", "2032", "29 February", "February 29"],
  "word-tasks/p-shortest": ["shortest", "letters", "short"],
  "dates/p-y2k": ["2000", "January", "was a", "fell on"],
  "dates/p-age": ["old", "age", "years", "birthday"],
  "counting/p-paracetamol": ["letter", "letters", "paracetamol"],
  "counting/p-excellence": ["excellence", "times", /\be's\b|letter e\b/i],
  "counting/p-sign-words": ["word", "words"],
  "counting/p-amsterdam": ["vowel", "vowels", "Amsterdam"],
  "counting/p-tour-group": ["people", "group", "total"],
  "counting/p-training-days": ["day", "days", "trained", "training"],
  "counting/p-thermodynamics": ["letter", "letters", "thermodynamics"],
  "counting/p-handover-sentences": ["sentence", "sentences"],
  "random-pick/p-pushups": [PICKED, "push-ups", "pushups"],
  "random-pick/p-student": [PICKED, "pupil", "student", "number"],
  "random-pick/p-raffle": [PICKED, "raffle", "ticket", "number"],
  "random-pick/p-d20": [PICKED, "die", "d20"],
  "label-yes-no/p-heart-rate": ["heart", "normal", "72", "bpm", "beats"],
  "label-yes-no/p-boiling": ["boil", "boils", "100", "water"],
  "label-yes-no/p-prime-91": ["prime", "91"],
};

export const BLIND_P: EverydayPrompt[] = withTopics(PROMPTS, TOPICS);
