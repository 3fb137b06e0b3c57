/**
 * A BLIND everyday set (tester M): prompts written the way a retiree, a teenager, a small-business
 * owner, a nurse, a gardener, a gamer and a language learner type into a chat assistant on their
 * first try, without looking at the offline model. Polite openers and trailing remarks, typos in
 * names, numbers in words, two questions in one message, follow-ups on the assistant's last turn,
 * facts stated earlier in the chat, unusual personas, languages asked by the user or the system,
 * pasted texts and chats to summarise with a limit, schemas, tool round trips, small coding asks
 * and things nothing offline can know.
 */
import { ask, assistant, cannot, chat, developer, structured, system, toolTrip, user, withTopics } from "./build";
import {
  allCaps,
  all,
  any,
  dateIs,
  haiku,
  has,
  hasAny,
  inOrder,
  isBoolean,
  isInteger,
  isString,
  joke,
  json,
  lacks,
  lang,
  limerick,
  lineCount,
  listItemsOf,
  listOf,
  marks,
  maxWords,
  names,
  noCopy,
  num,
  onlyLabel,
  pick,
  plain,
  runs,
  sentenceCount,
  singleLine,
  startsYesNo,
  stringArray,
  weekday,
  wordCount,
} from "./checks";
import type { Check, EverydayPrompt } from "./types";

/** A Markdown table with exactly `rows` data rows (a header, a separator line, then the rows). */
const table =
  (rows: number): Check =>
  (reply) => {
    const lines = reply.text.split("\n").filter((l) => l.includes("|"));
    const sep = lines.findIndex((l) => /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/.test(l));
    if (sep < 1) return "no Markdown table";
    const data = lines.length - sep - 1;
    return data === rows ? true : `${data} table rows, not ${rows}`;
  };

/** A numbered list of lo to hi items. */
const numberedBetween =
  (lo: number, hi: number): Check =>
  (reply) => {
    const n = listItemsOf(reply.text, "numbered").length;
    return n >= lo && n <= hi ? true : `${n} numbered items, not ${lo} to ${hi}`;
  };

/** A numbered list of n items, each matching `item`. */
const numberedEach =
  (n: number, item: RegExp): Check =>
  (reply) => {
    const items = listItemsOf(reply.text, "numbered");
    if (items.length !== n) return `${items.length} numbered items, not ${n}`;
    const bad = items.filter((i) => !item.test(i));
    return bad.length === 0 ? true : `items not matching ${item}: ${bad.join(" | ")}`;
  };

/**
 * The item is gone from the list: it appears only in a line or sentence that says it was removed
 * ("took bread off"), never as something still on the list.
 */
