/**
 * BLIND set T: everyday prompts written by an outside tester who never saw the offline model.
 * Voices: an electrician, a school bus driver, a physiotherapist, a retired postman, a hairdresser,
 * a vet nurse, a cricket umpire and a primary-school headteacher.
 */
import { ask, assistant, cannot, chat, developer, system, user, withTopics } from "./build";
import {
  admits,
  all,
  hasAny,
  has,
  inOrder,
  lineCount,
  linesEach,
  listOf,
  marks,
  maxWords,
  num,
  occurrences,
  onlyLabel,
  pick,
  plain,
  sentenceCount,
  spelled,
  startsYesNo,
  dateIs,
  weekday,
  wordCount,
} from "./checks";
import type { Check, EverydayPrompt } from "./types";

/** A pick among the given options: exactly one of them named, in a short reply. */
const chooses =
  (...options: string[]): Check =>
  (reply) => {
    const t = plain(reply.text);
    const named = options.filter((o) =>
      new RegExp(`(?<![\\p{L}])${o.replace(/ /g, "[\\s-]")}(?![\\p{L}])`, "iu").test(t),
    );
    if (named.length !== 1) return `${named.length} of the options named, not one (${named.join(", ")})`;
    return maxWords(40)(reply);
  };

/** A called number (a bingo caller may also say its digits in words): one whole number in digits, lo to hi. */
const callsOne =
  (lo: number, hi: number): Check =>
  (reply) => {
    let found = [...new Set((plain(reply.text).match(/(?<![\d.])\d+(?![\d.]\d)/g) ?? []).map(Number))];
    if (found.length > 1) found = found.filter((n) => n !== lo && n !== hi);
    if (found.length !== 1) return `${found.length} numbers in digits, not one call: [${found.slice(0, 6).join(", ")}]`;
    if (found[0] < lo || found[0] > hi) return `${found[0]} is not from ${lo} to ${hi}`;
    return maxWords(40)(reply);
  };

const DOG =
  /^(?:the\s+)?(labradors?|labrador retrievers?|golden retrievers?|retrievers?|german shepherds?|alsatians?|beagles?|poodles?|bulldogs?|french bulldogs?|english bulldogs?|dachshunds?|boxers?|pugs?|border collies?|collies?|spaniels?|cocker spaniels?|springer spaniels?|cavalier king charles spaniels?|terriers?|jack russells?|jack russell terriers?|yorkshire terriers?|yorkies?|staffordshire bull terriers?|staffies?|bull terriers?|west highland terriers?|westies?|greyhounds?|whippets?|huskies|siberian huskies|huskys?|rottweilers?|dobermans?|dobermanns?|great danes?|chihuahuas?|shih tzus?|corgis?|dalmatians?|schnauzers?|miniature schnauzers?|pomeranians?|border terriers?|cockapoos?|labradoodles?|bernese mountain dogs?|st\.? bernards?|saint bernards?|mastiffs?|bloodhounds?|basset hounds?|shar[- ]peis?|akitas?|samoyeds?|malteses?|maltese|weimaraners?|vizslas?|pointers?|setters?|irish setters?|airedales?|lurchers?|shetland sheepdogs?|shelties?|newfoundlands?|boston terriers?|cairn terriers?)\.?$/i;