const dropped =
  (item: RegExp): Check =>
  (reply) => {
    const parts = plain(reply.text).split(/\n|(?<=[.!?;])\s+|\s+-\s+|\s*\(\s*/);
    const kept = parts.filter(
      (p) => !/\b(?:remov|took|taken|take|off|without|no longer|dropped|deleted|crossed|minus|gone)\w*/i.test(p),
    );
    return kept.some((p) => item.test(p)) ? `still lists ${item}` : true;
  };

const SOUTH_AMERICA =
  /\b(?:brazil|argentina|chile|peru|colombia|venezuela|ecuador|bolivia|paraguay|uruguay|guyana|suriname|french guiana)\b/i;

const SCHOOL_EMAIL =
  "Dear parents, Year 5 will visit the Natural History Museum on Friday 15 January. The coach leaves school at 8:30 and returns by 4pm. The cost is £12 per child, payable on the school app by 8 January. Children need a packed lunch and a coat. Please contact the office with any medical needs.";

const GARDEN_CHAT = [
  "Jan: hi all, the hall is booked on Tuesday so garden club is moving to Thursday this week",
  "Rob: same time? 7pm?",
  "Jan: yes 7pm, and bring your seed swaps",
  "Priti: I can't make Thursday sadly, will someone save me some tomato seeds",
  "Rob: will do!",
].join("\n");

const WARD_MEMO =
  "From Monday 4 January, handover on Ward 6 moves from 7:30 to 7:15 so night staff can leave on time. Handover will happen at the bedside rather than at the nurses' station, using the new SBAR printout. Agency staff must collect a printout from the ward manager before their first shift. Any questions go to Sister Ade.";

const MOWER_REVIEW =
  "I bought this lawnmower in March. It started first time every time, cuts evenly and is light enough for my 78-year-old dad to push. Only gripe: the grass box is small so you empty it often. Would buy again.";

const TODAY = "Today is Monday, 7 December 2026.";

const prompts: EverydayPrompt[] = [
  // ---- capitals ----
  ask(
    "capitals",
    "m-brazill",
    "hiya, quick q - whats the capital of brazill? my grandson reckons its rio",
    hasAny(/bras[ií]lia/i),
  ),
  ask(
    "capitals",
    "m-two-capitals",
    "settling a pub argument: capital of canada? and while ur at it australia",
    all(has("Ottawa"), has("Canberra")),
  ),
  ask("capitals", "m-turkey", "Is Istanbul the capital of Turkey? asking for my nan", has("Ankara")),

  // ---- elements ----
  ask(
    "elements",
    "m-gold-symbol",
    "what's the chemical symbol for gold? pub quiz tonight and I always forget",
    has(/(?<![A-Za-z])Au(?![A-Za-z])/),
  ),
  ask("elements", "m-oxygen-number", "atomic number of oxygen??", num(8)),
  ask("elements", "m-fe", "nurse here - what element is Fe on a lab report again? iron or something?", has("iron")),
  ask(
    "elements",
    "m-helium",
    "what element has the symbol He, and is it one of the noble gases?",
    all(has("helium"), has(/noble/i), lacks(/\b(?:not|isn't|is not) a noble gas/i)),
  ),

  // ---- planets ----
  ask("planets", "m-biggest", "biggest planet in our solar system? my daughter swears its saturn", has("Jupiter")),
  ask(
    "planets",
    "m-red",
    "why do they call mars the red planet",
    all(hasAny(/\biron/i, /\brust/i), hasAny(/dust/i, /soil/i, /surface/i, /rock/i, /ground/i, /oxid/i)),
  ),
  ask("planets", "m-how-many", "how many planets are there now? didnt pluto get kicked out", num(8)),

  // ---- arithmetic ----
  ask("arithmetic", "m-words", "what's three hundred and forty-seven plus two hundred and eighty-nine", num(636)),
  ask(
    "arithmetic",
    "m-eggs",
    "I had 14 eggs, used 5 for a cake and 3 for breakfast. how many have I got left?",
    num(6),
  ),
  ask("arithmetic", "m-times", "quick one, 23 times 17?", num(391)),
  ask(
    "arithmetic",
    "m-bill",
    "dinner bill is £86.40 split between 4 of us, how much each? and how much each if we add a £10 tip on top",
    all(num(21.6, 0.005), num(24.1, 0.005)),
  ),

  // ---- percentages ----
  ask(
    "percentages",
    "m-vat",
    "small business q: an invoice is £250 before VAT, VAT is 20%, what's the total?",
    num(300),
  ),
  ask("percentages", "m-test", "got 42 out of 60 on my chem test, what percent is that lol", num(70)),
  ask(
    "percentages",
    "m-rent",
    "My rent went from 900 to 972 a month. What percentage increase is that? Landlord says it's small.",
    num(8, 0.01),
  ),

  // ---- conversions ----
  ask("conversions", "m-oven", "recipe says 180C, what's that in fahrenheit? my oven is ancient", num(356, 6)),
  ask("conversions", "m-miles", "how many km is ten miles? doing my first 10 mile run!", num(16.09, 0.1)),
  ask(
    "conversions",
    "m-baby",
    "my granddaughter was born weighing 3.4 kg, what is that in pounds? my mum only understands lbs",
    any(num(7.5, 0.05), has(/7\s*(?:lb|lbs|pounds?)\s*,?\s*(?:and\s*)?8\s*(?:oz|ounces?)/i)),
  ),

  // ---- dates ----
  chat(
    "dates",
    "m-christmas",
    [system(TODAY), user("what day of the week is christmas day this year? need to plan the shifts")],
    weekday("Friday"),
  ),
  ask(
    "dates",
    "m-sleeps",
    "how many days till new year's eve? today is the 7th of december 2026. kids keep asking",
    num(24),
  ),
  ask(
    "dates",
    "m-prescription",
    "my prescription lasts 90 days starting 7 December 2026, what date does it run out?",
    any(dateIs(2027, 3, 7), dateIs(2027, 3, 6)),
  ),
  ask(
    "dates",
    "m-leap",
    "is 2028 a leap year? we want to get married on feb 29 lol",
    all(hasAny(/\byes\b/i, /\bis a leap year/i), lacks(/\bnot a leap year/i, /^\s*no\b/i)),
  ),

  // ---- counting ----
  ask("counting", "m-strawberry", "how many r's are in strawberry", num(3)),
  ask("counting", "m-list", "can you count these for me: apples, bread, milk, eggs, cheese, butter, jam", num(7)),
  ask("counting", "m-fox", "how many words are in 'the quick brown fox jumps over the lazy dog'?", num(9)),

  // ---- word-tasks ----
  ask("word-tasks", "m-backwards", "can you spell 'garden' backwards", has(/n-?e-?d-?r-?a-?g/i)),
  ask(
    "word-tasks",
    "m-alpha",
    "put these in alphabetical order pls: pear, apple, mango, cherry",
    inOrder("apple", "cherry", "mango", "pear"),
  ),
  ask("word-tasks", "m-cactus", "whats the plural of cactus, my plant group is arguing about it", has("cacti")),

  // ---- random-pick ----
  ask("random-pick", "m-dice", "roll a dice for me, lost ours down the sofa", pick(1, 6)),
  ask("random-pick", "m-number", "pick a number between 1 and 100, my kids are guessing it", pick(1, 100)),
  ask(
    "random-pick",
    "m-dinner",
    "can't decide: pizza, curry or tacos tonight. just pick one for me",
    all(hasAny("pizza", "curry", "tacos"), maxWords(40)),
  ),

  // ---- label-yes-no ----
  ask(
    "label-yes-no",
    "m-review",
    'Label this review as positive, negative or neutral. Only the label.\n\n"Arrived late and the box was crushed, never ordering again."',
    onlyLabel("negative"),
  ),
  ask(
    "label-yes-no",
    "m-triage",
    'Label the urgency of this message as low, medium or high. Reply with the label only.\n\n"Patient in bed 4 says their chest pain is back and worse than before."',
    onlyLabel("high"),
  ),
  ask(
    "label-yes-no",
    "m-whale",
    "yes or no first, then one sentence: is a whale a fish?",
    all(startsYesNo("no"), has(/mammal/i)),
  ),
  ask(
    "label-yes-no",
    "m-tomato",
    "is a tomato a fruit, botanically speaking? start your answer with yes or no",
    startsYesNo("yes"),
  ),

  // ---- exact-counts ----
  ask(
    "exact-counts",
    "m-tomato-tips",
    "give me exactly 3 tips for keeping tomato plants healthy, as a bulleted list",
    all(listOf(3, "bullet"), hasAny(/water/i, /sun/i, /feed/i, /prun/i, /stake/i, /support/i, /mulch/i)),
  ),
  ask("exact-counts", "m-autumn", "describe autumn in exactly five words", wordCount(5)),
  ask(
    "exact-counts",
    "m-interest",
    "explain compound interest in two sentences, I'm 15 and just opened a savings account",
    all(sentenceCount(2), has(/interest/i)),
  ),
  ask("exact-counts", "m-countries", "list 4 countries in south america, numbered", numberedEach(4, SOUTH_AMERICA)),

  // ---- layout ----
  ask("layout", "m-plant-table", "make me a little table of 3 houseplants and how often to water them", table(3)),
  ask(
    "layout",
    "m-sign",
    "write a one-line sign for my shop door saying we are closed on sundays, all in capital letters",
    all(allCaps(), has(/sunday/i), singleLine()),
  ),
  ask(
    "layout",
    "m-repot",
    "how do I repot a plant? numbered steps please, 5 steps max",
    all(numberedBetween(3, 5), has(/pot/i)),
  ),

  // ---- creative ----
  ask(
    "creative",
    "m-haiku",
    "write a haiku about rain on a greenhouse roof",
    all(
      haiku(),
      hasAny(/rain/i, /glass/i, /greenhouse/i, /drop/i, /pane/i, /patter/i, /drizzl/i, /shower/i, /roof/i, /drum/i),
    ),
  ),
  ask(
    "creative",
    "m-limerick",
    "a limerick about my cat who steals socks please!!",
    all(limerick(), hasAny(/sock/i, /\bcat\b/i)),
  ),
  ask(
    "creative",
    "m-joke",
    "tell me a gardening joke for my retirement club newsletter",
    all(
      joke(),
      has(
        /garden|plant|seed|grow|soil|compost|veg|lettuce|tomato|\bpeas?\b|bean|leek|carrot|celery|weed|flower|rose|shed|\bhoe\b|spade|rake|mulch|potato|onion|cucumber|lawn|\bmow|lea(?:f|ves)|root|bloom|herb|thyme|sage|mushroom|pumpkin|turnip|beet|allotment|greenhouse|worm|slug|snail/i,
      ),
    ),
  ),
  ask(
    "creative",
    "m-nan-poem",
    "write a 4 line poem for my nan's 90th birthday card",
    all(lineCount(4), hasAny(/\bnan/i, /ninety/i, /\b90/, /birthday/i)),
  ),

  // ---- name-ideas ----
  ask("name-ideas", "m-cupcakes", "need 5 name ideas for my cupcake stall at the saturday market", names(5, true)),
  ask("name-ideas", "m-kitten", "got a new ginger kitten!! give me 3 name ideas", names(3)),
  ask("name-ideas", "m-band", "me and my mates started a garage band, need 4 name ideas that sound cool", names(4)),

  // ---- personas ----
  chat(
    "personas",
    "m-cat",
    [
      system("You are Mittens, a sarcastic house cat who answers questions reluctantly. Stay in character."),
      user("mittens what's 2 plus 2"),
    ],
    all(
      num(4),
      has(/\b(?:meow|purr|hiss|nap|human|tuna|whisker|paw|litter|kibble|feline|cat|mittens|treat|sunbeam|fish)/i),
    ),
  ),
  chat(
    "personas",
    "m-radio",
    [
      system("You are an excitable 1920s radio announcer. Every reply is a broadcast."),
      user("What's the capital of Italy?"),
    ],
    all(
      has("Rome"),
      marks(
        1,
        "ladies and gentlemen",
        "folks",
        /listeners?/i,
        /\bradio/i,
        /broadcast/i,
        "wireless",
        /tun(?:e|ing) in/i,
        "stay tuned",
        "airwaves",
        "good evening",
        "this just in",
        /\bthe bee'?s knees/i,
      ),
    ),
  ),
  chat(
    "personas",
    "m-intern",
    [
      developer("You play Tim, a very nervous first-day intern who stammers and apologises a lot."),
      user("Tim, how many days are in a leap year?"),
    ],
    all(num(366), has(/\b(?:sorry|apologi\w*|um+|uh+|er+m?|nervous|I think|I-I|oh gosh|gosh)\b|\b(\w)-\1/i)),
  ),
  chat(
    "personas",
    "m-grandad",
    [
      system("You are Grandad Bill, an old allotment gardener from Yorkshire. Talk warmly, in his way of speaking."),
      user("when should I plant garlic?"),
    ],
    all(
      hasAny(/autumn/i, /october/i, /november/i, /\bfall\b/i, /winter/i),
      marks(
        1,
        "lad",
        "lass",
        "love",
        "ey up",
        "aye",
        "owt",
        "nowt",
        "reckon",
        "petal",
        /allotment/i,
        "grandad",
        "bill",
      ),
    ),
  ),

  // ---- languages ----
  ask(
    "languages",
    "m-spanish-bathroom",
    "how do you say 'where is the bathroom' in spanish? off to malaga next week",
    has(/d[oó]nde\s+(?:est[aá]n?|queda|hay)\s+(?:el|los|la|un)?\s*(?:ba[ñn]o|servicios?|aseos?|sanitarios?)/i),
  ),
  chat(
    "languages",
    "m-french-system",
    [system("Always reply in French, whatever language the user writes in."), user("what's the capital of japan?")],
    all(has("Tokyo"), lang("fr")),
  ),
  ask(
    "languages",
    "m-italian",
    "translate 'good morning, how are you?' into italian for my neighbour",
    all(has(/buon\s?giorno/i), has(/come\s+(?:stai|sta|va)\b/i)),
  ),
  chat(
    "languages",
    "m-portuguese",
    [system("Responda sempre em português."), user("quantos planetas tem o sistema solar?")],
    all(any(num(8), has("oito")), any(lang("pt"), has(/\boito\b/i))),
  ),
  ask(
    "languages",
    "m-icelandic",
    "can you answer in icelandic please: what is the capital of norway?",
    all(has(/osl[oó]/i), lang("is")),
  ),

  // ---- memory ----
  chat(
    "memory",
    "m-grandkids",
    [
      user("my grandkids are Ella who's 7, Sam who's 11 and baby Noah who just turned 1"),
      assistant("What a lovely bunch! Ella, Sam and Noah sound like they keep you busy."),
      user("how old are they all added together?"),
    ],
    num(19),
  ),
  chat(
    "memory",
    "m-shopping",
    [
      user("shopping list: milk, eggs, bread, tea"),
      assistant("Got it: milk, eggs, bread and tea."),
      user("add bananas and take off the bread. what's on it now?"),
    ],
    all(has("milk", "eggs", "tea", /bananas?/i), dropped(/\bbread\b/i)),
  ),
  chat(
    "memory",
    "m-german-age",
    [
      system("Antworte immer auf Deutsch."),
      user("Ich heiße Lena und bin 34 Jahre alt."),
      assistant("Hallo Lena! Schön, dich kennenzulernen."),
      user("Wie alt bin ich in fünf Jahren?"),
    ],
    all(any(num(39), has(/neununddrei(?:ß|ss)ig/i)), any(lang("de"), has(/\b(?:bist|Jahren?|alt)\b/i))),
  ),
  chat(
    "memory",
    "m-budget",
    [
      user("trying to budget. I take home 2,400 a month, rent is 950 and bills are 310"),
      assistant("Okay, so after rent and bills you have 1,140 left each month."),
      user("food's about 400 on top. how much is left over then?"),
    ],
    num(740),
  ),

  // ---- follow-ups ----
  chat(
    "follow-ups",
    "m-pancakes",
    [
      user("how much flour do i need for 12 pancakes"),
      assistant("For about 12 pancakes use 200 g flour, 2 eggs and 300 ml milk."),
      user("double it pls, having the whole family over"),
    ],
    all(num(400), num(4), num(600)),
  ),
  chat(
    "follow-ups",
    "m-shorter",
    [
      user("what is photosynthesis"),
      assistant(
        "Photosynthesis is the process by which green plants, algae and some bacteria turn light energy into chemical energy. Using chlorophyll in their leaves, plants take in carbon dioxide from the air and water from the soil, and with sunlight they make glucose, releasing oxygen as a by-product. This process is the basis of almost every food chain on Earth.",
      ),
      user("shorter pls, one sentence for my 10 year old"),
    ],
    all(sentenceCount(1), has(/plant/i), hasAny(/sun/i, /light/i)),
  ),
  chat(
    "follow-ups",
    "m-seaside",
    [
      user("three cheap day trips from london?"),
      assistant(
        "1. Brighton - pebble beach, the pier and the Lanes.\n2. Oxford - colleges, museums and punting.\n3. Cambridge - King's College and the Backs.",
      ),
      user("which of those is by the sea?"),
    ],
    has("Brighton"),
  ),
  chat(
    "follow-ups",
    "m-toast-spanish",
    [
      user("give me a short toast for my friend's wedding"),
      assistant("To love, laughter and happily ever after!"),
      user("now say that in spanish, the groom's family is from Sevilla"),
    ],
    all(has(/amor/i), lang("es")),
  ),

  // ---- summaries ----
  ask(
    "summaries",
    "m-school-email",
    `can u summarise this in one sentence, under 30 words? for my husband who never reads the school emails\n\n${SCHOOL_EMAIL}`,
    all(maxWords(30), has(/museum/i), hasAny(/£\s?12\b/, /\b12\b/, /friday/i, /15/), noCopy(SCHOOL_EMAIL)),
  ),
  ask(
    "summaries",
    "m-garden-chat",
    `tl;dr of this group chat in 20 words max pls\n\n${GARDEN_CHAT}`,
    all(maxWords(20), has(/thursday/i), noCopy(GARDEN_CHAT)),
  ),
  ask(
    "summaries",
    "m-ward-memo",
    `Summarise this memo in 3 bullet points for the night team:\n\n${WARD_MEMO}`,
    all(listOf(3, "bullet"), has(/7[:.]15/), hasAny(/bedside/i)),
  ),
  ask(
    "summaries",
    "m-mower",
    `sum this review up in under 15 words, thinking of buying one for my dad\n\n${MOWER_REVIEW}`,
    all(
      maxWords(15),
      hasAny(/box/i, /bag/i, /collector/i, /empty/i, /small/i),
      hasAny(/light/i, /easy/i, /reliabl/i, /start/i, /recommend/i, /great/i, /good/i, /cuts/i, /buy again/i),
    ),
  ),

  // ---- structured ----
  structured(
    "m-banana-bread",
    "pull the recipe details out of this: 'Banana bread: 3 ripe bananas, 250g flour, bake for 60 minutes at 175C'",
    {
      dish: { type: "string" },
      bananas: { type: "integer" },
      flour_grams: { type: "integer" },
      bake_minutes: { type: "integer" },
      oven_celsius: { type: "integer" },
    },
    json({
      dish: isString(/banana/i),
      bananas: isInteger(3),
      flour_grams: isInteger(250),
      bake_minutes: isInteger(60),
      oven_celsius: isInteger(175),
    }),
  ),
  structured(
    "m-customer",
    "new customer voicemail, fill in the form: 'Hi, it's Maria Lopez, I'm 34, call me back on 07700 900123. Oh and I'm vegetarian for the catering.'",
    {
      name: { type: "string" },
      age: { type: "integer" },
      phone: { type: "string" },
      vegetarian: { type: "boolean" },
    },
    json({
      name: isString(/maria\s+lopez/i),
      age: isInteger(34),
      phone: isString(/07700\s?900123/),
      vegetarian: isBoolean(true),
    }),
  ),
  structured(
    "m-shifts",
    "my shifts this week are mon, wed, thu and sat, 12 hours each. fill this in",
    {
      days: { type: "array", items: { type: "string" } },
      shift_count: { type: "integer" },
      total_hours: { type: "integer" },
    },
    json({
      days: stringArray(4, /^(?:mon|wed|thu|sat)/i),
      shift_count: isInteger(4),
      total_hours: isInteger(48),
    }),
  ),
  structured(
    "m-mars",
    "quick facts about mars for my son's homework sheet",
    {
      planet: { type: "string" },
      moons: { type: "integer" },
      is_gas_giant: { type: "boolean" },
      position_from_sun: { type: "integer" },
    },
    json({
      planet: isString(/mars/i),
      moons: isInteger(2),
      is_gas_giant: isBoolean(false),
      position_from_sun: isInteger(4),
    }),
  ),

  // ---- tools ----
  toolTrip(
    "m-brolly",
    {
      question: "do I need a brolly in Leeds today?",
      tool: "get_weather",
      description: "Current weather for a city.",
      parameters: { city: { type: "string" } },
      args: { city: "Leeds" },
      result: { city: "Leeds", temp_c: 14, condition: "light rain", chance_of_rain: 80 },
    },
    all(has(/rain/i), hasAny(/umbrella/i, /brolly/i, /\byes\b/i)),
  ),
  toolTrip(
    "m-order",
    {
      question: "customer's asking where order 5521 is, can you check?",
      tool: "get_order_status",
      description: "Look up an order in the shop's system.",
      parameters: { order_id: { type: "string" } },
      args: { order_id: "5521" },
      result: { order_id: "5521", status: "shipped", carrier: "Royal Mail", estimated_delivery: "2026-12-09" },
      system: TODAY,
    },
    all(has(/shipped|dispatched|on its way/i), any(dateIs(2026, 12, 9), has(/wednesday/i))),
  ),
  toolTrip(
    "m-compost",
    {
      question: "how many bags of compost have we got left in the shop?",
      tool: "check_stock",
      description: "Stock level of an item in the garden centre.",
      parameters: { item: { type: "string" } },
      args: { item: "compost 40L" },
      result: { item: "compost 40L", in_stock: 17 },
    },
    num(17),
  ),
  toolTrip(
    "m-kd",
    {
      question: "whats my K/D this season? be honest",
      tool: "get_player_stats",
      description: "Season stats for the signed-in player.",
      parameters: { season: { type: "string" } },
      args: { season: "current" },
      result: { kills: 12, deaths: 4, wins: 3, matches: 9 },
    },
    num(3),
  ),

  // ---- coding ----
  ask("coding", "m-py-reverse", "python: how do i reverse a string", hasAny(/\[\s*::\s*-1\s*\]/, /reversed\s*\(/)),
  ask(
    "coding",
    "m-js-sum",
    "write me a js function sum(arr) that adds up an array of numbers",
    runs("sum", [
      [[[1, 2, 3]], 6],
      [[[]], 0],
      [[[10, -4]], 6],
    ]),
  ),
  ask(
    "coding",
    "m-sql",
    "sql to count how many customers we have in each city, table is called customers",
    all(has(/count\s*\(/i), has(/group\s+by\s+[\w.]*city/i), has(/from\s+customers/i)),
  ),
  ask(
    "coding",
    "m-bash-jpg",
    "bash - how do I count how many .jpg files are in a folder? got loads of holiday pics",
    any(all(has(/wc\s+-l/), has(/jpe?g/i)), has(/\$\{#\w+\[@\]\}/)),
  ),

  // ---- out-of-scope ----
  cannot("m-bus", "when's the next number 42 bus from the high street?"),
  cannot("m-bank", "how much money is in my bank account right now"),
  cannot("m-lottery", "what numbers will win the lottery this saturday? feeling lucky"),
  cannot("m-battery", "what's my phone battery at, I can't find the icon"),
  cannot("m-shares", "hiya, whats the tesla share price right this minute?"),
  cannot("m-email", "did my sister reply to my email yet?"),
  cannot("m-rain-tomorrow", [system(TODAY), user("will it rain in Manchester tomorrow? washing to hang out")]),
  cannot("m-match", "who won the arsenal game last night?? missed it"),
];

export const BLIND_M: EverydayPrompt[] = withTopics(prompts, {
  "elements/m-oxygen-number": ["oxygen", "atomic"],
  "planets/m-how-many": [/planets?/i],
  "arithmetic/m-words": ["347", "289", /plus|sum|total|answer|equals/i],
  "arithmetic/m-eggs": [/eggs?/i, "left"],
  "arithmetic/m-times": ["23", "17", /times|×|answer|equals/i],
  "percentages/m-vat": ["VAT", "total", /£/],
  "percentages/m-test": [/%/, /percent/i],
  "percentages/m-rent": [/%/, /percent|increase|rise/i],
  "conversions/m-oven": [/°?\s?F\b/, /fahrenheit/i],
  "conversions/m-miles": ["km", /kilomet/i],
  "dates/m-sleeps": [/days?/i, /sleeps?/i, /new year/i],
  "elements/m-fe": ["Fe", "element", /ferr/i],
  "dates/m-leap": ["leap", "2028", /feb/i, "29"],
  "counting/m-strawberry": [/\br'?s?\b/i, /strawberry/i],
  "counting/m-list": [/items?/i, /things/i, /total/i],
  "counting/m-fox": [/words?/i],
  "memory/m-grandkids": [/together|total|combined|add|years|ella|sam|noah/i],
  "memory/m-budget": [/left|remain|spare|over/i],
  "tools/m-kd": [/k\/?d/i, /ratio/i, /kills?/i],
});