const RAINBOW = /^(red|orange|yellow|green|blue|indigo|violet)\.?$/i;
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const PROMPTS: EverydayPrompt[] = [
  // ---- capitals ------------------------------------------------------------------------------
  ask(
    "capitals",
    "t-hungary-job",
    "Off to a job in Hungary next month rewiring a hotel. Which city is the capital over there?",
    has("Budapest"),
  ),
  chat(
    "capitals",
    "t-bus-quiz-egypt",
    [
      system("You are a cheerful quiz host keeping primary school children entertained on a bus ride."),
      user("Quiz time! What is the capital city of Egypt?"),
    ],
    has("Cairo"),
  ),
  chat(
    "capitals",
    "t-postman-granddaughter",
    [
      user("My granddaughter is moving to Portugal for work in the spring."),
      assistant("How exciting for her! Do you know whereabouts in Portugal she'll be living?"),
      user("The capital, she says. What's it called again, my memory isn't what it was"),
    ],
    has("Lisbon"),
  ),
  ask("capitals", "t-nz-auckland", "capital of new zealand? is it auckland", has("Wellington")),
  ask(
    "capitals",
    "t-head-assembly-two",
    "For our geography assembly on Friday I need the capitals of Japan and South Korea. Could you please give me both?",
    has("Tokyo", "Seoul"),
  ),
  chat(
    "capitals",
    "t-dev-ireland-only",
    [developer("Answer with the city name only, nothing else."), user("Capital of Ireland")],
    onlyLabel("Dublin"),
  ),
  ask(
    "capitals",
    "t-umpire-bangladesh",
    "I'm umpiring a tour match in Bangladesh this winter and the lads asked me where we fly into. What's the capital city there?",
    hasAny("Dhaka", "Dacca"),
  ),
  ask(
    "capitals",
    "t-greece-traffic",
    "What's the capital of Greece, and how bad is the traffic there right now?",
    all(has("Athens"), admits()),
  ),

  // ---- elements ------------------------------------------------------------------------------
  chat(
    "elements",
    "t-copper-symbol",
    [
      system("You are an assistant for electrical apprentices at a training college."),
      user("Copper's symbol on the periodic table is what again?"),
    ],
    has(/\bCu\b/),
  ),
  ask(
    "elements",
    "t-vet-k",
    "what element has the symbol K? we talk about it in the bloods all the time at the practice and I never asked",
    has("potassium"),
  ),
  chat(
    "elements",
    "t-tutor-number-one",
    [
      system("You are a patient chemistry tutor for adults returning to education."),
      user("Which element has atomic number 1?"),
    ],
    has("hydrogen"),
  ),
  chat(
    "elements",
    "t-old-pipes",
    [
      user("I'm reading up on the metals you find in old water pipes."),
      assistant("Older houses often have lead pipes, and later ones usually have copper."),
      user("What's the chemical symbol for the first one you mentioned?"),
    ],
    has(/\bPb\b/),
  ),
  ask("elements", "t-carbon-protons", "How many protons does a carbon atom have?", num(6)),
  ask("elements", "t-mercury-liquid", "Is mercury a liquid at room temperature? Yes or no.", startsYesNo("yes")),
  ask(
    "elements",
    "t-physio-ca",
    "One of my patients asked what 'Ca' stands for on her blood test sheet. It's an element isn't it? Which one?",
    has("calcium"),
  ),
  ask(
    "elements",
    "t-ag-two-part",
    "Which element has the symbol Ag, and how many protons does it have?",
    all(has("silver"), num(47)),
  ),

  // ---- planets -------------------------------------------------------------------------------
  ask(
    "planets",
    "t-bus-furthest",
    "The kids on my bus route keep arguing about this one. Which planet is furthest from the sun?",
    has("Neptune"),
  ),
  ask("planets", "t-smallest", "Whats the smallest planet in the solar system", has("Mercury")),
  chat(
    "planets",
    "t-third",
    [
      system("You are a science helper for a class of eight-year-olds. Use simple words."),
      user("Which planet is third from the sun?"),
    ],
    has("Earth"),
  ),
  chat(
    "planets",
    "t-guide-hottest",
    [
      system("You are a stargazing guide at a village astronomy club. Keep every answer under 40 words."),
      user("Which planet is the hottest?"),
    ],
    all(has("Venus"), maxWords(40)),
  ),
  chat(
    "planets",
    "t-after-mars",
    [
      user("Can you list the planets in order from the sun?"),
      assistant("Mercury, Venus, Earth, Mars, Jupiter, Saturn, Uranus, Neptune."),
      user("Thanks. Which one comes straight after Mars?"),
    ],
    has("Jupiter"),
  ),
  ask(
    "planets",
    "t-red-spot",
    "My year 5s are doing a space project and one of them asked me which planet has the Great Red Spot. I should know this! Which is it?",
    has("Jupiter"),
  ),
  ask("planets", "t-between", "Which planets lie between Earth and Saturn?", has("Mars", "Jupiter")),
  ask("planets", "t-moons-earth", "How many moons does Earth have?", num(1)),

  // ---- arithmetic ----------------------------------------------------------------------------
  ask(
    "arithmetic",
    "t-cable-runs",
    "If each cable run is 18 metres and I need 7 runs, how many metres of cable is that altogether?",
    num(126),
  ),
  ask(
    "arithmetic",
    "t-bus-week",
    "I do 4 trips a day with 38 kids on each trip, 5 days a week. How many kid-journeys is that in a week?",
    num(760),
  ),
  ask(
    "arithmetic",
    "t-postman-rounds",
    "Back in the day I delivered to 312 houses a day, six days a week. How many deliveries a week was that?",
    num(1872),
  ),
  ask("arithmetic", "t-minus", "whats 845 minus 379", num(466)),
  chat(
    "arithmetic",
    "t-helper-divide",
    [
      system("You are a maths helper. Put the final answer on its own line at the end."),
      user("What is 936 divided by 24?"),
    ],
    num(39),
  ),
  ask(
    "arithmetic",
    "t-salon-bill",
    "cut is £32, colour is £58 and she also had a fringe trim for £4. whats the total bill?",
    num(94),
  ),
  chat(
    "arithmetic",
    "t-vet-fluids",
    [
      user("We've got 3 dogs on drips in the clinic today, each needs 250 ml of fluids."),
      assistant("Got it: three dogs at 250 ml each."),
      user("And if two more come in needing the same dose, how many ml is that in total for all of them?"),
    ],
    num(1250),
  ),
  chat(
    "arithmetic",
    "t-overs-balls",
    [
      system("You are an assistant for cricket umpires and scorers."),
      user("There are 6 balls in an over. How many balls are bowled in 47 overs?"),
    ],
    num(282),
  ),

  // ---- percentages ---------------------------------------------------------------------------
  ask(
    "percentages",
    "t-shampoo-off",
    "Our retail products are 20% off this week. A shampoo that's normally £15, what does it cost now?",
    num(12),
  ),
  ask(
    "percentages",
    "t-knee-bend",
    "My patient's knee bend went from 80 degrees to 100 degrees after six weeks of rehab. What is that as a percentage improvement?",
    num(25),
  ),
  ask("percentages", "t-35-of-260", "What's 35% of 260?", num(91)),
  ask(
    "percentages",
    "t-vat-invoice",
    "I need to add 20% VAT onto a £450 invoice. What's the total with VAT?",
    num(540),
  ),
  ask(
    "percentages",
    "t-trip-pupils",
    "Of our 240 pupils, 192 came on the school trip to the farm. What percentage of pupils is that?",
    num(80),
  ),
  chat(
    "percentages",
    "t-vacc-up",
    [
      user("Our practice had 160 vaccination appointments last month."),
      assistant("That's a busy month for the team!"),
      user("This month it's gone up by 15%. How many appointments is that now?"),
    ],
    num(184),
  ),
  chat(
    "percentages",
    "t-pension-bills",
    [
      system("You are a friendly budgeting assistant for retired people. Be clear and brief."),
      user("My pension is £1,200 a month and about 30% of it goes on bills. How much is that each month?"),
    ],
    num(360),
  ),
  ask(
    "percentages",
    "t-stamp-rise",
    "When I started, a stamp was 85p. Say it goes up to £1.10 - by what percent has it gone up?",
    num(29.4, 0.1),
  ),

  // ---- conversions ---------------------------------------------------------------------------
  ask("conversions", "t-m-to-mm", "Convert 4.2 metres to millimetres please", num(4200)),
  ask(
    "conversions",
    "t-stone-kg",
    "A new patient told me she weighs 12 stone. What's that in kilograms?",
    num(76.2, 0.3),
  ),
  ask("conversions", "t-dog-temp", "Dog's temperature is reading 39.5°C. What is that in Fahrenheit?", num(103.1, 0.1)),
  ask("conversions", "t-route-km", "my bus route is 42 miles a day. how many km is that", num(67.6, 0.2)),
  chat(
    "conversions",
    "t-oven-f",
    [
      system("You are a helpful kitchen assistant."),
      user("This American recipe says bake at 350°F. What's that in Celsius?"),
    ],
    num(176.7, 0.5),
  ),
  ask(
    "conversions",
    "t-pitch-yards",
    "A cricket pitch is 22 yards long between the stumps. How many metres is that?",
    num(20.12, 0.05),
  ),
  chat(
    "conversions",
    "t-hours-seconds",
    [developer("Give short, direct answers."), user("How many seconds are there in 3 hours?")],
    num(10800),
  ),
  chat(
    "conversions",
    "t-run-miles",
    [
      user("I ran 10 km before my shift this morning!"),
      assistant("Great effort, well done!"),
      user("Cheers. How far is that in miles?"),
    ],
    num(6.21, 0.02),
  ),

  // ---- dates ---------------------------------------------------------------------------------
  chat(
    "dates",
    "t-y2k-weekday",
    [
      system("You are helping a retired postman write down memories from his working life."),
      user("I did a round on the first morning of the new millennium. What day of the week was 1 January 2000?"),
    ],
    weekday("Saturday"),
  ),
  ask(
    "dates",
    "t-half-term",
    "Term starts on Wednesday 2 September 2026. If half term begins exactly 7 weeks after that, what date is it?",
    dateIs(2026, 10, 21),
  ),
  chat(
    "dates",
    "t-days-between",
    [
      user("We're off on a long caravan trip on 10 June 2026."),
      assistant("Lovely! Where are you heading?"),
      user("Cornwall then Wales. We get back on 1 August 2026. How many days is that from the day we leave?"),
    ],
    num(52),
  ),
  ask("dates", "t-leap-2024", "Was 2024 a leap year?", startsYesNo("yes")),
  ask(
    "dates",
    "t-puppy-vaccine",
    "A puppy was born on 14 March 2026 and needs its first jab at exactly 8 weeks old. What date is that?",
    dateIs(2026, 5, 9),
  ),
  chat(
    "dates",
    "t-retirement-100",
    [
      user("My retirement do was on 30 November 2025."),
      assistant("Congratulations on your retirement! I hope it was a great party."),
      user("It was! What date will it be 100 days after that?"),
    ],
    dateIs(2026, 3, 10),
  ),
  ask("dates", "t-xmas-2026", "what day of the week is christmas day 2026", weekday("Friday")),
  ask("dates", "t-summer-days", "How many days are there in July and August put together?", num(62)),

  // ---- counting ------------------------------------------------------------------------------
  ask("counting", "t-physio-letters", "How many letters are in the word 'physiotherapist'?", num(15)),
  ask("counting", "t-electrician-e", "How many e's are in the word electrician?", num(2)),
  chat(
    "counting",
    "t-bus-words",
    [
      system("You are a literacy helper for a primary school."),
      user("Count the words in this sentence: Pack the lunch boxes before the bus arrives."),
    ],
    num(8),
  ),
  chat(
    "counting",
    "t-coach-bicycle",
    [
      system("You are a friendly spelling coach for children aged seven to nine."),
      user("How many letters does the word 'bicycle' have?"),
    ],
    num(7),
  ),
  chat(
    "counting",
    "t-salon-clients",
    [
      user("Here's who I've got booked in tomorrow: Ellie, Mo, Priya, Dan, Rosa and Kwame."),
      assistant("Thanks, I've noted your bookings for tomorrow."),
      user("How many clients is that?"),
    ],
    num(6),
  ),
  ask("counting", "t-umbrella-vowels", "how many vowels in umbrella", num(3)),
  ask("counting", "t-postcode-o", "How many times does the letter o appear in the phrase 'postcode office'?", num(3)),
  ask("counting", "t-scissors-consonants", "How many consonants are in the word 'scissors'?", num(6)),

  // ---- word tasks ----------------------------------------------------------------------------
  chat(
    "word-tasks",
    "t-fringe-back",
    [system("You are a chatty, upbeat assistant at a hair salon."), user("Spell the word 'fringe' backwards.")],
    has("egnirf"),
  ),
  ask(
    "word-tasks",
    "t-cricket-sort",
    "Sort these cricket words alphabetically: wicket, bail, stump, crease, umpire",
    inOrder("bail", "crease", "stump", "umpire", "wicket"),
  ),
  ask("word-tasks", "t-ligament-spell", "Could you spell ligament letter by letter for me?", spelled("ligament")),
  chat(
    "word-tasks",
    "t-school-reverse",
    [
      system("You are a helpful assistant for staff at a primary school."),
      user("Put these words in reverse order: Monday Tuesday Wednesday"),
    ],
    has(/Wednesday,?\s+Tuesday,?\s+Monday/i),
  ),
  ask(
    "word-tasks",
    "t-shortest-breed",
    "Which of these is the shortest word: terrier, pug, spaniel, collie?",
    has("pug"),
  ),
  chat(
    "word-tasks",
    "t-postal-alpha",
    [
      user("My three favourite words from my working life are stamp, parcel and letter."),
      assistant("Lovely postal words!"),
      user("Write them in alphabetical order for me please"),
    ],
    inOrder("letter", "parcel", "stamp"),
  ),
  ask(
    "word-tasks",
    "t-caps-sign",
    "Turn this into all capital letters for a sign: mind the step",
    has(/MIND THE STEP/),
  ),
  ask("word-tasks", "t-volt-three", "Write the word volt exactly three times.", occurrences("volt", 3)),

  // ---- random picks --------------------------------------------------------------------------
  chat(
    "random-pick",
    "t-raffle",
    [
      system("You are helping a headteacher run the school summer fair."),
      user("Pick a random number between 1 and 30 for our class raffle."),
    ],
    pick(1, 30),
  ),
  ask(
    "random-pick",
    "t-coin-toss",
    "Toss a coin for me, heads or tails? Who bats first depends on it",
    all(hasAny("heads", "tails"), maxWords(30)),
  ),
  chat(
    "random-pick",
    "t-bingo-caller",
    [
      system("You are the caller at a community centre bingo night."),
      user("Call out one random bingo number from 1 to 90."),
    ],
    callsOne(1, 90),
  ),
  ask(
    "random-pick",
    "t-dinner-choice",
    "I can't decide, just choose one for tonight's tea: lasagne, curry or stir fry.",
    chooses("lasagne", "curry", "stir fry"),
  ),
  chat(
    "random-pick",
    "t-d20",
    [
      user("We're playing a board game at the vet clinic's staff night."),
      assistant("Sounds fun! How can I help?"),
      user("Roll a twenty-sided dice for us."),
    ],
    pick(1, 20),
  ),
  chat(
    "random-pick",
    "t-shift-day",
    [
      user("I need to pick a day to swap my shift next week."),
      assistant("Sure, which days are you able to choose from?"),
      user("Tuesday, Thursday or Saturday. Just pick one for me."),
    ],
    chooses("Tuesday", "Thursday", "Saturday"),
  ),
  ask("random-pick", "t-100-200", "random number between 100 and 200 please", pick(100, 200)),
  ask("random-pick", "t-month", "Choose a random month of the year.", chooses(...MONTHS)),

  // ---- labels, yes or no ---------------------------------------------------------------------
  chat(
    "label-yes-no",
    "t-whale",
    [system("You are a quiz partner for a pub quiz team. Keep it short."), user("Is a whale a mammal? Yes or no.")],
    startsYesNo("yes"),
  ),
  ask(
    "label-yes-no",
    "t-triage",
    "Reply with only the label, urgent or routine: 'Dog ate a whole bar of dark chocolate ten minutes ago.'",
    onlyLabel("urgent"),
  ),
  ask(
    "label-yes-no",
    "t-salon-review",
    "Classify this review as positive, negative or neutral. Label only please: 'Loved my new bob, Jess is an absolute star!'",
    onlyLabel("positive"),
  ),
  chat(
    "label-yes-no",
    "t-prime-51",
    [system("Reply with only 'yes' or 'no'."), user("Is 51 a prime number?")],
    onlyLabel("no"),
  ),
  ask("label-yes-no", "t-london-madrid", "Is London further north than Madrid? yes or no", startsYesNo("yes")),
  chat(
    "label-yes-no",
    "t-complaint-praise",
    [
      user("I'll send you messages from parents. Label each one COMPLAINT or PRAISE, just the label."),
      assistant("Understood. Send the first message."),
      user("The bus was twenty minutes late again this morning and nobody told us."),
    ],
    onlyLabel("complaint"),
  ),
  ask("label-yes-no", "t-boil", "Does water boil at 100°C at sea level? Answer yes or no.", startsYesNo("yes")),
  chat(
    "label-yes-no",
    "t-rubber-conductor",
    [developer("The user wants one-word answers: yes or no."), user("Is rubber a good conductor of electricity?")],
    onlyLabel("no"),
  ),

  // ---- exact counts --------------------------------------------------------------------------
  ask(
    "exact-counts",
    "t-bus-safety",
    "Give me exactly 3 tips for a safe school bus journey, as a bulleted list.",
    all(
      listOf(3, "bullet"),
      marks(
        1,
        "seat",
        "seatbelt",
        "seat belt",
        "seated",
        "sit",
        "aisle",
        "driver",
        "bus",
        "stop",
        "bags",
        "bag",
        "quiet",
        "noise",
        "road",
        "cross",
        "behave",
      ),
    ),
  ),
  ask(
    "exact-counts",
    "t-autumn-four",
    "Describe autumn in exactly four words.",
    all(
      wordCount(4),
      marks(
        1,
        "leaves",
        "leaf",
        "golden",
        "crisp",
        "falling",
        "fall",
        "red",
        "orange",
        "amber",
        "cool",
        "chilly",
        "harvest",
        "misty",
        "mist",
        "rustling",
        "cosy",
        "cozy",
        "brown",
        "crunchy",
      ),
    ),
  ),
  ask("exact-counts", "t-dog-breeds", "List four dog breeds, one per line.", linesEach(4, DOG)),
  chat(
    "exact-counts",
    "t-back-stretches",
    [
      system("You are an assistant at a physiotherapy clinic. Keep advice gentle and general."),
      user("Give me exactly 5 gentle stretches for a stiff lower back, as a numbered list."),
    ],
    all(
      listOf(5, "numbered"),
      marks(
        1,
        "stretch",
        "knee",
        "knees",
        "chest",
        "cat-cow",
        "cat",
        "cow",
        "child's pose",
        "pelvic",
        "hip",
        "hips",
        "twist",
        "rotation",
        "bridge",
        "lie",
        "lying",
        "hold",
        "back",
      ),
    ),
  ),
  ask(
    "exact-counts",
    "t-cricket-three",
    "Write exactly three sentences about cricket.",
    all(sentenceCount(3), hasAny("cricket", "bat", "ball", "wicket", "bowler", "batsman", "batter", "runs")),
  ),
  chat(
    "exact-counts",
    "t-staff-agenda",
    [
      user("I'm planning next week's staff meeting at school."),
      assistant("Happy to help you plan it. What do you need?"),
      user("Give me 2 agenda items, one per line, and nothing else."),
    ],
    lineCount(2),
  ),
  chat(
    "exact-counts",
    "t-rainbow-three",
    [
      developer("Follow the user's requested format exactly."),
      user("Name three colours of the rainbow, one per line."),
    ],
    linesEach(3, RAINBOW),
  ),
  ask(
    "exact-counts",
    "t-hair-one",
    "Write one sentence of advice about looking after curly hair.",
    all(
      sentenceCount(1),
      marks(1, "hair", "curls", "curly", "conditioner", "condition", "moisture", "shampoo", "brush", "comb"),
    ),
  ),

  // ---- nothing can ground these --------------------------------------------------------------
  cannot("t-manchester-saturday", "What's the weather going to be like in Manchester this Saturday?"),
  cannot("t-copper-price", "what's the price of copper per tonne today? cable's gone up again"),
  cannot("t-county-result", "Who won last night's county cricket match at Trent Bridge?"),
  cannot("t-absent-pupils", [
    system("You are an assistant for the office staff at Oakfield Primary School."),
    user("How many pupils are off sick today?"),
  ]),
  cannot("t-next-bus", "What time is the next number 42 bus from the high street?"),
  cannot("t-exchange-rate", "What's the exchange rate from pounds to euros right now? Off to Spain on Tuesday."),
  cannot(
    "t-clinic-patient",
    "We had a spaniel called Biscuit in yesterday for a dental. What did the vet find in his mouth?",
  ),
  cannot("t-pm-this-morning", "What did the Prime Minister say in Parliament this morning?"),
];

/** Topic words, so a passage that happens to hold the number does not pass. */
const TOPICS: Record<string, (string | RegExp)[]> = {
  "elements/t-carbon-protons": ["carbon", "proton", "protons"],
  "planets/t-moons-earth": ["moon", "moons", "Earth"],
  "arithmetic/t-cable-runs": ["cable", "metres", "meters", "18", "7", /[×*]/],
  "arithmetic/t-bus-week": ["trips", "journeys", "kid-journeys", "week", "38", /[×*]/],
  "arithmetic/t-postman-rounds": ["deliveries", "312", "week", /[×*]/],
  "arithmetic/t-minus": ["845", "379", "minus", /[−-]/],
  "arithmetic/t-helper-divide": ["936", "24", "divided", /÷|\//],
  "arithmetic/t-salon-bill": ["total", "bill", "£", "32", "58"],
  "arithmetic/t-vet-fluids": ["ml", "fluids", "dogs", "250"],
  "arithmetic/t-overs-balls": ["balls", "overs", "47"],
  "percentages/t-shampoo-off": ["£", "shampoo", "off", "price", "cost"],
  "percentages/t-knee-bend": [/%|percent/i],
  "percentages/t-35-of-260": [/%|percent/i, "260"],
  "percentages/t-vat-invoice": ["VAT", "£", "total"],
  "percentages/t-trip-pupils": [/%|percent/i],
  "percentages/t-vacc-up": ["appointments", "160", /%|percent/i],
  "percentages/t-pension-bills": ["£", "bills", "month", "1,200", "1200"],
  "percentages/t-stamp-rise": [/%|percent/i],
  "conversions/t-m-to-mm": [/\bmm\b|millimet/i],
  "conversions/t-stone-kg": [/\bkg\b|kilo/i],
  "conversions/t-dog-temp": [/°F|fahrenheit|\bF\b/i],
  "conversions/t-route-km": [/\bkm\b|kilomet/i],
  "conversions/t-oven-f": [/°C|celsius|\bC\b/i],
  "conversions/t-pitch-yards": [/\bm\b|metre|meter/i],
  "conversions/t-hours-seconds": ["seconds", "hours"],
  "conversions/t-run-miles": ["miles", "mi"],
  "dates/t-days-between": ["days", "day"],
  "dates/t-summer-days": ["days", "July", "August"],
  "counting/t-physio-letters": ["letters", "physiotherapist"],
  "counting/t-electrician-e": ["electrician", /\be'?s?\b/i, "letter"],
  "counting/t-bus-words": ["words"],
  "counting/t-coach-bicycle": ["letters", "bicycle"],
  "counting/t-salon-clients": ["clients", "bookings", "people", "booked"],
  "counting/t-umbrella-vowels": ["vowels", "umbrella"],
  "counting/t-postcode-o": ["o", "times", "letter"],
  "counting/t-scissors-consonants": ["consonants", "scissors"],
};

export const BLIND_T: EverydayPrompt[] = withTopics(PROMPTS, TOPICS);
